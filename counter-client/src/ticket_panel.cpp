// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "ticket_panel.hpp"

#include <QVBoxLayout>

#include "role_columns_model.hpp"

namespace civiq::counter {

using State = qtclient::CounterController::State;

namespace {

constexpr double kNumberScale = 4.0;  // the number, times the window's font size
constexpr double kStateScale = 1.4;

QLabel* label(QWidget* parent, double scale, bool bold) {
  auto* text = new QLabel(parent);
  QFont font = text->font();
  font.setPointSizeF(font.pointSizeF() * scale);
  font.setBold(bold);
  text->setFont(font);
  text->setAlignment(Qt::AlignCenter);
  text->setWordWrap(true);
  text->setTextInteractionFlags(Qt::NoTextInteraction);
  return text;
}

}  // namespace

TicketPanel::TicketPanel(qtclient::CounterController& counter, const ServiceDirectory& services, QWidget* parent)
    : QWidget(parent),
      counter_(counter),
      services_(services),
      desk_(label(this, 1.0, false)),
      state_(label(this, kStateScale, true)),
      number_(label(this, kNumberScale, true)),
      service_(label(this, kStateScale, false)),
      details_(label(this, 1.0, false)),
      note_(label(this, 1.0, false)),
      recall_(label(this, 1.0, false)) {
  auto* layout = new QVBoxLayout(this);
  for (QLabel* part : {desk_, state_, number_, service_, details_, note_, recall_}) layout->addWidget(part);
  // A framed box: the note is the one thing here a colleague wrote for this clerk.
  note_->setFrameShape(QFrame::Box);
  note_->setMargin(note_->fontMetrics().height() / 3);
  note_->setAccessibleName(tr("Notiz der Weiterleitung"));
  layout->addStretch();
  number_->setAccessibleName(tr("Aktuelle Nummer"));
  connect(&counter_, &qtclient::CounterController::changed, this, &TicketPanel::refresh);
  connect(&counter_, &qtclient::CounterController::recallCountdownChanged, this, &TicketPanel::refreshCountdown);
  connect(&services_, &ServiceDirectory::loaded, this, &TicketPanel::refresh);
  refresh();
}

QString TicketPanel::describe(State state, const QString& occupiedBy) {
  switch (state) {
    case State::Unknown:
      return tr("Verbinde …");
    case State::Closed:
      return tr("Schalter geschlossen");
    case State::Occupied:
      return tr("Schalter ist bei %1 angemeldet").arg(occupiedBy);
    case State::Idle:
      return tr("Niemand aufgerufen");
    case State::OnBreak:
      return tr("Pause – ruft niemanden auf");
    case State::Called:
      return tr("Aufgerufen");
    case State::Serving:
      return tr("In Bedienung");
  }
  return {};
}

void TicketPanel::refresh() {
  desk_->setText(counter_.counterName());
  state_->setText(describe(counter_.state(), counter_.occupiedBy()));
  const auto ticket = counter_.current();
  number_->setText(ticket ? QString::fromStdString(ticket->number) : QStringLiteral("–"));
  service_->setText(ticket ? serviceLine(*ticket) : QString());
  const QString note = ticket ? QString::fromStdString(ticket->transfer_note.value_or(std::string())) : QString();
  note_->setText(note.isEmpty() ? QString() : tr("Notiz: %1").arg(note));
  note_->setVisible(!note.isEmpty());
  QStringList marks;
  if (ticket) {
    if (ticket->appointment)
      marks << tr("Termin %1").arg(QString::fromStdString(ticket->appointment_code.value_or(std::string())));
    if (ticket->priority) marks << tr("Vorrang");
    marks << tr("gewartet: %1").arg(formatMinutes(ticket->waited_s));
    if (ticket->recalls) marks << tr("%1-mal erneut aufgerufen").arg(*ticket->recalls);
  }
  if (const auto& view = counter_.view(); counter_.state() == State::OnBreak && view && view->break_since)
    marks << services_.breakReasonName(QString::fromStdString(view->break_reason.value_or(std::string())))
          << tr("seit %1").arg(officeTimeOfDay(*view->break_since));
  details_->setText(marks.join(QStringLiteral(" · ")));
  refreshCountdown();
}

QString TicketPanel::serviceLine(const protocol::QueueEntry& ticket) const {
  const QString name = services_.name(ticket.service_id.value);
  if (!ticket.visit_service_ids || !ticket.visit_index) return name;
  const auto& visit = *ticket.visit_service_ids;
  const auto step = static_cast<std::size_t>(*ticket.visit_index);
  QString line = tr("Dienst %1 von %2").arg(step + 1).arg(visit.size());
  QStringList after;
  for (std::size_t i = step + 1; i < visit.size(); ++i) after << services_.name(visit[i].value);
  if (!after.isEmpty()) line += tr(" · danach: %1").arg(after.join(QStringLiteral(", ")));
  return name + QLatin1Char('\n') + line;
}

void TicketPanel::refreshCountdown() {
  const int seconds = counter_.recallInSeconds();
  if (counter_.state() != State::Called)
    recall_->clear();
  else if (seconds > 0)
    recall_->setText(tr("Erneut aufrufen in %1 s").arg(seconds));
  else
    recall_->setText(tr("Erneut aufrufen möglich"));
}

}  // namespace civiq::counter
