// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The keyed models of the staff topics (queue, counters, appointments), their filter proxy and the
// StaffFeed's frame handling. Every model runs under QAbstractItemModelTester (Fatal); a mirror
// that only follows the model's signals must end up equal to the model after every step, which
// proves that every change was announced (and no dataChanged was sent for an unchanged row).
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <random>

#include "qtclient/appointments_model.hpp"
#include "qtclient/counters_model.hpp"
#include "qtclient/queue_filter_model.hpp"
#include "qtclient/queue_model.hpp"
#include "qtclient/staff_feed.hpp"

using civiq::domain::CounterId;
using civiq::domain::ServiceId;
using civiq::domain::TicketId;
using civiq::protocol::AppointmentView;
using civiq::protocol::CounterView;
using civiq::protocol::Frame;
using civiq::protocol::QueueEntry;
using civiq::qtclient::AppointmentsModel;
using civiq::qtclient::CountersModel;
using civiq::qtclient::QueueFilterModel;
using civiq::qtclient::QueueModel;
using civiq::qtclient::StaffFeed;
using Rng = std::mt19937;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QueueEntry ticket(std::int64_t id, const char* status = "waiting", int service = 1, std::optional<int> counter = {}) {
  QueueEntry entry;
  entry.id = TicketId{id};
  entry.number = "A" + std::to_string(100 + id);
  entry.service_id = ServiceId{service};
  entry.status = status;
  if (entry.status == "waiting") entry.position = static_cast<int>(id);
  if (counter) entry.counter_id = CounterId{*counter};
  return entry;
}

// What a view sees: it knows only the signals, and reads the rows they name.
class Mirror {
 public:
  explicit Mirror(QAbstractItemModel& model) : model_(model) {
    roles_ = model.roleNames().keys();
    std::sort(roles_.begin(), roles_.end());
    rows_ = modelRows();
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &context_,
                     [this](const QModelIndex&, int first, int last) {
                       for (int row = first; row <= last; ++row) rows_.insert(row, read(row));
                       ++inserts;
                     });
    QObject::connect(&model, &QAbstractItemModel::rowsRemoved, &context_,
                     [this](const QModelIndex&, int first, int last) {
                       rows_.remove(first, last - first + 1);
                       ++removes;
                     });
    QObject::connect(&model, &QAbstractItemModel::rowsMoved, &context_,
                     [this](const QModelIndex&, int first, int last, const QModelIndex&, int before) {
                       const auto block = rows_.mid(first, last - first + 1);
                       rows_.remove(first, block.size());
                       const int at = before > last ? before - static_cast<int>(block.size()) : before;
                       for (int i = 0; i < block.size(); ++i) rows_.insert(at + i, block[i]);
                       ++moves;
                     });
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &context_,
                     [this](const QModelIndex& top, const QModelIndex& bottom) {
                       for (int row = top.row(); row <= bottom.row(); ++row) {
                         const auto now = read(row);
                         if (now == rows_[row]) ++spurious;
                         rows_[row] = now;
                         ++changedRows;
                       }
                     });
    QObject::connect(&model, &QAbstractItemModel::modelAboutToBeReset, &context_, [this] { ++resets; });
  }

  [[nodiscard]] bool inSync() const { return rows_ == modelRows(); }
  void clearCounts() { inserts = removes = moves = changedRows = spurious = 0; }

  int inserts = 0, removes = 0, moves = 0, changedRows = 0, spurious = 0, resets = 0;

 private:
  [[nodiscard]] QVariantList read(int row) const {
    QVariantList values;
    for (const int role : roles_) values << model_.index(row, 0).data(role);
    return values;
  }
  [[nodiscard]] QList<QVariantList> modelRows() const {
    QList<QVariantList> out;
    for (int row = 0; row < model_.rowCount(); ++row) out << read(row);
    return out;
  }

  QAbstractItemModel& model_;
  QObject context_;
  QList<int> roles_;
  QList<QVariantList> rows_;
};

std::vector<std::int64_t> ids(const QueueModel& model) {
  std::vector<std::int64_t> out;
  for (const auto& row : model.rows()) out.push_back(row.id.value);
  return out;
}

