// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "booking_openapi.hpp"

#include <array>

#include "booking_messages.hpp"
#include "error_code.hpp"
#include "openapi_builder.hpp"

namespace civiq::protocol {

// The component names are part of the published API: clients generate their types from them.
CIVIQ_SCHEMA_NAME(BookingHealth);
CIVIQ_SCHEMA_NAME(BookingServiceInfo);
CIVIQ_SCHEMA_NAME(BookingServiceList);
CIVIQ_SCHEMA_NAME(BookingOfficeInfo);
CIVIQ_SCHEMA_NAME(BookingOfficeList);
CIVIQ_SCHEMA_NAME(SlotInfo);
CIVIQ_SCHEMA_NAME(SlotDay);
CIVIQ_SCHEMA_NAME(SlotList);
CIVIQ_SCHEMA_NAME(Challenge);
CIVIQ_SCHEMA_NAME(ChallengeSolution);
CIVIQ_SCHEMA_NAME(HoldRequest);
CIVIQ_SCHEMA_NAME(RebookRequest);
CIVIQ_SCHEMA_NAME(NameChange);
CIVIQ_SCHEMA_NAME(Hold);
CIVIQ_SCHEMA_NAME(ContactRequest);
CIVIQ_SCHEMA_NAME(BookingView);
CIVIQ_SCHEMA_NAME(WaitlistRequest);
CIVIQ_SCHEMA_NAME(WaitlistOffer);
CIVIQ_SCHEMA_NAME(WaitlistStatus);
CIVIQ_SCHEMA_NAME(OfferView);
CIVIQ_SCHEMA_NAME(StaffLoginRequest);
CIVIQ_SCHEMA_NAME(StaffSession);
CIVIQ_SCHEMA_NAME(StaffBooking);
CIVIQ_SCHEMA_NAME(StaffBookingList);
CIVIQ_SCHEMA_NAME(StaffBookingRequest);
CIVIQ_SCHEMA_NAME(ChannelDay);
CIVIQ_SCHEMA_NAME(AvailabilityDay);
CIVIQ_SCHEMA_NAME(StaffAvailability);
CIVIQ_SCHEMA_NAME(ClosureRequest);
CIVIQ_SCHEMA_NAME(Closure);
CIVIQ_SCHEMA_NAME(ClosureList);
CIVIQ_SCHEMA_NAME(DeskChangeRequest);
CIVIQ_SCHEMA_NAME(OverbookedTime);
CIVIQ_SCHEMA_NAME(DeskChange);
CIVIQ_SCHEMA_NAME(DeskChangeList);
CIVIQ_SCHEMA_NAME(RefusalCount);
CIVIQ_SCHEMA_NAME(RefusalList);
CIVIQ_SCHEMA_NAME(SyncAppointment);
CIVIQ_SCHEMA_NAME(SyncBatch);
CIVIQ_SCHEMA_NAME(BranchSync);
CIVIQ_SCHEMA_NAME(BranchFact);
CIVIQ_SCHEMA_NAME(BranchFactBatch);
CIVIQ_SCHEMA_NAME(BranchFactReceipt);
CIVIQ_SCHEMA_NAME(BranchSyncList);

namespace {

using namespace openapi;
namespace route = booking_route;
namespace page = booking_page;

constexpr Audience kCitizen{"Public: citizens and their booking pages.", Access::None};
constexpr Audience kStaff{
    "Staff: a manager (for the offices they manage) or an admin, signed in with "
    "POST /api/v1/booking/staff/login.",
    Access::Bearer};
constexpr Audience kBranch{"A branch server, with its office's machine credential (civiq-central branches add).",
                           Access::Bearer};

// Every route counts against the client's request budget; most are answered on a database worker.
constexpr unsigned kLimited = kRateLimited;
constexpr unsigned kWorker = kRateLimited | kServerSide;
constexpr std::string_view kJson = "application/json";
constexpr std::string_view kHtml = "text/html";

// The one table: each route with its request body, reply and errors, as docs/booking-api.md
// describes them (see central/booking_api.cpp, central/staff_api.cpp, central/booking_pages.cpp).
constexpr std::array kOperations{
    // citizens
    Operation{route::kServices, "listBookingServices", "citizen", "Every bookable service, named in the asked language",
              kCitizen, nullptr, 200, &reply_schema<BookingServiceList>, kJson, "", "lang", kLimited},
    Operation{route::kOffices, "listOffices", "citizen", "The offices, or those offering all of the given services",
              kCitizen, nullptr, 200, &reply_schema<BookingOfficeList>, kJson, "invalid_argument", "services",
              kLimited},
    Operation{route::kSlots, "findSlots", "citizen",
              "The free slots of an office for one visit: bookable days only, each slot with its free desks", kCitizen,
              nullptr, 200, &reply_schema<SlotList>, kJson,
              "invalid_argument proof_of_work unknown_office unknown_service",
              "office services:slots from:slots to:slots altcha:slots", kWorker},
    Operation{route::kChallenge, "getChallenge", "citizen",
              "A proof-of-work challenge (ALTCHA) to solve before a hold, a move, or a search beyond the free ones",
              kCitizen, nullptr, 200, &reply_schema<Challenge>, kJson, "not_found", "", kLimited},
    Operation{route::kHolds, "holdSlot", "citizen", "Hold a slot while the citizen types their contact data", kCitizen,
              &request_schema<HoldRequest>, 201, &reply_schema<Hold>, kJson,
              "invalid_argument proof_of_work unknown_office unknown_service slot_not_bookable slot_taken", "",
              kWorker},
    Operation{route::kConfirmHold, "confirmHold", "citizen",
              "The citizen's contact data for a hold: the booking awaits its activation link by mail", kCitizen,
              &request_schema<ContactRequest>, 202, &reply_schema<BookingView>, kJson,
              "invalid_argument unknown_hold hold_expired address_limit", "", kWorker},
    Operation{route::kActivate, "activateBooking", "citizen",
              "The citizen confirmed the mail's link: the booking is made, with its code", kCitizen,
              &request_schema<NoBody>, 200, &reply_schema<BookingView>, kJson, "unknown_activation activation_expired",
              "", kWorker},
    Operation{route::kManage, "getBooking", "citizen", "The booking the manage link names", kCitizen, nullptr, 200,
              &reply_schema<BookingView>, kJson, "unknown_manage", "", kWorker},
    Operation{route::kCancel, "cancelBooking", "citizen", "Cancel the booking; its slot is free again at once",
              kCitizen, &request_schema<NoBody>, 200, &reply_schema<BookingView>, kJson,
              "unknown_manage cancel_too_late", "", kWorker},
    Operation{route::kRebook, "rebookBooking", "citizen",
              "Move the booking to another slot of the same office, for the same services", kCitizen,
              &request_schema<RebookRequest>, 200, &reply_schema<BookingView>, kJson,
              "invalid_argument proof_of_work unknown_manage booking_cancelled rebook_too_late slot_not_bookable "
              "slot_taken",
              "", kWorker},
    Operation{route::kAttend, "confirmAttendance", "citizen", "The citizen says they will come (the reminder's link)",
              kCitizen, &request_schema<NoBody>, 200, &reply_schema<BookingView>, kJson,
              "unknown_manage booking_cancelled", "", kWorker},
    Operation{route::kRename, "renameBooking", "citizen",
              "Correct the name's spelling; another person's name cancels the booking (appointments are personal)",
              kCitizen, &request_schema<NameChange>, 200, &reply_schema<BookingView>, kJson,
              "invalid_argument unknown_manage booking_cancelled rebook_too_late", "", kWorker},
    Operation{route::kCodeQr, "getCodeQr", "citizen", "The booking code as a QR code (SVG) for the kiosk's scanner",
              kCitizen, nullptr, 200, &text, "image/svg+xml", "invalid_argument internal", "", kLimited},
    Operation{route::kWaitlist, "joinWaitlist", "citizen", "Be offered an earlier slot when one frees up", kCitizen,
              &request_schema<WaitlistRequest>, 201, &reply_schema<WaitlistStatus>, kJson,
              "unknown_manage booking_cancelled rebook_too_late", "", kWorker},
    Operation{route::kWaitlistPlace, "getWaitlistPlace", "citizen",
              "Where the booking stands on the waitlist, and the slot held for it now", kCitizen, nullptr, 200,
              &reply_schema<WaitlistStatus>, kJson, "unknown_manage", "", kWorker},
    Operation{route::kLeaveWaitlist, "leaveWaitlist", "citizen",
              "Leave the waitlist; an offer held at that moment ends", kCitizen, nullptr, 200,
              &reply_schema<WaitlistStatus>, kJson, "unknown_manage", "", kWorker},
    Operation{route::kOffer, "getOffer", "citizen", "The earlier slot an offer holds, and the appointment it replaces",
              kCitizen, nullptr, 200, &reply_schema<OfferView>, kJson, "unknown_offer", "", kWorker},
    Operation{route::kClaimOffer, "claimOffer", "citizen", "Take the offered slot: the booking moves to it", kCitizen,
              &request_schema<NoBody>, 200, &reply_schema<BookingView>, kJson,
              "unknown_offer offer_expired booking_cancelled", "", kWorker},
    // staff
    Operation{route::kStaffLogin, "staffLogin", "staff", "Sign in: a session token", kCitizen,
              &request_schema<StaffLoginRequest>, 200, &reply_schema<StaffSession>, kJson, "invalid_credentials", "",
              kWorker},
    Operation{route::kStaffLogout, "staffLogout", "staff", "End the caller's session", kStaff, nullptr, 204, nullptr,
              "", "unauthorized", "", kWorker},
    Operation{route::kStaffBookings, "listDayBookings", "staff",
              "An office's bookings of one day, with the citizens' contact data", kStaff, nullptr, 200,
              &reply_schema<StaffBookingList>, kJson, "invalid_argument unauthorized forbidden unknown_office",
              "office:staff day:staff", kWorker},
    Operation{route::kStaffBook, "bookForCitizen", "staff",
              "Book for a caller (phone) or a citizen at the counter, within that channel's quota: confirmed at once",
              kStaff, &request_schema<StaffBookingRequest>, 201, &reply_schema<BookingView>, kJson,
              "invalid_argument unauthorized forbidden unknown_office unknown_service channel_full slot_not_bookable "
              "slot_taken",
              "", kWorker},
    Operation{route::kStaffAvailability, "getAvailability", "staff",
              "An office's days: capacity, release, and each channel's quota and bookings", kStaff, nullptr, 200,
              &reply_schema<StaffAvailability>, kJson, "invalid_argument unauthorized forbidden unknown_office",
              "office:staff from:availability to:availability", kWorker},
    Operation{route::kStaffClosures, "listClosures", "staff", "An office's closed days, today and later", kStaff,
              nullptr, 200, &reply_schema<ClosureList>, kJson, "invalid_argument unauthorized forbidden unknown_office",
              "office:staff from:closures", kWorker},
    Operation{route::kStaffClose, "closeDay", "staff",
              "Close an office's day: no slots any more, and its bookings cancelled with a mail", kStaff,
              &request_schema<ClosureRequest>, 201, &reply_schema<Closure>, kJson,
              "invalid_argument unauthorized forbidden unknown_office already_closed", "", kWorker},
    Operation{route::kStaffReopen, "reopenDay", "staff",
              "Take a closure back: the day has slots again (cancelled bookings stay cancelled)", kStaff, nullptr, 200,
              &reply_schema<Closure>, kJson, "unauthorized forbidden unknown_closure", "", kWorker},
    Operation{route::kStaffDeskChanges, "listDeskChanges", "staff",
              "An office's changes of its desks on single days, today and later", kStaff, nullptr, 200,
              &reply_schema<DeskChangeList>, kJson, "invalid_argument unauthorized forbidden unknown_office",
              "office:staff from:desk-changes", kWorker},
    Operation{route::kStaffChangeDesks, "changeDesks", "staff",
              "For a while on a day, this many desks take appointments; says where bookings now overlap more", kStaff,
              &request_schema<DeskChangeRequest>, 201, &reply_schema<DeskChange>, kJson,
              "invalid_argument unauthorized forbidden unknown_office", "", kWorker},
    Operation{route::kStaffUndoDeskChange, "undoDeskChange", "staff",
              "Take a desk change back: the day has the desks it had without it", kStaff, nullptr, 200,
              &reply_schema<DeskChange>, kJson, "unauthorized forbidden unknown_desk_change", "", kWorker},
    Operation{route::kStaffRefusals, "listRefusals", "staff",
              "The audit log of refusals, counted by minute, route, code, subnet and office", kStaff, nullptr, 200,
              &reply_schema<RefusalList>, kJson, "invalid_argument unauthorized", "from:refusals to:refusals", kWorker},
    Operation{route::kStaffBranches, "listBranches", "staff",
              "How each office's branch keeps up: its state, last pull and applied change", kStaff, nullptr, 200,
              &reply_schema<BranchSyncList>, kJson, "unauthorized", "", kWorker},
    // branches
    Operation{route::kSyncAppointments, "pullAppointments", "sync",
              "The branch's office's appointments changed after a cursor, in commit order", kBranch, nullptr, 200,
              &reply_schema<SyncBatch>, kJson, "invalid_argument unauthorized", "after wait_s until from:sync",
              kWorker},
    Operation{route::kSyncFacts, "sendFacts", "sync",
              "The branch's office's queue events as anonymous facts, each stored once", kBranch,
              &request_schema<BranchFactBatch>, 200, &reply_schema<BranchFactReceipt>, kJson,
              "invalid_argument unauthorized", "", kWorker},
    // operations
    Operation{route::kHealth, "getHealth", "operations", "Liveness and version", kCitizen, nullptr, 200,
              &reply_schema<BookingHealth>, kJson, "", "", kLimited},
    Operation{route::kOpenApi, "getBookingOpenApi", "operations", "This document (OpenAPI 3.1)", kCitizen, nullptr, 200,
              &any_object, kJson, "", "", kLimited},
    // the booking pages (booking-web), served beside the API
    Operation{page::kStart, "getBookingPage", "pages", "The booking page (HTML)", kCitizen, nullptr, 200, &text, kHtml,
              "not_found", "", kLimited},
    Operation{page::kActivate, "getActivationPage", "pages", "The page the activation mail links to (HTML)", kCitizen,
              nullptr, 200, &text, kHtml, "not_found", "", kLimited},
    Operation{page::kManage, "getManagePage", "pages", "The page the manage link opens (HTML)", kCitizen, nullptr, 200,
              &text, kHtml, "not_found", "", kLimited},
    Operation{page::kOffer, "getOfferPage", "pages", "The page a waitlist offer's link opens (HTML)", kCitizen, nullptr,
              200, &text, kHtml, "not_found", "", kLimited},
    Operation{page::kAsset, "getBookingAsset", "pages", "Scripts, styles and images of the pages", kCitizen, nullptr,
              200, &anything, "*/*", "not_found", "", kLimited},
    Operation{page::kTranslation, "getBookingTranslation", "pages", "The pages' texts in one language", kCitizen,
              nullptr, 200, &any_object, kJson, "not_found", "", kLimited},
};

// The pages are no API route (booking_route::kAll), but civiq-central serves them.
constexpr std::array kPages{page::kStart, page::kActivate, page::kManage,
                            page::kOffer, page::kAsset,    page::kTranslation};

constexpr bool same(const RouteDef& a, const RouteDef& b) {
  return a.method == b.method && a.pattern == b.pattern;
}

template <std::size_t N>
constexpr bool has(const std::array<RouteDef, N>& routes, const RouteDef& def) {
  for (const auto& r : routes)
    if (same(r, def)) return true;
  return false;
}

// Each API route and page once, and nothing else.
constexpr bool table_names_every_route_once() {
  for (const auto& op : kOperations)
    if (!has(route::kAll, op.route) && !has(kPages, op.route)) return false;
  const auto listed_once = [](const RouteDef& def) {
    int count = 0;
    for (const auto& op : kOperations) count += same(op.route, def) ? 1 : 0;
    return count == 1;
  };
  for (const auto& def : route::kAll)
    if (!listed_once(def)) return false;
  for (const auto& def : kPages)
    if (!listed_once(def)) return false;
  return kOperations.size() == route::kAll.size() + kPages.size();
}
static_assert(table_names_every_route_once(),
              "kOperations names every route of booking_route::kAll and every booking page exactly once");

constexpr std::array kPathParameters{
    PathParameter{"id", "The hold's id (from POST /api/v1/booking/holds).", &json_schema<std::string>,
                  "/api/v1/booking/holds/"},
    PathParameter{"id", "The closure's id.", &json_schema<std::int64_t>, "/api/v1/booking/staff/closures/"},
    PathParameter{"id", "The desk change's id.", &json_schema<std::int64_t>, "/api/v1/booking/staff/desk-changes/"},
    PathParameter{"token", "The activation link's token (from the mail).", &json_schema<std::string>,
                  "/api/v1/booking/activate/"},
    PathParameter{"token", "The activation link's token (from the mail).", &json_schema<std::string>,
                  "/booking/activate/"},
    PathParameter{"token", "The manage link's token (from the confirmation mail).", &json_schema<std::string>,
                  "/api/v1/booking/manage/"},
    PathParameter{"token", "The manage link's token (from the confirmation mail).", &json_schema<std::string>,
                  "/booking/manage/"},
    PathParameter{"token", "The waitlist offer's token (from the offer mail).", &json_schema<std::string>,
                  "/api/v1/booking/offers/"},
    PathParameter{"token", "The waitlist offer's token (from the offer mail).", &json_schema<std::string>,
                  "/booking/offer/"},
    PathParameter{"code", "A booking code: up to 16 of A-Z, 0-9 and -, e.g. LOE-3F9A0C2B.", &json_schema<std::string>,
                  ""},
    PathParameter{"file", "A file name (no folders).", &json_schema<std::string>, ""},
};

constexpr std::array kQueryParameters{
    QueryParameter{"lang", false, "Language of `name`: de, en, pl or cs (default de)."},
    QueryParameter{"services", false, "Service ids like `1,3`: only the offices that offer all of them."},
    QueryParameter{"office", true, "The office's id, e.g. `loebau`."},
    QueryParameter{"services:slots", true,
                   "The visit's service ids like `1,5`: one contiguous appointment of their summed lengths."},
    QueryParameter{"from:slots", true, "The first day, e.g. `2026-12-08` (the office's date)."},
    QueryParameter{"to:slots", true, "The last day: not before `from`, at most 62 days in all."},
    QueryParameter{"altcha:slots", false,
                   "A solved challenge (as a hold's `altcha`, URL-encoded): needed only beyond the free searches "
                   "a minute of the client's address and subnet (403 `proof_of_work` without it)."},
    QueryParameter{"office:staff", true, "The office's id; a manager may name only the offices they manage."},
    QueryParameter{"day:staff", true, "The day, e.g. `2026-12-08`."},
    QueryParameter{"from:closures", false, "The first day (default today)."},
    QueryParameter{"from:desk-changes", false, "The first day (default today)."},
    QueryParameter{"from:availability", true, "The first day, e.g. `2026-12-08`."},
    QueryParameter{"to:availability", false, "The last day (default: `from`), at most 62 days in all."},
    QueryParameter{"from:refusals", false,
                   "From this time (`2026-12-08T10:00:00Z`) or date (default: 24 hours before `to`)."},
    QueryParameter{"after", false, "The `cursor` of the last answer (default 0: everything)."},
    QueryParameter{"wait_s", false,
                   "Up to this many seconds (0 to 60, default 0) the answer waits for a change when there is none "
                   "yet: a long poll. It comes at once when the office's appointments change."},
    QueryParameter{"until", false,
                   "The last day of the branch's window, e.g. `2026-12-15`: a later appointment's change comes with "
                   "`outside_window` and no name (default: every day)."},
    QueryParameter{"from:sync", false,
                   "With `until`: only the appointments of the days `from` to `until` (the days entering the "
                   "branch's window), nothing else."},
    QueryParameter{"to:refusals", false, "Up to this time or date (default: the minute now running)."},
};

constexpr std::array kTags{
    Tag{"citizen", "Citizens booking, seeing, moving and cancelling their appointments"},
    Tag{"staff", "Office managers and the county's admins"},
    Tag{"sync", "Branch servers pulling their office's appointments (docs/sync.md)"},
    Tag{"operations", "Monitoring and this document"},
    Tag{"pages", "The citizens' booking pages (booking-web), served beside the API"},
};

constexpr auto kErrors = named_errors(kErrorCodes, kBookingErrors);

// What a hold's or a move's `altcha` carries (base64 of its JSON): no body of its own.
void add_challenge_solution(json::object& schemas) {
  add_component_schemas<ChallengeSolution>(schemas, Reading::Tolerant);
}

constexpr Document kDocument{
    .title = "civiq central booking",
    .version = kBookingApiVersion,
    .summary = "Online booking of appointments for a county's citizen offices.",
    .description =
        "Generated from shared/protocol (booking_messages.hpp, error_code.hpp); "
        "docs/booking-api.md describes the same API for people.",
    .server_description = "the civiq-central serving this document",
    .bearer_description =
        "The staff routes take a staff session (the token of POST /api/v1/booking/staff/login); the sync "
        "routes take a branch's credential (civiq-central branches add).",
    .tags = kTags,
    .operations = kOperations,
    .path_parameters = kPathParameters,
    .query_parameters = kQueryParameters,
    .errors = kErrors,
    .add_schemas = &add_challenge_solution,
    .decorate = nullptr,
};

}  // namespace

json::value booking_openapi_json() {
  return openapi::build(kDocument);
}

std::string booking_openapi_document() {
  return json::serialize(booking_openapi_json());
}

std::string booking_openapi_document_pretty() {
  return openapi::pretty(booking_openapi_json());
}

}  // namespace civiq::protocol
