// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "central_sync.hpp"

#include <fstream>
#include <stdexcept>

#include "app/log.hpp"
#include "net/http_fetch.hpp"
#include "protocol/json_codec.hpp"
#include "storage/sync_cursor.hpp"

namespace civiq::app {
std::string read_branch_credential(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::string token;
  if (!in || !std::getline(in, token) || token.empty())
    throw std::runtime_error("sync: cannot read the branch's credential from " + file.string());
  while (!token.empty() && (token.back() == '\r' || token.back() == ' ')) token.pop_back();
  return token;
}

ImportableBatch importable(const protocol::SyncBatch& batch, const domain::Catalog& catalog) {
  ImportableBatch out;
  for (const auto& a : batch.appointments) {
    const bool known = !a.service_ids.empty() && std::all_of(a.service_ids.begin(), a.service_ids.end(), [&](auto id) {
      return catalog.find_service(id) != nullptr;
    });
    if (!known || a.code.empty()) {
      out.refused.push_back(a.code);
      continue;
    }
    out.appointments.push_back({a.code, a.service_ids, a.time, a.name.value_or(""), a.cancelled});
  }
  return out;
}

CentralSync::CentralSync(const BranchConfig& config, SerialWorker& office_worker, OfficeService& office,
                         storage::Database& db, const OfficeClock& clock)
    : config_(config),
      office_worker_(office_worker),
      office_(office),
      db_(db),
      clock_(clock),
      credential_(read_branch_credential(config.sync.credential_file)) {
  net::init_http_fetch();  // before the thread: libcurl's global set-up is not thread-safe
  thread_ = std::thread([this] { run(); });
}

CentralSync::~CentralSync() {
  stop_.stop();
  thread_.join();
}

void CentralSync::run() {
  cursor_ = run_and_wait(office_worker_, [this] { return storage::applied_sync_seq(db_, config_.sync.central_url); });
  app::log("sync: pulling {}'s appointments from {} after change {}", config_.office_id, config_.sync.central_url,
           cursor_);
  while (!stop_.stopping()) {
    Pulled pulled = Pulled::failed;
    try {
      pulled = pull_once();
    } catch (const std::exception& error) {
      report(false, error.what());
    }
    // Changes, more to come, or a long poll that waited: ask again at once. A failure, or an
    // empty answer that came without waiting (wait_s = 0), pauses for the interval.
    if (pulled == Pulled::again_now) continue;
    if (!stop_.pause(config_.sync.interval)) return;
  }
}

CentralSync::Pulled CentralSync::pull_once() {
  const std::string url = config_.sync.central_url + std::string(protocol::booking_route::kSyncAppointments.pattern) +
                          "?after=" + std::to_string(cursor_) + "&wait_s=" + std::to_string(config_.sync.wait.count());
  const auto answer = net::http_get(url, credential_, config_.sync.timeout + config_.sync.wait, &stop_.flag());
  if (stop_.stopping()) return Pulled::failed;
  if (!answer.error.empty()) {
    report(false, "no answer from the centre: " + answer.error);
    return Pulled::failed;
  }
  if (answer.status != 200) {
    report(false, "the centre answered HTTP " + std::to_string(answer.status) + ": " + answer.body.substr(0, 200));
    return Pulled::failed;
  }
  auto batch = protocol::read_reply<protocol::SyncBatch>(answer.body);
  if (!batch) {
    report(false, "the centre's answer is unreadable: " + batch.error);
    return Pulled::failed;
  }
  if (batch.value->office != config_.office_id) {
    report(false, "the credential is the branch of " + batch.value->office + ", not of " + config_.office_id);
    return Pulled::failed;
  }
  const auto applied = run_and_wait(office_worker_, [this, &batch] {
    auto ready = importable(*batch.value, office_.queue().catalog());
    if (!ready.appointments.empty()) office_.import_appointments(ready.appointments, clock_.now());
    storage::set_applied_sync_seq(db_, config_.sync.central_url, batch.value->cursor);
    // The citizen is here: a cancellation made centrally meanwhile leaves the ticket in the queue.
    for (const auto& a : ready.appointments)
      if (const auto* ticket = a.cancelled ? office_.queue().find_by_appointment(a.code) : nullptr)
        ready.kept.push_back(a.code + " (ticket " + office_.queue().number_text(ticket->number) + ")");
    return ready;
  });
  for (const auto& code : applied.refused)
    app::log("sync: refused appointment {}: a service this office does not offer", code);
  for (const auto& kept : applied.kept)
    app::log("sync: {} was cancelled centrally after its check-in; the ticket stays in the queue", kept);
  if (!batch.value->appointments.empty())
    app::log("sync: applied {} change(s) up to {}", batch.value->appointments.size(), batch.value->cursor);
  cursor_ = batch.value->cursor;
  report(true, {});
  const bool waited = config_.sync.wait > std::chrono::seconds{0};
  return batch.value->more || !batch.value->appointments.empty() || waited ? Pulled::again_now : Pulled::pause;
}

void CentralSync::report(bool ok, const std::string& what) {
  if (ok && failing_) app::log("sync: the centre answers again");
  if (!ok && !failing_) app::log("sync: {} (retrying every {} s)", what, config_.sync.interval.count());
  failing_ = !ok;
}

}  // namespace civiq::app