std::vector<QueueEntry> tickets(std::initializer_list<std::int64_t> keys) {
  std::vector<QueueEntry> out;
  for (const auto id : keys) out.push_back(ticket(id));
  return out;
}

QStringList numbers(const QAbstractItemModel& model) {
  QStringList out;
  for (int row = 0; row < model.rowCount(); ++row) out << model.index(row, 0).data(QueueModel::NumberRole).toString();
  return out;
}

// ---- random lists for the property test ----------------------------------------------------

int pick(Rng& rng, int below) {
  return std::uniform_int_distribution<int>(0, below - 1)(rng);
}

QueueEntry randomRow(Rng& rng, int key, const QueueEntry*) {
  static const char* const kStatuses[] = {"waiting", "parked", "no_show"};
  QueueEntry entry =
      ticket(key, kStatuses[pick(rng, 3)], 1 + pick(rng, 2), pick(rng, 3) == 0 ? std::optional(1) : std::nullopt);
  entry.waited_s = pick(rng, 3);  // few values: many rows stay the same
  entry.priority = pick(rng, 8) == 0;
  return entry;
}

CounterView randomRow(Rng& rng, int key, const CounterView*) {
  CounterView counter;
  counter.id = CounterId{key};
  counter.name = "Schalter " + std::to_string(key);
  counter.service_ids = {ServiceId{1 + pick(rng, 2)}};
  counter.open = pick(rng, 2) == 0;
  if (counter.open) counter.clerk = pick(rng, 2) ? "anna" : "ben";
  if (counter.open && pick(rng, 2)) counter.current = ticket(100 + pick(rng, 3), pick(rng, 2) ? "called" : "serving");
  return counter;
}

AppointmentView randomRow(Rng& rng, int key, const AppointmentView*) {
  static const char* const kStatuses[] = {"booked", "checked_in", "cancelled"};
  AppointmentView appointment;
  appointment.code = "LB-" + std::to_string(key);
  appointment.time = civiq::domain::TimePoint{std::chrono::hours(24 * 20000) + std::chrono::minutes(10 * key)};
  appointment.service_ids = {ServiceId{1}};
  appointment.name = "Erika " + std::to_string(key);
  appointment.status = kStatuses[pick(rng, 3)];
  if (appointment.status == "checked_in") appointment.ticket_number = "A" + std::to_string(key);
  return appointment;
}

std::int64_t testKey(const QueueEntry& row) {
  return row.id.value;
}
std::int64_t testKey(const CounterView& row) {
  return row.id.value;
}
std::int64_t testKey(const AppointmentView& row) {
  return std::stoll(row.code.substr(3));
}

// The next list from the previous one: a few removes, inserts, moves and content changes; now and
// then empty, the whole universe, or shuffled.
template <class Row>
std::vector<Row> nextList(Rng& rng, const std::vector<Row>& previous, int universe) {
  std::vector<Row> next;
  const int shape = pick(rng, 20);
  if (shape == 0) return next;  // empty
  if (shape == 1 || previous.empty()) {
    for (int key = 1; key <= universe; ++key)
      if (shape == 1 || pick(rng, 2)) next.push_back(randomRow(rng, key, static_cast<const Row*>(nullptr)));
    if (pick(rng, 2)) std::shuffle(next.begin(), next.end(), rng);
    return next;
  }
  next = previous;
  for (int i = pick(rng, 4); i > 0 && !next.empty(); --i)
    next.erase(next.begin() + pick(rng, static_cast<int>(next.size())));
  for (int i = pick(rng, 4); i > 0; --i) {
    const int key = 1 + pick(rng, universe);
    if (std::none_of(next.begin(), next.end(), [&](const Row& row) { return testKey(row) == key; }))
      next.insert(next.begin() + pick(rng, static_cast<int>(next.size()) + 1),
                  randomRow(rng, key, static_cast<const Row*>(nullptr)));
  }
  for (int i = pick(rng, 3); i > 0 && next.size() > 1; --i) {
    const auto from = next.begin() + pick(rng, static_cast<int>(next.size()));
    Row row = *from;
    next.erase(from);
    next.insert(next.begin() + pick(rng, static_cast<int>(next.size()) + 1), std::move(row));
  }
  for (int i = pick(rng, 4); i > 0 && !next.empty(); --i) {
    auto& row = next[static_cast<std::size_t>(pick(rng, static_cast<int>(next.size())))];
    row = randomRow(rng, static_cast<int>(testKey(row)), static_cast<const Row*>(nullptr));
  }
  if (pick(rng, 10) == 0) std::shuffle(next.begin(), next.end(), rng);
  return next;
}

