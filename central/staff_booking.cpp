// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "staff_booking.hpp"

#include <algorithm>

#include "booking/availability.hpp"
#include "desk_change_store.hpp"
#include "domain/local_time_text.hpp"
#include "domain/utf8.hpp"
#include "staff_checks.hpp"

namespace civiq::central {
namespace {

using namespace std::chrono;

protocol::DeskChange change_view(const StoredDeskChange& c) {
  return {c.id,
          c.office_id,
          domain::iso_date(c.day),
          domain::format_time_of_day(c.from),
          domain::format_time_of_day(c.to),
          c.desks,
          c.reason,
          c.changed_by,
          c.changed_at,
          {}};
}

// The change a request asks for, or why it cannot be made.
std::variant<StoredDeskChange, Refusal> requested_change(const BookingOffice& office,
                                                         const protocol::DeskChangeRequest& request,
                                                         const std::string& by, domain::TimePoint now) {
  const auto day = domain::parse_local_date(request.day);
  if (!day) return invalid("day: a date like 2026-12-08");
  if (*day < domain::berlin_date(now)) return invalid("day: today or later; the past stays as it was");
  const auto from = domain::parse_time_of_day(request.from);
  const auto to = domain::parse_time_of_day(request.to);
  if (!from || !to || *to <= *from) return invalid("from, to: times like 12:00 and 16:00, from before to");
  // Far more desks than the office ever has would be a typo, not a plan: at most twice its most.
  const int most = std::max_element(office.calendar.week.begin(), office.calendar.week.end(), [](auto& a, auto& b) {
                     return a.desks < b.desks;
                   })->desks;
  if (request.desks < 0 || request.desks > 2 * most)
    return invalid("desks: from 0 to " + std::to_string(2 * most) + " (twice the most this office has)");
  const bool controls = std::any_of(request.reason.begin(), request.reason.end(),
                                    [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
  if (controls || domain::utf8_characters(request.reason) > kMaxDeskReasonCharacters)
    return invalid("reason: one line of at most " + std::to_string(kMaxDeskReasonCharacters) + " characters");
  return StoredDeskChange{0, office.id, *day, *from, *to, request.desks, request.reason, by, now};
}

}  // namespace

std::variant<protocol::BookingView, Refusal> staff_book(const CountyConfig& county, BookingStore& store,
                                                        const StaffPrincipal& who,
                                                        const protocol::StaffBookingRequest& request,
                                                        domain::TimePoint now) {
  const auto managed = managed_office(county, who, request.office);
  if (const auto* refusal = std::get_if<Refusal>(&managed)) return *refusal;
  const auto channel = booking::channel_named(request.channel);
  if (!channel || *channel == booking::Channel::Online)
    return invalid("channel: phone or counter (citizens book online themselves)");
  const BookingOffice& office = *std::get<const BookingOffice*>(managed);
  if (office.calendar.channels.of(*channel) == 0)
    return refused(protocol::BookingError::ChannelFull, office.name + " gives the " + request.channel +
                                                            " no share of its days ([[offices]] channels)");
  return book_directly(county, store, request, *channel, now);
}

std::variant<protocol::StaffAvailability, Refusal> office_availability(const CountyConfig& county, BookingStore& store,
                                                                       const StaffPrincipal& who,
                                                                       const std::string& office_id,
                                                                       const std::string& from, const std::string& to,
                                                                       domain::TimePoint now) {
  const auto managed = managed_office(county, who, office_id);
  if (const auto* refusal = std::get_if<Refusal>(&managed)) return *refusal;
  const auto first = domain::parse_local_date(from);
  const auto last = to.empty() ? first : domain::parse_local_date(to);
  if (!first || !last) return invalid("from, to: dates like 2026-12-08");
  if (sys_days{*last} < sys_days{*first}) return invalid("to: must not be before from");
  if (sys_days{*last} - sys_days{*first} >= days{kMaxAvailabilityDays})
    return invalid("at most " + std::to_string(kMaxAvailabilityDays) + " days at once");
  const BookingOffice& office = *std::get<const BookingOffice*>(managed);
  const auto [taken, closed] = store.office_days(office.id, *first, *last, now);
  protocol::StaffAvailability availability{office.id, office.calendar.step.count(), {}};
  for (sys_days day = sys_days{*first}; day <= sys_days{*last}; day += days{1}) {
    const domain::LocalDate date{day};
    const auto booked = taken.find(date);
    const auto use = booking::day_use(
        office.calendar, date, booked == taken.end() ? booking::DayTaken{} : booked->second, domain::to_berlin(now));
    protocol::AvailabilityDay out{domain::iso_date(date), use.open && !closed.contains(date), use.capacity,
                                  use.released_percent, {}};
    for (const auto channel : booking::kChannels) {
      const auto& part = use.channels[static_cast<std::size_t>(channel)];
      out.channels.push_back({std::string(booking::channel_name(channel)), office.calendar.channels.of(channel),
                              part.quota, part.booked});
    }
    availability.days.push_back(std::move(out));
  }
  return availability;
}

std::variant<protocol::DeskChange, Refusal> change_desks(const CountyConfig& county, BookingStore& store,
                                                         const StaffPrincipal& who,
                                                         const protocol::DeskChangeRequest& request,
                                                         domain::TimePoint now) {
  const auto managed = managed_office(county, who, request.office);
  if (const auto* refusal = std::get_if<Refusal>(&managed)) return *refusal;
  const BookingOffice& office = *std::get<const BookingOffice*>(managed);
  const auto wanted = requested_change(office, request, who.name, now);
  if (const auto* refusal = std::get_if<Refusal>(&wanted)) return *refusal;
  const StoredDeskChange made = store.desk_changes().add(std::get<StoredDeskChange>(wanted), now);
  protocol::DeskChange view = change_view(made);
  // What the day holds now, the change included: where its bookings need more desks than there are.
  auto days = store.office_days(office.id, made.day, made.day, now);
  for (const auto& over : booking::overbooked(office.calendar, made.day, days.taken[made.day]))
    view.overbooked.push_back({domain::format_time_of_day(over.start), over.booked, over.desks});
  return view;
}

std::variant<protocol::DeskChangeList, Refusal> office_desk_changes(const CountyConfig& county, BookingStore& store,
                                                                    const StaffPrincipal& who,
                                                                    const std::string& office, const std::string& from,
                                                                    domain::TimePoint now) {
  const auto managed = managed_office(county, who, office);
  if (const auto* refusal = std::get_if<Refusal>(&managed)) return *refusal;
  const auto first = from.empty() ? std::optional(domain::berlin_date(now)) : domain::parse_local_date(from);
  if (!first) return invalid("from: a date like 2026-12-08");
  protocol::DeskChangeList list{office, {}};
  for (const auto& change : store.desk_changes().changes(office, *first)) list.changes.push_back(change_view(change));
  return list;
}

std::variant<protocol::DeskChange, Refusal> undo_desk_change(BookingStore& store, const StaffPrincipal& who,
                                                             const std::string& id) {
  const auto undone = take_back(
      who, id, refused(protocol::BookingError::UnknownDeskChange, "no desk change " + id),
      [&](std::int64_t number) { return store.desk_changes().find(number); },
      [&](std::int64_t number) { return store.desk_changes().remove(number); });
  if (const auto* refusal = std::get_if<Refusal>(&undone)) return *refusal;
  return change_view(std::get<StoredDeskChange>(undone));
}

}  // namespace civiq::central
