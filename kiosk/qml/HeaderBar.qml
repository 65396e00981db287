// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick
import QtQuick.Layouts
import Civiq.Kiosk

// Top of every screen: the office, the languages (each in its own name) and the large-text switch.
Rectangle {
    id: header

    required property KioskController controller
    readonly property bool choices: controller.screen !== KioskController.Closed
                                    && controller.screen !== KioskController.Unreachable

    color: Theme.header
    implicitHeight: column.implicitHeight + 2 * Theme.spacing

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Text {
            objectName: "officeName"
            Layout.fillWidth: true
            text: header.controller.officeName
            color: Theme.headerText
            font.family: Theme.font
            font.pixelSize: Theme.titleSize
            font.bold: true
            elide: Text.ElideRight
        }

        RowLayout {
            visible: header.choices
            Layout.fillWidth: true
            spacing: Theme.spacing

            // The delegate reads the screen's id: qmllint 6.4 does not resolve ids inside a Component
            // (6.5 has `pragma ComponentBehavior: Bound`). As in display/qml.
            // qmllint disable unqualified
            Repeater {
                model: header.controller.languages
                BigButton {
                    required property string modelData
                    required property int index
                    objectName: "language-" + modelData
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: header.controller.languageNames[index] ?? modelData
                    primary: false
                    checked: header.controller.language === modelData
                    fontSize: Theme.bodySize * 0.9
                    onTapped: header.controller.chooseLanguage(modelData)
                }
            }
            // qmllint enable unqualified

            BigButton {
                objectName: "largeText"
                Layout.fillWidth: true
                Layout.preferredWidth: 1.6
                text: "A+ " + (header.controller.texts.largeText ?? "")
                primary: false
                checked: header.controller.largeText
                fontSize: Theme.bodySize * 0.9
                onTapped: header.controller.setLargeText(!header.controller.largeText)
            }
        }
    }
}