// Rows of `before` and `after` with the same key but other content: exactly these need dataChanged.
template <class Row>
int changedKeys(const std::vector<Row>& before, const std::vector<Row>& after) {
  int changed = 0;
  for (const auto& row : after)
    for (const auto& old : before)
      if (testKey(old) == testKey(row) && !civiq::qtclient::detail::sameFields(old, row)) ++changed;
  return changed;
}

template <class Model>
void randomRounds(std::uint32_t seed, int rounds, int universe) {
  using Row = std::remove_cvref_t<decltype(std::declval<Model&>().rows().front())>;
  Model model;
  QAbstractItemModelTester tester(&model, kFatal);
  Mirror mirror(model);
  QSignalSpy count(&model, &Model::countChanged);
  QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
  Rng rng(seed);
  std::vector<Row> target;
  int inserts = 0, removes = 0, moves = 0, changes = 0;  // the rounds must have exercised each kind
  for (int round = 0; round < rounds; ++round) {
    const auto previous = target;
    target = nextList(rng, previous, universe);
    mirror.clearCounts();
    count.clear();
    model.setRows(target);
    const QString at = QStringLiteral("round %1").arg(round);
    QVERIFY2(model.rows().size() == target.size(), qPrintable(at));
    for (std::size_t i = 0; i < target.size(); ++i)
      QVERIFY2(civiq::qtclient::detail::sameFields(model.rows()[i], target[i]), qPrintable(at));
    QVERIFY2(mirror.inSync(), qPrintable(at + ": a change was not announced"));
    QVERIFY2(mirror.spurious == 0, qPrintable(at + ": dataChanged for an unchanged row"));
    QCOMPARE(mirror.changedRows, changedKeys(previous, target));
    QCOMPARE(count.count(), previous.size() == target.size() ? 0 : 1);
    QCOMPARE(resets.count(), 0);
    inserts += mirror.inserts;
    removes += mirror.removes;
    moves += mirror.moves;
    changes += mirror.changedRows;
  }
  QVERIFY(inserts > rounds / 4 && removes > rounds / 4 && moves > rounds / 4 && changes > rounds / 4);
}

Frame frame(std::string_view topic, std::string_view kind, std::int64_t seq, const auto& data) {
  return Frame{std::string(topic), std::string(kind), seq, civiq::protocol::encode(data)};
}

civiq::protocol::QueueView queueView(std::initializer_list<std::int64_t> keys) {
  return {tickets(keys)};
}

}  // namespace

class KeyedModelsTest : public QObject {
  Q_OBJECT

 private slots:
  void insertsRemovesAndEmptyFullNeverReset() {
    QueueModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    Mirror mirror(model);
    QSignalSpy count(&model, &QueueModel::countChanged);

    model.setRows(tickets({1, 2, 3, 4, 5, 6}));  // empty -> full: one insert
    QCOMPARE(mirror.inserts, 1);
    QCOMPARE(count.count(), 1);
    mirror.clearCounts();

    model.setRows(tickets({1, 4, 5}));  // rows 2 and 3 go in one step, 6 in another
    QCOMPARE(ids(model), (std::vector<std::int64_t>{1, 4, 5}));
    QCOMPARE(mirror.removes, 2);
    mirror.clearCounts();

    model.setRows(tickets({7, 8, 1, 4, 9, 5, 10, 11}));  // three runs of new keys
    QCOMPARE(ids(model), (std::vector<std::int64_t>{7, 8, 1, 4, 9, 5, 10, 11}));
    QCOMPARE(mirror.inserts, 3);
    QCOMPARE(mirror.moves, 0);
    QCOMPARE(mirror.removes, 0);
    mirror.clearCounts();

    model.setRows({});  // full -> empty: one remove
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(mirror.removes, 1);
    QVERIFY(mirror.inSync());
    QCOMPARE(mirror.resets, 0);
    QCOMPARE(count.count(), 4);
  }

