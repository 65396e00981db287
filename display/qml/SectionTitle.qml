// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick
import QtQuick.Layouts

// The heading of a panel ("Letzte Aufrufe", "Wartezeiten") with an optional note at the end
// ("Wartende gesamt: 23") and a divider below. Headings are smaller than the content on purpose:
// the numbers are what people look for.
Item {
    id: root

    required property real unit
    property string text
    property string note
    property bool stale: false

    implicitHeight: Theme.sectionTitleSize * 2.2 * unit

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin * root.unit
        anchors.rightMargin: Theme.margin * root.unit
        spacing: Theme.gutter * root.unit

        Text {
            Layout.fillWidth: true
            text: root.text
            elide: Text.ElideRight
            color: root.stale ? Theme.staleText : Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.sectionTitleSize * root.unit
            font.bold: true
        }
        Text {
            visible: root.note !== ""
            text: root.note
            color: root.stale ? Theme.staleText : Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.sectionTitleSize * root.unit
        }
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.leftMargin: Theme.margin * root.unit
        anchors.rightMargin: Theme.margin * root.unit
        height: Math.max(1, 0.15 * root.unit)
        color: Theme.divider
    }
}
