// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick
import QtQuick.Window
import Civiq.Display  // DisplayController: the module's C++ types need the import, its QML files do not

// The waiting-room wall display. All state comes from `controller` (DisplayController, C++);
// this file only picks the layout. The C++ side shows the window (show() or showFullScreen(),
// from the settings) and hides the mouse cursor.
Window {
    id: window

    required property DisplayController controller

    // landscape: 1920×1080; portrait: 1080×1920; any other size scales (see Theme.qml)
    readonly property bool portraitLayout: controller.portrait
                                           || (controller.autoLayout && width < height)
    // 1 % of the shorter side: the same physical sizes in both orientations
    readonly property real unit: Math.min(width, height) / 100

    width: 1920
    height: 1080
    color: Theme.background
    title: qsTr("civiq – Aufrufanzeige")

    Item {
        anchors.fill: parent
        // Right-to-left languages mirror every anchor and layout below.
        LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
        LayoutMirroring.childrenInherit: true

        Loader {
            anchors.fill: parent
            sourceComponent: window.portraitLayout ? portraitComponent : landscapeComponent
        }
    }

    // The layouts read the window's properties: qmllint 6.4 does not resolve a file's ids inside a
    // Component (6.5 has `pragma ComponentBehavior: Bound` for that). Same in the lists' delegates.
    // qmllint disable unqualified
    Component {
        id: landscapeComponent
        LandscapeLayout {
            controller: window.controller
            unit: window.unit
        }
    }

    Component {
        id: portraitComponent
        PortraitLayout {
            controller: window.controller
            unit: window.unit
        }
    }
    // qmllint enable unqualified
}
