// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
pragma Singleton
import QtQuick

// Colours, fonts and size ratios of the waiting-room display, in one place.
//
// The screen is read from across the room: up to 8 m away, by people who glance up for a second,
// many of them older or with reduced sight. So:
// - Every size is a ratio of `unit` = 1 % of the window's shorter side (10.8 px on a 1080p
//   screen, in both orientations), never a pixel count: the same design fits 720p, 1080p and 4K
//   panels and keeps its proportions. docs/display.md ("Readability") works the numbers out for a
//   55" 1080p screen (≈ 0.63 mm per pixel).
// - The call number is the largest thing on the screen (8–11 cm cap height on that screen):
//   readable at 8 m even with strongly reduced visual acuity. Recent calls stay above the
//   sign-text minimum for 8 m (distance / 300). In the service tiles the waiting figures are the
//   largest text (≈ 17.5 mm: readable at 8 m with good sight); the names are identification, read
//   from closer, all at one size.
// - One typeface of normal width (DejaVu Sans; no condensed cuts, which DIN 1450 advises against for
//   legibility), bold for all numbers. DejaVu's 0/O and 1/I/l are clearly distinct.
// - Dark, calm background (less glare in a bright room, no flicker), light text. Every text pair
//   below has a WCAG contrast of at least 7:1 (AAA), computed in docs/display.md; the only
//   exception is `staleText` (5:1), which deliberately marks calls as "not current" while the
//   server is unreachable and is always accompanied by the big offline banner.
// - Attention never relies on colour alone: a fresh call also gets a thick frame, a "▶ Jetzt
//   aufgerufen" label and a short pulse that stops by itself (no endless blinking).
QtObject {
    // --- Colours (contrast ratios against their backgrounds in docs/display.md) ---
    readonly property color background: "#0A1A2B"       // deep blue-black: calm, low glare
    readonly property color headerBackground: "#06111D"
    readonly property color surface: "#132B45"          // panels and rows
    readonly property color surfaceAlt: "#0F2238"       // alternate rows, a hint only
    readonly property color divider: "#2A4665"          // lines carry no information
    readonly property color textPrimary: "#FFFFFF"      // 14.4:1 on surface, 17.6:1 on background
    readonly property color textSecondary: "#C9D6E3"    // 9.7:1 on surface, 11.9:1 on background
    readonly property color accent: "#FFD43B"           // signal yellow: the fresh call, markers
    readonly property color accentPulse: "#FFF3B8"      // the pulse lightens the yellow, never darkens it
    readonly property color textOnAccent: "#0A1A2B"         // 12.3:1 on accent, 15.7:1 on accentPulse
    readonly property color staleSurface: "#1B2836"     // greyed: calls that are not current
    readonly property color staleText: "#8D9AA8"        // 5.2:1 on staleSurface: visibly "switched off"
    readonly property color offlineBackground: "#9E1B1B" // dark red: a fault, not a call
    readonly property color offlineText: "#FFFFFF"      // 8.0:1 on offlineBackground

    // --- Fonts ---
    readonly property string fontFamily: "DejaVu Sans"

    // --- Sizes, in units (1 unit = 1 % of the window's shorter side) ---
    readonly property real margin: 2.2              // outer margin and panel padding
    readonly property real gutter: 2.0              // between panels
    readonly property real radius: 1.0

    readonly property real headerHeight: 11
    readonly property real officeNameSize: 4.4
    readonly property real clockSize: 5.4
    readonly property real dateSize: 2.5
    readonly property real sectionTitleSize: 3.0    // "Letzte Aufrufe", "Wartezeiten"

    readonly property real callLabelSize: 3.6       // "▶ Jetzt aufgerufen"
    readonly property real callNumberSize: 24       // upper limit; shrinks to fit its panel
    readonly property real callCounterSize: 11      // "→ Schalter 3"
    readonly property real welcomeSize: 6           // "Herzlich willkommen" before the first call
    readonly property real callFrameCalm: 0.35
    readonly property real callFrameHighlighted: 1.2

    readonly property int recentSlots: 7            // rows the recent list is laid out for
    readonly property real recentNumberSize: 6.4    // ≥ 27 mm cap height at 55"/1080p (8 m / 300)
    readonly property real recentCounterSize: 5.2
    readonly property real recentMetaSize: 2.4      // call time and the "erneut" marker
    readonly property real recentTimesMinWidth: 85  // narrower lists leave the call times out

    readonly property real serviceCellMaxHeight: 14
    readonly property real serviceCellMinWidth: 30  // below two of these: one column
    readonly property real serviceNameSize: 2.2     // every name at this size, wrapping to two lines
    readonly property real serviceFigureSize: 3.6   // "8 wartend", "35–50 Min.": read from across the room

    readonly property real offlineHeight: 14
    readonly property real offlineTitleSize: 4.0
    readonly property real offlineTextSize: 3.0

    readonly property real infoLineHeight: 6.5
    readonly property real infoTextSize: 3.2
    readonly property real tickerSpeed: 12          // units per second: slow enough to read
    readonly property int tickerPauseMs: 4000       // the start of the text stands still first

    // --- Motion ---
    readonly property int stateChangeMs: 300
    readonly property int pulseMs: 450              // one half of a pulse
    readonly property int pulseCount: 3             // then the panel stays highlighted, still
    readonly property int listMotionMs: 450
}
