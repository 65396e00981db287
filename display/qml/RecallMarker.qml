// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick

// The small "erneut" tag of a recalled number: outlined, so it reads without colour too.
Rectangle {
    id: root

    required property real unit
    property real fontSize: Theme.recentMetaSize * unit
    property bool stale: false

    implicitWidth: label.implicitWidth + 1.6 * unit
    implicitHeight: label.implicitHeight + 0.4 * unit
    radius: 0.5 * unit
    color: "transparent"
    border.width: Math.max(1, 0.2 * unit)
    border.color: label.color

    Text {
        id: label
        anchors.centerIn: parent
        //: tag of a recalled number in the list of recent calls
        text: qsTr("erneut")
        color: root.stale ? Theme.staleText : Theme.accent
        font.family: Theme.fontFamily
        font.pixelSize: root.fontSize
        font.bold: true
    }
}
