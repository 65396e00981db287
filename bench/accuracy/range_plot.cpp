// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "range_plot.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

namespace civiq::bench {
namespace {

constexpr double kBiasTarget_min = 1.0;  // |bias| at most this
constexpr double kCoverageTarget = 0.8;  // share of actual waits inside the range, at least
constexpr const char* kAtIssueColour = "#0072B2";
constexpr const char* kAllUpdatesColour = "#56B4E9";

std::string fixed(double value, int decimals) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

std::string xml_text(const std::string& text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

struct Panel {
  std::string title;
  double low;  // axis range
  double high;
  double step;                  // grid lines
  std::vector<double> targets;  // dashed lines
  int decimals;
  std::function<double(const EstimatorRow&, bool at_issue)> value;
};

}  // namespace

void write_range_svg(std::ostream& out, const RunInfo& info, const std::vector<ScenarioReport>& reports,
                     const std::string& estimator) {
  std::vector<std::pair<const ScenarioReport*, const EstimatorRow*>> rows;
  for (const auto& r : reports)
    for (const auto& row : r.estimators)
      if (row.name == estimator && row.range_all.n > 0) rows.emplace_back(&r, &row);
  if (rows.empty()) return;

  double bias_top = kBiasTarget_min * 1.5;
  double width_top = 0;
  for (const auto& [r, row] : rows) {
    bias_top = std::max({bias_top, std::abs(row->at_issue.bias_s) / 60, std::abs(row->all.bias_s) / 60});
    width_top = std::max({width_top, row->range_at_issue.mean_width_s() / 60, row->range_all.mean_width_s() / 60});
  }
  bias_top = std::ceil(bias_top * 2) / 2;
  width_top = std::ceil(width_top / 5) * 5;
  const std::vector<Panel> panels{
      {"Bias: mean signed error, minutes (> 0: told longer than it was; target within ±1)",
       -bias_top,
       bias_top,
       0.5,
       {-kBiasTarget_min, kBiasTarget_min},
       2,
       [](const EstimatorRow& row, bool at_issue) { return (at_issue ? row.at_issue.bias_s : row.all.bias_s) / 60; }},
      {"Coverage: share of actual waits inside the range, % (target at least 80 %)",
       0,
       100,
       20,
       {100 * kCoverageTarget},
       1,
       [](const EstimatorRow& row, bool at_issue) {
         return 100 * (at_issue ? row.range_at_issue.coverage() : row.range_all.coverage());
       }},
      {"Mean width of the range, minutes (narrower is better, as long as it holds)",
       0,
       width_top,
       width_top / 5,
       {},
       1,
       [](const EstimatorRow& row, bool at_issue) {
         return (at_issue ? row.range_at_issue.mean_width_s() : row.range_all.mean_width_s()) / 60;
       }},
  };

  const double width = 960;
  const double left = 56;
  const double right = 16;
  const double header = 60;
  const double panel_height = 170;
  const double panel_gap = 50;
  const double labels = 24;
  const double height = header + static_cast<double>(panels.size()) * (panel_height + panel_gap) + labels;
  const double group_width = (width - left - right) / static_cast<double>(rows.size());
  const double bar_width = group_width * 0.3;

  out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\"" << height
      << "\" viewBox=\"0 0 " << width << " " << height
      << "\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">\n"
      << "<title>Wait-estimate ranges: bias, coverage and width per scenario</title>\n"
      << "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
      << "<text x=\"" << left << "\" y=\"18\" font-size=\"15\" font-weight=\"bold\">" << xml_text(estimator)
      << ": bias of the estimate, and how often its range holds</text>\n"
      << "<text x=\"" << left << "\" y=\"34\" fill=\"#444\">" << info.days
      << " simulated days per scenario; at issue (the kiosk's number) and over all updates (every "
      << info.tick.count() / 60 << " min while waiting)</text>\n";
  double x = left;
  for (const auto& [label, colour] :
       {std::pair{"at issue", kAtIssueColour}, std::pair{"all updates", kAllUpdatesColour}}) {
    out << "<rect x=\"" << x << "\" y=\"42\" width=\"12\" height=\"12\" fill=\"" << colour << "\"/><text x=\"" << x + 16
        << "\" y=\"52\">" << label << "</text>\n";
    x += 110;
  }
  out << "<line x1=\"" << x << "\" x2=\"" << x + 22
      << "\" y1=\"48\" y2=\"48\" stroke=\"#000\" stroke-dasharray=\"5 3\"/>"
      << "<text x=\"" << x + 26 << "\" y=\"52\">target</text>\n";

  for (std::size_t p = 0; p < panels.size(); ++p) {
    const Panel& panel = panels[p];
    const double top = header + panel_gap * 0.6 + static_cast<double>(p) * (panel_height + panel_gap);
    auto y_of = [&](double v) {
      return top + panel_height * (panel.high - std::clamp(v, panel.low, panel.high)) / (panel.high - panel.low);
    };
    out << "<text x=\"" << left << "\" y=\"" << top - 8 << "\" font-weight=\"bold\">" << xml_text(panel.title)
        << "</text>\n";
    for (double g = panel.low; g <= panel.high + 1e-9; g += panel.step)
      out << "<line x1=\"" << left << "\" x2=\"" << width - right << "\" y1=\"" << fixed(y_of(g), 1) << "\" y2=\""
          << fixed(y_of(g), 1) << "\" stroke=\"" << (std::abs(g) < 1e-9 ? "#333" : "#ddd") << "\"/><text x=\""
          << left - 6 << "\" y=\"" << fixed(y_of(g) + 4, 1) << "\" text-anchor=\"end\">"
          << fixed(g, panel.step < 1 ? 1 : 0) << "</text>\n";
    for (const double t : panel.targets)
      out << "<line x1=\"" << left << "\" x2=\"" << width - right << "\" y1=\"" << fixed(y_of(t), 1) << "\" y2=\""
          << fixed(y_of(t), 1) << "\" stroke=\"#000\" stroke-width=\"1.2\" stroke-dasharray=\"5 3\"/>\n";
    const double zero = y_of(std::max(panel.low, 0.0));
    for (std::size_t s = 0; s < rows.size(); ++s) {
      const auto& [report, row] = rows[s];
      const double gx = left + group_width * (static_cast<double>(s) + 0.5) - bar_width;
      for (const bool at_issue : {true, false}) {
        const double value = panel.value(*row, at_issue);
        const double bx = gx + (at_issue ? 0 : bar_width);
        const double y = y_of(value);
        out << "<rect x=\"" << fixed(bx, 1) << "\" y=\"" << fixed(std::min(y, zero), 1) << "\" width=\""
            << fixed(bar_width - 2, 1) << "\" height=\"" << fixed(std::abs(zero - y), 1) << "\" fill=\""
            << (at_issue ? kAtIssueColour : kAllUpdatesColour) << "\"><title>" << xml_text(report->title) << ", "
            << (at_issue ? "at issue" : "all updates") << ": " << fixed(value, panel.decimals) << "</title></rect>\n"
            << "<text x=\"" << fixed(bx + bar_width / 2 - 1, 1) << "\" y=\""
            << fixed(value >= 0 ? std::min(y, zero) - 3 : y + 12, 1) << "\" text-anchor=\"middle\" font-size=\"10\">"
            << fixed(value, panel.decimals) << "</text>\n";
      }
      if (p + 1 == panels.size())
        out << "<text x=\"" << fixed(left + group_width * (static_cast<double>(s) + 0.5), 1) << "\" y=\""
            << fixed(top + panel_height + 18, 1) << "\" text-anchor=\"middle\">" << xml_text(report->title)
            << "</text>\n";
    }
  }
  out << "</svg>\n";
}

}  // namespace civiq::bench
