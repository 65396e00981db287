// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "report.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <stdexcept>

namespace civiq::bench {
namespace {

// The target's baselines, in every reading measured (the lowest error counts), and the day average.
constexpr const char* kBaselines[] = {"QL", "QL-obs", "LES", "HOL", "LES-raw", "HOL-raw"};
constexpr const char* kDayAverages[] = {"DAY", "DAY-rest"};
// What the plot shows: the shipped estimator, the recommendation, the yardstick and the baselines.
constexpr const char* kPlotted[] = {"civiq", "civiq-mc", "QL", "QL-obs", "LES", "HOL", "DAY"};
constexpr std::size_t kNameWidth = 18;

double minutes(double seconds) { return seconds / 60.0; }

std::string fixed(double value, int decimals) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

std::string padded(const std::string& text, std::size_t width, bool right = false) {
  // Width in characters; the few non-ASCII letters in service names only cost alignment.
  if (text.size() >= width) return text;
  const std::string pad(width - text.size(), ' ');
  return right ? pad + text : text + pad;
}

const EstimatorRow* find_row(const ScenarioReport& report, const std::string& name) {
  for (const auto& row : report.estimators)
    if (row.name == name) return &row;
  return nullptr;
}

std::string json_string(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      default: out += c;
    }
  }
  return out + "\"";
}

std::string xml_text(const std::string& text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

void print_fairness_line(std::ostream& out, const std::string& label, const WaitStats& civiq, const WaitStats& fcfs) {
  auto cells = [](const WaitStats& s) {
    return padded(fixed(minutes(s.mean_s), 1), 6, true) + padded(fixed(minutes(s.p90_s), 1), 7, true) +
           padded(fixed(minutes(s.max_s), 1), 7, true) + padded(fixed(100 * s.within_sla, 1) + "%", 8, true);
  };
  out << "  " << padded(label, 34) << padded(std::to_string(civiq.served), 6, true) << cells(civiq) << "  |"
      << cells(fcfs) << padded(std::to_string(civiq.gave_up) + "/" + std::to_string(fcfs.gave_up), 10, true) << "\n";
}

void json_wait_stats(std::ostream& out, const WaitStats& s) {
  out << "{\"served\": " << s.served << ", \"gave_up\": " << s.gave_up << ", \"mean_min\": " << fixed(minutes(s.mean_s), 2)
      << ", \"p90_min\": " << fixed(minutes(s.p90_s), 2) << ", \"max_min\": " << fixed(minutes(s.max_s), 2)
      << ", \"within_sla\": " << fixed(s.within_sla, 4) << "}";
}

void json_fairness(std::ostream& out, const FairnessReport& f) {
  out << "{\n        \"overall\": ";
  json_wait_stats(out, f.overall);
  out << ",\n        \"services\": {";
  bool first = true;
  for (const auto& [name, stats] : f.services) {
    out << (first ? "\n" : ",\n") << "          " << json_string(name) << ": ";
    json_wait_stats(out, stats);
    first = false;
  }
  out << "\n        },\n        \"kinds\": {";
  first = true;
  for (const auto& [name, stats] : f.kinds) {
    out << (first ? "\n" : ",\n") << "          " << json_string(name) << ": ";
    json_wait_stats(out, stats);
    first = false;
  }
  out << "\n        },\n        \"appointment_lateness\": ";
  json_wait_stats(out, f.appointment_lateness);
  out << "\n      }";
}

void json_error_stats(std::ostream& out, const ErrorStats& s, const RangeStats& range) {
  out << "{\"n\": " << s.n << ", \"mae_min\": " << fixed(minutes(s.mae_s), 3)
      << ", \"p90_min\": " << fixed(minutes(s.p90_s), 3) << ", \"bias_min\": " << fixed(minutes(s.bias_s), 3);
  if (range.n > 0)
    out << ", \"range_coverage\": " << fixed(range.coverage(), 4)
        << ", \"range_early\": " << fixed(range.early_share(), 4)
        << ", \"range_mean_width_min\": " << fixed(minutes(range.mean_width_s()), 3);
  out << "}";
}

void json_target(std::ostream& out, const TargetCheck& t) {
  out << "{\"mae_min\": " << fixed(minutes(t.mae_s), 3) << ", \"best_baseline\": " << json_string(t.best_baseline)
      << ", \"best_baseline_mae_min\": " << fixed(minutes(t.best_baseline_mae_s), 3)
      << ", \"day_average_mae_min\": " << fixed(minutes(t.day_average_mae_s), 3)
      << ", \"day_average\": " << json_string(t.day_average)
      << ", \"ratio_to_best_baseline\": [" << fixed(t.vs_best_baseline.ratio, 3) << ", " << fixed(t.vs_best_baseline.low, 3)
      << ", " << fixed(t.vs_best_baseline.high, 3) << "], \"ratio_to_day_average\": [" << fixed(t.vs_day_average.ratio, 3)
      << ", " << fixed(t.vs_day_average.low, 3) << ", " << fixed(t.vs_day_average.high, 3) << "]"
      << ", \"beats_best_baseline\": " << (t.beats_best_baseline ? "true" : "false")
      << ", \"within_half_of_day_average\": " << (t.within_half_of_day ? "true" : "false")
      << ", \"met\": " << (t.met() ? "true" : "false") << "}";
}

// Okabe-Ito colours (readable with colour-blindness); civiq in blue, its variants in sky blue shades.
std::string colour_for(const std::string& estimator, std::size_t civiq_variant) {
  if (estimator == "QL") return "#E69F00";
  if (estimator == "QL-obs") return "#D55E00";
  if (estimator == "LES") return "#009E73";
  if (estimator == "HOL") return "#CC79A7";
  if (estimator == "DAY") return "#8C8C8C";
  static const char* civiq[] = {"#0072B2", "#56B4E9", "#1B3A5C", "#9AD0F0"};
  return civiq[civiq_variant % 4];
}

double nice_ceiling(double value) {
  if (value <= 0) return 1;
  const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
  for (const double step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0})
    if (value <= step * magnitude) return step * magnitude;
  return 10 * magnitude;
}

}  // namespace

