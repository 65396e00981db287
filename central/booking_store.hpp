// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The county's bookings in PostgreSQL (table bookings, migrations in central/migrations). No SQL
// leaves this file pair but office_days_statement(), for the benchmark's bare query. A hold (or a
// move to another slot) is decided and written in one transaction under a lock of its office and
// day, so however many citizens reach for the last desk at once, one gets it.
// Thread rule: a BookingStore uses one connection: one thread at a time (each DbWorkers thread
// has its own).
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "booking/slots.hpp"
#include "booking/waitlist.hpp"
#include "domain/berlin_time.hpp"
#include "domain/ids.hpp"
#include "mail_message.hpp"

namespace civiq::central {

using BookedDays = std::map<domain::LocalDate, booking::DayTaken>;

// What the free-slot search reads of an office's days (BookingStore::office_days).
struct OfficeDays {
  BookedDays taken;                    // bookings, and the staff's changes of desks (desk_change_store.hpp)
  std::set<domain::LocalDate> closed;  // by its staff (closures)
};

// The one statement BookingStore::office_days sends ($1 office id, $2 and $3 the first and last day,
// $4 now in Unix seconds, $5 whether the waitlist asks); also the benchmark's bare query beside the
// search (bench/booking), so the two cannot differ.
[[nodiscard]] std::string office_days_statement();

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
  // Reminders: when it was booked (confirmed, or last moved), reminded, and the citizen said they
  // will come. A move starts the reminder afresh for the new time.
  std::optional<domain::TimePoint> booked_at;
  std::optional<domain::TimePoint> reminded_at;
  std::optional<domain::TimePoint> attendance_confirmed_at;
};

// A mail to queue in the same transaction as the change it tells about.
struct OutgoingMail {
  std::string recipient;
  std::string subject;
  std::string body;
  std::optional<MailAttachment> attachment;  // the appointment's .ics, when the mail carries one
  // A text the mail shows as a QR code image (the booking code, for the kiosk's scanner).
  std::optional<std::string> qr_code = std::nullopt;
};

enum class ConfirmRefusal { UnknownHold, HoldExpired, AddressLimit };
enum class ActivateRefusal { UnknownToken, Expired };
enum class CancelRefusal { UnknownToken, TooLate };
enum class WaitlistRefusal { UnknownToken, Cancelled, TooLate };
enum class ClaimRefusal { UnknownOffer, Expired, Cancelled };

// Where a booking stands on the waitlist: since when it waits (nothing: it does not), and the slot
// held for it now, if any.
struct WaitlistPlace {
  std::optional<domain::TimePoint> since;
  std::optional<booking::SlotStart> offer;
  std::optional<domain::TimePoint> offer_until;
};

// A confirmed booking waiting for an earlier slot, without an open offer.
struct WaitingBooking {
  StoredBooking booking;
  booking::WaitlistEntry entry;
  std::set<booking::SlotStart> offered_before;
};

// An offer as its link shows it.
struct StoredOffer {
  StoredBooking booking;  // as booked now
  booking::SlotStart slot;
  domain::TimePoint until;
};

enum class RebookRefusal { UnknownToken, Cancelled, TooLate, NotOffered, ChallengeUsed, Taken };
enum class AttendRefusal { UnknownToken, Cancelled };
enum class RenameRefusal { UnknownToken, Cancelled, TooLate };

// What the reminder chore asks the store for (central/reminder_rules.hpp decides which are due).
enum class ReminderStage {
  Remind,   // confirmed bookings not reminded yet
  Release,  // confirmed bookings reminded and not answered with "I will come"
};

// How a rebooking is judged; the store calls these inside its transaction, on the booking as locked.
struct RebookRules {
  // When a booking begins: from then on it is not moved.
  std::function<domain::TimePoint(const StoredBooking&)> starts_at;
  // Whether the booking's office offers the new slot for its visit at all: on the new day with
  // nothing booked (BookingStore::unbooked_day: the staff's changes of its desks count).
  std::function<bool(const StoredBooking&, const booking::DayTaken&)> offered;
  // Whether the new slot is still free given what is taken that day (the booking itself not counted).
  std::function<bool(const StoredBooking&, const booking::DayTaken&)> still_free;
  // The mail about the move: (booking before, booking after).
  std::function<OutgoingMail(const StoredBooking&, const StoredBooking&)> mail;
};

// A day an office closed after the fact (staff, migration 0007): it offers no slot, and the
// bookings it had were cancelled when it closed. One per office and day.
struct StoredClosure {
  std::int64_t id = 0;
  std::string office_id;
  domain::LocalDate day;
  std::string reason;
  std::string closed_by;  // the staff user's name
  domain::TimePoint closed_at;
  int cancelled = 0;  // the bookings it cancelled
};

