// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick
import QtQuick.Layouts
import Civiq.Kiosk

// Several matters for one visit: tiles toggle, "take a number" issues one ticket for all of them.
ColumnLayout {
    id: screen

    required property KioskController controller

    spacing: Theme.spacing

    Text {
        Layout.fillWidth: true
        text: screen.controller.texts.severalHint ?? ""
        color: Theme.text
        font.family: Theme.font
        font.pixelSize: Theme.titleSize
        font.bold: true
        wrapMode: Text.WordWrap
    }

    GridLayout {
        Layout.fillWidth: true
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
                required property bool selected
                objectName: "choose-" + serviceId
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: Theme.buttonHeight * 1.4
                text: name
                primary: false
                checked: selected
                onTapped: screen.controller.toggleService(serviceId)
            }
        }
        // qmllint enable unqualified
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
            objectName: "takeNumber"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: screen.controller.texts.takeNumber ?? ""
            enabled: screen.controller.selectedCount > 0 && !screen.controller.busy
            onTapped: screen.controller.takeNumberForSelection()
        }
    }
}