bool is_baseline(const std::string& estimator) {
  return std::any_of(std::begin(kBaselines), std::end(kBaselines), [&](const char* b) { return estimator == b; });
}

TargetCheck check_target(const ScenarioReport& report, const std::string& estimator, bool at_issue) {
  auto mae = [&](const EstimatorRow& row) { return at_issue ? row.at_issue.mae_s : row.all.mae_s; };
  const EstimatorRow* own = find_row(report, estimator);
  if (!own) throw std::invalid_argument("report lacks " + estimator);
  TargetCheck check;
  check.mae_s = mae(*own);
  check.best_baseline_mae_s = std::numeric_limits<double>::infinity();
  check.day_average_mae_s = std::numeric_limits<double>::infinity();
  for (const auto& row : report.estimators) {
    if (is_baseline(row.name) && mae(row) < check.best_baseline_mae_s) {
      check.best_baseline_mae_s = mae(row);
      check.best_baseline = row.name;
    }
    const bool day = std::any_of(std::begin(kDayAverages), std::end(kDayAverages), [&](const char* d) { return row.name == d; });
    if (day && mae(row) < check.day_average_mae_s) {
      check.day_average_mae_s = mae(row);
      check.day_average = row.name;
    }
  }
  if (check.best_baseline.empty() || !std::isfinite(check.day_average_mae_s))
    throw std::invalid_argument("report lacks the baselines");
  check.beats_best_baseline = check.mae_s < check.best_baseline_mae_s;
  check.within_half_of_day = check.mae_s <= check.day_average_mae_s / 2;
  auto days = [&](const EstimatorRow& row) -> const std::vector<DayErrorSum>& {
    return at_issue ? row.days_at_issue : row.days_all;
  };
  if (!days(*own).empty()) {
    check.vs_best_baseline = mae_ratio(days(*own), days(*find_row(report, check.best_baseline)));
    check.vs_day_average = mae_ratio(days(*own), days(*find_row(report, check.day_average)));
  }
  return check;
}

