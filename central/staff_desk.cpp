// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "staff_desk.hpp"

#include <algorithm>

#include "closure_mail.hpp"
#include "domain/local_time_text.hpp"
#include "domain/utf8.hpp"
#include "protocol/json_codec.hpp"
#include "staff_checks.hpp"
#include "staff_secrets.hpp"
#include "staff_store.hpp"

namespace civiq::central {
namespace {

using protocol::ErrorCode;

std::optional<std::string> present(const std::string& text) {
  return text.empty() ? std::nullopt : std::optional(text);
}

protocol::Closure closure_view(const StoredClosure& c) {
  return {c.id, c.office_id, domain::iso_date(c.day), c.reason, c.closed_by, c.closed_at, c.cancelled};
}

// "2026-12-08T10:00:00Z" as it is, "2026-12-08" as that day's start in the offices' time zone, or
// (`day_end`, for the end of a time span) as its end, the next day's start: from=to=that date
// asks for that whole day.
std::optional<domain::TimePoint> moment(const std::string& text, bool day_end) {
  if (const auto day = domain::parse_local_date(text))
    return domain::from_berlin(day_end ? domain::LocalDate{std::chrono::sys_days{*day} + std::chrono::days{1}} : *day,
                               std::chrono::seconds{0});
  return protocol::parse_time(text);
}

// What random_staff_token() makes: 64 lower-case hex digits. Anything else is no session's token
// and is refused without asking the database (which would refuse bytes that are no UTF-8 with an
// error instead of an answer).
bool token_shaped(const std::string& token) {
  return token.size() == 2 * kStaffTokenBytes &&
         token.find_first_not_of("0123456789abcdef") == std::string::npos;
}

// One line or a few, no other control characters, not blank.
std::string reason_problem(const std::string& reason) {
  const bool blank = reason.find_first_not_of(" \t\n") == std::string::npos;
  const bool controls = std::any_of(reason.begin(), reason.end(), [](char c) {
    return (static_cast<unsigned char>(c) < 0x20 && c != '\n') || c == 0x7f;
  });
  if (blank || controls || domain::utf8_characters(reason) > kMaxReasonCharacters)
    return "reason: what the citizens are told, at most " + std::to_string(kMaxReasonCharacters) + " characters";
  return {};
}

}  // namespace

std::variant<protocol::StaffSession, Refusal> staff_login(BookingStore& store, const protocol::StaffLoginRequest& request,
                                                          domain::TimePoint now) {
  // Made once, at the first sign-in (an argon2id run itself); it matches no password anyone types.
  static const std::string kDummyHash = hash_password("civiq-central: the time of an unknown user");
  // A name no account can have is not looked up (nor is a NUL sent to the database), but answered alike.
  const auto login = valid_staff_name(request.user) ? store.staff().find_login(request.user) : std::nullopt;
  const bool right = verify_password(login ? login->password_hash : kDummyHash, request.password) && login;
  if (!right) return refused(ErrorCode::InvalidCredentials, "user name or password is wrong");
  const std::string token = random_staff_token();
  const domain::TimePoint expires_at = now + kStaffSessionLifetime;
  store.staff().open_session(login->user_id, token, expires_at, now);
  return protocol::StaffSession{token, expires_at, std::string(role_name(login->role))};
}

std::variant<StaffPrincipal, Refusal> staff_principal(BookingStore& store, const std::string& token,
                                                      domain::TimePoint now) {
  if (token_shaped(token))
    if (auto who = store.staff().session(token, now)) return std::move(*who);
  return refused(ErrorCode::Unauthorized, "this sign-in has ended or is not known; please sign in again");
}

std::variant<protocol::StaffBookingList, Refusal> staff_day_bookings(const CountyConfig& county, BookingStore& store,
                                                                     const StaffPrincipal& who,
                                                                     const std::string& office,
                                                                     const std::string& day) {
  const auto managed = managed_office(county, who, office);
  if (const auto* refusal = std::get_if<Refusal>(&managed)) return *refusal;
  const auto date = domain::parse_local_date(day);
  if (!date) return invalid("day: a date like 2026-12-08");
  protocol::StaffBookingList list{office, day, {}};
  for (const auto& [b, name, phone, attendance] : store.day_bookings(office, *date))
    list.bookings.push_back({b.id, b.status, domain::format_time_of_day(b.start), b.length.count(), b.services,
                             present(b.code), present(name), present(b.email), present(phone), b.language,
                             present(attendance)});
  return list;
}

std::variant<protocol::Closure, Refusal> close_office_day(const CountyConfig& county, BookingStore& store,
                                                          const StaffPrincipal& who,
                                                          const protocol::ClosureRequest& request,
                                                          domain::TimePoint now) {
  const auto managed = managed_office(county, who, request.office);
  if (const auto* refusal = std::get_if<Refusal>(&managed)) return *refusal;
  const auto day = domain::parse_local_date(request.day);
  if (!day) return invalid("day: a date like 2026-12-08");
  if (*day < domain::berlin_date(now)) return invalid("day: today or later; the past cannot be closed");
  if (const auto problem = reason_problem(request.reason); !problem.empty()) return invalid(problem);
  const auto closed = store.close_day(request.office, *day, request.reason, who.name, now,
                                      [&](const StoredBooking& booking) {
                                        return closure_mail(county, booking, request.reason, now);
                                      });
  if (!closed)
    return refused(protocol::BookingError::AlreadyClosed, "this office is closed on " + request.day + " already");
  return closure_view(*closed);
}

std::variant<protocol::ClosureList, Refusal> office_closures(const CountyConfig& county, BookingStore& store,
                                                             const StaffPrincipal& who, const std::string& office,
                                                             const std::string& from, domain::TimePoint now) {
  const auto managed = managed_office(county, who, office);
  if (const auto* refusal = std::get_if<Refusal>(&managed)) return *refusal;
  const auto first = from.empty() ? std::optional(domain::berlin_date(now)) : domain::parse_local_date(from);
  if (!first) return invalid("from: a date like 2026-12-08");
  protocol::ClosureList list{office, {}};
  for (const auto& closure : store.closures(office, *first)) list.closures.push_back(closure_view(closure));
  return list;
}

std::variant<protocol::Closure, Refusal> reopen_office_day(BookingStore& store, const StaffPrincipal& who,
                                                           const std::string& id) {
  const auto reopened = take_back(
      who, id, refused(protocol::BookingError::UnknownClosure, "no closure " + id),
      [&](std::int64_t number) { return store.find_closure(number); },
      [&](std::int64_t number) { return store.remove_closure(number); });
  if (const auto* refusal = std::get_if<Refusal>(&reopened)) return *refusal;
  return closure_view(std::get<StoredClosure>(reopened));
}

std::variant<protocol::RefusalList, Refusal> refusal_list(BookingStore& store, const StaffPrincipal& who,
                                                          const std::string& from, const std::string& to,
                                                          domain::TimePoint now) {
  // By default the last 24 hours, the minute now running included.
  const auto last = to.empty() ? std::optional(now + std::chrono::minutes{1}) : moment(to, true);
  const auto first = from.empty() && last ? std::optional(*last - std::chrono::hours{24}) : moment(from, false);
  if (!first || !last) return invalid("from, to: times like 2026-12-08T10:00:00Z, or dates like 2026-12-08");
  if (*last <= *first) return invalid("to: must be after from (a date as to: its day's end)");
  auto counts = store.staff().refusals(*first, *last, refusal_offices(who), kMaxRefusalRows + 1);
  protocol::RefusalList list{*first, *last, {}, counts.size() > kMaxRefusalRows};
  if (list.truncated) counts.resize(kMaxRefusalRows);
  for (const auto& [key, count] : counts)
    list.refusals.push_back({key.minute, key.route, key.error, key.subnet, present(key.office), count});
  return list;
}

}  // namespace civiq::central
