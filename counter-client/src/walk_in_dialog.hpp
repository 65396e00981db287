// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// "Ohne Wartemarke": a citizen came straight to the desk. The clerk picks the matter among the
// services this counter offers; the counter then draws a ticket for it and calls it at once
// (CounterController::walkIn), so the visit counts like every other. Thread rule: GUI thread.
#include <optional>
#include <vector>

#include "choice_dialog.hpp"
#include "domain/ids.hpp"
#include "service_directory.hpp"

namespace civiq::counter {

class WalkInDialog : public ChoiceDialog {
  Q_OBJECT

 public:
  // `offered`: the services of this counter (its view's service_ids), in the directory's order.
  WalkInDialog(const ServiceDirectory& services, const std::vector<domain::ServiceId>& offered,
               QWidget* parent = nullptr);

  [[nodiscard]] std::optional<domain::ServiceId> service() const;
  [[nodiscard]] QListWidget* serviceList() const { return list(); }
};

}  // namespace civiq::counter
