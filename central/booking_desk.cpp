// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "booking_desk.hpp"

#include <algorithm>

#include "booking/contact_rules.hpp"
#include "domain/utf8.hpp"
#include "local_time_text.hpp"
#include "mail_texts.hpp"

namespace civiq::central {
namespace {

using namespace std::chrono;

Refusal refused(protocol::BookingError code, std::string message) {
  for (const auto& info : protocol::kBookingErrors)
    if (info.code == code) return {std::string(info.name), info.http_status, std::move(message)};
  return {"internal", 500, std::move(message)};
}

Refusal invalid(std::string message) { return {"invalid_argument", 400, std::move(message)}; }

// One contiguous appointment for every service of the visit.
seconds visit_length(const CountyConfig& county, const std::vector<domain::ServiceId>& services) {
  std::vector<booking::ServiceLength> lengths;
  for (const auto id : services) lengths.push_back({county.find_service(id)->length, 1});
  return booking::visit_length(lengths);
}

// The slots `office` offers for a visit of `length` on the days of `query`, given what is taken.
std::vector<booking::DayOffer> offers(const BookingOffice& office, seconds length, domain::LocalDate first,
                                      domain::LocalDate last, const BookedDays& taken, domain::TimePoint now) {
  return booking::bookable_slots(office.calendar, length, first, last, taken, domain::to_berlin(now));
}

bool offers_start(const std::vector<booking::DayOffer>& days, seconds start) {
  return !days.empty() && std::any_of(days.front().slots.begin(), days.front().slots.end(),
                                      [&](const booking::FreeSlot& slot) { return slot.start == start; });
}

// Whether `office` offers a visit of `length` at `start` on `day`, given what is taken that day
// (nothing taken: whether it offers it at all, i.e. open, on the grid, released, not too soon).
bool offers_slot(const BookingOffice& office, seconds length, domain::LocalDate day, seconds start,
                 const std::vector<booking::BookedSpan>& taken, domain::TimePoint now) {
  return offers_start(offers(office, length, day, day, {{day, taken}}, now), start);
}

// A slot as a hold or a move asks for it.
struct SlotTime {
  domain::LocalDate day;
  seconds start;
};

std::variant<SlotTime, Refusal> slot_time(const std::string& day, const std::string& start) {
  const auto parsed_day = parse_local_date(day);
  if (!parsed_day) return invalid("day: a date like 2026-12-08");
  const auto parsed_start = parse_time_of_day(start);
  if (!parsed_start) return invalid("start: a time like 09:15");
  return SlotTime{*parsed_day, *parsed_start};
}

// The challenge a hold or a move pays with (none when the county asks for no proof of work), or why not.
std::variant<std::optional<std::string>, Refusal> paid_challenge(const ProofOfWork* proof,
                                                                 const std::optional<std::string>& altcha,
                                                                 domain::TimePoint now) {
  if (!proof) return std::optional<std::string>{};
  if (!altcha) return refused(protocol::BookingError::ProofOfWork, "altcha: solve GET /api/v1/booking/challenge first");
  auto verdict = proof->verify(*altcha, now);
  if (!verdict.challenge) return refused(protocol::BookingError::ProofOfWork, verdict.problem);
  return std::move(verdict.challenge);
}

Refusal not_bookable(const std::string& day, const std::string& start) {
  return refused(protocol::BookingError::SlotNotBookable,
                 "the office does not offer " + start + " on " + day + " for this visit");
}

Refusal challenge_used() { return refused(protocol::BookingError::ProofOfWork, "altcha: this solution was used already"); }

Refusal slot_taken() { return refused(protocol::BookingError::SlotTaken, "another citizen has just taken this slot"); }

Refusal unknown_manage() { return refused(protocol::BookingError::UnknownManage, "this link to a booking is not known"); }

// When a booking begins: from then on it is neither cancelled nor moved online.
domain::TimePoint appointment_start(const StoredBooking& booking) { return domain::from_berlin(booking.day, booking.start); }

std::string manage_link(const CountyConfig& county, const std::string& token) {
  return county.public_url + "/booking/manage/" + token;
}

constexpr std::size_t kMaxNameCharacters = 100;
constexpr std::size_t kMaxPhoneCharacters = 30;
constexpr std::array kMailLanguages{"de", "en", "pl", "cs"};

// A hold's id as PostgreSQL writes a UUID: 8-4-4-4-12 lower-case hex digits.
bool is_uuid(std::string_view text) {
  if (text.size() != 36) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash != (text[i] == '-') || (!dash && std::string_view("0123456789abcdef").find(text[i]) == std::string_view::npos))
      return false;
  }
  return true;
}

