// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "booking_store.hpp"

#include <pqxx/pqxx>

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string_view>

#include "booking/appointment_rules.hpp"
#include "desk_change_store.hpp"
#include "domain/local_time_text.hpp"
#include "migration_0001.hpp"
#include "migration_0002.hpp"
#include "migration_0003.hpp"
#include "migration_0004.hpp"
#include "migration_0005.hpp"
#include "migration_0006.hpp"
#include "migration_0007.hpp"
#include "migration_0008.hpp"
#include "migration_0009.hpp"
#include "migration_0010.hpp"
#include "migration_0011.hpp"
#include "migration_0012.hpp"
#include "migration_0013.hpp"
#include "migration_0014.hpp"
#include "migration_0015.hpp"
#include "migration_0016.hpp"
#include "migration_0017.hpp"
#include "staff_store.hpp"
#include "sync_store.hpp"

namespace civiq::central {
namespace {

struct Migration {
  int version;
  std::string_view name;
  std::string_view sql;
};

// In order; a migration that has shipped is never edited.
// clang-format off
constexpr std::array kMigrations{Migration{1, "bookings", kMigration0001},
                                 Migration{2, "contact_and_mail", kMigration0002},
                                 Migration{3, "manage_link", kMigration0003},
                                 Migration{4, "used_challenges", kMigration0004},
                                 Migration{5, "calendar", kMigration0005},
                                 Migration{6, "reminders", kMigration0006},
                                 Migration{7, "staff", kMigration0007},
                                 Migration{8, "waitlist", kMigration0008},
                                 Migration{9, "mail_qr_code", kMigration0009},
                                 Migration{10, "channels", kMigration0010},
                                 Migration{11, "slot_return", kMigration0011},
                                 Migration{12, "sync", kMigration0012},
                                 Migration{13, "sync_notify", kMigration0013},
                                 Migration{14, "branch_state", kMigration0014},
                                 Migration{15, "branch_facts", kMigration0015},
                                 Migration{16, "attendance_and_alerts", kMigration0016},
                                 Migration{17, "desk_changes", kMigration0017}};
// clang-format on

// Any fixed number: every civiq-central migrating this database waits for the same lock.
constexpr std::int64_t kMigrationLock = 0x63697669710001;

std::int64_t unix_seconds(domain::TimePoint t) { return t.time_since_epoch().count(); }

// What takes a desk: a booking, or a hold (with or without contact data) that has not expired at the
// time in parameter $now_parameter.
std::string taken_condition(int now_parameter) {
  return "(status = 'confirmed' OR (status IN ('held', 'awaiting_activation') AND held_until > to_timestamp($" +
         std::to_string(now_parameter) + ")))";
}

// A cancelled slot that is not back yet (slot_free_at after the time $now_parameter), unless the
// boolean $waitlist_parameter says the waitlist asks: it may offer such slots.
std::string returning_condition(int now_parameter, int waitlist_parameter) {
  return "slot_free_at > to_timestamp($" + std::to_string(now_parameter) + ") AND NOT $" +
         std::to_string(waitlist_parameter) + "::boolean";
}

// When a slot cancelled at the time $now_parameter is back for everyone, $delay_parameter seconds
// later (none: at once).
std::string slot_free_at(int now_parameter, int delay_parameter) {
  const std::string delay = "$" + std::to_string(delay_parameter);
  return "CASE WHEN " + delay + "::integer > 0 THEN to_timestamp($" + std::to_string(now_parameter) +
         ") + make_interval(secs => " + delay + "::integer) END";
}

// A new booking code (booking/appointment_rules.hpp): the prefix in $prefix_parameter, then eight
// random upper-case hex digits.
std::string random_code(int prefix_parameter) {
  return "$" + std::to_string(prefix_parameter) + " || upper(left(replace(gen_random_uuid()::text, '-', ''), 8))";
}

// Column order read by read_booking().
constexpr const char* kBookingColumns =
    "id::text, office_id, day::text, start_s, length_s, array_to_string(service_ids, ','), status, "
    "coalesce(code, ''), coalesce(email, ''), coalesce(language, ''), extract(epoch FROM held_until)::bigint, "
    "calendar_sequence, extract(epoch FROM coalesce(rebooked_at, confirmed_at))::bigint, "
    "extract(epoch FROM reminded_at)::bigint, extract(epoch FROM attendance_confirmed_at)::bigint";

// The service ids of array_to_string(service_ids, ','): "1,5" -> {1, 5}.
std::vector<domain::ServiceId> service_ids(const pqxx::field& joined) {
  std::vector<domain::ServiceId> ids;
  std::string_view rest = joined.c_str();
  while (!rest.empty()) {
    const auto comma = rest.find(',');
    ids.push_back(domain::ServiceId{std::stoi(std::string(rest.substr(0, comma)))});
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
  }
  return ids;
}

// A booking from its columns (kBookingColumns) starting at `first`.
StoredBooking read_booking(const pqxx::row& row, pqxx::row::size_type first = 0) {
  const auto column = [&](pqxx::row::size_type i) { return row[first + i]; };
  StoredBooking booking;
  booking.id = column(0).as<std::string>();
  booking.office_id = column(1).as<std::string>();
  const auto day = domain::parse_local_date(column(2).c_str());
  if (!day) throw std::runtime_error("bookings: unreadable day " + std::string(column(2).c_str()));
  booking.day = *day;
  booking.start = std::chrono::seconds{column(3).as<int>()};
  booking.length = std::chrono::seconds{column(4).as<int>()};
  booking.services = service_ids(column(5));
  booking.status = column(6).as<std::string>();
  booking.code = column(7).as<std::string>();
  booking.email = column(8).as<std::string>();
  booking.language = column(9).as<std::string>();
  if (!column(10).is_null()) booking.held_until = domain::TimePoint{std::chrono::seconds{column(10).as<std::int64_t>()}};
  booking.calendar_sequence = column(11).as<int>();
  const auto moment = [&](pqxx::row::size_type i) {
    return column(i).is_null() ? std::nullopt
                               : std::optional(domain::TimePoint{std::chrono::seconds{column(i).as<std::int64_t>()}});
  };
  booking.booked_at = moment(12);
  booking.reminded_at = moment(13);
  booking.attendance_confirmed_at = moment(14);
  return booking;
}

void queue_mail(pqxx::work& work, const std::string& booking_id, const OutgoingMail& mail) {
  const auto& file = mail.attachment;
  work.exec_prepared("queue_mail", booking_id, mail.recipient, mail.subject, mail.body,
                     file ? std::optional(file->filename) : std::nullopt,
                     file ? std::optional(file->content_type) : std::nullopt,
                     file ? std::optional(file->data) : std::nullopt, mail.qr_code);
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

// A booking's time, channel and services from the columns start_s, length_s, channel and
// array_to_string(service_ids, ',').
booking::BookedSpan booked_span(const pqxx::field& start, const pqxx::field& length, const pqxx::field& channel,
                                const pqxx::field& services) {
  const auto named = booking::channel_named(channel.c_str());
  if (!named) throw std::runtime_error("bookings: unknown channel " + std::string(channel.c_str()));
  return {std::chrono::seconds{start.as<int>()}, std::chrono::seconds{length.as<int>()}, *named, service_ids(services)};
}

// A day's rows of "office_days", "taken_on_day" or "desks_on_day" from column `first` on (start_s,
// length_s, channel, services, desks, id): each a booking that takes desks, or a staff change of the
// day's desks (from_s and to_s in the first two; desks and id set). The changes are put in the order they
// were made, whatever order the UNION ALL returns them in: later ones win.
class DayRows {
 public:
  void add(const pqxx::row& row, pqxx::row::size_type first) {
    if (row[first + 5].is_null()) {
      taken_.booked.push_back(booked_span(row[first], row[first + 1], row[first + 2], row[first + 3]));
      return;
    }
    changes_[row[first + 5].as<std::int64_t>()] = {std::chrono::seconds{row[first].as<int>()},
                                                   std::chrono::seconds{row[first + 1].as<int>()},
                                                   row[first + 4].as<int>()};
  }
  [[nodiscard]] booking::DayTaken taken() && {
    for (const auto& [id, change] : changes_) taken_.desk_changes.push_back(change);
    return std::move(taken_);
  }

 private:
  booking::DayTaken taken_;
  std::map<std::int64_t, booking::DeskPeriod> changes_;
};

// What takes desks (the columns DayRows reads) at office $1, each read with a condition on the day
// appended: the bookings that take desks, the cancelled slots not yet back and the staff's changes
// of desks. A branch each of a UNION ALL, so each reads its own index.
constexpr const char* kBookedRows =
    "start_s, length_s, channel, array_to_string(service_ids, ','), NULL::integer, NULL::bigint FROM bookings "
    "WHERE office_id = $1 AND ";
constexpr const char* kChangedRows = "from_s, to_s, NULL, NULL, desks, id FROM desk_changes WHERE office_id = $1 AND ";

// What takes desks at the office on `day` at `now` (under its lock), but for booking `except`; for
// the waitlist, cancelled slots not yet back are free. With the staff's changes of that day's desks.
booking::DayTaken taken_on_day(pqxx::work& work, const std::string& office_id, domain::LocalDate day,
                               domain::TimePoint now, const std::optional<std::string>& except,
                               bool for_waitlist = false) {
  DayRows rows;
  for (const auto& row : work.exec_prepared("taken_on_day", office_id, domain::iso_date(day), unix_seconds(now), except,
                                            for_waitlist))
    rows.add(row, 0);
  return std::move(rows).taken();
}

// The office's day with nothing booked: the staff's changes of its desks (BookingStore::unbooked_day).
booking::DayTaken unbooked(pqxx::transaction_base& work, const std::string& office_id, domain::LocalDate day) {
  DayRows rows;
  for (const auto& row : work.exec_prepared("desks_on_day", office_id, domain::iso_date(day))) rows.add(row, 0);
  return std::move(rows).taken();
}

// Whether the office's day is closed (a closure, migration 0007); under the day's lock, final.
bool day_closed(pqxx::work& work, const std::string& office_id, domain::LocalDate day) {
  return !work.exec_prepared("closed_day", office_id, domain::iso_date(day)).empty();
}

// The closures' statements (migration 0007).
void prepare_closures(pqxx::connection& pq) {
  const std::string closure_columns =
      "id, office_id, day::text, reason, closed_by, extract(epoch FROM closed_at)::bigint, cancelled";
  pq.prepare("closed_day", "SELECT 1 FROM closures WHERE office_id = $1 AND day = $2::date");
  pq.prepare("insert_closure",
             "INSERT INTO closures (office_id, day, reason, closed_by, closed_at, cancelled) "
             "VALUES ($1, $2::date, $3, $4, to_timestamp($5), 0) ON CONFLICT (office_id, day) DO NOTHING RETURNING id");
  pq.prepare("count_closure", "UPDATE closures SET cancelled = $2 WHERE id = $1 RETURNING " + closure_columns);
  // The waitlist entries of the day's bookings, then the rows a closure changes, locked before the
  // day (see close_day()).
  pq.prepare("lock_day_waitlist",
             "SELECT w.booking_id FROM waitlist w JOIN bookings b ON b.id = w.booking_id "
             "WHERE b.office_id = $1 AND b.day = $2::date ORDER BY w.booking_id FOR UPDATE OF w");
  pq.prepare("lock_day_rows",
             "SELECT id FROM bookings WHERE office_id = $1 AND day = $2::date AND status <> 'cancelled' "
             "ORDER BY id FOR UPDATE");
  // Holds without contact data have no citizen to tell; a waitlist offer's hold among them ends the offer.
  pq.prepare("drop_day_holds", "DELETE FROM bookings WHERE office_id = $1 AND day = $2::date AND status = 'held'");
  // A booking, or one awaiting its activation that still may be activated (an expired one is no
  // appointment: it gets no mail, and the chores drop it). held_until goes with the status (the
  // CHECK of migration 0002 wants it NULL for every status but held and awaiting_activation).
  pq.prepare("cancel_day",
             std::string("UPDATE bookings SET status = 'cancelled', held_until = NULL, cancelled_at = to_timestamp($3), "
                         "calendar_sequence = calendar_sequence + 1 WHERE office_id = $1 AND day = $2::date "
                         "AND (status = 'confirmed' OR (status = 'awaiting_activation' AND held_until > to_timestamp($3))) "
                         "RETURNING ") + kBookingColumns);
  pq.prepare("closures", "SELECT " + closure_columns + " FROM closures WHERE office_id = $1 AND day >= $2::date ORDER BY day");
  pq.prepare("closure", "SELECT " + closure_columns + " FROM closures WHERE id = $1");
  pq.prepare("remove_closure", "DELETE FROM closures WHERE id = $1 RETURNING id");
  pq.prepare("day_bookings",
             std::string("SELECT ") + kBookingColumns + ", coalesce(citizen_name, ''), coalesce(phone, ''), coalesce(attended, '') "
             "FROM bookings WHERE office_id = $1 AND day = $2::date AND status <> 'held' ORDER BY start_s, status, id");
}

StoredClosure read_closure(const pqxx::row& row) {
  const auto day = domain::parse_local_date(row[2].c_str());
  if (!day) throw std::runtime_error("closures: unreadable day " + std::string(row[2].c_str()));
  return {row[0].as<std::int64_t>(), row[1].as<std::string>(), *day, row[3].as<std::string>(),
          row[4].as<std::string>(), domain::TimePoint{std::chrono::seconds{row[5].as<std::int64_t>()}},
          row[6].as<int>()};
}

// The waitlist's statements (migration 0008). A slot offered before is "YYYY-MM-DD/start_s".
void prepare_waitlist(pqxx::connection& pq) {
  pq.prepare("join_waitlist",
             "INSERT INTO waitlist (booking_id, joined_at) VALUES ($1::uuid, to_timestamp($2)) ON CONFLICT DO NOTHING");
  pq.prepare("waitlist_place",
             "SELECT extract(epoch FROM w.joined_at)::bigint, h.day::text, h.start_s, "
             "extract(epoch FROM w.offer_until)::bigint FROM waitlist w LEFT JOIN bookings h "
             "ON h.id = w.offer_hold AND w.offer_until > to_timestamp($2) WHERE w.booking_id = $1::uuid");
  pq.prepare("leave_waitlist", "DELETE FROM waitlist WHERE booking_id = $1::uuid RETURNING offer_hold::text");
  pq.prepare("drop_hold", "DELETE FROM bookings WHERE id = $1::uuid AND status = 'held'");
  pq.prepare("waiting",
             std::string("SELECT w.entry_id, extract(epoch FROM w.joined_at)::bigint, array_to_string(w.offered, ','), "
                         "b.* FROM waitlist w CROSS JOIN LATERAL (SELECT ") +
                 kBookingColumns + " FROM bookings WHERE id = w.booking_id AND status = 'confirmed') b "
                 "WHERE w.offer_until IS NULL OR w.offer_until <= to_timestamp($1) ORDER BY w.joined_at, w.entry_id");
  pq.prepare("waiting_for_update",
             "SELECT 1 FROM waitlist w JOIN bookings b ON b.id = w.booking_id WHERE w.booking_id = $1::uuid "
             "AND b.status = 'confirmed' AND (w.offer_until IS NULL OR w.offer_until <= to_timestamp($2)) "
             "FOR UPDATE OF w");
  pq.prepare("record_offer",
             "UPDATE waitlist SET offer_hold = $2::uuid, offer_until = to_timestamp($3), "
             "offer_hash = encode(sha256(convert_to($4, 'UTF8')), 'hex'), offered = array_append(offered, $5) "
             "WHERE booking_id = $1::uuid");
  pq.prepare("offer_by_token",
             "SELECT w.booking_id::text, h.day::text, h.start_s, extract(epoch FROM w.offer_until)::bigint, "
             "w.offer_hold::text FROM waitlist w LEFT JOIN bookings h ON h.id = w.offer_hold "
             "WHERE w.offer_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex') FOR UPDATE OF w");
  pq.prepare("slot_taken_by_offer",
             "UPDATE bookings SET slot_free_at = NULL WHERE id = (SELECT id FROM bookings WHERE office_id = $1 "
             "AND day = $2::date AND slot_free_at > to_timestamp($3) AND start_s <= $4 AND start_s + length_s >= $4 + $5 "
             "ORDER BY slot_free_at LIMIT 1)");
  pq.prepare("booking_for_update",
             std::string("SELECT ") + kBookingColumns + " FROM bookings WHERE id = $1::uuid FOR UPDATE");
  pq.prepare("add_manage_link",
             "INSERT INTO manage_links (hash, booking_id) VALUES (encode(sha256(convert_to($1, 'UTF8')), 'hex'), $2::uuid)");
}

// The booking a manage link names (the confirmation's or a later one), its row locked until the
// transaction ends; none when the token names no booking.
std::optional<StoredBooking> managed(pqxx::transaction_base& work, const std::string& token) {
  const auto found = work.exec_prepared("by_manage", token);
  if (found.empty()) return std::nullopt;
  return read_booking(found[0]);
}

// A booking leaves the waitlist (asked to, or cancelled by its citizen, a release or a closure),
// and a slot held for it as an offer is everyone's again at once.
void leave_waitlist_of(pqxx::work& work, const std::string& booking_id) {
  const auto left = work.exec_prepared("leave_waitlist", booking_id);
  if (!left.empty() && !left[0][0].is_null()) work.exec_prepared("drop_hold", left[0][0].as<std::string>());
}

// A booking cancelled by its citizen (the manage link, or another person's name): the cancellation,
// the waitlist left, the mail queued, in the caller's transaction. Its slot comes back after
// `slot_return` (none: at once).
StoredBooking cancel_for_citizen(pqxx::work& work, const StoredBooking& booking, domain::TimePoint now,
                                 std::chrono::seconds slot_return,
                                 const std::function<OutgoingMail(const StoredBooking&)>& mail) {
  const StoredBooking cancelled =
      read_booking(work.exec_prepared1("cancel", booking.id, unix_seconds(now), static_cast<int>(slot_return.count())));
  leave_waitlist_of(work, cancelled.id);
  queue_mail(work, cancelled.id, mail(cancelled));
  return cancelled;
}

std::string slot_text(const booking::SlotStart& slot) {
  return domain::iso_date(slot.day) + "/" + std::to_string(slot.start.count());
}

std::set<booking::SlotStart> slots_of(std::string_view list) {
  std::set<booking::SlotStart> slots;
  while (!list.empty()) {
    const auto comma = list.find(',');
    const auto item = list.substr(0, comma);
    const auto slash = item.find('/');
    const auto day = domain::parse_local_date(item.substr(0, slash));
    if (day && slash != std::string_view::npos)
      slots.insert({*day, std::chrono::seconds{std::stoi(std::string(item.substr(slash + 1)))}});
    list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
  }
  return slots;
}

std::string array_literal(const std::vector<domain::ServiceId>& ids) {
  std::string text = "{";
  for (const auto& id : ids) text += (text.size() > 1 ? "," : "") + std::to_string(id.value);
  return text + "}";
}

// The reminders' statements (migration 0006). The two candidate reads match the partial indexes
// bookings_to_remind and bookings_unconfirmed.
void prepare_reminders(pqxx::connection& pq) {
  const std::string columns = kBookingColumns;
  pq.prepare("to_remind", "SELECT " + columns + " FROM bookings WHERE status = 'confirmed' AND reminded_at IS NULL "
                          "AND day BETWEEN $1::date AND $2::date");
  pq.prepare("unconfirmed", "SELECT " + columns + " FROM bookings WHERE status = 'confirmed' "
                            "AND reminded_at IS NOT NULL AND attendance_confirmed_at IS NULL "
                            "AND day BETWEEN $1::date AND $2::date AND service_ids && $3::integer[]");
  pq.prepare("lock_for_reminder",
             "SELECT " + columns + " FROM bookings WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE SKIP LOCKED");
  pq.prepare("mark_reminded", "UPDATE bookings SET reminded_at = to_timestamp($2) WHERE id = $1::uuid RETURNING " +
                                  columns);
  pq.prepare("release", "UPDATE bookings SET status = 'cancelled', cancelled_at = to_timestamp($2), "
                        "released_at = to_timestamp($2), slot_free_at = " + slot_free_at(2, 3) + ", "
                        "calendar_sequence = calendar_sequence + 1 WHERE id = $1::uuid RETURNING " + columns);
  pq.prepare("reminder_link", "INSERT INTO manage_links (hash, booking_id) "
                              "VALUES (encode(sha256(convert_to($1, 'UTF8')), 'hex'), $2::uuid)");
  pq.prepare("attend", "UPDATE bookings SET attendance_confirmed_at = to_timestamp($2) WHERE id = $1::uuid "
                       "RETURNING " + columns);
}

}  // namespace

std::string office_days_statement() {
  // $5: for the waitlist, which may offer the cancelled slots not yet back; the closures' rows have
  // start_s NULL.
  const std::string booked = kBookedRows, changed = kChangedRows, days = "day BETWEEN $2::date AND $3::date";
  return "SELECT day::text, " + booked + days + " AND " + taken_condition(4) + " UNION ALL SELECT day::text, " +
         booked + days + " AND " + returning_condition(4, 5) +
         " UNION ALL SELECT day::text, NULL, NULL, NULL, NULL, NULL, NULL FROM closures WHERE office_id = $1 AND " +
         days + " UNION ALL SELECT day::text, " + changed + days;
}

struct BookingStore::Connection {
  explicit Connection(const std::string& uri) : pq(uri) {}
  pqxx::connection pq;
};

BookingStore::BookingStore(const std::string& database_uri)
    : connection_(std::make_unique<Connection>(database_uri)),
      staff_(std::make_unique<StaffStore>(connection_->pq)),
      desk_changes_(std::make_unique<DeskChangeStore>(connection_->pq)),
      sync_(std::make_unique<SyncStore>(connection_->pq)) {}

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
    if (newest > kMigrations.back().version)
      throw std::runtime_error("the database was migrated by a newer civiq-central (version " +
                               std::to_string(newest) + ")");
    if (newest >= migration.version) continue;
    step.exec0(std::string(migration.sql));
    step.exec_params("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", migration.version,
                     std::string(migration.name));
    step.commit();
  }
  connection_->pq.prepare("office_days", office_days_statement());
  // A lock held until the transaction ends, on a name of two parts (an office and a day, or a person).
  connection_->pq.prepare("lock", "SELECT pg_advisory_xact_lock(hashtextextended($1 || '/' || $2, 0))");
  const std::string booked = kBookedRows, changed = kChangedRows, day = "day = $2::date";
  connection_->pq.prepare("taken_on_day", "SELECT " + booked + day + " AND id IS DISTINCT FROM $4::uuid AND " +
                                              taken_condition(3) + " UNION ALL SELECT " + booked + day + " AND " +
                                              returning_condition(3, 5) + " UNION ALL SELECT " + changed + day);
  connection_->pq.prepare("desks_on_day", "SELECT " + changed + day);
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
  // The confirmation mail's link, or one of the later ones (manage_links).
  connection_->pq.prepare("by_manage",
                          "SELECT " + columns + " FROM bookings WHERE id = coalesce("
                          "(SELECT id FROM bookings WHERE manage_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')), "
                          "(SELECT booking_id FROM manage_links WHERE hash = encode(sha256(convert_to($1, 'UTF8')), 'hex'))) "
                          "FOR UPDATE");
  connection_->pq.prepare("citizen_name", "SELECT coalesce(citizen_name, '') FROM bookings WHERE id = $1::uuid");
  connection_->pq.prepare("rename",
                          "UPDATE bookings SET citizen_name = $2 WHERE id = $1::uuid RETURNING " + columns);
  connection_->pq.prepare("cancel",
                          "UPDATE bookings SET status = 'cancelled', cancelled_at = to_timestamp($2), "
                          "slot_free_at = " + slot_free_at(2, 3) + ", "
                          "calendar_sequence = calendar_sequence + 1 WHERE id = $1::uuid RETURNING " + columns);
  // A move starts the reminder afresh: the new time gets its own reminder and its own "I will come".
  connection_->pq.prepare("move",
                          "UPDATE bookings SET day = $2::date, start_s = $3, rebooked_at = to_timestamp($4), "
                          "calendar_sequence = calendar_sequence + 1, reminded_at = NULL, "
                          "attendance_confirmed_at = NULL WHERE id = $1::uuid RETURNING " + columns);
  // The code: the office's prefix ($4, booking::booking_code_prefix) and eight random hex digits
  // ("LOE-3F9A0C2B"); UNIQUE in the table, so the rare twin fails the statement and activate() draws again.
  connection_->pq.prepare(
      "confirm",
      "UPDATE bookings SET status = 'confirmed', held_until = NULL, confirmed_at = to_timestamp($2), "
      "manage_hash = encode(sha256(convert_to($3, 'UTF8')), 'hex'), code = " +
          random_code(4) + " WHERE id = $1::uuid RETURNING " + columns);
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
                          "attachment_type, attachment, qr_code) VALUES ($1::uuid, $2, $3, $4, $5, $6, $7, $8)");
  connection_->pq.prepare("use_challenge",
                          "INSERT INTO used_challenges (challenge, expires_at) VALUES ($1, to_timestamp($2)) "
                          "ON CONFLICT DO NOTHING RETURNING challenge");
  connection_->pq.prepare("drop_expired_challenges", "DELETE FROM used_challenges WHERE expires_at < to_timestamp($1)");
  prepare_waitlist(connection_->pq);
  prepare_closures(connection_->pq);
  prepare_reminders(connection_->pq);
  connection_->pq.prepare(
      "insert_direct",
      "INSERT INTO bookings (office_id, day, start_s, length_s, service_ids, status, channel, citizen_name, email, "
      "email_key, phone, language, confirmed_at, manage_hash, code) "
      "VALUES ($1, $2::date, $3, $4, $5::integer[], 'confirmed', $6, $7, nullif($8, ''), nullif($9, ''), "
      "nullif($10, ''), $11, to_timestamp($12), encode(sha256(convert_to($13, 'UTF8')), 'hex'), " +
          random_code(14) + ") RETURNING " + columns);
  connection_->pq.prepare("insert_hold",
                       "INSERT INTO bookings (office_id, day, start_s, length_s, service_ids, status, held_until) "
                       "VALUES ($1, $2::date, $3, $4, $5::integer[], 'held', to_timestamp($6)) RETURNING id::text");
}

