// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick
import QtQuick.Layouts
import Civiq.Kiosk

// No branch server: say so plainly and point to the counter (the controller retries by itself).
ColumnLayout {
    id: screen

    required property KioskController controller

    spacing: 2 * Theme.spacing

    Item { Layout.fillHeight: true }

    Text {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        text: screen.controller.texts.unreachableTitle ?? ""
        color: Theme.text
        font.family: Theme.font
        font.pixelSize: Theme.titleSize * 1.3
        font.bold: true
        wrapMode: Text.WordWrap
    }

    Text {
        objectName: "unreachableText"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        text: screen.controller.texts.unreachable ?? ""
        color: Theme.text
        font.family: Theme.font
        font.pixelSize: Theme.titleSize
        wrapMode: Text.WordWrap
    }

    Item { Layout.fillHeight: true }
}
