// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick
import QtQuick.Layouts
import Civiq.Display  // DisplayController

// Landscape (1920×1080 and similar): the current call big at the top left, the service waits
// below it, the recent calls as a tall column at the end; header on top, info line at the bottom,
// and the offline band right under the header when the server is unreachable.
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

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin * root.unit
            spacing: root.gap

            ColumnLayout {
                id: mainColumn
                // Every region fills; Qt Quick Layouts then share the space in proportion to
                // the preferred sizes, so these are weights (55 : 45 across, 50 : 50 down: the
                // service tiles need two lines for long names and figures read from afar).
                Layout.fillWidth: true
                Layout.preferredWidth: 55
                Layout.fillHeight: true
                spacing: root.gap

                CurrentCallPanel {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: 50
                    unit: root.unit
                    number: root.controller.currentNumber
                    counter: root.controller.currentCounter
                    recall: root.controller.currentIsRecall
                    highlighted: root.controller.highlighted
                    stale: root.controller.offline
                }

                ServiceWaitList {
                    // many services (4 or 5 rows of tiles) get up to half of the column
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: 50 + 8 * Math.max(0, Math.min(rows, 5) - 3)
                    unit: root.unit
                    model: root.controller.serviceLoads
                    totalWaiting: root.controller.totalWaiting
                    stale: root.controller.offline
                    officeOpen: root.controller.officeOpen
                    opensAgainText: root.controller.opensAgainText
                }
            }

            RecentCallsList {
                Layout.fillWidth: true
                Layout.preferredWidth: 45
                Layout.fillHeight: true
                unit: root.unit
                model: root.controller.recentCalls
                stale: root.controller.offline
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
