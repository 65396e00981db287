// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "counter_controller.hpp"

#include <algorithm>
#include <chrono>

namespace civiq::qtclient {

namespace {

constexpr std::chrono::seconds kCountdownTick{1};

QString fromStd(const std::string& text) {
  return QString::fromStdString(text);
}

QString transferDetail(const protocol::TransferRequest& target) {
  return QStringLiteral("service %1 counter %2 note %3")
      .arg(target.service_id ? target.service_id->value : -1)
      .arg(target.counter_id ? target.counter_id->value : -1)
      .arg(fromStd(target.note.value_or(std::string{})));
}

}  // namespace

CounterController::CounterController(BranchApi& api, StaffFeed& feed, domain::CounterId counter, QString clerk,
                                     QObject* parent)
    : QObject(parent), api_(api), feed_(feed), counter_(counter), clerk_(std::move(clerk)) {
  countdown_.setInterval(kCountdownTick);
  connect(&countdown_, &QTimer::timeout, this, &CounterController::tickCountdown);
  // The model changes row by row (diffs): any change may be this counter's.
  CountersModel* counters = feed_.counters();
  connect(counters, &QAbstractItemModel::dataChanged, this, &CounterController::readFeed);
  connect(counters, &QAbstractItemModel::rowsInserted, this, &CounterController::readFeed);
  connect(counters, &QAbstractItemModel::rowsRemoved, this, &CounterController::readFeed);
  connect(counters, &QAbstractItemModel::modelReset, this, &CounterController::readFeed);
  // After a reconnect the server's snapshot is the truth even if its sequence is lower (a branch
  // restored from a backup): forget the watermark and take it.
  connect(&feed_, &StaffFeed::synchronized, this, [this] {
    seq_ = -1;
    readFeed();
  });
  readFeed();
}

CounterController::State CounterController::stateOf(const protocol::CounterView& view, const QString& clerk) {
  if (!view.open) return State::Closed;
  if (fromStd(view.clerk.value_or(std::string{})) != clerk) return State::Occupied;
  if (view.break_since) return State::OnBreak;
  if (!view.current) return State::Idle;
  return view.current->status == "serving" ? State::Serving : State::Called;
}

QString CounterController::counterName() const {
  return view_ ? fromStd(view_->name) : QString{};
}

QString CounterController::occupiedBy() const {
  return state_ == State::Occupied ? fromStd(view_->clerk.value_or(std::string{})) : QString{};
}

std::optional<protocol::QueueEntry> CounterController::current() const {
  if (!view_) return std::nullopt;
  return view_->current;
}

QString CounterController::ticketNumber() const {
  const auto ticket = current();
  return ticket ? fromStd(ticket->number) : QString{};
}

qint64 CounterController::ticketId() const {
  const auto ticket = current();
  return ticket ? ticket->id.value : -1;
}

int CounterController::recallInSeconds() const {
  if (state_ != State::Called || !view_->recall_in_s) return 0;
  const auto left = std::chrono::seconds{*view_->recall_in_s} -
                    std::chrono::duration_cast<std::chrono::seconds>(std::chrono::milliseconds{viewAge_.elapsed()});
  return static_cast<int>(std::max<std::int64_t>(0, left.count()));
}

bool CounterController::can(Action action) const {
  if (busy_) return false;
  switch (action) {
    case Action::Open:
      return state_ == State::Closed;
    case Action::Close:
      return state_ == State::Idle || state_ == State::OnBreak;
    case Action::StartBreak:
    case Action::CallNext:
    case Action::CallTicket:
    case Action::WalkIn:
      return state_ == State::Idle;
    case Action::Reactivate:  // back into the queue; the counter keeps its own ticket
      return state_ == State::Idle || state_ == State::Called || state_ == State::Serving;
    case Action::Recall:
      return state_ == State::Called && recallInSeconds() == 0;
    case Action::Start:
    case Action::NoShow:
      return state_ == State::Called;
    case Action::Finish:
    case Action::FinishNotServed:
    case Action::Park:
    case Action::Transfer:
      return state_ == State::Called || state_ == State::Serving;
    case Action::EndBreak:
      return state_ == State::OnBreak;
  }
  return false;
}

bool CounterController::applyView(const protocol::CounterView& view, std::int64_t seq) {
  if (view.id != counter_ || seq < seq_) return false;
  const bool stateChanged = seq != seq_ || !view_;
  view_ = view;
  seq_ = seq;
  state_ = stateOf(view, clerk_);
  viewAge_.start();
  if (stateChanged) unanswered_.reset();  // the counter moved on: a new click is a new action
  if (recallInSeconds() > 0)
    countdown_.start();
  else
    countdown_.stop();
  emit changed();
  emit recallCountdownChanged();
  return true;
}

void CounterController::readFeed() {
  if (const auto view = feed_.counters()->counter(counter_)) applyView(*view, feed_.lastSeq("counters"));
}

void CounterController::tickCountdown() {
  emit recallCountdownChanged();
  if (recallInSeconds() == 0) {
    countdown_.stop();
    emit changed();  // can(Recall) changed
  }
}

void CounterController::setBusy(bool busy) {
  busy_ = busy;
  emit changed();
}

void CounterController::run(Action action, const QString& detail, const Send& send) {
  if (!can(action)) return;
  const bool retry =
      unanswered_ && unanswered_->action == action && unanswered_->detail == detail && unanswered_->seq == seq_;
  const Attempt attempt{action, detail, retry ? unanswered_->key : ActionKey::make(), seq_};
  lastError_.clear();
  setBusy(true);
  send(attempt.key, [this, attempt](const TypedReply<protocol::CounterView>& reply) { onReply(attempt, reply); });
}

void CounterController::onReply(const Attempt& attempt, const TypedReply<protocol::CounterView>& reply) {
  busy_ = false;
  if (reply.http.unreachable()) {
    unanswered_ = attempt;  // it may have been carried out: the clerk's retry must use the same key
    lastError_ = reply.http.error;
    emit changed();
    emit actionFailed(attempt.action, reply.http.code, reply.http.error);
    return;
  }
  unanswered_.reset();
  if (!reply.http.ok()) {
    lastError_ = reply.http.error;
    emit changed();
    emit actionFailed(attempt.action, reply.http.code, reply.http.error);
    return;
  }
  if (!reply.value || !applyView(*reply.value, reply.http.eventSeq.value_or(seq_))) emit changed();
  if (attempt.action == Action::CallNext && !reply.value) emit nobodyWaiting();
  emit actionSucceeded(attempt.action);
}

void CounterController::simpleAction(Action action, CounterAction wire) {
  run(action, {}, [this, wire](const ActionKey& key, BranchApi::Done<protocol::CounterView> done) {
    api_.counterAction(counter_, wire, key, this, std::move(done));
  });
}

void CounterController::open() {
  simpleAction(Action::Open, CounterAction::Open);
}
void CounterController::close(bool despiteUnstaffed) {
  run(Action::Close, despiteUnstaffed ? QStringLiteral("despite unstaffed") : QString{},
      [this, despiteUnstaffed](const ActionKey& key, BranchApi::Done<protocol::CounterView> done) {
        api_.close(counter_, {despiteUnstaffed ? std::optional(true) : std::nullopt}, key, this, std::move(done));
      });
}
void CounterController::startBreak(const QString& reason, bool despiteUnstaffed) {
  run(Action::StartBreak, reason + (despiteUnstaffed ? QStringLiteral(" despite unstaffed") : QString{}),
      [this, reason, despiteUnstaffed](const ActionKey& key, BranchApi::Done<protocol::CounterView> done) {
        api_.startBreak(counter_, {reason.toStdString(), despiteUnstaffed ? std::optional(true) : std::nullopt}, key,
                        this, std::move(done));
      });
}
void CounterController::endBreak() {
  simpleAction(Action::EndBreak, CounterAction::EndBreak);
}
void CounterController::callNext() {
  simpleAction(Action::CallNext, CounterAction::CallNext);
}
void CounterController::recall() {
  simpleAction(Action::Recall, CounterAction::Recall);
}
void CounterController::start() {
  simpleAction(Action::Start, CounterAction::Start);
}
void CounterController::finish() {
  simpleAction(Action::Finish, CounterAction::Finish);  // no body: every server version takes it
}
void CounterController::finishNotServed() {
  run(Action::FinishNotServed, {},
      [this](const ActionKey& key, BranchApi::Done<protocol::CounterView> done) {
        api_.finish(counter_, {std::string("not_served")}, key, this, std::move(done));
      });
}
void CounterController::noShow() {
  simpleAction(Action::NoShow, CounterAction::NoShow);
}
void CounterController::park() {
  simpleAction(Action::Park, CounterAction::Park);
}

void CounterController::transfer(const protocol::TransferRequest& target) {
  run(Action::Transfer, transferDetail(target),
      [this, target](const ActionKey& key, BranchApi::Done<protocol::CounterView> done) {
        api_.transfer(counter_, target, key, this, std::move(done));
      });
}

void CounterController::callTicket(domain::TicketId ticket) {
  run(Action::CallTicket, QString::number(ticket.value),
      [this, ticket](const ActionKey& key, BranchApi::Done<protocol::CounterView> done) {
        api_.callTicket(counter_, ticket, key, this, std::move(done));
      });
}

void CounterController::reactivate(domain::TicketId ticket) {
  run(Action::Reactivate, QString::number(ticket.value),
      [this, ticket](const ActionKey& key, BranchApi::Done<protocol::CounterView> done) {
        api_.reactivate(counter_, ticket, key, this, std::move(done));
      });
}

void CounterController::walkIn(domain::ServiceId service) {
  run(Action::WalkIn, QString::number(service.value),
      [this, service](const ActionKey& key, BranchApi::Done<protocol::CounterView> done) {
        protocol::IssueTicketRequest request;
        request.service_id = service;
        api_.issueTicket(request, key.step("issue"), this,
                         [this, key, done](const TypedReply<protocol::IssuedTicket>& issued) {
                           if (!issued.value) return done({issued.http, std::nullopt});
                           api_.callTicket(counter_, issued.value->id, key.step("call"), this, done);
                         });
      });
}

}  // namespace civiq::qtclient