protocol::BookingView view_of(const StoredBooking& booking) {
  protocol::BookingView view{booking.id, booking.status, booking.office_id, booking.services,
                             domain::iso_date(booking.day), format_time_of_day(booking.start), booking.length.count(),
                             std::nullopt, std::nullopt};
  if (!booking.code.empty()) view.code = booking.code;
  if (booking.status == "awaiting_activation") view.activate_by = booking.held_until;
  return view;
}

// The contact data as stored, or why not.
std::variant<Contact, Refusal> checked_contact(const protocol::ContactRequest& request) {
  const auto blank = [](const std::string& text) { return text.find_first_not_of(" \t") == std::string::npos; };
  if (blank(request.name) || domain::utf8_characters(request.name) > kMaxNameCharacters)
    return invalid("name: the citizen's name, at most 100 characters");
  const auto key = booking::normalised_email(request.email);
  if (!key) return invalid("email: an address like name@example.org");
  const std::string phone = request.phone.value_or("");
  if (phone.size() > kMaxPhoneCharacters || phone.find_first_not_of("+0123456789 /-()") != std::string::npos)
    return invalid("phone: digits, spaces and + / - ( ) only, at most 30");
  const std::string language = request.language.value_or("de");
  if (std::find(kMailLanguages.begin(), kMailLanguages.end(), language) == kMailLanguages.end())
    return invalid("language: de, en, pl or cs");
  return Contact{request.name, request.email, *key, phone, language};
}

}  // namespace

std::optional<Refusal> check_query(const CountyConfig& county, const SlotQuery& query) {
  const BookingOffice* office = county.find_office(query.office);
  if (!office) return refused(protocol::BookingError::UnknownOffice, "no office \"" + query.office + "\"");
  if (query.services.empty()) return invalid("services: name at least one service");
  for (const auto id : query.services) {
    if (!county.find_service(id)) return Refusal{"unknown_service", 404, "no service " + std::to_string(id.value)};
    if (std::find(office->services.begin(), office->services.end(), id) == office->services.end())
      return invalid(office->name + " takes no appointments for service " + std::to_string(id.value));
  }
  if (sys_days{query.last} < sys_days{query.first}) return invalid("to: must not be before from");
  if (sys_days{query.last} - sys_days{query.first} >= days{kMaxSearchDays})
    return invalid("at most " + std::to_string(kMaxSearchDays) + " days at once");
  return std::nullopt;
}

protocol::SlotList free_slots(const CountyConfig& county, BookingStore& store, const SlotQuery& query,
                              domain::TimePoint now) {
  const BookingOffice& office = *county.find_office(query.office);
  const seconds length = visit_length(county, query.services);
  protocol::SlotList list{office.id, query.services, length.count(), {}};
  const auto taken = store.taken(office.id, query.first, query.last, now);
  for (const auto& day : offers(office, length, query.first, query.last, taken, now)) {
    protocol::SlotDay out{domain::iso_date(day.day), {}};
    for (const auto& slot : day.slots) out.slots.push_back({format_time_of_day(slot.start), slot.free_desks});
    list.days.push_back(std::move(out));
  }
  return list;
}

