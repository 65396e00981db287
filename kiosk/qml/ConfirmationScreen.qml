// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
import QtQuick
import QtQuick.Layouts
import Civiq.Kiosk

// The number the server issued, people ahead, the wait and the ticket's QR code. When printing
// failed, number and QR code grow and the citizen is asked to take a photo.
ColumnLayout {
    id: screen

    required property KioskController controller
    readonly property bool failed: controller.printState === KioskController.Failed

    spacing: Theme.unit

    Rectangle {
        objectName: "photoNotice"
        visible: screen.failed
        Layout.fillWidth: true
        implicitHeight: photo.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.warning
        Text {
            id: photo
            anchors.fill: parent
            anchors.margins: Theme.spacing
            text: screen.controller.texts.printFailed ?? ""
            color: Theme.warningText
            font.family: Theme.font
            font.pixelSize: Theme.bodySize * 1.2
            font.bold: true
            wrapMode: Text.WordWrap
        }
    }

    Text {
        Layout.alignment: Qt.AlignHCenter
        text: (screen.controller.texts.yourNumber ?? "")
              + (screen.controller.appointment ? " · " + (screen.controller.texts.appointmentMark ?? "") : "")
        color: Theme.textMuted
        font.family: Theme.font
        font.pixelSize: Theme.titleSize
    }

    Text {
        objectName: "number"
        Layout.alignment: Qt.AlignHCenter
        text: screen.controller.number
        color: Theme.text
        font.family: Theme.font
        font.pixelSize: Theme.numberSize
        font.bold: true
    }

    Repeater {
        model: [screen.controller.serviceNames, screen.controller.peopleAheadText, screen.controller.waitText]
        Text {
            required property string modelData
            visible: modelData !== ""
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: modelData
            color: Theme.text
            font.family: Theme.font
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WordWrap
        }
    }

    Image {
        objectName: "qr"
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: Theme.unit * (screen.failed ? 44 : 36)
        Layout.preferredHeight: Layout.preferredWidth
        source: screen.controller.qrSource
        sourceSize.width: Layout.preferredWidth
        sourceSize.height: Layout.preferredWidth
        smooth: false  // sharp modules
        fillMode: Image.PreserveAspectFit
    }

    Text {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        text: screen.controller.texts.scanHint ?? ""
        color: Theme.textMuted
        font.family: Theme.font
        font.pixelSize: Theme.bodySize * 0.85
        wrapMode: Text.WordWrap
    }

    Text {
        objectName: "printState"
        visible: !screen.failed
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        text: screen.controller.printState === KioskController.Printed
              ? (screen.controller.texts.printed ?? "") + " " + (screen.controller.texts.watchDisplay ?? "")
              : (screen.controller.texts.printing ?? "")
        color: Theme.text
        font.family: Theme.font
        font.pixelSize: Theme.bodySize
        font.bold: true
        wrapMode: Text.WordWrap
    }

    Item { Layout.fillHeight: true }

    BigButton {
        objectName: "done"
        Layout.fillWidth: true
        text: screen.controller.texts.done ?? ""
        onTapped: screen.controller.backToStart()
    }
}
