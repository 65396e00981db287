// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "day_figures_store.hpp"

#include <doctest/doctest.h>

#include "test_database.hpp"

namespace civiq::storage {

using test::DbKind;
using test::TestDb;

TEST_CASE("stored day figures come back by office, SLA target, version and range of days") {
  for (const DbKind kind : test::kAllKinds) {
    CAPTURE(kind);
    TestDb t{kind};
    DayFiguresStore store{t.db};
    const DayFiguresKey key{"loebau", 1200, 1};
    store.save(key, "2026-12-01", "[1]");
    store.save(key, "2026-12-03", "[3]");
    store.save(key, "2026-12-05", "[5]");
    store.save({"zittau", 1200, 1}, "2026-12-03", "[other office]");
    store.save({"loebau", 900, 1}, "2026-12-03", "[other target]");
    store.save({"loebau", 1200, 2}, "2026-12-03", "[other version]");
    CHECK(store.load(key, "2026-12-02", "2026-12-05") ==
          std::map<std::string, std::string>{{"2026-12-03", "[3]"}, {"2026-12-05", "[5]"}});
    store.save(key, "2026-12-03", "[3 again]");
    CHECK(store.load(key, "2026-12-03", "2026-12-03").at("2026-12-03") == "[3 again]");
    CHECK(store.load(key, "2027-01-01", "2027-12-31").empty());
  }
}

}  // namespace civiq::storage
