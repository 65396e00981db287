// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "app/branch_config.hpp"

#include <doctest/doctest.h>

#include <string>

namespace civiq::app {
namespace {

using namespace std::chrono_literals;
using domain::CounterId;
using domain::ServiceId;

constexpr const char* kSource = "branch.toml";

// Lines 1-4. Every case below is built from these blocks so the line numbers in the expected
// messages can be counted from the top of the case's text.
constexpr const char* kOffice =
    "[office]\n"                              // 1
    "id = \"test\"\n"                         // 2
    "name = \"Bürgerbüro Test\"\n"            // 3
    "public_base_url = \"https://q.test/\"\n";  // 4

// A valid catalog of two services and two counters, appended after the block under test.
constexpr const char* kCatalog =
    "[[services]]\n"
    "id = 1\n"
    "prefix = \"A\"\n"
    "name = { de = \"Anmeldung\" }\n"
    "[[services]]\n"
    "id = 2\n"
    "prefix = \"B\"\n"
    "default_service_time_s = 300\n"
    "name = { de = \"Beglaubigung\", en = \"Certification\" }\n"
    "[[counters]]\n"
    "id = 1\n"
    "name = \"Schalter 1\"\n"
    "services = [1, 2]\n"
    "weights = [1.0, 0.5]\n"
    "[[counters]]\n"
    "id = 2\n"
    "name = \"Schalter 2\"\n"
    "services = [2]\n";

std::string valid_config() { return std::string(kOffice) + kCatalog; }

// The message of the ConfigError the text raises, or "" when it parses.
std::string config_error(const std::string& text) {
  try {
    (void)parse_branch_config(text, kSource);
  } catch (const ConfigError& error) {
    return error.what();
  }
  return {};
}

// "branch.toml:7: queue.end_of_day: " - what every located error starts with.
std::string located(int line, const std::string& key) {
  return std::string(kSource) + ":" + std::to_string(line) + ": " + key + ": ";
}

TEST_CASE("the embedded Löbau demo configuration parses") {
  const BranchConfig config = demo_branch_config();

  CHECK(config.office_id == "loebau");
  CHECK(config.public_base_url == "http://127.0.0.1:8080");
  CHECK(config.listen_address == "127.0.0.1");
  CHECK(config.listen_port == 8080);
  CHECK(config.database_path == "civiq-demo.db");
  CHECK(config.threads == 2);
  CHECK(config.body_limit_bytes == 65536);
  CHECK(config.public_requests_per_minute == 600);
  CHECK(config.login_attempts_per_minute == 10);
  CHECK(config.personal_data_retention_days == 30);

  CHECK(config.queue.numbering.start == 1);
  CHECK(config.queue.numbering.width == 3);
  CHECK(config.queue.max_recalls == 2);
  CHECK(config.queue.recall_cooldown == 10s);
  CHECK(config.queue.max_postpone_places == 10);
  CHECK(config.queue.max_postponements == 2);
  CHECK(config.queue.end_of_day == domain::EndOfDayRule::ServeToEnd);
  CHECK(config.queue.calling.appointment_lead == 300s);
  CHECK(config.queue.calling.aging_threshold == 1800s);
  CHECK(config.queue.check_in.earliest_before == 3600s);
  CHECK(config.queue.check_in.latest_after == 900s);
  CHECK(config.queue.enforce_opening_hours);
  CHECK(config.estimates.optimism_factor == doctest::Approx(1.0));

  REQUIRE(config.catalog != nullptr);
  const domain::Catalog& catalog = *config.catalog;
  CHECK(catalog.office_name == "Bürgerbüro Löbau");
  CHECK(config.display_info_line.starts_with("Bitte halten Sie"));
  CHECK(config.kiosk_printer == "civiq-tickets");
  CHECK(catalog.validate().has_value());
  REQUIRE(catalog.services.size() == 6);
  REQUIRE(catalog.counters.size() == 6);  // Schalter 6 is the demo's free desk
  for (const auto& service : catalog.services) {
    CAPTURE(service.id.value);
    CHECK(service.names.contains("de"));
    CHECK(service.names.contains("en"));
    CHECK_FALSE(service.prefix.empty());
    CHECK(service.active);
  }

  // The kiosk's tile groups: vehicles and licences, social benefits, the general desk on its own.
  CHECK(catalog.services[0].group("de") == "Fahrzeug und Führerschein");
  CHECK(catalog.services[1].group("pl") == catalog.services[0].group("pl"));
  CHECK(catalog.services[2].group("en") == "Social benefits");
  CHECK(catalog.services[3].group("cs") == catalog.services[2].group("cs"));
  CHECK(catalog.services[4].group("de") == "Fahrzeug und Führerschein");
  CHECK_FALSE(catalog.services[5].group("de").has_value());
  const domain::Service* kfz = catalog.find_service(ServiceId{1});
  REQUIRE(kfz != nullptr);
  CHECK(kfz->leika_id == "99036008000000");
  CHECK(kfz->prefix == "A");
  CHECK(kfz->default_service_time == 900s);
  CHECK(kfz->name("de") == "Kfz-Zulassung");
  // No LeiKa id in the county's table: left empty, not guessed.
  CHECK(catalog.find_service(ServiceId{2})->leika_id.empty());

  const domain::Counter* five = catalog.find_counter(CounterId{5});
  REQUIRE(five != nullptr);
  CHECK(five->name == "Schalter 5");
  CHECK(five->services == std::map<ServiceId, double>{{ServiceId{6}, 1.0}, {ServiceId{5}, 1.0}, {ServiceId{1}, 0.5}});
  CHECK(catalog.find_counter(CounterId{2})->services == std::map<ServiceId, double>{{ServiceId{1}, 1.0}});

  // The demo never closes, so it can be tried at any hour.
  for (const auto& day : catalog.hours.by_weekday) {
    REQUIRE(day.size() == 1);
    CHECK(day.front().opens == 0s);
    CHECK(day.front().closes == 24h);
  }
}

TEST_CASE("a minimal configuration gets the documented defaults") {
  const BranchConfig config = parse_branch_config(valid_config(), kSource);

  CHECK(config.office_id == "test");
  CHECK(config.public_base_url == "https://q.test");  // trailing slash dropped: links append "/t/..."
  CHECK(config.listen_address == "127.0.0.1");
  CHECK(config.listen_port == 8080);
  CHECK(config.database_path == "civiq.db");
  CHECK(config.web_root.empty());  // the built-in live-ticket page
  CHECK(config.manage_root.empty());  // the built-in dashboard
  CHECK(config.threads == 2);
  CHECK(config.body_limit_bytes == 64 * 1024);
  CHECK(config.public_requests_per_minute == 600);
  CHECK(config.login_attempts_per_minute == 10);
  CHECK(config.queue_deadline == std::chrono::milliseconds{3000});
  CHECK(config.personal_data_retention_days == 30);
  CHECK(config.sla_target_wait == std::chrono::minutes{20});
  CHECK(config.display_info_line.empty());
  CHECK(config.kiosk_printer.empty());  // each kiosk's default printer
  CHECK(config.sync.central_url.empty());  // no pull from central booking
  CHECK(config.sync.interval == 5s);
  CHECK(config.sync.wait == 25s);  // a long poll, answered at once when an appointment changes
  CHECK(config.sync.days_ahead == 7);  // the window: today and the next seven days
  CHECK(config.queue.end_of_day == domain::EndOfDayRule::ServeToEnd);
  CHECK(config.queue.enforce_opening_hours);

  const domain::Catalog& catalog = *config.catalog;
  CHECK(catalog.find_service(ServiceId{1})->default_service_time == 600s);
  CHECK(catalog.find_service(ServiceId{1})->leika_id.empty());
  CHECK(catalog.find_service(ServiceId{2})->default_service_time == 300s);
  CHECK(catalog.find_counter(CounterId{1})->services ==
        std::map<ServiceId, double>{{ServiceId{1}, 1.0}, {ServiceId{2}, 0.5}});
  CHECK(catalog.find_counter(CounterId{2})->services == std::map<ServiceId, double>{{ServiceId{2}, 1.0}});
  // No [hours] table and no always_open: closed every day.
  for (const auto& day : catalog.hours.by_weekday) CHECK(day.empty());
}

TEST_CASE("opening hours, queue rules, the SLA target and server settings are read") {
  const std::string text = std::string(kOffice) +
                           "[server]\n"
                           "listen = \"0.0.0.0:9090\"\n"
                           "database = \"/var/lib/civiq/civiq.db\"\n"
                           "web_root = \"/usr/share/civiq/web\"\n"
                           "manage_root = \"/usr/share/civiq/manage\"\n"
                           "threads = 4\n"
                           "[queue]\n"
                           "end_of_day = \"cancel_waiting\"\n"
                           "enforce_opening_hours = false\n"
                           "estimate_optimism_factor = 1\n"  // an integer is a number too
                           "recall_cooldown_s = 20\n"
                           "[statistics]\n"
                           "sla_target_minutes = 15\n"
                           "[hours]\n"
                           "monday = [\"08:00-12:00\", \"13:00-16:30\"]\n"
                           "friday = [\"07:30-24:00\"]\n" +
                           kCatalog;
  const BranchConfig config = parse_branch_config(text, kSource);

  CHECK(config.listen_address == "0.0.0.0");
  CHECK(config.listen_port == 9090);
  CHECK(config.database_path == "/var/lib/civiq/civiq.db");
  CHECK(config.web_root == std::filesystem::path("/usr/share/civiq/web"));
  CHECK(config.manage_root == std::filesystem::path("/usr/share/civiq/manage"));
  CHECK(config.threads == 4);
  CHECK(config.sla_target_wait == std::chrono::minutes{15});
  CHECK(config.queue.end_of_day == domain::EndOfDayRule::CancelWaiting);
  CHECK_FALSE(config.queue.enforce_opening_hours);
  CHECK(config.estimates.optimism_factor == doctest::Approx(1.0));
  CHECK(config.queue.recall_cooldown == 20s);

  const auto& hours = config.catalog->hours.by_weekday;
  REQUIRE(hours[0].size() == 2);
  CHECK(hours[0][0].opens == 8h);
  CHECK(hours[0][0].closes == 12h);
  CHECK(hours[0][1].opens == 13h);
  CHECK(hours[0][1].closes == 16h + 30min);
  CHECK(hours[1].empty());
  REQUIRE(hours[4].size() == 1);
  CHECK(hours[4][0].opens == 7h + 30min);
  CHECK(hours[4][0].closes == 24h);
}

struct ErrorCase {
  std::string name;
  std::string text;
  std::string starts_with;  // source:line: key:
  std::string mentions;     // and part of the explanation
};

TEST_CASE("every configuration error names the source, the line and the key") {
  const std::string office = kOffice;
  const std::string catalog = kCatalog;
  const ErrorCase cases[] = {
      {"missing [office] id",
       "[office]\nname = \"X\"\npublic_base_url = \"https://q.test\"\n" + catalog, located(1, "office.id"),
       "is required"},
      {"[office] id of the wrong type",
       "[office]\nid = 7\nname = \"X\"\npublic_base_url = \"https://q.test\"\n" + catalog, located(2, "office.id"),
       "must be a string"},
      {"[office] is not a table", "office = \"test\"\n" + catalog, located(1, "office"), "must be a table"},
      {"threads is not an integer", office + "[server]\nthreads = \"two\"\n" + catalog, located(6, "server.threads"),
       "must be an integer"},
      {"threads is negative", office + "[server]\nthreads = -1\n" + catalog, located(6, "server.threads"),
       "is out of range"},
      {"a bool is not a bool", office + "[queue]\nenforce_opening_hours = \"yes\"\n" + catalog,
       located(6, "queue.enforce_opening_hours"), "must be true or false"},
      {"a number is not a number", office + "[queue]\nestimate_optimism_factor = \"high\"\n" + catalog,
       located(6, "queue.estimate_optimism_factor"), "must be a number"},
      {"a zero queue deadline", office + "[limits]\nqueue_deadline_ms = 0\n" + catalog,
       located(6, "limits.queue_deadline_ms"), "at least 1"},
      {"an SLA target of zero minutes", office + "[statistics]\nsla_target_minutes = 0\n" + catalog,
       located(6, "statistics.sla_target_minutes"), "from 1 to 1440"},
      {"a sync without its credential", office + "[sync]\ncentral_url = \"https://termine.test\"\n" + catalog,
       located(5, "sync.credential_file"), "is required with central_url"},
      {"a sync interval of zero",
       office + "[sync]\ncentral_url = \"https://t.test\"\ncredential_file = \"s\"\ninterval_s = 0\n" + catalog,
       located(8, "sync.interval_s"), "from 1 to 3600"},
      {"a sync wait a proxy would cut",
       office + "[sync]\ncentral_url = \"https://t.test\"\ncredential_file = \"s\"\nwait_s = 90\n" + catalog,
       located(8, "sync.wait_s"), "from 0 to 55"},
      {"a window of a negative number of days",
       office + "[sync]\ncentral_url = \"https://t.test\"\ncredential_file = \"s\"\ndays_ahead = 400\n" + catalog,
       located(8, "sync.days_ahead"), "from 0 (today only) to 366"},
      {"a printer name with a space", office + "[kiosk]\nprinter = \"Ticket Drucker\"\n" + catalog,
       located(6, "kiosk.printer"), "CUPS queue name"},
      {"a printer name with a slash", office + "[kiosk]\nprinter = \"ipp/x\"\n" + catalog,
       located(6, "kiosk.printer"), "CUPS queue name"},
      {"a count is fractional", office + "[queue]\nmax_recalls = 1.5\n" + catalog, located(6, "queue.max_recalls"),
       "must be an integer"},
      {"unknown end_of_day", office + "[queue]\nnumber_width = 3\nend_of_day = \"close_early\"\n" + catalog,
       located(7, "queue.end_of_day"), "cancel_waiting"},
      {"LeiKa id too short",
       office + "[[services]]\nid = 1\nleika_id = \"9903600800\"\nprefix = \"A\"\nname = { de = \"A\" }\n" +
           "[[counters]]\nid = 1\nname = \"S\"\nservices = [1]\n",
       located(7, "services[0].leika_id"), "14 digits"},
      {"LeiKa id with letters",
       office + "[[services]]\nid = 1\nleika_id = \"99036008000ABC\"\nprefix = \"A\"\nname = { de = \"A\" }\n" +
           "[[counters]]\nid = 1\nname = \"S\"\nservices = [1]\n",
       located(7, "services[0].leika_id"), "14 digits"},
      {"service without prefix",
       office + "[[services]]\nid = 1\nname = { de = \"A\" }\n[[counters]]\nid = 1\nname = \"S\"\nservices = [1]\n",
       located(5, "services[0].prefix"), "is required"},
      {"service without names",
       office + "[[services]]\nid = 1\nprefix = \"A\"\n[[counters]]\nid = 1\nname = \"S\"\nservices = [1]\n",
       located(5, "services[0].name"), "must be a table"},
      {"a group that is not a table",
       office + "[[services]]\nid = 1\nprefix = \"A\"\nname = { de = \"A\" }\ngroup = \"Fahrzeuge\"\n" +
           "[[counters]]\nid = 1\nname = \"S\"\nservices = [1]\n",
       located(9, "services[0].group"), "must be a table"},
      {"a group without a German name",
       office + "[[services]]\nid = 1\nprefix = \"A\"\nname = { de = \"A\" }\ngroup = { en = \"Vehicles\" }\n" +
           "[[counters]]\nid = 1\nname = \"S\"\nservices = [1]\n",
       located(9, "services[0].group"), "German name"},
      {"an empty group name",
       office + "[[services]]\nid = 1\nprefix = \"A\"\nname = { de = \"A\" }\ngroup = { de = \"\" }\n" +
           "[[counters]]\nid = 1\nname = \"S\"\nservices = [1]\n",
       located(9, "services[0].group.de"), "non-empty string"},
      {"no services at all", office + "[[counters]]\nid = 1\nname = \"S\"\nservices = [1]\n", located(1, "services"),
       "[[services]]"},
      {"hours not a list", office + "[hours]\nmonday = \"08:00-12:00\"\n" + catalog, located(6, "hours.monday"),
       "must be a list"},
      {"hours without a dash", office + "[hours]\ntuesday = [\"08:00\"]\n" + catalog, located(6, "hours.tuesday"),
       "08:00-12:30"},
      {"hours without minutes", office + "[hours]\nwednesday = [\"8-12\"]\n" + catalog, located(6, "hours.wednesday"),
       "08:00-12:30"},
      {"hour 25", office + "[hours]\nthursday = [\"08:00-25:00\"]\n" + catalog, located(6, "hours.thursday"),
       "08:00-12:30"},
      {"minute 60", office + "[hours]\nfriday = [\"08:60-12:00\"]\n" + catalog, located(6, "hours.friday"),
       "08:00-12:30"},
      {"after 24:00", office + "[hours]\nsaturday = [\"08:00-24:30\"]\n" + catalog, located(6, "hours.saturday"),
       "08:00-12:30"},
      {"hours not strings", office + "[hours]\nsunday = [8]\n" + catalog, located(6, "hours.sunday"), "08:00-12:30"},
      {"hours on the second line of a list",
       office + "[hours]\nmonday = [\n  \"08:00-12:00\",\n  \"13:00-1800\",\n]\n" + catalog,
       located(8, "hours.monday"), "08:00-12:30"},
      {"fewer weights than services",
       office + "[[services]]\nid = 1\nprefix = \"A\"\nname = { de = \"A\" }\n" +
           "[[counters]]\nid = 1\nname = \"S\"\nservices = [1]\nweights = [1.0, 2.0]\n",
       located(13, "counters[0].weights"), "one weight per service"},
      {"a weight that is not a number",
       office + "[[services]]\nid = 1\nprefix = \"A\"\nname = { de = \"A\" }\n" +
           "[[counters]]\nid = 1\nname = \"S\"\nservices = [1]\nweights = [\"heavy\"]\n",
       located(13, "counters[0].weights"), "must be numbers"},
      {"counter services not ids",
       office + "[[services]]\nid = 1\nprefix = \"A\"\nname = { de = \"A\" }\n" +
           "[[counters]]\nid = 1\nname = \"S\"\nservices = [\"A\"]\n",
       located(12, "counters[0].services"), "service ids"},
      {"malformed TOML: unterminated string",
       office + "[server]\ndatabase = \"civiq.db\nthreads = 2\n" + catalog, std::string(kSource) + ":6: ", ""},
      {"malformed TOML: duplicate key", office + "[server]\nthreads = 2\nthreads = 3\n" + catalog,
       std::string(kSource) + ":7: ", ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    const std::string message = config_error(c.text);
    CAPTURE(message);
    CHECK(message.starts_with(c.starts_with));
    CHECK(message.find(c.mentions) != std::string::npos);
  }
}

TEST_CASE("a missing [office] table is reported by key") {
  const std::string message = config_error(kCatalog);
  CAPTURE(message);
  CHECK(message.starts_with(std::string(kSource) + ":"));
  CHECK(message.find("office.id: is required") != std::string::npos);
}

// Regression: a bad [server] listen once named neither the file, the line nor the key.
TEST_CASE("a bad listen string names the source, line and key") {
  for (const std::string listen : {"localhost", "127.0.0.1:http", "127.0.0.1:99999", ":8080"}) {
    CAPTURE(listen);
    const std::string message =
        config_error(std::string(kOffice) + "[server]\nlisten = \"" + listen + "\"\n" + kCatalog);
    CAPTURE(message);
    CHECK(message.find(listen) != std::string::npos);
    CHECK(message.starts_with(located(6, "server.listen")));
  }
}

// Regression: catalog errors (a counter serving an unknown service, a reversed interval) once had no
// line or key.
TEST_CASE("a counter serving an unknown service is reported with its line and key") {
  const std::string text = std::string(kOffice) + "[[services]]\nid = 1\nprefix = \"A\"\nname = { de = \"A\" }\n" +
                           "[[counters]]\nid = 3\nname = \"S\"\nservices = [1, 9]\n";
  const std::string message = config_error(text);
  CAPTURE(message);
  REQUIRE_FALSE(message.empty());
  CHECK(message.starts_with(std::string(kSource) + ":"));
  CHECK(message.find("counter 3") != std::string::npos);
  CHECK(message.find("unknown service 9") != std::string::npos);
  CHECK(message.starts_with(located(12, "counters[0].services")));
}

TEST_CASE("a reversed opening interval is reported with its line and key") {
  const std::string message = config_error(std::string(kOffice) + "[hours]\nmonday = [\"12:00-08:00\"]\n" + kCatalog);
  CAPTURE(message);
  REQUIRE_FALSE(message.empty());
  CHECK(message.starts_with(std::string(kSource) + ":"));
  CHECK(message.starts_with(located(6, "hours.monday")));
}
// O) silently becomes 12:03 and "16:00pm" becomes 16:00.
TEST_CASE("opening hours with trailing characters are refused") {
  for (const std::string interval : {"08:00-12:3O", "08:00-16:00pm", "08:00x-12:00", "08:00-12:00:30"}) {
    CAPTURE(interval);
    const std::string message =
        config_error(std::string(kOffice) + "[hours]\nmonday = [\"" + interval + "\"]\n" + kCatalog);
    CAPTURE(message);
    CHECK(message.starts_with(located(6, "hours.monday")));
  }
}

TEST_CASE("apply_listen splits address and port") {
  BranchConfig config;
  apply_listen(config, "127.0.0.1:8080");
  CHECK(config.listen_address == "127.0.0.1");
  CHECK(config.listen_port == 8080);

  apply_listen(config, "0.0.0.0:0");  // 0 = pick a free port (tests)
  CHECK(config.listen_address == "0.0.0.0");
  CHECK(config.listen_port == 0);

  apply_listen(config, "192.168.10.5:65535");
  CHECK(config.listen_address == "192.168.10.5");
  CHECK(config.listen_port == 65535);
}

TEST_CASE("apply_listen refuses what is not host:port and leaves the config alone") {
  for (const std::string bad : {"", "127.0.0.1", "127.0.0.1:", ":8080", "127.0.0.1:65536", "127.0.0.1:-1",
                          "127.0.0.1:http", "127.0.0.1:99999999999999999999"}) {
    CAPTURE(bad);
    BranchConfig config;
    CHECK_THROWS_AS(apply_listen(config, bad), ConfigError);
    CHECK(config.listen_address == "127.0.0.1");
    CHECK(config.listen_port == 8080);
  }
}

// Regression: "127.0.0.1:80x" once listened on port 80, "127.0.0.1:8080 " on 8080 without a word.
TEST_CASE("apply_listen refuses trailing characters after the port") {
  for (const std::string bad : {"127.0.0.1:80x", "127.0.0.1:8080 ", "127.0.0.1:80.80"}) {
    CAPTURE(bad);
    BranchConfig config;
    CHECK_THROWS_AS(apply_listen(config, bad), ConfigError);
  }
}

TEST_CASE("load_branch_config names an unreadable file") {
  const std::filesystem::path missing = "/nonexistent/civiq/branch.toml";
  try {
    (void)load_branch_config(missing);
    FAIL("no ConfigError");
  } catch (const ConfigError& error) {
    CHECK(std::string(error.what()).starts_with(missing.string() + ": "));
  }
}

}  // namespace
}  // namespace civiq::app

namespace civiq::app {

TEST_CASE("office languages are read, German first, codes checked") {
  const auto config = demo_branch_config();
  CHECK(config.languages == std::vector<std::string>{"de", "en", "pl", "cs"});
  const std::string office = "[office]\nid = \"x\"\nname = \"X\"\npublic_base_url = \"http://x\"\n";
  const std::string catalog =
      "[[services]]\nid = 1\nprefix = \"A\"\nname = { de = \"A\" }\n[[counters]]\nid = 1\nname = \"S\"\nservices = [1]\n";
  CHECK(parse_branch_config(office + "languages = [\"de\", \"uk\"]\n" + catalog, "b.toml").languages ==
        std::vector<std::string>{"de", "uk"});
  for (const std::string bad : {"[]", "[\"en\", \"de\"]", "[\"DE\"]", "[\"deutsch\"]", "\"de\""}) {
    CAPTURE(bad);
    CHECK_THROWS_WITH_AS(parse_branch_config(office + "languages = " + bad + "\n" + catalog, "b.toml"),
                         doctest::Contains("office.languages"), ConfigError);
  }
}

}  // namespace civiq::app
