// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick
import QtQuick.Layouts
import Civiq.Kiosk

// The start: one tile per service (one tap, one number) in the branch's groups, "several
// matters", "I have an appointment", and a notice when the last ticket could not be printed.
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

    // The tiles in the branch's groups, each under its name; services without a group come last,
    // under no name (and a branch without groups shows one plain grid).
    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: Theme.spacing

        // The delegates read the screen's id: qmllint 6.4 does not resolve ids inside a Component
        // (6.5 has `pragma ComponentBehavior: Bound`). As in display/qml.
        // qmllint disable unqualified
        Repeater {
            model: screen.controller.services.groups
            ColumnLayout {
                id: group
                required property var modelData
                required property int index
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.unit

                Text {
                    objectName: "group-" + group.index
                    visible: group.modelData.name !== ""
                    Layout.fillWidth: true
                    text: group.modelData.name
                    color: Theme.textMuted
                    font.family: Theme.font
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    wrapMode: Text.WordWrap
                }

                GridLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    columns: 2
                    rowSpacing: Theme.spacing
                    columnSpacing: Theme.spacing

                    Repeater {
                        model: group.modelData.services
                        BigButton {
                            required property var modelData
                            objectName: "service-" + modelData.serviceId
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.maximumHeight: Theme.buttonHeight * 1.8
                            Layout.preferredWidth: 1  // equal columns whatever the text
                            text: modelData.name
                            enabled: !screen.controller.busy
                            onTapped: screen.controller.takeNumber(modelData.serviceId)
                        }
                    }
                }
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
