// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "print_registry.hpp"

#include <doctest/doctest.h>

#include <QFile>
#include <QTemporaryDir>

namespace civiq::kiosk {
namespace {

using domain::TicketId;

TEST_CASE("a ticket is claimed once; release gives it back") {
  PrintRegistry registry;
  CHECK(registry.claim(TicketId{17}));
  CHECK_FALSE(registry.claim(TicketId{17}));
  CHECK(registry.claim(TicketId{18}));
  registry.release(TicketId{17});
  CHECK(registry.claim(TicketId{17}));
}

TEST_CASE("claims survive a restart through the state file, releases too") {
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString file = dir.filePath(QStringLiteral("state/printed-tickets"));
  {
    PrintRegistry registry(file);
    CHECK(registry.claim(TicketId{4711}));
    CHECK(registry.claim(TicketId{4712}));
    registry.release(TicketId{4712});
    CHECK(registry.lastWriteError().isEmpty());
  }
  PrintRegistry restarted(file);
  CHECK(restarted.claimed(TicketId{4711}));
  CHECK_FALSE(restarted.claim(TicketId{4711}));
  CHECK(restarted.claim(TicketId{4712}));
}

TEST_CASE("a torn last line is skipped and the file is pruned to the newest ids") {
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QString file = dir.filePath(QStringLiteral("printed-tickets"));
  {
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    for (std::size_t i = 1; i <= PrintRegistry::kMaxRemembered + 10; ++i)
      out.write(QByteArray::number(qulonglong(i)) + '\n');
    out.write("99");  // torn: no newline, still a number
    out.write("x\n");
  }
  PrintRegistry registry(file);
  CHECK_FALSE(registry.claimed(TicketId{1}));  // pruned: the oldest
  CHECK(registry.claimed(TicketId{PrintRegistry::kMaxRemembered + 10}));
  PrintRegistry again(file);
  CHECK(again.claimed(TicketId{PrintRegistry::kMaxRemembered + 10}));
}

}  // namespace
}  // namespace civiq::kiosk
