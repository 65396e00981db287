// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq_estimate_accuracy: wait-estimate accuracy and fairness on simulated office days.
// Usage: civiq_estimate_accuracy [--days N] [--sla-minutes M] [--tick-minutes T] [--scenario NAME]
//                                [--proposals] [--readings] [--json PATH] [--svg PATH] [--range-svg PATH]
//   --proposals  also measure the proposed estimator variants (bench/sim/proposed_estimator.hpp)
//   --readings   also measure the baselines' other readings (LES-raw, HOL-raw, DAY-rest)
//   --svg        the MAE bar chart; --range-svg: civiq's bias, range coverage and width
// Prints the table; writes JSON and SVG when asked. Deterministic: same build, same numbers.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "accuracy_run.hpp"
#include "range_plot.hpp"
#include "report.hpp"

namespace {

[[noreturn]] void usage(const std::string& problem) {
  std::cerr << "civiq_estimate_accuracy: " << problem << "\n"
            << "usage: civiq_estimate_accuracy [--days N] [--sla-minutes M] [--tick-minutes T] [--scenario NAME]\n"
            << "                               [--proposals] [--readings] [--json PATH] [--svg PATH] [--range-svg PATH]\n";
  std::exit(2);
}

int positive(const std::string& flag, const std::string& value) {
  try {
    const int n = std::stoi(value);
    if (n > 0) return n;
  } catch (const std::exception&) {
  }
  usage(flag + " needs a positive whole number, not '" + value + "'");
}

template <class Write>
void write_file(const std::string& path, Write write) {
  std::ofstream file(path);
  if (!file) usage("cannot write " + path);
  write(file);
  std::cerr << "wrote " << path << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  using namespace civiq::bench;
  AccuracyOptions options;
  std::string json_path;
  std::string svg_path;
  std::string range_svg_path;
  for (int i = 1; i < argc; ++i) {
    const std::string flag = argv[i];
    if (flag == "--proposals" || flag == "--readings") {
      (flag == "--proposals" ? options.proposals : options.readings) = true;
      continue;
    }
    if (i + 1 >= argc) usage(flag + " needs a value");
    const std::string value = argv[++i];
    if (flag == "--days") options.days = positive(flag, value);
    else if (flag == "--sla-minutes") options.sla = std::chrono::minutes{positive(flag, value)};
    else if (flag == "--tick-minutes") options.tick = std::chrono::minutes{positive(flag, value)};
    else if (flag == "--scenario") options.only = value;
    else if (flag == "--json") json_path = value;
    else if (flag == "--svg") svg_path = value;
    else if (flag == "--range-svg") range_svg_path = value;
    else usage("unknown option " + flag);
  }
  const std::vector<ScenarioReport> reports = run_accuracy(options, std::cerr);
  if (reports.empty()) usage("no scenario named " + options.only);
  const RunInfo info{options.days, options.tick, options.sla};
  print_report(std::cout, info, reports);
  if (!json_path.empty()) write_file(json_path, [&](std::ostream& out) { write_json(out, info, reports); });
  if (!svg_path.empty()) write_file(svg_path, [&](std::ostream& out) { write_svg(out, info, reports); });
  if (!range_svg_path.empty())
    write_file(range_svg_path, [&](std::ostream& out) { write_range_svg(out, info, reports); });
  return 0;
}
