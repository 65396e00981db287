// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "branch_alert_mail.hpp"

#include "mail_texts.hpp"

namespace civiq::central {

std::vector<AlertMail> branch_alert_mails(const CountyConfig& county, const BranchAlert& alert) {
  const auto* office = county.find_office(alert.office_id);
  const std::string name = office ? office->name : alert.office_id;
  const auto local = domain::to_berlin(alert.last_pull);
  const std::string when = local_when(local.date, local.time_of_day);
  const auto after = county.sync_alert_after.count();
  const std::string threshold =
      after % 60 == 0 ? std::to_string(after / 60) + " Minuten" : std::to_string(after) + " Sekunden";
  std::string subject;
  std::string body;
  if (alert.silent) {
    subject = "civiq: " + name + " gleicht nicht mehr ab (seit " + when + ")";
    body = "Der Filialserver von " + name + " hat seit " + when +
           " nicht mehr bei der zentralen Terminbuchung nachgefragt (Schwelle: " + threshold +
           ").\n\n"
           "Das Büro arbeitet mit seiner Kopie der Termine weiter: Wartemarken, Check-in und Aufruf gehen.\n"
           "Neue Buchungen und Absagen erreichen es erst, wenn die Verbindung zurück ist; was dort\n"
           "geschieht, kommt dann nach, ohne dass jemand etwas tun muss.\n\n"
           "Zu prüfen: das Netz des Büros, der Dienst dort (systemctl status civiq-server,\n"
           "journalctl -u civiq-server, Zeilen mit \"sync:\"), sein Zugang (civiq-central branches list).\n";
  } else {
    subject = "civiq: " + name + " gleicht wieder ab";
    body = "Der Filialserver von " + name + " fragt wieder bei der zentralen Terminbuchung nach (zuletzt " + when +
           ").\nWas in der Zwischenzeit gebucht, abgesagt und im Büro erledigt wurde, gleicht er von selbst ab.\n";
  }
  std::vector<AlertMail> mails;
  for (const auto& recipient : county.sync_alert_to) mails.push_back({recipient, subject, body});
  return mails;
}

}  // namespace civiq::central
