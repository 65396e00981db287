// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The kiosk's way out for staff: after the configured key combination (KioskController) staff type
// the PIN; the menu then confirms a new paper roll (the counted roll starts again and the branch
// hears of it at once) or quits the kiosk. Five wrong PINs lock the keypad for a minute, which with
// argon2id's cost makes guessing a 4-digit PIN at the kiosk take days. Without a PIN hash in
// kiosk.toml the menu never opens. Invariant: unlocked() only after a matching PIN, and the typed
// PIN is forgotten on every open and after each try. Thread rule: GUI thread.
#include <QDeadlineTimer>
#include <QObject>
#include <QString>

namespace civiq::kiosk {

class CupsPrinter;

class KioskStaffMenu : public QObject {
  Q_OBJECT
  Q_PROPERTY(QString maskedPin READ maskedPin NOTIFY pinChanged)
  Q_PROPERTY(QString message READ message NOTIFY messageChanged)
  Q_PROPERTY(QString paperText READ paperText NOTIFY paperChanged)

 public:
  static constexpr int kTriesBeforeLock = 5;
  static constexpr int kLockSeconds = 60;

  explicit KioskStaffMenu(QString pinHash, QObject* parent = nullptr);

  [[nodiscard]] bool configured() const { return !pinHash_.isEmpty(); }
  void open(const QString& language);   // a fresh PIN entry in the language staff see the kiosk in
  void setPrinter(CupsPrinter* printer);  // its paper roll is what "refilled" resets
  [[nodiscard]] QString maskedPin() const { return QString(pin_.size(), QChar(0x25CF)); }  // ●●●●
  [[nodiscard]] const QString& message() const { return message_; }
  [[nodiscard]] QString paperText() const;

  Q_INVOKABLE void typeDigit(const QString& digit);
  Q_INVOKABLE void deleteDigit();
  Q_INVOKABLE void submitPin();
  Q_INVOKABLE void refilled();
  Q_INVOKABLE void quitKiosk();

 signals:
  void unlocked();
  void rollRefilled();
  void quitRequested();
  void pinChanged();
  void messageChanged();
  void paperChanged();

 private:
  void setMessage(const QString& message);

  QString pinHash_;
  QString language_;
  QString pin_;
  QString message_;
  CupsPrinter* printer_ = nullptr;
  int wrongTries_ = 0;
  QDeadlineTimer lockedUntil_;  // steady clock: a PC clock set back does not unlock
};

}  // namespace civiq::kiosk
