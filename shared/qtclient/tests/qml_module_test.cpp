// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The module Civiq.Client as QML sees it: the kit's types by name (uncreatable: C++ makes them),
// types registered in their own headers next to those named in qml_types.hpp, and the
// ConnectionState enum.
#include <QQmlComponent>
#include <QQmlEngine>
#include <QTest>

#include "qtclient/connection_state.hpp"
#include "qtclient/counter_controller.hpp"

using civiq::qtclient::ConnectionState;
using civiq::qtclient::CounterController;

namespace {

// Creates `body` inside `import Civiq.Client`; the errors as text when it fails.
std::unique_ptr<QObject> create(QQmlEngine& engine, const QByteArray& body, QString* errors) {
  QQmlComponent component(&engine);
  component.setData("import QtQml\nimport Civiq.Client\n" + body, QUrl(QStringLiteral("inline.qml")));
  std::unique_ptr<QObject> object(component.create());
  *errors = component.errorString();
  return object;
}

}  // namespace

class QmlModuleTest : public QObject {
  Q_OBJECT

 private slots:
  void typesAreKnownByName() {
    QQmlEngine engine;
    QString errors;
    const auto object = create(engine,
                               "QtObject {\n"
                               "  property BranchClient client: null\n"
                               "  property CallsFeed calls: null\n"
                               "  property EventStream stream: null\n"
                               "  property RecentCallsModel recentCalls: null\n"
                               "  property ServiceLoadModel serviceLoads: null\n"
                               "  property StaffFeed staff: null\n"  // registered in its own header
                               "  property CounterController counter: null\n"
                               "  property int offline: ConnectionState.Offline\n"
                               "  property int serving: CounterController.Serving\n"
                               "}\n",
                               &errors);
    QVERIFY2(object, qPrintable(errors));
    QCOMPARE(object->property("offline").toInt(), static_cast<int>(ConnectionState::Offline));
    QCOMPARE(object->property("serving").toInt(), static_cast<int>(CounterController::State::Serving));
  }

  void typesAreNotCreatableInQml() {
    QQmlEngine engine;
    QString errors;
    QVERIFY(!create(engine, "RecentCallsModel {}\n", &errors));
    QVERIFY2(errors.contains(QStringLiteral("a CallsFeed's recentCalls")), qPrintable(errors));
  }
};

QTEST_GUILESS_MAIN(QmlModuleTest)
#include "qml_module_test.moc"
