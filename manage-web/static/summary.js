// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// Pure sums over the figures' rows (protocol::FigureRow, docs/statistics.md): per service for the
// whole range, and per hour of arrival over all days and services. No DOM here.

function emptyTotals(service) {
  return { service, arrivalsWalkIn: 0, arrivalsAppointment: 0, served: 0, noShows: 0, cancelled: 0,
    waitMax: null, servedWithinTarget: 0 };
}

function add(totals, row) {
  totals.arrivalsWalkIn += row.arrivals_walk_in;
  totals.arrivalsAppointment += row.arrivals_appointment;
  totals.served += row.served;
  totals.noShows += row.no_shows_walk_in + row.no_shows_appointment;
  totals.cancelled += row.cancelled_by_citizen + row.cancelled_end_of_day;
  if (row.wait_max_s != null) totals.waitMax = Math.max(totals.waitMax ?? 0, row.wait_max_s);
  totals.servedWithinTarget += row.served_within_target;
}

// The service level in percent, or null when nobody was served (shown as "—", never 0 % or 100 %).
export function slaPercent(totals) {
  return totals.served > 0 ? (100 * totals.servedWithinTarget) / totals.served : null;
}

// {services: [totals by service id], total: totals of all}; a service's name is the one of its
// first row (all rows of a report name services in the same language).
export function summarize(rows) {
  const byService = new Map();
  const total = emptyTotals('');
  for (const row of rows) {
    if (!byService.has(row.service_id)) byService.set(row.service_id, emptyTotals(row.service));
    add(byService.get(row.service_id), row);
    add(total, row);
  }
  const services = [...byService.entries()].sort(([a], [b]) => a - b).map(([, totals]) => totals);
  return { services, total };
}

// 24 entries {hour, arrivals, served}: arrivals (walk-in and appointment) and served by hour of
// arrival, summed over the range's days and services.
export function byHour(rows) {
  const hours = Array.from({ length: 24 }, (_, hour) => ({ hour, arrivals: 0, served: 0 }));
  for (const row of rows) {
    const entry = hours[row.hour];
    if (!entry) continue;
    entry.arrivals += row.arrivals_walk_in + row.arrivals_appointment;
    entry.served += row.served;
  }
  return hours;
}

// "45 s", "12 min 5 s", "1 h 3 min"
export function duration(seconds) {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

// Berlin's today and the six days before it: "the last 7 days" as YYYY-MM-DD.
export function lastSevenDays(now = new Date()) {
  const to = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit',
    day: '2-digit' }).format(now);
  const [y, m, d] = to.split('-').map(Number);
  const from = new Date(Date.UTC(y, m - 1, d - 6)).toISOString().slice(0, 10);
  return { from, to };
}
