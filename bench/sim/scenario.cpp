// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "scenario.hpp"

#include <algorithm>
#include <stdexcept>

namespace civiq::bench {
namespace {

using domain::CounterId;
using domain::ServiceId;
using std::chrono::hours;
using std::chrono::minutes;

// Services of a typical Bürgerbüro. Means and spreads are of the order county offices report
// (a passport application ~12 min, a change of address ~7 min, a vehicle registration ~18 min);
// the configured default is what an office would enter: the mean rounded to whole minutes.
constexpr ServiceId kPass{1};          // A  Personalausweis / Reisepass
constexpr ServiceId kAddress{2};       // B  Anmeldung / Ummeldung
constexpr ServiceId kVehicle{3};       // C  Kfz-Zulassung
constexpr ServiceId kLicence{4};       // D  Führerschein
constexpr ServiceId kCertify{5};       // E  Beglaubigung

ServicePlan service(ServiceId id, std::string prefix, std::string name, minutes mean, double cv) {
  ServicePlan plan;
  plan.service.id = id;
  plan.service.prefix = std::move(prefix);
  plan.service.names = {{"de", std::move(name)}};
  plan.service.default_service_time = mean;
  plan.mean_time = mean;
  plan.cv = cv;
  return plan;
}

std::vector<ServicePlan> core_services() {
  return {service(kPass, "A", "Personalausweis / Reisepass", minutes{12}, 0.5),
          service(kAddress, "B", "Anmeldung / Ummeldung", minutes{7}, 0.6),
          service(kLicence, "D", "Führerschein", minutes{10}, 0.6)};
}

CounterPlan counter(int id, std::map<ServiceId, double> services, std::vector<Shift> shifts) {
  return {domain::Counter{CounterId{id}, "Schalter " + std::to_string(id), std::move(services)}, std::move(shifts)};
}

const Shift kAllDay{hours{8}, std::nullopt};

std::map<ServiceId, double> core_mix_services() { return {{kPass, 1.0}, {kAddress, 1.0}, {kLicence, 1.0}}; }

std::vector<VisitMix> core_mix() { return {{{kPass}, 0.4}, {{kAddress}, 0.4}, {{kLicence}, 0.2}}; }

// Capacity note for the core office: mean service 9.6 min plus ~55 s walking up and ~25 s wrap-up
// is ~10.9 min per citizen, so one counter serves ~5.5 citizens an hour.
Scenario quiet() {
  Scenario s;
  s.name = "quiet";
  s.title = "Quiet day";
  s.description = "3 counters serve A, B and D; 6-11 walk-ins an hour (utilisation about 55 %).";
  s.services = core_services();
  for (int id = 1; id <= 3; ++id) s.counters.push_back(counter(id, core_mix_services(), {kAllDay}));
  s.walk_ins_per_hour = {8, 11, 11, 9, 8, 9, 6};
  s.mix = core_mix();
  s.seed = 1001;
  return s;
}

Scenario rush_hour() {
  Scenario s = quiet();
  s.name = "rush_hour";
  s.title = "Rush hour";
  s.description = "As the quiet day, but 26 walk-ins between 10:00 and 11:00: about 160 % of capacity for an hour.";
  s.walk_ins_per_hour = {10, 12, 26, 12, 10, 9, 6};
  s.seed = 2001;
  return s;
}

Scenario counter_closes() {
  Scenario s;
  s.name = "counter_closes";
  s.title = "Counter closes";
  s.description = "4 counters serve A, B and D; Schalter 4 closes for good at 11:00 (load ~80 %, then ~110 % for an hour).";
  s.services = core_services();
  for (int id = 1; id <= 3; ++id) s.counters.push_back(counter(id, core_mix_services(), {kAllDay}));
  s.counters.push_back(counter(4, core_mix_services(), {Shift{hours{8}, hours{11}}}));
  s.walk_ins_per_hour = {14, 18, 19, 18, 14, 12, 8};
  s.mix = core_mix();
  s.seed = 3001;
  return s;
}

Scenario appointments() {
  Scenario s;
  s.name = "appointments";
  s.title = "Appointments + walk-ins";
  s.description =
      "4 counters serve A, B and D; 2 appointments (A or D) every 15 min from 08:00 to 14:30 plus 4-9 walk-ins an hour.";
  s.services = core_services();
  for (int id = 1; id <= 4; ++id) s.counters.push_back(counter(id, core_mix_services(), {kAllDay}));
  s.walk_ins_per_hour = {7, 9, 10, 9, 8, 7, 4};
  s.mix = core_mix();
  s.appointments = {{{kPass}, hours{8}, hours{14} + minutes{30}, minutes{15}, 1},
                    {{kLicence}, hours{8}, hours{14} + minutes{30}, minutes{15}, 1}};
  s.seed = 4001;
  return s;
}

Scenario counter_subsets() {
  Scenario s;
  s.name = "counter_subsets";
  s.title = "Counters serve subsets";
  s.description =
      "5 services on 5 counters that each serve a different subset (Schalter 4 favours D, weight 2); "
      "5 % of visits need A then B.";
  s.services = core_services();
  s.services.push_back(service(kVehicle, "C", "Kfz-Zulassung", minutes{18}, 0.7));
  s.services.push_back(service(kCertify, "E", "Beglaubigung", minutes{4}, 0.8));
  s.counters = {counter(1, {{kPass, 1.0}, {kAddress, 1.0}}, {kAllDay}),
                counter(2, {{kPass, 1.0}, {kAddress, 1.0}, {kCertify, 1.0}}, {kAllDay}),
                counter(3, {{kVehicle, 1.0}}, {kAllDay}),
                counter(4, {{kVehicle, 1.0}, {kLicence, 2.0}}, {kAllDay}),
                counter(5, {{kAddress, 1.0}, {kLicence, 1.0}, {kCertify, 1.0}}, {kAllDay})};
  s.walk_ins_per_hour = {13, 17, 18, 17, 15, 13, 9};
  s.mix = {{{kPass}, 0.25}, {{kAddress}, 0.25}, {{kVehicle}, 0.20}, {{kLicence}, 0.15},
           {{kCertify}, 0.10}, {{kPass, kAddress}, 0.05}};
  s.seed = 5001;
  return s;
}

// The demo branch (server/app/demo_loebau.toml: the same service and counter ids, prefixes and
// defaults; ServerOffice checks the counters against the running server). A busy day from 08:00 to
// 18:00 with a morning and an afternoon peak above capacity for about an hour, bookings for vehicle
// registration, housing benefit and disability cards, and the specialist Schalter 4 as the bottleneck.
Scenario loebau() {
  constexpr ServiceId kVehicleRegistration{1}, kDrivingLicence{2}, kHousingBenefit{3}, kDisabilityCard{4},
      kFines{5}, kGeneral{6};
  Scenario s;
  s.name = "loebau";
  s.title = "Bürgerbüro Löbau (demo)";
  s.description = "The demo branch: 6 services on 5 counters, 08:00-18:00, walk-ins peaking above capacity, "
                  "appointments, 3 % transferred to general service.";
  s.opens = hours{8};
  s.closes = hours{18};
  auto with_default = [](ServicePlan plan, minutes configured) {
    plan.service.default_service_time = configured;
    return plan;
  };
  s.services = {with_default(service(kVehicleRegistration, "A", "Kfz-Zulassung", minutes{14}, 0.5), minutes{15}),
                service(kDrivingLicence, "F", "Fahrerlaubnis", minutes{10}, 0.5),
                service(kHousingBenefit, "W", "Wohngeld", minutes{20}, 0.6),
                with_default(service(kDisabilityCard, "S", "Schwerbehindertenausweis / Landesblindengeld", minutes{16}, 0.6), minutes{15}),
                service(kFines, "B", "Bußgeldstelle / Abgabe Führerschein", minutes{5}, 0.7),
                service(kGeneral, "G", "Allgemeiner Service", minutes{5}, 0.8)};
  const Shift all_day{hours{8}, std::nullopt};
  s.counters = {counter(1, {{kVehicleRegistration, 1.0}, {kDrivingLicence, 1.0}}, {all_day}),
                counter(2, {{kVehicleRegistration, 1.0}}, {all_day}),
                counter(3, {{kDrivingLicence, 1.0}, {kFines, 1.0}}, {all_day}),
                counter(4, {{kHousingBenefit, 1.0}, {kDisabilityCard, 1.0}}, {all_day}),
                counter(5, {{kGeneral, 1.0}, {kFines, 1.0}, {kVehicleRegistration, 0.5}}, {all_day})};
  s.walk_ins_per_hour = {14, 22, 26, 20, 12, 14, 20, 16, 10, 5};
  s.mix = {{{kVehicleRegistration}, 0.28}, {{kDrivingLicence}, 0.22}, {{kHousingBenefit}, 0.05},
           {{kDisabilityCard}, 0.05}, {{kFines}, 0.15}, {{kGeneral}, 0.21},
           {{kVehicleRegistration, kDrivingLicence}, 0.04}};  // re-registering a car and the licence in one visit
  s.appointments = {{{kVehicleRegistration}, hours{8} + minutes{30}, hours{17}, minutes{30}, 1},
                    {{kHousingBenefit}, hours{9}, hours{15}, minutes{90}, 1},
                    {{kDisabilityCard}, hours{9} + minutes{45}, hours{15} + minutes{45}, minutes{90}, 1}};
  s.behaviour.transfer_share = 0.03;
  s.behaviour.transfer_to = kGeneral;
  s.behaviour.languages = {{"de", 0.82}, {"pl", 0.08}, {"cs", 0.06}, {"en", 0.04}};
  s.seed = 7;
  return s;
}

}  // namespace

std::shared_ptr<const domain::Catalog> Scenario::catalog() const {
  auto catalog = std::make_shared<domain::Catalog>();
  catalog->office_name = "Bürgerbüro (simulated): " + title;
  for (const auto& plan : services) catalog->services.push_back(plan.service);
  for (const auto& plan : counters) catalog->counters.push_back(plan.counter);
  catalog->hours.by_weekday[0] = {{opens, closes}};  // simulated_day() is a Monday
  if (auto valid = catalog->validate(); !valid) throw std::invalid_argument("scenario " + name + ": " + valid.error().detail);
  return catalog;
}

const ServicePlan& Scenario::service_plan(domain::ServiceId id) const {
  const auto it = std::find_if(services.begin(), services.end(), [&](const ServicePlan& p) { return p.service.id == id; });
  if (it == services.end()) throw std::invalid_argument("scenario " + name + " has no service " + std::to_string(id.value));
  return *it;
}

domain::LocalDate simulated_day() {
  return domain::LocalDate{std::chrono::year{2026}, std::chrono::November, std::chrono::day{23}};
}

domain::TimePoint at_local(Seconds since_midnight) { return domain::from_berlin(simulated_day(), since_midnight); }

std::vector<Scenario> standard_scenarios() {
  return {quiet(), rush_hour(), counter_closes(), appointments(), counter_subsets()};
}

Scenario demo_scenario() { return loebau(); }

std::optional<Scenario> find_scenario(std::string_view name) {
  auto all = standard_scenarios();
  all.push_back(demo_scenario());
  for (auto& scenario : all)
    if (scenario.name == name) return std::move(scenario);
  return std::nullopt;
}

}  // namespace civiq::bench