  void aPostponedTicketIsOneMoveAndAReversalTheFewest() {
    QueueModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    Mirror mirror(model);
    model.setRows(tickets({1, 2, 3, 4, 5, 6}));
    mirror.clearCounts();

    model.setRows(tickets({2, 3, 4, 5, 1, 6}));  // ticket 1 postponed by four places
    QCOMPARE(ids(model), (std::vector<std::int64_t>{2, 3, 4, 5, 1, 6}));
    QCOMPARE(mirror.moves, 1);
    QCOMPARE(mirror.inserts + mirror.removes, 0);
    mirror.clearCounts();

    model.setRows(tickets({6, 2, 3, 4, 5, 1}));  // ticket 6 jumps to the front
    QCOMPARE(mirror.moves, 1);
    mirror.clearCounts();

    model.setRows(tickets({1, 5, 4, 3, 2, 6}));  // reversed: all but one row move
    QCOMPARE(ids(model), (std::vector<std::int64_t>{1, 5, 4, 3, 2, 6}));
    QCOMPARE(mirror.moves, 5);
    QVERIFY(mirror.inSync());

    model.setRows(tickets({9, 3, 1, 8}));  // removes, moves and inserts at once
    QCOMPARE(ids(model), (std::vector<std::int64_t>{9, 3, 1, 8}));
    QVERIFY(mirror.inSync());
    QCOMPARE(mirror.resets, 0);
  }

  void aChangedRowGetsDataChangedForThatRowOnly() {
    QueueModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setRows(tickets({1, 2, 3, 4}));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy count(&model, &QueueModel::countChanged);
    auto next = tickets({1, 2, 3, 4});
    next[2].status = "parked";
    next[2].position.reset();
    next[2].counter_id = CounterId{3};
    model.setRows(next);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 2);
    QCOMPARE(count.count(), 0);
    QCOMPARE(model.index(2).data(QueueModel::StatusGroupRole).toString(), QStringLiteral("parked"));
    QCOMPARE(model.index(2).data(QueueModel::CounterIdRole).toInt(), 3);
    QCOMPARE(model.index(2).data(QueueModel::PositionRole).toInt(), -1);

    changed.clear();
    model.setRows(next);  // the same list again: nothing at all
    QCOMPARE(changed.count(), 0);

