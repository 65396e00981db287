#include "office_day.hpp"

#include <algorithm>
#include <queue>
#include <stdexcept>
#include <tuple>
#include <variant>

namespace civiq::bench {
namespace {

using domain::CounterId;
using domain::Events;
using domain::OfficeQueue;
using domain::Result;
using domain::TicketId;
using domain::TicketStatus;
using domain::TimePoint;

enum class Step { OpenCounter, CloseCounter, Arrive, GiveUp, WalkedUp, Recall, Finished, Ready, Tick, Closing };

struct Pending {
  TimePoint at;
  std::uint64_t seq;  // equal times run in the order they were scheduled
  Step step;
  std::size_t index;  // counter slot or visit, by step
  std::size_t leg;    // GiveUp: the service the patience applies to
  friend bool operator>(const Pending& a, const Pending& b) { return std::tie(a.at, a.seq) > std::tie(b.at, b.seq); }
};

enum class Phase { Closed, Idle, Calling, Serving, WrappingUp };

struct CounterSlot {
  const CounterPlan* plan;
  domain::CounterActor clerk;
  Phase phase = Phase::Closed;
  bool closing = false;  // the shift is over: close once the current citizen is done
  std::optional<TicketId> current;
};

class OfficeDay {
 public:
  OfficeDay(const Scenario& scenario, const DayPlan& plan, const SimOptions& options)
      : scenario_(scenario),
        plan_(plan),
        options_(options),
        catalog_(scenario.catalog()),
        queue_(catalog_, scenario.queue, simulated_day(), TicketId{1}),
        service_times_(catalog_, domain::WaitEstimateConfig{}) {
    if (options_.predictors) predictors_ = options_.predictors();
    for (const auto& p : predictors_) result_.predictor_names.push_back(p->name());
    for (const auto& counter : scenario.counters)
      counters_.push_back(CounterSlot{&counter,
                                      {domain::Actor{domain::Actor::Kind::Staff, "clerk-" + std::to_string(counter.counter.id.value)}, false},
                                      Phase::Closed, false, std::nullopt});
    visit_ticket_.resize(plan.visits.size());
    left_.resize(plan.visits.size(), false);
  }

  DayResult run() {
    for (std::size_t i = 0; i < counters_.size(); ++i)
      for (const auto& shift : counters_[i].plan->shifts) {
        schedule(at_local(shift.opens), Step::OpenCounter, i);
        if (shift.closes) schedule(at_local(*shift.closes), Step::CloseCounter, i);
      }
    schedule(at_local(scenario_.closes), Step::Closing, 0);
    if (!predictors_.empty()) schedule(at_local(scenario_.opens), Step::Tick, 0);
    for (std::size_t v = 0; v < plan_.visits.size(); ++v) schedule(plan_.visits[v].arrives, Step::Arrive, v);

    while (!pending_.empty()) {
      const Pending next = pending_.top();
      pending_.pop();
      now_ = next.at;
      if (next.step != Step::Tick) last_activity_ = now_;
      dispatch(next);
    }
    // Everyone has been served or has gone: the clerks still here go home, when the last thing
    // happened (a trailing estimate tick must not change the day).
    now_ = last_activity_;
    for (std::size_t i = 0; i < counters_.size(); ++i)
      if (counters_[i].phase == Phase::Idle) close(i);
    result_.final_tickets = queue_.tickets();
    result_.day_end = now_;
    return std::move(result_);
  }

 private:
  void schedule(TimePoint at, Step step, std::size_t index, std::size_t leg = 0) {
    pending_.push({at, next_seq_++, step, index, leg});
  }

  void dispatch(const Pending& p) {
    switch (p.step) {
      case Step::OpenCounter: open(p.index); break;
      case Step::CloseCounter: request_close(p.index); break;
      case Step::Arrive: arrive(p.index); break;
      case Step::GiveUp: give_up(p.index, p.leg); break;
      case Step::WalkedUp: walked_up(p.index); break;
      case Step::Recall: recall(p.index); break;
      case Step::Finished: finished(p.index); break;
      case Step::Ready: ready(p.index); break;
      case Step::Tick: tick(); break;
      case Step::Closing: closing(); break;
    }
  }

  // --- the domain ---------------------------------------------------------------------------------

  Events run(const Result<Events>& result, const char* what) {
    if (!result) throw std::logic_error(std::string{"simulator: "} + what + " refused: " + result.error().detail);
    for (const auto& event : *result) {
      queue_.apply(event);
      learn(event);
      result_.events.push_back(event);
    }
    return *result;
  }

