// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick
import QtQuick.Layouts

// Shown while the server is unreachable: a wide dark-red band with a warning sign saying since
// when, and that the calls below are not being updated (they are greyed at the same time). It is
// deliberately unlike the yellow call highlight, so nobody mistakes it for a call.
Rectangle {
    id: root
    objectName: "offlineNotice"  // found by the end-to-end test

    required property real unit
    property string sinceText       // "14:03"; may be empty

    color: Theme.offlineBackground
    // at least the theme's height; more when the text wraps (narrow or portrait screens)
    implicitHeight: Math.max(Theme.offlineHeight * unit, content.implicitHeight + 2 * Theme.margin * unit)

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.leftMargin: Theme.margin * root.unit
        anchors.rightMargin: Theme.margin * root.unit
        spacing: Theme.gutter * root.unit

        Text {
            text: "⚠"
            color: Theme.offlineText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.offlineTitleSize * 2 * root.unit
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0.4 * root.unit

            Text {
                Layout.fillWidth: true
                //: %1 = time of day the connection was lost, e.g. 14:03
                text: root.sinceText !== ""
                      ? qsTr("Verbindung zum Server unterbrochen – seit %1.").arg(root.sinceText)
                      : qsTr("Verbindung zum Server unterbrochen.")
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                color: Theme.offlineText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.offlineTitleSize * root.unit
                font.bold: true
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Aufrufe werden gerade nicht aktualisiert.")
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                color: Theme.offlineText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.offlineTextSize * root.unit
            }
        }
    }
}