    next[0].waited_s = 61;  // a moved and changed row: moved, then dataChanged at its new place
    std::rotate(next.begin(), next.begin() + 1, next.end());
    model.setRows(next);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 3);
    QCOMPARE(model.index(3).data(QueueModel::WaitedSecondsRole).toLongLong(), 61);
  }

  void randomListsKeepEveryModelExactAndNeverReset() {
    randomRounds<QueueModel>(20261205, 1500, 40);
    randomRounds<CountersModel>(7, 600, 12);
    randomRounds<AppointmentsModel>(99, 600, 30);
  }

  void anAppointmentWhoseTimePassedUncheckedIsLate() {
    AppointmentsModel model;
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    const auto at = [](std::string code, civiq::domain::TimePoint time, std::string status) {
      civiq::protocol::AppointmentView view;
      view.code = std::move(code);
      view.time = time;
      view.status = std::move(status);
      return view;
    };
    model.setRows({at("PAST", now - std::chrono::minutes{10}, "booked"), at("SOON", now + std::chrono::hours{1}, "booked"),
                   at("HERE", now - std::chrono::minutes{10}, "checked_in")});
    const auto checkIn = [&](int row) { return model.index(row).data(AppointmentsModel::CheckInRole).toString(); };
    QCOMPARE(checkIn(0), QStringLiteral("late"));
    QCOMPARE(checkIn(1), QStringLiteral("booked"));
    QCOMPARE(checkIn(2), QStringLiteral("checked_in"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshLateness();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{AppointmentsModel::CheckInRole});
  }

  void aRepeatedKeyKeepsItsFirstRow() {
    QueueModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    auto list = tickets({1, 2, 1});
    list[2].status = "parked";
    model.setRows(list);
    QCOMPARE(ids(model), (std::vector<std::int64_t>{1, 2}));
    QCOMPARE(model.ticket(TicketId{1})->status, std::string("waiting"));
  }

  void queueRolesHaveQmlNamesAndAccessorByKey() {
    QueueModel model;
    auto entry = ticket(17, "waiting", 2);
    entry.estimated_wait_s = 120;
    entry.waited_s = 300;
    entry.priority = true;
    entry.appointment = true;
    entry.appointment_code = "LB-7F3K";
    model.setRows({entry, ticket(18, "no_show"), ticket(19, "recalled_by_a_newer_server")});
    const auto names = model.roleNames();
    const QModelIndex row = model.index(0);
    const auto role = [&](const char* name) { return row.data(names.key(name)); };
    QCOMPARE(role("id").toLongLong(), 17);
    QCOMPARE(role("number").toString(), QStringLiteral("A117"));
    QCOMPARE(role("serviceId").toInt(), 2);
    QCOMPARE(role("status").toString(), QStringLiteral("waiting"));
    QCOMPARE(role("statusGroup").toString(), QStringLiteral("waiting"));
    QCOMPARE(role("position").toInt(), 17);
    QCOMPARE(role("estimatedWaitSeconds").toLongLong(), 120);
    QCOMPARE(role("waitedSeconds").toLongLong(), 300);
    QCOMPARE(role("priority").toBool(), true);
    QCOMPARE(role("appointment").toBool(), true);
    QCOMPARE(role("appointmentCode").toString(), QStringLiteral("LB-7F3K"));
    QCOMPARE(role("counterId").toInt(), -1);
    QCOMPARE(row.data(Qt::DisplayRole).toString(), QStringLiteral("A117"));
    QCOMPARE(model.index(1).data(QueueModel::StatusGroupRole).toString(), QStringLiteral("no_show"));
    QCOMPARE(model.index(2).data(QueueModel::StatusGroupRole).toString(), QStringLiteral("other"));
    QCOMPARE(model.index(1).data(QueueModel::EstimatedWaitSecondsRole).toLongLong(), -1);

    QCOMPARE(model.ticket(TicketId{18})->number, std::string("A118"));
    QVERIFY(!model.ticket(TicketId{5}).has_value());
    QCOMPARE(model.rowOf(TicketId{19}), 2);
  }

  void countersAndAppointmentsRoles() {
    CountersModel counters;
    QAbstractItemModelTester countersTester(&counters, kFatal);
    CounterView counter;
    counter.id = CounterId{3};
    counter.name = "Schalter 3";
    counter.service_ids = {ServiceId{1}, ServiceId{2}};
    counter.open = true;
    counter.clerk = "anna";
    counter.current = ticket(42, "called", 1, 3);
    CounterView closed;
    closed.id = CounterId{4};
    closed.name = "Schalter 4";
    counters.setRows({counter, closed});
    auto names = counters.roleNames();
    auto role = [&](int row, const char* name) { return counters.index(row).data(names.key(name)); };
    QCOMPARE(role(0, "id").toInt(), 3);
    QCOMPARE(role(0, "name").toString(), QStringLiteral("Schalter 3"));
    QCOMPARE(role(0, "serviceIds").toList(), (QVariantList{1, 2}));
    QCOMPARE(role(0, "open").toBool(), true);
    QCOMPARE(role(0, "clerk").toString(), QStringLiteral("anna"));
    QCOMPARE(role(0, "currentNumber").toString(), QStringLiteral("A142"));
    QCOMPARE(role(0, "currentStatus").toString(), QStringLiteral("called"));
    QCOMPARE(role(0, "currentTicketId").toLongLong(), 42);
    QCOMPARE(role(1, "clerk").toString(), QString());
    QCOMPARE(role(1, "currentNumber").toString(), QString());
    QCOMPARE(role(1, "currentTicketId").toLongLong(), -1);
    QCOMPARE(counters.counter(CounterId{3})->clerk, std::optional<std::string>("anna"));
    QVERIFY(!counters.counter(CounterId{9}));

    // The ticket at the counter is served now: one dataChanged for that counter.
    QSignalSpy changed(&counters, &QAbstractItemModel::dataChanged);
    counter.current->status = "serving";
    counters.setRows({counter, closed});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(role(0, "currentStatus").toString(), QStringLiteral("serving"));

    AppointmentsModel appointments;
    QAbstractItemModelTester appointmentsTester(&appointments, kFatal);
    AppointmentView appointment;
    appointment.code = "LB-7F3K";
    appointment.time = civiq::domain::TimePoint{std::chrono::seconds(1795423800)};  // 2026-11-23T08:50:00Z
    appointment.service_ids = {ServiceId{1}};
    appointment.name = "Erika Mustermann";
    appointment.status = "checked_in";
    appointment.ticket_number = "A042";
    appointments.setRows({appointment});
    names = appointments.roleNames();
    const auto value = [&](const char* name) { return appointments.index(0).data(names.key(name)); };
    QCOMPARE(value("code").toString(), QStringLiteral("LB-7F3K"));
    QCOMPARE(value("time").toDateTime(), QDateTime(QDate(2026, 11, 23), QTime(8, 50), Qt::UTC));
    QCOMPARE(value("time").toDateTime().timeSpec(), Qt::UTC);
    QCOMPARE(value("serviceIds").toList(), (QVariantList{1}));
    QCOMPARE(value("name").toString(), QStringLiteral("Erika Mustermann"));
    QCOMPARE(value("status").toString(), QStringLiteral("checked_in"));
    QCOMPARE(value("ticketNumber").toString(), QStringLiteral("A042"));
    QCOMPARE(appointments.appointment("LB-7F3K")->name, std::string("Erika Mustermann"));
    QVERIFY(!appointments.appointment("LB-0000"));
  }

  void theFilterShowsGroupsServicesAndCountersInSourceOrder() {
    QueueModel queue;
    QueueFilterModel filter;
    filter.setSourceModel(&queue);
    QAbstractItemModelTester tester(&filter, kFatal);
    QSignalSpy resets(&filter, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy count(&filter, &QueueFilterModel::countChanged);
    queue.setRows({ticket(1, "waiting", 1), ticket(2, "waiting", 2), ticket(3, "parked", 1, 4), ticket(4, "no_show", 2),
                   ticket(5, "waiting", 1), ticket(6, "parked", 2, 5)});
    QCOMPARE(filter.count(), 6);
    QCOMPARE(count.count(), 1);

    filter.setStatusGroups({QStringLiteral("waiting")});
    QCOMPARE(numbers(filter), (QStringList{"A101", "A102", "A105"}));
    filter.setServiceIds({1});
    QCOMPARE(numbers(filter), (QStringList{"A101", "A105"}));
    filter.setStatusGroups({QStringLiteral("waiting"), QStringLiteral("parked")});
    QCOMPARE(numbers(filter), (QStringList{"A101", "A103", "A105"}));
    filter.setServiceIds({});
    filter.setCounterId(5);
    QCOMPARE(numbers(filter), (QStringList{"A106"}));
    filter.setCounterId(QueueFilterModel::kAnyCounter);
    filter.setStatusGroups({});
    QCOMPARE(filter.count(), 6);

    // The source changes: a parked ticket is called back and waits again; the view follows.
    filter.setStatusGroups({QStringLiteral("parked")});
    QCOMPARE(numbers(filter), (QStringList{"A103", "A106"}));
    queue.setRows({ticket(1, "waiting", 1), ticket(2, "waiting", 2), ticket(3, "waiting", 1), ticket(4, "no_show", 2),
                   ticket(5, "waiting", 1), ticket(6, "parked", 2, 5), ticket(7, "parked", 1, 4)});
    QCOMPARE(numbers(filter), (QStringList{"A106", "A107"}));
    // Reordered source: the view keeps the source's order.
    queue.setRows({ticket(7, "parked", 1, 4), ticket(6, "parked", 2, 5)});
    QCOMPARE(numbers(filter), (QStringList{"A107", "A106"}));
    QCOMPARE(filter.count(), 2);
    QCOMPARE(resets.count(), 0);
  }

  void filterPropertiesAreForQml() {
    QueueFilterModel filter;
    QSignalSpy groups(&filter, &QueueFilterModel::statusGroupsChanged);
    QSignalSpy services(&filter, &QueueFilterModel::serviceIdsChanged);
    QSignalSpy counter(&filter, &QueueFilterModel::counterIdChanged);
    QVERIFY(filter.setProperty("statusGroups", QStringList{QStringLiteral("waiting")}));
    QVERIFY(filter.setProperty("serviceIds", QVariant::fromValue(QList<int>{1, 2})));
    QVERIFY(filter.setProperty("counterId", 3));
    QVERIFY(filter.setProperty("counterId", 3));  // unchanged: no signal
    QCOMPARE(groups.count(), 1);
    QCOMPARE(services.count(), 1);
    QCOMPARE(counter.count(), 1);
    QCOMPARE(filter.property("serviceIds").value<QList<int>>(), (QList<int>{1, 2}));
    QCOMPARE(filter.property("count").toInt(), 0);
  }

  void theFeedAppliesFramesAndIgnoresStaleOnes() {
    civiq::qtclient::BranchClient client(QUrl(QStringLiteral("http://127.0.0.1:9")));
    StaffFeed feed(client);
    QAbstractItemModelTester tester(feed.queue(), kFatal);
    namespace topic = civiq::protocol::topic;
    namespace kind = civiq::protocol::frame_kind;

    QVERIFY(feed.applyFrame(frame(topic::kQueue, kind::kSnapshot, 10, queueView({1, 2}))));
    QVERIFY(feed.applyFrame(frame(topic::kQueue, kind::kUpdate, 12, queueView({1, 2, 3}))));
    QCOMPARE(feed.lastSeq(topic::kQueue), 12);
    // A frame older than what the model shows must not take the new ticket away again.
    QVERIFY(!feed.applyFrame(frame(topic::kQueue, kind::kUpdate, 11, queueView({1, 2}))));
    QVERIFY(!feed.applyFrame(frame(topic::kQueue, kind::kSnapshot, 9, queueView({}))));
    QCOMPARE(ids(*feed.queue()), (std::vector<std::int64_t>{1, 2, 3}));
    // The same seq is not older (a change that stored no queue event, e.g. a counter opening).
    QVERIFY(feed.applyFrame(frame(topic::kQueue, kind::kUpdate, 12, queueView({2, 3}))));
    QCOMPARE(ids(*feed.queue()), (std::vector<std::int64_t>{2, 3}));
    // Each topic has its own watermark.
    QCOMPARE(feed.lastSeq(topic::kCounters), 0);
    civiq::protocol::CounterList counters;
    counters.counters.push_back(CounterView{});
    counters.counters.back().id = CounterId{1};
    counters.counters.back().current = ticket(7, "called", 1, 1);
    QVERIFY(feed.applyFrame(frame(topic::kCounters, kind::kUpdate, 5, counters)));
    QCOMPARE(feed.counters()->rowCount(), 1);

    // A ticket is found in the queue or at its counter.
    QCOMPARE(feed.ticket(TicketId{3})->status, std::string("waiting"));
    QCOMPARE(feed.ticket(TicketId{7})->status, std::string("called"));
    QCOMPARE(feed.ticket(TicketId{7})->counter_id, std::optional(CounterId{1}));
    QVERIFY(!feed.ticket(TicketId{1}));
  }

  void theFeedSkipsUnknownKindsTopicsAndFieldsAndBadData() {
    civiq::qtclient::BranchClient client(QUrl(QStringLiteral("http://127.0.0.1:9")));
    StaffFeed feed(client);
    QAbstractItemModelTester tester(feed.queue(), kFatal);
    namespace topic = civiq::protocol::topic;
    QVERIFY(feed.applyFrame(frame(topic::kQueue, "snapshot", 3, queueView({1}))));

    // A kind or topic of a newer server: skipped, nothing changes.
    QVERIFY(!feed.applyFrame(frame(topic::kQueue, "diff", 4, queueView({}))));
    QVERIFY(!feed.applyFrame(frame("weather", "update", 4, queueView({}))));
    QCOMPARE(ids(*feed.queue()), (std::vector<std::int64_t>{1}));
    QCOMPARE(feed.lastSeq(topic::kQueue), 3);

    // Fields a newer server adds (envelope, list, entry) are ignored; the rest is applied.
    const auto parsed = civiq::protocol::parse_frame(
        R"({"topic": "queue", "kind": "update", "seq": 5, "origin": "node-2", "data": {"tickets": [)"
        R"({"id": 1, "number": "A001", "service_id": 1, "status": "waiting", "position": 1, "waited_s": 30,)"
        R"( "priority": false, "appointment": false, "mood": "patient"},)"
        R"({"id": 2, "number": "A002", "service_id": 1, "status": "parked", "waited_s": 10, "priority": false,)"
        R"( "appointment": false, "counter_id": 2, "parked_reason": "documents"}], "paging": null}})");
    QVERIFY(parsed.frame);
    QVERIFY(feed.applyFrame(*parsed.frame));
    QCOMPARE(ids(*feed.queue()), (std::vector<std::int64_t>{1, 2}));
    QCOMPARE(feed.queue()->index(1).data(QueueModel::CounterIdRole).toInt(), 2);
    QCOMPARE(feed.queue()->index(0).data(QueueModel::AppointmentCodeRole).toString(), QString());

    // Data that does not decode (a required field missing): skipped, the model stays as it was.
    const auto broken = civiq::protocol::parse_frame(
        R"({"topic": "queue", "kind": "update", "seq": 6, "data": {"tickets": [{"id": 3}]}})");
    QVERIFY(broken.frame);
    QVERIFY(!feed.applyFrame(*broken.frame));
    QCOMPARE(ids(*feed.queue()), (std::vector<std::int64_t>{1, 2}));
    QCOMPARE(feed.lastSeq(topic::kQueue), 5);
  }

  void synchronizedComesOnceAllThreeSnapshotsAreIn() {
    civiq::qtclient::BranchClient client(QUrl(QStringLiteral("http://127.0.0.1:9")));
    StaffFeed feed(client);
    QSignalSpy synchronized(&feed, &StaffFeed::synchronized);
    namespace topic = civiq::protocol::topic;
    namespace kind = civiq::protocol::frame_kind;
    QVERIFY(feed.applyFrame(frame(topic::kQueue, kind::kSnapshot, 4, queueView({1}))));
    QVERIFY(feed.applyFrame(frame(topic::kCounters, kind::kUpdate, 4, civiq::protocol::CounterList{})));
    QVERIFY(feed.applyFrame(frame(topic::kAppointments, kind::kSnapshot, 4, civiq::protocol::AppointmentList{})));
    QCOMPARE(synchronized.count(), 0);  // an update is not the counters' snapshot
    QVERIFY(feed.applyFrame(frame(topic::kCounters, kind::kSnapshot, 4, civiq::protocol::CounterList{})));
    QCOMPARE(synchronized.count(), 1);
    QVERIFY(feed.applyFrame(frame(topic::kQueue, kind::kUpdate, 5, queueView({1, 2}))));
    QVERIFY(feed.applyFrame(frame(topic::kQueue, kind::kSnapshot, 5, queueView({1, 2}))));
    QCOMPARE(synchronized.count(), 1);  // once per (re)connect
  }
};

QTEST_GUILESS_MAIN(KeyedModelsTest)
#include "keyed_models_test.moc"
