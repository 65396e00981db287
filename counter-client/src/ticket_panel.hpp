// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The ticket at the counter, impossible to misread: the number large, what the counter is doing
// (closed, nobody called, called, serving, someone else's counter), the service with its place in a
// visit of several, appointment and priority marks, how long the citizen waited, the note of the
// clerk who transferred the ticket here, and the recall cooldown counting down. Reads only the
// CounterController. Thread rule: GUI thread.
#include <QLabel>
#include <QWidget>

#include "qtclient/counter_controller.hpp"
#include "service_directory.hpp"

namespace civiq::counter {

class TicketPanel : public QWidget {
  Q_OBJECT

 public:
  TicketPanel(qtclient::CounterController& counter, const ServiceDirectory& services, QWidget* parent = nullptr);

  [[nodiscard]] QString numberText() const { return number_->text(); }
  [[nodiscard]] QString stateText() const { return state_->text(); }
  [[nodiscard]] QString recallText() const { return recall_->text(); }
  [[nodiscard]] QString detailsText() const { return details_->text(); }
  [[nodiscard]] QString serviceText() const { return service_->text(); }
  [[nodiscard]] QString noteText() const { return note_->text(); }

  // The words for a counter state, as the panel and the status line say it.
  [[nodiscard]] static QString describe(qtclient::CounterController::State state, const QString& occupiedBy);

 private:
  void refresh();
  void refreshCountdown();
  // "Meldebescheinigung", or for a visit of several: "Meldebescheinigung\nDienst 2 von 3 · danach: …".
  [[nodiscard]] QString serviceLine(const protocol::QueueEntry& ticket) const;

  qtclient::CounterController& counter_;
  const ServiceDirectory& services_;
  QLabel* desk_;
  QLabel* state_;
  QLabel* number_;
  QLabel* service_;
  QLabel* details_;
  QLabel* note_;
  QLabel* recall_;
};

}  // namespace civiq::counter