void print_report(std::ostream& out, const RunInfo& info, const std::vector<ScenarioReport>& reports) {
  out << "Wait-estimate accuracy: " << info.days << " simulated days per scenario, estimates at issue and every "
      << info.tick.count() / 60 << " min; errors in minutes (estimate - actual remaining wait).\n"
      << "Left out: services whose citizen gave up (cancelled or left). Target: civiq MAE < best of QL, QL-obs, "
         "LES, HOL (any reading) and <= DAY/2 (the better reading).\n\n";
  for (const auto& r : reports) {
    out << "== " << r.title << " (" << r.name << "): " << r.description << "\n   " << r.tickets << " tickets in "
        << r.days << " days, seeds " << r.first_seed << ".." << r.first_seed + static_cast<std::uint64_t>(r.days) - 1 << "\n";
    out << "  " << padded("estimator", kNameWidth) << padded("at issue:  n", 14, true) << padded("MAE", 8, true)
        << padded("P90", 8, true) << padded("bias", 8, true) << "   " << padded("all updates:  n", 16, true)
        << padded("MAE", 8, true) << padded("P90", 8, true) << padded("bias", 8, true)
        << "   range at issue: in  width   all updates: in  width\n";
    for (const auto& row : r.estimators) {
      out << "  " << padded(row.name, kNameWidth) << padded(std::to_string(row.at_issue.n), 14, true)
          << padded(fixed(minutes(row.at_issue.mae_s), 2), 8, true)
          << padded(fixed(minutes(row.at_issue.p90_s), 2), 8, true)
          << padded(fixed(minutes(row.at_issue.bias_s), 2), 8, true) << "   "
          << padded(std::to_string(row.all.n), 16, true) << padded(fixed(minutes(row.all.mae_s), 2), 8, true)
          << padded(fixed(minutes(row.all.p90_s), 2), 8, true) << padded(fixed(minutes(row.all.bias_s), 2), 8, true);
      if (row.range_all.n > 0)
        out << padded(fixed(100 * row.range_at_issue.coverage(), 1) + "%", 20, true)
            << padded(fixed(minutes(row.range_at_issue.mean_width_s()), 2), 7, true)
            << padded(fixed(100 * row.range_all.coverage(), 1) + "%", 19, true)
            << padded(fixed(minutes(row.range_all.mean_width_s()), 2), 7, true);
      out << "\n";
    }
    for (const char* name : {"civiq", "DAY"}) {
      const EstimatorRow* row = find_row(r, name);
      if (!row) continue;
      out << "  " << padded(name, kNameWidth) << "all updates by service, MAE (bias):";
      for (const auto& [prefix, sums] : row->all_by_service)
        out << "  " << prefix << " " << fixed(minutes(sums.abs_sum / static_cast<double>(sums.n)), 2) << " ("
            << fixed(minutes(sums.signed_sum / static_cast<double>(sums.n)), 2) << ", n " << sums.n << ")";
      out << "\n";
      if (row->range_all.n == 0) continue;
      out << "  " << padded(name, kNameWidth) << "all updates by service, range: in (width):";
      for (const auto& [prefix, sums] : row->all_by_service)
        out << "  " << prefix << " " << fixed(100 * sums.range.coverage(), 1) << "% ("
            << fixed(minutes(sums.range.mean_width_s()), 2) << ", early " << fixed(100 * sums.range.early_share(), 1)
            << "%)";
      out << "\n";
    }
    for (const auto& row : r.estimators) {
      if (row.name.rfind("civiq", 0) != 0) continue;
      for (const bool at_issue : {true, false}) {
        const TargetCheck t = check_target(r, row.name, at_issue);
        out << "  target " << padded(row.name, kNameWidth) << (at_issue ? "at issue:    " : "all updates: ") << (t.met() ? "MET   " : "MISSED")
            << "  MAE " << fixed(minutes(t.mae_s), 2) << " vs best baseline " << t.best_baseline << " "
            << fixed(minutes(t.best_baseline_mae_s), 2) << " (" << (t.beats_best_baseline ? "beats" : "does not beat")
            << "), DAY/2 " << fixed(minutes(t.day_average_mae_s / 2), 2) << " (" << (t.within_half_of_day ? "within" : "above")
            << ")\n" << padded("", 40) << "MAE ratio to best baseline " << fixed(t.vs_best_baseline.ratio, 2) << " ["
            << fixed(t.vs_best_baseline.low, 2) << ", " << fixed(t.vs_best_baseline.high, 2) << "], to " << t.day_average << " "
            << fixed(t.vs_day_average.ratio, 2) << " [" << fixed(t.vs_day_average.low, 2) << ", "
            << fixed(t.vs_day_average.high, 2) << "] (95 % over days)\n";
      }
    }
    out << "  fairness (waits in min; SLA " << info.sla.count() / 60 << " min)   served  civiq: mean    P90    max  in SLA  |"
        << " FCFS: mean  P90    max  in SLA   gave up\n";
    print_fairness_line(out, "all", r.civiq.overall, r.fcfs.overall);
    for (const auto& [name, stats] : r.civiq.services) print_fairness_line(out, name, stats, r.fcfs.services.at(name));
    for (const auto& [name, stats] : r.civiq.kinds) print_fairness_line(out, name, stats, r.fcfs.kinds.at(name));
    if (r.civiq.appointment_lateness.served > 0)
      out << "  appointments called after their slot: mean " << fixed(minutes(r.civiq.appointment_lateness.mean_s), 1)
          << " / P90 " << fixed(minutes(r.civiq.appointment_lateness.p90_s), 1) << " / max "
          << fixed(minutes(r.civiq.appointment_lateness.max_s), 1) << " min with civiq; mean "
          << fixed(minutes(r.fcfs.appointment_lateness.mean_s), 1) << " / P90 " << fixed(minutes(r.fcfs.appointment_lateness.p90_s), 1)
          << " / max " << fixed(minutes(r.fcfs.appointment_lateness.max_s), 1) << " min with FCFS\n";
    out << "\n";
  }
}

