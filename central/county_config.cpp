// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "county_config.hpp"

#include <algorithm>
#include <charconv>
#include <string_view>

#include "config/toml_reader.hpp"
#include "domain/local_time_text.hpp"

namespace civiq::central {
namespace {

using config::TomlReader;
using namespace std::chrono;

BookableService read_service(const TomlReader& r, const toml::table& t, const std::string& key, hours reminder_lead) {
  BookableService service;
  service.id = domain::ServiceId{r.get<std::int32_t>(t, key, "id", std::nullopt)};
  service.leika_id = r.get<std::string>(t, key, "leika_id", std::string{});
  if (!service.leika_id.empty() &&
      (service.leika_id.size() != 14 || service.leika_id.find_first_not_of("0123456789") != std::string::npos))
    r.fail(t.get("leika_id"), key + ".leika_id", "a LeiKa id has 14 digits");
  service.names = config::read_language_names(r, t, key, "name", "{ de = \"Wohngeld\" }");
  if (!service.names.contains("de")) r.fail(t.get("name"), key + ".name", "needs a German name (de)");
  service.length = minutes{r.get<int>(t, key, "length_min", std::nullopt)};
  if (service.length <= 0s) r.fail(t.get("length_min"), key + ".length_min", "must be at least 1");
  if (const toml::node* release = t.get("release_unconfirmed_hours")) {
    // The citizen must have had the reminder, and time to answer it, before the booking goes.
    const hours before{r.get<int>(t, key, "release_unconfirmed_hours", std::nullopt)};
    if (reminder_lead == 0h)
      r.fail(release, key + ".release_unconfirmed_hours", "needs reminders: [central] reminder_hours is 0");
    if (before < 1h || before >= reminder_lead)
      r.fail(release, key + ".release_unconfirmed_hours",
             "must be at least 1 and less than [central] reminder_hours (" + std::to_string(reminder_lead.count()) +
                 "), so that the citizen has time to answer the reminder");
    service.release_unconfirmed = before;
  }
  return service;
}

booking::ReleaseSchedule read_releases(const TomlReader& r, const toml::table& office, const std::string& key) {
  booking::ReleaseSchedule schedule;
  schedule.min_lead = minutes{r.get<int>(office, key, "min_lead_min", 60)};
  if (office.get("releases")) {
    schedule.releases = config::read_array_of_tables<booking::Release>(
        r, office, "releases", [&](const TomlReader& reader, const toml::table& t, const std::string& item) {
          const std::string name = key + "." + item;
          const auto at = reader.get<std::string>(t, name, "at", std::string("07:00"));
          return booking::Release{reader.get<int>(t, name, "days_before", std::nullopt),
                                  duration_cast<minutes>(config::parse_clock(reader, t.get("at"), name + ".at", at)),
                                  reader.get<int>(t, name, "percent", std::nullopt)};
        });
  }
  if (const auto problem = booking::release_schedule_problem(schedule); !problem.empty())
    r.fail(office.get("releases"), key + ".releases", problem);
  return schedule;
}

// `channels = { online = 60, phone = 20, counter = 10 }`: percent of each day per channel; a channel
// not named gets none. Without the key everything is booked online.
booking::ChannelShares read_channels(const TomlReader& r, const toml::table& office, const std::string& key) {
  const toml::node* node = office.get("channels");
  if (!node) return {};
  if (!node->is_table()) r.fail(node, key + ".channels", "must be a table like { online = 80, phone = 20 }");
  booking::ChannelShares shares{{0, 0, 0}};
  for (const auto& [name, value] : *node->as_table()) {
    const auto channel = booking::channel_named(name.str());
    if (!channel) r.fail(&value, key + ".channels", "knows online, phone and counter, not \"" + std::string(name.str()) + "\"");
    shares.percent[static_cast<std::size_t>(*channel)] = r.get<int>(*node->as_table(), key + ".channels", name.str().data(), std::nullopt);
  }
  if (const auto problem = booking::channel_shares_problem(shares); !problem.empty())
    r.fail(node, key + ".channels", problem);
  return shares;
}

// `desks = 3` on every day with hours, or `desks = { monday = 3, friday = 2 }` per weekday (every
// day with hours named): the workstations taking appointments at once.
std::array<int, 7> read_desks(const TomlReader& r, const toml::table& office, const std::string& key,
                              const domain::OpeningHours& hours) {
  const toml::node* node = office.get("desks");
  std::array<int, 7> desks{};
  if (!node || !node->is_table()) {
    const int all = r.get<int>(office, key, "desks", std::nullopt);
    if (all < 1) r.fail(node, key + ".desks", "must be at least 1");
    desks.fill(all);
    return desks;
  }
  const toml::table& by_day = *node->as_table();
  for (const auto& [name, value] : by_day)
    if (std::find(config::kWeekdayKeys.begin(), config::kWeekdayKeys.end(), name.str()) == config::kWeekdayKeys.end())
      r.fail(&value, key + ".desks", "names weekdays (monday … sunday), not \"" + std::string(name.str()) + "\"");
  for (std::size_t day = 0; day < desks.size(); ++day) {
    if (hours.by_weekday[day].empty()) continue;
    desks[day] = r.get<int>(by_day, key + ".desks", config::kWeekdayKeys[day], std::nullopt);
    if (desks[day] < 1) r.fail(by_day.get(config::kWeekdayKeys[day]), key + ".desks", "must be at least 1");
  }
  return desks;
}

// `desk_times = [{ weekday = "monday", from = "12:00", to = "13:00", desks = 2 }]`: on that weekday,
// from a time to a time, that many desks instead of `desks` (fewer at lunch, more in the morning).
std::array<std::vector<booking::DeskPeriod>, 7> read_desk_times(const TomlReader& r, const toml::table& office,
                                                                const std::string& key,
                                                                const domain::OpeningHours& hours) {
  std::array<std::vector<booking::DeskPeriod>, 7> periods;
  const std::string name = key + ".desk_times";
  const toml::node* node = office.get("desk_times");
  if (!node) return periods;
  const char* shape = "must be a list like [{ weekday = \"monday\", from = \"12:00\", to = \"13:00\", desks = 2 }]";
  if (!node->is_array()) r.fail(node, name, shape);
  for (const auto& item : *node->as_array()) {
    if (!item.is_table()) r.fail(&item, name, shape);
    const toml::table& entry = *item.as_table();
    const auto weekday = r.get<std::string>(entry, name, "weekday", std::nullopt);
    const auto found = std::find(config::kWeekdayKeys.begin(), config::kWeekdayKeys.end(), weekday);
    const auto day = static_cast<std::size_t>(found - config::kWeekdayKeys.begin());
    if (found == config::kWeekdayKeys.end() || hours.by_weekday[day].empty())
      r.fail(entry.get("weekday"), name, "weekday: a day with opening hours (monday … sunday)");
    const auto from = domain::parse_time_of_day(r.get<std::string>(entry, name, "from", std::nullopt));
    const auto to = domain::parse_time_of_day(r.get<std::string>(entry, name, "to", std::nullopt));
    if (!from || !to || *to <= *from) r.fail(&entry, name, "from, to: times like 12:00 and 13:00, from before to");
    periods[day].push_back({*from, *to, r.get<int>(entry, name, "desks", std::nullopt)});  // 0 or more
  }
  return periods;
}

// `service_desks = { 3 = 1 }`: at most one desk serves service 3 at once (the others take the rest).
std::map<domain::ServiceId, int> read_service_desks(const TomlReader& r, const toml::table& office,
                                                    const std::string& key,
                                                    const std::vector<domain::ServiceId>& services,
                                                    const std::array<int, 7>& desks) {
  std::map<domain::ServiceId, int> limits;
  const toml::node* node = office.get("service_desks");
  if (!node) return limits;
  if (!node->is_table()) r.fail(node, key + ".service_desks", "must be a table like { 3 = 1 } (service id = desks)");
  const int most = *std::max_element(desks.begin(), desks.end());
  for (const auto& [name, value] : *node->as_table()) {
    int id = 0;
    const auto text = name.str();
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    const domain::ServiceId service{id};
    if (error != std::errc{} || end != text.data() + text.size() ||
        std::find(services.begin(), services.end(), service) == services.end())
      r.fail(&value, key + ".service_desks", "names a service the office books, not \"" + std::string(text) + "\"");
    const int limit = r.get<int>(*node->as_table(), key + ".service_desks", std::string(text).c_str(), std::nullopt);
    if (limit < 1 || limit > most)
      r.fail(&value, key + ".service_desks", "from 1 to the office's desks (" + std::to_string(most) + ")");
    limits[service] = limit;
  }
  return limits;
}

BookingOffice read_office(const TomlReader& r, const toml::table& t, const std::string& key,
                          const std::vector<BookableService>& services) {
  BookingOffice office;
  office.id = r.get<std::string>(t, key, "id", std::nullopt);
  office.name = r.get<std::string>(t, key, "name", std::nullopt);
  office.address = r.get<std::string>(t, key, "address", std::string{});
  const toml::array* offered = t.get("services") ? t.get("services")->as_array() : nullptr;
  if (!offered || offered->empty()) r.fail(&t, key + ".services", "must list the ids of the services it books");
  for (const auto& item : *offered) {
    const auto id = item.value_exact<std::int64_t>();
    if (!id || std::none_of(services.begin(), services.end(), [&](const auto& s) { return s.id.value == *id; }))
      r.fail(&item, key + ".services", "names a service that [[services]] does not define");
    office.services.push_back(domain::ServiceId{static_cast<std::int32_t>(*id)});
  }
  const auto hours = config::read_opening_hours(r, r.table(t, "hours"), key + ".hours");
  const auto desks = read_desks(r, t, key, hours);
  const auto desk_times = read_desk_times(r, t, key, hours);
  for (std::size_t day = 0; day < 7; ++day)
    office.calendar.week[day] = {hours.by_weekday[day], desks[day], desk_times[day]};
  office.calendar.service_desks = read_service_desks(r, t, key, office.services, desks);
  office.calendar.step = minutes{r.get<int>(t, key, "slot_step_min", 15)};
  if (office.calendar.step <= 0s) r.fail(t.get("slot_step_min"), key + ".slot_step_min", "must be at least 1");
  if (const toml::node* closed = t.get("closed_days")) {
    if (!closed->is_array()) r.fail(closed, key + ".closed_days", "must be a list like [\"2026-12-24\"]");
    for (const auto& item : *closed->as_array()) {
      const auto date = domain::parse_local_date(item.value<std::string>().value_or(""));
      if (!date) r.fail(&item, key + ".closed_days", "dates look like \"2026-12-24\"");
      office.calendar.closed_days.insert(*date);
    }
  }
  office.calendar.release = read_releases(r, t, key);
  office.calendar.channels = read_channels(r, t, key);
  return office;
}

// The list of strings `prefix.key` (absent: none); `example` shows its form in the error.
std::vector<std::string> read_strings(const TomlReader& r, const toml::table& table, const std::string& prefix,
                                      const char* key, const std::string& example) {
  std::vector<std::string> out;
  const toml::node* list = table.get(key);
  if (!list) return out;
  const std::string name = prefix + "." + key;
  if (!list->is_array()) r.fail(list, name, "must be a list like " + example);
  for (const auto& item : *list->as_array()) {
    const auto text = item.value<std::string>();
    if (!text) r.fail(&item, name, "must hold strings, like " + example);
    out.push_back(*text);
  }
  return out;
}

}  // namespace

const std::string& BookableService::name(const std::string& language) const {
  const auto it = names.find(language);
  return it != names.end() ? it->second : names.at("de");
}

const BookableService* CountyConfig::find_service(domain::ServiceId id) const {
  const auto it = std::find_if(services.begin(), services.end(), [&](const auto& s) { return s.id == id; });
  return it == services.end() ? nullptr : &*it;
}

const BookingOffice* CountyConfig::find_office(const std::string& id) const {
  const auto it = std::find_if(offices.begin(), offices.end(), [&](const auto& o) { return o.id == id; });
  return it == offices.end() ? nullptr : &*it;
}

CountyConfig parse_county_config(const std::string& text, const std::string& source) {
  const toml::table root = config::parse_toml(text, source);
  const TomlReader r(source);
  CountyConfig county;
  const auto& central = r.table(root, "central");
  county.listen = r.get<std::string>(central, "central", "listen", county.listen);
  county.database = r.get<std::string>(central, "central", "database", std::string{});
  county.public_url = r.get<std::string>(central, "central", "public_url", county.public_url);
  county.hold_time = minutes{r.get<int>(central, "central", "hold_min", 10)};
  county.activation_time = minutes{r.get<int>(central, "central", "activation_min", 30)};
  county.max_bookings_per_address = r.get<int>(central, "central", "max_bookings_per_address", 1);
  county.waitlist_claim_time = minutes{r.get<int>(central, "central", "waitlist_claim_min", 60)};
  if (county.hold_time <= 0s || county.activation_time <= 0s || county.max_bookings_per_address < 1 ||
      county.waitlist_claim_time <= 0s)
    r.fail(&central, "central",
           "hold_min, activation_min, max_bookings_per_address and waitlist_claim_min must be at least 1");
  county.cancelled_slot_return = minutes{r.get<int>(central, "central", "cancelled_slot_return_min", 0)};
  if (county.cancelled_slot_return < 0s || county.cancelled_slot_return > hours{24})
    r.fail(central.get("cancelled_slot_return_min"), "central.cancelled_slot_return_min", "must be from 0 to 1440");
  county.personal_data_retention = days{r.get<int>(central, "central", "personal_data_days", 30)};
  county.proof_of_work_max_number = r.get<int>(central, "central", "proof_of_work_max_number", 100000);
  county.reminder_lead = hours{r.get<int>(central, "central", "reminder_hours", 48)};
  if (county.reminder_lead > kMaxReminderLead)
    r.fail(central.get("reminder_hours"), "central.reminder_hours",
           "at most " + std::to_string(kMaxReminderLead.count()) + " (0: no reminders)");
  county.reminder_check = seconds{r.get<int>(central, "central", "reminder_check_s", 60)};
  if (county.reminder_check < 1s || county.reminder_check > 1h)
    r.fail(central.get("reminder_check_s"), "central.reminder_check_s", "must be from 1 to 3600");
  const auto& limits = r.table(root, "limits");
  county.requests_per_minute = r.get<int>(limits, "limits", "requests_per_minute", 300);
  county.holds_per_minute = r.get<int>(limits, "limits", "holds_per_minute", 10);
  county.holds_per_minute_per_subnet = r.get<int>(limits, "limits", "holds_per_minute_per_subnet", 30);
  county.free_searches_per_minute = r.get<int>(limits, "limits", "free_searches_per_minute", 30);
  county.free_searches_per_minute_per_subnet = r.get<int>(limits, "limits", "free_searches_per_minute_per_subnet", 120);
  county.staff_logins_per_minute = r.get<int>(limits, "limits", "staff_logins_per_minute", 10);
  if (county.requests_per_minute < 1 || county.holds_per_minute < 1 || county.holds_per_minute_per_subnet < 1 ||
      county.free_searches_per_minute < 1 || county.free_searches_per_minute_per_subnet < 1 ||
      county.staff_logins_per_minute < 1)
    r.fail(&limits, "limits", "every limit must be at least 1");
  county.trusted_proxies = read_strings(r, limits, "limits", "trusted_proxies", "[\"127.0.0.1\"]");
  const auto& sync = r.table(root, "sync");
  county.sync_alert_to = read_strings(r, sync, "sync", "alert_to", "[\"it@landkreis.example\"]");
  for (const auto& address : county.sync_alert_to)
    if (address.find('@') == std::string::npos || address.find_first_of(" \r\n<>") != std::string::npos)
      r.fail(sync.get("alert_to"), "sync.alert_to", "must hold mail addresses like it@landkreis.example");
  county.sync_alert_after = seconds{r.get<int>(sync, "sync", "alert_after_s", 900)};
  if (county.sync_alert_after < 1s || county.sync_alert_after > 24h)
    r.fail(sync.get("alert_after_s"), "sync.alert_after_s", "must be from 1 to 86400");
  const auto& mail = r.table(root, "mail");
  county.smtp_url = r.get<std::string>(mail, "mail", "smtp_url", std::string{});
  county.mail_from = r.get<std::string>(mail, "mail", "from", county.mail_from);
  if (mail.get("require_tls")) county.require_tls = r.get<bool>(mail, "mail", "require_tls", std::nullopt);
  county.services = config::read_array_of_tables<BookableService>(
      r, root, "services", [&](const TomlReader& reader, const toml::table& t, const std::string& key) {
        return read_service(reader, t, key, county.reminder_lead);
      });
  county.offices = config::read_array_of_tables<BookingOffice>(
      r, root, "offices",
      [&](const TomlReader& reader, const toml::table& t, const std::string& key) {
        return read_office(reader, t, key, county.services);
      });
  return county;
}

bool mail_requires_tls(const CountyConfig& county) {
  if (county.require_tls) return *county.require_tls;
  std::string_view host = county.smtp_url;
  if (const auto scheme = host.find("://"); scheme != std::string_view::npos) host.remove_prefix(scheme + 3);
  host = host.substr(0, host.find('/'));
  if (const auto at = host.rfind('@'); at != std::string_view::npos) host.remove_prefix(at + 1);  // user:password@
  if (host.starts_with("[")) {
    host = host.substr(1, host.find(']') - 1);  // [::1]:25
  } else {
    host = host.substr(0, host.find(':'));
  }
  return !(host == "localhost" || host == "::1" || host.starts_with("127."));
}

}  // namespace civiq::central
