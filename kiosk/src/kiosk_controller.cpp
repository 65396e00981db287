// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "kiosk_controller.hpp"

#include <QKeySequence>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <chrono>
#include <utility>

#include "kiosk_texts.hpp"
#include "receipt_job.hpp"

namespace civiq::kiosk {
namespace {

using protocol::ErrorCode;

constexpr int kMaxCodeLength = 200;
constexpr int kFirstRetryMs = 1000;
constexpr int kMaxRetryMs = 30000;
constexpr int kReloadMs = 60000;  // opening state and services follow the branch within a minute

const QStringList& defaultLanguages() {
  static const QStringList languages{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("pl"),
                                     QStringLiteral("cs")};
  return languages;
}

QDateTime berlin(domain::TimePoint at) {
  return QDateTime::fromSecsSinceEpoch(at.time_since_epoch().count(), QTimeZone("Europe/Berlin"));
}

QDate berlinDate(domain::TimePoint at) { return berlin(at).date(); }
QString berlinClock(domain::TimePoint at) { return berlin(at).toString(QStringLiteral("HH:mm")); }

// "the appointment is on 2026-12-08" (servers before v1.3 named the day only in the message).
QDate dateInMessage(const QString& message) {
  const auto match = QRegularExpression(QStringLiteral("(\\d{4}-\\d{2}-\\d{2})")).match(message);
  return QDate::fromString(match.captured(1), Qt::ISODate);
}

// What a booking's QR code holds may be the code itself or a link ending in it.
QString codeFromScan(const QString& typed) {
  const QString trimmed = typed.trimmed();
  const qsizetype slash = trimmed.lastIndexOf(QLatin1Char('/'));
  return slash < 0 ? trimmed : trimmed.mid(slash + 1);
}

bool codeCharacter(QChar c) {
  return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('/') ||
         c == QLatin1Char(':') || c == QLatin1Char('.');
}

}  // namespace

KioskController::KioskController(KioskSettings settings, QObject* parent)
    : QObject(parent),
      settings_(std::move(settings)),
      client_(settings_.device.server),
      api_(client_),
      health_(api_, settings_.reportInterval),
      staff_(settings_.staffPinHash),
      language_(settings_.device.language),
      languages_(defaultLanguages()),
      texts_(kioskTexts(language_)) {
  client_.setToken(settings_.device.token);
  services_.setLanguage(language_);
  idleTimer_.setSingleShot(true);
  idleTimer_.setInterval(settings_.idleTimeout);
  connect(&idleTimer_, &QTimer::timeout, this, &KioskController::idle);
  confirmationTimer_.setSingleShot(true);
  connect(&confirmationTimer_, &QTimer::timeout, this, &KioskController::backToStart);
  reloadTimer_.setSingleShot(true);
  connect(&reloadTimer_, &QTimer::timeout, this, &KioskController::loadOffice);
  connect(&staff_, &KioskStaffMenu::unlocked, this, [this] { setScreen(Screen::StaffMenu); });
  connect(&staff_, &KioskStaffMenu::rollRefilled, &health_, &KioskHealth::reportNow);
  connect(&staff_, &KioskStaffMenu::quitRequested, this, &KioskController::quitRequested);
}

KioskController::~KioskController() = default;

void KioskController::start() {
  loadOffice();
}

QStringList KioskController::languageNames() const {
  QStringList names;
  for (const auto& language : languages_) names.append(languageOwnName(language));
  return names;
}

bool KioskController::mirrored() const {
  return QLocale(language_).textDirection() == Qt::RightToLeft;
}

QString KioskController::peopleAheadText() const {
  if (!position_) return {};
  if (*position_ <= 1) return kioskText(language_, "nextInLine");
  return kioskText(language_, "peopleAhead").arg(*position_ - 1);
}

QString KioskController::waitText() const {
  return QString::fromStdString(waitLine(wait_, language_.toStdString()));  // as on paper
}

QString KioskController::qrSource() const {
  if (url_.isEmpty()) return {};
  return QStringLiteral("image://kioskqr/") + QString::fromLatin1(QUrl::toPercentEncoding(url_));
}

// --- the office ---------------------------------------------------------------------------------

void KioskController::loadOffice() {
  api_.kiosk(this, [this](const qtclient::TypedReply<protocol::KioskInfo>& reply) {
    if (!reply.value) {
      // Unreachable, or the token was revoked: either way nobody can draw a number here.
      loaded_ = false;
      if (screen_ == Screen::Start || screen_ == Screen::Closed || screen_ == Screen::Unreachable)
        setScreen(Screen::Unreachable);
      reloadDelayMs_ = reloadDelayMs_ == 0 ? kFirstRetryMs : std::min(reloadDelayMs_ * 2, kMaxRetryMs);
      reloadTimer_.start(reloadDelayMs_);
      return;
    }
    const protocol::KioskInfo info = *reply.value;
    api_.services(language_, this, [this, info](const qtclient::TypedReply<protocol::ServiceList>& list) {
      if (!list.value) {
        reloadDelayMs_ = reloadDelayMs_ == 0 ? kFirstRetryMs : std::min(reloadDelayMs_ * 2, kMaxRetryMs);
        reloadTimer_.start(reloadDelayMs_);
        if (screen_ == Screen::Start || screen_ == Screen::Closed) setScreen(Screen::Unreachable);
        return;
      }
      services_.setServices(list.value->services);
      emit selectionChanged();
      applyOffice(info);
    });
  });
}

void KioskController::applyOffice(const protocol::KioskInfo& info) {
  loaded_ = true;
  reloadDelayMs_ = 0;
  reloadTimer_.start(kReloadMs);
  office_ = QString::fromStdString(info.office);
  serverQueue_ = info.printer ? QString::fromStdString(*info.printer) : QString();
  languages_.clear();
  for (const auto& language : info.languages) languages_.append(QString::fromStdString(language));
  if (languages_.isEmpty()) languages_ = defaultLanguages();
  open_ = !info.opening || info.opening->open;
  opensNextAt_.reset();
  if (!open_ && info.opening->opens_next) opensNextAt_ = berlin(*info.opening->opens_next);
  const QLocale locale(language_);
  opensNext_ = opensNextAt_ ? kioskText(language_, "opensNext")
                                  .arg(locale.toString(opensNextAt_->date(), QLocale::LongFormat),
                                       opensNextAt_->time().toString(QStringLiteral("HH:mm")))
                            : (open_ ? QString() : kioskText(language_, "noOpening"));
  emit officeChanged();
  ensurePrinter();
  if (!std::exchange(reporting_, true)) health_.start();
  if (screen_ == Screen::Start || screen_ == Screen::Closed || screen_ == Screen::Unreachable)
    setScreen(open_ ? Screen::Start : Screen::Closed);
}

// --- what the citizen does ------------------------------------------------------------------------

void KioskController::chooseLanguage(const QString& language) {
  userActivity();
  if (language == language_ || !languages_.contains(language)) return;
  language_ = language;
  texts_ = kioskTexts(language_);
  services_.setLanguage(language_);
  emit languageChanged();
  if (opensNextAt_) {
    const QLocale locale(language_);
    opensNext_ = kioskText(language_, "opensNext")
                     .arg(locale.toString(opensNextAt_->date(), QLocale::LongFormat),
                          opensNextAt_->time().toString(QStringLiteral("HH:mm")));
    emit officeChanged();
  }
  if (screen_ == Screen::Confirmation) emit ticketChanged();  // people ahead, wait: worded anew
}

void KioskController::setLargeText(bool on) {
  userActivity();
  if (on == largeText_) return;
  largeText_ = on;
  emit largeTextChanged();
}

void KioskController::takeNumber(int serviceId) {
  userActivity();
  if (busy_ || screen_ != Screen::Start || !services_.contains(serviceId)) return;
  issue({serviceId});
}

void KioskController::chooseSeveral() {
  userActivity();
  if (busy_ || screen_ != Screen::Start) return;
  services_.clearSelection();
  emit selectionChanged();
  setScreen(Screen::ChooseServices);
}

void KioskController::toggleService(int serviceId) {
  userActivity();
  if (busy_ || screen_ != Screen::ChooseServices) return;
  services_.toggle(serviceId);
  emit selectionChanged();
}

void KioskController::takeNumberForSelection() {
  userActivity();
  if (busy_ || screen_ != Screen::ChooseServices || services_.selected().isEmpty()) return;
  issue(services_.selected());
}

void KioskController::enterCode() {
  userActivity();
  if (busy_ || screen_ != Screen::Start) return;
  setCode({});
  setScreen(Screen::AppointmentCode);
}

void KioskController::typeKey(const QString& text) {
  userActivity();
  if (busy_ || (screen_ != Screen::AppointmentCode && screen_ != Screen::Start)) return;
  QString typed = code_;
  for (const QChar c : text)
    if (codeCharacter(c) && typed.size() < kMaxCodeLength) typed.append(c);
  if (typed == code_) return;
  setCode(typed);
  // A scanner types on the start screen: show what arrives where it can be corrected.
  if (screen_ == Screen::Start) setScreen(Screen::AppointmentCode);
}

void KioskController::deleteKey() {
  userActivity();
  if (busy_ || screen_ != Screen::AppointmentCode || code_.isEmpty()) return;
  setCode(code_.left(code_.size() - 1));
}

void KioskController::submitCode() {
  userActivity();
  const QString code = codeFromScan(code_);
  if (busy_ || screen_ != Screen::AppointmentCode || code.isEmpty()) return;
  checkIn(code);
}

void KioskController::backToStart() {
  confirmationTimer_.stop();
  if (busy_) return;  // an answer is on its way: its screen follows
  clearTicket();
  setCode({});
  services_.clearSelection();
  emit selectionChanged();
  message_.clear();
  refusal_.reset();
  emit messageChanged();
  setScreen(!loaded_ ? Screen::Unreachable : (open_ ? Screen::Start : Screen::Closed));
}

void KioskController::userActivity() {
  // On every screen: a language or large text chosen on the start screen goes back, too.
  idleTimer_.start();
}

bool KioskController::keyPressed(int key, Qt::KeyboardModifiers modifiers, const QString& text) {
  if (QKeySequence(QKeyCombination(modifiers, static_cast<Qt::Key>(key))) == settings_.staffKeys) {
    if (!staff_.configured()) {
      qWarning("civiq-kiosk: staff keys pressed, but kiosk.toml has no staff_pin_hash: no staff menu");
      return true;
    }
    userActivity();
    staff_.open(settings_.device.language);
    setScreen(Screen::StaffPin);
    return true;
  }
  if (screen_ == Screen::StaffPin) return staffKey(key, text);
  if (screen_ != Screen::Start && screen_ != Screen::AppointmentCode) return false;
  if (key == Qt::Key_Return || key == Qt::Key_Enter) {
    if (code_.isEmpty()) return false;
    if (screen_ == Screen::AppointmentCode) submitCode();
    return true;
  }
  if (key == Qt::Key_Backspace) {
    deleteKey();
    return screen_ == Screen::AppointmentCode;
  }
  if (text.isEmpty() || !codeCharacter(text.front())) return false;
  typeKey(text);
  return true;
}

bool KioskController::staffKey(int key, const QString& text) {
  userActivity();
  if (key == Qt::Key_Return || key == Qt::Key_Enter) {
    staff_.submitPin();
  } else if (key == Qt::Key_Backspace) {
    staff_.deleteDigit();
  } else if (key == Qt::Key_Escape) {
    backToStart();
  } else {
    staff_.typeDigit(text);
  }
  return true;  // nothing typed here reaches the citizens' screens
}

void KioskController::idle() {
  // The next citizen starts fresh: nothing half-typed, the default language, normal text.
  backToStart();
  if (language_ != settings_.device.language) {
    language_ = settings_.device.language;
    texts_ = kioskTexts(language_);
    services_.setLanguage(language_);
    emit languageChanged();
  }
  setLargeText(false);
  pendingKey_.reset();
  pendingAction_.clear();
}

// --- the server -----------------------------------------------------------------------------------

qtclient::ActionKey KioskController::keyFor(const QString& action) {
  if (!pendingKey_ || pendingAction_ != action) {
    pendingKey_ = qtclient::ActionKey::make();
    pendingAction_ = action;
  }
  return *pendingKey_;
}

void KioskController::issue(const QList<int>& serviceIds) {
  protocol::IssueTicketRequest request;
  request.service_id = domain::ServiceId{serviceIds.front()};
  request.language = language_.toStdString();
  QStringList names;
  QStringList ids;
  for (const int id : serviceIds) {
    names.append(services_.name(id));
    ids.append(QString::number(id));
  }
  if (serviceIds.size() > 1) {
    std::vector<domain::ServiceId> more;
    for (qsizetype i = 1; i < serviceIds.size(); ++i) more.push_back(domain::ServiceId{serviceIds.at(i)});
    request.additional_service_ids = more;
  }
  setBusy(true);
  api_.issueTicket(request, keyFor(QStringLiteral("issue:") + ids.join(QLatin1Char(','))), this,
                   [this, names](const auto& reply) { received(reply, names, false); });
}

void KioskController::checkIn(const QString& code) {
  protocol::CheckInRequest request;
  request.language = language_.toStdString();
  setBusy(true);
  api_.checkIn(code, request, keyFor(QStringLiteral("check-in:") + code), this,
               [this](const auto& reply) { received(reply, {}, true); });
}

void KioskController::received(const qtclient::TypedReply<protocol::IssuedTicket>& reply,
                               const QStringList& serviceNames, bool appointment) {
  setBusy(false);
  if (!reply.value) {
    if (reply.http.unreachable() || reply.http.code == ErrorCode::Busy || reply.http.code == ErrorCode::Unavailable) {
      // No answer: the key stays, so trying the same again cannot give a second ticket.
      loaded_ = false;
      setScreen(Screen::Unreachable);
      reloadTimer_.start(kFirstRetryMs);
      return;
    }
    pendingKey_.reset();
    pendingAction_.clear();
    return refused(reply.http);
  }
  pendingKey_.reset();
  pendingAction_.clear();
  const auto& ticket = *reply.value;
  QStringList names = serviceNames;
  if (names.isEmpty()) names.append(services_.name(ticket.service_id.value));
  number_ = QString::fromStdString(ticket.number);
  url_ = QString::fromStdString(ticket.url);
  ticketId_ = ticket.id.value;
  position_ = ticket.position;
  wait_ = waitFactsOf(ticket);
  appointment_ = appointment;
  serviceNames_ = names.join(QStringLiteral(" · "));
  setCode({});
  emit ticketChanged();
  setScreen(Screen::Confirmation);
  emit issued(number_);
  print(ticket, names, appointment);
}

void KioskController::refused(const qtclient::HttpReply& reply) {
  refusal_ = reply.code;
  const char* key = "refused";
  QString argument;
  switch (reply.code) {
    case ErrorCode::AppointmentCancelled:
      key = "cancelledAppointment";
      break;
    case ErrorCode::UnknownAppointment:
      // Servers before v1.3 said "cancelled" only in the message of unknown_appointment.
      key = reply.error.contains(QLatin1String("cancelled")) ? "cancelledAppointment" : "unknownAppointment";
      break;
    case ErrorCode::AppointmentNotToday: {
      key = "notToday";
      const QDate day = reply.at ? berlinDate(*reply.at) : dateInMessage(reply.error);  // before v1.3: the text
      argument = day.isValid() ? QLocale(language_).toString(day, QLocale::LongFormat) : QString();
      break;
    }
    case ErrorCode::CheckInTooEarly: {
      if (reply.at) {  // v1.3: when check-in opens
        key = "tooEarlyUntil";
        argument = berlinClock(*reply.at);
        break;
      }
      key = "tooEarly";
      // Servers before v1.3 said how long before the appointment check-in opens ("… opens 60 minutes …").
      const auto match = QRegularExpression(QStringLiteral("(\\d+) minutes")).match(reply.error);
      argument = match.hasMatch() ? match.captured(1) : QStringLiteral("?");
      break;
    }
    case ErrorCode::CheckInTooLate:
      key = "tooLate";
      break;
    case ErrorCode::AppointmentAlreadyCheckedIn:
      key = "alreadyCheckedIn";
      break;
    case ErrorCode::ServiceUnavailable:
    case ErrorCode::UnknownService:
      key = "serviceUnavailable";
      break;
    case ErrorCode::OfficeClosed:
      open_ = false;
      loadOffice();  // the opening state changed: the closed screen follows with its next opening
      setScreen(Screen::Closed);
      return;
    default:
      break;
  }
  message_ = kioskText(language_, key);
  if (!argument.isEmpty()) message_ = message_.arg(argument);
  if (reply.code == ErrorCode::AppointmentNotToday && argument.isEmpty())
    message_ = message_.remove(QStringLiteral(" (%1)"));
  setCode({});
  emit messageChanged();
  setScreen(Screen::Message);
}

// --- printing -------------------------------------------------------------------------------------

void KioskController::ensurePrinter() {
  if (printer_) return;
  PrinterConfig config = settings_.printer;
  if (config.queue.isEmpty()) config.queue = serverQueue_;
  if (config.queue.isEmpty()) return health_.noPrinter(QStringLiteral("no receipt printer: no queue configured"));
  try {
    printer_ = std::make_unique<CupsPrinter>(config);
  } catch (const std::exception& error) {
    qWarning("civiq-kiosk: no printer: %s", error.what());
    return health_.noPrinter(QStringLiteral("no receipt printer: %1").arg(QString::fromUtf8(error.what())));
  }
  health_.watch(printer_.get());
  staff_.setPrinter(printer_.get());
  connect(printer_.get(), &CupsPrinter::jobEnded, this, [this](qint64 ticket, int) {
    printerNotice_ = false;
    if (ticket == ticketId_) setPrintState(PrintState::Printed);
    emit printStateChanged();
  });
  connect(printer_.get(), &CupsPrinter::printFailed, this, [this](qint64 ticket, const PrintError& error) {
    qWarning("civiq-kiosk: ticket %lld not printed: %s", static_cast<long long>(ticket), qPrintable(error.text()));
    printerNotice_ = true;
    if (ticket == ticketId_) setPrintState(PrintState::Failed);
    emit printStateChanged();
  });
}

void KioskController::print(const protocol::IssuedTicket& ticket, const QStringList& serviceNames, bool appointment) {
  setPrintState(PrintState::Printing);
  confirmationTimer_.start(settings_.confirmationTime);
  ensurePrinter();
  if (!printer_) {
    printerNotice_ = true;
    return setPrintState(PrintState::Failed);
  }
  const auto facts =
      receiptFactsFor(ticket, office_, serviceNames, language_,
                      std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()), appointment);
  auto receipt = prepareReceipt(facts, ticket.id, settings_.paper);
  if (!receipt.ok()) {
    printerNotice_ = true;
    return setPrintState(PrintState::Failed);
  }
  printer_->print(ticket.id, receipt.value->document);
}

// --- state ----------------------------------------------------------------------------------------

void KioskController::setScreen(Screen screen) {
  idleTimer_.start();
  if (screen == screen_) return;
  screen_ = screen;
  emit screenChanged();
}

void KioskController::setBusy(bool busy) {
  if (busy == busy_) return;
  busy_ = busy;
  emit busyChanged();
}

void KioskController::setCode(const QString& code) {
  if (code == code_) return;
  code_ = code;
  emit codeChanged();
}

void KioskController::setPrintState(PrintState state) {
  if (state == printState_) return;
  printState_ = state;
  // A failed print leaves the number on screen as long as anyone touches it (to take a photo).
  if (state == PrintState::Failed && screen_ == Screen::Confirmation) confirmationTimer_.start(settings_.idleTimeout);
  emit printStateChanged();
}

void KioskController::clearTicket() {
  if (number_.isEmpty() && printState_ == PrintState::None) return;
  number_.clear();
  url_.clear();
  serviceNames_.clear();
  position_.reset();
  wait_ = {};
  appointment_ = false;
  ticketId_ = 0;
  printState_ = PrintState::None;
  emit ticketChanged();
  emit printStateChanged();
}

}  // namespace civiq::kiosk
