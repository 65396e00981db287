// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include <QTest>

#include "qtclient/reconnect_backoff.hpp"

using namespace std::chrono_literals;
using civiq::qtclient::BackoffConfig;
using civiq::qtclient::ReconnectBackoff;

class ReconnectBackoffTest : public QObject {
  Q_OBJECT

 private slots:
  void growsUpToTheCapWithinTheJitterBand() {
    const BackoffConfig config{500ms, 8000ms, 2.0, 0.5};
    ReconnectBackoff backoff(config, 42);
    std::chrono::milliseconds base = config.initial;
    for (int attempt = 0; attempt < 12; ++attempt) {
      const auto delay = backoff.next();
      QVERIFY2(delay <= base && delay >= base / 2, qPrintable(QStringLiteral("attempt %1: %2 ms, base %3 ms")
                                                                   .arg(attempt).arg(delay.count()).arg(base.count())));
      base = std::min(base * 2, config.max);
    }
  }

  void resetStartsAgainAtTheInitialDelay() {
    ReconnectBackoff backoff({500ms, 8000ms, 2.0, 0.0}, 1);
    QCOMPARE(backoff.next(), 500ms);
    QCOMPARE(backoff.next(), 1000ms);
    QCOMPARE(backoff.next(), 2000ms);
    backoff.reset();
    QCOMPARE(backoff.next(), 500ms);
  }

  void screensWithDifferentSeedsSpreadTheirAttempts() {
    // After a server restart every display of the office retries; jitter must spread them.
    QSet<qint64> first;
    for (std::uint32_t seed = 0; seed < 20; ++seed) first.insert(ReconnectBackoff({1000ms, 8000ms, 2.0, 0.5}, seed).next().count());
    QVERIFY2(first.size() >= 15, "twenty screens should not retry at the same millisecond");
  }

  void neverExceedsTheCap() {
    ReconnectBackoff backoff({500ms, 3000ms, 3.0, 0.2}, 7);
    for (int i = 0; i < 50; ++i) QVERIFY(backoff.next() <= 3000ms);
  }
};

QTEST_GUILESS_MAIN(ReconnectBackoffTest)
#include "reconnect_backoff_test.moc"
