// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "office_service.hpp"

#include <stdexcept>

#include "domain/catalog_references.hpp"
#include "event_records.hpp"
#include "protocol/event_codec.hpp"
#include "storage/transaction.hpp"
#include "ticket_state_json.hpp"

namespace civiq::app {
namespace {

using namespace std::chrono;

constexpr seconds kEstimateMaxAge{5};
constexpr std::size_t kServiceTimeSeedEvents = 500;

TimePoint to_time(std::int64_t unix_seconds) { return TimePoint{seconds{unix_seconds}}; }

}  // namespace

OfficeService::OfficeService(const BranchConfig& config, storage::Database& db)
    : config_(config),
      db_(db),
      events_(db),
      projection_(db),
      appointment_repository_(db),
      service_times_(config.catalog, config.estimates) {}

void OfficeService::load(TimePoint now) {
  // Service times learnt on earlier days seed today's estimates (oldest first, so the newest win).
  auto finished = events_.recent_of_type(config_.office_id, "service_finished", kServiceTimeSeedEvents);
  for (auto it = finished.rbegin(); it != finished.rend(); ++it) {
    const auto decoded = protocol::decode_event(it->type, it->actor, it->payload, to_time(it->occurred_at));
    // Only the service time: walk-up and wrap-up need the queue as it was, and are relearnt today.
    if (!decoded.event) continue;
    if (const auto* served = std::get_if<domain::ServiceFinished>(&decoded.event->body))
      service_times_.observe(served->service, seconds{served->served_s});
  }
  start_day(domain::berlin_date(now), now);
  // Only here: a new day starts empty, so only a restart with a changed configuration can leave
  // today's tickets with services or counters that no longer exist.
  if (const auto gaps = domain::references_outside_catalog(*queue_); !gaps.empty()) {
    std::string list;
    for (const auto& gap : gaps) list += (list.empty() ? "" : "; ") + gap;
    throw ConfigError("the configuration lacks services or counters that today's tickets still use (" + list +
                      "). Keep them until the day has ended; `active = false` hides a service from the kiosks");
  }
}

void OfficeService::start_day(domain::LocalDate day, TimePoint now) {
  const domain::TicketId next_id{events_.max_ticket_id() + 1};
  last_seq_ = events_.max_seq();
  queue_ = std::make_unique<OfficeQueue>(config_.catalog, config_.queue, day, next_id);
  idempotency_keys_.clear();
  day_closed_ = false;
  for (const auto& stored : events_.load_day(config_.office_id, domain::iso_date(day))) {
    queue_->apply(replay_event(stored));
    if (stored.idempotency_key)
      idempotency_keys_.emplace(*stored.idempotency_key,
                                IdempotentResult{stored.ticket_id ? std::optional(domain::TicketId{*stored.ticket_id})
                                                                  : std::nullopt});
  }
  reload_appointments();
  ++version_;
  (void)now;
}

void OfficeService::reload_appointments() {
  appointments_.clear();
  for (auto& appointment : appointment_repository_.list_day(config_.office_id, domain::iso_date(queue_->day())))
    appointments_.emplace(appointment.code, std::move(appointment));
}

void OfficeService::roll_over_if_needed(TimePoint now) {
  const auto today = domain::berlin_date(now);
  if (today != queue_->day()) start_day(today, now);
}

Result<Events> OfficeService::execute(const Decide& decide, TimePoint now,
                                      const std::optional<std::string>& idempotency_key) {
  roll_over_if_needed(now);
  auto decided = decide(*queue_);
  if (!decided || decided->empty()) return decided;
  if (idempotency_key && events_.find_by_idempotency_key(*idempotency_key))
    return {domain::ErrorCode::InvalidArgument, "this Idempotency-Key was already used on an earlier day"};
  store(*decided, idempotency_key);
  for (const auto& event : *decided) learn(event);
  ++version_;
  if (idempotency_key)
    idempotency_keys_.emplace(*idempotency_key, IdempotentResult{domain::event_ticket(decided->front().body)});
  if (listener_) listener_(*decided, now);
  return decided;
}

void OfficeService::store(const Events& events, const std::optional<std::string>& idempotency_key) {
  const std::string day = domain::iso_date(queue_->day());
  try {
    storage::Transaction transaction(db_);
    std::map<domain::TicketId, std::int64_t> last_seq;  // per ticket, for its projection row
    std::int64_t newest = last_seq_;
    bool first = true;
    for (const auto& event : events) {
      const auto seq =
          events_.append(event_record(event, config_.office_id, day, first ? idempotency_key : std::nullopt));
      if (const auto ticket = domain::event_ticket(event.body)) last_seq[*ticket] = seq;
      newest = seq;
      first = false;
    }
    // Apply inside the transaction so the projection rows show the new state.
    for (const auto& event : events) queue_->apply(event);
    for (const auto& [id, seq] : last_seq) {
      const domain::Ticket& t = *queue_->find(id);
      projection_.upsert({t.id.value, config_.office_id, day, queue_->number_text(t.number), t.token,
                          ticket_status_name(t.status), t.service().value, ticket_state_json(t), seq});
    }
    transaction.commit();
    ++commits_;
    last_seq_ = newest;
  } catch (...) {
    // The transaction has rolled back (its scope ended): rebuild the queue from what is on disk, so
    // memory never runs ahead of the database.
    start_day(queue_->day(), events.front().at);
    throw;
  }
}

void OfficeService::learn(const domain::Event& event) {
  // After apply: the estimator sees who is still waiting (a finish followed by a call with citizens
  // waiting measures the clerk's wrap-up; one without measures idleness and is not learnt).
  service_times_.observe(event, *queue_);
}

std::optional<OfficeService::IdempotentResult> OfficeService::find_idempotent(const std::string& key) const {
  const auto it = idempotency_keys_.find(key);
  if (it == idempotency_keys_.end()) return std::nullopt;
  return it->second;
}

void OfficeService::tick(TimePoint now) {
  roll_over_if_needed(now);
  const auto before = appointments_;
  reload_appointments();  // civiq-admin may have imported some while the server runs
  if (appointments_ != before && listener_) listener_({}, now);  // a change without queue events
  if (day_closed_) return;
  const auto closing = queue_->catalog().hours.closing_time(queue_->day());
  if (!closing || *closing >= hours{24}) return;
  if (now < domain::from_berlin(queue_->day(), *closing)) return;
  day_closed_ = true;
  (void)execute([now](const OfficeQueue& queue) -> Result<Events> { return queue.close_day(now); }, now);
}

const std::map<domain::TicketId, domain::WaitEstimate>& OfficeService::estimates(TimePoint now) {
  if (estimates_version_ != version_ || now - estimates_at_ > kEstimateMaxAge || now < estimates_at_) {
    estimates_ = domain::estimate_waits(*queue_, service_times_, now);
    estimates_version_ = version_;
    estimates_at_ = now;
  }
  return estimates_;
}

std::optional<domain::Appointment> OfficeService::find_appointment(const std::string& code) {
  if (const auto it = appointments_.find(code); it != appointments_.end()) return it->second;
  return appointment_repository_.find_at_office(config_.office_id, code);
}

void OfficeService::import_appointments(const std::vector<domain::Appointment>& appointments, TimePoint now) {
  roll_over_if_needed(now);
  {
    storage::Transaction transaction(db_);
    for (const auto& appointment : appointments)
      appointment_repository_.upsert(config_.office_id, appointment, now.time_since_epoch().count());
    transaction.commit();
  }
  for (const auto& appointment : appointments) {
    if (domain::berlin_date(appointment.time) == queue_->day()) appointments_.insert_or_assign(appointment.code, appointment);
    else appointments_.erase(appointment.code);  // moved to another day
  }
  ++version_;
  if (listener_) listener_({}, now);  // a change without queue events: subscribers see the new list
}

}  // namespace civiq::app