  void learn(const domain::Event& event) {
    history_.observe(event, queue_);
    for (auto& predictor : predictors_) predictor->observe(event, queue_);
    service_times_.observe(event, queue_);  // as OfficeService::learn
    if (const auto* called = std::get_if<domain::TicketCalled>(&event.body)) {
      LegOutcome& leg = current_leg(called->ticket);
      if (!leg.called_at) leg.called_at = event.at;
    }
  }

  TicketOutcome& outcome(TicketId id) { return result_.tickets.at(ticket_index_.at(id)); }
  LegOutcome& current_leg(TicketId id) { return outcome(id).legs.at(queue_.find(id)->current_service); }
  const Visit& visit_of(TicketId id) { return plan_.visits[outcome(id).visit]; }

  Result<Events> call_command(CounterSlot& slot) {
    const CounterId id = slot.plan->counter.id;
    if (options_.rule == CallingRule::Civiq) return queue_.call_next(id, slot.clerk, now_);
    // First come, first served: the oldest ticket this counter may serve, by issue time then id.
    std::optional<std::pair<TimePoint, TicketId>> oldest;
    for (const auto& candidate : queue_.waiting_candidates()) {
      if (!queue_.policy().eligible(slot.plan->counter, candidate)) continue;
      const std::pair<TimePoint, TicketId> key{queue_.find(candidate.ticket)->arrived_at, candidate.ticket};
      if (!oldest || key < *oldest) oldest = key;
    }
    if (!oldest) return Events{};
    return queue_.call(id, oldest->second, slot.clerk, now_);
  }

  // --- counters -----------------------------------------------------------------------------------

  void open(std::size_t i) {
    CounterSlot& slot = counters_[i];
    run(queue_.open_counter(slot.plan->counter.id, slot.clerk, now_), "open_counter");
    slot.phase = Phase::Idle;
    slot.closing = false;
    try_call(i);
  }

  void request_close(std::size_t i) {
    counters_[i].closing = true;
    if (counters_[i].phase == Phase::Idle) close(i);
  }

  void close(std::size_t i) {
    CounterSlot& slot = counters_[i];
    run(queue_.close_counter(slot.plan->counter.id, slot.clerk, now_), "close_counter");
    slot.phase = Phase::Closed;
    slot.closing = false;
  }

  void try_call(std::size_t i) {
    CounterSlot& slot = counters_[i];
    if (slot.phase != Phase::Idle) return;
    if (slot.closing) return close(i);
    const Events events = run(call_command(slot), "call");
    if (events.empty()) return;  // nobody for this counter: it waits for the next ticket
    const TicketId ticket = std::get<domain::TicketCalled>(events.front().body).ticket;
    slot.phase = Phase::Calling;
    slot.current = ticket;
    const std::size_t leg = queue_.find(ticket)->current_service;
    if (left_[outcome(ticket).visit])
      schedule(now_ + scenario_.behaviour.recall_after, Step::Recall, i);
    else
      schedule(now_ + visit_of(ticket).walk_up[leg], Step::WalkedUp, i);
  }

  void wake_idle_counters() {
    for (std::size_t i = 0; i < counters_.size(); ++i) try_call(i);
  }

  void walked_up(std::size_t i) {
    CounterSlot& slot = counters_[i];
    run(queue_.start(slot.plan->counter.id, slot.clerk, now_), "start");
    slot.phase = Phase::Serving;
    const std::size_t leg = queue_.find(*slot.current)->current_service;
    schedule(now_ + visit_of(*slot.current).service_time[leg], Step::Finished, i);
  }

  void finished(std::size_t i) {
    CounterSlot& slot = counters_[i];
    const TicketId ticket = *slot.current;
    const std::size_t leg = queue_.find(ticket)->current_service;
    run(queue_.finish(slot.plan->counter.id, slot.clerk, now_), "finish");
    slot.phase = Phase::WrappingUp;
    slot.current.reset();
    schedule(now_ + visit_of(ticket).wrap_up[leg], Step::Ready, i);
    const domain::Ticket& after = *queue_.find(ticket);
    if (after.status == TicketStatus::Waiting) {  // on to the ticket's next service
      outcome(ticket).legs.push_back({after.service(), now_, std::nullopt, std::nullopt});
      record({ticket}, false);
      schedule(now_ + visit_of(ticket).patience, Step::GiveUp, outcome(ticket).visit, after.current_service);
      wake_idle_counters();
    }
  }

