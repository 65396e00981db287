// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick
import QtQuick.Layouts

// The newest call, as large as the panel allows: "A042" and below it "→ Schalter 3".
// A fresh call (`highlighted`) turns the panel signal yellow with a thick white frame and the label
// "▶ Jetzt aufgerufen", the number pops in and the panel pulses `Theme.pulseCount` times, then it
// stays highlighted but still until the controller ends the highlight. So the highlight does not
// rely on colour alone (frame, label, arrow, motion), and nothing blinks forever.
// `stale` (server unreachable): greyed, labelled "not current", no highlight.
Rectangle {
    id: root

    required property real unit
    property string number          // "" before the first call
    property string counter
    property bool recall: false
    property bool highlighted: false
    property bool stale: false

    readonly property bool hasCall: number !== ""
    readonly property bool attention: highlighted && hasCall && !stale
    readonly property bool mirrored: LayoutMirroring.enabled
    readonly property color foreground: stale ? Theme.staleText
                                              : attention ? Theme.textOnAccent : Theme.textPrimary

    function startAttention() {
        attentionAnimation.restart();
    }
    function stopAttention() {
        attentionAnimation.stop();
        pulse.opacity = 0;
        numberText.scale = 1;
        numberText.opacity = 1;
    }

    onAttentionChanged: attention ? startAttention() : stopAttention()
    onNumberChanged: attention ? startAttention() : arriveAnimation.restart()
    onRecallChanged: if (attention) startAttention()
    onCounterChanged: if (attention) startAttention()

    radius: Theme.radius * unit
    color: stale ? Theme.staleSurface : attention ? Theme.accent : Theme.surface
    border.width: (attention ? Theme.callFrameHighlighted : Theme.callFrameCalm) * unit
    border.color: stale ? Theme.staleText : attention ? Theme.textPrimary : Theme.accent
    Behavior on color { ColorAnimation { duration: Theme.stateChangeMs } }

    // Lightens the yellow while pulsing; text stays dark on it (contrast ≥ 12:1 throughout).
    Rectangle {
        id: pulse
        anchors.fill: parent
        anchors.margins: root.border.width
        radius: Math.max(0, root.radius - root.border.width)
        color: Theme.accentPulse
        opacity: 0
        visible: root.attention
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: (Theme.margin + Theme.callFrameHighlighted) * root.unit
        spacing: 0
        visible: root.hasCall

        Text {
            id: label
            Layout.fillWidth: true
            text: {
                const marker = root.mirrored ? "◀ " : "▶ ";
                //: label above the big number while the server is unreachable
                if (root.stale)
                    return qsTr("Nicht aktuell");
                if (root.attention)
                    return marker + (root.recall ? qsTr("Erneuter Aufruf") : qsTr("Jetzt aufgerufen"));
                return root.recall ? qsTr("Zuletzt aufgerufen (erneut)") : qsTr("Zuletzt aufgerufen");
            }
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignHCenter
            color: root.foreground
            font.family: Theme.fontFamily
            font.pixelSize: Theme.callLabelSize * root.unit
            font.bold: root.attention
        }

        Text {
            id: numberText
            objectName: "callNumber"
            // number and counter share the height 2 : 1 (weights), both shrink to fit
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 2
            text: root.number
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            fontSizeMode: Text.Fit
            minimumPixelSize: 4 * root.unit
            color: root.foreground
            font.family: Theme.fontFamily
            font.pixelSize: Theme.callNumberSize * root.unit
            font.bold: true
        }

        Text {
            id: counterText
            objectName: "callCounter"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 1
            text: (root.mirrored ? "← " : "→ ") + root.counter
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            fontSizeMode: Text.Fit
            minimumPixelSize: 3 * root.unit
            elide: Text.ElideRight
            color: root.foreground
            font.family: Theme.fontFamily
            font.pixelSize: Theme.callCounterSize * root.unit
            font.bold: true
        }
    }

    // Before the first call of the day: a calm welcome instead of an empty box.
    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - 2 * (Theme.margin + Theme.callFrameHighlighted) * root.unit
        spacing: Theme.gutter * root.unit
        visible: !root.hasCall

        Text {
            Layout.fillWidth: true
            text: qsTr("Herzlich willkommen")
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            color: root.stale ? Theme.staleText : Theme.textPrimary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.welcomeSize * root.unit
            font.bold: true
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Bitte behalten Sie diese Anzeige im Blick. Ihre Nummer erscheint hier, sobald Sie an der Reihe sind.")
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            color: root.stale ? Theme.staleText : Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.callLabelSize * root.unit
        }
    }

    SequentialAnimation {
        id: attentionAnimation
        ParallelAnimation {
            NumberAnimation {
                target: numberText; property: "scale"
                from: 0.6; to: 1.0; duration: 2 * Theme.stateChangeMs; easing.type: Easing.OutBack
            }
            NumberAnimation {
                target: numberText; property: "opacity"
                from: 0; to: 1; duration: Theme.stateChangeMs
            }
        }
        SequentialAnimation {
            loops: Theme.pulseCount
            NumberAnimation {
                target: pulse; property: "opacity"
                to: 1; duration: Theme.pulseMs; easing.type: Easing.InOutSine
            }
            NumberAnimation {
                target: pulse; property: "opacity"
                to: 0; duration: Theme.pulseMs; easing.type: Easing.InOutSine
            }
        }
    }

    // A call that arrives without a highlight (or while greyed) still fades in, quietly.
    NumberAnimation {
        id: arriveAnimation
        target: numberText; property: "opacity"
        from: 0; to: 1; duration: Theme.stateChangeMs
    }
}
