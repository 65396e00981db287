// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick
import QtQuick.Layouts
import Civiq.Kiosk

// The office is closed: when it opens next, and nothing to tap.
ColumnLayout {
    id: screen

    required property KioskController controller

    spacing: 2 * Theme.spacing

    Item { Layout.fillHeight: true }

    Text {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        text: screen.controller.texts.closedTitle ?? ""
        color: Theme.text
        font.family: Theme.font
        font.pixelSize: Theme.titleSize * 1.3
        font.bold: true
        wrapMode: Text.WordWrap
    }

    Text {
        objectName: "closedText"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        text: screen.controller.opensNext
        color: Theme.text
        font.family: Theme.font
        font.pixelSize: Theme.titleSize
        wrapMode: Text.WordWrap
    }

    Item { Layout.fillHeight: true }
}
