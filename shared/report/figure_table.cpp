// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "figure_table.hpp"

#include <algorithm>
#include <array>
#include <boost/describe.hpp>
#include <boost/mp11.hpp>
#include <stdexcept>
#include <type_traits>

namespace civiq::report {
namespace {

struct Header {
  std::string_view key;
  std::string_view de;
  std::string_view en;
};

// The words a manager reads; the definitions are in docs/statistics.md under the same key.
constexpr std::array kHeaders{
    Header{"day", "Tag", "Day"},
    Header{"hour", "Stunde", "Hour"},
    Header{"service_id", "Dienstleistung Nr.", "Service no."},
    Header{"service", "Dienstleistung", "Service"},
    Header{"arrivals_walk_in", "Ankünfte ohne Termin", "Walk-in arrivals"},
    Header{"arrivals_appointment", "Ankünfte mit Termin", "Appointment arrivals"},
    Header{"served", "Bedient", "Served"},
    Header{"not_served", "Nicht bedient", "Not served"},
    Header{"no_shows_walk_in", "Nicht erschienen ohne Termin", "Walk-in no-shows"},
    Header{"no_shows_appointment", "Nicht erschienen mit Termin", "Appointment no-shows"},
    Header{"cancelled_by_citizen", "Vom Bürger storniert", "Cancelled by the citizen"},
    Header{"cancelled_end_of_day", "Bei Dienstschluss offen", "Open at closing"},
    Header{"transfers_out", "Weitergeleitet", "Transferred away"},
    Header{"transfers_in", "Übernommen", "Transferred in"},
    Header{"postponements", "Zurückgestellt", "Postponements"},
    Header{"parkings", "Geparkt", "Parkings"},
    Header{"parked_s", "Geparkt (s)", "Parked (s)"},
    Header{"waits", "Wartezeiten", "Waits"},
    Header{"wait_mean_s", "Wartezeit Mittel (s)", "Wait mean (s)"},
    Header{"wait_median_s", "Wartezeit Median (s)", "Wait median (s)"},
    Header{"wait_p90_s", "Wartezeit 90 % (s)", "Wait p90 (s)"},
    Header{"wait_max_s", "Wartezeit max. (s)", "Wait max (s)"},
    Header{"walk_mean_s", "Weg zum Schalter Mittel (s)", "Walk mean (s)"},
    Header{"walk_median_s", "Weg zum Schalter Median (s)", "Walk median (s)"},
    Header{"walk_p90_s", "Weg zum Schalter 90 % (s)", "Walk p90 (s)"},
    Header{"walk_max_s", "Weg zum Schalter max. (s)", "Walk max (s)"},
    Header{"service_mean_s", "Bearbeitung Mittel (s)", "Service mean (s)"},
    Header{"service_median_s", "Bearbeitung Median (s)", "Service median (s)"},
    Header{"service_p90_s", "Bearbeitung 90 % (s)", "Service p90 (s)"},
    Header{"service_max_s", "Bearbeitung max. (s)", "Service max (s)"},
    Header{"served_within_target", "Bedient im Ziel", "Served within target"},
    Header{"sla_percent", "Servicegrad (%)", "Service level (%)"},
};

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

template <class T>
constexpr CellKind kind_of() {
  if constexpr (is_optional<T>::value)
    return kind_of<typename T::value_type>();
  else if constexpr (std::is_floating_point_v<T>)
    return CellKind::Decimal;
  else if constexpr (std::is_same_v<T, std::string>)
    return CellKind::Text;
  else
    return CellKind::Integer;  // int, int64 and ids
}

template <class T>
Cell cell_of(const T& value) {
  if constexpr (is_optional<T>::value)
    return value ? cell_of(*value) : Cell{};
  else if constexpr (std::is_floating_point_v<T>)
    return static_cast<double>(value);
  else if constexpr (std::is_same_v<T, std::string>)
    return value;
  else if constexpr (domain::StrongIdType<T>)
    return static_cast<std::int64_t>(value.value);
  else
    return static_cast<std::int64_t>(value);
}

using Members = boost::describe::describe_members<protocol::FigureRow, boost::describe::mod_public>;

}  // namespace

std::vector<Column> figure_columns(std::string_view language) {
  std::vector<Column> columns;
  boost::mp11::mp_for_each<Members>([&](auto member) {
    using T = std::remove_cvref_t<decltype(std::declval<protocol::FigureRow>().*member.pointer)>;
    const std::string_view key = member.name;
    const auto* header = std::find_if(kHeaders.begin(), kHeaders.end(), [&](const Header& h) { return h.key == key; });
    if (header == kHeaders.end()) throw std::logic_error("figure_table: no header for " + std::string(key));
    // The day is text on the wire ("2026-12-08") and a date in a spreadsheet.
    const CellKind kind = key == "day" ? CellKind::Date : kind_of<T>();
    columns.push_back(Column{key, kind, language == "de" ? header->de : header->en});
  });
  return columns;
}

std::vector<Cell> figure_cells(const protocol::FigureRow& row) {
  std::vector<Cell> cells;
  boost::mp11::mp_for_each<Members>([&](auto member) { cells.push_back(cell_of(row.*member.pointer)); });
  return cells;
}

}  // namespace civiq::report