std::variant<protocol::Hold, Refusal> place_hold(const CountyConfig& county, BookingStore& store,
                                                 const protocol::HoldRequest& request, const ProofOfWork* proof,
                                                 domain::TimePoint now) {
  const auto paid = paid_challenge(proof, request.altcha, now);
  if (const auto* refusal = std::get_if<Refusal>(&paid)) return *refusal;
  const auto wanted = slot_time(request.day, request.start);
  if (const auto* refusal = std::get_if<Refusal>(&wanted)) return *refusal;
  const SlotTime slot = std::get<SlotTime>(wanted);
  const SlotQuery query{request.office, request.service_ids, slot.day, slot.day};
  if (auto refusal = check_query(county, query)) return *refusal;
  const BookingOffice& office = *county.find_office(request.office);
  const seconds length = visit_length(county, request.service_ids);
  // Not offered even on an empty day: closed, outside the hours, off the grid, not released, too soon.
  if (!offers_slot(office, length, slot.day, slot.start, {}, now)) return not_bookable(request.day, request.start);
  const NewHold hold{office.id, slot.day, slot.start, length, request.service_ids, now + county.hold_time};
  const auto held = store.hold_if(hold, now, std::get<std::optional<std::string>>(paid), now + kChallengeLifetime,
                                 [&](const std::vector<booking::BookedSpan>& taken) {
                                   return offers_slot(office, length, slot.day, slot.start, taken, now);
                                 });
  if (const auto* refusal = std::get_if<BookingStore::HoldRefusal>(&held))
    return *refusal == BookingStore::HoldRefusal::ChallengeUsed ? challenge_used() : slot_taken();
  return protocol::Hold{std::get<std::string>(held), office.id,     request.service_ids, request.day,
                        request.start,               length.count(), hold.held_until};
}

std::variant<protocol::BookingView, Refusal> confirm_contact(const CountyConfig& county, BookingStore& store,
                                                            const std::string& hold_id,
                                                            const protocol::ContactRequest& request,
                                                            domain::TimePoint now) {
  if (!is_uuid(hold_id)) return refused(protocol::BookingError::UnknownHold, "no hold " + hold_id);
  auto checked = checked_contact(request);
  if (const auto* refusal = std::get_if<Refusal>(&checked)) return *refusal;
  const Contact& contact = std::get<Contact>(checked);
  const domain::TimePoint activate_by = now + county.activation_time;
  const auto result = store.confirm_hold(
      hold_id, contact, now, activate_by,
      [&](const StoredBooking& hold, const BookingStore::PersonsBookings& persons) {
        std::vector<booking::ActiveBooking> active;
        for (const auto& [key, service] : persons) active.push_back({key, service});
        return std::all_of(hold.services.begin(), hold.services.end(), [&](domain::ServiceId service) {
          return booking::within_address_limit(active, contact.email_key, service.value,
                                               county.max_bookings_per_address);
        });
      },
      [&](const StoredBooking& booking, const std::string& token) {
        return activation_mail(booking, appointment_words(county, booking),
                               county.public_url + "/booking/activate/" + token,
                               local_when(domain::berlin_date(activate_by), domain::to_berlin(activate_by).time_of_day));
      });
  if (const auto* refusal = std::get_if<ConfirmRefusal>(&result)) {
    switch (*refusal) {
      case ConfirmRefusal::UnknownHold:
        return refused(protocol::BookingError::UnknownHold, "no hold " + hold_id);
      case ConfirmRefusal::HoldExpired:
        return refused(protocol::BookingError::HoldExpired,
                       "this hold has ended (its time ran out, or it has its contact data already)");
      case ConfirmRefusal::AddressLimit:
        return refused(protocol::BookingError::AddressLimit,
                       "this e-mail address already has an appointment for this service");
    }
  }
  return view_of(std::get<StoredBooking>(result));
}