  void recall(std::size_t i) {
    CounterSlot& slot = counters_[i];
    const Events events = run(queue_.recall(slot.plan->counter.id, slot.clerk, now_), "recall");
    if (std::holds_alternative<domain::TicketNoShow>(events.front().body)) {
      slot.phase = Phase::Idle;
      slot.current.reset();
      try_call(i);
    } else {
      schedule(now_ + scenario_.behaviour.recall_after, Step::Recall, i);
    }
  }

  void ready(std::size_t i) {
    counters_[i].phase = Phase::Idle;
    try_call(i);
  }

  // --- citizens -----------------------------------------------------------------------------------

  void arrive(std::size_t v) {
    const Visit& visit = plan_.visits[v];
    domain::IssueTicket command{"visit-" + std::to_string(v), visit.appointment ? std::vector<domain::ServiceId>{} : visit.services,
                                visit.priority, "de",
                                visit.appointment ? &plan_.appointments[*visit.appointment] : nullptr};
    const Events events = run(queue_.issue(command, domain::Actor{domain::Actor::Kind::Device, "kiosk"}, now_), "issue");
    const TicketId ticket = std::get<domain::TicketIssued>(events.front().body).ticket;
    // learn() ran before the outcome existed; a ticket is never called in the event that issues it.
    visit_ticket_[v] = ticket;
    ticket_index_[ticket] = result_.tickets.size();
    TicketOutcome out;
    out.ticket = ticket;
    out.visit = v;
    out.kind = visit.appointment ? VisitKind::Appointment : visit.priority ? VisitKind::Priority : VisitKind::WalkIn;
    if (visit.appointment) out.appointment_time = plan_.appointments[*visit.appointment].time;
    out.legs.push_back({visit.services.front(), now_, std::nullopt, std::nullopt});
    result_.tickets.push_back(std::move(out));
    record({ticket}, true);  // what the kiosk prints, before any counter reacts
    schedule(now_ + visit.patience, Step::GiveUp, v, 0);
    wake_idle_counters();
  }

  void give_up(std::size_t v, std::size_t leg) {
    if (!visit_ticket_[v]) return;
    const TicketId ticket = *visit_ticket_[v];
    const domain::Ticket& t = *queue_.find(ticket);
    if (t.status != TicketStatus::Waiting || t.current_service != leg) return;  // called in time
    outcome(ticket).legs.at(leg).gave_up_at = now_;
    if (plan_.visits[v].cancels_when_leaving)
      run(queue_.cancel(ticket, domain::Actor{domain::Actor::Kind::Citizen, {}}, now_), "cancel");
    else
      left_[v] = true;  // the office does not know: the ticket stays in the queue
  }

  // --- estimates ----------------------------------------------------------------------------------

  void record(const std::vector<TicketId>& tickets, bool at_issue) {
    if (predictors_.empty() || tickets.empty()) return;
    const EstimateContext context{queue_, service_times_, history_, plan_.appointments, now_};
    std::vector<Estimates> all;
    for (const auto& predictor : predictors_) all.push_back(predictor->predict(context));
    for (const TicketId ticket : tickets) {
      Observation observation{ticket, queue_.find(ticket)->current_service, now_, at_issue, {}};
      for (const auto& estimates : all) {
        const auto it = estimates.find(ticket);
        observation.estimates.push_back(it == estimates.end() ? std::nullopt : std::optional<Seconds>{it->second});
      }
      result_.observations.push_back(std::move(observation));
    }
  }

  void tick() {
    std::vector<TicketId> waiting;
    for (const auto& [id, t] : queue_.tickets())
      if (t.status == TicketStatus::Waiting) waiting.push_back(id);
    record(waiting, false);
    if (!pending_.empty()) schedule(now_ + options_.tick, Step::Tick, 0);
  }

  void closing() {
    run(queue_.close_day(now_), "close_day");
  }

  const Scenario& scenario_;
  const DayPlan& plan_;
  const SimOptions& options_;
  std::shared_ptr<const domain::Catalog> catalog_;
  OfficeQueue queue_;
  domain::ServiceTimeEstimator service_times_;
  DayHistory history_;
  Predictors predictors_;
  std::vector<CounterSlot> counters_;
  std::vector<std::optional<TicketId>> visit_ticket_;
  std::vector<bool> left_;  // per visit: gone without cancelling
  std::map<TicketId, std::size_t> ticket_index_;
  std::priority_queue<Pending, std::vector<Pending>, std::greater<>> pending_;
  std::uint64_t next_seq_ = 0;
  TimePoint now_{};
  TimePoint last_activity_{};
  DayResult result_;
};

}  // namespace

DayResult simulate_day(const Scenario& scenario, const DayPlan& plan, const SimOptions& options) {
  return OfficeDay(scenario, plan, options).run();
}

}  // namespace civiq::bench
