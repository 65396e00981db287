// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick
import Civiq.Client

// "Letzte Aufrufe": the calls before the current one, newest first, so someone who looked away
// can still find their number. The model's row 0 is the current call (shown big elsewhere), so the
// list is laid out for `slots` further rows; rows are inserted and removed by the model and the
// view animates them (new rows fade in, the rest slide down, the oldest fades out).
Rectangle {
    id: root

    required property real unit
    property RecentCallsModel model  // roles: number, counter, counterId, serviceId, calledAt, recall
    property bool stale: false
    property int slots: Theme.recentSlots
    // the call times are extra information: shown only where the counters still fit beside them
    readonly property bool showTimes: width >= Theme.recentTimesMinWidth * unit

    radius: Theme.radius * unit
    color: stale ? Theme.staleSurface : Theme.surface

    SectionTitle {
        id: title
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        unit: root.unit
        text: qsTr("Letzte Aufrufe")
        note: root.stale ? qsTr("nicht aktuell") : ""
        stale: root.stale
    }

    ListView {
        id: view

        readonly property real rowHeight: height / Math.max(root.slots, count - 1)

        anchors.top: title.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.radius * root.unit
        interactive: false
        clip: true
        model: root.model

        // ids outside the delegate: qmllint 6.4 does not resolve them (see Main.qml)
        // qmllint disable unqualified
        delegate: RecentCallRow {
            width: view.width
            unit: root.unit
            rowHeight: view.rowHeight
            stale: root.stale
            showTime: root.showTimes
        }
        // qmllint enable unqualified

        add: Transition {
            NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.listMotionMs }
        }
        remove: Transition {
            NumberAnimation { property: "opacity"; to: 0; duration: Theme.listMotionMs }
        }
        displaced: Transition {
            NumberAnimation { property: "y"; duration: Theme.listMotionMs; easing.type: Easing.OutCubic }
            // an interrupted add or remove must not leave a row half transparent
            NumberAnimation { property: "opacity"; to: 1; duration: Theme.listMotionMs }
        }
    }

    Text {
        anchors.centerIn: view
        width: view.width - 2 * Theme.margin * root.unit
        visible: view.count <= 1
        text: view.count === 0 ? qsTr("Noch keine Aufrufe") : qsTr("Noch keine früheren Aufrufe")
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        color: root.stale ? Theme.staleText : Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.sectionTitleSize * root.unit
    }
}