bool BookingStore::spend_challenge(const std::string& challenge, domain::TimePoint expires) {
  pqxx::work write{connection_->pq};
  if (!use_challenge(write, challenge, expires)) return false;
  write.commit();
  return true;
}

booking::DayTaken BookingStore::unbooked_day(const std::string& office_id, domain::LocalDate day) {
  pqxx::nontransaction read{connection_->pq};  // one statement: one round trip before the caller's own
  return unbooked(read, office_id, day);
}

OfficeDays BookingStore::office_days(const std::string& office_id, domain::LocalDate first, domain::LocalDate last,
                                    domain::TimePoint now, bool for_waitlist) {
  pqxx::read_transaction read{connection_->pq};
  OfficeDays days;
  std::map<domain::LocalDate, DayRows> rows;
  for (const auto& row : read.exec_prepared("office_days", office_id, domain::iso_date(first), domain::iso_date(last),
                                            unix_seconds(now), for_waitlist)) {
    const auto day = domain::parse_local_date(row[0].c_str());
    if (!day) throw std::runtime_error("bookings: unreadable day " + std::string(row[0].c_str()));
    if (row[1].is_null())
      days.closed.insert(*day);
    else
      rows[*day].add(row, 1);
  }
  for (auto& [day, of_day] : rows) days.taken[day] = std::move(of_day).taken();
  return days;
}

