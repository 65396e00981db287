// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "booking_throughput.hpp"

#include <pqxx/pqxx>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <functional>
#include <latch>
#include <memory>
#include <thread>

#include "booking_desk.hpp"
#include "wait_sampler.hpp"

namespace civiq::bench {
namespace {

using namespace std::chrono;

constexpr int kWindowDays = 14;       // a citizen's search: two weeks, as the latency part
constexpr int kSlotsPerSearch = 12;   // few per search, so the slots spread over many offices and days
constexpr std::uint32_t kSeed = 20261208;
// How far back from the newest mail the activation mail of a booking just confirmed can be: the
// other writers queue at most two mails each meanwhile. mail_outbox has no index on booking_id.
constexpr int kRecentMails = 64;
// Searches in a row that found nothing free, after which a county counts as booked out.
constexpr int kEmptySearches = 1000;

domain::TimePoint now() { return floor<seconds>(system_clock::now()); }

enum class Attempt { Done, Taken, Refused, RanOut };

// One writer's attempt per call; made (connected, statements prepared) before the common start.
using Writer = std::function<Attempt()>;

struct Tally {
  std::size_t done = 0, taken = 0, refused = 0;
  bool ran_out = false;
  std::vector<double> latency_ms;
  steady_clock::time_point stopped;
  std::exception_ptr error;
};

void write_until(const Writer& writer, steady_clock::time_point deadline, Tally& tally) {
  while (steady_clock::now() < deadline) {
    const auto started = steady_clock::now();
    const Attempt attempt = writer();
    if (attempt == Attempt::RanOut) {
      tally.ran_out = true;
      break;
    }
    const double ms = duration<double, std::milli>(steady_clock::now() - started).count();
    tally.latency_ms.push_back(std::round(ms * 100) / 100);  // 10 µs is finer than any finding here
    if (attempt == Attempt::Done) ++tally.done;
    if (attempt == Attempt::Taken) ++tally.taken;
    if (attempt == Attempt::Refused) ++tally.refused;
  }
  tally.stopped = steady_clock::now();
}

// Every writer connects first; then all start together, so the rate is of writers working at once.
Throughput run_writers(const std::string& uri, const WriterRun& run, const std::function<Writer(int)>& make_writer) {
  const auto writers = static_cast<std::size_t>(run.writers);
  std::vector<Tally> tallies(writers);
  std::latch ready{run.writers + 1}, go{1};
  steady_clock::time_point start, deadline;  // written before `go` opens, read after
  std::vector<std::jthread> threads;
  for (std::size_t w = 0; w < writers; ++w)
    threads.emplace_back([&, w] {
      Writer writer;
      try {
        writer = make_writer(static_cast<int>(w));
      } catch (...) {
        tallies[w].error = std::current_exception();
      }
      ready.count_down();
      go.wait();
      try {
        if (writer) write_until(writer, deadline, tallies[w]);
      } catch (...) {
        tallies[w].error = std::current_exception();
      }
    });
  ready.arrive_and_wait();
  WaitSampler sampler{uri};
  sampler.start();
  start = steady_clock::now();
  deadline = start + run.duration;
  go.count_down();
  threads.clear();  // joins
  Throughput result;
  result.waits = sampler.stop();
  steady_clock::time_point last = start;
  for (auto& tally : tallies) {
    if (tally.error) std::rethrow_exception(tally.error);
    result.done += tally.done;
    result.taken += tally.taken;
    result.refused += tally.refused;
    result.ran_out = result.ran_out || tally.ran_out;
    result.latency_ms.insert(result.latency_ms.end(), tally.latency_ms.begin(), tally.latency_ms.end());
    last = std::max(last, tally.stopped);
  }
  result.seconds = duration<double>(last - start).count();
  return result;
}

// A writer's own store, as DbWorkers makes one: migrate() finds nothing to do and prepares the statements.
std::shared_ptr<central::BookingStore> connected_store(const std::string& uri) {
  auto store = std::make_shared<central::BookingStore>(uri);
  store->migrate();
  return store;
}

// The slots found beforehand, handed out once each across the writers.
class SlotQueue {
 public:
  explicit SlotQueue(const std::vector<FreeSlot>& slots) : slots_(slots) {}
  const FreeSlot* next() {
    const std::size_t i = next_.fetch_add(1);
    return i < slots_.size() ? &slots_[i] : nullptr;
  }

