// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "office_day.hpp"

#include <map>
#include <queue>
#include <tuple>

namespace civiq::bench {
namespace {

using domain::TicketId;
using domain::TimePoint;

enum class Step { OpenCounter, CloseCounter, Arrive, GiveUp, WalkedUp, Recall, Finished, Ready, Tick, Closing, LookForWork };

struct Pending {
  TimePoint at;
  std::uint64_t seq;  // equal times run in the order they were scheduled
  Step step;
  std::size_t index;  // counter slot or visit, by step
  std::size_t leg;    // GiveUp: the queue the patience applies to
  friend bool operator>(const Pending& a, const Pending& b) { return std::tie(a.at, a.seq) > std::tie(b.at, b.seq); }
};

enum class Phase { Closed, Idle, Calling, Serving, WrappingUp };

struct CounterSlot {
  const CounterPlan* plan;
  Phase phase = Phase::Closed;
  bool closing = false;  // the shift is over: close once the current citizen is done
  std::optional<TicketId> current;
  std::optional<domain::ServiceId> stranger;  // the current ticket is not the plan's: served for this service's mean
};

class DayPlayer {
 public:
  DayPlayer(const Scenario& scenario, const DayPlan& plan, Office& office, std::optional<Seconds> tick,
            std::optional<Seconds> look_for_work)
      : scenario_(scenario), plan_(plan), office_(office), tick_(tick), look_for_work_(look_for_work) {
    for (const auto& counter : scenario.counters) counters_.push_back(CounterSlot{&counter, Phase::Closed, false, std::nullopt, std::nullopt});
    visit_ticket_.resize(plan.visits.size());
    left_.resize(plan.visits.size(), false);
  }

  PlayedDay run() {
    for (std::size_t i = 0; i < counters_.size(); ++i)
      for (const auto& shift : counters_[i].plan->shifts) {
        schedule(at_local(shift.opens), Step::OpenCounter, i);
        if (shift.closes) schedule(at_local(*shift.closes), Step::CloseCounter, i);
      }
    schedule(at_local(scenario_.closes), Step::Closing, 0);
    if (tick_) schedule(at_local(scenario_.opens), Step::Tick, 0);
    if (look_for_work_) schedule(at_local(scenario_.opens), Step::LookForWork, 0);
    for (std::size_t v = 0; v < plan_.visits.size(); ++v) schedule(plan_.visits[v].arrives, Step::Arrive, v);

    while (!pending_.empty()) {
      const Pending next = pending_.top();
      pending_.pop();
      if (periodic(next.step)) --periodic_pending_;
      now_ = next.at;
      if (next.step != Step::Tick) office_.advance_to(now_);  // a tick only looks: the clock stays
      // Looking for work is no activity: the day ends when the last real thing happened.
      if (next.step != Step::Tick && next.step != Step::LookForWork) last_activity_ = now_;
      dispatch(next);
    }
    // Everyone has been served or has gone: the clerks still here go home, when the last thing
    // happened (a trailing tick must not change the day).
    now_ = last_activity_;
    for (std::size_t i = 0; i < counters_.size(); ++i)
      if (counters_[i].phase == Phase::Idle) close(i);
    return {std::move(tickets_), now_};
  }

 private:
  static bool periodic(Step step) { return step == Step::Tick || step == Step::LookForWork; }

  void schedule(TimePoint at, Step step, std::size_t index, std::size_t leg = 0) {
    pending_.push({at, next_seq_++, step, index, leg});
    if (periodic(step)) ++periodic_pending_;
  }

  // Something of the day itself is still to happen (not only ticks and looking for work).
  [[nodiscard]] bool day_goes_on() const { return pending_.size() > periodic_pending_; }

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
      case Step::Closing: office_.close_day(); break;
      case Step::LookForWork: look_for_work(); break;
    }
  }

  TicketOutcome& outcome(TicketId id) { return tickets_.at(ticket_index_.at(id)); }
  const Visit& visit_of(TicketId id) { return plan_.visits[outcome(id).visit]; }
  // The index of the queue the ticket is in (or was called from): into its visit's per-leg draws.
  std::size_t leg_of(TicketId id) { return outcome(id).legs.size() - 1; }
  domain::CounterId counter_id(std::size_t i) const { return counters_[i].plan->counter.id; }

  // --- counters -----------------------------------------------------------------------------------

  void open(std::size_t i) {
    office_.open_counter(counter_id(i));
    counters_[i].phase = Phase::Idle;
    counters_[i].closing = false;
    try_call(i);
  }

  void request_close(std::size_t i) {
    counters_[i].closing = true;
    if (counters_[i].phase == Phase::Idle) close(i);
  }

  void close(std::size_t i) {
    office_.close_counter(counter_id(i));
    counters_[i].phase = Phase::Closed;
    counters_[i].closing = false;
  }

  void try_call(std::size_t i) {
    CounterSlot& slot = counters_[i];
    if (slot.phase != Phase::Idle) return;
    if (slot.closing) return close(i);
    const auto called = office_.call_next(counter_id(i));
    if (!called) return;  // nobody for this counter: it waits for the next ticket
    slot.phase = Phase::Calling;
    slot.current = called->ticket;
    if (!ticket_index_.contains(called->ticket)) {  // somebody the plan does not know: an unhurried average citizen
      slot.stranger = called->service;
      return schedule(now_ + scenario_.behaviour.walk_up_max, Step::WalkedUp, i);
    }
    TicketOutcome& out = outcome(called->ticket);
    const std::size_t leg = leg_of(called->ticket);
    if (!out.legs[leg].called_at) out.legs[leg].called_at = now_;
    if (left_[out.visit])
      schedule(now_ + scenario_.behaviour.recall_after, Step::Recall, i);
    else
      schedule(now_ + plan_.visits[out.visit].walk_up[leg], Step::WalkedUp, i);
  }

