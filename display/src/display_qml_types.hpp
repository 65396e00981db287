// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The display's C++ type in its QML module Civiq.Display, so that the layout can name it
// (`required property DisplayController controller`). It lives in civiq_display, which tests use
// without QML, so the module (civiq_display_qml) registers it from here.
#include <QtQml/qqml.h>  // QML_FOREIGN needs more than qqmlregistration.h in Qt 6.4

#include "display_controller.hpp"

namespace civiq::display::qml {

struct DisplayControllerForeign {
  Q_GADGET
  QML_FOREIGN(civiq::display::DisplayController)
  QML_NAMED_ELEMENT(DisplayController)
  QML_UNCREATABLE("DisplayApp hands it to Main.qml")
};

}  // namespace civiq::display::qml
