// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
pragma Singleton
import QtQuick

// Colours and sizes of the kiosk, in one place. Sizes are ratios of `unit` (1 % of the window's
// shorter side: 10.8 px on a 1080×1920 portrait kiosk), so the layout fits any panel. The kiosk is
// read standing at arm's length, some citizens with reading glasses, some with gloves: body text
// is at least 4 units (≈ 6 mm cap height on a 21.5" panel), buttons at least 11 units high.
// `large` (the citizen's "Große Schrift" switch) scales every text by 1.35 and switches to black
// and white with yellow focus colours (contrast above 15:1); the normal theme keeps 7:1 (AAA).
QtObject {
    property real unit: 10.8
    property bool large: false

    readonly property real textScale: large ? 1.35 : 1.0
    readonly property real bodySize: 4 * unit * textScale
    readonly property real titleSize: 5.5 * unit * textScale
    readonly property real numberSize: 22 * unit
    readonly property real buttonHeight: 11 * unit * textScale
    readonly property real spacing: 2.5 * unit
    readonly property real radius: 1.5 * unit

    readonly property color background: large ? "#000000" : "#F4F6F8"
    readonly property color text: large ? "#FFFFFF" : "#10202F"             // 15.6:1 on background
    readonly property color textMuted: large ? "#FFFFFF" : "#33475B"        // 8.9:1
    readonly property color header: large ? "#000000" : "#0B3D6B"
    readonly property color headerText: large ? "#FFFF00" : "#FFFFFF"       // 11.2:1 on header
    readonly property color button: large ? "#000000" : "#0B3D6B"
    readonly property color buttonText: large ? "#FFFF00" : "#FFFFFF"
    readonly property color buttonBorder: large ? "#FFFF00" : "#0B3D6B"
    readonly property color buttonSecondary: large ? "#000000" : "#FFFFFF"
    readonly property color buttonSecondaryText: large ? "#FFFFFF" : "#0B3D6B"
    readonly property color selected: large ? "#FFFF00" : "#1B7F3B"
    readonly property color selectedText: large ? "#000000" : "#FFFFFF"
    readonly property color warning: large ? "#FFFF00" : "#8A1C1C"           // notices and faults
    readonly property color warningText: large ? "#000000" : "#FFFFFF"
    readonly property string font: "DejaVu Sans"
}
