// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "json_codec.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace civiq::protocol {
namespace {

// Exactly `len` digits: no sign (from_chars would take "-1" as an hour or "-999" as a year).
bool read_int(std::string_view text, std::size_t pos, std::size_t len, int& out) {
  if (pos + len > text.size()) return false;
  const auto* first = text.data() + pos;
  if (!std::all_of(first, first + len, [](char c) { return c >= '0' && c <= '9'; })) return false;
  const auto [ptr, ec] = std::from_chars(first, first + len, out);
  return ec == std::errc{} && ptr == first + len;
}

}  // namespace

void drop_null_members(json::value& value) {
  if (auto* object = value.if_object()) {
    for (auto it = object->begin(); it != object->end();) {
      if (it->value().is_null()) {
        it = object->erase(it);
      } else {
        drop_null_members(it->value());
        ++it;
      }
    }
  } else if (auto* array = value.if_array()) {
    for (auto& item : *array) drop_null_members(item);
  }
}

std::string format_time(domain::TimePoint t) {
  using namespace std::chrono;
  const sys_days day = floor<days>(t);
  const year_month_day date{day};
  const hh_mm_ss<seconds> clock{t - day};
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                static_cast<int>(clock.hours().count()), static_cast<int>(clock.minutes().count()),
                static_cast<int>(clock.seconds().count()));
  return buffer;
}

std::optional<domain::TimePoint> parse_time(std::string_view text) {
  using namespace std::chrono;
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  if (!read_int(text, 0, 4, y) || text.size() < 16 || text[4] != '-' || !read_int(text, 5, 2, mo) ||
      text[7] != '-' || !read_int(text, 8, 2, d) || text[10] != 'T' || !read_int(text, 11, 2, h) ||
      text[13] != ':' || !read_int(text, 14, 2, mi))
    return std::nullopt;
  std::size_t pos = 16;
  if (pos < text.size() && text[pos] == ':') {
    if (!read_int(text, pos + 1, 2, s)) return std::nullopt;
    pos += 3;
  }
  int offset_minutes = 0;
  if (pos < text.size() && text[pos] == 'Z') {
    ++pos;
  } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
    int oh = 0, om = 0;
    if (!read_int(text, pos + 1, 2, oh) || text.size() <= pos + 3 || text[pos + 3] != ':' ||
        !read_int(text, pos + 4, 2, om))
      return std::nullopt;
    offset_minutes = (oh * 60 + om) * (text[pos] == '-' ? -1 : 1);
    pos += 6;
  } else {
    return std::nullopt;
  }
  if (pos != text.size()) return std::nullopt;
  const year_month_day date{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
  if (!date.ok() || h > 23 || mi > 59 || s > 59) return std::nullopt;
  const domain::TimePoint utc = sys_days{date} + hours{h} + minutes{mi} + seconds{s} - minutes{offset_minutes};
  // format_time writes four-digit years only: an offset must not push the time out of 0000..9999
  // ("9999-12-31T23:30-01:00" is year 10000 in UTC), or what was accepted could not be read back.
  const year utc_year = year_month_day{floor<days>(utc)}.year();
  if (utc_year < year{0} || utc_year > year{9999}) return std::nullopt;
  return utc;
}

}  // namespace civiq::protocol
