// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "central_sync.hpp"

#include <algorithm>
#include <fstream>
#include <stdexcept>

#include "app/log.hpp"
#include "booking/appointment_rules.hpp"
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

namespace {

// Why a pulled appointment cannot be imported, or "" when it can.
std::string refusal_of(const protocol::SyncAppointment& a, const domain::Catalog& catalog, std::string_view office_id) {
  if (!booking::is_booking_code_of(a.code, office_id)) return "not a booking code of this office";
  const bool offered = !a.service_ids.empty() && std::all_of(a.service_ids.begin(), a.service_ids.end(), [&](auto id) {
    return catalog.find_service(id) != nullptr;
  });
  if (!offered) return "a service this office does not offer";
  if (a.name) return booking::citizen_name_problem(*a.name);
  return {};
}

}  // namespace

ImportableBatch importable(const protocol::SyncBatch& batch, const domain::Catalog& catalog, std::string_view office_id,
                           const std::function<bool(const std::string&)>& holds) {
  ImportableBatch out;
  for (const auto& a : batch.appointments) {
    if (auto why = refusal_of(a, catalog, office_id); !why.empty()) {
      out.refused.push_back({a.code, std::move(why)});
      continue;
    }
    if (a.outside_window.value_or(false)) {  // moved beyond the window: gone from it, and no name kept
      if (holds(a.code)) out.appointments.push_back({a.code, a.service_ids, a.time, "", true});
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
  cursor_ = run_and_wait(office_worker_, [this] { return storage::pull_cursor(db_, config_.sync.central_url); });
  app::log("sync: pulling {}'s appointments from {} after change {}", config_.office_id, config_.sync.central_url,
           cursor_.applied_seq);
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

domain::LocalDate CentralSync::window_end_now() const {
  return std::chrono::sys_days{domain::berlin_date(clock_.now())} + std::chrono::days{config_.sync.days_ahead};
}

CentralSync::Pulled CentralSync::pull_once() {
  const auto end = window_end_now();
  // The first pull, or the first since the window came: the changes from here on cover it.
  if (!cursor_.window_end) cursor_.window_end = end;
  if (*cursor_.window_end < end && !widen_window(end)) return Pulled::failed;
  const auto batch = fetch("after=" + std::to_string(cursor_.applied_seq) + "&wait_s=" +
                               std::to_string(config_.sync.wait.count()) + "&until=" + domain::iso_date(end),
                           config_.sync.wait);
  if (!batch) return Pulled::failed;
  apply(*batch, {batch->cursor, end});
  if (!batch->appointments.empty())
    app::log("sync: applied {} change(s) up to {}", batch->appointments.size(), batch->cursor);
  cursor_.applied_seq = batch->cursor;
  report(true, {});
  const bool waited = config_.sync.wait > std::chrono::seconds{0};
  return batch->more || !batch->appointments.empty() || waited ? Pulled::again_now : Pulled::pause;
}

bool CentralSync::widen_window(domain::LocalDate end) {
  // A branch that was off for long skips the days gone by.
  const domain::LocalDate today = domain::berlin_date(clock_.now());
  const domain::LocalDate after_end = std::chrono::sys_days{*cursor_.window_end} + std::chrono::days{1};
  const domain::LocalDate from = std::max(after_end, today);
  std::int64_t after = 0;
  std::size_t fetched = 0;
  for (bool more = true; more;) {
    const auto batch = fetch("after=" + std::to_string(after) + "&wait_s=0&from=" + domain::iso_date(from) +
                                 "&until=" + domain::iso_date(end),
                             std::chrono::seconds{0});
    if (!batch) return false;
    more = batch->more;
    // The cursor of changes stays: this fetch is of some days only. The new end is stored last.
    apply(*batch, {cursor_.applied_seq, more ? cursor_.window_end : std::optional(end)});
    after = batch->cursor;
    fetched += batch->appointments.size();
  }
  cursor_.window_end = end;
  app::log("sync: the window now reaches {} ({} appointment(s) of its new days)", domain::iso_date(end), fetched);
  return true;
}

std::optional<protocol::SyncBatch> CentralSync::fetch(const std::string& query, std::chrono::seconds wait) {
  const std::string url =
      config_.sync.central_url + std::string(protocol::booking_route::kSyncAppointments.pattern) + "?" + query;
  const auto answer = net::http_get(url, credential_, config_.sync.timeout + wait, &stop_.flag());
  if (stop_.stopping()) return std::nullopt;
  if (!answer.error.empty()) {
    report(false, "no answer from the centre: " + answer.error);
    return std::nullopt;
  }
  if (answer.status != 200) {
    report(false, "the centre answered HTTP " + std::to_string(answer.status) + ": " + answer.body.substr(0, 200));
    return std::nullopt;
  }
  auto batch = protocol::read_reply<protocol::SyncBatch>(answer.body);
  if (!batch) {
    report(false, "the centre's answer is unreadable: " + batch.error);
    return std::nullopt;
  }
  if (batch.value->office != config_.office_id) {
    report(false, "the credential is the branch of " + batch.value->office + ", not of " + config_.office_id);
    return std::nullopt;
  }
  return std::move(*batch.value);
}

void CentralSync::apply(const protocol::SyncBatch& batch, const storage::PullCursor& cursor) {
  const auto applied = run_and_wait(office_worker_, [this, &batch, &cursor] {
    auto ready = importable(batch, office_.queue().catalog(), config_.office_id,
                            [this](const std::string& code) { return office_.find_appointment(code).has_value(); });
    if (!ready.appointments.empty()) office_.import_appointments(ready.appointments, clock_.now());
    storage::set_pull_cursor(db_, config_.sync.central_url, cursor);
    // The citizen is here: a cancellation made centrally meanwhile leaves the ticket in the queue.
    for (const auto& a : ready.appointments)
      if (const auto* ticket = a.cancelled ? office_.queue().find_by_appointment(a.code) : nullptr)
        ready.kept.push_back(a.code + " (ticket " + office_.queue().number_text(ticket->number) + ")");
    return ready;
  });
  for (const auto& refused : applied.refused) app::log("sync: refused appointment {}: {}", refused.code, refused.why);
  for (const auto& kept : applied.kept)
    app::log("sync: {} was cancelled centrally after its check-in; the ticket stays in the queue", kept);
}

void CentralSync::report(bool ok, const std::string& what) {
  if (ok && failing_) app::log("sync: the centre answers again");
  if (!ok && !failing_) app::log("sync: {} (retrying every {} s)", what, config_.sync.interval.count());
  failing_ = !ok;
}

}  // namespace civiq::app