 private:
  const std::vector<FreeSlot>& slots_;
  std::atomic<std::size_t> next_{0};
};

const std::string& slot_taken_error() {
  static const std::string error = central::refused(protocol::BookingError::SlotTaken, "").error;
  return error;
}

Attempt refusal_of(const central::Refusal& refusal) {
  return refusal.error == slot_taken_error() ? Attempt::Taken : Attempt::Refused;
}

// The citizen's click on the activation link: the token is only in the mail (stored hashed).
void prepare_activation_link(pqxx::connection& connection) {
  connection.prepare("activation_link",
                     "SELECT substring(body from '/booking/activate/([0-9a-f]+)') FROM mail_outbox "
                     "WHERE booking_id = $1::uuid AND id > (SELECT max(id) FROM mail_outbox) - $2 "
                     "ORDER BY id DESC LIMIT 1");
}

std::string activation_token(pqxx::connection& connection, const std::string& booking_id) {
  pqxx::nontransaction read{connection};
  const auto row = read.exec_prepared("activation_link", booking_id, kRecentMails);
  if (row.empty() || row[0][0].is_null()) throw std::runtime_error("no activation mail for " + booking_id);
  return row[0][0].as<std::string>();
}

// A random office and working-day-or-not date of the released days, for the bare writers: the
// rows' place does not matter to an insert without rules, only their spread over the indexes.
struct RandomPlace {
  std::mt19937 random;
  const central::CountyConfig& county;
  int days;
  std::pair<std::string, std::string> next() {
    const auto& office = county.offices[random() % county.offices.size()];
    const auto today = floor<std::chrono::days>(system_clock::now());
    const domain::LocalDate day{today + std::chrono::days{1 + static_cast<int>(random() % static_cast<unsigned>(days))}};
    return {office.id, domain::iso_date(day)};
  }
};

constexpr const char* kBareHold =
    "INSERT INTO bookings (office_id, day, start_s, length_s, service_ids, status, held_until) "
    "VALUES ($1, $2::date, 28800, 900, '{1}', 'held', now() + interval '10 minutes') RETURNING id::text";
// About the size of the real mails (mail_texts.cpp), so the outbox grows as in the real run.
const std::string kBareMailBody(900, 'x');

}  // namespace

std::vector<FreeSlot> find_free_slots(const central::CountyConfig& county, central::BookingStore& store, int days,
                                      std::size_t count, std::mt19937& random) {
  std::vector<FreeSlot> found;
  const auto today = floor<std::chrono::days>(system_clock::now());
  const auto windows = static_cast<unsigned>(std::max(1, days - kWindowDays));
  for (int empty = 0; found.size() < count && empty < kEmptySearches;) {
    const auto& office = county.offices[random() % county.offices.size()];
    const auto service = county.services[random() % county.services.size()].id;
    const domain::LocalDate first{today + std::chrono::days{1 + static_cast<int>(random() % windows)}};
    const domain::LocalDate last{sys_days{first} + std::chrono::days{kWindowDays - 1}};
    const auto list = central::free_slots(county, store, {office.id, {service}, first, last}, now());
    if (list.days.empty()) {
      ++empty;
      continue;
    }
    empty = 0;
    for (int pick = 0; pick < kSlotsPerSearch && found.size() < count; ++pick) {
      const auto& day = list.days[random() % list.days.size()];
      if (day.slots.empty()) continue;
      found.push_back({office.id, service, day.day, day.slots[random() % day.slots.size()].start});
    }
  }
  std::shuffle(found.begin(), found.end(), random);
  return found;
}

Throughput hold_throughput(const std::string& uri, const central::CountyConfig& county,
                           const std::vector<FreeSlot>& slots, const WriterRun& run) {
  SlotQueue queue{slots};
  return run_writers(uri, run, [&](int) -> Writer {
    auto store = connected_store(uri);
    return [store, &county, &queue] {
      const FreeSlot* slot = queue.next();
      if (!slot) return Attempt::RanOut;
      const protocol::HoldRequest request{slot->office, {slot->service}, slot->day, slot->start, std::nullopt};
      const auto placed = central::place_hold(county, *store, request, nullptr, now());
      if (const auto* refusal = std::get_if<central::Refusal>(&placed)) return refusal_of(*refusal);
      return Attempt::Done;
    };
  });
}

Throughput booking_throughput(const std::string& uri, const central::CountyConfig& county,
                              const std::vector<FreeSlot>& slots, const WriterRun& run) {
  SlotQueue queue{slots};
  return run_writers(uri, run, [&](int writer) -> Writer {
    auto store = connected_store(uri);
    auto mail = std::make_shared<pqxx::connection>(uri);
    prepare_activation_link(*mail);
    auto citizens = std::make_shared<int>(0);
    return [store, mail, citizens, writer, &county, &queue] {
      const FreeSlot* slot = queue.next();
      if (!slot) return Attempt::RanOut;
      const protocol::HoldRequest request{slot->office, {slot->service}, slot->day, slot->start, std::nullopt};
      const auto placed = central::place_hold(county, *store, request, nullptr, now());
      if (const auto* refusal = std::get_if<central::Refusal>(&placed)) return refusal_of(*refusal);
      // A new citizen each time: one address may hold one booking per service (the county's limit).
      const std::string email = "buerger-" + std::to_string(writer) + "-" + std::to_string(++*citizens) + "@example.org";
      const auto& hold = std::get<protocol::Hold>(placed);
      const auto waiting = central::confirm_contact(county, *store, hold.id,
                                                    {"Erika Mustermann", email, std::nullopt, std::nullopt}, now());
      if (const auto* refusal = std::get_if<central::Refusal>(&waiting)) return refusal_of(*refusal);
      const auto booked = central::activate_booking(county, *store, activation_token(*mail, hold.id), now());
      if (const auto* refusal = std::get_if<central::Refusal>(&booked)) return refusal_of(*refusal);
      return Attempt::Done;
    };
  });
}

Throughput bare_insert_throughput(const std::string& uri, const central::CountyConfig& county, int days,
                                  const WriterRun& run) {
  return run_writers(uri, run, [&](int writer) -> Writer {
    auto connection = std::make_shared<pqxx::connection>(uri);
    connection->prepare("bare_hold", kBareHold);
    auto place = std::make_shared<RandomPlace>(RandomPlace{std::mt19937{kSeed + static_cast<unsigned>(writer)}, county, days});
    return [connection, place] {
      const auto [office, day] = place->next();
      pqxx::work insert{*connection};
      insert.exec_prepared1("bare_hold", office, day);
      insert.commit();
      return Attempt::Done;
    };
  });
}

Throughput bare_booking_throughput(const std::string& uri, const central::CountyConfig& county, int days,
                                   const WriterRun& run) {
  return run_writers(uri, run, [&](int writer) -> Writer {
    auto connection = std::make_shared<pqxx::connection>(uri);
    connection->prepare("bare_hold", kBareHold);
    connection->prepare("bare_contact",
                        "UPDATE bookings SET status = 'awaiting_activation', citizen_name = 'Erika Mustermann', "
                        "email = $2, email_key = $2, language = 'de', held_until = now() + interval '30 minutes', "
                        "activation_hash = encode(sha256(convert_to($1::text, 'UTF8')), 'hex') WHERE id = $1::uuid");
    connection->prepare("bare_confirm",
                        "UPDATE bookings SET status = 'confirmed', held_until = NULL, confirmed_at = now(), "
                        "manage_hash = encode(sha256(convert_to($1::text || 'm', 'UTF8')), 'hex'), "
                        "code = 'B-' || upper(left(replace(gen_random_uuid()::text, '-', ''), 8)) WHERE id = $1::uuid");
    connection->prepare("bare_mail",
                        "INSERT INTO mail_outbox (booking_id, recipient, subject, body) VALUES ($1::uuid, $2, 's', $3)");
    auto place = std::make_shared<RandomPlace>(RandomPlace{std::mt19937{kSeed + static_cast<unsigned>(writer)}, county, days});
    auto citizens = std::make_shared<int>(0);
    return [connection, place, citizens, writer] {
      const auto [office, day] = place->next();
      const std::string email = "bare-" + std::to_string(writer) + "-" + std::to_string(++*citizens) + "@example.org";
      std::string id;
      {
        pqxx::work hold{*connection};
        id = hold.exec_prepared1("bare_hold", office, day)[0].as<std::string>();
        hold.commit();
      }
      {
        pqxx::work contact{*connection};
        contact.exec_prepared0("bare_contact", id, email);
        contact.exec_prepared0("bare_mail", id, email, kBareMailBody);
        contact.commit();
      }
      pqxx::work activation{*connection};
      activation.exec_prepared0("bare_confirm", id);
      activation.exec_prepared0("bare_mail", id, email, kBareMailBody);
      activation.commit();
      return Attempt::Done;
    };
  });
}

}  // namespace civiq::bench
