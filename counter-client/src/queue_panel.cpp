// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "queue_panel.hpp"

#include <QDateTime>
#include <QHeaderView>
#include <QKeyEvent>
#include <QTimer>
#include <algorithm>

#include "device_words.hpp"
#include "qtclient/appointments_model.hpp"
#include "qtclient/queue_model.hpp"

namespace civiq::counter {

using qtclient::AppointmentsModel;
using qtclient::DeviceHealthModel;
using qtclient::QueueModel;

namespace {

constexpr std::chrono::seconds kLatenessCheck{30};

QString minutes(const QVariant& seconds) {
  return formatMinutes(seconds.toLongLong());
}

QString statusWords(const QVariant& status) {
  const QString s = status.toString();
  if (s == QLatin1String("parked")) return QueuePanel::tr("geparkt");
  if (s == QLatin1String("no_show")) return QueuePanel::tr("nicht erschienen");
  if (s == QLatin1String("booked")) return QueuePanel::tr("noch nicht da");
  if (s == QLatin1String("late")) return QueuePanel::tr("verspätet");
  if (s == QLatin1String("checked_in")) return QueuePanel::tr("eingecheckt");
  if (s == QLatin1String("cancelled")) return QueuePanel::tr("storniert");
  return s;
}

// Enter in a list acts on its selected row (a QTableView uses Enter for editing, which is off).
class EnterActs : public QObject {
 public:
  EnterActs(QueuePanel* panel, QTableView* view) : QObject(view), panel_(panel), view_(view) {}
  bool eventFilter(QObject* /*watched*/, QEvent* event) override {
    if (event->type() != QEvent::KeyPress) return false;
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (key != Qt::Key_Return && key != Qt::Key_Enter) return false;
    panel_->actOnSelected(view_);
    return true;
  }

