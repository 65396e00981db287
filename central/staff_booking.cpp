// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "staff_booking.hpp"

#include "booking/availability.hpp"
#include "local_time_text.hpp"

namespace civiq::central {
namespace {

using namespace std::chrono;

// Why `who` may not work with `office_id`'s bookings, if they may not.
std::optional<Refusal> not_managed(const CountyConfig& county, const StaffPrincipal& who, const std::string& office_id) {
  const BookingOffice* office = county.find_office(office_id);
  if (!office) return refused(protocol::BookingError::UnknownOffice, "no office \"" + office_id + "\"");
  if (!may_manage(who, office_id))
    return refused(protocol::ErrorCode::Forbidden, "you do not manage " + office->name + "; ask the county's admin");
  return std::nullopt;
}

}  // namespace

std::variant<protocol::BookingView, Refusal> staff_book(const CountyConfig& county, BookingStore& store,
                                                        const StaffPrincipal& who,
                                                        const protocol::StaffBookingRequest& request,
                                                        domain::TimePoint now) {
  if (auto refusal = not_managed(county, who, request.office)) return *refusal;
  const auto channel = booking::channel_named(request.channel);
  if (!channel || *channel == booking::Channel::Online)
    return invalid("channel: phone or counter (citizens book online themselves)");
  const BookingOffice& office = *county.find_office(request.office);
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
  if (auto refusal = not_managed(county, who, office_id)) return *refusal;
  const auto first = parse_local_date(from);
  const auto last = to.empty() ? first : parse_local_date(to);
  if (!first || !last) return invalid("from, to: dates like 2026-12-08");
  if (sys_days{*last} < sys_days{*first}) return invalid("to: must not be before from");
  if (sys_days{*last} - sys_days{*first} >= days{kMaxAvailabilityDays})
    return invalid("at most " + std::to_string(kMaxAvailabilityDays) + " days at once");
  const BookingOffice& office = *county.find_office(office_id);
  const auto [taken, closed] = store.office_days(office.id, *first, *last, now);
  protocol::StaffAvailability availability{office.id, office.calendar.step.count(), {}};
  for (sys_days day = sys_days{*first}; day <= sys_days{*last}; day += days{1}) {
    const domain::LocalDate date{day};
    const auto booked = taken.find(date);
    const auto use = booking::day_use(office.calendar, date, booked == taken.end() ? std::vector<booking::BookedSpan>{}
                                                                                    : booked->second,
                                      domain::to_berlin(now));
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

}  // namespace civiq::central
