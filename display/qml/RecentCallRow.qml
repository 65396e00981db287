// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick
import QtQuick.Layouts

// One earlier call: "A041 → Schalter 2", with its time and an "erneut" tag for recalls.
// Row 0 of the model is the call the big panel already shows, so it takes no space here; when
// a newer call arrives it becomes row 1 and fades in at the top of the list.
Item {
    id: root

    // roles of the recent-calls model
    required property int index
    required property string number
    required property string counter
    required property bool recall
    required property date calledAt

    required property real unit
    property real rowHeight: 10 * unit
    property bool stale: false
    property bool showTime: true

    readonly property bool shown: index > 0
    // the theme's sizes, or smaller when the rows are low (a squeezed window): never overlapping
    readonly property real numberSize: Math.min(Theme.recentNumberSize * unit, rowHeight * 0.75)
    readonly property real counterSize: Math.min(Theme.recentCounterSize * unit, rowHeight * 0.6)
    readonly property real metaSize: Math.min(Theme.recentMetaSize * unit, rowHeight * 0.28)
    readonly property color numberColor: stale ? Theme.staleText : Theme.textPrimary
    readonly property color metaColor: stale ? Theme.staleText : Theme.textSecondary

    onShownChanged: if (shown) fadeIn.restart()

    height: shown ? rowHeight : 0
    visible: shown

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin * root.unit
        anchors.rightMargin: Theme.margin * root.unit
        spacing: 1.6 * root.unit

        Text {
            objectName: "recentNumber"
            // fixed column so the arrows line up; long numbers shrink instead of being cut
            Layout.preferredWidth: 3.1 * root.numberSize
            text: root.number
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 0.5 * root.numberSize
            color: root.numberColor
            font.family: Theme.fontFamily
            font.pixelSize: root.numberSize
            font.bold: true
        }

        Text {
            text: root.LayoutMirroring.enabled ? "←" : "→"
            color: root.metaColor
            font.family: Theme.fontFamily
            font.pixelSize: root.counterSize
        }

        Text {
            objectName: "recentCounter"
            Layout.fillWidth: true
            text: root.counter
            // long counter names first shrink a little, then get elided
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 0.7 * root.counterSize
            elide: Text.ElideRight
            color: root.numberColor
            font.family: Theme.fontFamily
            font.pixelSize: root.counterSize
            font.bold: true
        }

        ColumnLayout {
            spacing: 0.3 * root.unit

            Text {
                Layout.alignment: Qt.AlignRight
                visible: root.showTime
                text: root.calledAt ? Qt.formatTime(root.calledAt, "hh:mm") : ""
                color: root.metaColor
                font.family: Theme.fontFamily
                font.pixelSize: root.metaSize
            }
            RecallMarker {
                objectName: "recentRecall"
                Layout.alignment: Qt.AlignRight
                visible: root.recall
                unit: root.unit
                fontSize: root.metaSize
                stale: root.stale
            }
        }
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Math.max(1, 0.12 * root.unit)
        color: Theme.divider
    }

    NumberAnimation {
        id: fadeIn
        target: root; property: "opacity"
        from: 0; to: 1; duration: Theme.listMotionMs
    }
}
