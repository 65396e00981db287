// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The kiosk's C++ types in its QML module Civiq.Kiosk, so that the layout can name them
// (`required property KioskController controller`). They live in civiq_kiosk_app, which tests use
// without QML, so the module (civiq_kiosk_qml) registers them from here.
#include <QtQml/qqml.h>  // QML_FOREIGN needs more than qqmlregistration.h in Qt 6.4

#include "kiosk_controller.hpp"
#include "kiosk_services_model.hpp"

namespace civiq::kiosk::qml {

struct KioskControllerForeign {
  Q_GADGET
  QML_FOREIGN(civiq::kiosk::KioskController)
  QML_NAMED_ELEMENT(KioskController)
  QML_UNCREATABLE("KioskApp hands it to Main.qml")
};

struct KioskServicesModelForeign {
  Q_GADGET
  QML_FOREIGN(civiq::kiosk::KioskServicesModel)
  QML_NAMED_ELEMENT(KioskServicesModel)
  QML_UNCREATABLE("KioskController owns it")
};

struct KioskStaffMenuForeign {
  Q_GADGET
  QML_FOREIGN(civiq::kiosk::KioskStaffMenu)
  QML_NAMED_ELEMENT(KioskStaffMenu)
  QML_UNCREATABLE("KioskController owns it")
};

}  // namespace civiq::kiosk::qml