  void wake_idle_counters() {
    for (std::size_t i = 0; i < counters_.size(); ++i) try_call(i);
  }

  void walked_up(std::size_t i) {
    office_.start(counter_id(i));
    CounterSlot& slot = counters_[i];
    slot.phase = Phase::Serving;
    const TicketId ticket = *slot.current;
    const Seconds service_time = slot.stranger ? scenario_.service_plan(*slot.stranger).mean_time
                                               : visit_of(ticket).service_time[leg_of(ticket)];
    schedule(now_ + service_time, Step::Finished, i);
  }

  void finished(std::size_t i) {
    CounterSlot& slot = counters_[i];
    if (slot.stranger) {
      office_.finish(counter_id(i));
      slot.phase = Phase::WrappingUp;
      slot.current.reset();
      slot.stranger.reset();
      return schedule(now_ + scenario_.behaviour.wrap_up_min, Step::Ready, i);
    }
    const TicketId ticket = *slot.current;
    const Visit& visit = visit_of(ticket);
    const std::size_t leg = leg_of(ticket);
    const bool moves_on = leg + 1 < visit.services.size();
    if (moves_on && visit.transferred) {
      office_.transfer(counter_id(i), visit.services[leg + 1]);
    } else if (office_.finish(counter_id(i))) {
      // This counter serves the next service too: the citizen stays and it starts at once.
      outcome(ticket).legs.push_back({visit.services[leg + 1], now_, now_, std::nullopt});
      return schedule(now_ + visit.service_time[leg + 1], Step::Finished, i);
    }  // otherwise a ticket with further services waits for the next one
    slot.phase = Phase::WrappingUp;
    slot.current.reset();
    schedule(now_ + visit.wrap_up[leg], Step::Ready, i);
    if (moves_on) {
      TicketOutcome& out = outcome(ticket);
      out.legs.push_back({visit.services[leg + 1], now_, std::nullopt, std::nullopt});
      office_.queued(ticket, leg + 1, false);
      schedule(now_ + visit.patience, Step::GiveUp, out.visit, leg + 1);
      wake_idle_counters();
    }
  }

  void recall(std::size_t i) {
    CounterSlot& slot = counters_[i];
    if (office_.recall(counter_id(i))) {  // a no-show now
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
    Arrival arrival{v, {}, visit.priority, visit.language, nullptr};
    if (visit.appointment)
      arrival.appointment = &plan_.appointments[*visit.appointment];
    else if (visit.transferred)
      arrival.services = {visit.services.front()};  // the clerk finds out about the rest
    else
      arrival.services = visit.services;
    const auto ticket = office_.issue(arrival);
    if (!ticket) return;
    visit_ticket_[v] = ticket;
    ticket_index_[*ticket] = tickets_.size();
    TicketOutcome out;
    out.ticket = *ticket;
    out.visit = v;
    out.kind = visit.appointment ? VisitKind::Appointment : visit.priority ? VisitKind::Priority : VisitKind::WalkIn;
    if (visit.appointment) out.appointment_time = plan_.appointments[*visit.appointment].time;
    out.legs.push_back({visit.services.front(), now_, std::nullopt, std::nullopt});
    tickets_.push_back(std::move(out));
    office_.queued(*ticket, 0, true);  // what the kiosk prints, before any counter reacts
    schedule(now_ + visit.patience, Step::GiveUp, v, 0);
    wake_idle_counters();
  }

  void give_up(std::size_t v, std::size_t leg) {
    if (!visit_ticket_[v]) return;
    const TicketId ticket = *visit_ticket_[v];
    if (leg_of(ticket) != leg) return;  // served there and moved on
    LegOutcome& waiting = outcome(ticket).legs[leg];
    if (waiting.called_at) return;  // called in time
    waiting.gave_up_at = now_;
    if (plan_.visits[v].cancels_when_leaving)
      office_.cancel(ticket);
    else
      left_[v] = true;  // the office does not know: the ticket stays in the queue
  }

  // Until closing time, and after it as long as clerks are still busy with the day's last citizens,
  // every idle clerk checks the queue.
  void look_for_work() {
    wake_idle_counters();
    if (now_ < at_local(scenario_.closes) || day_goes_on()) schedule(now_ + *look_for_work_, Step::LookForWork, 0);
  }

  void tick() {
    office_.tick(now_);
    if (day_goes_on()) schedule(now_ + *tick_, Step::Tick, 0);
  }

  const Scenario& scenario_;
  const DayPlan& plan_;
  Office& office_;
  std::optional<Seconds> tick_;
  std::optional<Seconds> look_for_work_;
  std::vector<CounterSlot> counters_;
  std::vector<std::optional<TicketId>> visit_ticket_;
  std::vector<bool> left_;  // per visit: gone without cancelling
  std::vector<TicketOutcome> tickets_;
  std::map<TicketId, std::size_t> ticket_index_;
  std::priority_queue<Pending, std::vector<Pending>, std::greater<>> pending_;
  std::uint64_t next_seq_ = 0;
  std::size_t periodic_pending_ = 0;  // ticks and looks for work among pending_
  TimePoint now_{};
  TimePoint last_activity_{};
};

}  // namespace

PlayedDay play_day(const Scenario& scenario, const DayPlan& plan, Office& office, std::optional<Seconds> tick,
                   std::optional<Seconds> look_for_work) {
  return DayPlayer(scenario, plan, office, tick, look_for_work).run();
}

}  // namespace civiq::bench
