// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The county's booking configuration (county.toml): the services citizens may book, with LeiKa
// ids, names and appointment lengths, and the offices with their desks, weekly hours, own closed
// days and release schedule. Read once at start; immutable afterwards. Thread rule: a value.
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "booking/availability.hpp"
#include "domain/ids.hpp"

namespace civiq::central {

struct BookableService {
  domain::ServiceId id;
  std::string leika_id;
  std::map<std::string, std::string> names;  // language -> name; "de" always present
  std::chrono::seconds length;               // one appointment for it
  // A booking with this service whose reminder was not answered with "I will come" this long before
  // its start is cancelled and its slot freed (none: never). Less than CountyConfig::reminder_lead.
  std::optional<std::chrono::hours> release_unconfirmed;

  [[nodiscard]] const std::string& name(const std::string& language) const;
};

struct BookingOffice {
  std::string id;  // "loebau": also the branch server's office id
  std::string name;
  std::string address;
  std::vector<domain::ServiceId> services;  // what it takes appointments for
  booking::OfficeCalendar calendar;         // desks and hours per weekday, closed days, releases
};

// The longest reminder_hours: a reminder a month ahead reminds of nothing.
inline constexpr std::chrono::hours kMaxReminderLead{720};

struct CountyConfig {
  std::string listen = "127.0.0.1:8090";
  std::string database;  // libpq connection URI
  std::string public_url = "http://127.0.0.1:8090";  // where citizens reach civiq-central (mail links)
  std::chrono::seconds hold_time{std::chrono::minutes{10}};
  // After the contact data, the slot stays reserved this long for the activation link.
  std::chrono::seconds activation_time{std::chrono::minutes{30}};
  // An earlier slot offered from the waitlist is held this long for the citizen it is offered to.
  std::chrono::seconds waitlist_claim_time{std::chrono::minutes{60}};
  // A cancelled slot is everyone's again only this long after the cancellation (a trader's
  // cancellation is no signal for a buyer); meanwhile only the waitlist may offer it. 0: at once.
  std::chrono::seconds cancelled_slot_return{0};
  int max_bookings_per_address = 1;  // per service, awaiting activation or confirmed, today or later
  // Contact data of bookings whose day is longer ago than this are deleted; the rest stays for the
  // statistics. Sent mails and ended holds go too.
  std::chrono::days personal_data_retention{30};
  // A reminder mail goes this long before each appointment, asking to confirm or cancel (0: none);
  // at most kMaxReminderLead. The reminder chore looks for due reminders and releases this often.
  std::chrono::hours reminder_lead{48};
  std::chrono::seconds reminder_check{60};
  // The proof of work before a hold: the challenge's largest number (the work grows with it; about
  // a quarter of a second on a cheap phone at 100 000). 0: no proof of work (tests of other things).
  int proof_of_work_max_number = 100000;
  // Rate limits (token buckets per minute, burst of the same size): every request per client
  // address, and holds per address and per subnet (/24, /64); 429 with Retry-After beyond them.
  int requests_per_minute = 300;
  int holds_per_minute = 10;
  int holds_per_minute_per_subnet = 30;
  // Free-slot searches without a proof of work, per address and per subnet; beyond them each search
  // pays with one (a person who looks at a few offices and months stays far below).
  int free_searches_per_minute = 30;
  int free_searches_per_minute_per_subnet = 120;
  // Staff sign-ins per client address (every attempt counts, a right one too).
  int staff_logins_per_minute = 10;
  // Reverse proxies whose X-Forwarded-For names the client (their own address as the peer sees it).
  std::vector<std::string> trusted_proxies;
  // Branch sync (docs/sync.md): who gets a mail when a branch has not pulled for sync_alert_after,
  // and again when it pulls again. Empty: no mails (`branches list` still shows the state).
  std::vector<std::string> sync_alert_to;
  std::chrono::seconds sync_alert_after{std::chrono::minutes{15}};
  std::string smtp_url;              // empty: mails wait in the outbox
  // [mail] require_tls: STARTTLS or no mail (the relay must offer it). None: required unless the
  // relay is on this machine (mail_requires_tls).
  std::optional<bool> require_tls;
  std::string mail_from = "civiq <termine@localhost>";
  std::vector<BookableService> services;
  std::vector<BookingOffice> offices;

  [[nodiscard]] const BookableService* find_service(domain::ServiceId id) const;
  [[nodiscard]] const BookingOffice* find_office(const std::string& id) const;
};

struct CountyConfigError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Whether mails go only over STARTTLS: [mail] require_tls, or by default whenever smtp_url names
// another machine than this one (127.0.0.0/8, ::1, localhost), where a plain line could be read.
[[nodiscard]] bool mail_requires_tls(const CountyConfig& county);

// Parses county.toml text; `source` names it in errors ("county.toml:12: ...").
[[nodiscard]] CountyConfig parse_county_config(const std::string& text, const std::string& source);

}  // namespace civiq::central