void write_json(std::ostream& out, const RunInfo& info, const std::vector<ScenarioReport>& reports) {
  out << "{\n  \"generator\": \"civiq_estimate_accuracy (bench/accuracy)\",\n"
      << "  \"units\": \"minutes; error = estimate - actual remaining wait until the first call\",\n"
      << "  \"days_per_scenario\": " << info.days << ",\n  \"tick_min\": " << fixed(minutes(static_cast<double>(info.tick.count())), 1)
      << ",\n  \"sla_min\": " << fixed(minutes(static_cast<double>(info.sla.count())), 1) << ",\n  \"scenarios\": [";
  for (std::size_t i = 0; i < reports.size(); ++i) {
    const auto& r = reports[i];
    out << (i ? ",\n" : "\n") << "    {\n      \"name\": " << json_string(r.name) << ",\n      \"title\": " << json_string(r.title)
        << ",\n      \"description\": " << json_string(r.description) << ",\n      \"days\": " << r.days
        << ",\n      \"first_seed\": " << r.first_seed << ",\n      \"tickets\": " << r.tickets << ",\n      \"estimators\": [";
    for (std::size_t e = 0; e < r.estimators.size(); ++e) {
      const auto& row = r.estimators[e];
      out << (e ? ",\n" : "\n") << "        {\"name\": " << json_string(row.name) << ", \"at_issue\": ";
      json_error_stats(out, row.at_issue, row.range_at_issue);
      out << ", \"all_updates\": ";
      json_error_stats(out, row.all, row.range_all);
      out << ", \"all_updates_by_service\": {";
      bool first_service = true;
      for (const auto& [prefix, sums] : row.all_by_service) {
        out << (first_service ? "" : ", ") << json_string(prefix) << ": {\"n\": " << sums.n
            << ", \"mae_min\": " << fixed(minutes(sums.abs_sum / static_cast<double>(sums.n)), 3)
            << ", \"bias_min\": " << fixed(minutes(sums.signed_sum / static_cast<double>(sums.n)), 3);
        if (sums.range.n > 0)
          out << ", \"range_coverage\": " << fixed(sums.range.coverage(), 4)
              << ", \"range_early\": " << fixed(sums.range.early_share(), 4)
              << ", \"range_mean_width_min\": " << fixed(minutes(sums.range.mean_width_s()), 3);
        out << "}";
        first_service = false;
      }
      out << "}}";
    }
    out << "\n      ],\n      \"targets\": {";
    bool first_target = true;
    for (const auto& row : r.estimators) {
      if (row.name.rfind("civiq", 0) != 0) continue;
      out << (first_target ? "\n" : ",\n") << "        " << json_string(row.name) << ": {\n          \"at_issue\": ";
      json_target(out, check_target(r, row.name, true));
      out << ",\n          \"all_updates\": ";
      json_target(out, check_target(r, row.name, false));
      out << "\n        }";
      first_target = false;
    }
    out << "\n      },\n      \"fairness_civiq\": ";
    json_fairness(out, r.civiq);
    out << ",\n      \"fairness_fcfs\": ";
    json_fairness(out, r.fcfs);
    out << "\n    }";
  }
  out << "\n  ]\n}\n";
}

