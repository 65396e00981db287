// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Where the current citizen goes next: another service (its queue, in line by when they came), or a
// named counter, with a note for the clerk there ("ID checked, certificate missing"). Keyboard
// first: the service list has the focus, arrows choose, Alt+N writes the note, Enter sends.
// Thread rule: GUI thread.
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <optional>

#include "protocol/messages.hpp"
#include "qtclient/counters_model.hpp"
#include "service_directory.hpp"

namespace civiq::counter {

class TransferDialog : public QDialog {
  Q_OBJECT

 public:
  // `here`: the counter the ticket is at (not offered as a target).
  TransferDialog(const ServiceDirectory& services, const qtclient::CountersModel& counters, domain::CounterId here,
                 QWidget* parent = nullptr);

  // The target chosen; nullopt until a service is selected.
  [[nodiscard]] std::optional<protocol::TransferRequest> target() const;
  [[nodiscard]] QListWidget* serviceList() const { return services_; }
  [[nodiscard]] QComboBox* counterChoice() const { return counters_; }
  [[nodiscard]] QLineEdit* noteField() const { return note_; }

 private:
  QListWidget* services_;
  QComboBox* counters_;
  QLineEdit* note_;
};

}  // namespace civiq::counter
