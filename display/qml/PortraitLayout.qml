// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick
import QtQuick.Layouts
import Civiq.Display  // DisplayController

// Portrait (1080×1920 and similar): one column, top to bottom in the order people look for
// things: the current call, the recent calls, then the service waits. Header on top, info line at
// the bottom, and the offline band right under the header when the server is unreachable.
Rectangle {
    id: root

    required property DisplayController controller
    required property real unit

    readonly property real gap: Theme.gutter * unit

    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        HeaderBar {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.headerHeight * root.unit
            unit: root.unit
            officeName: root.controller.officeName
            clockText: root.controller.clockText
            dateText: root.controller.dateText
            muted: root.controller.muted
        }

        OfflineNotice {
            Layout.fillWidth: true
            visible: root.controller.offline
            unit: root.unit
            sinceText: root.controller.offlineSinceText
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin * root.unit
            spacing: root.gap

            // Every region fills; Qt Quick Layouts then share the height in proportion to the
            // preferred sizes, so these are weights (32 : 40 : 28).

            CurrentCallPanel {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: 32
                unit: root.unit
                number: root.controller.currentNumber
                counter: root.controller.currentCounter
                recall: root.controller.currentIsRecall
                highlighted: root.controller.highlighted
                stale: root.controller.offline
            }

            RecentCallsList {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: 40
                unit: root.unit
                model: root.controller.recentCalls
                stale: root.controller.offline
            }

            ServiceWaitList {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: 28
                unit: root.unit
                model: root.controller.serviceLoads
                totalWaiting: root.controller.totalWaiting
                stale: root.controller.offline
                officeOpen: root.controller.officeOpen
                opensAgainText: root.controller.opensAgainText
            }
        }

        InfoLine {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.infoLineHeight * root.unit
            visible: text !== ""
            unit: root.unit
            text: root.controller.infoLine
        }
    }
}
