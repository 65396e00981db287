// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick
import Civiq.Client

// "Wartezeiten": per service, how many people wait and the estimated wait, as tiles in one or
// two columns (two when there is room), sized so that 10 services still fit without scrolling.
// Secondary information: read when walking in or from a few metres, so it is smaller than calls.
Rectangle {
    id: root

    required property real unit
    // roles: serviceId, name, prefix, waiting, estimatedWaitMinutes, waitLowMinutes, waitHighMinutes, serviceOpen
    property ServiceLoadModel model
    property int totalWaiting: 0
    property bool stale: false
    property bool officeOpen: true
    property string opensAgainText
    // rows of tiles the services need: a layout may give the list more room when there are many
    readonly property int rows: grid.rows

    radius: Theme.radius * unit
    color: stale ? Theme.staleSurface : Theme.surface

    SectionTitle {
        id: title
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        unit: root.unit
        text: qsTr("Wartezeiten")
        //: %1 = people waiting in the whole office
        note: qsTr("Wartende gesamt: %1").arg(root.totalWaiting)
        stale: root.stale
    }

    GridView {
        id: grid

        readonly property int columns: width >= 2 * Theme.serviceCellMinWidth * root.unit ? 2 : 1
        readonly property int rows: Math.max(1, Math.ceil(count / columns))

        anchors.top: title.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 0.8 * root.unit
        interactive: false
        clip: true
        model: root.model
        cellWidth: Math.floor(width / columns)
        cellHeight: Math.floor(Math.min(Theme.serviceCellMaxHeight * root.unit, height / rows))

        // ids outside the delegate: qmllint 6.4 does not resolve them (see Main.qml)
        // qmllint disable unqualified
        delegate: ServiceWaitCell {
            width: grid.cellWidth
            height: grid.cellHeight
            unit: root.unit
            stale: root.stale
            officeOpen: root.officeOpen
            opensAgainText: root.opensAgainText
        }
        // qmllint enable unqualified

        add: Transition {
            NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.listMotionMs }
        }
        remove: Transition {
            NumberAnimation { property: "opacity"; to: 0; duration: Theme.listMotionMs }
        }
        displaced: Transition {
            NumberAnimation { properties: "x,y"; duration: Theme.listMotionMs; easing.type: Easing.OutCubic }
            NumberAnimation { property: "opacity"; to: 1; duration: Theme.listMotionMs }
        }
    }

    Text {
        anchors.centerIn: grid
        visible: grid.count === 0
        text: qsTr("Zurzeit keine Angaben")
        color: root.stale ? Theme.staleText : Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.sectionTitleSize * root.unit
    }
}
