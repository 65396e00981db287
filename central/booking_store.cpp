// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "booking_store.hpp"

#include <pqxx/pqxx>

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string_view>

#include "local_time_text.hpp"
#include "migration_0001.hpp"
#include "migration_0002.hpp"
#include "migration_0003.hpp"
#include "migration_0004.hpp"
#include "migration_0005.hpp"

namespace civiq::central {
namespace {

struct Migration {
  int version;
  std::string_view name;
  std::string_view sql;
};

// In order; a migration that has shipped is never edited.
constexpr std::array kMigrations{Migration{1, "bookings", kMigration0001},
                                 Migration{2, "contact_and_mail", kMigration0002},
                                 Migration{3, "manage_link", kMigration0003},
                                 Migration{4, "used_challenges", kMigration0004},
                                 Migration{5, "calendar", kMigration0005}};

// Any fixed number: every civiq-central migrating this database waits for the same lock.
constexpr std::int64_t kMigrationLock = 0x63697669710001;

std::int64_t unix_seconds(domain::TimePoint t) { return t.time_since_epoch().count(); }

// What takes a desk: a booking, or a hold (with or without contact data) that has not expired at the
// time in parameter $now_parameter.
std::string taken_condition(int now_parameter) {
  return "(status = 'confirmed' OR (status IN ('held', 'awaiting_activation') AND held_until > to_timestamp($" +
         std::to_string(now_parameter) + ")))";
}

// Column order read by read_booking().
constexpr const char* kBookingColumns =
    "id::text, office_id, day::text, start_s, length_s, array_to_string(service_ids, ','), status, "
    "coalesce(code, ''), coalesce(email, ''), coalesce(language, ''), extract(epoch FROM held_until)::bigint, "
    "calendar_sequence";

StoredBooking read_booking(const pqxx::row& row) {
  StoredBooking booking;
  booking.id = row[0].as<std::string>();
  booking.office_id = row[1].as<std::string>();
  const auto day = parse_local_date(row[2].c_str());
  if (!day) throw std::runtime_error("bookings: unreadable day " + std::string(row[2].c_str()));
  booking.day = *day;
  booking.start = std::chrono::seconds{row[3].as<int>()};
  booking.length = std::chrono::seconds{row[4].as<int>()};
  std::string_view ids = row[5].c_str();
  while (!ids.empty()) {
    const auto comma = ids.find(',');
    booking.services.push_back(domain::ServiceId{std::stoi(std::string(ids.substr(0, comma)))});
    ids = comma == std::string_view::npos ? std::string_view{} : ids.substr(comma + 1);
  }
  booking.status = row[6].as<std::string>();
  booking.code = row[7].as<std::string>();
  booking.email = row[8].as<std::string>();
  booking.language = row[9].as<std::string>();
  if (!row[10].is_null()) booking.held_until = domain::TimePoint{std::chrono::seconds{row[10].as<std::int64_t>()}};
  booking.calendar_sequence = row[11].as<int>();
  return booking;
}

void queue_mail(pqxx::work& work, const std::string& booking_id, const OutgoingMail& mail) {
  const auto& file = mail.attachment;
  work.exec_prepared("queue_mail", booking_id, mail.recipient, mail.subject, mail.body,
                     file ? std::optional(file->filename) : std::nullopt,
                     file ? std::optional(file->content_type) : std::nullopt,
                     file ? std::optional(file->data) : std::nullopt);
}

// Records the proof-of-work challenge that pays for an attempt (none: nothing to record); false
// when it was used before.
bool use_challenge(pqxx::work& work, const std::optional<std::string>& challenge, domain::TimePoint expires) {
  return !challenge || !work.exec_prepared("use_challenge", *challenge, unix_seconds(expires)).empty();
}

// Locks the office's days until the transaction ends, in date order: two transactions that lock the
// same two days wait for each other instead of deadlocking.
void lock_days(pqxx::work& work, const std::string& office_id, std::vector<domain::LocalDate> days) {
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  for (const auto day : days) work.exec_prepared("lock", office_id, domain::iso_date(day));
}

// What takes desks at the office on `day` at `now` (under its lock), but for booking `except`.
std::vector<booking::BookedSpan> taken_on_day(pqxx::work& work, const std::string& office_id, domain::LocalDate day,
                                              domain::TimePoint now, const std::optional<std::string>& except) {
  std::vector<booking::BookedSpan> taken;
  for (const auto& row : work.exec_prepared("taken_on_day", office_id, domain::iso_date(day), unix_seconds(now), except))
    taken.push_back({std::chrono::seconds{row[0].as<int>()}, std::chrono::seconds{row[1].as<int>()}});
  return taken;
}

std::string array_literal(const std::vector<domain::ServiceId>& ids) {
  std::string text = "{";
  for (const auto& id : ids) text += (text.size() > 1 ? "," : "") + std::to_string(id.value);
  return text + "}";
}

}  // namespace

struct BookingStore::Connection {
  explicit Connection(const std::string& uri) : pq(uri) {}
  pqxx::connection pq;
};

BookingStore::BookingStore(const std::string& database_uri) : connection_(std::make_unique<Connection>(database_uri)) {}

BookingStore::~BookingStore() = default;

void BookingStore::migrate() {
  pqxx::work setup{connection_->pq};
  setup.exec0(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
      "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
  setup.commit();
  for (const auto& migration : kMigrations) {
    pqxx::work step{connection_->pq};
    step.exec_params("SELECT pg_advisory_xact_lock($1)", kMigrationLock);
    const auto newest = step.exec1("SELECT coalesce(max(version), 0) FROM schema_migrations")[0].as<int>();
    if (newest > static_cast<int>(kMigrations.size()))
      throw std::runtime_error("the database was migrated by a newer civiq-central (version " +
                               std::to_string(newest) + ")");
    if (newest >= migration.version) continue;
    step.exec0(std::string(migration.sql));
    step.exec_params("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", migration.version,
                     std::string(migration.name));
    step.commit();
  }
  connection_->pq.prepare("taken", std::string("SELECT day::text, start_s, length_s FROM bookings "
                                            "WHERE office_id = $1 AND day BETWEEN $2::date AND $3::date AND ") +
                                    taken_condition(4));
  // A lock held until the transaction ends, on a name of two parts (an office and a day, or a person).
  connection_->pq.prepare("lock", "SELECT pg_advisory_xact_lock(hashtextextended($1 || '/' || $2, 0))");
  connection_->pq.prepare("taken_on_day", std::string("SELECT start_s, length_s FROM bookings "
                                                   "WHERE office_id = $1 AND day = $2::date "
                                                   "AND id IS DISTINCT FROM $4::uuid AND ") +
                                           taken_condition(3));
  const std::string columns = kBookingColumns;
  connection_->pq.prepare("hold_for_update", "SELECT " + columns + " FROM bookings WHERE id = $1::uuid FOR UPDATE");
  connection_->pq.prepare("persons_bookings",
                          "SELECT email_key, unnest(service_ids) FROM bookings WHERE email_key = $1 "
                          "AND day >= $2::date AND status IN ('awaiting_activation', 'confirmed')");
  connection_->pq.prepare("new_token", "SELECT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')");
  connection_->pq.prepare(
      "await_activation",
      "UPDATE bookings SET status = 'awaiting_activation', citizen_name = $2, email = $3, email_key = $4, "
      "phone = nullif($5, ''), language = $6, held_until = to_timestamp($7), "
      "activation_hash = encode(sha256(convert_to($8, 'UTF8')), 'hex') WHERE id = $1::uuid RETURNING " + columns);
  connection_->pq.prepare("by_activation",
                          "SELECT " + columns + " FROM bookings "
                          "WHERE activation_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex') FOR UPDATE");
  connection_->pq.prepare("by_manage",
                          "SELECT " + columns + " FROM bookings "
                          "WHERE manage_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex') FOR UPDATE");
  connection_->pq.prepare("cancel",
                          "UPDATE bookings SET status = 'cancelled', cancelled_at = to_timestamp($2), "
                          "calendar_sequence = calendar_sequence + 1 WHERE id = $1::uuid RETURNING " + columns);
  connection_->pq.prepare("move",
                          "UPDATE bookings SET day = $2::date, start_s = $3, rebooked_at = to_timestamp($4), "
                          "calendar_sequence = calendar_sequence + 1 WHERE id = $1::uuid RETURNING " + columns);
  // The code: the office's first letters and eight random hex digits ("LOE-3F9A0C2B"); UNIQUE in the
  // table, so the rare twin fails the statement and activate() draws again.
  connection_->pq.prepare("confirm",
                          "UPDATE bookings SET status = 'confirmed', held_until = NULL, confirmed_at = to_timestamp($2), "
                          "manage_hash = encode(sha256(convert_to($3, 'UTF8')), 'hex'), "
                          "code = upper(left(office_id, 3)) || '-' || upper(left(replace(gen_random_uuid()::text, "
                          "'-', ''), 8)) WHERE id = $1::uuid RETURNING " + columns);
  connection_->pq.prepare("forget_contacts",
                          "UPDATE bookings SET citizen_name = NULL, email = NULL, email_key = NULL, phone = NULL "
                          "WHERE day < $1::date AND (citizen_name IS NOT NULL OR email IS NOT NULL)");
  connection_->pq.prepare("drop_sent_mail", "DELETE FROM mail_outbox WHERE sent_at < to_timestamp($1)");
  // Unused holds have no personal data, but nobody needs them once they ended (their mails, if
  // any, are gone by now: an unsent mail keeps its hold).
  connection_->pq.prepare("drop_ended_holds",
                          "DELETE FROM bookings b WHERE status IN ('held', 'awaiting_activation') "
                          "AND held_until < to_timestamp($1) "
                          "AND NOT EXISTS (SELECT 1 FROM mail_outbox m WHERE m.booking_id = b.id)");
  connection_->pq.prepare("queue_mail",
                          "INSERT INTO mail_outbox (booking_id, recipient, subject, body, attachment_name, "
                          "attachment_type, attachment) VALUES ($1::uuid, $2, $3, $4, $5, $6, $7)");
  connection_->pq.prepare("use_challenge",
                          "INSERT INTO used_challenges (challenge, expires_at) VALUES ($1, to_timestamp($2)) "
                          "ON CONFLICT DO NOTHING RETURNING challenge");
  connection_->pq.prepare("drop_expired_challenges", "DELETE FROM used_challenges WHERE expires_at < to_timestamp($1)");
  connection_->pq.prepare("insert_hold",
                       "INSERT INTO bookings (office_id, day, start_s, length_s, service_ids, status, held_until) "
                       "VALUES ($1, $2::date, $3, $4, $5::integer[], 'held', to_timestamp($6)) RETURNING id::text");
}

BookedDays BookingStore::taken(const std::string& office_id, domain::LocalDate first, domain::LocalDate last,
                               domain::TimePoint now) {
  pqxx::read_transaction read{connection_->pq};
  BookedDays days;
  for (const auto& row : read.exec_prepared("taken", office_id, domain::iso_date(first), domain::iso_date(last),
                                            unix_seconds(now))) {
    const auto day = parse_local_date(row[0].c_str());
    if (!day) throw std::runtime_error("bookings: unreadable day " + std::string(row[0].c_str()));
    days[*day].push_back({std::chrono::seconds{row[1].as<int>()}, std::chrono::seconds{row[2].as<int>()}});
  }
  return days;
}

std::variant<std::string, BookingStore::HoldRefusal> BookingStore::hold_if(
    const NewHold& hold, domain::TimePoint now, const std::optional<std::string>& challenge,
    domain::TimePoint challenge_expires,
    const std::function<bool(const std::vector<booking::BookedSpan>&)>& still_free) {
  const std::string day = domain::iso_date(hold.day);
  pqxx::work write{connection_->pq};
  if (!use_challenge(write, challenge, challenge_expires)) return HoldRefusal::ChallengeUsed;  // nothing written
  lock_days(write, hold.office_id, {hold.day});
  if (!still_free(taken_on_day(write, hold.office_id, hold.day, now, std::nullopt))) {
    write.commit();  // the challenge is used up: a refused attempt cannot be repeated for free
    return HoldRefusal::Taken;
  }
  const auto id = write.exec_prepared1("insert_hold", hold.office_id, day, static_cast<int>(hold.start.count()),
                                       static_cast<int>(hold.length.count()), array_literal(hold.services),
                                       unix_seconds(hold.held_until))[0]
                      .as<std::string>();
  write.commit();
  return id;
}

std::variant<StoredBooking, ConfirmRefusal> BookingStore::confirm_hold(
    const std::string& hold_id, const Contact& contact, domain::TimePoint now, domain::TimePoint activate_by,
    const std::function<bool(const StoredBooking&, const PersonsBookings&)>& within_limit,
    const std::function<OutgoingMail(const StoredBooking&, const std::string& token)>& mail) {
  pqxx::work write{connection_->pq};
  const auto found = write.exec_prepared("hold_for_update", hold_id);
  if (found.empty()) return ConfirmRefusal::UnknownHold;
  const StoredBooking hold = read_booking(found[0]);
  if (hold.status != "held" || !hold.held_until || *hold.held_until <= now) return ConfirmRefusal::HoldExpired;
  // Two citizens confirming with one address at once: the second waits for the first's lock here.
  write.exec_prepared("lock", std::string("person"), contact.email_key);
  PersonsBookings persons;
  for (const auto& row : write.exec_prepared("persons_bookings", contact.email_key, domain::iso_date(domain::berlin_date(now))))
    persons.emplace_back(row[0].as<std::string>(), row[1].as<int>());
  if (!within_limit(hold, persons)) return ConfirmRefusal::AddressLimit;
  const auto token = write.exec_prepared1("new_token")[0].as<std::string>();
  const StoredBooking waiting = read_booking(write.exec_prepared1(
      "await_activation", hold_id, contact.name, contact.email, contact.email_key, contact.phone, contact.language,
      unix_seconds(activate_by), token));
  queue_mail(write, waiting.id, mail(waiting, token));
  write.commit();
  return waiting;
}

std::size_t BookingStore::forget_personal_data(domain::LocalDate cutoff_day, domain::TimePoint cutoff) {
  pqxx::work write{connection_->pq};
  const auto forgotten = write.exec_prepared("forget_contacts", domain::iso_date(cutoff_day)).affected_rows();
  write.exec_prepared("drop_sent_mail", unix_seconds(cutoff));
  write.exec_prepared("drop_ended_holds", unix_seconds(cutoff));
  write.exec_prepared("drop_expired_challenges", unix_seconds(cutoff));
  write.commit();
  return static_cast<std::size_t>(forgotten);
}

std::variant<StoredBooking, ActivateRefusal> BookingStore::activate(
    const std::string& token, domain::TimePoint now,
    const std::function<OutgoingMail(const StoredBooking&, const std::string& manage_token)>& mail) {
  constexpr int kCodeDraws = 3;  // a code already given is drawn again; three in a row is a broken generator
  for (int draw = 1;; ++draw) {
    try {
      pqxx::work write{connection_->pq};
      const auto found = write.exec_prepared("by_activation", token);
      if (found.empty()) return ActivateRefusal::UnknownToken;
      const StoredBooking booking = read_booking(found[0]);
      if (booking.status == "confirmed") return booking;  // activated before
      if (booking.status != "awaiting_activation" || !booking.held_until || *booking.held_until <= now)
        return ActivateRefusal::Expired;
      const auto manage_token = write.exec_prepared1("new_token")[0].as<std::string>();
      const StoredBooking confirmed =
          read_booking(write.exec_prepared1("confirm", booking.id, unix_seconds(now), manage_token));
      queue_mail(write, confirmed.id, mail(confirmed, manage_token));
      write.commit();
      return confirmed;
    } catch (const pqxx::unique_violation&) {
      if (draw == kCodeDraws) throw;
    }
  }
}

std::optional<StoredBooking> BookingStore::find_by_manage_token(const std::string& token) {
  pqxx::work read{connection_->pq};
  const auto found = read.exec_prepared("by_manage", token);
  if (found.empty()) return std::nullopt;
  return read_booking(found[0]);
}

std::variant<StoredBooking, CancelRefusal> BookingStore::cancel(
    const std::string& token, domain::TimePoint now,
    const std::function<domain::TimePoint(const StoredBooking&)>& starts_at,
    const std::function<OutgoingMail(const StoredBooking&)>& mail) {
  pqxx::work write{connection_->pq};
  const auto found = write.exec_prepared("by_manage", token);
  if (found.empty()) return CancelRefusal::UnknownToken;
  const StoredBooking booking = read_booking(found[0]);
  if (booking.status == "cancelled") return booking;  // cancelled before
  if (starts_at(booking) <= now) return CancelRefusal::TooLate;
  const StoredBooking cancelled = read_booking(write.exec_prepared1("cancel", booking.id, unix_seconds(now)));
  queue_mail(write, cancelled.id, mail(cancelled));
  write.commit();
  return cancelled;
}

std::variant<StoredBooking, RebookRefusal> BookingStore::rebook(const std::string& token, domain::LocalDate day,
                                                                std::chrono::seconds start, domain::TimePoint now,
                                                                const std::optional<std::string>& challenge,
                                                                domain::TimePoint challenge_expires,
                                                                const RebookRules& rules) {
  // Lock order: the booking's row, the challenge, the days (sorted). A hold takes the last two in the
  // same order, a cancellation only the first: no two of them can wait for each other in a circle.
  pqxx::work write{connection_->pq};
  const auto found = write.exec_prepared("by_manage", token);
  if (found.empty()) return RebookRefusal::UnknownToken;
  const StoredBooking booking = read_booking(found[0]);
  if (booking.status != "confirmed") return RebookRefusal::Cancelled;
  if (rules.starts_at(booking) <= now) return RebookRefusal::TooLate;
  if (!rules.offered(booking)) return RebookRefusal::NotOffered;
  if (!use_challenge(write, challenge, challenge_expires)) return RebookRefusal::ChallengeUsed;
  if (booking.day == day && booking.start == start) {
    write.commit();  // the challenge is used up; the booking stays as it is, and no mail goes out
    return booking;
  }
  lock_days(write, booking.office_id, {booking.day, day});
  if (!rules.still_free(booking, taken_on_day(write, booking.office_id, day, now, booking.id))) {
    write.commit();  // as for a hold: a refused attempt cannot be repeated for free
    return RebookRefusal::Taken;
  }
  const StoredBooking moved = read_booking(write.exec_prepared1("move", booking.id, domain::iso_date(day),
                                                                static_cast<int>(start.count()), unix_seconds(now)));
  queue_mail(write, moved.id, rules.mail(booking, moved));
  write.commit();
  return moved;
}

}  // namespace civiq::central