 private:
  QueuePanel* panel_;
  QTableView* view_;
};

}  // namespace

QueuePanel::QueuePanel(qtclient::StaffFeed& feed, qtclient::DeviceHealthModel& devices,
                       qtclient::CounterController& counter, const ServiceDirectory& services, QWidget* parent)
    : QTabWidget(parent),
      feed_(feed),
      devices_(devices),
      counter_(counter),
      waitingColumns_({{tr("Nummer"), QueueModel::NumberRole, {}},
                       {tr("Dienst"), QueueModel::ServiceIdRole,
                        [&services](const QVariant& id) { return services.name(id.toInt()); }},
                       {tr("Gewartet"), QueueModel::WaitedSecondsRole, minutes},
                       {tr("Noch etwa"), QueueModel::EstimatedWaitSecondsRole,
                        [](const QVariant& v) { return v.toLongLong() < 0 ? QString() : minutes(v); }},
                       {tr("Termin"), QueueModel::AppointmentCodeRole, {}},
                       {tr("Vorrang"), QueueModel::PriorityRole,
                        [](const QVariant& v) { return v.toBool() ? tr("ja") : QString(); }},
                       {tr("Notiz"), QueueModel::TransferNoteRole, {}}}),
      setAsideColumns_({{tr("Nummer"), QueueModel::NumberRole, {}},
                        {tr("Status"), QueueModel::StatusRole, statusWords},
                        {tr("Dienst"), QueueModel::ServiceIdRole,
                         [&services](const QVariant& id) { return services.name(id.toInt()); }},
                        {tr("Schalter"), QueueModel::CounterIdRole,
                         [](const QVariant& id) { return id.toInt() > 0 ? id.toString() : QString(); }}}),
      appointmentColumns_(
          {{tr("Zeit"), AppointmentsModel::TimeRole,
            [](const QVariant& t) { return t.toDateTime().toLocalTime().toString(QStringLiteral("HH:mm")); }},
           {tr("Code"), AppointmentsModel::CodeRole, {}},
           {tr("Name"), AppointmentsModel::NameRole, {}},
           {tr("Status"), AppointmentsModel::CheckInRole, statusWords},
           {tr("Ticket"), AppointmentsModel::TicketNumberRole, {}}}),
      deviceColumns_({{tr("Gerät"), DeviceHealthModel::NameRole, {}},
                      {tr("Zustand"), DeviceHealthModel::StatusRole,
                       [](const QVariant& status) { return DeviceWords::status(status.toString()); }},
                      {tr("Was ist"), DeviceHealthModel::ProblemsRole,
                       [](const QVariant& codes) { return DeviceWords::problems(codes.toStringList()); }},
                      {tr("Papier"), DeviceHealthModel::PaperLeftRole,
                       [](const QVariant& left) {
                         return left.toLongLong() < 0 ? QString() : tr("≈ %1 Tickets").arg(left.toLongLong());
                       }},
                      {tr("Fehler"), DeviceHealthModel::LastErrorRole, {}},
                      {tr("Version"), DeviceHealthModel::AppVersionRole, {}}}) {
  waiting_.setSourceModel(feed_.queue());
  waiting_.setStatusGroups({QStringLiteral("waiting")});
  setAside_.setSourceModel(feed_.queue());
  setAside_.setStatusGroups({QStringLiteral("parked"), QStringLiteral("no_show")});
  waitingColumns_.setSourceModel(&waiting_);
  setAsideColumns_.setSourceModel(&setAside_);
  appointmentColumns_.setSourceModel(feed_.appointments());
  deviceColumns_.setSourceModel(&devices_);

  waitingView_ = table(&waitingColumns_, tr("Wartende"));
  setAsideView_ = table(&setAsideColumns_, tr("Geparkt und nicht erschienen"));
  appointmentsView_ = table(&appointmentColumns_, tr("Termine heute"));
  addTab(waitingView_, tr("&Wartend"));
  addTab(setAsideView_, tr("&Geparkt / nicht erschienen"));
  addTab(appointmentsView_, tr("T&ermine heute"));
  devicesView_ = table(&deviceColumns_, tr("Kiosks und Anzeigen"));
  addTab(devicesView_, {});
  nameDevicesTab();
  connect(&devices_, &DeviceHealthModel::countChanged, this, &QueuePanel::nameDevicesTab);

  for (auto* model : {&waiting_, &setAside_})
    connect(model, &qtclient::QueueFilterModel::countChanged, this, &QueuePanel::countsChanged);
  connect(feed_.queue(), &QAbstractItemModel::dataChanged, this, &QueuePanel::countsChanged);
  connect(&counter_, &qtclient::CounterController::changed, this, &QueuePanel::followCounterServices);
  // An appointment whose time passes without a check-in turns "late" with no event to say so.
  auto* lateness = new QTimer(this);
  lateness->setInterval(kLatenessCheck);
  connect(lateness, &QTimer::timeout, feed_.appointments(), &AppointmentsModel::refreshLateness);
  lateness->start();
  followCounterServices();
}

QTableView* QueuePanel::table(QAbstractItemModel* model, const QString& name) {
  auto* view = new QTableView(this);
  view->setModel(model);
  view->setAccessibleName(name);
  view->setSelectionBehavior(QAbstractItemView::SelectRows);
  view->setSelectionMode(QAbstractItemView::SingleSelection);
  view->setEditTriggers(QAbstractItemView::NoEditTriggers);
  view->setTabKeyNavigation(false);  // Tab leaves the list, as everywhere else
  view->verticalHeader()->hide();
  view->horizontalHeader()->setStretchLastSection(true);
  view->installEventFilter(new EnterActs(this, view));
  connect(view, &QTableView::doubleClicked, this, [this, view] { actOnSelected(view); });
  return view;
}

void QueuePanel::followCounterServices() {
  QList<int> ids;
  if (const auto& view = counter_.view())
    for (const auto& id : view->service_ids) ids << id.value;
  if (ids != waiting_.serviceIds()) waiting_.setServiceIds(ids);
}

void QueuePanel::nameDevicesTab() {
  const int attention = devices_.attentionCount();
  setTabText(indexOf(devicesView_), attention == 0 ? tr("Ge&räte") : tr("Ge&räte (%1 ⚠)").arg(attention));
}

qint64 QueuePanel::longestWaitSeconds() const {
  qint64 longest = 0;
  for (int row = 0; row < waiting_.rowCount(); ++row)
    longest = std::max(longest, waiting_.index(row, 0).data(QueueModel::WaitedSecondsRole).toLongLong());
  return longest;
}

void QueuePanel::actOnSelected(QTableView* view) {
  const QModelIndex current = view->currentIndex();
  if (!current.isValid() || view == appointmentsView_ || view == devicesView_) return;
  const domain::TicketId ticket{current.data(QueueModel::IdRole).toLongLong()};
  if (current.data(QueueModel::StatusRole).toString() == QLatin1String("no_show"))
    counter_.reactivate(ticket);
  else
    counter_.callTicket(ticket);
}

}  // namespace civiq::counter
