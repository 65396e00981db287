// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "simulated_office.hpp"

#include <stdexcept>
#include <variant>

#include "day_history.hpp"
#include "domain/office_queue.hpp"
#include "domain/wait_estimator.hpp"

namespace civiq::bench {
namespace {

using domain::CounterId;
using domain::Events;
using domain::Result;
using domain::TicketId;
using domain::TimePoint;

class SimulatedOffice final : public Office {
 public:
  SimulatedOffice(const Scenario& scenario, const DayPlan& plan, const SimOptions& options)
      : plan_(plan),
        options_(options),
        catalog_(scenario.catalog()),
        queue_(catalog_, scenario.queue, simulated_day(), TicketId{1}),
        service_times_(catalog_, domain::WaitEstimateConfig{}) {
    if (options_.predictors) predictors_ = options_.predictors();
    for (const auto& p : predictors_) result_.predictor_names.push_back(p->name());
    for (const auto& counter : scenario.counters) {
      const auto id = counter.counter.id;
      clerks_.emplace(id, domain::CounterActor{domain::Actor{domain::Actor::Kind::Staff, "clerk-" + std::to_string(id.value)}, false});
    }
  }

  [[nodiscard]] bool estimates() const { return !predictors_.empty(); }

  DayResult result(PlayedDay played) {
    result_.tickets = std::move(played.tickets);
    result_.final_tickets = queue_.tickets();
    result_.day_end = played.day_end;
    return std::move(result_);
  }

  void advance_to(TimePoint at) override { now_ = at; }

  std::optional<TicketId> issue(const Arrival& arrival) override {
    const domain::IssueTicket command{"visit-" + std::to_string(arrival.visit), arrival.services, arrival.priority,
                                      arrival.language, arrival.appointment};
    const Events events = run(queue_.issue(command, domain::Actor{domain::Actor::Kind::Device, "kiosk"}, now_), "issue");
    return std::get<domain::TicketIssued>(events.front().body).ticket;
  }

  void open_counter(CounterId counter) override { run(queue_.open_counter(counter, clerk(counter), now_), "open_counter"); }
  void close_counter(CounterId counter) override { run(queue_.close_counter(counter, clerk(counter), now_), "close_counter"); }

  std::optional<Called> call_next(CounterId counter) override {
    const Events events = run(call_command(counter), "call");
    if (events.empty()) return std::nullopt;
    const TicketId ticket = std::get<domain::TicketCalled>(events.front().body).ticket;
    return Called{ticket, queue_.find(ticket)->service()};
  }

  void start(CounterId counter) override { run(queue_.start(counter, clerk(counter), now_), "start"); }
  bool finish(CounterId counter) override {
    run(queue_.finish(counter, clerk(counter), now_), "finish");
    return queue_.counters().at(counter).current.has_value();
  }

  void transfer(CounterId counter, domain::ServiceId to) override {
    run(queue_.transfer(counter, domain::TransferTarget{to, std::nullopt, std::nullopt}, clerk(counter), now_), "transfer");
  }

  bool recall(CounterId counter) override {
    const Events events = run(queue_.recall(counter, clerk(counter), now_), "recall");
    return std::holds_alternative<domain::TicketNoShow>(events.front().body);
  }

  void cancel(TicketId ticket) override {
    run(queue_.cancel(ticket, domain::Actor{domain::Actor::Kind::Citizen, {}}, now_), "cancel");
  }

  void close_day() override { run(Result<Events>{queue_.close_day(now_)}, "close_day"); }

  void queued(TicketId ticket, std::size_t leg, bool at_issue) override {
    leg_[ticket] = leg;
    record({ticket}, at_issue, now_);
  }

  void tick(TimePoint at) override {
    std::vector<TicketId> waiting;
    for (const auto& [id, t] : queue_.tickets())
      if (t.status == domain::TicketStatus::Waiting) waiting.push_back(id);
    record(waiting, false, at);
  }

 private:
  const domain::CounterActor& clerk(CounterId counter) const { return clerks_.at(counter); }

  Events run(const Result<Events>& result, const char* what) {
    if (!result) throw std::logic_error(std::string{"simulator: "} + what + " refused: " + result.error().detail);
    for (const auto& event : *result) {
      queue_.apply(event);
      history_.observe(event, queue_);
      for (auto& predictor : predictors_) predictor->observe(event, queue_);
      service_times_.observe(event, queue_);  // as OfficeService::learn
      result_.events.push_back(event);
    }
    return *result;
  }

  Result<Events> call_command(CounterId counter) {
    if (options_.rule == CallingRule::Civiq) return queue_.call_next(counter, clerk(counter), now_);
    // First come, first served: the oldest ticket this counter may serve, by issue time then id.
    const domain::Counter& plan = *queue_.catalog().find_counter(counter);
    std::optional<std::pair<TimePoint, TicketId>> oldest;
    for (const auto& candidate : queue_.waiting_candidates()) {
      if (!queue_.policy().eligible(plan, candidate)) continue;
      const std::pair<TimePoint, TicketId> key{queue_.find(candidate.ticket)->arrived_at, candidate.ticket};
      if (!oldest || key < *oldest) oldest = key;
    }
    if (!oldest) return Events{};
    return queue_.call(counter, oldest->second, clerk(counter), now_);
  }

  void record(const std::vector<TicketId>& tickets, bool at_issue, TimePoint at) {
    if (predictors_.empty() || tickets.empty()) return;
    const EstimateContext context{queue_, service_times_, history_, plan_.appointments, at};
    std::vector<Estimates> all;
    for (const auto& predictor : predictors_) all.push_back(predictor->predict(context));
    for (const TicketId ticket : tickets) {
      Observation observation{ticket, leg_.at(ticket), at, at_issue, {}};
      for (const auto& estimates : all) {
        const auto it = estimates.find(ticket);
        observation.estimates.push_back(it == estimates.end() ? std::nullopt : std::optional<Estimate>{it->second});
      }
      result_.observations.push_back(std::move(observation));
    }
  }

  const DayPlan& plan_;
  const SimOptions& options_;
  std::shared_ptr<const domain::Catalog> catalog_;
  domain::OfficeQueue queue_;
  domain::ServiceTimeEstimator service_times_;
  DayHistory history_;
  Predictors predictors_;
  std::map<CounterId, domain::CounterActor> clerks_;
  std::map<TicketId, std::size_t> leg_;  // the queue each ticket waits in: TicketOutcome::legs index
  TimePoint now_{};
  DayResult result_;
};

}  // namespace

DayResult simulate_day(const Scenario& scenario, const DayPlan& plan, const SimOptions& options) {
  SimulatedOffice office(scenario, plan, options);
  PlayedDay played = play_day(scenario, plan, office, office.estimates() ? std::optional{options.tick} : std::nullopt);
  return office.result(std::move(played));
}

}  // namespace civiq::bench
