// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick

// One large touch target (at least 11 units high: well over the 9 mm a gloved finger needs).
// `primary` is the filled button of a screen; `checked` marks a chosen tile.
Rectangle {
    id: button

    property string text
    property bool primary: true
    property bool checked: false
    property real fontSize: Theme.bodySize
    signal tapped()

    implicitHeight: Theme.buttonHeight
    // Not the text's width: layouts share their width out evenly, long names wrap or shrink.
    implicitWidth: Theme.buttonHeight
    radius: Theme.radius
    opacity: enabled ? 1 : 0.45
    color: checked ? Theme.selected : (primary ? Theme.button : Theme.buttonSecondary)
    border.width: Math.max(2, Theme.unit * 0.4)
    border.color: checked ? Theme.selected : Theme.buttonBorder

    Text {
        id: label
        anchors.fill: parent
        anchors.margins: Theme.spacing
        text: (button.checked ? "✔ " : "") + button.text
        color: button.checked ? Theme.selectedText : (button.primary ? Theme.buttonText : Theme.buttonSecondaryText)
        font.family: Theme.font
        font.pixelSize: button.fontSize
        font.bold: true
        wrapMode: Text.WordWrap
        fontSizeMode: Text.Fit
        minimumPixelSize: Theme.bodySize * 0.7
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }

    TapHandler {
        onTapped: button.tapped()
    }
}
