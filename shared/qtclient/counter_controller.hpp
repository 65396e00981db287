// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// One counter as the clerk working at it sees it: its state (closed, idle, a ticket called, a ticket
// being served), the current ticket, which actions make sense now, the recall cooldown counting down,
// and the actions themselves. The counter client's buttons and keys bind to it; the kiosk never
// needs it.
//
// Two sources tell it the counter's state, and the newer one wins by the office's event sequence: the
// staff feed's `counters` topic (what anybody did: a supervisor, the server closing the day) and the
// reply to this clerk's own action (so the button's effect shows before the frame arrives).
//
// Actions: one at a time (`busy`), each user action with its own ActionKey. When an action got no
// answer at all (network gone after the retries), its key is kept: the same action on the same
// counter state, tried again by the clerk, reuses it, so a call-next whose reply was lost never calls
// a second citizen. The server is the judge: `can()` only hides what cannot work now; refusals come
// back as `actionFailed` with the server's code and words.
//
// The cooldown is the server's `recall_in_s`, counted down on the monotonic clock from when the view
// arrived: this PC's wall clock is never trusted. Invariant: state() matches the newest view applied.
// Thread rule: GUI thread.
#include <QtQml/qqmlregistration.h>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <cstdint>
#include <optional>

#include "action_key.hpp"
#include "branch_api.hpp"
#include "staff_feed.hpp"

namespace civiq::qtclient {

class CounterController : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(CounterController)
  QML_UNCREATABLE("made by the app for the counter this PC is")
  Q_PROPERTY(civiq::qtclient::CounterController::State state READ state NOTIFY changed)
  Q_PROPERTY(QString counterName READ counterName NOTIFY changed)
  Q_PROPERTY(QString occupiedBy READ occupiedBy NOTIFY changed)
  Q_PROPERTY(QString ticketNumber READ ticketNumber NOTIFY changed)
  Q_PROPERTY(qint64 ticketId READ ticketId NOTIFY changed)
  Q_PROPERTY(int recallInSeconds READ recallInSeconds NOTIFY recallCountdownChanged)
  Q_PROPERTY(bool busy READ busy NOTIFY changed)
  Q_PROPERTY(QString lastError READ lastError NOTIFY changed)

 public:
  enum class State {
    Unknown,   // nothing heard from the server yet
    Closed,    // nobody signed in at the counter
    Occupied,  // open for another clerk: this one may not act there
    Idle,      // open for this clerk, no ticket
    OnBreak,   // open for this clerk, who is on a break: it calls nobody
    Called,    // a ticket is called and the citizen is on the way
    Serving,   // the citizen is being served
  };
  Q_ENUM(State)

  enum class Action { Open, Close, CallNext, CallTicket, Reactivate, Recall, Start, Finish, FinishNotServed, NoShow,
                      Park, Transfer, WalkIn, StartBreak, EndBreak };
  Q_ENUM(Action)

  CounterController(BranchApi& api, StaffFeed& feed, domain::CounterId counter, QString clerk,
                    QObject* parent = nullptr);

  [[nodiscard]] domain::CounterId counterId() const { return counter_; }
  [[nodiscard]] State state() const { return state_; }
  [[nodiscard]] QString counterName() const;
  [[nodiscard]] QString occupiedBy() const;
  [[nodiscard]] const std::optional<protocol::CounterView>& view() const { return view_; }
  [[nodiscard]] std::optional<protocol::QueueEntry> current() const;
  [[nodiscard]] QString ticketNumber() const;
  [[nodiscard]] qint64 ticketId() const;
  // Seconds until the called ticket may be recalled (0: now, or nothing called).
  [[nodiscard]] int recallInSeconds() const;
  [[nodiscard]] bool busy() const { return busy_; }
  [[nodiscard]] QString lastError() const { return lastError_; }

  // Whether the action makes sense now: the right state, no other action on its way, and for a
  // recall the cooldown over.
  Q_INVOKABLE [[nodiscard]] bool can(civiq::qtclient::CounterController::Action action) const;

  // The actions. Each does nothing when can() says no (the UI should not have offered it).
  Q_INVOKABLE void open();
  // Closing and a break are refused with ServiceUnstaffed (actionFailed) when waiting citizens
  // would have no counter left; the clerk may then confirm with `despiteUnstaffed`.
  Q_INVOKABLE void close(bool despiteUnstaffed = false);
  void startBreak(const QString& reason, bool despiteUnstaffed = false);
  Q_INVOKABLE void endBreak();
  Q_INVOKABLE void callNext();
  Q_INVOKABLE void recall();
  Q_INVOKABLE void start();
  // Ends the current service; the visit's next service follows (here, when this counter serves it).
  // Not served: the citizen could not be served (a v1.7 server; an older one refuses it).
  Q_INVOKABLE void finish();
  Q_INVOKABLE void finishNotServed();
  Q_INVOKABLE void noShow();
  Q_INVOKABLE void park();
  void transfer(const protocol::TransferRequest& target);
  void callTicket(domain::TicketId ticket);
  void reactivate(domain::TicketId ticket);
  // A citizen who came straight to the desk: draws a ticket for `service` and calls it here, so the
  // visit is counted like any other. Two requests under one action key (a retry repeats neither).
  void walkIn(domain::ServiceId service);

  // Applies a view of this counter with the event sequence it was current at; an older one than the
  // view shown is ignored. Public for tests; the feed and the replies use it.
  bool applyView(const protocol::CounterView& view, std::int64_t seq);

  // The state a view means for `clerk` (pure; tests and the UI's wording use it).
  [[nodiscard]] static State stateOf(const protocol::CounterView& view, const QString& clerk);

 signals:
  void changed();
  void recallCountdownChanged();
  void actionSucceeded(civiq::qtclient::CounterController::Action action);
  void actionFailed(civiq::qtclient::CounterController::Action action, civiq::protocol::ErrorCode code,
                    const QString& message);
  // Call next found nobody waiting for this counter's services.
  void nobodyWaiting();

 private:
  // What a request needs to be sent again under the same key.
  struct Attempt {
    Action action;
    QString detail;  // what else the request says (ticket, transfer target): another detail, another action
    ActionKey key;
    std::int64_t seq;  // the counter state it was made in
  };
  using Send = std::function<void(const ActionKey&, BranchApi::Done<protocol::CounterView>)>;

  void run(Action action, const QString& detail, const Send& send);
  void simpleAction(Action action, CounterAction wire);
  void onReply(const Attempt& attempt, const TypedReply<protocol::CounterView>& reply);
  void readFeed();
  void setBusy(bool busy);
  void tickCountdown();

  BranchApi& api_;
  StaffFeed& feed_;
  domain::CounterId counter_;
  QString clerk_;
  std::optional<protocol::CounterView> view_;
  std::int64_t seq_ = -1;
  State state_ = State::Unknown;
  bool busy_ = false;
  QString lastError_;
  std::optional<Attempt> unanswered_;  // the last action that got no answer at all
  QElapsedTimer viewAge_;              // since the view's recall_in_s was current
  QTimer countdown_;
};

}  // namespace civiq::qtclient
