// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick
import QtQuick.Layouts

// A small, quiet "Ton aus" pill (crossed-out speaker + text) for the header: calls are then only
// shown, not announced. Meant for staff walking by, so it is deliberately not prominent.
Rectangle {
    id: root

    required property real unit

    implicitWidth: row.implicitWidth + 2.4 * unit
    implicitHeight: row.implicitHeight + 1.0 * unit
    radius: height / 2
    color: "transparent"
    border.width: Math.max(1, 0.2 * unit)
    border.color: Theme.textSecondary

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: 0.8 * root.unit

        Canvas {
            id: icon
            Layout.preferredWidth: 2.6 * root.unit
            Layout.preferredHeight: 2.6 * root.unit
            // the drawing faces left-to-right; mirror it with the layout
            transform: Scale {
                origin.x: icon.width / 2
                xScale: icon.LayoutMirroring.enabled ? -1 : 1
            }
            onWidthChanged: requestPaint()
            onHeightChanged: requestPaint()
            onPaint: {
                const ctx = getContext("2d");
                const w = width, h = height;
                ctx.reset();
                ctx.fillStyle = Theme.textSecondary;
                ctx.strokeStyle = Theme.textSecondary;
                ctx.lineWidth = Math.max(1, w * 0.09);
                // speaker: box plus cone
                ctx.beginPath();
                ctx.moveTo(w * 0.08, h * 0.36);
                ctx.lineTo(w * 0.28, h * 0.36);
                ctx.lineTo(w * 0.52, h * 0.14);
                ctx.lineTo(w * 0.52, h * 0.86);
                ctx.lineTo(w * 0.28, h * 0.64);
                ctx.lineTo(w * 0.08, h * 0.64);
                ctx.closePath();
                ctx.fill();
                // cross
                ctx.beginPath();
                ctx.moveTo(w * 0.64, h * 0.34);
                ctx.lineTo(w * 0.94, h * 0.66);
                ctx.moveTo(w * 0.94, h * 0.34);
                ctx.lineTo(w * 0.64, h * 0.66);
                ctx.stroke();
            }
        }

        Text {
            //: the announcements are switched off on this display
            text: qsTr("Ton aus")
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.dateSize * root.unit
        }
    }
}
