// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// How much of the paper roll is used: many receipt printers tell CUPS nothing about paper, so the
// kiosk counts the length of every completed ticket since staff last confirmed a refill and warns
// when what is left is under a threshold. Kept in a small file so a restart does not forget it.
// Invariant: usedMm ≥ 0 and tickets ≥ 0. Thread rule: one thread (the kiosk's GUI thread).
#include <QString>

namespace civiq::kiosk {

struct PaperRollConfig {
  double rollLengthMm = 80'000;  // a common 80 mm × 80 m roll; 0: not counted
  double lowAtMm = 5'000;        // warn when less than this is left (about 40 tickets)
};

class PaperRoll {
 public:
  // `file`: empty for memory only; a missing or unreadable file starts at a fresh roll.
  explicit PaperRoll(PaperRollConfig config, QString file = {});

  void addTicket(double lengthMm);
  void refilled();  // staff put in a new roll
  [[nodiscard]] int tickets() const { return tickets_; }
  [[nodiscard]] double usedMm() const { return usedMm_; }
  [[nodiscard]] double remainingMm() const;
  [[nodiscard]] bool counted() const { return config_.rollLengthMm > 0; }
  [[nodiscard]] bool low() const { return counted() && remainingMm() < config_.lowAtMm; }

 private:
  void save() const;

  PaperRollConfig config_;
  QString file_;
  int tickets_ = 0;
  double usedMm_ = 0;
};

}  // namespace civiq::kiosk
