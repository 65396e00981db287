// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick
import QtQuick.Layouts
import Civiq.Kiosk

// Staff only, after the PIN: the paper count, "new roll put in", quit the kiosk, back to the
// citizens' start screen (also after the idle timeout).
ColumnLayout {
    id: screen

    required property KioskController controller

    spacing: 2 * Theme.spacing

    Text {
        Layout.fillWidth: true
        text: screen.controller.texts.staffMenuTitle ?? ""
        color: Theme.text
        font.family: Theme.font
        font.pixelSize: Theme.titleSize
        font.bold: true
        wrapMode: Text.WordWrap
    }

    Text {
        objectName: "paperText"
        Layout.fillWidth: true
        text: screen.controller.staff.paperText
        color: Theme.text
        font.family: Theme.font
        font.pixelSize: Theme.bodySize
        wrapMode: Text.WordWrap
    }

    BigButton {
        objectName: "refilled"
        Layout.fillWidth: true
        text: screen.controller.texts.refilled ?? ""
        onTapped: screen.controller.staff.refilled()
    }

    Item { Layout.fillHeight: true }

    BigButton {
        objectName: "quitKiosk"
        Layout.fillWidth: true
        text: screen.controller.texts.quitKiosk ?? ""
        primary: false
        onTapped: screen.controller.staff.quitKiosk()
    }

    BigButton {
        objectName: "back"
        Layout.fillWidth: true
        text: screen.controller.texts.back ?? ""
        primary: false
        onTapped: screen.controller.backToStart()
    }
}
