// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "office_commands.hpp"

#include <CLI/CLI.hpp>

#include <array>
#include <iostream>
#include <variant>

#include "booking/channels.hpp"
#include "booking_store.hpp"
#include "branch_overview.hpp"
#include "domain/local_time_text.hpp"
#include "protocol/json_codec.hpp"
#include "staff_booking.hpp"
#include "staff_desk.hpp"
#include "staff_secrets.hpp"
#include "sync_store.hpp"

namespace civiq::central {
namespace {

// Who the shell is to the staff rules: the county's admin.
const StaffPrincipal kShell{"civiq-central (shell)", StaffRole::Admin, {}, domain::TimePoint::max()};

constexpr std::array<const char*, 7> kWeekdays{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

void print_office(std::ostream& out, const BookingOffice& office) {
  out << office.id << '\t' << office.name << "\n  services";
  for (const auto id : office.services) out << ' ' << id.value;
  out << "; channels";
  for (const auto channel : booking::kChannels)
    out << ' ' << booking::channel_name(channel) << ' ' << office.calendar.channels.of(channel) << " %";
  for (const auto& [service, desks] : office.calendar.service_desks)
    out << "; service " << service.value << " on at most " << desks << " desk(s)";
  out << '\n';
  for (std::size_t day = 0; day < office.calendar.week.size(); ++day) {
    if (office.calendar.week[day].hours.empty()) continue;
    out << "  " << kWeekdays[day];
    for (const auto& interval : office.calendar.week[day].hours)
      out << ' ' << domain::format_time_of_day(interval.opens) << '-' << domain::format_time_of_day(interval.closes);
    out << ", " << office.calendar.week[day].desks << " desks";
    for (const auto& period : office.calendar.week[day].periods)
      out << "; " << domain::format_time_of_day(period.from) << '-' << domain::format_time_of_day(period.to) << ' '
          << period.desks;
    out << '\n';
  }
}

void print_desk_change(std::ostream& out, const protocol::DeskChange& change) {
  out << change.id << '\t' << change.office << '\t' << change.day << '\t' << change.from << '-' << change.to << '\t'
      << change.desks << " desk(s)\t" << change.changed_by << '\t' << change.reason << '\n';
}

void print_closure(std::ostream& out, const protocol::Closure& closure) {
  out << closure.id << '\t' << closure.office << '\t' << closure.day << '\t' << closure.cancelled
      << " cancelled\t" << closure.closed_by << '\t' << closure.reason << '\n';
}

// The answer printed by `print`, or the refusal on `err` with exit code 1.
template <class Answer, class Print>
int shown(const std::variant<Answer, Refusal>& result, std::ostream& err, Print print) {
  if (const auto* refusal = std::get_if<Refusal>(&result)) {
    err << "civiq-central: " << refusal->error << ": " << refusal->message << '\n';
    return 1;
  }
  print(std::get<Answer>(result));
  return 0;
}

}  // namespace

OfficeCommands::OfficeCommands(CLI::App& cli) {
  offices_ = cli.add_subcommand("offices", "list the county's offices: services, desks, channels, hours");
  availability_ = cli.add_subcommand("availability", "how full an office's days are, per channel")->fallthrough();
  availability_->add_option("--office", office_, "the office id")->required();
  availability_->add_option("--from", from_, "the first day (default: today)");
  availability_->add_option("--to", to_, "the last day (default: the first)");
  closures_ = cli.add_subcommand("closures", "close an office's day (its bookings cancelled, each citizen told)");
  closures_->require_subcommand(1)->fallthrough();
  list_ = closures_->add_subcommand("list", "the office's closures from today on")->fallthrough();
  list_->add_option("--office", office_, "the office id")->required();
  add_ = closures_->add_subcommand("add", "close a day")->fallthrough();
  add_->add_option("--office", office_, "the office id")->required();
  add_->add_option("--day", day_, "the day, e.g. 2026-12-24")->required();
  add_->add_option("--reason", reason_, "what the citizens are told")->required();
  remove_ = closures_->add_subcommand("remove", "open a closed day again")->fallthrough();
  remove_->add_option("id", closure_, "the closure's id (closures list)")->required();
  desks_ = cli.add_subcommand("desks", "change how many desks take appointments for a while on a day");
  desks_->require_subcommand(1)->fallthrough();
  list_desks_ = desks_->add_subcommand("list", "the office's desk changes from today on")->fallthrough();
  list_desks_->add_option("--office", office_, "the office id")->required();
  change_desks_ = desks_->add_subcommand("add", "from a time to a time on a day, this many desks")->fallthrough();
  change_desks_->add_option("--office", office_, "the office id")->required();
  change_desks_->add_option("--day", day_, "the day, e.g. 2026-12-09")->required();
  change_desks_->add_option("--from", from_, "from, e.g. 12:00")->required();
  change_desks_->add_option("--to", to_, "to, e.g. 16:00")->required();
  change_desks_->add_option("--desks", desk_count_, "the desks taking appointments then (0: none)")->required();
  change_desks_->add_option("--reason", reason_, "for the staff, e.g. Schulung");
  undo_desks_ = desks_->add_subcommand("remove", "take a desk change back")->fallthrough();
  undo_desks_->add_option("id", desk_change_, "the change's id (desks list)")->required();
  branches_ = cli.add_subcommand("branches", "the branch servers' credentials for pulling appointments (docs/sync.md)");
  branches_->require_subcommand(1)->fallthrough();
  add_branch_ = branches_->add_subcommand("add", "a new credential for the office's branch (an old one stops)")
                    ->fallthrough();
  add_branch_->add_option("--office", office_, "the office id")->required();
  list_branches_ = branches_->add_subcommand("list", "every office's branch: enrolled or not, how it keeps up")->fallthrough();
  remove_branch_ = branches_->add_subcommand("remove", "revoke the office's branch credential")->fallthrough();
  remove_branch_->add_option("--office", office_, "the office id")->required();
}

bool OfficeCommands::chosen() const {
  return offices_->parsed() || availability_->parsed() || closures_->parsed() || desks_->parsed() ||
         branches_->parsed();
}

int OfficeCommands::run(const CountyConfig& county, std::ostream& out, std::ostream& err, domain::TimePoint now) const {
  if (offices_->parsed()) {
    for (const auto& office : county.offices) print_office(out, office);
    return 0;
  }
  if (county.database.empty()) {
    err << "civiq-central: give --database URI or [central] database in the configuration\n";
    return 2;
  }
  try {
    BookingStore store(county.database);
    store.migrate();
    if (availability_->parsed()) {
      const std::string first = from_.empty() ? domain::iso_date(domain::berlin_date(now)) : from_;
      return shown(office_availability(county, store, kShell, office_, first, to_, now), err,
                   [&](const protocol::StaffAvailability& days) {
                     for (const auto& day : days.days) {
                       out << day.day << '\t' << (day.open ? "open" : "closed") << "\tcapacity " << day.capacity
                           << "\treleased " << day.released_percent << " %";
                       for (const auto& channel : day.channels)
                         out << '\t' << channel.channel << ' ' << channel.booked << '/' << channel.quota;
                       out << '\n';
                     }
                   });
    }
    if (add_branch_->parsed()) {
      if (!county.find_office(office_)) {
        err << "civiq-central: unknown_office: no office \"" << office_ << "\"\n";
        return 1;
      }
      const std::string token = random_staff_token();
      store.sync().set_branch(office_, token);
      out << token << '\n';
      err << "civiq-central: the branch of " << office_ << " pulls with this token (sync.md); it is shown only now\n";
      return 0;
    }
    if (list_branches_->parsed()) {
      print_branch_overview(out, branch_overview(county, store, kShell, now), now);
      return 0;
    }
    if (remove_branch_->parsed()) {
      if (store.sync().remove_branch(office_)) return 0;
      err << "civiq-central: the branch of " << office_ << " has no credential\n";
      return 1;
    }
    if (list_desks_->parsed())
      return shown(office_desk_changes(county, store, kShell, office_, "", now), err,
                   [&](const protocol::DeskChangeList& list) {
                     for (const auto& change : list.changes) print_desk_change(out, change);
                   });
    if (change_desks_->parsed())
      return shown(change_desks(county, store, kShell, {office_, day_, from_, to_, desk_count_, reason_}, now), err,
                   [&](const protocol::DeskChange& change) {
                     print_desk_change(out, change);
                     for (const auto& over : change.overbooked)
                       out << "civiq-central: overbooked at " << over.start << ": " << over.booked << " booked, "
                           << over.desks << " desk(s)\n";
                   });
    if (undo_desks_->parsed())
      return shown(undo_desk_change(store, kShell, desk_change_), err, [&](const protocol::DeskChange& change) {
        out << "civiq-central: " << change.office << " has its usual desks again on " << change.day << ' '
            << change.from << '-' << change.to << '\n';
      });
    if (list_->parsed())
      return shown(office_closures(county, store, kShell, office_, "", now), err, [&](const protocol::ClosureList& list) {
        for (const auto& closure : list.closures) print_closure(out, closure);
      });
    if (add_->parsed())
      return shown(close_office_day(county, store, kShell, {office_, day_, reason_}, now), err,
                   [&](const protocol::Closure& closure) {
                     print_closure(out, closure);
                     out << "civiq-central: the running civiq-central mails the " << closure.cancelled
                         << " citizen(s)\n";
                   });
    return shown(reopen_office_day(store, kShell, closure_), err, [&](const protocol::Closure& closure) {
      out << "civiq-central: " << closure.office << " is open again on " << closure.day
          << " (the cancelled bookings stay cancelled)\n";
    });
  } catch (const std::exception& error) {
    err << "civiq-central: " << error.what() << '\n';
    return 1;
  }
}

}  // namespace civiq::central
