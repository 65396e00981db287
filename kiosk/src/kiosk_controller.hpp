// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The kiosk's touch flow: which screen shows, what it says, and what a tap does. Loads the office
// (GET /api/v1/kiosk) and its services, issues a walk-in ticket or checks in a booking (one
// ActionKey per user action: a second tap while one is on its way is ignored, a retry of the same
// action after no answer reuses the key), prints it with the shared receipt functions
// (receipt_job.hpp, CupsPrinter) and shows the number, people ahead, wait and QR code. A failed
// print keeps the number on screen ("please take a photo") and warns the next citizen. Never shows
// a number the server did not issue. Idle returns to the start and forgets half-typed codes.
// Invariant: number() is non-empty only on the Confirmation screen. Thread rule: GUI thread.
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>
#include <memory>
#include <optional>

#include "cups_printer.hpp"
#include "kiosk_health.hpp"
#include "kiosk_services_model.hpp"
#include "kiosk_staff_menu.hpp"
#include "kiosk_settings.hpp"
#include "receipt_content.hpp"
#include "qtclient/action_key.hpp"
#include "qtclient/branch_api.hpp"
#include "qtclient/branch_client.hpp"

namespace civiq::kiosk {

class KioskController : public QObject {
  Q_OBJECT
  Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
  Q_PROPERTY(QString officeName READ officeName NOTIFY officeChanged)
  Q_PROPERTY(QString opensNext READ opensNext NOTIFY officeChanged)
  Q_PROPERTY(QString language READ language NOTIFY languageChanged)
  Q_PROPERTY(QStringList languages READ languages NOTIFY officeChanged)
  Q_PROPERTY(QStringList languageNames READ languageNames NOTIFY officeChanged)
  Q_PROPERTY(bool mirrored READ mirrored NOTIFY languageChanged)
  // Every text of the chosen language by key (kiosk_texts.cpp): a JS object to the layout.
  Q_PROPERTY(QVariant texts READ texts NOTIFY languageChanged)
  Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY largeTextChanged)
  Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
  Q_PROPERTY(civiq::kiosk::KioskServicesModel* services READ services CONSTANT)
  Q_PROPERTY(civiq::kiosk::KioskStaffMenu* staff READ staff CONSTANT)
  Q_PROPERTY(int selectedCount READ selectedCount NOTIFY selectionChanged)
  Q_PROPERTY(QString code READ code NOTIFY codeChanged)
  Q_PROPERTY(QString number READ number NOTIFY ticketChanged)
  Q_PROPERTY(bool appointment READ appointment NOTIFY ticketChanged)
  Q_PROPERTY(QString serviceNames READ serviceNames NOTIFY ticketChanged)
  Q_PROPERTY(QString peopleAheadText READ peopleAheadText NOTIFY ticketChanged)
  Q_PROPERTY(QString waitText READ waitText NOTIFY ticketChanged)
  Q_PROPERTY(QString qrSource READ qrSource NOTIFY ticketChanged)
  Q_PROPERTY(PrintState printState READ printState NOTIFY printStateChanged)
  Q_PROPERTY(bool printerNotice READ printerNotice NOTIFY printStateChanged)
  Q_PROPERTY(QString message READ message NOTIFY messageChanged)

 public:
  enum class Screen {
    Start,
    ChooseServices,
    Confirmation,
    AppointmentCode,
    Message,
    Closed,
    Unreachable,
    StaffPin,
    StaffMenu
  };
  Q_ENUM(Screen)
  enum class PrintState { None, Printing, Printed, Failed };
  Q_ENUM(PrintState)

  explicit KioskController(KioskSettings settings, QObject* parent = nullptr);
  ~KioskController() override;

  void start();  // loads the office; retries with backoff while the server is unreachable

  [[nodiscard]] Screen screen() const { return screen_; }
  [[nodiscard]] const QString& officeName() const { return office_; }
  [[nodiscard]] const QString& opensNext() const { return opensNext_; }
  [[nodiscard]] const QString& language() const { return language_; }
  [[nodiscard]] const QStringList& languages() const { return languages_; }
  [[nodiscard]] QStringList languageNames() const;
  [[nodiscard]] bool mirrored() const;
  [[nodiscard]] QVariant texts() const { return texts_; }
  [[nodiscard]] bool largeText() const { return largeText_; }
  [[nodiscard]] bool busy() const { return busy_; }
  [[nodiscard]] KioskServicesModel* services() { return &services_; }
  [[nodiscard]] KioskStaffMenu* staff() { return &staff_; }
  [[nodiscard]] int selectedCount() const { return static_cast<int>(services_.selected().size()); }
  [[nodiscard]] const QString& code() const { return code_; }
  [[nodiscard]] const QString& number() const { return number_; }
  [[nodiscard]] bool appointment() const { return appointment_; }
  [[nodiscard]] const QString& serviceNames() const { return serviceNames_; }
  [[nodiscard]] QString peopleAheadText() const;
  [[nodiscard]] QString waitText() const;
  [[nodiscard]] QString qrSource() const;
  [[nodiscard]] const QString& url() const { return url_; }
  [[nodiscard]] PrintState printState() const { return printState_; }
  [[nodiscard]] bool printerNotice() const { return printerNotice_; }
  [[nodiscard]] const QString& message() const { return message_; }
  [[nodiscard]] std::optional<protocol::ErrorCode> refusal() const { return refusal_; }
  [[nodiscard]] CupsPrinter* printer() const { return printer_.get(); }
  [[nodiscard]] KioskHealth& health() { return health_; }