// A booking of a day as the office's staff see it: with the citizen's contact data (empty once
// retention forgot them).
struct DayBooking {
  StoredBooking booking;
  std::string name;
  std::string phone;
  std::string attendance;  // checked_in, no_show, "" (sync_store.hpp, settle_no_shows)
};

class DeskChangeStore;
class StaffStore;
class SyncStore;

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

  // An office's days from `first` to `last` as the search reads them, in one round trip: the
  // appointments that take desks (booked, or held and not expired at `now`, and cancelled ones whose
  // slot is not back yet (slot_free_at) unless the waitlist asks (`for_waitlist`): it may offer
  // those), and the days its staff closed (closures; county.toml's closed days are in the calendar).
  [[nodiscard]] OfficeDays office_days(const std::string& office_id, domain::LocalDate first, domain::LocalDate last,
                                       domain::TimePoint now, bool for_waitlist = false);

  // The office's day as if nothing were booked: only the staff's changes of its desks (in the
  // order made, as office_days reads them). What the checks before a day's lock ask whether a slot
  // is offered at all with: a time the staff gave no desk is not bookable, not taken.
  [[nodiscard]] booking::DayTaken unbooked_day(const std::string& office_id, domain::LocalDate day);

  // Records the proof-of-work `challenge` that pays for a search beyond the free ones (until
  // `expires`); false when it was used before.
  [[nodiscard]] bool spend_challenge(const std::string& challenge, domain::TimePoint expires);

  // Records the proof-of-work `challenge` that pays for this attempt (when given, until
  // `challenge_expires`), locks the office's day, reads what is taken there, and inserts the hold
  // when `still_free(taken)` says yes; returns its id, or why not. A used challenge changes nothing;
  // a taken slot uses the challenge up all the same; a closed day (a closure, under the same lock)
  // changes nothing.
  enum class HoldRefusal { Taken, ChallengeUsed, Closed };
  [[nodiscard]] std::variant<std::string, HoldRefusal> hold_if(
      const NewHold& hold, domain::TimePoint now, const std::optional<std::string>& challenge,
      domain::TimePoint challenge_expires, const std::function<bool(const booking::DayTaken&)>& still_free);

  // A booking staff make for a caller (phone) or a citizen at the counter: confirmed at once (staff
  // know who it is, so no opt-in), with its code and manage link, counted against `channel`'s quota.
  // Locks the office's day and books only when `still_free(taken)` says yes; `mail(booking, manage
  // token)` writes the confirmation when the citizen gave an address. One transaction. (`slot`: its
  // held_until is not read; nothing is held.)
  enum class DirectRefusal { Taken, Closed };
  [[nodiscard]] std::variant<StoredBooking, DirectRefusal> book_directly(
      const NewHold& slot, const Contact& contact, booking::Channel channel, domain::TimePoint now,
      const std::function<bool(const booking::DayTaken&)>& still_free,
      const std::function<std::optional<OutgoingMail>(const StoredBooking&, const std::string& manage_token)>& mail);

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
  // a booking begins); its slot is everyone's again `slot_return` later (the waitlist's meanwhile);
  // `mail(booking)` tells the citizen. Cancelling a cancelled booking changes nothing and answers it.
  [[nodiscard]] std::variant<StoredBooking, CancelRefusal> cancel(
      const std::string& token, domain::TimePoint now, std::chrono::seconds slot_return,
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

  // The citizen will come (the "I will come" of the manage page the reminder links to): recorded
  // once, before the booking begins; asked again, or after it began, the booking is answered as it
  // is. A cancelled booking is refused.
  [[nodiscard]] std::variant<StoredBooking, AttendRefusal> attend(
      const std::string& token, domain::TimePoint now,
      const std::function<domain::TimePoint(const StoredBooking&)>& starts_at);

  // The booking the manage link names gets `name`, if it has not begun (`starts_at`); when
  // `another_person(booked name, name)` says it is someone else's, it is cancelled instead, its slot
  // back `slot_return` later, and `mail(booking)` tells the citizen. One transaction.
  [[nodiscard]] std::variant<StoredBooking, RenameRefusal> rename(
      const std::string& token, const std::string& name, domain::TimePoint now, std::chrono::seconds slot_return,
      const std::function<domain::TimePoint(const StoredBooking&)>& starts_at,
      const std::function<bool(const std::string&, const std::string&)>& another_person,
      const std::function<OutgoingMail(const StoredBooking&)>& mail);

  // The confirmed bookings from `first` to `last` that `stage` is about (Release: only those with one
  // of `services`), read without locks: the chore picks the due ones for remind_or_release().
  [[nodiscard]] std::vector<StoredBooking> reminder_candidates(ReminderStage stage, domain::LocalDate first,
                                                               domain::LocalDate last,
                                                               const std::vector<domain::ServiceId>& services);

  // In one transaction: locks those of the bookings `ids` that no other transaction holds (FOR UPDATE
  // SKIP LOCKED: a later run takes the others) and, for each that `due` still says is due as locked,
  // marks it reminded at `now` (Remind) or cancels it, released at `now`, its slot everyone's again
  // `slot_return` later (Release), gives it a fresh manage link (manage_links) and queues `mail(booking as changed, the
  // link's token)`. The mail is queued exactly when the booking changes, so a crash loses none and
  // sends none twice. Returns how many bookings changed.
  std::size_t remind_or_release(
      ReminderStage stage, const std::vector<std::string>& ids, domain::TimePoint now, std::chrono::seconds slot_return,
      const std::function<bool(const StoredBooking&)>& due,
      const std::function<OutgoingMail(const StoredBooking&, const std::string& token)>& mail);

  // The waitlist ("tell me if an earlier slot frees up"), for the booking the manage link names.
  // Joining twice keeps the first place; only a confirmed booking that has not begun joins.
  [[nodiscard]] std::variant<WaitlistPlace, WaitlistRefusal> join_waitlist(
      const std::string& token, domain::TimePoint now, const std::function<domain::TimePoint(const StoredBooking&)>& starts_at);
  [[nodiscard]] std::variant<WaitlistPlace, WaitlistRefusal> waitlist_place(const std::string& token, domain::TimePoint now);
  [[nodiscard]] std::variant<WaitlistPlace, WaitlistRefusal> leave_waitlist(const std::string& token);

  // Confirmed bookings on the waitlist without an open offer at `now`, longest waiting first.
  [[nodiscard]] std::vector<WaitingBooking> waiting(domain::TimePoint now);

  // Offers `hold`'s slot to the waiting booking `booking_id`, in one transaction: the entry is locked
  // (and still waiting without an open offer, its booking confirmed), the day locked, the slot held
  // until `hold.held_until` when `still_free(taken)` says yes, a link made, and `mail(booking, slot,
  // link token)` queued. False when it was not offered.
  bool offer(const std::string& booking_id, const NewHold& hold, domain::TimePoint now,
             const std::function<bool(const booking::DayTaken&)>& still_free,
             const std::function<OutgoingMail(const StoredBooking&, const std::string& token)>& mail);

  // The offer its link names (open or not: `until` says).
  [[nodiscard]] std::optional<StoredOffer> find_offer(const std::string& token);

  // The citizen claims the offer: their booking moves to the held slot (the hold gives way to it, so
  // no desk changes hands), they leave the waitlist, and `mail(before, after, manage token)` tells
  // them, with a new link to manage the booking. One transaction.
  [[nodiscard]] std::variant<StoredBooking, ClaimRefusal> claim(
      const std::string& token, domain::TimePoint now,
      const std::function<OutgoingMail(const StoredBooking&, const StoredBooking&, const std::string&)>& mail);

  // Closures (staff). Closes the office's day in one transaction under the day's lock (the lock of a hold and a move,
  // which check for closures under it): the closure is recorded, the day's holds without contact
  // data go, and every booking of it (confirmed or awaiting activation) is cancelled with
  // `mail(booking as cancelled)` queued. Nothing (and nothing changed) when the day is closed already.
  [[nodiscard]] std::optional<StoredClosure> close_day(const std::string& office_id, domain::LocalDate day,
                                                       const std::string& reason, const std::string& closed_by,
                                                       domain::TimePoint now,
                                                       const std::function<OutgoingMail(const StoredBooking&)>& mail);
  // The office's closures of `from` or later, in date order.
  [[nodiscard]] std::vector<StoredClosure> closures(const std::string& office_id, domain::LocalDate from);
  [[nodiscard]] std::optional<StoredClosure> find_closure(std::int64_t id);
  // Reopens its day: the closure goes, the bookings it cancelled stay cancelled. False when none.
  [[nodiscard]] bool remove_closure(std::int64_t id);
  // The bookings of the office's day with their citizens (not the bare holds), by start.
  [[nodiscard]] std::vector<DayBooking> day_bookings(const std::string& office_id, domain::LocalDate day);

  // Staff accounts, sessions and the refusal log, on this store's connection (staff_store.hpp).
  [[nodiscard]] StaffStore& staff();
  // The staff's changes of desks on single days, on this store's connection (desk_change_store.hpp).
  [[nodiscard]] DeskChangeStore& desk_changes();
  // Branch credentials and the office's booking changes for the branches, on this store's connection
  // (sync_store.hpp).
  [[nodiscard]] SyncStore& sync();

 private:
  struct Connection;  // the libpqxx connection: no PostgreSQL header outside booking_store.cpp
  std::unique_ptr<Connection> connection_;
  std::unique_ptr<StaffStore> staff_;  // after connection_: they use it
  std::unique_ptr<DeskChangeStore> desk_changes_;
  std::unique_ptr<SyncStore> sync_;
};

}  // namespace civiq::central
