// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick
import QtQuick.Layouts
import Civiq.Kiosk

// Staff only: the PIN after the staff key combination (KioskStaffMenu). Digits show as dots; a
// keyboard's digits, Backspace and Enter work too.
ColumnLayout {
    id: screen

    required property KioskController controller
    readonly property var digits: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"]

    spacing: Theme.spacing

    Text {
        Layout.fillWidth: true
        text: screen.controller.texts.staffPinTitle ?? ""
        color: Theme.text
        font.family: Theme.font
        font.pixelSize: Theme.titleSize
        font.bold: true
        wrapMode: Text.WordWrap
    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: Theme.buttonHeight
        radius: Theme.radius
        color: Theme.buttonSecondary
        border.width: Math.max(2, Theme.unit * 0.4)
        border.color: Theme.buttonBorder
        Text {
            objectName: "pin"
            anchors.fill: parent
            anchors.margins: Theme.spacing
            text: screen.controller.staff.maskedPin
            color: Theme.buttonSecondaryText
            font.family: Theme.font
            font.pixelSize: Theme.titleSize
            verticalAlignment: Text.AlignVCenter
        }
    }

    Text {
        objectName: "staffMessage"
        Layout.fillWidth: true
        visible: text !== ""
        text: screen.controller.staff.message
        color: Theme.warning
        font.family: Theme.font
        font.pixelSize: Theme.bodySize
        font.bold: true
        wrapMode: Text.WordWrap
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 3
        rowSpacing: Theme.unit
        columnSpacing: Theme.unit
        LayoutMirroring.enabled: false  // a keypad keeps its order in every language

        // qmllint disable unqualified
        Repeater {
            model: screen.digits
            BigButton {
                required property string modelData
                objectName: "pin-" + modelData
                Layout.fillWidth: true
                text: modelData
                primary: false
                onTapped: screen.controller.staff.typeDigit(modelData)
            }
        }
        // qmllint enable unqualified
        BigButton {
            objectName: "pinDelete"
            Layout.fillWidth: true
            Layout.columnSpan: 2
            text: "⌫ " + (screen.controller.texts["delete"] ?? "")
            primary: false
            onTapped: screen.controller.staff.deleteDigit()
        }
    }

    Item { Layout.fillHeight: true }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        BigButton {
            objectName: "back"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: screen.controller.texts.back ?? ""
            primary: false
            onTapped: screen.controller.backToStart()
        }
        BigButton {
            objectName: "pinOk"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: screen.controller.texts.ok ?? ""
            enabled: screen.controller.staff.maskedPin !== ""
            onTapped: screen.controller.staff.submitPin()
        }
    }
}
