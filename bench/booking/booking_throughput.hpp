// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Bookings per second: several writers at once, as when an office releases a contingent at 07:00
// and citizens all over the county book in the same minutes (issue #15). Each writer is a thread
// with its own connection (its own BookingStore, as each DbWorkers thread of civiq-central has),
// and all run for the same fixed time. Beside the civiq writers, in the same run, their physical
// limit: as many threads doing the bare committed SQL of the same rows.
// Thread rule: the functions start and join their own threads; `county` is only read.
#include <chrono>
#include <random>
#include <string>
#include <vector>

#include "booking_store.hpp"
#include "wait_sampler.hpp"
#include "county_config.hpp"

namespace civiq::bench {

struct WriterRun {
  int writers = 8;
  std::chrono::seconds duration{15};
};

// A slot a citizen found free in a search (office, one service, day and start as the API sends them).
struct FreeSlot {
  std::string office;
  domain::ServiceId service;
  std::string day;
  std::string start;
};

// What a phase of concurrent writers did. `done` counts only what succeeded; `taken` the slots
// another writer took meanwhile (normal in a rush, not a booking); `refused` any other refusal.
struct Throughput {
  std::size_t done = 0;
  std::size_t taken = 0;
  std::size_t refused = 0;
  double seconds = 0;              // wall time from the common start to the last writer's stop
  bool ran_out = false;            // the slots found beforehand were used up before the time ended
  std::vector<double> latency_ms;  // one per attempt, every writer's
  Waits waits;                     // where the database's backends were meanwhile
  [[nodiscard]] double per_second() const { return seconds > 0 ? static_cast<double>(done) / seconds : 0; }
};

// `count` free slots over random offices, days and services, found by the search the API runs
// (untimed, before a phase: a writer's clock then measures only its writes), shuffled so that
// concurrent writers mostly reach for different offices and days.
[[nodiscard]] std::vector<FreeSlot> find_free_slots(const central::CountyConfig& county, central::BookingStore& store,
                                                    int days, std::size_t count, std::mt19937& random);

// Holds (place_hold of central/booking_desk.cpp: the locked transaction that takes the slot).
[[nodiscard]] Throughput hold_throughput(const std::string& uri, const central::CountyConfig& county,
                                         const std::vector<FreeSlot>& slots, const WriterRun& run);

// Whole bookings: the hold, the contact data (confirm_contact, which queues the activation mail)
// and the activation (activate_booking, with the token read from that mail, as the citizen's click).
[[nodiscard]] Throughput booking_throughput(const std::string& uri, const central::CountyConfig& county,
                                            const std::vector<FreeSlot>& slots, const WriterRun& run);

// The limit of a hold: bare committed inserts of one booking row, one statement per transaction.
[[nodiscard]] Throughput bare_insert_throughput(const std::string& uri, const central::CountyConfig& county, int days,
                                                const WriterRun& run);

// The limit of a whole booking: its three committed transactions in bare SQL, without the rules'
// reads and locks (insert the row; contact data and the activation mail; confirmed and its mail).
[[nodiscard]] Throughput bare_booking_throughput(const std::string& uri, const central::CountyConfig& county,
                                                 int days, const WriterRun& run);

}  // namespace civiq::bench
