// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Every request, response and event body of the branch server API, defined once. docs/api.md
// describes them for people; field names appear nowhere else in civiq (the codec reads them from
// these descriptions). Version: the API prefix /api/v1; adding an optional field is compatible,
// anything else needs /api/v2.
#include <boost/describe.hpp>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/berlin_time.hpp"
#include "domain/ids.hpp"

namespace civiq::protocol {

using domain::CounterId;
using domain::ServiceId;
using domain::TicketId;
using domain::TimePoint;

inline constexpr const char* kApiVersion = "0.1.0";

struct ErrorBody {
  std::string error;    // stable code, e.g. "counter_closed"
  std::string message;  // for people (English): clients word what they show from `error` and `at`
  // v1.3: the moment a refusal names: when check-in opens (check_in_too_early), the appointment's
  // time (appointment_not_today); absent otherwise.
  std::optional<TimePoint> at;
};
BOOST_DESCRIBE_STRUCT(ErrorBody, (), (error, message, at))

// The body of a route that takes none: only an empty object (or nothing) is accepted.
struct NoBody {};
BOOST_DESCRIBE_STRUCT(NoBody, (), ())

struct Health {
  std::string status;
  std::string office;
  std::string office_id;
  std::string day;
  std::string version;
  TimePoint now;  // the office clock (runs faster in demos and simulations)
  double time_speed = 1.0;  // office seconds per real second: 1 except in demos and simulations
};
BOOST_DESCRIBE_STRUCT(Health, (), (status, office, office_id, day, version, now, time_speed))

struct ServiceInfo {
  ServiceId id;
  std::string leika_id;
  std::string prefix;
  std::string name;
  std::map<std::string, std::string> names;
  bool active = true;
  int waiting = 0;
  std::optional<std::int64_t> estimated_wait_s;
  std::optional<std::int64_t> wait_low_s;   // v1.3: the range a new ticket's wait should fall in
  std::optional<std::int64_t> wait_high_s;
  std::optional<bool> service_open;  // v1.3: false while no open counter offers it (no wait is given then)
  std::optional<std::string> group;  // v1.5: the kiosk tile group, in the asked language; absent: none
  std::map<std::string, std::string> group_names;  // v1.5: the group in every language it has
};
BOOST_DESCRIBE_STRUCT(ServiceInfo, (), (id, leika_id, prefix, name, names, active, waiting, estimated_wait_s,
                                        wait_low_s, wait_high_s, service_open, group, group_names))

struct ServiceList {
  std::vector<ServiceInfo> services;
};
BOOST_DESCRIBE_STRUCT(ServiceList, (), (services))

struct IssueTicketRequest {
  ServiceId service_id;
  std::optional<std::string> language;
  std::optional<bool> priority;
  std::optional<std::vector<ServiceId>> additional_service_ids;
};
BOOST_DESCRIBE_STRUCT(IssueTicketRequest, (), (service_id, language, priority, additional_service_ids))

struct CheckInRequest {
  std::optional<std::string> language;
};
BOOST_DESCRIBE_STRUCT(CheckInRequest, (), (language))

struct IssuedTicket {
  TicketId id;
  std::string number;
  std::string token;
  ServiceId service_id;
  std::optional<int> position;
  std::optional<std::int64_t> estimated_wait_s;
  std::string url;
  std::optional<std::int64_t> wait_low_s;  // v1.3, as in TicketView
  std::optional<std::int64_t> wait_high_s;
  std::optional<bool> service_open;
};
BOOST_DESCRIBE_STRUCT(IssuedTicket, (), (id, number, token, service_id, position, estimated_wait_s, url, wait_low_s,
                                         wait_high_s, service_open))

// The live ticket: what a citizen's phone shows. No personal data.
struct TicketView {
  std::string number;
  ServiceId service_id;
  std::string service;
  std::string status;  // waiting, called, serving, done, no_show, cancelled, parked
  std::optional<int> position;
  std::optional<int> waiting_total;
  std::optional<std::int64_t> estimated_wait_s;
  std::int64_t waited_s = 0;
  std::optional<CounterId> counter_id;
  std::optional<std::string> counter;
  std::optional<std::string> message;
  std::string language;
  std::string office;
  TimePoint updated_at;
  // Whether postponing would let anybody pass now: false for a priority ticket, an appointment,
  // a ticket transferred to a counter, the last in line, no postponements left (v1.2).
  std::optional<bool> can_postpone;
  // v1.3: the range the wait should fall in (at least 80 % of the time), present with estimated_wait_s.
  std::optional<std::int64_t> wait_low_s;
  std::optional<std::int64_t> wait_high_s;
  // v1.3, while waiting: false when no open counter may call this ticket now (its service's counters
  // are closed, or on a break); the wait is then absent, as nobody can promise one.
  std::optional<bool> service_open;
  std::optional<TimePoint> opens_at;  // v1.3: while the office is closed, its next opening
  double time_speed = 1.0;            // v1.3: office seconds per real second (demos run faster)
};
BOOST_DESCRIBE_STRUCT(TicketView, (), (number, service_id, service, status, position, waiting_total,
                                       estimated_wait_s, waited_s, counter_id, counter, message, language,
                                       office, updated_at, can_postpone, wait_low_s, wait_high_s, service_open,
                                       opens_at, time_speed))

struct PostponeRequest {
  int places = 0;
};
BOOST_DESCRIBE_STRUCT(PostponeRequest, (), (places))

struct LoginRequest {
  std::string user;
  std::string password;
};
BOOST_DESCRIBE_STRUCT(LoginRequest, (), (user, password))

struct LoginResponse {
  std::string token;
  std::string role;
  TimePoint expires_at;
};
BOOST_DESCRIBE_STRUCT(LoginResponse, (), (token, role, expires_at))

struct TicketRef {
  TicketId ticket_id;
};
BOOST_DESCRIBE_STRUCT(TicketRef, (), (ticket_id))

struct TransferRequest {
  std::optional<ServiceId> service_id;
  std::optional<CounterId> counter_id;
  // v1.7: for the clerk who calls it next (at most 500 bytes). Staff only; forgotten after retention.
  std::optional<std::string> note;
};
BOOST_DESCRIBE_STRUCT(TransferRequest, (), (service_id, counter_id, note))

// v1.7. How the current service ended: "served" (the default) or "not_served" (the citizen could
// not be served, e.g. a document was missing). The visit's next service follows either way.
struct FinishRequest {
  std::optional<std::string> outcome;
};
BOOST_DESCRIBE_STRUCT(FinishRequest, (), (outcome))

// v1.6. A counter that stops calling while citizens wait whom no other counter could call is refused
// with `service_unstaffed`; the clerk may confirm with despite_unstaffed (unless the office refuses).
struct CloseRequest {
  std::optional<bool> despite_unstaffed;
};
BOOST_DESCRIBE_STRUCT(CloseRequest, (), (despite_unstaffed))

struct BreakRequest {
  std::string reason;  // the id of one of GET /api/v1/break-reasons
  std::optional<bool> despite_unstaffed;
};
BOOST_DESCRIBE_STRUCT(BreakRequest, (), (reason, despite_unstaffed))

struct BreakReason {
  std::string id;    // "lunch"
  std::string name;  // in the asked language: "Mittagspause"
};
BOOST_DESCRIBE_STRUCT(BreakReason, (), (id, name))

struct BreakReasonList {
  std::vector<BreakReason> reasons;
};
BOOST_DESCRIBE_STRUCT(BreakReasonList, (), (reasons))

struct QueueEntry {
  TicketId id;
  std::string number;
  ServiceId service_id;
  std::string status;
  std::optional<int> position;
  std::optional<std::int64_t> estimated_wait_s;
  std::int64_t waited_s = 0;
  bool priority = false;
  bool appointment = false;
  std::optional<std::string> appointment_code;
  std::optional<CounterId> counter_id;
  // v1.7: the note of the clerk who transferred it, until its service there ends.
  std::optional<std::string> transfer_note;
  // v1.7, for a visit of several services: all of them in order, and the index of service_id among them.
  std::optional<std::vector<ServiceId>> visit_service_ids;
  std::optional<int> visit_index;
  // v1.7: how often the current call was repeated (present from the first recall on).
  std::optional<int> recalls;
};
BOOST_DESCRIBE_STRUCT(QueueEntry, (), (id, number, service_id, status, position, estimated_wait_s, waited_s,
                                       priority, appointment, appointment_code, counter_id, transfer_note,
                                       visit_service_ids, visit_index, recalls))

struct QueueView {
  std::vector<QueueEntry> tickets;
};
BOOST_DESCRIBE_STRUCT(QueueView, (), (tickets))

struct CounterView {
  CounterId id;
  std::string name;
  std::vector<ServiceId> service_ids;
  bool open = false;
  std::optional<std::string> clerk;
  std::optional<QueueEntry> current;
  // While `current` is called (not yet served): seconds until it may be recalled, 0 = now (v1.1).
  std::optional<std::int64_t> recall_in_s;
  // v1.6: an emergency alarm raised at this counter and not yet acknowledged: since when, and by whom.
  // Staff only (never on a display).
  std::optional<TimePoint> alarm_since;
  std::optional<std::string> alarm_raised_by;
  // v1.6: the clerk is on a break since then, for this reason (an id of GET /api/v1/break-reasons).
  std::optional<TimePoint> break_since;
  std::optional<std::string> break_reason;
};
BOOST_DESCRIBE_STRUCT(CounterView, (), (id, name, service_ids, open, clerk, current, recall_in_s, alarm_since,
                                        alarm_raised_by, break_since, break_reason))

struct CounterList {
  std::vector<CounterView> counters;
};
BOOST_DESCRIBE_STRUCT(CounterList, (), (counters))

struct AppointmentView {
  std::string code;
  TimePoint time;
  std::vector<ServiceId> service_ids;
  std::string name;
  std::string status;  // booked, checked_in, cancelled
  std::optional<std::string> ticket_number;
};
BOOST_DESCRIBE_STRUCT(AppointmentView, (), (code, time, service_ids, name, status, ticket_number))

struct AppointmentList {
  std::vector<AppointmentView> appointments;
};
BOOST_DESCRIBE_STRUCT(AppointmentList, (), (appointments))

struct AppointmentInput {
  std::string code;
  TimePoint time;
  std::vector<ServiceId> service_ids;
  std::optional<std::string> name;
  std::optional<bool> cancelled;
};
BOOST_DESCRIBE_STRUCT(AppointmentInput, (), (code, time, service_ids, name, cancelled))

struct AppointmentImport {
  std::vector<AppointmentInput> appointments;
};
BOOST_DESCRIBE_STRUCT(AppointmentImport, (), (appointments))

struct ImportResult {
  int imported = 0;
};
BOOST_DESCRIBE_STRUCT(ImportResult, (), (imported))

// Whether the office takes citizens now (tickets are refused while closed), from its opening hours.
struct OpeningStatus {
  bool open = false;
  std::optional<TimePoint> closes_at;   // when open: the end of this opening
  std::optional<TimePoint> opens_next;  // when closed: the next opening, if any within two weeks
};
BOOST_DESCRIBE_STRUCT(OpeningStatus, (), (open, closes_at, opens_next))

// What a waiting-room display shows besides the calls: GET /api/v1/display (display devices, staff).
struct DisplayInfo {
  std::string office;
  std::optional<std::string> info_line;  // e.g. "Heute ab 12 Uhr nur Termine", from [display] in the config
  std::vector<std::string> languages;
  std::vector<CounterView> counters;  // names and services; `current` is left empty here
  std::optional<OpeningStatus> opening;  // always sent since v1.1; absent from older servers
};
BOOST_DESCRIBE_STRUCT(DisplayInfo, (), (office, info_line, languages, counters, opening))

// What a kiosk needs besides the services: GET /api/v1/kiosk (kiosk devices, staff).
struct KioskInfo {
  std::string office;
  std::vector<std::string> languages;  // offered on the touch screen, German first
  std::optional<std::string> printer;  // CUPS queue for tickets ([kiosk] printer); null: the kiosk's default
  std::optional<OpeningStatus> opening;  // always sent since v1.1; absent from older servers
};
BOOST_DESCRIBE_STRUCT(KioskInfo, (), (office, languages, printer, opening))

// ---- device health (v1.4) ----

// A receipt printer as its kiosk sees it (IPP printer-state and printer-state-reasons, and the roll
// the kiosk counts because many receipt printers report nothing about paper).
struct PrinterStatus {
  std::string state;                 // idle, processing, stopped, unknown
  bool accepting_jobs = false;
  std::vector<std::string> reasons;  // e.g. media-low, media-empty-error (never "none")
  bool paper_low = false;            // a reason or the counted roll says so
  std::optional<std::int64_t> paper_left_tickets;  // the counted roll; absent when not counted
};
BOOST_DESCRIBE_STRUCT(PrinterStatus, (), (state, accepting_jobs, reasons, paper_low, paper_left_tickets))

// A kiosk's or display's heartbeat: POST /api/v1/devices/self/status (the device's own token).
struct DeviceStatusReport {
  std::string app_version;
  std::int64_t next_report_s = 60;          // it reports again within this; unreachable after twice as long
  std::optional<PrinterStatus> printer;     // kiosks
  std::optional<std::string> last_error;    // the latest problem in the device's own words, for staff
};
BOOST_DESCRIBE_STRUCT(DeviceStatusReport, (), (app_version, next_report_s, printer, last_error))

// An enrolled kiosk or display as staff see it: GET /api/v1/devices and the topic "devices".
struct DeviceHealth {
  std::string name;    // as enrolled, e.g. "Kiosk Eingang"
  std::string kind;    // kiosk, display
  std::string status;  // ok, attention (problems, still working), unreachable, never_reported
  // Codes of what staff should look at: unreachable, paper_empty, paper_low, printer_stopped,
  // printer_not_accepting, printer_offline, media_jam, door_open, device_error.
  std::vector<std::string> problems;
  std::optional<TimePoint> last_report_at;  // office clock
  std::optional<std::int64_t> silent_s;     // real seconds since the last report
  std::optional<std::string> app_version;
  // The printer as reported last (kiosks). Flat: PrinterStatus is a request type, decoded strictly.
  std::optional<std::string> printer_state;
  std::vector<std::string> printer_reasons;
  std::optional<std::int64_t> paper_left_tickets;
  std::optional<std::string> last_error;
};
BOOST_DESCRIBE_STRUCT(DeviceHealth, (),
                      (name, kind, status, problems, last_report_at, silent_s, app_version, printer_state,
                       printer_reasons, paper_left_tickets, last_error))

struct DeviceHealthList {
  std::vector<DeviceHealth> devices;  // by name
};
BOOST_DESCRIBE_STRUCT(DeviceHealthList, (), (devices))

// Who the caller is: GET /api/v1/auth/me (any valid token).
struct Me {
  std::string kind;                            // "staff" or "device"
  std::string name;                            // user or device name
  std::optional<std::string> role;             // staff: clerk, manager, admin
  std::optional<std::string> device_kind;      // devices: kiosk, display
  std::optional<TimePoint> expires_at;         // staff: when the session ends
  // staff: seconds the session has left (v1.1), for clients whose own clock may be wrong
  std::optional<std::int64_t> expires_in_s;
};
BOOST_DESCRIBE_STRUCT(Me, (), (kind, name, role, device_kind, expires_at, expires_in_s))

// ---- events topic payloads ----

struct CallNotice {
  std::string number;
  CounterId counter_id;
  std::string counter;
  TimePoint at;
  bool recall = false;
  ServiceId service_id;
};
BOOST_DESCRIBE_STRUCT(CallNotice, (), (number, counter_id, counter, at, recall, service_id))

struct ServiceLoad {
  ServiceId service_id;
  int waiting = 0;
  std::optional<std::int64_t> estimated_wait_s;
  std::optional<std::int64_t> wait_low_s;  // v1.3, as in ServiceInfo
  std::optional<std::int64_t> wait_high_s;
  std::optional<bool> service_open;
};
BOOST_DESCRIBE_STRUCT(ServiceLoad, (), (service_id, waiting, estimated_wait_s, wait_low_s, wait_high_s, service_open))

struct ServiceLoadList {
  std::vector<ServiceLoad> services;
};
BOOST_DESCRIBE_STRUCT(ServiceLoadList, (), (services))

struct CallsSnapshot {
  std::vector<CallNotice> recent_calls;
  std::vector<ServiceLoad> services;
};
BOOST_DESCRIBE_STRUCT(CallsSnapshot, (), (recent_calls, services))

// The office manager's figures (GET /api/v1/manage/figures): one row per Berlin day, hour of arrival
// and service. docs/statistics.md defines every field; the CSV and XLSX exports show these rows.
// Durations are whole seconds except the means; a duration nobody had is absent, never a 0.
struct FigureRow {
  std::string day;  // "2026-12-08"
  int hour = 0;     // 0..23, the hour the tickets were issued
  ServiceId service_id;
  std::string service;  // its name in the asked language
  int arrivals_walk_in = 0;
  int arrivals_appointment = 0;
  int served = 0;
  int not_served = 0;
  int no_shows_walk_in = 0;
  int no_shows_appointment = 0;
  int cancelled_by_citizen = 0;
  int cancelled_end_of_day = 0;
  int transfers_out = 0;
  int transfers_in = 0;
  int postponements = 0;
  int parkings = 0;
  std::int64_t parked_s = 0;
  int waits = 0;                      // how many waits the wait figures summarise
  std::optional<double> wait_mean_s;  // to a tenth of a second
  std::optional<std::int64_t> wait_median_s;
  std::optional<std::int64_t> wait_p90_s;
  std::optional<std::int64_t> wait_max_s;
  std::optional<double> walk_mean_s;
  std::optional<std::int64_t> walk_median_s;
  std::optional<std::int64_t> walk_p90_s;
  std::optional<std::int64_t> walk_max_s;
  std::optional<double> service_mean_s;
  std::optional<std::int64_t> service_median_s;
  std::optional<std::int64_t> service_p90_s;
  std::optional<std::int64_t> service_max_s;
  int served_within_target = 0;
  std::optional<double> sla_percent;  // served within target of all served, 0..100 to a tenth
};
BOOST_DESCRIBE_STRUCT(FigureRow, (),
                      (day, hour, service_id, service, arrivals_walk_in, arrivals_appointment, served, not_served,
                       no_shows_walk_in, no_shows_appointment, cancelled_by_citizen, cancelled_end_of_day,
                       transfers_out, transfers_in, postponements, parkings, parked_s, waits, wait_mean_s,
                       wait_median_s, wait_p90_s, wait_max_s, walk_mean_s, walk_median_s, walk_p90_s, walk_max_s,
                       service_mean_s, service_median_s, service_p90_s, service_max_s, served_within_target,
                       sla_percent))

struct FiguresReport {
  std::string office_id;
  std::string from;               // first day, inclusive
  std::string to;                 // last day, inclusive
  std::int64_t sla_target_s = 0;  // the wait the SLA figures count against
  std::vector<FigureRow> rows;    // by day, hour and service id
};
BOOST_DESCRIBE_STRUCT(FiguresReport, (), (office_id, from, to, sla_target_s, rows))

}  // namespace civiq::protocol
