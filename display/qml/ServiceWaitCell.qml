// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick
import QtQuick.Layouts

// One service tile: the number letter ("A"), the name (elided when long) and
// "4 wartend … ca. 25 Min.". Fonts follow the tile height, capped by the theme, so many
// services shrink the tiles instead of being cut off.
Item {
    id: root

    // roles of the service-load model
    required property string name
    required property string prefix
    required property int waiting
    required property int estimatedWaitMinutes

    required property real unit
    property bool stale: false

    readonly property color primary: stale ? Theme.staleText : Theme.textPrimary
    readonly property color secondary: stale ? Theme.staleText : Theme.textSecondary
    readonly property real nameSize: Math.min(Theme.serviceNameSize * unit, height * 0.32)
    readonly property real detailSize: Math.min(Theme.serviceDetailSize * unit, height * 0.28)
    // presentation only: the estimate itself comes from the server
    readonly property string waitText: {
        if (waiting === 0)
            //: service tile: nobody is waiting for this service
            return qsTr("keine Wartezeit");
        if (estimatedWaitMinutes < 0)
            //: service tile: the server has no wait estimate (yet)
            return qsTr("–");
        //: service tile: estimated wait, %1 = whole minutes
        return qsTr("ca. %1 Min.").arg(Math.max(1, estimatedWaitMinutes));
    }

    Rectangle {
        anchors.fill: parent
        anchors.margins: 0.5 * root.unit
        radius: 0.6 * root.unit
        color: root.stale ? Theme.staleSurface : Theme.surfaceAlt

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 1.4 * root.unit
            anchors.rightMargin: 1.4 * root.unit
            spacing: 1.4 * root.unit

            Rectangle {
                // the service's letter, as on the ticket
                visible: root.prefix !== ""
                Layout.preferredWidth: Math.min(root.height * 0.55, 6.5 * root.unit)
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
                    font.pixelSize: root.nameSize * 1.1
                    font.bold: true
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0.2 * root.unit

                Text {
                    objectName: "serviceName"
                    Layout.fillWidth: true
                    Layout.preferredHeight: root.nameSize * 1.25
                    text: root.name
                    // long names first shrink a little, then get elided
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: root.nameSize * 0.85
                    elide: Text.ElideRight
                    color: root.primary
                    font.family: Theme.fontFamily
                    font.pixelSize: root.nameSize
                    font.bold: true
                }

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gutter * root.unit

                    Text {
                        Layout.fillWidth: true
                        // with nobody waiting, "keine Wartezeit" says it all
                        //: service tile: %1 = number of people waiting for this service
                        text: root.waiting > 0 ? qsTr("%1 wartend").arg(root.waiting) : ""
                        elide: Text.ElideRight
                        color: root.secondary
                        font.family: Theme.fontFamily
                        font.pixelSize: root.detailSize
                    }
                    Text {
                        text: root.waitText
                        color: root.primary
                        font.family: Theme.fontFamily
                        font.pixelSize: root.detailSize
                        font.bold: true
                    }
                }
            }
        }
    }
}
