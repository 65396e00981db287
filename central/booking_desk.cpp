// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "booking_desk.hpp"

#include <algorithm>
#include <set>

#include "booking/appointment_rules.hpp"
#include "booking/contact_rules.hpp"
#include "domain/local_time_text.hpp"
#include "mail_texts.hpp"
#include "office_slots.hpp"
#include "waitlist_mail.hpp"

namespace civiq::central {
namespace {

using namespace std::chrono;

// A slot as a hold or a move asks for it.
struct SlotTime {
  domain::LocalDate day;
  seconds start;
};

std::variant<SlotTime, Refusal> slot_time(const std::string& day, const std::string& start) {
  const auto parsed_day = domain::parse_local_date(day);
  if (!parsed_day) return invalid("day: a date like 2026-12-08");
  const auto parsed_start = domain::parse_time_of_day(start);
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
  protocol::BookingView view{booking.id,
                             booking.status,
                             booking.office_id,
                             booking.services,
                             domain::iso_date(booking.day),
                             domain::format_time_of_day(booking.start),
                             booking.length.count(),
                             std::nullopt,
                             std::nullopt,
                             booking.attendance_confirmed_at};
  if (!booking.code.empty()) view.code = booking.code;
  if (booking.status == "awaiting_activation") view.activate_by = booking.held_until;
  return view;
}

// Why `name` is no citizen's name, if it is not.
std::optional<std::string> name_problem(const std::string& name) {
  if (!booking::citizen_name_problem(name).empty())
    return "name: the citizen's name, at most " + std::to_string(booking::kMaxNameCharacters) + " characters";
  return std::nullopt;
}

// The contact data as stored, or why not. Only staff book without an e-mail address (`email` none).
template <class Request>
std::variant<Contact, Refusal> checked_contact(const Request& request, const std::optional<std::string>& email) {
  if (const auto problem = name_problem(request.name)) return invalid(*problem);
  const auto key = email ? booking::normalised_email(*email) : std::optional<std::string>("");
  if (!key) return invalid("email: an address like name@example.org");
  const std::string phone = request.phone.value_or("");
  if (phone.size() > kMaxPhoneCharacters || phone.find_first_not_of("+0123456789 /-()") != std::string::npos)
    return invalid("phone: digits, spaces and + / - ( ) only, at most 30");
  const std::string language = request.language.value_or("de");
  if (std::find(kMailLanguages.begin(), kMailLanguages.end(), language) == kMailLanguages.end())
    return invalid("language: de, en, pl or cs");
  return Contact{request.name, email.value_or(""), *key, phone, language};
}

}  // namespace

std::optional<Refusal> check_query(const CountyConfig& county, const SlotQuery& query) {
  const BookingOffice* office = county.find_office(query.office);
  if (!office) return refused(protocol::BookingError::UnknownOffice, "no office \"" + query.office + "\"");
  if (query.services.empty()) return invalid("services: name at least one service");
  for (const auto id : query.services) {
    if (!county.find_service(id)) return refused(protocol::ErrorCode::UnknownService, "no service " + std::to_string(id.value));
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
  const Visit visit = visit_of(county, query.services);
  protocol::SlotList list{office.id, query.services, visit.length.count(), {}};
  const auto days = store.office_days(office.id, query.first, query.last, now);
  for (const auto& day : offers(office, visit, query.first, query.last, days.taken, days.closed, now)) {
    protocol::SlotDay out{domain::iso_date(day.day), {}};
    for (const auto& slot : day.slots) out.slots.push_back({domain::format_time_of_day(slot.start), slot.free_desks});
    list.days.push_back(std::move(out));
  }
  return list;
}

std::optional<Refusal> pay_for_search(BookingStore& store, const ProofOfWork* proof,
                                      const std::optional<std::string>& altcha, domain::TimePoint now) {
  if (proof && !altcha)
    return refused(protocol::BookingError::ProofOfWork,
                   "altcha: many searches from this network; each further one needs a solved "
                   "GET /api/v1/booking/challenge");
  const auto paid = paid_challenge(proof, altcha, now);
  if (const auto* refusal = std::get_if<Refusal>(&paid)) return *refusal;
  const auto& challenge = std::get<std::optional<std::string>>(paid);
  if (challenge && !store.spend_challenge(*challenge, now + kChallengeLifetime)) return challenge_used();
  return std::nullopt;
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
  const Visit visit = visit_of(county, request.service_ids);
  // Not offered even on an empty day: closed, outside the hours, off the grid, not released, too
  // soon, or no desk then (the staff's desk changes).
  if (!offers_slot(office, visit, slot.day, slot.start, store.unbooked_day(office.id, slot.day), now))
    return not_bookable(request.day, request.start);
  const NewHold hold{office.id, slot.day, slot.start, visit.length, request.service_ids, now + county.hold_time};
  const auto held = store.hold_if(
      hold, now, std::get<std::optional<std::string>>(paid), now + kChallengeLifetime,
      [&](const booking::DayTaken& taken) { return offers_slot(office, visit, slot.day, slot.start, taken, now); });
  if (const auto* refusal = std::get_if<BookingStore::HoldRefusal>(&held))
    switch (*refusal) {
      case BookingStore::HoldRefusal::ChallengeUsed:
        return challenge_used();
      case BookingStore::HoldRefusal::Closed:
        return not_bookable(request.day, request.start);
      case BookingStore::HoldRefusal::Taken:
        return slot_taken();
    }
  return protocol::Hold{std::get<std::string>(held), office.id, request.service_ids, request.day,
                        request.start, visit.length.count(), hold.held_until};
}

std::variant<protocol::BookingView, Refusal> confirm_contact(const CountyConfig& county, BookingStore& store,
                                                            const std::string& hold_id,
                                                            const protocol::ContactRequest& request,
                                                            domain::TimePoint now) {
  if (!is_uuid(hold_id)) return refused(protocol::BookingError::UnknownHold, "no hold " + hold_id);
  auto checked = checked_contact(request, request.email);
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

std::variant<protocol::BookingView, Refusal> book_directly(const CountyConfig& county, BookingStore& store,
                                                          const protocol::StaffBookingRequest& request,
                                                          booking::Channel channel, domain::TimePoint now) {
  const auto wanted = slot_time(request.day, request.start);
  if (const auto* refusal = std::get_if<Refusal>(&wanted)) return *refusal;
  const SlotTime slot = std::get<SlotTime>(wanted);
  if (auto refusal = check_query(county, {request.office, request.service_ids, slot.day, slot.day})) return *refusal;
  auto checked = checked_contact(request, request.email);
  if (const auto* refusal = std::get_if<Refusal>(&checked)) return *refusal;
  const BookingOffice& office = *county.find_office(request.office);
  const Visit visit = visit_of(county, request.service_ids, channel);
  if (!offers_slot(office, visit, slot.day, slot.start, store.unbooked_day(office.id, slot.day), now))
    return not_bookable(request.day, request.start);
  bool channel_full = false;  // refused for the channel's share, not for want of a desk
  const auto result = store.book_directly(
      {office.id, slot.day, slot.start, visit.length, request.service_ids, now}, std::get<Contact>(checked), channel,
      now,
      [&](const booking::DayTaken& taken) {
        if (offers_slot(office, visit, slot.day, slot.start, taken, now)) return true;
        BookingOffice whole_day = office;  // the same office, as if the channel could book all of it
        whole_day.calendar.channels.percent[static_cast<std::size_t>(channel)] = 100;
        channel_full = offers_slot(whole_day, visit, slot.day, slot.start, taken, now);
        return false;
      },
      [&](const StoredBooking& booking, const std::string& manage_token) -> std::optional<OutgoingMail> {
        if (booking.email.empty()) return std::nullopt;  // staff tell the citizen the code
        const std::string link = manage_link(county, manage_token);
        return confirmation_mail(booking, appointment_words(county, booking), link,
                                 appointment_calendar(county, booking, link, now));
      });
  if (const auto* refusal = std::get_if<BookingStore::DirectRefusal>(&result)) {
    if (*refusal == BookingStore::DirectRefusal::Closed) return not_bookable(request.day, request.start);
    if (channel_full)
      return refused(protocol::BookingError::ChannelFull, "the " + std::string(booking::channel_name(channel)) +
                                                              " share of " + request.day + " is booked up");
    return slot_taken();
  }
  return view_of(std::get<StoredBooking>(result));
}

std::variant<protocol::BookingView, Refusal> managed_booking(BookingStore& store, const std::string& token) {
  if (const auto booking = store.find_by_manage_token(token)) return view_of(*booking);
  return unknown_manage();
}

std::variant<protocol::BookingView, Refusal> cancel_booking(const CountyConfig& county, BookingStore& store,
                                                           const std::string& token, domain::TimePoint now) {
  const auto result = store.cancel(token, now, county.cancelled_slot_return, appointment_start, [&](const StoredBooking& booking) {
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

std::variant<protocol::BookingView, Refusal> attend_booking(BookingStore& store, const std::string& token,
                                                           domain::TimePoint now) {
  const auto result = store.attend(token, now, appointment_start);
  if (const auto* refusal = std::get_if<AttendRefusal>(&result)) {
    if (*refusal == AttendRefusal::UnknownToken) return unknown_manage();
    return refused(protocol::BookingError::BookingCancelled, "this booking is cancelled; please book anew");
  }
  return view_of(std::get<StoredBooking>(result));
}

std::variant<protocol::BookingView, Refusal> rename_booking(const CountyConfig& county, BookingStore& store,
                                                           const std::string& token, const protocol::NameChange& request,
                                                           domain::TimePoint now) {
  if (const auto problem = name_problem(request.name)) return invalid(*problem);
  const auto result = store.rename(
      token, request.name, now, county.cancelled_slot_return, appointment_start,
      [](const std::string& booked, const std::string& wanted) { return booking::another_person(booked, wanted); },
      [&](const StoredBooking& booking) {
        return cancellation_mail(booking, appointment_words(county, booking),
                                 appointment_calendar(county, booking, manage_link(county, token), now));
      });
  if (const auto* refusal = std::get_if<RenameRefusal>(&result)) {
    switch (*refusal) {
      case RenameRefusal::UnknownToken:
        return unknown_manage();
      case RenameRefusal::Cancelled:
        return refused(protocol::BookingError::BookingCancelled, "this booking is cancelled; please book anew");
      case RenameRefusal::TooLate:
        return refused(protocol::BookingError::RebookTooLate, "the appointment has begun");
    }
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
      [&](const StoredBooking& booking, const booking::DayTaken& unbooked) {
        const BookingOffice* office = county.find_office(booking.office_id);
        return office && !check_query(county, {booking.office_id, booking.services, slot.day, slot.day}) &&
               offers_slot(*office, visit_of(booking), slot.day, slot.start, unbooked, now);
      },
      [&](const StoredBooking& booking, const booking::DayTaken& taken) {
        return offers_slot(*county.find_office(booking.office_id), visit_of(booking), slot.day, slot.start, taken, now);
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

namespace {

protocol::WaitlistStatus status_of(const WaitlistPlace& place) {
  protocol::WaitlistStatus status{place.since, std::nullopt};
  if (place.offer && place.offer_until)
    status.offer = protocol::WaitlistOffer{domain::iso_date(place.offer->day),
                                           domain::format_time_of_day(place.offer->start), *place.offer_until};
  return status;
}

std::variant<protocol::WaitlistStatus, Refusal> answer_place(const std::variant<WaitlistPlace, WaitlistRefusal>& result) {
  if (const auto* refusal = std::get_if<WaitlistRefusal>(&result)) {
    switch (*refusal) {
      case WaitlistRefusal::UnknownToken:
        return unknown_manage();
      case WaitlistRefusal::Cancelled:
        return refused(protocol::BookingError::BookingCancelled, "this booking is cancelled; please book anew");
      case WaitlistRefusal::TooLate:
        return refused(protocol::BookingError::RebookTooLate, "the appointment has begun");
    }
  }
  return status_of(std::get<WaitlistPlace>(result));
}

Refusal unknown_offer() {
  return refused(protocol::BookingError::UnknownOffer, "this link to an offer is not known, or it was taken");
}

}  // namespace

std::variant<protocol::WaitlistStatus, Refusal> join_waitlist(BookingStore& store, const std::string& token,
                                                              domain::TimePoint now) {
  return answer_place(store.join_waitlist(token, now, appointment_start));
}

std::variant<protocol::WaitlistStatus, Refusal> waitlist_status(BookingStore& store, const std::string& token,
                                                                domain::TimePoint now) {
  return answer_place(store.waitlist_place(token, now));
}

std::variant<protocol::WaitlistStatus, Refusal> leave_waitlist(BookingStore& store, const std::string& token) {
  return answer_place(store.leave_waitlist(token));
}

int offer_earlier_slots(const CountyConfig& county, BookingStore& store, domain::TimePoint now) {
  auto waiting = store.waiting(now);
  std::vector<booking::WaitlistEntry> order;
  for (const auto& w : waiting) order.push_back(w.entry);
  booking::sort_by_waiting_time(order);
  int offered = 0;
  const domain::LocalDate today = domain::berlin_date(now);
  for (const auto& entry : order) {
    const auto& w = *std::find_if(waiting.begin(), waiting.end(), [&](const auto& x) { return x.entry.id == entry.id; });
    const StoredBooking& booking = w.booking;
    const BookingOffice* office = county.find_office(booking.office_id);
    if (!office || std::chrono::sys_days{booking.day} < std::chrono::sys_days{today}) continue;
    // Earlier ones took theirs first: this search sees their holds.
    const auto days = store.office_days(office->id, today, booking.day, now, true);
    const auto free = offers(*office, visit_of(booking), today, booking.day, days.taken, days.closed, now);
    const auto slot = booking::earliest_earlier_slot(free, {booking.day, booking.start}, w.offered_before);
    if (!slot) continue;
    const domain::TimePoint until = now + county.waitlist_claim_time;
    const NewHold hold{office->id, slot->day, slot->start, booking.length, booking.services, until};
    const bool made = store.offer(
        booking.id, hold, now,
        [&](const booking::DayTaken& taken) {
          return offers_slot(*office, visit_of(booking), slot->day, slot->start, taken, now);
        },
        [&](const StoredBooking& current, const std::string& token) {
          return waitlist_offer_mail(current, appointment_words(county, current), local_when(slot->day, slot->start),
                                     local_when(domain::berlin_date(until), domain::to_berlin(until).time_of_day),
                                     county.public_url + protocol::path_of(protocol::booking_page::kOffer, token));
        });
    if (made) ++offered;
  }
  return offered;
}

std::variant<protocol::OfferView, Refusal> offer_of(BookingStore& store, const std::string& token,
                                                    domain::TimePoint now) {
  const auto found = store.find_offer(token);
  if (!found) return unknown_offer();
  const StoredBooking& booking = found->booking;
  return protocol::OfferView{found->until > now && booking.status == "confirmed" ? "open" : "expired",
                             booking.office_id,
                             booking.services,
                             booking.length.count(),
                             domain::iso_date(found->slot.day),
                             domain::format_time_of_day(found->slot.start),
                             found->until,
                             domain::iso_date(booking.day),
                             domain::format_time_of_day(booking.start)};
}

std::variant<protocol::BookingView, Refusal> claim_offer(const CountyConfig& county, BookingStore& store,
                                                         const std::string& token, domain::TimePoint now) {
  const auto result = store.claim(token, now, [&](const StoredBooking& before, const StoredBooking& moved,
                                                  const std::string& manage_token) {
    const std::string link = manage_link(county, manage_token);
    return rebook_mail(moved, appointment_words(county, moved), local_when(before.day, before.start), link,
                       appointment_calendar(county, moved, link, now));
  });
  if (const auto* refusal = std::get_if<ClaimRefusal>(&result)) {
    switch (*refusal) {
      case ClaimRefusal::UnknownOffer:
        return unknown_offer();
      case ClaimRefusal::Expired:
        return refused(protocol::BookingError::OfferExpired, "the offer has ended; the slot went on to others");
      case ClaimRefusal::Cancelled:
        return refused(protocol::BookingError::BookingCancelled, "this booking is cancelled; please book anew");
    }
  }
  return view_of(std::get<StoredBooking>(result));
}

}  // namespace civiq::central
