// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "wait_sampler.hpp"

#include <pqxx/pqxx>

#include <chrono>
#include <memory>

namespace civiq::bench {
namespace {

// Often enough for some thousand snapshots in a phase, rarely enough that the sampler's own
// queries (a backend of its own, not counted) take little of the machine.
constexpr auto kEvery = std::chrono::milliseconds{10};

}  // namespace

void WaitSampler::start() {
  // Connected here, so that a connect error surfaces on the caller's thread (pqxx 6 cannot move it).
  auto connection = std::make_shared<pqxx::connection>(uri_);
  thread_ = std::thread([this, connection] {
    connection->prepare("waits",
                       "SELECT coalesce(state, '-') || '/' || coalesce(wait_event_type, '-') || '/' || coalesce(wait_event, '-'), "
                       "count(*) FROM pg_stat_activity WHERE datname = current_database() "
                       "AND pid <> pg_backend_pid() AND backend_type = 'client backend' GROUP BY 1");
    while (!stopping_) {
      pqxx::nontransaction read{*connection};
      for (const auto& row : read.exec_prepared("waits"))
        waits_.backends[row[0].as<std::string>()] += row[1].as<std::size_t>();
      ++waits_.samples;
      std::this_thread::sleep_for(kEvery);
    }
  });
}

Waits WaitSampler::stop() {
  stopping_ = true;
  if (thread_.joinable()) thread_.join();
  return waits_;
}

}  // namespace civiq::bench
