// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick

// The office's optional info line at the bottom ("Heute bis 18 Uhr geöffnet …"). Text that fits is
// shown still. Longer text first stands still for a moment, then scrolls slowly and evenly as a
// ticker and re-enters from the end edge (no jumps, no blinking).
Rectangle {
    id: root

    required property real unit
    property string text

    readonly property bool mirrored: LayoutMirroring.enabled
    readonly property bool scrolls: label.implicitWidth > viewport.width
    // only once the sizes are known: an animation started with zero length stops for good
    readonly property bool tickerActive: scrolls && visible && viewport.width > 0
    readonly property real pixelsPerSecond: Math.max(1, Theme.tickerSpeed * unit)  // unit is 0 before the first layout
    // x of the text at rest (start edge), when it has left (past the start edge) and when it
    // re-enters (at the end edge)
    readonly property real restX: mirrored ? viewport.width - label.implicitWidth : 0
    readonly property real goneX: mirrored ? viewport.width : -label.implicitWidth
    readonly property real entryX: mirrored ? -label.implicitWidth : viewport.width

    function startTicker() {
        ticker.stop();
        label.x = restX;
        ticker.start();
    }
    function stopTicker() {
        ticker.stop();
        label.x = Qt.binding(function () { return root.restX; });
    }

    color: Theme.surface

    onTickerActiveChanged: tickerActive ? startTicker() : stopTicker()
    // new text: start over from the beginning
    onTextChanged: if (tickerActive) startTicker()

    Rectangle {
        id: accentMark
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: 0.8 * root.unit
        color: Theme.accent
    }

    Item {
        id: viewport
        anchors.left: accentMark.right
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.leftMargin: Theme.margin * root.unit
        anchors.rightMargin: Theme.margin * root.unit
        clip: true
        // a new size: start over with the new distances
        onWidthChanged: if (root.tickerActive) root.startTicker()

        Text {
            id: label
            anchors.verticalCenter: parent.verticalCenter
            x: root.restX
            text: root.text
            color: Theme.textPrimary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.infoTextSize * root.unit
        }
    }

    SequentialAnimation {
        id: ticker
        PauseAnimation { duration: Theme.tickerPauseMs }
        NumberAnimation {
            target: label; property: "x"
            from: root.restX; to: root.goneX
            duration: Math.max(1, 1000 * label.implicitWidth / root.pixelsPerSecond)
        }
        NumberAnimation {
            target: label; property: "x"
            from: root.entryX; to: root.goneX
            duration: Math.max(1, 1000 * (viewport.width + label.implicitWidth) / root.pixelsPerSecond)
            loops: Animation.Infinite
        }
    }
}
