// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "release_schedule.hpp"

namespace civiq::booking {

std::vector<Release> four_weeks_ahead() {
  std::vector<Release> releases(1);
  releases.front() = Release{28, std::chrono::minutes{7 * 60}, 100};
  return releases;
}
namespace {

using namespace std::chrono;

constexpr int kMaxDaysBefore = 366;

// Local times as seconds since the epoch of local days: comparable without a time zone.
seconds local_instant(domain::LocalDate day, seconds time_of_day) {
  return duration_cast<seconds>(sys_days{day}.time_since_epoch()) + time_of_day;
}

}  // namespace

std::string release_schedule_problem(const ReleaseSchedule& schedule) {
  int total = 0;
  for (const auto& release : schedule.releases) {
    if (release.percent < 1 || release.percent > 100) return "each release gives 1 to 100 percent";
    if (release.days_before < 0 || release.days_before > kMaxDaysBefore)
      return "days_before must be between 0 and 366";
    if (release.at < minutes{0} || release.at >= hours{24}) return "a release time lies within the day (00:00-23:59)";
    total += release.percent;
  }
  if (total > 100) return "the releases give more than 100 percent of a day";
  if (schedule.min_lead < minutes{0}) return "min_lead must not be negative";
  return {};
}

int released_percent(const ReleaseSchedule& schedule, domain::LocalDate day, domain::LocalDateTime now) {
  const seconds at_now = local_instant(now.date, now.time_of_day);
  int percent = 0;
  for (const auto& release : schedule.releases) {
    const domain::LocalDate release_day{sys_days{day} - days{release.days_before}};
    if (local_instant(release_day, release.at) <= at_now) percent += release.percent;
  }
  return percent;
}

int released_capacity(int capacity, int percent) {
  return capacity * percent / 100;
}

bool before_lead(const ReleaseSchedule& schedule, domain::LocalDate day, seconds start, domain::LocalDateTime now) {
  return local_instant(now.date, now.time_of_day) + schedule.min_lead <= local_instant(day, start);
}

}  // namespace civiq::booking