std::variant<std::string, BookingStore::HoldRefusal> BookingStore::hold_if(
    const NewHold& hold, domain::TimePoint now, const std::optional<std::string>& challenge,
    domain::TimePoint challenge_expires, const std::function<bool(const booking::DayTaken&)>& still_free) {
  const std::string day = domain::iso_date(hold.day);
  pqxx::work write{connection_->pq};
  if (!use_challenge(write, challenge, challenge_expires)) return HoldRefusal::ChallengeUsed;  // nothing written
  lock_days(write, hold.office_id, {hold.day});
  if (day_closed(write, hold.office_id, hold.day)) return HoldRefusal::Closed;  // nothing written
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

std::variant<StoredBooking, BookingStore::DirectRefusal> BookingStore::book_directly(
    const NewHold& slot, const Contact& contact, booking::Channel channel, domain::TimePoint now,
    const std::function<bool(const booking::DayTaken&)>& still_free,
    const std::function<std::optional<OutgoingMail>(const StoredBooking&, const std::string& manage_token)>& mail) {
  constexpr int kCodeDraws = 3;  // as activate(): a code already given is drawn again
  for (int draw = 1;; ++draw) {
    try {
      pqxx::work write{connection_->pq};
      lock_days(write, slot.office_id, {slot.day});
      if (day_closed(write, slot.office_id, slot.day)) return DirectRefusal::Closed;
      if (!still_free(taken_on_day(write, slot.office_id, slot.day, now, std::nullopt))) return DirectRefusal::Taken;
      const auto manage_token = write.exec_prepared1("new_token")[0].as<std::string>();
      const StoredBooking booked = read_booking(write.exec_prepared1(
          "insert_direct", slot.office_id, domain::iso_date(slot.day), static_cast<int>(slot.start.count()),
          static_cast<int>(slot.length.count()), array_literal(slot.services),
          std::string(booking::channel_name(channel)), contact.name, contact.email, contact.email_key, contact.phone,
          contact.language, unix_seconds(now), manage_token, booking::booking_code_prefix(slot.office_id)));
      if (const auto confirmation = mail(booked, manage_token)) queue_mail(write, booked.id, *confirmation);
      write.commit();
      return booked;
    } catch (const pqxx::unique_violation&) {
      if (draw == kCodeDraws) throw;
    }
  }
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
      const StoredBooking confirmed = read_booking(write.exec_prepared1(
          "confirm", booking.id, unix_seconds(now), manage_token, booking::booking_code_prefix(booking.office_id)));
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
  return managed(read, token);
}

std::variant<StoredBooking, CancelRefusal> BookingStore::cancel(
    const std::string& token, domain::TimePoint now, std::chrono::seconds slot_return,
    const std::function<domain::TimePoint(const StoredBooking&)>& starts_at,
    const std::function<OutgoingMail(const StoredBooking&)>& mail) {
  pqxx::work write{connection_->pq};
  const auto found = managed(write, token);
  if (!found) return CancelRefusal::UnknownToken;
  const StoredBooking& booking = *found;
  if (booking.status == "cancelled") return booking;  // cancelled before
  if (starts_at(booking) <= now) return CancelRefusal::TooLate;
  const StoredBooking cancelled = cancel_for_citizen(write, booking, now, slot_return, mail);
  write.commit();
  return cancelled;
}

std::variant<StoredBooking, RenameRefusal> BookingStore::rename(
    const std::string& token, const std::string& name, domain::TimePoint now, std::chrono::seconds slot_return,
    const std::function<domain::TimePoint(const StoredBooking&)>& starts_at,
    const std::function<bool(const std::string&, const std::string&)>& another_person,
    const std::function<OutgoingMail(const StoredBooking&)>& mail) {
  pqxx::work write{connection_->pq};
  const auto found = managed(write, token);
  if (!found) return RenameRefusal::UnknownToken;
  const StoredBooking& booking = *found;
  if (booking.status != "confirmed") return RenameRefusal::Cancelled;
  if (starts_at(booking) <= now) return RenameRefusal::TooLate;
  const auto booked_name = write.exec_prepared1("citizen_name", booking.id)[0].as<std::string>();
  if (!another_person(booked_name, name)) {
    const StoredBooking renamed = read_booking(write.exec_prepared1("rename", booking.id, name));
    write.commit();
    return renamed;
  }
  const StoredBooking cancelled = cancel_for_citizen(write, booking, now, slot_return, mail);
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
  const auto found = managed(write, token);
  if (!found) return RebookRefusal::UnknownToken;
  const StoredBooking& booking = *found;
  if (booking.status != "confirmed") return RebookRefusal::Cancelled;
  if (rules.starts_at(booking) <= now) return RebookRefusal::TooLate;
  if (!rules.offered(booking, unbooked(write, booking.office_id, day))) return RebookRefusal::NotOffered;
  if (!use_challenge(write, challenge, challenge_expires)) return RebookRefusal::ChallengeUsed;
  if (booking.day == day && booking.start == start) {
    write.commit();  // the challenge is used up; the booking stays as it is, and no mail goes out
    return booking;
  }
  lock_days(write, booking.office_id, {booking.day, day});
  if (day_closed(write, booking.office_id, day)) return RebookRefusal::NotOffered;  // nothing written
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

std::variant<StoredBooking, AttendRefusal> BookingStore::attend(
    const std::string& token, domain::TimePoint now,
    const std::function<domain::TimePoint(const StoredBooking&)>& starts_at) {
  pqxx::work write{connection_->pq};
  const auto found = managed(write, token);
  if (!found) return AttendRefusal::UnknownToken;
  const StoredBooking& booking = *found;
  if (booking.status != "confirmed") return AttendRefusal::Cancelled;
  if (booking.attendance_confirmed_at || starts_at(booking) <= now) return booking;  // said before, or too late
  const StoredBooking attending = read_booking(write.exec_prepared1("attend", booking.id, unix_seconds(now)));
  write.commit();
  return attending;
}

std::vector<StoredBooking> BookingStore::reminder_candidates(ReminderStage stage, domain::LocalDate first,
                                                             domain::LocalDate last,
                                                             const std::vector<domain::ServiceId>& services) {
  pqxx::read_transaction read{connection_->pq};
  const auto rows = stage == ReminderStage::Remind
                        ? read.exec_prepared("to_remind", domain::iso_date(first), domain::iso_date(last))
                        : read.exec_prepared("unconfirmed", domain::iso_date(first), domain::iso_date(last),
                                             array_literal(services));
  std::vector<StoredBooking> candidates;
  for (const auto& row : rows) candidates.push_back(read_booking(row));
  return candidates;
}

std::size_t BookingStore::remind_or_release(
    ReminderStage stage, const std::vector<std::string>& ids, domain::TimePoint now, std::chrono::seconds slot_return,
    const std::function<bool(const StoredBooking&)>& due,
    const std::function<OutgoingMail(const StoredBooking&, const std::string& token)>& mail) {
  std::string id_list = "{";
  for (const auto& id : ids) id_list += (id_list.size() > 1 ? "," : "") + id;
  pqxx::work write{connection_->pq};
  std::size_t changed = 0;
  for (const auto& row : write.exec_prepared("lock_for_reminder", id_list + "}")) {
    const StoredBooking booking = read_booking(row);
    if (!due(booking)) continue;  // answered, moved or cancelled since it was read
    const StoredBooking after = read_booking(
        stage == ReminderStage::Remind
            ? write.exec_prepared1("mark_reminded", booking.id, unix_seconds(now))
            : write.exec_prepared1("release", booking.id, unix_seconds(now), static_cast<int>(slot_return.count())));
    if (after.status == "cancelled") leave_waitlist_of(write, after.id);
    const auto token = write.exec_prepared1("new_token")[0].as<std::string>();
    write.exec_prepared("reminder_link", token, after.id);
    queue_mail(write, after.id, mail(after, token));
    ++changed;
  }
  write.commit();
  return changed;
}

namespace {

WaitlistPlace place_of(const pqxx::result& found) {
  WaitlistPlace place;
  if (found.empty()) return place;
  const auto& row = found[0];
  place.since = domain::TimePoint{std::chrono::seconds{row[0].as<std::int64_t>()}};
  if (!row[1].is_null()) {
    place.offer = booking::SlotStart{*domain::parse_local_date(row[1].c_str()), std::chrono::seconds{row[2].as<int>()}};
    place.offer_until = domain::TimePoint{std::chrono::seconds{row[3].as<std::int64_t>()}};
  }
  return place;
}

}  // namespace

std::variant<WaitlistPlace, WaitlistRefusal> BookingStore::join_waitlist(
    const std::string& token, domain::TimePoint now,
    const std::function<domain::TimePoint(const StoredBooking&)>& starts_at) {
  pqxx::work write{connection_->pq};
  const auto found = managed(write, token);
  if (!found) return WaitlistRefusal::UnknownToken;
  const StoredBooking& booking = *found;
  if (booking.status != "confirmed") return WaitlistRefusal::Cancelled;
  if (starts_at(booking) <= now) return WaitlistRefusal::TooLate;
  write.exec_prepared("join_waitlist", booking.id, unix_seconds(now));
  const WaitlistPlace place = place_of(write.exec_prepared("waitlist_place", booking.id, unix_seconds(now)));
  write.commit();
  return place;
}

std::variant<WaitlistPlace, WaitlistRefusal> BookingStore::waitlist_place(const std::string& token,
                                                                          domain::TimePoint now) {
  pqxx::work read{connection_->pq};
  const auto found = managed(read, token);
  if (!found) return WaitlistRefusal::UnknownToken;
  return place_of(read.exec_prepared("waitlist_place", found->id, unix_seconds(now)));
}

std::variant<WaitlistPlace, WaitlistRefusal> BookingStore::leave_waitlist(const std::string& token) {
  pqxx::work write{connection_->pq};
  const auto found = managed(write, token);
  if (!found) return WaitlistRefusal::UnknownToken;
  leave_waitlist_of(write, found->id);  // a slot held for them goes back to everyone at once
  write.commit();
  return WaitlistPlace{};
}

std::vector<WaitingBooking> BookingStore::waiting(domain::TimePoint now) {
  pqxx::read_transaction read{connection_->pq};
  std::vector<WaitingBooking> waiting;
  for (const auto& row : read.exec_prepared("waiting", unix_seconds(now))) {
    waiting.push_back({read_booking(row, 3),
                       {row[0].as<std::int64_t>(), domain::TimePoint{std::chrono::seconds{row[1].as<std::int64_t>()}}},
                       slots_of(row[2].c_str())});
  }
  return waiting;
}

bool BookingStore::offer(const std::string& booking_id, const NewHold& hold, domain::TimePoint now,
                         const std::function<bool(const booking::DayTaken&)>& still_free,
                         const std::function<OutgoingMail(const StoredBooking&, const std::string& token)>& mail) {
  // Lock order: the entry, then the day (as a hold takes the day alone).
  pqxx::work write{connection_->pq};
  if (write.exec_prepared("waiting_for_update", booking_id, unix_seconds(now)).empty()) return false;
  lock_days(write, hold.office_id, {hold.day});
  if (day_closed(write, hold.office_id, hold.day)) return false;  // closed meanwhile (staff)
  if (!still_free(taken_on_day(write, hold.office_id, hold.day, now, std::nullopt, true))) return false;
  // A cancelled slot not yet back that the offer takes is back now: it is the offer's.
  write.exec_prepared("slot_taken_by_offer", hold.office_id, domain::iso_date(hold.day), unix_seconds(now),
                      static_cast<int>(hold.start.count()), static_cast<int>(hold.length.count()));
  const auto hold_id = write.exec_prepared1("insert_hold", hold.office_id, domain::iso_date(hold.day),
                                            static_cast<int>(hold.start.count()), static_cast<int>(hold.length.count()),
                                            array_literal(hold.services), unix_seconds(hold.held_until))[0]
                           .as<std::string>();
  const auto token = write.exec_prepared1("new_token")[0].as<std::string>();
  write.exec_prepared("record_offer", booking_id, hold_id, unix_seconds(hold.held_until), token,
                      slot_text({hold.day, hold.start}));
  const StoredBooking booking = read_booking(write.exec_prepared1("booking_for_update", booking_id));
  queue_mail(write, booking.id, mail(booking, token));
  write.commit();
  return true;
}

std::optional<StoredOffer> BookingStore::find_offer(const std::string& token) {
  pqxx::work read{connection_->pq};
  const auto found = read.exec_prepared("offer_by_token", token);
  if (found.empty() || found[0][1].is_null()) return std::nullopt;
  const auto& row = found[0];
  return StoredOffer{read_booking(read.exec_prepared1("booking_for_update", row[0].as<std::string>())),
                     {*domain::parse_local_date(row[1].c_str()), std::chrono::seconds{row[2].as<int>()}},
                     domain::TimePoint{std::chrono::seconds{row[3].as<std::int64_t>()}}};
}

std::variant<StoredBooking, ClaimRefusal> BookingStore::claim(
    const std::string& token, domain::TimePoint now,
    const std::function<OutgoingMail(const StoredBooking&, const StoredBooking&, const std::string&)>& mail) {
  // Lock order: the entry, then the booking's row. The held slot needs no day lock: the hold gives
  // way to the booking on the same desk time.
  pqxx::work write{connection_->pq};
  const auto found = write.exec_prepared("offer_by_token", token);
  if (found.empty()) return ClaimRefusal::UnknownOffer;
  const auto& offer = found[0];
  if (offer[4].is_null() || offer[3].is_null() ||
      domain::TimePoint{std::chrono::seconds{offer[3].as<std::int64_t>()}} <= now)
    return ClaimRefusal::Expired;
  const StoredBooking booking = read_booking(write.exec_prepared1("booking_for_update", offer[0].as<std::string>()));
  if (booking.status != "confirmed") return ClaimRefusal::Cancelled;
  const auto day = domain::parse_local_date(offer[1].c_str());
  write.exec_prepared("drop_hold", offer[4].as<std::string>());
  write.exec_prepared("leave_waitlist", booking.id);
  const StoredBooking moved = read_booking(write.exec_prepared1("move", booking.id, domain::iso_date(*day),
                                                                offer[2].as<int>(), unix_seconds(now)));
  const auto manage_token = write.exec_prepared1("new_token")[0].as<std::string>();
  write.exec_prepared("add_manage_link", manage_token, booking.id);
  queue_mail(write, moved.id, mail(booking, moved, manage_token));
  write.commit();
  return moved;
}

std::optional<StoredClosure> BookingStore::close_day(const std::string& office_id, domain::LocalDate day,
                                                     const std::string& reason, const std::string& closed_by,
                                                     domain::TimePoint now,
                                                     const std::function<OutgoingMail(const StoredBooking&)>& mail) {
  // Lock order: the day's booking rows, then the day, as a move takes its booking's row before the
  // days (the other way round, a citizen moving away from the day while it closes would deadlock
  // with the closure). A hold takes the day alone; a cancellation, confirmation or activation one
  // row and no day. Rows that appear before the day's lock is ours are free: whoever wrote them
  // has committed, as a hold and a move hold the day's lock until then.
  // A claim takes a waitlist entry before its booking's row: the day's entries come first here.
  pqxx::work write{connection_->pq};
  write.exec_prepared("lock_day_waitlist", office_id, domain::iso_date(day));
  write.exec_prepared("lock_day_rows", office_id, domain::iso_date(day));
  lock_days(write, office_id, {day});
  const auto inserted = write.exec_prepared("insert_closure", office_id, domain::iso_date(day), reason, closed_by,
                                            unix_seconds(now));
  if (inserted.empty()) return std::nullopt;  // closed already; nothing written
  write.exec_prepared("drop_day_holds", office_id, domain::iso_date(day));
  int cancelled = 0;
  for (const auto& row : write.exec_prepared("cancel_day", office_id, domain::iso_date(day), unix_seconds(now))) {
    const StoredBooking booking = read_booking(row);
    leave_waitlist_of(write, booking.id);
    queue_mail(write, booking.id, mail(booking));
    ++cancelled;
  }
  const StoredClosure closure = read_closure(write.exec_prepared1("count_closure", inserted[0][0].as<std::int64_t>(), cancelled));
  write.commit();
  return closure;
}

std::vector<StoredClosure> BookingStore::closures(const std::string& office_id, domain::LocalDate from) {
  pqxx::read_transaction read{connection_->pq};
  std::vector<StoredClosure> closures;
  for (const auto& row : read.exec_prepared("closures", office_id, domain::iso_date(from))) closures.push_back(read_closure(row));
  return closures;
}

std::optional<StoredClosure> BookingStore::find_closure(std::int64_t id) {
  pqxx::read_transaction read{connection_->pq};
  const auto found = read.exec_prepared("closure", id);
  if (found.empty()) return std::nullopt;
  return read_closure(found[0]);
}

bool BookingStore::remove_closure(std::int64_t id) {
  pqxx::work write{connection_->pq};
  const bool removed = !write.exec_prepared("remove_closure", id).empty();
  write.commit();
  return removed;
}

std::vector<DayBooking> BookingStore::day_bookings(const std::string& office_id, domain::LocalDate day) {
  pqxx::read_transaction read{connection_->pq};
  std::vector<DayBooking> bookings;
  const auto found = read.exec_prepared("day_bookings", office_id, domain::iso_date(day));
  const auto extra = static_cast<pqxx::row::size_type>(found.columns() - 3);  // after the booking's columns
  for (const auto& row : found)
    bookings.push_back({read_booking(row), row[extra].as<std::string>(), row[extra + 1].as<std::string>(),
                        row[extra + 2].as<std::string>()});
  return bookings;
}

StaffStore& BookingStore::staff() { return *staff_; }

DeskChangeStore& BookingStore::desk_changes() {
  return *desk_changes_;
}

SyncStore& BookingStore::sync() { return *sync_; }

}  // namespace civiq::central
