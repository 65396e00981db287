// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "booking_desk.hpp"

#include <algorithm>

#include "local_time_text.hpp"

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
                                                 const protocol::HoldRequest& request, domain::TimePoint now) {
  const auto day = parse_local_date(request.day);
  if (!day) return invalid("day: a date like 2026-12-08");
  const auto start = parse_time_of_day(request.start);
  if (!start) return invalid("start: a time like 09:15");
  const SlotQuery query{request.office, request.service_ids, *day, *day};
  if (auto refusal = check_query(county, query)) return *refusal;
  const BookingOffice& office = *county.find_office(request.office);
  const seconds length = visit_length(county, request.service_ids);
  // Not offered even on an empty day: closed, outside the hours, off the grid, not released, too soon.
  if (!offers_start(offers(office, length, *day, *day, {}, now), *start))
    return refused(protocol::BookingError::SlotNotBookable,
                   "the office does not offer " + request.start + " on " + request.day + " for this visit");
  const NewHold hold{office.id, *day, *start, length, request.service_ids, now + county.hold_time};
  const auto id = store.hold_if(hold, now, [&](const std::vector<booking::BookedSpan>& taken) {
    return offers_start(offers(office, length, *day, *day, {{*day, taken}}, now), *start);
  });
  if (!id) return refused(protocol::BookingError::SlotTaken, "another citizen has just taken this slot");
  return protocol::Hold{*id,          office.id,     request.service_ids, request.day,
                        request.start, length.count(), hold.held_until};
}

}  // namespace civiq::central
