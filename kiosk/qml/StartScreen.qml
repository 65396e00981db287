// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick
import QtQuick.Layouts
import Civiq.Kiosk

// The start: one tile per service (one tap, one number), "several matters", "I have an
// appointment", and a notice when the last ticket could not be printed.
ColumnLayout {
    id: screen

    required property KioskController controller

    spacing: Theme.spacing

    Rectangle {
        objectName: "printerNotice"
        visible: screen.controller.printerNotice
        Layout.fillWidth: true
        implicitHeight: notice.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.warning
        Text {
            id: notice
            anchors.fill: parent
            anchors.margins: Theme.spacing
            text: screen.controller.texts.printerNotice ?? ""
            color: Theme.warningText
            font.family: Theme.font
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WordWrap
        }
    }

    Text {
        Layout.fillWidth: true
        text: screen.controller.texts.chooseService ?? ""
        color: Theme.text
        font.family: Theme.font
        font.pixelSize: Theme.titleSize
        font.bold: true
        wrapMode: Text.WordWrap
    }

    GridLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        columns: 2
        rowSpacing: Theme.spacing
        columnSpacing: Theme.spacing

        // The delegate reads the screen's id: qmllint 6.4 does not resolve ids inside a Component
        // (6.5 has `pragma ComponentBehavior: Bound`). As in display/qml.
        // qmllint disable unqualified
        Repeater {
            model: screen.controller.services
            BigButton {
                required property int serviceId
                required property string name
                objectName: "service-" + serviceId
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.maximumHeight: Theme.buttonHeight * 1.8
                Layout.preferredWidth: 1  // equal columns whatever the text
                text: name
                enabled: !screen.controller.busy
                onTapped: screen.controller.takeNumber(serviceId)
            }
        }
        // qmllint enable unqualified
    }

    Item { Layout.fillHeight: true }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        BigButton {
            objectName: "several"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: screen.controller.texts.severalServices ?? ""
            primary: false
            onTapped: screen.controller.chooseSeveral()
        }
        BigButton {
            objectName: "appointment"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: screen.controller.texts.appointment ?? ""
            onTapped: screen.controller.enterCode()
        }
    }
}