std::variant<protocol::BookingView, Refusal> activate_booking(const CountyConfig& county, BookingStore& store,
                                                             const std::string& token, domain::TimePoint now) {
  const auto result = store.activate(token, now, [&](const StoredBooking& booking, const std::string& manage_token) {
    const std::string link = manage_link(county, manage_token);
    return confirmation_mail(booking, appointment_words(county, booking), link,
                             appointment_calendar(county, booking, link, now));
  });
  if (const auto* refusal = std::get_if<ActivateRefusal>(&result)) {
    if (*refusal == ActivateRefusal::UnknownToken)
      return refused(protocol::BookingError::UnknownActivation, "this activation link is not known");
    return refused(protocol::BookingError::ActivationExpired, "the activation link came too late; book again");
  }
  return view_of(std::get<StoredBooking>(result));
}

std::variant<protocol::BookingView, Refusal> managed_booking(BookingStore& store, const std::string& token) {
  if (const auto booking = store.find_by_manage_token(token)) return view_of(*booking);
  return unknown_manage();
}

std::variant<protocol::BookingView, Refusal> cancel_booking(const CountyConfig& county, BookingStore& store,
                                                           const std::string& token, domain::TimePoint now) {
  const auto result = store.cancel(token, now, appointment_start, [&](const StoredBooking& booking) {
    return cancellation_mail(booking, appointment_words(county, booking),
                             appointment_calendar(county, booking, manage_link(county, token), now));
  });
  if (const auto* refusal = std::get_if<CancelRefusal>(&result)) {
    if (*refusal == CancelRefusal::UnknownToken) return unknown_manage();
    return refused(protocol::BookingError::CancelTooLate,
                   "the appointment has begun; please call the office to change it");
  }
  return view_of(std::get<StoredBooking>(result));
}

std::variant<protocol::BookingView, Refusal> rebook_booking(const CountyConfig& county, BookingStore& store,
                                                           const std::string& token,
                                                           const protocol::RebookRequest& request,
                                                           const ProofOfWork* proof, domain::TimePoint now) {
  const auto paid = paid_challenge(proof, request.altcha, now);
  if (const auto* refusal = std::get_if<Refusal>(&paid)) return *refusal;
  const auto wanted = slot_time(request.day, request.start);
  if (const auto* refusal = std::get_if<Refusal>(&wanted)) return *refusal;
  const SlotTime slot = std::get<SlotTime>(wanted);
  const std::string link = manage_link(county, token);
  // Same office, same services, same length: only the time changes. The office's configuration
  // may have changed since the booking; the new slot must suit it as it is now.
  const RebookRules rules{
      appointment_start,
      [&](const StoredBooking& booking) {
        const BookingOffice* office = county.find_office(booking.office_id);
        return office && !check_query(county, {booking.office_id, booking.services, slot.day, slot.day}) &&
               offers_slot(*office, booking.length, slot.day, slot.start, {}, now);
      },
      [&](const StoredBooking& booking, const std::vector<booking::BookedSpan>& taken) {
        return offers_slot(*county.find_office(booking.office_id), booking.length, slot.day, slot.start, taken, now);
      },
      [&](const StoredBooking& before, const StoredBooking& moved) {
        return rebook_mail(moved, appointment_words(county, moved), local_when(before.day, before.start), link,
                           appointment_calendar(county, moved, link, now));
      }};
  const auto result = store.rebook(token, slot.day, slot.start, now, std::get<std::optional<std::string>>(paid),
                                   now + kChallengeLifetime, rules);
  if (const auto* refusal = std::get_if<RebookRefusal>(&result)) {
    switch (*refusal) {
      case RebookRefusal::UnknownToken:
        return unknown_manage();
      case RebookRefusal::Cancelled:
        return refused(protocol::BookingError::BookingCancelled, "this booking is cancelled; please book anew");
      case RebookRefusal::TooLate:
        return refused(protocol::BookingError::RebookTooLate,
                       "the appointment has begun; please call the office to change it");
      case RebookRefusal::NotOffered:
        return not_bookable(request.day, request.start);
      case RebookRefusal::ChallengeUsed:
        return challenge_used();
      case RebookRefusal::Taken:
        return slot_taken();
    }
  }
  return view_of(std::get<StoredBooking>(result));
}

}  // namespace civiq::central
