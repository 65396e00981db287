// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick
import QtQuick.Layouts

// One service tile: the number letter ("A"), the name (wrapping to a second line, never shrunk, so
// every tile's name has the same size) and, large enough to be read across the room, the waiting
// figures: "8 wartend" and the range of the wait ("35–50 Min."), or that no counter is open for the
// service ("Schalter geschlossen", "öffnet 13:00"): never an estimate while nobody can serve.
// Fonts follow the tile height, capped by the theme, so many services shrink all tiles alike
// instead of being cut off.
Item {
    id: root

    // roles of the service-load model
    required property string name
    required property string prefix
    required property int waiting
    required property int estimatedWaitMinutes
    required property int waitLowMinutes
    required property int waitHighMinutes
    required property bool serviceOpen

    required property real unit
    property bool stale: false
    property bool officeOpen: true
    property string opensAgainText  // "13:00" while the office is closed, if known

    readonly property color primary: stale ? Theme.staleText : Theme.textPrimary
    readonly property color secondary: stale ? Theme.staleText : Theme.textSecondary
    // the two name lines and the figures share the tile's height in these proportions
    readonly property real nameSize: Math.min(Theme.serviceNameSize * unit, height * 0.19)
    readonly property real figureSize: Math.min(Theme.serviceFigureSize * unit, height * 0.33)
    readonly property real padding: 1.4 * unit
    readonly property real tileMargin: 0.5 * unit
    // presentation only: the numbers and whether the service is open come from the server
    //: service tile: %1 = number of people waiting for this service
    readonly property string waitingText: waiting > 0 ? qsTr("%1 wartend").arg(waiting) : ""
    readonly property string waitText: {
        if (!serviceOpen) {
            if (!officeOpen && opensAgainText !== "")
                //: service tile: the office is closed, %1 = when it opens again ("13:00", "Mo. 08:00")
                return qsTr("öffnet %1").arg(opensAgainText);
            //: service tile: no open counter offers this service now, so there is no wait to estimate
            return qsTr("Schalter geschlossen");
        }
        if (waiting === 0)
            //: service tile: nobody is waiting for this service
            return qsTr("keine Wartezeit");
        if (waitLowMinutes < 0 || waitHighMinutes < 0) {
            if (estimatedWaitMinutes < 0)
                //: service tile: the server has no wait estimate (yet)
                return qsTr("–");
            //: service tile: estimated wait from a server without ranges, %1 = whole minutes
            return qsTr("ca. %1 Min.").arg(Math.max(1, estimatedWaitMinutes));
        }
        const high = Math.max(1, waitHighMinutes);
        if (waitLowMinutes <= 0)
            //: service tile: the wait is at most %1 minutes
            return qsTr("bis %1 Min.").arg(high);
        if (waitLowMinutes >= high)
            //: service tile: the wait, %1 = whole minutes (low and high end of the range agree)
            return qsTr("%1 Min.").arg(high);
        //: service tile: the range of the wait in whole minutes, e.g. "35–50 Min."
        return qsTr("%1–%2 Min.").arg(waitLowMinutes).arg(high);
    }
    // Both figures at one size; only a text too long for the tile (a translation, a closed
    // office's weekday) makes both smaller, never cut.
    readonly property real figureGap: Theme.gutter * unit
    readonly property real figureScale: {
        const needed = waitingMetrics.advanceWidth + waitMetrics.advanceWidth + (waitingText !== "" ? figureGap : 0);
        const available = width - 2 * (tileMargin + padding);
        return needed > 0 ? Math.max(0, Math.min(1, available / needed)) : 1;
    }

    TextMetrics {
        id: waitingMetrics
        font.family: Theme.fontFamily
        font.pixelSize: root.figureSize
        text: root.waitingText
    }
    TextMetrics {
        id: waitMetrics
        font.family: Theme.fontFamily
        font.pixelSize: root.figureSize
        font.bold: true
        text: root.waitText
    }

    Rectangle {
        anchors.fill: parent
        anchors.margins: root.tileMargin
        radius: 0.6 * root.unit
        color: root.stale ? Theme.staleSurface : Theme.surfaceAlt

        ColumnLayout {
            anchors.fill: parent
            anchors.leftMargin: root.padding
            anchors.rightMargin: root.padding
            anchors.topMargin: 0.4 * root.unit
            anchors.bottomMargin: 0.4 * root.unit
            spacing: 0

            RowLayout {
                Layout.fillWidth: true
                spacing: 1.4 * root.unit

                Rectangle {
                    // the service's letter, as on the ticket
                    visible: root.prefix !== ""
                    Layout.preferredWidth: Math.min(serviceName.height * 0.9, 6.5 * root.unit)
                    Layout.preferredHeight: Layout.preferredWidth
                    radius: 0.5 * root.unit
                    color: "transparent"
                    border.width: Math.max(1, 0.25 * root.unit)
                    border.color: root.secondary

                    Text {
                        anchors.fill: parent
                        text: root.prefix
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        fontSizeMode: Text.Fit
                        minimumPixelSize: root.unit
                        color: root.primary
                        font.family: Theme.fontFamily
                        font.pixelSize: root.nameSize * 1.4
                        font.bold: true
                    }
                }

                Text {
                    id: serviceName
                    objectName: "serviceName"
                    Layout.fillWidth: true
                    // room for two lines in every tile, so the figures below line up
                    Layout.preferredHeight: 2.3 * root.nameSize
                    text: root.name
                    verticalAlignment: Text.AlignVCenter
                    // long names wrap (between words where possible) instead of shrinking
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    lineHeight: 1.0
                    color: root.primary
                    font.family: Theme.fontFamily
                    font.pixelSize: root.nameSize
                    font.bold: true
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: root.waitingText !== "" ? root.figureGap : 0

                Text {
                    objectName: "serviceWaiting"
                    Layout.fillWidth: true
                    // with nobody waiting, "keine Wartezeit" says it all
                    text: root.waitingText
                    color: root.secondary
                    font.family: Theme.fontFamily
                    font.pixelSize: root.figureSize * root.figureScale
                }
                Text {
                    objectName: "serviceWait"
                    text: root.waitText
                    color: root.primary
                    font.family: Theme.fontFamily
                    font.pixelSize: root.figureSize * root.figureScale
                    font.bold: true
                }
            }
        }
    }
}