  // What the screens' buttons do.
  Q_INVOKABLE void chooseLanguage(const QString& language);
  Q_INVOKABLE void setLargeText(bool on);
  Q_INVOKABLE void takeNumber(int serviceId);  // one tap on a service tile: one ticket
  Q_INVOKABLE void chooseSeveral();            // to the screen where several services are chosen
  Q_INVOKABLE void toggleService(int serviceId);
  Q_INVOKABLE void takeNumberForSelection();
  Q_INVOKABLE void enterCode();  // "I have an appointment"
  Q_INVOKABLE void typeKey(const QString& text);
  Q_INVOKABLE void deleteKey();
  Q_INVOKABLE void submitCode();
  Q_INVOKABLE void backToStart();
  // Any touch or key: the idle timer starts again.
  Q_INVOKABLE void userActivity();
  // A key from the keyboard (a barcode scanner is one): on the start and code screens letters and
  // digits collect into the code, Enter checks it in; the staff combination opens the PIN entry,
  // where digits, Backspace and Enter go to the PIN. Returns whether the key was used.
  bool keyPressed(int key, Qt::KeyboardModifiers modifiers, const QString& text);

 signals:
  void screenChanged();
  void officeChanged();
  void languageChanged();
  void largeTextChanged();
  void busyChanged();
  void selectionChanged();
  void codeChanged();
  void ticketChanged();
  void printStateChanged();
  void messageChanged();
  void issued(const QString& number);  // a ticket came back from the server (tests, health)
  void quitRequested();                // staff chose "quit" in the staff menu

 private:
  void loadOffice();
  void applyOffice(const protocol::KioskInfo& info);
  void issue(const QList<int>& serviceIds);
  void checkIn(const QString& code);
  void received(const qtclient::TypedReply<protocol::IssuedTicket>& reply, const QStringList& serviceNames,
                bool appointment);
  void refused(const qtclient::HttpReply& reply);
  void print(const protocol::IssuedTicket& ticket, const QStringList& serviceNames, bool appointment);
  void ensurePrinter();
  void setScreen(Screen screen);
  void setBusy(bool busy);
  void setCode(const QString& code);
  void setPrintState(PrintState state);
  void clearTicket();
  void idle();
  bool staffKey(int key, const QString& text);  // a key while the PIN is asked for
  // The key for this action: the kept one when the same action is tried again after no answer.
  qtclient::ActionKey keyFor(const QString& action);

  KioskSettings settings_;
  qtclient::BranchClient client_;
  qtclient::BranchApi api_;
  KioskServicesModel services_;
  std::unique_ptr<CupsPrinter> printer_;
  KioskHealth health_;
  KioskStaffMenu staff_;
  bool reporting_ = false;  // health reports start once the office (and so the printer) is known
  QTimer idleTimer_;
  QTimer confirmationTimer_;
  QTimer reloadTimer_;
  int reloadDelayMs_ = 0;

  Screen screen_ = Screen::Unreachable;
  bool loaded_ = false;
  bool open_ = true;
  QString office_;
  QString opensNext_;
  std::optional<QDateTime> opensNextAt_;
  QString serverQueue_;
  QString language_;
  QStringList languages_;
  QVariantMap texts_;
  bool largeText_ = false;
  bool busy_ = false;
  QString code_;
  QString number_;
  QString url_;
  QString serviceNames_;
  std::optional<int> position_;
  WaitFacts wait_;
  bool appointment_ = false;
  qint64 ticketId_ = 0;
  PrintState printState_ = PrintState::None;
  bool printerNotice_ = false;
  QString message_;
  std::optional<protocol::ErrorCode> refusal_;
  QString pendingAction_;  // the action whose key is kept: "issue:1,4" or "check-in:LB-7"
  std::optional<qtclient::ActionKey> pendingKey_;
};

}  // namespace civiq::kiosk
