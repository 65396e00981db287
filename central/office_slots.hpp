// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The free slots of an office for one visit, for a channel: the shared booking rules
// (booking::bookable_slots) with the county's services and the days its staff closed. Used by the
// citizens' search, holds and moves (online) and by staff booking for callers and the counter.
// Thread rule: stateless.
#include <chrono>
#include <set>
#include <vector>

#include "booking/availability.hpp"
#include "booking_store.hpp"
#include "county_config.hpp"

namespace civiq::central {

// One contiguous appointment for every service of the visit (each known to `county`).
[[nodiscard]] std::chrono::seconds visit_length(const CountyConfig& county, const std::vector<domain::ServiceId>& services);

// What a slot is searched for: the visit's length, its services (its desk serves each of them),
// and the channel booking it.
struct Visit {
  std::chrono::seconds length;
  std::vector<domain::ServiceId> services;
  booking::Channel channel = booking::Channel::Online;
};
[[nodiscard]] Visit visit_of(const CountyConfig& county, const std::vector<domain::ServiceId>& services,
                             booking::Channel channel = booking::Channel::Online);
// A stored booking's visit (its length as booked).
[[nodiscard]] Visit visit_of(const StoredBooking& booking);

// The slots `office` offers `visit` from `first` to `last`, given what is taken and the days its
// staff closed (BookingStore::closed_days; they join county.toml's).
[[nodiscard]] std::vector<booking::DayOffer> offers(const BookingOffice& office, const Visit& visit,
                                                    domain::LocalDate first, domain::LocalDate last,
                                                    const BookedDays& taken, const std::set<domain::LocalDate>& closed,
                                                    domain::TimePoint now);

// Whether `office` offers `visit` at `start` on `day`, given what is taken that day (nothing booked,
// BookingStore::unbooked_day: whether it offers it at all, i.e. open, on the grid, released, not
// too soon, with a desk then). Closures are checked by the store, under the day's lock.
[[nodiscard]] bool offers_slot(const BookingOffice& office, const Visit& visit, domain::LocalDate day,
                               std::chrono::seconds start, const booking::DayTaken& taken, domain::TimePoint now);

}  // namespace civiq::central
