// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "branch_config.hpp"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "config/toml_reader.hpp"
#include "demo_loebau_toml.hpp"

namespace civiq::app {
namespace {

using namespace std::chrono;

// Local variables are called `config` here: the namespace goes by another name.
namespace toml_config = civiq::config;
using config::parse_clock;
using config::read_array_of_tables;
using config::read_language_names;
using Reader = config::TomlReader;

domain::Service read_service(const Reader& r, const toml::table& t, const std::string& key) {
  domain::Service service;
  service.id = domain::ServiceId{r.get<std::int32_t>(t, key, "id", std::nullopt)};
  service.leika_id = r.get<std::string>(t, key, "leika_id", std::string{});
  if (!service.leika_id.empty() &&
      (service.leika_id.size() != 14 || service.leika_id.find_first_not_of("0123456789") != std::string::npos))
    r.fail(t.get("leika_id"), key + ".leika_id", "a LeiKa id has 14 digits");
  service.prefix = r.get<std::string>(t, key, "prefix", std::nullopt);
  service.active = r.get<bool>(t, key, "active", true);
  service.default_service_time = seconds{r.get<std::int64_t>(t, key, "default_service_time_s", 600)};
  if (!t.get("name")) r.fail(&t, key + ".name", "must be a table like { de = \"Wohngeld\" }");
  service.names = read_language_names(r, t, key, "name", "{ de = \"Wohngeld\" }");
  if (t.get("group")) {
    service.group_names = read_language_names(r, t, key, "group", "{ de = \"Fahrzeug und Führerschein\" }");
    if (!service.group_names.contains("de")) r.fail(t.get("group"), key + ".group", "needs a German name (de)");
  }
  return service;
}

domain::Counter read_counter(const Reader& r, const toml::table& t, const std::string& key,
                             const std::vector<domain::Service>& services_offered) {
  domain::Counter counter;
  counter.id = domain::CounterId{r.get<std::int32_t>(t, key, "id", std::nullopt)};
  counter.name = r.get<std::string>(t, key, "name", std::nullopt);
  const auto* services = t.get_as<toml::array>("services");
  if (!services) r.fail(&t, key + ".services", "must be a list of service ids");
  const auto* weights = t.get_as<toml::array>("weights");
  if (weights && weights->size() != services->size())
    r.fail(weights, key + ".weights", "needs one weight per service");
  for (std::size_t i = 0; i < services->size(); ++i) {
    const auto wide = services->get(i)->value_exact<std::int64_t>();  // not value<>: see Reader::get
    const auto id = wide && *wide >= std::numeric_limits<std::int32_t>::min() &&
                            *wide <= std::numeric_limits<std::int32_t>::max()
                        ? std::optional<std::int32_t>(static_cast<std::int32_t>(*wide))
                        : std::nullopt;
    if (!id) r.fail(services->get(i), key + ".services", "must be a list of service ids");
    const bool known = std::any_of(services_offered.begin(), services_offered.end(),
                                   [&](const domain::Service& s) { return s.id.value == *id; });
    if (!known)
      r.fail(services->get(i), key + ".services",
             "counter " + std::to_string(counter.id.value) + " serves unknown service " + std::to_string(*id));
    const auto weight = weights ? weights->get(i)->value<double>() : std::optional<double>(1.0);
    if (!weight) r.fail(weights->get(i), key + ".weights", "must be numbers");
    counter.services.emplace(domain::ServiceId{*id}, *weight);
  }
  return counter;
}

void read_queue(const Reader& r, const toml::table& q, BranchConfig& config) {
  auto& queue = config.queue;
  queue.numbering.start = r.get<int>(q, "queue", "number_start", 1);
  queue.numbering.width = r.get<int>(q, "queue", "number_width", 3);
  queue.max_recalls = r.get<int>(q, "queue", "max_recalls", 2);
  queue.recall_cooldown = seconds{r.get<std::int64_t>(q, "queue", "recall_cooldown_s", 10)};
  queue.max_postpone_places = r.get<int>(q, "queue", "max_postpone_places", 10);
  queue.max_postponements = r.get<int>(q, "queue", "max_postponements", 2);
  queue.enforce_opening_hours = r.get<bool>(q, "queue", "enforce_opening_hours", true);
  queue.calling.appointment_lead = seconds{r.get<std::int64_t>(q, "queue", "appointment_lead_s", 300)};
  queue.calling.aging_threshold = seconds{r.get<std::int64_t>(q, "queue", "aging_threshold_s", 1800)};
  queue.check_in.earliest_before = seconds{r.get<std::int64_t>(q, "queue", "check_in_earliest_before_s", 3600)};
  queue.check_in.latest_after = seconds{r.get<std::int64_t>(q, "queue", "check_in_latest_after_s", 900)};
  const auto rule = r.get<std::string>(q, "queue", "end_of_day", std::string("serve_to_end"));
  if (rule == "serve_to_end") queue.end_of_day = domain::EndOfDayRule::ServeToEnd;
  else if (rule == "cancel_waiting") queue.end_of_day = domain::EndOfDayRule::CancelWaiting;
  else r.fail(q.get("end_of_day"), "queue.end_of_day", "must be \"serve_to_end\" or \"cancel_waiting\"");
  config.estimates.optimism_factor = r.get<double>(q, "queue", "estimate_optimism_factor", 1.0);
}

// [breaks]: the reasons a clerk may choose and what happens when a break or closing would leave
// waiting citizens without a counter.
void read_breaks(const Reader& r, const toml::table& root, BranchConfig& config) {
  const auto& breaks = r.table(root, "breaks");
  const auto rule = r.get<std::string>(breaks, "breaks", "when_service_unstaffed", std::string("warn"));
  if (rule == "warn") config.queue.when_unstaffed = domain::UnstaffedRule::Warn;
  else if (rule == "refuse") config.queue.when_unstaffed = domain::UnstaffedRule::Refuse;
  else r.fail(breaks.get("when_service_unstaffed"), "breaks.when_service_unstaffed", "must be \"warn\" or \"refuse\"");
  if (breaks.get("reasons")) {
    config.break_reasons = read_array_of_tables<BreakReasonConfig>(
        r, breaks, "reasons", [](const Reader& reader, const toml::table& t, const std::string& key) {
          BreakReasonConfig reason{reader.get<std::string>(t, key, "id", std::nullopt),
                                   read_language_names(reader, t, key, "name", "{ de = \"Mittagspause\" }")};
          if (reason.id.empty()) reader.fail(t.get("id"), "breaks." + key + ".id", "must not be empty");
          if (!reason.names.contains("de")) reader.fail(t.get("name"), "breaks." + key + ".name", "needs a German name (de)");
          return reason;
        });
  }
  config.queue.break_reasons.clear();
  for (const auto& reason : config.break_reasons) {
    if (std::find(config.queue.break_reasons.begin(), config.queue.break_reasons.end(), reason.id) !=
        config.queue.break_reasons.end())
      r.fail(breaks.get("reasons"), "breaks.reasons", "the id \"" + reason.id + "\" is there twice");
    config.queue.break_reasons.push_back(reason.id);
  }
}

}  // namespace

std::string BreakReasonConfig::name(const std::string& language) const {
  const auto it = names.find(language);
  return it != names.end() ? it->second : names.at("de");
}

std::vector<BreakReasonConfig> default_break_reasons() {
  return {
      {"break", {{"de", "Pause"}, {"en", "Break"}, {"pl", "Przerwa"}, {"cs", "Přestávka"}}},
      {"lunch", {{"de", "Mittagspause"}, {"en", "Lunch break"}, {"pl", "Przerwa obiadowa"}, {"cs", "Polední přestávka"}}},
      {"back_office",
       {{"de", "Rückfrage im Büro"}, {"en", "Back-office task"}, {"pl", "Sprawa na zapleczu"}, {"cs", "Práce v kanceláři"}}},
      {"meeting", {{"de", "Besprechung"}, {"en", "Meeting"}, {"pl", "Spotkanie"}, {"cs", "Porada"}}},
  };
}

BranchConfig parse_branch_config(std::string_view toml_text, const std::string& source) {
  const toml::table root = toml_config::parse_toml(toml_text, source);
  const Reader r(source);
  BranchConfig config;
  auto catalog = std::make_shared<domain::Catalog>();

  const auto& office = r.table(root, "office");
  config.office_id = r.get<std::string>(office, "office", "id", std::nullopt);
  if (const toml::node* languages = office.get("languages")) {
    const auto* list = languages->as_array();
    if (!list || list->empty()) r.fail(languages, "office.languages", "must be a list like [\"de\", \"en\"]");
    config.languages.clear();
    for (const auto& item : *list) {
      const auto code = item.value<std::string>();
      if (!code || code->size() < 2 || code->size() > 3 || code->find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos)
        r.fail(&item, "office.languages", "language codes look like \"de\"");
      config.languages.push_back(*code);
    }
    if (config.languages.front() != "de") r.fail(languages, "office.languages", "German (\"de\") comes first");
  }
  catalog->office_name = r.get<std::string>(office, "office", "name", std::nullopt);
  config.public_base_url = r.get<std::string>(office, "office", "public_base_url", std::nullopt);
  while (config.public_base_url.ends_with('/')) config.public_base_url.pop_back();

  const auto& server = r.table(root, "server");
  try {
    apply_listen(config, r.get<std::string>(server, "server", "listen", std::string("127.0.0.1:8080")));
  } catch (const ConfigError& error) {
    r.fail(server.get("listen"), "server.listen", error.what());
  }
  config.database_path = r.get<std::string>(server, "server", "database", config.database_path);
  config.web_root = r.get<std::string>(server, "server", "web_root", std::string{});
  config.manage_root = r.get<std::string>(server, "server", "manage_root", std::string{});
  config.threads = r.get<unsigned>(server, "server", "threads", 2u);
  config.body_limit_bytes = r.get<std::size_t>(server, "server", "body_limit_bytes", config.body_limit_bytes);

  const auto& limits = r.table(root, "limits");
  config.public_requests_per_minute = r.get<int>(limits, "limits", "public_requests_per_minute", 600);
  config.login_attempts_per_minute = r.get<int>(limits, "limits", "login_attempts_per_minute", 10);
  config.queue_deadline = std::chrono::milliseconds{r.get<int>(limits, "limits", "queue_deadline_ms", 3000)};
  if (config.queue_deadline.count() < 1) r.fail(limits.get("queue_deadline_ms"), "limits.queue_deadline_ms", "must be at least 1");
  config.personal_data_retention_days =
      r.get<int>(r.table(root, "retention"), "retention", "personal_data_days", 30);

  const auto& statistics = r.table(root, "statistics");
  const int sla_minutes = r.get<int>(statistics, "statistics", "sla_target_minutes", 20);
  if (sla_minutes < 1 || sla_minutes > 24 * 60)
    r.fail(statistics.get("sla_target_minutes"), "statistics.sla_target_minutes", "must be from 1 to 1440");
  config.sla_target_wait = std::chrono::minutes{sla_minutes};

  config.display_info_line = r.get<std::string>(r.table(root, "display"), "display", "info_line", std::string{});

  const auto& sync = r.table(root, "sync");
  config.sync.central_url = r.get<std::string>(sync, "sync", "central_url", std::string{});
  config.sync.credential_file = r.get<std::string>(sync, "sync", "credential_file", std::string{});
  config.sync.interval = std::chrono::seconds{r.get<int>(sync, "sync", "interval_s", 5)};
  if (config.sync.interval < std::chrono::seconds{1} || config.sync.interval > std::chrono::hours{1})
    r.fail(sync.get("interval_s"), "sync.interval_s", "must be from 1 to 3600");
  config.sync.wait = std::chrono::seconds{r.get<int>(sync, "sync", "wait_s", 25)};
  if (config.sync.wait < std::chrono::seconds{0} || config.sync.wait > std::chrono::seconds{55})
    r.fail(sync.get("wait_s"), "sync.wait_s", "must be from 0 to 55 (below the 60 s a proxy keeps an idle request)");
  config.sync.days_ahead = r.get<int>(sync, "sync", "days_ahead", config.sync.days_ahead);
  if (config.sync.days_ahead < 0 || config.sync.days_ahead > 366)
    r.fail(sync.get("days_ahead"), "sync.days_ahead", "must be from 0 (today only) to 366");
  if (!config.sync.central_url.empty() && config.sync.credential_file.empty())
    r.fail(&sync, "sync.credential_file", "is required with central_url: the branch's credential");

  const auto& kiosk = r.table(root, "kiosk");
  config.kiosk_printer = r.get<std::string>(kiosk, "kiosk", "printer", std::string{});
  // CUPS queue names: printable, no space, tab, "/", "\\" or "#", at most 127 characters.
  if (config.kiosk_printer.size() > 127 ||
      std::any_of(config.kiosk_printer.begin(), config.kiosk_printer.end(), [](unsigned char c) {
        return c <= ' ' || c == 127 || c == '/' || c == '\\' || c == '#';
      }))
    r.fail(kiosk.get("printer"), "kiosk.printer", "must be a CUPS queue name like \"Ticketdrucker\" (no spaces, / or #)");

  read_queue(r, r.table(root, "queue"), config);
  read_breaks(r, root, config);
  catalog->hours = toml_config::read_opening_hours(r, r.table(root, "hours"), "hours");
  catalog->services = read_array_of_tables<domain::Service>(r, root, "services", read_service);
  catalog->counters = read_array_of_tables<domain::Counter>(
      r, root, "counters", [&](const Reader& reader, const toml::table& t, const std::string& key) {
        return read_counter(reader, t, key, catalog->services);
      });
  if (auto valid = catalog->validate(); !valid) throw ConfigError(source + ": " + valid.error().detail);
  config.catalog = std::move(catalog);
  return config;
}

BranchConfig load_branch_config(const std::filesystem::path& path) {
  return parse_branch_config(toml_config::read_text_file(path), path.string());
}

BranchConfig demo_branch_config() { return parse_branch_config(kDemoLoebauToml, "<demo>"); }

void apply_listen(BranchConfig& config, const std::string& host_port) {
  const auto listen = toml_config::parse_listen(host_port);
  config.listen_address = listen.address;
  config.listen_port = listen.port;
}

}  // namespace civiq::app
