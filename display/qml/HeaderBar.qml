// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick
import QtQuick.Layouts

// Top bar: the office's name at the start, the time and date at the end, and a small
// "Ton aus" marker when the announcements are muted (so staff see why nothing is heard).
Rectangle {
    id: root

    required property real unit
    property string officeName
    property string clockText
    property string dateText
    property bool muted: false

    color: Theme.headerBackground

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin * root.unit
        anchors.rightMargin: Theme.margin * root.unit
        spacing: Theme.gutter * root.unit

        Rectangle {
            // accent mark: ties the header to the highlight colour, purely decorative
            Layout.preferredWidth: 0.8 * root.unit
            Layout.preferredHeight: Theme.officeNameSize * 1.2 * root.unit
            radius: 0.2 * root.unit
            color: Theme.accent
        }

        Text {
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: root.officeName
            verticalAlignment: Text.AlignVCenter
            // long names first shrink a little, then get elided
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.officeNameSize * 0.7 * root.unit
            elide: Text.ElideRight
            color: Theme.textPrimary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.officeNameSize * root.unit
            font.bold: true
        }

        MutedIndicator {
            visible: root.muted
            unit: root.unit
        }

        ColumnLayout {
            spacing: 0

            Text {
                objectName: "clock"
                Layout.alignment: Qt.AlignRight
                text: root.clockText
                color: Theme.textPrimary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.clockSize * root.unit
                font.bold: true
            }
            Text {
                Layout.alignment: Qt.AlignRight
                text: root.dateText
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.dateSize * root.unit
            }
        }
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Math.max(1, 0.15 * root.unit)
        color: Theme.divider
    }
}
