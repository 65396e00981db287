// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick
import QtQuick.Layouts
import QtQuick.Window
import Civiq.Kiosk

// The ticket kiosk. All state comes from `controller` (KioskController, C++); this file only
// shows the screen it names. The C++ side shows the window (full screen without a cursor unless
// --windowed) and routes keys (a barcode scanner) and touches to the controller.
Window {
    id: window

    required property KioskController controller

    width: 1080
    height: 1920
    color: Theme.background
    title: "civiq – Kiosk"

    Binding { target: Theme; property: "unit"; value: Math.min(window.width, window.height) / 100 }
    Binding { target: Theme; property: "large"; value: window.controller.largeText }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        // Right-to-left languages mirror every anchor and layout below.
        LayoutMirroring.enabled: window.controller.mirrored
        LayoutMirroring.childrenInherit: true

        HeaderBar {
            Layout.fillWidth: true
            controller: window.controller
        }

        StackLayout {
            objectName: "screens"
            Layout.fillWidth: true
            Layout.fillHeight: true
            // The window's height whatever the screens ask for: one tall screen must not push the
            // buttons of every other screen off the bottom.
            Layout.minimumHeight: 0
            Layout.preferredHeight: 0
            Layout.margins: 2 * Theme.spacing
            currentIndex: window.controller.screen  // the order of KioskController::Screen

            StartScreen { controller: window.controller }
            ChooseServicesScreen { controller: window.controller }
            ConfirmationScreen { controller: window.controller }
            CodeScreen { controller: window.controller }
            MessageScreen { controller: window.controller }
            ClosedScreen { controller: window.controller }
            UnreachableScreen { controller: window.controller }
            StaffPinScreen { controller: window.controller }
            StaffMenuScreen { controller: window.controller }
        }
    }
}
