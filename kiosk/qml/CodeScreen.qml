// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick
import QtQuick.Layouts
import Civiq.Kiosk

// The booking code: typed on this keypad, or by a barcode scanner (its keystrokes reach the
// controller through KioskApp, whatever has focus).
ColumnLayout {
    id: screen

    required property KioskController controller
    readonly property var keys: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "-",
                                 "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M",
                                 "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z"]

    spacing: Theme.spacing

    Text {
        Layout.fillWidth: true
        text: screen.controller.texts.enterCode ?? ""
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
            objectName: "code"
            anchors.fill: parent
            anchors.margins: Theme.spacing
            text: screen.controller.code
            color: Theme.buttonSecondaryText
            font.family: "DejaVu Sans Mono"
            font.pixelSize: Theme.titleSize
            font.bold: true
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideLeft
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 6
        rowSpacing: Theme.unit
        columnSpacing: Theme.unit
        LayoutMirroring.enabled: false  // a keypad keeps its order in every language

        // The delegate reads the screen's id: qmllint 6.4 does not resolve ids inside a Component
        // (6.5 has `pragma ComponentBehavior: Bound`). As in display/qml.
        // qmllint disable unqualified
        Repeater {
            model: screen.keys
            BigButton {
                required property string modelData
                objectName: "key-" + modelData
                Layout.fillWidth: true
                implicitHeight: 9.5 * Theme.unit  // not scaled with large text: the keypad must fit
                text: modelData
                primary: false
                onTapped: screen.controller.typeKey(modelData)
            }
        }
        // qmllint enable unqualified
        BigButton {
            objectName: "delete"
            Layout.fillWidth: true
            implicitHeight: 9.5 * Theme.unit
            Layout.columnSpan: 2
            text: "⌫ " + (screen.controller.texts["delete"] ?? "")
            primary: false
            onTapped: screen.controller.deleteKey()
        }
    }

    Text {
        visible: screen.controller.busy
        text: screen.controller.texts.working ?? ""
        color: Theme.text
        font.family: Theme.font
        font.pixelSize: Theme.bodySize
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
            objectName: "checkIn"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: screen.controller.texts.checkIn ?? ""
            enabled: screen.controller.code !== "" && !screen.controller.busy
            onTapped: screen.controller.submitCode()
        }
    }
}
