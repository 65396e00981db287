// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "kiosk_staff_menu.hpp"

#include <cmath>

#include "cups_printer.hpp"
#include "kiosk_health.hpp"
#include "kiosk_texts.hpp"
#include "staff_pin.hpp"

namespace civiq::kiosk {

KioskStaffMenu::KioskStaffMenu(QString pinHash, QObject* parent) : QObject(parent), pinHash_(std::move(pinHash)) {}

void KioskStaffMenu::open(const QString& language) {
  language_ = language;
  pin_.clear();
  emit pinChanged();
  setMessage({});
  emit paperChanged();
}

void KioskStaffMenu::setPrinter(CupsPrinter* printer) {
  printer_ = printer;
  emit paperChanged();
}

QString KioskStaffMenu::paperText() const {
  if (!printer_) return kioskText(language_, "noPrinter");
  const auto& roll = printer_->paperRoll();
  if (!roll.counted()) return kioskText(language_, "paperNotCounted");
  const auto left = ticketsLeftOn(roll).value_or(0);
  return kioskText(language_, "paperLeft").arg(left).arg(roll.tickets());
}

void KioskStaffMenu::typeDigit(const QString& digit) {
  if (digit.size() != 1 || digit.front() < u'0' || digit.front() > u'9' || pin_.size() >= kMaxPinDigits) return;
  pin_ += digit;
  emit pinChanged();
}

void KioskStaffMenu::deleteDigit() {
  if (pin_.isEmpty()) return;
  pin_.chop(1);
  emit pinChanged();
}

void KioskStaffMenu::submitPin() {
  const QString typed = std::exchange(pin_, {});
  emit pinChanged();
  if (!lockedUntil_.hasExpired()) {
    const auto seconds = static_cast<int>(std::ceil(static_cast<double>(lockedUntil_.remainingTime()) / 1000));
    return setMessage(kioskText(language_, "staffLocked").arg(seconds));
  }
  // Verifying takes ~0.1 s on the GUI thread: a staff action, and the screen has nothing to animate.
  if (!configured() || typed.isEmpty() || !staffPinMatches(pinHash_, typed)) {
    if (++wrongTries_ >= kTriesBeforeLock) {
      wrongTries_ = 0;
      lockedUntil_.setRemainingTime(std::chrono::seconds(kLockSeconds));
      qWarning("civiq-kiosk: %d wrong staff PINs: the keypad is locked for %d s", kTriesBeforeLock, kLockSeconds);
      return setMessage(kioskText(language_, "staffLocked").arg(kLockSeconds));
    }
    return setMessage(kioskText(language_, "staffPinWrong"));
  }
  wrongTries_ = 0;
  setMessage({});
  qInfo("civiq-kiosk: staff menu opened");
  emit unlocked();
}

void KioskStaffMenu::refilled() {
  if (!printer_) return;
  printer_->paperRoll().refilled();
  qInfo("civiq-kiosk: staff put in a new paper roll");
  emit paperChanged();
  emit rollRefilled();
}

void KioskStaffMenu::quitKiosk() {
  qInfo("civiq-kiosk: staff quit the kiosk");
  emit quitRequested();
}

void KioskStaffMenu::setMessage(const QString& message) {
  if (message == message_) return;
  message_ = message;
  emit messageChanged();
}

}  // namespace civiq::kiosk
