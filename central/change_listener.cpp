// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "change_listener.hpp"

#include <pqxx/pqxx>

#include <iostream>

namespace civiq::central {
namespace {

using namespace std::chrono_literals;

constexpr auto kTick = 500ms;          // deadlines of parked pulls are kept this exactly
constexpr auto kReconnectPause = 2s;   // between attempts while the database is unreachable

class Announcements final : public pqxx::notification_receiver {
 public:
  Announcements(pqxx::connection_base& connection, SyncWaiters& waiters)
      : pqxx::notification_receiver(connection, "booking_changes"), waiters_(waiters) {}
  void operator()(const std::string& office, int /*backend_pid*/) override { waiters_.changed(office); }

 private:
  SyncWaiters& waiters_;
};

}  // namespace

ChangeListener::ChangeListener(std::string database_uri, SyncWaiters& waiters)
    : database_uri_(std::move(database_uri)), waiters_(waiters), thread_([this] { run(); }) {}

ChangeListener::~ChangeListener() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void ChangeListener::run() {
  bool lost = false;
  while (!stopping_) {
    try {
      listen_until_lost(lost);
      return;  // stopping
    } catch (const std::exception& error) {
      if (!lost) std::cerr << "civiq-central: sync: not hearing the database's changes: " << error.what() << std::endl;
      lost = true;
    }
    // Meanwhile the branches' pulls still end on time; they ask again and are answered from the
    // database as soon as it is back.
    for (auto waited = 0ms; waited < kReconnectPause; waited += kTick) {
      if (!pause_unless_stopping(kTick)) return;
      waiters_.expire(SyncWaiters::Clock::now());
    }
  }
}

void ChangeListener::listen_until_lost(bool& lost) {
  pqxx::connection connection(database_uri_);
  const Announcements announcements(connection, waiters_);  // LISTENs from here on
  waiters_.changed_everywhere();  // whatever committed before we listened
  if (lost) std::cerr << "civiq-central: sync: hearing the database's changes again" << std::endl;
  lost = false;
  while (!stopping_) {
    connection.await_notification(0, std::chrono::duration_cast<std::chrono::microseconds>(kTick).count());
    if (!connection.is_open()) throw pqxx::broken_connection("the connection to the database was lost");
    waiters_.expire(SyncWaiters::Clock::now());
  }
}

bool ChangeListener::pause_unless_stopping(std::chrono::milliseconds pause) {
  std::unique_lock lock(mutex_);
  return !wake_.wait_for(lock, pause, [this] { return stopping_.load(); });
}

}  // namespace civiq::central
