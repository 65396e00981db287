// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "counter_app.hpp"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace civiq::counter {

using qtclient::CounterController;
using qtclient::Session;

namespace {

QString machineSettingsFile() {
  return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
         QStringLiteral("/civiq/counter-pc.ini");
}

}  // namespace

CounterApp::CounterApp(CounterSettings settings, qtclient::EventStreamOptions streamOptions, QObject* parent)
    : QObject(parent),
      settings_(std::move(settings)),
      client_(settings_.device.server),
      api_(client_),
      session_(api_),
      feed_(client_, streamOptions),
      devices_(client_, streamOptions),
      alarms_(api_, feed_),
      services_(api_, settings_.device.language) {
  // German is the source language; English, Polish and Czech come from counter-client/i18n. Any
  // other language shows German texts (the services' names still come in that language from the server).
  if (translator_.load(QLocale(settings_.device.language), QStringLiteral("civiq_counter"), QStringLiteral("_"),
                       QStringLiteral(":/civiq/counter/i18n")))
    QCoreApplication::installTranslator(&translator_);
  if (!settings_.device.token.isEmpty()) client_.setToken(settings_.device.token);
  const int counter = settings_.counter > 0 ? settings_.counter : rememberedCounter();
  signIn_ = std::make_unique<SignInDialog>(settings_.user, counter);
  if (settings_.counter > 0) signIn_->counterField()->setEnabled(false);
  connect(signIn_.get(), &SignInDialog::signInRequested, this, &CounterApp::onSignInRequested);
  connect(&session_, &Session::signInFailed, this, [this](const QString& message) {
    signIn_->setMessage(tr("Anmeldung fehlgeschlagen: %1").arg(message));
    signIn_->setBusy(false);
  });
  connect(&session_, &Session::signInSucceeded, this, &CounterApp::onSignedIn);
  connect(&session_, &Session::ended, this, &CounterApp::onSessionEnded);
  connect(feed_.stream(), &qtclient::EventStream::connected, &services_, &ServiceDirectory::load);
  connect(&feed_, &qtclient::StaffFeed::synchronized, this, &CounterApp::takeTheDesk);
}

CounterApp::~CounterApp() = default;

void CounterApp::start() {
  // The admin's (and the package test's) sign that the settings were taken and the window is up.
  qInfo("civiq-counter: sign-in at %s, counter %d (0: chosen at sign-in)",
        qPrintable(settings_.device.server.toString()), signIn_->counterField()->isEnabled() ? 0 : settings_.counter);
  signIn_->show();
}

void CounterApp::onSignInRequested(const QString& user, const QString& password, int counter) {
  if (!counter_) counterId_ = counter;  // after an expiry the desk stays the same
  session_.signIn(user, password);
}

void CounterApp::onSignedIn() {
  if (!counter_) {
    counter_ = std::make_unique<CounterController>(api_, feed_, domain::CounterId{counterId_}, session_.user());
    window_ = std::make_unique<CounterWindow>(feed_, *devices_.devices(), *counter_, services_, alarms_);
    if (settings_.counter <= 0) rememberCounter(counterId_);
  }
  deskTaken_ = false;
  signIn_->hide();
  window_->show();
  feed_.start();
  devices_.start();
}

void CounterApp::takeTheDesk() {
  if (deskTaken_ || !counter_) return;
  deskTaken_ = true;
  if (counter_->state() == CounterController::State::Closed) counter_->open();
}

void CounterApp::onSessionEnded(Session::EndReason reason) {
  feed_.stop();
  devices_.stop();
  if (reason == Session::EndReason::SignedOut) {
    signIn_->askPasswordAgain(tr("Abgemeldet."));
  } else {
    signIn_->askPasswordAgain(reason == Session::EndReason::Expired
                                  ? tr("Die Sitzung ist abgelaufen. Bitte das Passwort erneut eingeben.")
                                  : tr("Der Server hat die Sitzung beendet. Bitte erneut anmelden."));
  }
  signIn_->show();
  signIn_->raise();
}

int CounterApp::rememberedCounter() {
  return QSettings(machineSettingsFile(), QSettings::IniFormat).value(QStringLiteral("counter/id"), 0).toInt();
}

void CounterApp::rememberCounter(int counter) {
  QSettings(machineSettingsFile(), QSettings::IniFormat).setValue(QStringLiteral("counter/id"), counter);
}

}  // namespace civiq::counter
