// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The county's bookings in PostgreSQL (table bookings, migrations in central/migrations). No SQL
// leaves this file pair. A hold (or a move to another slot) is decided and written in one
// transaction under a lock of its office and day, so however many citizens reach for the last desk
// at once, one gets it.
// Thread rule: a BookingStore uses one connection: one thread at a time (each DbWorkers thread
// has its own).
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "booking/slots.hpp"
#include "domain/berlin_time.hpp"
#include "domain/ids.hpp"
#include "mail_message.hpp"

namespace civiq::central {

using BookedDays = std::map<domain::LocalDate, std::vector<booking::BookedSpan>>;

struct NewHold {
  std::string office_id;
  domain::LocalDate day;
  std::chrono::seconds start;
  std::chrono::seconds length;
  std::vector<domain::ServiceId> services;
  domain::TimePoint held_until;
};

// The citizen's contact data for a hold (validated by the caller).
struct Contact {
  std::string name;
  std::string email;
  std::string email_key;  // booking::normalised_email: what makes two addresses one person
  std::string phone;      // may be empty
  std::string language;
};

// A stored booking as the API shows it.
struct StoredBooking {
  std::string id;
  std::string office_id;
  domain::LocalDate day;
  std::chrono::seconds start;
  std::chrono::seconds length;
  std::vector<domain::ServiceId> services;
  std::string status;  // held, awaiting_activation, confirmed, cancelled
  std::string code;    // once confirmed
  std::string email;
  std::string language;
  std::optional<domain::TimePoint> held_until;
  int calendar_sequence = 0;  // the SEQUENCE of its calendar entry: one more at every move or cancellation
};

// A mail to queue in the same transaction as the change it tells about.
struct OutgoingMail {
  std::string recipient;
  std::string subject;
  std::string body;
  std::optional<MailAttachment> attachment;  // the appointment's .ics, when the mail carries one
};

enum class ConfirmRefusal { UnknownHold, HoldExpired, AddressLimit };
enum class ActivateRefusal { UnknownToken, Expired };
enum class CancelRefusal { UnknownToken, TooLate };
enum class RebookRefusal { UnknownToken, Cancelled, TooLate, NotOffered, ChallengeUsed, Taken };

// How a rebooking is judged; the store calls these inside its transaction, on the booking as locked.
struct RebookRules {
  // When a booking begins: from then on it is not moved.
  std::function<domain::TimePoint(const StoredBooking&)> starts_at;
  // Whether the booking's office offers the new slot for its visit at all (what is taken aside).
  std::function<bool(const StoredBooking&)> offered;
  // Whether the new slot is still free given what is taken that day (the booking itself not counted).
  std::function<bool(const StoredBooking&, const std::vector<booking::BookedSpan>&)> still_free;
  // The mail about the move: (booking before, booking after).
  std::function<OutgoingMail(const StoredBooking&, const StoredBooking&)> mail;
};

class BookingStore {
 public:
  // Connects (libpq URI, e.g. "postgresql:///civiq?host=/run/postgresql") and prepares statements.
  explicit BookingStore(const std::string& database_uri);
  ~BookingStore();
  BookingStore(const BookingStore&) = delete;
  BookingStore& operator=(const BookingStore&) = delete;

  // Applies the migrations this build has and the database lacks, each in its own transaction,
  // under an advisory lock (two servers starting at once migrate once). Refuses a database of a
  // newer civiq-central.
  void migrate();

  // The appointments that take desks from `first` to `last` at an office: booked, or held and
  // not expired at `now`.
  [[nodiscard]] BookedDays taken(const std::string& office_id, domain::LocalDate first, domain::LocalDate last,
                                 domain::TimePoint now);

  // Records the proof-of-work `challenge` that pays for this attempt (when given, until
  // `challenge_expires`), locks the office's day, reads what is taken there, and inserts the hold
  // when `still_free(taken)` says yes; returns its id, or why not. A used challenge changes nothing;
  // a taken slot uses the challenge up all the same.
  enum class HoldRefusal { Taken, ChallengeUsed };
  [[nodiscard]] std::variant<std::string, HoldRefusal> hold_if(
      const NewHold& hold, domain::TimePoint now, const std::optional<std::string>& challenge,
      domain::TimePoint challenge_expires,
      const std::function<bool(const std::vector<booking::BookedSpan>&)>& still_free);

  // A held slot gets the citizen's contact data and waits for the activation link until
  // `activate_by`; `within_limit(hold, bookings of that person)` says whether they may book it, and
  // `mail(booking, activation token)` writes the mail that carries the link. One transaction.
  using PersonsBookings = std::vector<std::pair<std::string, int>>;  // email_key, service id
  [[nodiscard]] std::variant<StoredBooking, ConfirmRefusal> confirm_hold(
      const std::string& hold_id, const Contact& contact, domain::TimePoint now, domain::TimePoint activate_by,
      const std::function<bool(const StoredBooking&, const PersonsBookings&)>& within_limit,
      const std::function<OutgoingMail(const StoredBooking&, const std::string& token)>& mail);

  // Retention: the citizen's name, address and phone of bookings whose day is before `cutoff_day`
  // are deleted (the booking stays for the statistics: office, day, services, status); so are mails
  // sent before `cutoff`, holds that ended unused before it and the proof-of-work challenges that
  // expired by then. Returns how many bookings lost their personal data.
  std::size_t forget_personal_data(domain::LocalDate cutoff_day, domain::TimePoint cutoff);

  // The activation link was followed and its page confirmed: the booking is made, with a code and
  // a manage token, and `mail(booking, manage token)` tells the citizen. Activating a confirmed
  // booking again changes nothing and answers the booking (a double click, a reload).
  [[nodiscard]] std::variant<StoredBooking, ActivateRefusal> activate(
      const std::string& token, domain::TimePoint now,
      const std::function<OutgoingMail(const StoredBooking&, const std::string& manage_token)>& mail);

  // The booking the manage link names, if any.
  [[nodiscard]] std::optional<StoredBooking> find_by_manage_token(const std::string& token);

  // Cancels the booking the manage link names, if it has not begun by `now` (`starts_at` says when
  // a booking begins), freeing its slot; `mail(booking)` tells the citizen. Cancelling a cancelled
  // booking changes nothing and answers it.
  [[nodiscard]] std::variant<StoredBooking, CancelRefusal> cancel(
      const std::string& token, domain::TimePoint now,
      const std::function<domain::TimePoint(const StoredBooking&)>& starts_at,
      const std::function<OutgoingMail(const StoredBooking&)>& mail);

  // Moves the booking the manage link names to `start` on `day` (same office, services, length, id,
  // code and token) in one transaction: the booking's row is locked, then `challenge` recorded (as
  // for a hold), then the office's old and new days are locked in date order (two moves between the
  // same days cannot deadlock), what is taken on the new day counted, and the booking moved when
  // `rules.still_free` says yes; `rules.mail` tells the citizen. A taken slot uses the challenge up;
  // any other refusal changes nothing. Moving to the slot it has answers the booking unchanged.
  [[nodiscard]] std::variant<StoredBooking, RebookRefusal> rebook(const std::string& token, domain::LocalDate day,
                                                                  std::chrono::seconds start, domain::TimePoint now,
                                                                  const std::optional<std::string>& challenge,
                                                                  domain::TimePoint challenge_expires,
                                                                  const RebookRules& rules);

 private:
  struct Connection;  // the libpqxx connection: no PostgreSQL header outside booking_store.cpp
  std::unique_ptr<Connection> connection_;
};

}  // namespace civiq::central
