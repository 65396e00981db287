// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The public booking API of civiq-central (issue #15), defined once: its routes, its messages and
// the error codes only it uses. docs/booking-api.md describes them for people. Generic errors
// (invalid_json, invalid_request, not_found, method_not_allowed, ...) are those of error_code.hpp.
// The same contract rules as the branch: the server decodes strictly, clients tolerantly.
#include <boost/describe.hpp>
#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/berlin_time.hpp"
#include "domain/ids.hpp"
#include "routes.hpp"

namespace civiq::protocol {

namespace booking_route {
inline constexpr RouteDef kServices{"GET", "/api/v1/booking/services"};
inline constexpr RouteDef kOffices{"GET", "/api/v1/booking/offices"};
inline constexpr RouteDef kSlots{"GET", "/api/v1/booking/slots"};
inline constexpr RouteDef kChallenge{"GET", "/api/v1/booking/challenge"};
inline constexpr RouteDef kHolds{"POST", "/api/v1/booking/holds"};
inline constexpr RouteDef kConfirmHold{"POST", "/api/v1/booking/holds/{id}/confirm"};
inline constexpr RouteDef kActivate{"POST", "/api/v1/booking/activate/{token}"};
inline constexpr RouteDef kManage{"GET", "/api/v1/booking/manage/{token}"};
inline constexpr RouteDef kCancel{"POST", "/api/v1/booking/manage/{token}/cancel"};
inline constexpr RouteDef kRebook{"POST", "/api/v1/booking/manage/{token}/rebook"};
inline constexpr RouteDef kAttend{"POST", "/api/v1/booking/manage/{token}/attend"};
inline constexpr RouteDef kRename{"POST", "/api/v1/booking/manage/{token}/name"};
inline constexpr RouteDef kCodeQr{"GET", "/api/v1/booking/codes/{code}/qr.svg"};
inline constexpr RouteDef kWaitlist{"POST", "/api/v1/booking/waitlist"};
inline constexpr RouteDef kWaitlistPlace{"GET", "/api/v1/booking/manage/{token}/waitlist"};
inline constexpr RouteDef kLeaveWaitlist{"POST", "/api/v1/booking/manage/{token}/waitlist/leave"};
inline constexpr RouteDef kOffer{"GET", "/api/v1/booking/offers/{token}"};
inline constexpr RouteDef kClaimOffer{"POST", "/api/v1/booking/offers/{token}/claim"};
// Staff: office managers and the county's admins, signed in (Authorization: Bearer TOKEN).
inline constexpr RouteDef kStaffLogin{"POST", "/api/v1/booking/staff/login"};
inline constexpr RouteDef kStaffLogout{"POST", "/api/v1/booking/staff/logout"};
inline constexpr RouteDef kStaffBookings{"GET", "/api/v1/booking/staff/bookings"};
inline constexpr RouteDef kStaffBook{"POST", "/api/v1/booking/staff/bookings"};
inline constexpr RouteDef kStaffAvailability{"GET", "/api/v1/booking/staff/availability"};
inline constexpr RouteDef kStaffClosures{"GET", "/api/v1/booking/staff/closures"};
inline constexpr RouteDef kStaffClose{"POST", "/api/v1/booking/staff/closures"};
inline constexpr RouteDef kStaffReopen{"DELETE", "/api/v1/booking/staff/closures/{id}"};
inline constexpr RouteDef kStaffDeskChanges{"GET", "/api/v1/booking/staff/desk-changes"};
inline constexpr RouteDef kStaffChangeDesks{"POST", "/api/v1/booking/staff/desk-changes"};
inline constexpr RouteDef kStaffUndoDeskChange{"DELETE", "/api/v1/booking/staff/desk-changes/{id}"};
inline constexpr RouteDef kStaffRefusals{"GET", "/api/v1/booking/staff/refusals"};
inline constexpr RouteDef kStaffBranches{"GET", "/api/v1/booking/staff/branches"};
// Branches (issue #16, docs/sync.md): a branch's machine credential pulls its office's appointments.
inline constexpr RouteDef kSyncAppointments{"GET", "/api/v1/booking/sync/appointments"};
inline constexpr RouteDef kSyncFacts{"POST", "/api/v1/booking/sync/facts"};
// Every staff route starts so (civiq-central hands them to its staff API as a whole).
inline constexpr std::string_view kStaffPrefix = "/api/v1/booking/staff/";
inline constexpr RouteDef kHealth{"GET", "/api/v1/health"};
// This API's OpenAPI 3.1 document (booking_openapi.hpp).
inline constexpr RouteDef kOpenApi{"GET", "/api/v1/booking/openapi.json"};
// clang-format off
inline constexpr std::array kAll{kServices,      kOffices,       kSlots,  kChallenge,  kHolds,  kConfirmHold,
                                 kActivate,      kManage,        kCancel, kRebook,     kAttend, kRename, kCodeQr,
                                 kWaitlist,      kWaitlistPlace, kLeaveWaitlist, kOffer, kClaimOffer,
                                 kStaffLogin, kStaffLogout, kStaffBookings, kStaffBook, kStaffAvailability,
                                 kStaffClosures, kStaffClose, kStaffReopen, kStaffDeskChanges, kStaffChangeDesks,
                                 kStaffUndoDeskChange, kStaffRefusals, kStaffBranches,
                                 kSyncAppointments, kSyncFacts,
                                 kHealth, kOpenApi};
// clang-format on
}  // namespace booking_route

// The citizens' booking pages (booking-web/), served by civiq-central beside its API. The mails link
// to the activation and manage pages (path_of(kActivate, token)); each is the same page, which reads
// its token from the address and asks the API.
namespace booking_page {
inline constexpr RouteDef kStart{"GET", "/booking/"};
inline constexpr RouteDef kActivate{"GET", "/booking/activate/{token}"};
inline constexpr RouteDef kManage{"GET", "/booking/manage/{token}"};
inline constexpr RouteDef kOffer{"GET", "/booking/offer/{token}"};
inline constexpr RouteDef kAsset{"GET", "/booking/static/{file}"};
inline constexpr RouteDef kTranslation{"GET", "/booking/static/i18n/{file}"};
}  // namespace booking_page

// Errors of booking that the branch never gives.
enum class BookingError {
  UnknownOffice,
  UnknownHold,
  UnknownActivation,
  SlotNotBookable,
  SlotTaken,
  HoldExpired,
  ActivationExpired,
  AddressLimit,
  UnknownManage,
  CancelTooLate,
  RebookTooLate,
  BookingCancelled,
  ProofOfWork,
  UnknownOffer,
  OfferExpired,
  UnknownClosure,
  UnknownDeskChange,
  AlreadyClosed,
  ChannelFull,
};

struct BookingErrorInfo {
  BookingError code;
  std::string_view name;
  int http_status;
};

inline constexpr std::array kBookingErrors{
    BookingErrorInfo{BookingError::UnknownOffice, "unknown_office", 404},
    BookingErrorInfo{BookingError::UnknownHold, "unknown_hold", 404},
    // The activation link is not (or no longer) one of a booking: mistyped, or the booking is gone.
    BookingErrorInfo{BookingError::UnknownActivation, "unknown_activation", 404},
    // The slot is not offered at all: a closed day, outside the hours, not yet released, too soon.
    BookingErrorInfo{BookingError::SlotNotBookable, "slot_not_bookable", 409},
    // The slot was offered but another citizen took its last desk first.
    BookingErrorInfo{BookingError::SlotTaken, "slot_taken", 409},
    // The hold's time ran out before the contact data came; the slot went back to everyone.
    BookingErrorInfo{BookingError::HoldExpired, "hold_expired", 409},
    // The activation link came too late; the slot went back to everyone.
    BookingErrorInfo{BookingError::ActivationExpired, "activation_expired", 409},
    // This e-mail address (case and plus-addressing aside) already has its bookings for a service.
    BookingErrorInfo{BookingError::AddressLimit, "address_limit", 409},
    // The manage link's token is not one of a booking.
    BookingErrorInfo{BookingError::UnknownManage, "unknown_manage", 404},
    // The appointment has begun (or is past): it can no longer be cancelled online.
    BookingErrorInfo{BookingError::CancelTooLate, "cancel_too_late", 409},
    // The appointment has begun (or is past): it can no longer be moved online.
    BookingErrorInfo{BookingError::RebookTooLate, "rebook_too_late", 409},
    // The booking was cancelled: there is no appointment left to move.
    BookingErrorInfo{BookingError::BookingCancelled, "booking_cancelled", 409},
    // A hold (or a search beyond the free ones) needs a solved challenge of GET
    // /api/v1/booking/challenge: missing, wrong, expired or used already.
    BookingErrorInfo{BookingError::ProofOfWork, "proof_of_work", 403},
    // The waitlist offer's link is not one of an offer (mistyped, or the offer was claimed).
    BookingErrorInfo{BookingError::UnknownOffer, "unknown_offer", 404},
    // The offer's claim window has passed; the slot went to the next waiting citizen or to everyone.
    BookingErrorInfo{BookingError::OfferExpired, "offer_expired", 409},
    // Staff: no closure with that id (reopened already, or never made).
    BookingErrorInfo{BookingError::UnknownClosure, "unknown_closure", 404},
    // Staff: no desk change with that id (undone already, or never made).
    BookingErrorInfo{BookingError::UnknownDeskChange, "unknown_desk_change", 404},
    // Staff: the office's day is closed already (one closure per office and day).
    BookingErrorInfo{BookingError::AlreadyClosed, "already_closed", 409},
    // Staff: the channel's share of that day (phone or counter) is booked up; desks may still be free
    // for the other channels and for walk-ins.
    BookingErrorInfo{BookingError::ChannelFull, "channel_full", 409},
};

struct BookingHealth {
  std::string status;  // "ok"
  std::string version;
  std::int64_t waiting_pulls = 0;  // branches' long polls waiting for a change now (docs/sync.md)
};
BOOST_DESCRIBE_STRUCT(BookingHealth, (), (status, version, waiting_pulls))

struct BookingServiceInfo {
  domain::ServiceId id;
  std::string leika_id;
  std::string name;                         // in the asked language
  std::map<std::string, std::string> names;  // in every language it has
  std::int64_t length_s = 0;                 // one appointment for it
};
BOOST_DESCRIBE_STRUCT(BookingServiceInfo, (), (id, leika_id, name, names, length_s))

struct BookingServiceList {
  std::vector<BookingServiceInfo> services;
};
BOOST_DESCRIBE_STRUCT(BookingServiceList, (), (services))

struct BookingOfficeInfo {
  std::string id;  // "loebau"
  std::string name;
  std::string address;
  std::vector<domain::ServiceId> service_ids;  // what it takes appointments for
};
BOOST_DESCRIBE_STRUCT(BookingOfficeInfo, (), (id, name, address, service_ids))

struct BookingOfficeList {
  std::vector<BookingOfficeInfo> offices;
};
BOOST_DESCRIBE_STRUCT(BookingOfficeList, (), (offices))

struct SlotInfo {
  std::string start;  // local time of day in the office, "09:15"
  int free_desks = 0;
};
BOOST_DESCRIBE_STRUCT(SlotInfo, (), (start, free_desks))

struct SlotDay {
  std::string day;  // "2026-12-08", the office's (Europe/Berlin) date
  std::vector<SlotInfo> slots;
};
BOOST_DESCRIBE_STRUCT(SlotDay, (), (day, slots))

struct SlotList {
  std::string office;
  std::vector<domain::ServiceId> service_ids;
  std::int64_t length_s = 0;  // the visit's one contiguous appointment
  std::vector<SlotDay> days;  // bookable days only, in date order
};
BOOST_DESCRIBE_STRUCT(SlotList, (), (office, service_ids, length_s, days))

// A proof-of-work challenge, in ALTCHA's fields (altcha.org): find `number` (0..maxnumber) with
// SHA-256(salt + number) = challenge, then send the solution with the hold.
struct Challenge {
  std::string algorithm;  // "SHA-256"
  std::string challenge;  // hex
  int maxnumber = 0;
  std::string salt;       // random, with "?expires=<unix time>"
  std::string signature;  // HMAC-SHA-256 of the challenge, hex
};
BOOST_DESCRIBE_STRUCT(Challenge, (), (algorithm, challenge, maxnumber, salt, signature))

// ALTCHA's solution payload (before base64): the challenge's fields and the number found.
struct ChallengeSolution {
  std::string algorithm;
  std::string challenge;
  std::int64_t number = 0;
  std::string salt;
  std::string signature;
};
BOOST_DESCRIBE_STRUCT(ChallengeSolution, (), (algorithm, challenge, number, salt, signature))

// Hold a slot while the citizen types their contact data.
struct HoldRequest {
  std::string office;
  std::vector<domain::ServiceId> service_ids;
  std::string day;    // "2026-12-08"
  std::string start;  // "09:15"
  // The solved challenge: base64 of ChallengeSolution's JSON (ALTCHA's widget sends exactly that).
  std::optional<std::string> altcha;
};
BOOST_DESCRIBE_STRUCT(HoldRequest, (), (office, service_ids, day, start, altcha))

// Move a booking to another slot of the same office, for the same services (the manage page).
struct RebookRequest {
  std::string day;    // "2026-12-09"
  std::string start;  // "10:30"
  // The solved challenge, as for a hold: moving takes a slot as a hold does.
  std::optional<std::string> altcha;
};
BOOST_DESCRIBE_STRUCT(RebookRequest, (), (day, start, altcha))

struct Hold {
  std::string id;  // unguessable: it alone lets the citizen go on with this hold
  std::string office;
  std::vector<domain::ServiceId> service_ids;
  std::string day;
  std::string start;
  std::int64_t length_s = 0;
  domain::TimePoint expires_at;  // the slot returns to everyone after this
};
BOOST_DESCRIBE_STRUCT(Hold, (), (id, office, service_ids, day, start, length_s, expires_at))

// The citizen's contact data for a hold: as little as booking needs.
struct ContactRequest {
  std::string name;
  std::string email;
  std::optional<std::string> phone;
  std::optional<std::string> language;  // of the mails: de (default), en, pl, cs
};
BOOST_DESCRIBE_STRUCT(ContactRequest, (), (name, email, phone, language))

struct BookingView {
  std::string id;
  std::string status;  // awaiting_activation, confirmed, cancelled
  std::string office;
  std::vector<domain::ServiceId> service_ids;
  std::string day;
  std::string start;
  std::int64_t length_s = 0;
  std::optional<std::string> code;              // once confirmed: what the kiosk checks in
  std::optional<domain::TimePoint> activate_by;  // while awaiting activation
  // When the citizen said they will come (the reminder's "I will come"); none until then, and again
  // none after a move to another slot.
  std::optional<domain::TimePoint> attendance_confirmed_at;
};
BOOST_DESCRIBE_STRUCT(BookingView, (), (id, status, office, service_ids, day, start, length_s, code, activate_by,
                                        attendance_confirmed_at))

// Join the waitlist of the booking the manage link names (POST /api/v1/booking/waitlist).
// The citizen corrects the spelling of their name. Appointments are personal: another person's name
// cancels the booking (Berlin's rule against resale; booking::another_person decides).
struct NameChange {
  std::string name;
};
BOOST_DESCRIBE_STRUCT(NameChange, (), (name))

struct WaitlistRequest {
  std::string token;  // the manage link's token
};
BOOST_DESCRIBE_STRUCT(WaitlistRequest, (), (token))

// A slot held for a waiting citizen.
struct WaitlistOffer {
  std::string day;
  std::string start;
  domain::TimePoint claim_by;
};
BOOST_DESCRIBE_STRUCT(WaitlistOffer, (), (day, start, claim_by))

struct WaitlistStatus {
  std::optional<domain::TimePoint> waiting_since;  // none: not on the waitlist
  std::optional<WaitlistOffer> offer;              // the slot held for them now, if any
};
BOOST_DESCRIBE_STRUCT(WaitlistStatus, (), (waiting_since, offer))

// What an offer's link shows: the earlier slot, and the appointment it would replace.
struct OfferView {
  std::string status;  // open, expired
  std::string office;
  std::vector<domain::ServiceId> service_ids;
  std::int64_t length_s = 0;
  std::string day;  // the offered slot
  std::string start;
  domain::TimePoint claim_by;
  std::string booked_day;  // the appointment now
  std::string booked_start;
};
BOOST_DESCRIBE_STRUCT(OfferView, (), (status, office, service_ids, length_s, day, start, claim_by, booked_day,
                                      booked_start))

// A branch's pull (GET /api/v1/booking/sync/appointments?after=N[&until=DAY]): its office's
// appointments changed after change number N, in the shape of the branch's appointment import, and
// the number to ask after next time. `more`: ask again at once.
struct SyncAppointment {
  std::int64_t seq = 0;
  std::string code;
  domain::TimePoint time;  // the appointment's start
  std::vector<domain::ServiceId> service_ids;
  std::optional<std::string> name;  // absent once retention forgot it, and outside the window
  bool cancelled = false;
  // v1.x (the window, docs/sync.md): true when the appointment now lies after the pull's `until`;
  // it carries no name, and a branch that holds it drops it from its window. Absent from older centres.
  std::optional<bool> outside_window;
};
BOOST_DESCRIBE_STRUCT(SyncAppointment, (), (seq, code, time, service_ids, name, cancelled, outside_window))

struct SyncBatch {
  std::string office;
  std::int64_t cursor = 0;
  std::vector<SyncAppointment> appointments;  // by change number
  bool more = false;
};
BOOST_DESCRIBE_STRUCT(SyncBatch, (), (office, cursor, appointments, more))

// The way back (docs/sync.md): what the office's queue recorded, as anonymous facts for the centre
// and its statistics. `instance` and `seq` name a fact county-wide: the identity of the branch
// database that recorded the event (a restored backup has its own, and names its earlier events by
// the database they came from) and its event's number there. Never a name, a note, a ticket's
// token, a clerk's or device's name, a break's reason.
struct BranchFact {
  std::string instance;  // 32 hex digits
  std::int64_t seq = 0;
  std::string type;        // the event's type: "ticket_issued", "ticket_called", "service_finished", …
  domain::TimePoint at;
  std::string office_day;  // "2026-12-08"
  std::optional<std::int64_t> ticket;
  std::optional<std::int64_t> counter;
  std::vector<domain::ServiceId> service_ids;   // issued: its services; finished: the one served; transferred: to
  std::optional<std::string> appointment_code;  // a ticket issued by an appointment's check-in
  std::optional<std::int64_t> served_s;         // finished, transferred after service
  std::optional<std::string> outcome;  // finished: served, not_served; no-show: clerk, recall_limit; cancelled: citizen, end_of_day
  bool priority = false;                // issued
};
BOOST_DESCRIBE_STRUCT(BranchFact, (), (instance, seq, type, at, office_day, ticket, counter, service_ids, appointment_code,
                                       served_s, outcome, priority))

struct BranchFactBatch {
  std::vector<BranchFact> facts;  // by seq, at most 200
  std::int64_t pending = 0;       // how many more wait in the branch's outbox after these
};
BOOST_DESCRIBE_STRUCT(BranchFactBatch, (), (facts, pending))

struct BranchFactReceipt {
  std::string office;
  std::int64_t received = 0;  // facts in the batch
  std::int64_t stored = 0;    // of those, new to the centre (a retried batch stores none again)
};
BOOST_DESCRIBE_STRUCT(BranchFactReceipt, (), (office, received, stored))

// Staff (docs/booking-api.md, "Staff"): sign-in, the day's bookings with the citizens' contact
// data, closures of an office's day, and the audit log of refusals.
struct StaffLoginRequest {
  std::string user;
  std::string password;
};
BOOST_DESCRIBE_STRUCT(StaffLoginRequest, (), (user, password))

struct StaffSession {
  std::string token;  // 256 random bits (hex); send it as Authorization: Bearer TOKEN
  domain::TimePoint expires_at;
  std::string role;  // manager, admin
};
BOOST_DESCRIBE_STRUCT(StaffSession, (), (token, expires_at, role))

// A booking of the day as the office sees it: with the citizen (absent once retention forgot them).
struct StaffBooking {
  std::string id;
  std::string status;  // awaiting_activation, confirmed, cancelled
  std::string start;
  std::int64_t length_s = 0;
  std::vector<domain::ServiceId> service_ids;
  std::optional<std::string> code;
  std::optional<std::string> name;
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::string language;
  // What its branch reported (docs/sync.md): checked_in, no_show once the day is reported completely;
  // absent while neither is known.
  std::optional<std::string> attendance;
};
BOOST_DESCRIBE_STRUCT(StaffBooking, (), (id, status, start, length_s, service_ids, code, name, email, phone, language,
                                         attendance))

struct StaffBookingList {
  std::string office;
  std::string day;
  std::vector<StaffBooking> bookings;  // by start
};
BOOST_DESCRIBE_STRUCT(StaffBookingList, (), (office, day, bookings))

// Staff book for a caller (channel phone) or a citizen at the counter (counter), within that
// channel's quota: confirmed at once, no proof of work and no opt-in. With an e-mail address the
// citizen gets the confirmation mail; without, staff tell them the code.
struct StaffBookingRequest {
  std::string office;
  std::vector<domain::ServiceId> service_ids;
  std::string day;      // "2026-12-09"
  std::string start;    // "10:30"
  std::string channel;  // phone, counter
  std::string name;
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::optional<std::string> language;  // of the mail: de (default), en, pl, cs
};
BOOST_DESCRIBE_STRUCT(StaffBookingRequest, (), (office, service_ids, day, start, channel, name, email, phone, language))

// One channel's part of a day, in appointments of the office's slot step.
struct ChannelDay {
  std::string channel;  // online, phone, counter
  int share_percent = 0;
  int quota = 0;   // what it may book now: its share, released so far
  int booked = 0;  // held or booked through it
};
BOOST_DESCRIBE_STRUCT(ChannelDay, (), (channel, share_percent, quota, booked))

struct AvailabilityDay {
  std::string day;
  bool open = false;  // hours, no holiday, not closed (county.toml or a closure)
  int capacity = 0;   // appointments of the slot step on all desks
  int released_percent = 0;
  std::vector<ChannelDay> channels;
};
BOOST_DESCRIBE_STRUCT(AvailabilityDay, (), (day, open, capacity, released_percent, channels))

struct StaffAvailability {
  std::string office;
  std::int64_t step_s = 0;
  std::vector<AvailabilityDay> days;
};
BOOST_DESCRIBE_STRUCT(StaffAvailability, (), (office, step_s, days))

// Close an office's day: no slots from now on, every booking of it cancelled with a mail.
struct ClosureRequest {
  std::string office;
  std::string day;     // "2026-12-09"
  std::string reason;  // goes into every citizen's mail
};
BOOST_DESCRIBE_STRUCT(ClosureRequest, (), (office, day, reason))

struct Closure {
  std::int64_t id = 0;
  std::string office;
  std::string day;
  std::string reason;
  std::string closed_by;
  domain::TimePoint closed_at;
  int cancelled = 0;  // the bookings the closure cancelled
};
BOOST_DESCRIBE_STRUCT(Closure, (), (id, office, day, reason, closed_by, closed_at, cancelled))

struct ClosureList {
  std::string office;
  std::vector<Closure> closures;  // today and later, by day
};
BOOST_DESCRIBE_STRUCT(ClosureList, (), (office, closures))

// For a while on one day, this many desks take appointments instead of the usual number (a clerk
// at a training, a staff meeting, an extra desk): the search offers what they can take from now on.
struct DeskChangeRequest {
  std::string office;
  std::string day;   // "2026-12-09"
  std::string from;  // "12:00"
  std::string to;    // "16:00"
  int desks = 0;
  std::string reason;  // for the staff: "Schulung"
};
BOOST_DESCRIBE_STRUCT(DeskChangeRequest, (), (office, day, from, to, desks, reason))

// A time of the day's grid where more appointments overlap than desks serve.
struct OverbookedTime {
  std::string start;  // "12:30"
  int booked = 0;
  int desks = 0;
};
BOOST_DESCRIBE_STRUCT(OverbookedTime, (), (start, booked, desks))

struct DeskChange {
  std::int64_t id = 0;
  std::string office;
  std::string day;
  std::string from;
  std::string to;
  int desks = 0;
  std::string reason;
  std::string changed_by;
  domain::TimePoint changed_at;
  // Where the day's bookings now need more desks than there are (their citizens are not told: the
  // staff decide whom to move or serve anyway). Empty in lists.
  std::vector<OverbookedTime> overbooked;
};
BOOST_DESCRIBE_STRUCT(DeskChange, (), (id, office, day, from, to, desks, reason, changed_by, changed_at, overbooked))

struct DeskChangeList {
  std::string office;
  std::vector<DeskChange> changes;  // today and later, by day and time
};
BOOST_DESCRIBE_STRUCT(DeskChangeList, (), (office, changes))

// Refusals of one minute, route, error code, client subnet and office, counted.
struct RefusalCount {
  domain::TimePoint minute;
  std::string route;   // "POST /api/v1/booking/holds"
  std::string error;   // "slot_taken"
  std::string subnet;  // "203.0.113.0/24": never the address
  std::optional<std::string> office;
  std::int64_t count = 0;
};
BOOST_DESCRIBE_STRUCT(RefusalCount, (), (minute, route, error, subnet, office, count))

struct RefusalList {
  domain::TimePoint from;
  domain::TimePoint to;
  std::vector<RefusalCount> refusals;  // oldest first
  bool truncated = false;              // more than the list holds: ask for a shorter time
};
BOOST_DESCRIBE_STRUCT(RefusalList, (), (from, to, refusals, truncated))

// How an office's branch keeps up with central booking (docs/sync.md).
struct BranchSync {
  std::string office;
  // "in_step", "behind" (its newest changes not applied yet), "silent" (no pull for two minutes),
  // "never_pulled", "not_enrolled" (no credential)
  std::string state;
  std::optional<domain::TimePoint> last_pull_at;
  std::int64_t applied_seq = 0;  // the office's change number the branch had applied at its last pull
  std::int64_t latest_seq = 0;   // the office's newest change number
  std::optional<domain::TimePoint> enrolled_at;  // when its credential was made
  std::optional<domain::TimePoint> last_upload_at;  // the way back: its last batch of facts
  std::int64_t pending_facts = 0;                   // what it said then still waited in its outbox
};
BOOST_DESCRIBE_STRUCT(BranchSync, (), (office, state, last_pull_at, applied_seq, latest_seq, enrolled_at,
                                       last_upload_at, pending_facts))

struct BranchSyncList {
  std::vector<BranchSync> branches;  // by office id
};
BOOST_DESCRIBE_STRUCT(BranchSyncList, (), (branches))

}  // namespace civiq::protocol
