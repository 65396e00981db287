// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "availability.hpp"

#include <doctest/doctest.h>

namespace civiq::booking {
namespace {

using namespace std::chrono;

constexpr seconds hm(int h, int m) { return hours{h} + minutes{m}; }

// Wohngeld in Löbau: Tuesday and Thursday 08:00-12:00 on one desk; released 14 days ahead at 07:00.
OfficeCalendar wohngeld() {
  OfficeCalendar office;
  office.week[1] = {{{hm(8, 0), hm(12, 0)}}, 1};
  office.week[3] = {{{hm(8, 0), hm(12, 0)}}, 1};
  office.release = {{{14, minutes{7 * 60}, 100}}, minutes{60}};
  office.step = minutes{30};
  return office;
}

std::vector<domain::LocalDate> days_of(const std::vector<DayOffer>& offers) {
  std::vector<domain::LocalDate> out;
  for (const auto& offer : offers) out.push_back(offer.day);
  return out;
}

TEST_CASE("only released, open days that are no holidays are offered") {
  // Monday 2026-11-09, 08:00: released up to 14 days ahead, i.e. through Monday the 23rd.
  const auto offers = bookable_slots(wohngeld(), minutes{30}, 2026y / November / 9, 2026y / November / 30, {},
                                     {2026y / November / 9, hm(8, 0)});
  // Tue 10th, Thu 12th, Tue 17th, Thu 19th; not Wed 18th (Buß- und Bettag is a Wednesday anyway),
  // and nothing after the 23rd (not released yet).
  CHECK(days_of(offers) == std::vector<domain::LocalDate>{2026y / November / 10, 2026y / November / 12,
                                                          2026y / November / 17, 2026y / November / 19});
  CHECK(offers.front().slots.size() == 8);  // 08:00 … 11:30
}

TEST_CASE("today's slots keep the lead time; a fully booked day is left out") {
  const domain::LocalDate tuesday = 2026y / November / 10;
  auto offers = bookable_slots(wohngeld(), minutes{30}, tuesday, tuesday, {}, {tuesday, hm(9, 10)});
  REQUIRE(offers.size() == 1);
  CHECK(offers[0].slots.front().start == hm(10, 30));  // 10:10 + 60 min lead, on the 30-minute grid
  std::vector<BookedSpan> full;
  for (seconds start = hm(8, 0); start < hm(12, 0); start += minutes{30}) full.push_back({start, minutes{30}});
  offers =
      bookable_slots(wohngeld(), minutes{30}, tuesday, tuesday, {{tuesday, {full}}}, {2026y / November / 9, hm(8, 0)});
  CHECK(offers.empty());
}

TEST_CASE("a day's released share is a ceiling on what is booked that day") {
  OfficeCalendar office = wohngeld();
  office.release = {{{14, minutes{7 * 60}, 50}, {0, minutes{7 * 60}, 50}}, minutes{0}};  // half ahead, half on the day
  const domain::LocalDate tuesday = 2026y / November / 17;
  // Four of the eight half-hours are released ahead; three are booked: one more 30-minute visit fits,
  // a 60-minute one (two units) does not.
  const std::vector<BookedSpan> three{{hm(8, 0), minutes{30}}, {hm(8, 30), minutes{30}}, {hm(9, 0), minutes{30}}};
  const domain::LocalDateTime before{2026y / November / 9, hm(8, 0)};
  CHECK(bookable_slots(office, minutes{30}, tuesday, tuesday, {{tuesday, {three}}}, before).size() == 1);
  CHECK(bookable_slots(office, minutes{60}, tuesday, tuesday, {{tuesday, {three}}}, before).empty());
  // On the day at 07:00 the rest is released.
  const domain::LocalDateTime on_the_day{tuesday, hm(7, 0)};
  CHECK(bookable_slots(office, minutes{60}, tuesday, tuesday, {{tuesday, {three}}}, on_the_day).size() == 1);
}

TEST_CASE("each channel books within its share; every channel's bookings take desks") {
  OfficeCalendar office = wohngeld();  // eight half-hours on Tuesdays, all released two weeks ahead
  office.channels.percent = {50, 25, 0};  // online 4, phone 2, counter none; 2 stay free for walk-ins
  const domain::LocalDate tuesday = 2026y / November / 17;
  const domain::LocalDateTime now{2026y / November / 9, hm(8, 0)};
  const auto offered = [&](const std::vector<BookedSpan>& booked, Channel channel) {
    return bookable_slots(office, minutes{30}, tuesday, tuesday, {{tuesday, {booked}}}, now, channel);
  };
  std::vector<BookedSpan> booked{{hm(8, 0), minutes{30}, Channel::Online}, {hm(8, 30), minutes{30}, Channel::Online},
                                 {hm(9, 0), minutes{30}, Channel::Online}};
  REQUIRE(offered(booked, Channel::Online).size() == 1);  // the fourth online visit fits
  CHECK(offered(booked, Channel::Online)[0].slots.size() == 5);  // not at the three taken half-hours
  booked.push_back({hm(9, 30), minutes{30}, Channel::Online});
  CHECK(offered(booked, Channel::Online).empty());  // online's four are booked
  REQUIRE(offered(booked, Channel::Phone).size() == 1);  // the phone's share is its own
  CHECK(offered(booked, Channel::Phone)[0].slots.front().start == hm(10, 0));
  CHECK(offered(booked, Channel::Counter).empty());  // no share: the counter books nothing ahead
  booked.push_back({hm(10, 0), minutes{30}, Channel::Phone});
  booked.push_back({hm(10, 30), minutes{30}, Channel::Phone});
  CHECK(offered(booked, Channel::Phone).empty());
}

TEST_CASE("a day's use: capacity, the released share and each channel's quota and bookings") {
  OfficeCalendar office = wohngeld();
  office.channels.percent = {50, 25, 0};
  office.release = {{{14, minutes{7 * 60}, 50}, {0, minutes{7 * 60}, 50}}, minutes{0}};
  const domain::LocalDate tuesday = 2026y / November / 17;
  const std::vector<BookedSpan> booked{{hm(8, 0), hours{1}, Channel::Online}, {hm(9, 0), minutes{30}, Channel::Phone}};
  const DayUse use = day_use(office, tuesday, {booked}, {2026y / November / 9, hm(8, 0)});
  CHECK(use.open);
  CHECK(use.capacity == 8);
  CHECK(use.released_percent == 50);
  CHECK(use.channels[0].quota == 2);  // 8 × 50 % × 50 %
  CHECK(use.channels[0].booked == 2);  // an hour is two half-hours
  CHECK(use.channels[1].quota == 1);
  CHECK(use.channels[1].booked == 1);
  CHECK(use.channels[2].quota == 0);
  const DayUse wednesday = day_use(office, 2026y / November / 18, {}, {2026y / November / 9, hm(8, 0)});
  CHECK_FALSE(wednesday.open);  // Buß- und Bettag, and no hours anyway
  CHECK(wednesday.capacity == 0);
}

// Three desks on Tuesdays, of which one has the Wohngeld files.
constexpr domain::ServiceId kWohngeld{3}, kOther{1};
OfficeCalendar wohngeld_on_one_desk() {
  OfficeCalendar office = wohngeld();
  office.week[1].desks = 3;
  office.service_desks[kWohngeld] = 1;
  return office;
}

TEST_CASE("a service limited to fewer desks books only those; other services take the rest") {
  const OfficeCalendar office = wohngeld_on_one_desk();
  const domain::ServiceId wohngeld_service = kWohngeld, other = kOther;
  const domain::LocalDate tuesday = 2026y / November / 17;
  const domain::LocalDateTime now{2026y / November / 9, hm(8, 0)};
  const std::vector<BookedSpan> booked{{hm(8, 0), minutes{30}, Channel::Online, {wohngeld_service}},
                                       {hm(8, 30), minutes{30}, Channel::Online, {other}},
                                       {hm(8, 30), minutes{30}, Channel::Online, {other}}};
  const auto for_wohngeld = bookable_slots(office, minutes{30}, tuesday, tuesday, {{tuesday, {booked}}}, now,
                                           Channel::Online, {wohngeld_service});
  REQUIRE(for_wohngeld.size() == 1);
  CHECK(for_wohngeld[0].slots.front().start == hm(8, 30));  // its one desk is busy at 08:00
  CHECK(for_wohngeld[0].slots.front().free_desks == 1);     // at most one, though one more desk is free
  const auto for_other =
      bookable_slots(office, minutes{30}, tuesday, tuesday, {{tuesday, {booked}}}, now, Channel::Online, {other});
  REQUIRE(for_other.size() == 1);
  CHECK(for_other[0].slots.front().start == hm(8, 0));
  CHECK(for_other[0].slots.front().free_desks == 2);
  CHECK(for_other[0].slots[1].free_desks == 1);  // 08:30: two of three desks taken
}

TEST_CASE("a limited service counts wherever it stands in a visit, in the booking and in the search") {
  const OfficeCalendar office = wohngeld_on_one_desk();
  const domain::ServiceId wohngeld_service = kWohngeld, other = kOther;
  const domain::LocalDate tuesday = 2026y / November / 17;
  const domain::LocalDateTime now{2026y / November / 9, hm(8, 0)};
  // Booked: a visit for another service first and Wohngeld second; it sits at the Wohngeld desk.
  const std::vector<BookedSpan> booked{{hm(8, 0), hours{1}, Channel::Online, {other, wohngeld_service}}};
  const auto starts = [](const std::vector<DayOffer>& days) {
    std::vector<std::chrono::seconds> found;
    for (const auto& slot : days.at(0).slots) found.push_back(slot.start);
    return found;
  };
  const auto wohngeld_alone = bookable_slots(office, minutes{30}, tuesday, tuesday, {{tuesday, {booked}}}, now,
                                             Channel::Online, {wohngeld_service});
  REQUIRE(wohngeld_alone.size() == 1);
  CHECK(starts(wohngeld_alone).front() == hm(9, 0));  // the desk is busy until nine
  // Searched: a visit with Wohngeld second is held to that desk too, and other services are not.
  const auto wohngeld_second = bookable_slots(office, hours{1}, tuesday, tuesday, {{tuesday, {booked}}}, now,
                                              Channel::Online, {other, wohngeld_service});
  REQUIRE(wohngeld_second.size() == 1);
  CHECK(starts(wohngeld_second).front() == hm(9, 0));
  CHECK(wohngeld_second[0].slots.front().free_desks == 1);
  const auto others_only =
      bookable_slots(office, hours{1}, tuesday, tuesday, {{tuesday, {booked}}}, now, Channel::Online, {other, other});
  REQUIRE(others_only.size() == 1);
  CHECK(starts(others_only).front() == hm(8, 0));
  CHECK(others_only[0].slots.front().free_desks == 2);
}

TEST_CASE("by default everything is booked online, as before channels existed") {
  const domain::LocalDate tuesday = 2026y / November / 17;
  const auto online = bookable_slots(wohngeld(), minutes{30}, tuesday, tuesday, {}, {2026y / November / 9, hm(8, 0)});
  REQUIRE(online.size() == 1);
  CHECK(online[0].slots.size() == 8);
  CHECK(bookable_slots(wohngeld(), minutes{30}, tuesday, tuesday, {}, {2026y / November / 9, hm(8, 0)}, Channel::Phone)
            .empty());
}

TEST_CASE("the office's own closed days are not offered") {
  OfficeCalendar office = wohngeld();
  office.closed_days = {2026y / November / 12};
  const auto offers = bookable_slots(office, minutes{30}, 2026y / November / 10, 2026y / November / 12, {},
                                     {2026y / November / 9, hm(8, 0)});
  CHECK(days_of(offers) == std::vector<domain::LocalDate>{2026y / November / 10});
}

TEST_CASE("desks change for a while: the weekday's periods, then the day's own changes") {
  OfficeCalendar office = wohngeld();  // Tuesdays 08:00-12:00, half-hour slots
  office.week[1].desks = 2;
  office.week[1].periods = {{hm(10, 0), hm(11, 0), 1}};  // one desk fewer every Tuesday at ten
  const domain::LocalDate tuesday = 2026y / November / 17;
  const domain::LocalDateTime now{2026y / November / 9, hm(8, 0)};
  const auto free_at = [&](const DayTaken& taken) {
    std::map<std::chrono::seconds, int> free;
    for (const auto& day : bookable_slots(office, minutes{30}, tuesday, tuesday, {{tuesday, taken}}, now))
      for (const auto& slot : day.slots) free[slot.start] = slot.free_desks;
    return free;
  };
  auto free = free_at({});
  CHECK(free[hm(8, 0)] == 2);
  CHECK(free[hm(10, 0)] == 1);
  CHECK(free[hm(11, 0)] == 2);
  CHECK(day_use(office, tuesday, {}, now).capacity == 2 * 6 + 1 * 2);

  // This Tuesday the staff add a desk early and take both away at half past eleven.
  const DayTaken changed{{}, {{hm(8, 0), hm(9, 0), 3}, {hm(11, 30), hm(12, 0), 0}}};
  free = free_at(changed);
  CHECK(free[hm(8, 0)] == 3);
  CHECK(free[hm(9, 0)] == 2);
  CHECK(free[hm(10, 30)] == 1);
  CHECK(free[hm(11, 0)] == 2);
  CHECK_FALSE(free.contains(hm(11, 30)));
  CHECK(day_use(office, tuesday, changed, now).capacity == 3 * 2 + 2 * 2 + 1 * 2 + 2 * 1);

  // A booking at ten takes the one desk there is then; a change of the day wins over the period.
  const BookedSpan at_ten{hm(10, 0), minutes{30}};
  CHECK_FALSE(free_at({{at_ten}}).contains(hm(10, 0)));
  CHECK(free_at({{at_ten}, {{hm(10, 0), hm(11, 0), 2}}})[hm(10, 0)] == 1);
}

TEST_CASE("taking desks away where appointments are booked shows where the day is overbooked") {
  OfficeCalendar office = wohngeld();
  office.week[1].desks = 2;
  const domain::LocalDate tuesday = 2026y / November / 17;
  const std::vector<BookedSpan> booked{{hm(10, 0), hours{1}}, {hm(10, 30), minutes{30}}};
  CHECK(overbooked(office, tuesday, {booked}).empty());
  const auto over = overbooked(office, tuesday, {booked, {{hm(10, 0), hm(12, 0), 1}}});
  REQUIRE(over.size() == 1);
  CHECK(over[0].start == hm(10, 30));
  CHECK(over[0].booked == 2);
  CHECK(over[0].desks == 1);
}

}  // namespace
}  // namespace civiq::booking
