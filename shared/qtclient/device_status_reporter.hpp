// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// A kiosk's or display's heartbeat to its branch (POST /api/v1/devices/self/status): the app
// version, the printer's state and paper (kiosks) and the latest problem in the device's own words.
// The app keeps the facts current (setPrinter, setLastError) and calls reportNow() when something
// staff should see changed; otherwise a report goes out every interval, which is also what the
// report promises (next_report_s), so the branch marks the device unreachable after two missed
// ones. At most one report is on its way; facts that change meanwhile go out right after it. A
// report that gets no answer is not retried: the next one replaces it.
// Thread rule: GUI thread, like the BranchApi it uses.
#include <QObject>
#include <QString>
#include <QTimer>
#include <chrono>
#include <optional>

#include "branch_api.hpp"
#include "protocol/messages.hpp"

namespace civiq::qtclient {

class DeviceStatusReporter : public QObject {
  Q_OBJECT

 public:
  static constexpr std::chrono::seconds kDefaultInterval{60};

  DeviceStatusReporter(BranchApi& api, QString appVersion, std::chrono::seconds interval = kDefaultInterval,
                       QObject* parent = nullptr);

  void start();      // reports now and then every interval
  void reportNow();  // sends the current facts (after the report on its way, if there is one)
  void setPrinter(std::optional<protocol::PrinterStatus> printer);
  void setLastError(const QString& error);  // "" clears it
  [[nodiscard]] const protocol::DeviceStatusReport& current() const { return report_; }

 signals:
  void reported();                           // the branch took a report
  void reportFailed(const QString& reason);  // unreachable or refused (a refusal is a bug: logged)

 private:
  void send();

  BranchApi& api_;
  protocol::DeviceStatusReport report_;
  QTimer timer_;
  bool inFlight_ = false;
  bool again_ = false;  // facts changed while a report was on its way
};

}  // namespace civiq::qtclient
