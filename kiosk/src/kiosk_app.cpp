// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "kiosk_app.hpp"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QTextStream>

#include "kiosk_command.hpp"
#include "qr_image_provider.hpp"

namespace civiq::kiosk {
namespace {

constexpr int kUsageExit = 2;

}  // namespace

KioskApp::KioskApp(KioskSettings settings)
    : settings_(std::move(settings)), controller_(std::make_unique<KioskController>(settings_)) {
  engine_.addImageProvider(QStringLiteral("kioskqr"), new QrImageProvider);  // the engine owns it
  engine_.setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(controller_.get())}});
  engine_.load(QUrl(QStringLiteral("qrc:/Civiq/Kiosk/Main.qml")));
  window_ = engine_.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(engine_.rootObjects().first());
  if (!window_) throw qtclient::StartupError("the kiosk's QML could not be loaded (see the messages above)");
  window_->installEventFilter(this);
  connect(controller_.get(), &KioskController::quitRequested, qApp, [] { QCoreApplication::exit(kStaffQuitExit); },
          Qt::QueuedConnection);
}

KioskApp::~KioskApp() = default;

void KioskApp::show() {
  qInfo("civiq-kiosk: touch screen for %s", qPrintable(settings_.device.server.toString()));
  if (settings_.fullScreen) {
    window_->showFullScreen();
    window_->setCursor(Qt::BlankCursor);  // touch only: no pointer on the screen
  } else {
    window_->show();
  }
  controller_->start();
}

bool KioskApp::eventFilter(QObject* watched, QEvent* event) {
  switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
      controller_->userActivity();
      break;
    case QEvent::KeyPress: {
      const auto* key = static_cast<QKeyEvent*>(event);
      if (controller_->keyPressed(key->key(), key->modifiers(), key->text())) return true;
      break;
    }
    default:
      break;
  }
  return QObject::eventFilter(watched, event);
}

int runKioskMain(int argc, char** argv) {
  if (argc == 2 && QByteArrayView(argv[1]) == "hash-pin") return runHashPin();
  if (argc >= 2 && QByteArrayView(argv[1]) == "print-test") {
    prepareGuiPlatform(argc, argv);
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("civiq-kiosk"));
    return runKioskCommand(QGuiApplication::arguments());
  }
  QCoreApplication::setApplicationName(QStringLiteral("civiq-kiosk"));
  QStringList arguments;
  for (int i = 0; i < argc; ++i) arguments.append(QString::fromLocal8Bit(argv[i]));
  QTextStream err(stderr);
  KioskSettings settings;
  try {
    settings = parseKioskSettings(arguments);
  } catch (const qtclient::StartupError& error) {
    QString message = QString::fromUtf8(error.what());
    if (message.startsWith(QLatin1String("Usage:"))) {
      // --help, written before any QCoreApplication exists to name the program
      message.replace(QLatin1String("<executable_name>"), QLatin1String("civiq-kiosk"));
      err << message << (message.endsWith(QLatin1Char('\n')) ? "" : "\n");
    } else {
      err << "civiq-kiosk: " << message << '\n';
    }
    return kUsageExit;
  }
  QGuiApplication app(argc, argv);
  try {
    KioskApp kiosk(std::move(settings));
    kiosk.show();
    return QGuiApplication::exec();
  } catch (const qtclient::StartupError& error) {
    err << "civiq-kiosk: " << error.what() << '\n';
    return kUsageExit;
  }
}

}  // namespace civiq::kiosk