void write_svg(std::ostream& out, const RunInfo& info, const std::vector<ScenarioReport>& reports) {
  if (reports.empty()) return;
  std::vector<std::string> names;
  for (const char* name : kPlotted)
    if (find_row(reports.front(), name)) names.push_back(name);
  double top = 0;
  for (const auto& r : reports)
    for (const auto& name : names)
      if (const EstimatorRow* row = find_row(r, name))
        top = std::max({top, minutes(row->at_issue.mae_s), minutes(row->all.mae_s)});
  top = nice_ceiling(top);

  const double width = 960;
  const double left = 56;
  const double right = 16;
  const double legend_height = 54;
  const double panel_height = 250;
  const double label_height = 40;
  const double panel_gap = 30;
  const double height = legend_height + 2 * (panel_height + label_height) + panel_gap + 30;
  const double plot_width = width - left - right;
  const double group_width = plot_width / static_cast<double>(reports.size());
  const double bar_width = (group_width * 0.82) / static_cast<double>(names.size());

  out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\"" << height << "\" viewBox=\"0 0 "
      << width << " " << height << "\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">\n"
      << "<title>Wait-estimate accuracy: mean absolute error per scenario and estimator</title>\n"
      << "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
      << "<text x=\"" << left << "\" y=\"18\" font-size=\"15\" font-weight=\"bold\">Mean absolute error of the wait estimate (minutes; lower is better)</text>\n"
      << "<text x=\"" << left << "\" y=\"34\" fill=\"#444\">" << info.days << " simulated days per scenario. civiq: estimate_waits as shipped; "
      << "civiq-mc: Monte-Carlo yardstick; DAY: mean wait of the day so far</text>\n";
  // Legend.
  double x = left;
  std::size_t civiq_variant = 0;
  std::vector<std::string> colours;
  for (const auto& name : names) {
    colours.push_back(colour_for(name, name.rfind("civiq", 0) == 0 ? civiq_variant++ : 0));
    out << "<rect x=\"" << x << "\" y=\"" << legend_height - 12 << "\" width=\"12\" height=\"12\" fill=\"" << colours.back()
        << "\"/><text x=\"" << x + 16 << "\" y=\"" << legend_height - 2 << "\">" << xml_text(name) << "</text>\n";
    x += 30 + 8.0 * static_cast<double>(name.size());
  }
  out << "<line x1=\"" << x << "\" x2=\"" << x + 22 << "\" y1=\"" << legend_height - 6 << "\" y2=\"" << legend_height - 6
      << "\" stroke=\"#000\" stroke-width=\"1.2\" stroke-dasharray=\"5 3\"/><text x=\"" << x + 26 << "\" y=\"" << legend_height - 2
      << "\">half of DAY's error (target: civiq at or below)</text>\n";
  out << "<text x=\"14\" y=\"" << legend_height + 30 + panel_height / 2 << "\" transform=\"rotate(-90 14 "
      << legend_height + 30 + panel_height / 2 << ")\" text-anchor=\"middle\" fill=\"#444\">MAE, minutes</text>\n";
  for (int panel = 0; panel < 2; ++panel) {
    const bool at_issue = panel == 0;
    const double y0 = legend_height + 30 + panel * (panel_height + label_height + panel_gap);
    const double base = y0 + panel_height;
    out << "<text x=\"" << left << "\" y=\"" << y0 - 4 << "\" font-weight=\"bold\">"
        << (at_issue ? "At issue (the estimate printed on the ticket)" : "All updates (at issue and every 5 minutes while waiting)")
        << "</text>\n";
    for (int g = 0; g <= 5; ++g) {
      const double value = top * g / 5;
      const double y = base - panel_height * g / 5;
      out << "<line x1=\"" << left << "\" x2=\"" << width - right << "\" y1=\"" << y << "\" y2=\"" << y << "\" stroke=\""
          << (g == 0 ? "#333" : "#ddd") << "\"/><text x=\"" << left - 6 << "\" y=\"" << y + 4 << "\" text-anchor=\"end\">"
          << fixed(value, value < 10 && top < 10 ? 1 : 0) << "</text>\n";
    }
    for (std::size_t s = 0; s < reports.size(); ++s) {
      const auto& r = reports[s];
      const double gx = left + group_width * static_cast<double>(s) + group_width * 0.09;
      for (std::size_t e = 0; e < names.size(); ++e) {
        const EstimatorRow* found = find_row(r, names[e]);
        if (!found) continue;
        const EstimatorRow& row = *found;
        const ErrorStats& stats = at_issue ? row.at_issue : row.all;
        const double value = minutes(stats.mae_s);
        const double h = panel_height * value / top;
        const double bx = gx + bar_width * static_cast<double>(e);
        out << "<rect x=\"" << fixed(bx, 1) << "\" y=\"" << fixed(base - h, 1) << "\" width=\"" << fixed(bar_width - 1, 1)
            << "\" height=\"" << fixed(h, 1) << "\" fill=\"" << colours[e] << "\"><title>" << xml_text(r.title) << ", "
            << xml_text(row.name) << ": MAE " << fixed(value, 2) << " min, P90 " << fixed(minutes(stats.p90_s), 2)
            << " min, n = " << stats.n << "</title></rect>\n";
        if (row.name == "civiq")
          out << "<text x=\"" << fixed(bx + bar_width / 2, 1) << "\" y=\"" << fixed(base - h - 3, 1)
              << "\" text-anchor=\"middle\" font-size=\"10\">" << fixed(value, 1) << "</text>\n";
      }
      // The target's second half: civiq at most half the day average's error (the better reading).
      const double half_day = minutes(check_target(r, "civiq", at_issue).day_average_mae_s) / 2;
      const double hy = base - panel_height * half_day / top;
      out << "<line x1=\"" << fixed(gx - 2, 1) << "\" x2=\"" << fixed(gx + bar_width * static_cast<double>(names.size()) + 1, 1)
          << "\" y1=\"" << fixed(hy, 1) << "\" y2=\"" << fixed(hy, 1)
          << "\" stroke=\"#000\" stroke-width=\"1.2\" stroke-dasharray=\"5 3\"><title>DAY/2 = " << fixed(half_day, 2)
          << " min</title></line>\n";
      out << "<text x=\"" << fixed(left + group_width * (static_cast<double>(s) + 0.5), 1) << "\" y=\"" << base + 16
          << "\" text-anchor=\"middle\">" << xml_text(r.title) << "</text>\n";
    }
  }
  out << "</svg>\n";
}

}  // namespace civiq::bench
