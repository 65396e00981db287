// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "fact_upload.hpp"

#include "app/central_sync.hpp"
#include "app/log.hpp"
#include "net/http_fetch.hpp"
#include "protocol/branch_facts.hpp"
#include "protocol/event_codec.hpp"
#include "protocol/json_codec.hpp"
#include "storage/sync_cursor.hpp"
#include "storage/ticket_event_store.hpp"

namespace civiq::app {
namespace {

// A batch read from the outbox: the facts, the seq of the last event read, what remains after it.
struct OutboxBatch {
  protocol::BranchFactBatch body;
  std::int64_t last_seq = 0;
  std::vector<std::string> unreadable;
};

OutboxBatch read_outbox(storage::Database& db, const std::string& central_url) {
  const auto outbox = storage::fact_outbox(db, central_url);
  storage::TicketEventStore store{db};
  OutboxBatch batch;
  batch.last_seq = outbox.sent_seq;
  for (const auto& stored : store.after(outbox.sent_seq, FactUpload::kBatch)) {
    batch.last_seq = stored.seq;
    const auto decoded = protocol::decode_event(stored.type, stored.actor, stored.payload,
                                                domain::TimePoint{std::chrono::seconds{stored.occurred_at}});
    if (!decoded.event) {  // stored events always replay; this would be a bug, and must not stop the rest
      batch.unreadable.push_back(std::to_string(stored.seq) + ": " + decoded.error);
      continue;
    }
    batch.body.facts.push_back(
        protocol::fact_of(storage::instance_of_event(outbox, stored.seq), stored.seq, stored.office_day,
                          *decoded.event));
  }
  batch.body.pending = store.count_after(batch.last_seq);
  return batch;
}

}  // namespace

FactUpload::FactUpload(const BranchConfig& config, SerialWorker& office_worker, storage::Database& db)
    : config_(config),
      office_worker_(office_worker),
      db_(db),
      credential_(read_branch_credential(config.sync.credential_file)) {
  net::init_http_fetch();  // before the thread: libcurl's global set-up is not thread-safe
  thread_ = std::thread([this] { run(); });
}

FactUpload::~FactUpload() {
  stop_.stop();
  thread_.join();
}

void FactUpload::run() {
  while (!stop_.stopping()) {
    Sent sent = Sent::failed;
    try {
      sent = send_once();
    } catch (const std::exception& error) {
      report(false, error.what());
    }
    if (sent == Sent::more) continue;
    // Everything is there (new events are looked for after the interval), or the centre did not
    // take the batch (tried again after the interval).
    if (!stop_.pause(config_.sync.interval)) return;
  }
}

FactUpload::Sent FactUpload::send_once() {
  const auto batch = run_and_wait(office_worker_, [this] { return read_outbox(db_, config_.sync.central_url); });
  for (const auto& problem : batch.unreadable) app::log("sync: event {} cannot be read and is not sent", problem);
  if (batch.body.facts.empty() && batch.unreadable.empty()) return Sent::all;
  if (!batch.body.facts.empty()) {
    const auto answer = net::http_post(config_.sync.central_url + std::string(protocol::booking_route::kSyncFacts.pattern),
                                       credential_, protocol::to_json(batch.body), config_.sync.timeout, &stop_.flag());
    if (stop_.stopping()) return Sent::failed;
    if (!answer.error.empty()) {
      report(false, "the centre took no facts: " + answer.error);
      return Sent::failed;
    }
    if (answer.status != 200) {
      report(false, "the centre refused the facts, HTTP " + std::to_string(answer.status) + ": " +
                        answer.body.substr(0, 200));
      return Sent::failed;
    }
    // Only the centre's receipt of this very batch moves the mark: a 200 from anything else (a
    // captive portal, a proxy's error page) would lose the events.
    const auto receipt = protocol::read_reply<protocol::BranchFactReceipt>(answer.body);
    if (!receipt || receipt.value->office != config_.office_id ||
        receipt.value->received != static_cast<std::int64_t>(batch.body.facts.size())) {
      report(false, "the centre's receipt for the facts is unreadable: " +
                        (receipt ? "not this batch's" : receipt.error));
      return Sent::failed;
    }
  }
  run_and_wait(office_worker_, [this, &batch] { storage::set_sent_fact_seq(db_, config_.sync.central_url, batch.last_seq); });
  report(true, {});
  return batch.body.pending > 0 ? Sent::more : Sent::all;
}

void FactUpload::report(bool ok, const std::string& what) {
  if (ok && failing_) app::log("sync: the centre takes the office's facts again");
  if (!ok && !failing_) app::log("sync: {} (retrying every {} s; the events wait in the outbox)", what,
                                 config_.sync.interval.count());
  failing_ = !ok;
}

}  // namespace civiq::app
