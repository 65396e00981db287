// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// What central booking answers, decided from the county's configuration, the shared booking rules
// (shared/booking) and the bookings stored: the free slots of a visit, holding one of them, making
// it a booking, and moving or cancelling that.
// No HTTP here. Thread rule: stateless; the BookingStore is the calling worker's own.
#include <string>
#include <variant>
#include <vector>

#include "booking_store.hpp"
#include "county_config.hpp"
#include "proof_of_work.hpp"
#include "protocol/booking_messages.hpp"
#include "refusal.hpp"

namespace civiq::central {

// The visit of `services` at `office` from `first` to `last` (at most kMaxSearchDays days).
inline constexpr int kMaxSearchDays = 62;

// How long a proof-of-work challenge may be solved and used.
inline constexpr std::chrono::seconds kChallengeLifetime{std::chrono::minutes{20}};

struct SlotQuery {
  std::string office;
  std::vector<domain::ServiceId> services;
  domain::LocalDate first;
  domain::LocalDate last;
};

// Checks the query against the county (office, services it offers, range) before any database work.
[[nodiscard]] std::optional<Refusal> check_query(const CountyConfig& county, const SlotQuery& query);

[[nodiscard]] protocol::SlotList free_slots(const CountyConfig& county, BookingStore& store, const SlotQuery& query,
                                            domain::TimePoint now);

// A search beyond the free ones of its address or subnet (county.toml [limits]) pays with a proof of
// work, `altcha`, each solution once; why not when it does not. `proof`: nullptr when the county
// asks for none, and then every search is free.
[[nodiscard]] std::optional<Refusal> pay_for_search(BookingStore& store, const ProofOfWork* proof,
                                                    const std::optional<std::string>& altcha, domain::TimePoint now);

// `proof`: the proof of work every hold must carry; nullptr when the county asks for none.
[[nodiscard]] std::variant<protocol::Hold, Refusal> place_hold(const CountyConfig& county, BookingStore& store,
                                                               const protocol::HoldRequest& request,
                                                               const ProofOfWork* proof, domain::TimePoint now);

// The contact data for hold `hold_id`: checked, stored, and the activation mail queued.
[[nodiscard]] std::variant<protocol::BookingView, Refusal> confirm_contact(const CountyConfig& county,
                                                                           BookingStore& store,
                                                                           const std::string& hold_id,
                                                                           const protocol::ContactRequest& contact,
                                                                           domain::TimePoint now);

// The activation link's token: the booking is made and the confirmation mail queued.
[[nodiscard]] std::variant<protocol::BookingView, Refusal> activate_booking(const CountyConfig& county,
                                                                            BookingStore& store,
                                                                            const std::string& token,
                                                                            domain::TimePoint now);

// A booking staff make for a caller or a citizen at the counter (staff_booking.hpp checks who may),
// within `channel`'s quota: the slot as a hold would take it, confirmed at once, the confirmation
// mail queued when the citizen gave an address.
[[nodiscard]] std::variant<protocol::BookingView, Refusal> book_directly(const CountyConfig& county, BookingStore& store,
                                                                         const protocol::StaffBookingRequest& request,
                                                                         booking::Channel channel, domain::TimePoint now);

// The citizen corrects their name on the manage page: the booking answered with it, or cancelled
// (and the citizen mailed) when it is another person's name: appointments are personal.
[[nodiscard]] std::variant<protocol::BookingView, Refusal> rename_booking(const CountyConfig& county,
                                                                          BookingStore& store, const std::string& token,
                                                                          const protocol::NameChange& request,
                                                                          domain::TimePoint now);

// The booking the manage link names (a GET: it only shows).
[[nodiscard]] std::variant<protocol::BookingView, Refusal> managed_booking(BookingStore& store,
                                                                           const std::string& token);

// Cancels it from the page the manage link opens (a POST), before it begins; the slot is free again.
[[nodiscard]] std::variant<protocol::BookingView, Refusal> cancel_booking(const CountyConfig& county,
                                                                          BookingStore& store,
                                                                          const std::string& token,
                                                                          domain::TimePoint now);

// The citizen will come (a POST from the page the manage link opens, which the reminder asks for):
// recorded once before the booking begins; a booking with a releasing service is then kept.
[[nodiscard]] std::variant<protocol::BookingView, Refusal> attend_booking(BookingStore& store,
                                                                          const std::string& token,
                                                                          domain::TimePoint now);

// Moves it from the page the manage link opens (a POST) to another slot of its office, before it
// begins: the new slot is checked and taken with the same rules, lock and proof of work as a hold,
// the old one is free again at once, and a mail with the moved calendar entry tells the citizen.
// Id, code and manage link stay. Any refusal leaves the booking as it was.
[[nodiscard]] std::variant<protocol::BookingView, Refusal> rebook_booking(const CountyConfig& county,
                                                                          BookingStore& store,
                                                                          const std::string& token,
                                                                          const protocol::RebookRequest& request,
                                                                          const ProofOfWork* proof,
                                                                          domain::TimePoint now);

// The waitlist ("tell me if an earlier slot frees up") of the booking the manage link names: join
// (POST /api/v1/booking/waitlist), where it stands, leave.
[[nodiscard]] std::variant<protocol::WaitlistStatus, Refusal> join_waitlist(BookingStore& store,
                                                                            const std::string& token,
                                                                            domain::TimePoint now);
[[nodiscard]] std::variant<protocol::WaitlistStatus, Refusal> waitlist_status(BookingStore& store,
                                                                              const std::string& token,
                                                                              domain::TimePoint now);
[[nodiscard]] std::variant<protocol::WaitlistStatus, Refusal> leave_waitlist(BookingStore& store,
                                                                             const std::string& token);

// Offers every waiting booking without an open offer, longest waiting first, the earliest free slot
// of its office and visit before its appointment that it was not offered before: held for it for
// the claim window and sent by mail. Returns how many offers were made. Runs periodically.
int offer_earlier_slots(const CountyConfig& county, BookingStore& store, domain::TimePoint now);

// The offer its link names, and claiming it (the booking moves to the offered slot).
[[nodiscard]] std::variant<protocol::OfferView, Refusal> offer_of(BookingStore& store, const std::string& token,
                                                                  domain::TimePoint now);
[[nodiscard]] std::variant<protocol::BookingView, Refusal> claim_offer(const CountyConfig& county, BookingStore& store,
                                                                       const std::string& token, domain::TimePoint now);

}  // namespace civiq::central
