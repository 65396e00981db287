// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "county_config.hpp"

#include <doctest/doctest.h>

#include "config/config_error.hpp"
#include "demo_county_toml.hpp"

namespace civiq::central {

using namespace std::chrono;

TEST_CASE("the demo county has the five offices with their services, desks, hours and releases") {
  const auto county = parse_county_config(kDemoCountyToml, "<demo>");
  REQUIRE(county.offices.size() == 5);
  CHECK(county.offices[0].id == "loebau");
  CHECK(county.offices[4].name == "Bürgerbüro Görlitz");
  CHECK(county.services.size() == 5);
  CHECK(county.find_service(domain::ServiceId{1})->leika_id == "99036008000000");
  CHECK(county.find_service(domain::ServiceId{3})->name("pl") == "Dodatek mieszkaniowy");
  CHECK(county.find_service(domain::ServiceId{3})->name("tr") == "Wohngeld");  // German when not translated
  CHECK(county.hold_time == minutes{10});
  CHECK(county.sync_alert_to.empty());  // no alert mails unless the county names who gets them
  CHECK(county.sync_alert_after == minutes{15});
  const auto& loebau = *county.find_office("loebau");
  CHECK(loebau.calendar.week[0].desks == 3);
  CHECK(loebau.calendar.week[0].hours.size() == 2);  // the lunch break between them
  CHECK(loebau.calendar.week[5].hours.empty());      // Saturday
  CHECK(loebau.calendar.release.releases.size() == 2);
  CHECK(loebau.calendar.release.releases[0].percent == 80);
  CHECK(county.find_office("weisswasser")->calendar.release.releases[0].days_before == 28);  // the default
  CHECK(county.find_office("bautzen") == nullptr);
  CHECK(county.reminder_lead == hours{48});
  CHECK(county.reminder_check == seconds{60});  // the default
  CHECK(county.cancelled_slot_return == seconds{0});  // the default: at once
  CHECK(county.find_service(domain::ServiceId{1})->release_unconfirmed == hours{24});
  CHECK_FALSE(county.find_service(domain::ServiceId{2})->release_unconfirmed.has_value());
  CHECK(loebau.calendar.channels.percent == std::array{70, 20, 10});
  CHECK(county.find_office("niesky")->calendar.channels.percent == std::array{100, 0, 0});  // the default
  const auto& goerlitz = *county.find_office("goerlitz");
  CHECK(goerlitz.calendar.week[0].desks == 5);
  CHECK(goerlitz.calendar.week[2].desks == 3);  // Wednesday
  CHECK(goerlitz.calendar.service_desks == std::map<domain::ServiceId, int>{{domain::ServiceId{3}, 1}});
  CHECK(loebau.calendar.service_desks.empty());
  REQUIRE(goerlitz.calendar.week[1].periods.size() == 1);  // the long Tuesday evening on two desks
  CHECK(goerlitz.calendar.week[1].periods[0].from == hours{16});
  CHECK(goerlitz.calendar.week[1].periods[0].to == hours{18});
  CHECK(goerlitz.calendar.week[1].periods[0].desks == 2);
  CHECK(loebau.calendar.week[1].periods.empty());
}

TEST_CASE("mails to a relay on another machine go over STARTTLS only, unless the county says otherwise") {
  CountyConfig county;
  const auto requires_tls = [&](const std::string& url, std::optional<bool> setting = std::nullopt) {
    county.smtp_url = url;
    county.require_tls = setting;
    return mail_requires_tls(county);
  };
  CHECK(requires_tls("smtp://relay.landkreis.example:25"));
  CHECK(requires_tls("smtp://civiq:secret@relay.landkreis.example"));
  CHECK(requires_tls("smtp://10.0.0.5:25"));
  CHECK_FALSE(requires_tls("smtp://127.0.0.1:2525"));  // on this machine: no line to read
  CHECK_FALSE(requires_tls("smtp://localhost"));
  CHECK_FALSE(requires_tls("smtp://[::1]:25"));
  CHECK_FALSE(requires_tls("smtp://relay.landkreis.example:25", false));
  CHECK(requires_tls("smtp://127.0.0.1:2525", true));
  const auto parsed = parse_county_config(std::string(kDemoCountyToml) + "\n[mail]\nrequire_tls = true\n", "<demo>");
  CHECK(parsed.require_tls == true);
}

TEST_CASE("a county file with a mistake names its line and key") {
  const std::string service = "[[services]]\nid = 1\nlength_min = 20\nname = { de = \"Wohngeld\" }\n";
  const std::string office = "[[offices]]\nid = \"x\"\nname = \"X\"\ndesks = 2\n";
  struct Row {
    std::string toml;
    std::string error;
  };
  const std::vector<Row> rows{
      {office + "services = [1]\n", "county.toml:1: services: needs at least one [[services]] entry"},
      {service + office + "services = [2]\n",
       "county.toml:9: offices[0].services: names a service that [[services]] does not define"},
      {service + office + "services = []\n",
       "county.toml:5: offices[0].services: must list the ids of the services it books"},
      {service + "[[offices]]\nid = \"x\"\nname = \"X\"\ndesks = 0\nservices = [1]\n",
       "county.toml:8: offices[0].desks: must be at least 1"},
      {service + office + "services = [1]\nhours = { monday = [\"08:00-07:00\"] }\n",
       "county.toml:10: offices[0].hours.monday: an interval must close after it opens"},
      {service + office + "services = [1]\nclosed_days = [\"24.12.2026\"]\n",
       "county.toml:10: offices[0].closed_days: dates look like \"2026-12-24\""},
      {service + office + "services = [1]\nreleases = [{ days_before = 28, percent = 120 }]\n",
       "county.toml:10: offices[0].releases: "},
      {"[[services]]\nid = 1\nlength_min = 20\nname = { en = \"Housing\" }\n" + office + "services = [1]\n",
       "county.toml:4: services[0].name: needs a German name (de)"},
      {"[central]\nreminder_hours = 721\n" + service + office + "services = [1]\n",
       "county.toml:2: central.reminder_hours: at most 720 (0: no reminders)"},
      {"[central]\nreminder_hours = -1\n" + service + office + "services = [1]\n",
       "county.toml:2: central.reminder_hours: is out of range"},
      {"[central]\nreminder_check_s = 0\n" + service + office + "services = [1]\n",
       "county.toml:2: central.reminder_check_s: must be from 1 to 3600"},
      {service + "release_unconfirmed_hours = 48\n" + office + "services = [1]\n",
       "county.toml:5: services[0].release_unconfirmed_hours: must be at least 1 and less than [central] "
       "reminder_hours (48)"},
      {service + "release_unconfirmed_hours = 0\n" + office + "services = [1]\n",
       "county.toml:5: services[0].release_unconfirmed_hours: must be at least 1"},
      {"[central]\nreminder_hours = 0\n" + service + "release_unconfirmed_hours = 24\n" + office + "services = [1]\n",
       "county.toml:7: services[0].release_unconfirmed_hours: needs reminders: [central] reminder_hours is 0"},
      {service + office + "services = [1]\nchannels = { online = 80, phone = 30 }\n",
       "county.toml:10: offices[0].channels: the channels' shares add up to 110 percent, more than 100"},
      {service + office + "services = [1]\nchannels = { online = 80, fax = 20 }\n",
       "offices[0].channels: knows online, phone and counter, not \"fax\""},
      {service + office + "services = [1]\nchannels = 80\n", "county.toml:10: offices[0].channels: must be a table"},
      {service + "[[offices]]\nid = \"x\"\nname = \"X\"\nservices = [1]\ndesks = { monday = 2 }\n"
                 "hours = { monday = [\"08:00-12:00\"], friday = [\"08:00-12:00\"] }\n",
       "county.toml:9: offices[0].desks.friday: is required"},
      {service + "[[offices]]\nid = \"x\"\nname = \"X\"\nservices = [1]\ndesks = { mondays = 2 }\n",
       "offices[0].desks: names weekdays (monday … sunday), not \"mondays\""},
      {service + office + "services = [1]\nservice_desks = { 1 = 3 }\n",
       "county.toml:10: offices[0].service_desks: from 1 to the office's desks (2)"},
      {service + office + "services = [1]\ndesk_times = { monday = 2 }\n",
       "county.toml:10: offices[0].desk_times: must be a list like"},
      {service + office +
           "services = [1]\ndesk_times = [{ weekday = \"sunday\", from = \"08:00\", to = \"09:00\", desks = 1 }]\n",
       "offices[0].desk_times: weekday: a day with opening hours (monday … sunday)"},
      {service + office +
           "services = [1]\nhours = { monday = [\"08:00-12:00\"] }\ndesk_times = [{ weekday = \"monday\", from = "
           "\"09:00\", to = \"08:00\", desks = 1 }]\n",
       "offices[0].desk_times: from, to: times like 12:00 and 13:00, from before to"},
      {service + office +
           "services = [1]\nhours = { monday = [\"08:00-12:00\"] }\ndesk_times = [{ weekday = \"monday\", from = "
           "\"08:00\", to = \"09:00\", desks = -1 }]\n",
       "county.toml:11: offices[0].desk_times.desks: is out of range"},
      {service + office + "services = [1]\nservice_desks = { 2 = 1 }\n",
       "offices[0].service_desks: names a service the office books, not \"2\""},
      {"[central]\ncancelled_slot_return_min = 1441\n" + service + office + "services = [1]\n",
       "county.toml:2: central.cancelled_slot_return_min: must be from 0 to 1440"},
      {"[sync]\nalert_to = \"it@landkreis.example\"\n" + service + office + "services = [1]\n",
       "county.toml:2: sync.alert_to: must be a list like [\"it@landkreis.example\"]"},
      {"[sync]\nalert_to = [\"it-abteilung\"]\n" + service + office + "services = [1]\n",
       "county.toml:2: sync.alert_to: must hold mail addresses like it@landkreis.example"},
      {"[sync]\nalert_after_s = 0\n" + service + office + "services = [1]\n",
       "county.toml:2: sync.alert_after_s: must be from 1 to 86400"},
      {"[limits]\ntrusted_proxies = [1]\n" + service + office + "services = [1]\n",
       "county.toml:2: limits.trusted_proxies: must hold strings, like [\"127.0.0.1\"]"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.toml);
    CHECK_THROWS_WITH_AS(parse_county_config(row.toml, "county.toml"), doctest::Contains(row.error.c_str()),
                         config::ConfigError);
  }
}

}  // namespace civiq::central
