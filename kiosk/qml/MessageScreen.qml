// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick
import QtQuick.Layouts
import Civiq.Kiosk

// A refusal of the server, worded for the citizen (unknown code, too early …), and the way back.
ColumnLayout {
    id: screen

    required property KioskController controller

    spacing: 2 * Theme.spacing

    Item { Layout.fillHeight: true }

    Text {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        text: screen.controller.texts.refusedTitle ?? ""
        color: Theme.text
        font.family: Theme.font
        font.pixelSize: Theme.titleSize
        font.bold: true
        wrapMode: Text.WordWrap
    }

    Text {
        objectName: "message"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        text: screen.controller.message
        color: Theme.text
        font.family: Theme.font
        font.pixelSize: Theme.titleSize
        wrapMode: Text.WordWrap
    }

    Item { Layout.fillHeight: true }

    BigButton {
        objectName: "back"
        Layout.fillWidth: true
        text: screen.controller.texts.back ?? ""
        onTapped: screen.controller.backToStart()
    }
}
