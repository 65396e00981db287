// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The one JSON codec of civiq: encodes and decodes every Boost.Describe-d message struct.
// Decoding explains itself: a missing field, a wrong type or (in strict mode, the servers') an
// unknown field yields an error naming the field path ("appointments[2].time: expected a string"),
// never an exception. Clients read tolerantly (read_reply, decode_data): unknown fields are ignored.
// Optional fields (std::optional) may be absent or null. Strong ids travel as numbers, TimePoints
// as ISO 8601 UTC strings. Thread rule: stateless functions.
#include <boost/describe.hpp>
#include <boost/json.hpp>
#include <boost/mp11.hpp>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "domain/berlin_time.hpp"
#include "domain/ids.hpp"

namespace civiq::protocol {

namespace json = boost::json;

// "2026-11-23T08:15:00Z"
[[nodiscard]] std::string format_time(domain::TimePoint t);
// Accepts "YYYY-MM-DDTHH:MM[:SS]" followed by "Z" or "+HH:MM"/"-HH:MM"; nothing else.
[[nodiscard]] std::optional<domain::TimePoint> parse_time(std::string_view text);

// ---- encoding ------------------------------------------------------------------------------

template <class T>
json::value encode(const T& value);

namespace detail {

template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};
template <class T> struct is_vector : std::false_type {};
template <class T> struct is_vector<std::vector<T>> : std::true_type {};
template <class T> struct is_string_map : std::false_type {};
template <class T> struct is_string_map<std::map<std::string, T>> : std::true_type {};

}  // namespace detail

template <class T>
json::value encode(const T& value) {
  if constexpr (std::is_floating_point_v<T>) {
    // Boost.JSON writes 20.0 as "2E1"; a whole number goes out as people and parsers expect it ("20").
    constexpr double kExactIntegers = 9007199254740992.0;  // 2^53: every integer up to here is exact
    const double wide = static_cast<double>(value);
    if (std::trunc(wide) == wide && std::abs(wide) < kExactIntegers) return json::value(static_cast<std::int64_t>(wide));
    return json::value(wide);
  } else if constexpr (std::is_same_v<T, bool> || std::is_arithmetic_v<T> || std::is_same_v<T, std::string>) {
    return json::value_from(value);
  } else if constexpr (domain::StrongIdType<T>) {
    return json::value_from(value.value);
  } else if constexpr (std::is_same_v<T, domain::TimePoint>) {
    return json::value(format_time(value));
  } else if constexpr (detail::is_optional<T>::value) {
    return value ? encode(*value) : json::value(nullptr);
  } else if constexpr (detail::is_vector<T>::value) {
    json::array array;
    array.reserve(value.size());
    for (const auto& item : value) array.push_back(encode(item));
    return array;
  } else if constexpr (detail::is_string_map<T>::value) {
    json::object object;
    for (const auto& [key, item] : value) object[key] = encode(item);
    return object;
  } else if constexpr (boost::describe::has_describe_enumerators<T>::value) {
    const char* name = boost::describe::enum_to_string(value, nullptr);
    return name ? json::value(name) : json::value(nullptr);
  } else {
    static_assert(boost::describe::has_describe_members<T>::value, "describe the type with BOOST_DESCRIBE_STRUCT");
    json::object object;
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
        [&](auto member) { object[member.name] = encode(value.*member.pointer); });
    return object;
  }
}

template <class T>
std::string to_json(const T& value) {
  return json::serialize(encode(value));
}

// Removes every object member whose value is null, at any depth.
void drop_null_members(json::value& value);

// A request as clients send it: a field without a value is left out, not sent as null. An older
// server refuses fields it does not know, so a newer client keeps working with it for as long as
// it sets only what that server knows (a transfer without a note, a finish that served).
template <class T>
std::string to_request_json(const T& value) {
  json::value encoded = encode(value);
  drop_null_members(encoded);
  return json::serialize(encoded);
}

// ---- decoding ------------------------------------------------------------------------------

// Empty on success, else "path: what is wrong".
using DecodeError = std::optional<std::string>;

// What a decoder does with an object field its struct does not describe. Servers reject it (a typo
// in a request is a 400, never silently ignored); clients ignore it, so that a kiosk on a wall keeps
// working when its server is upgraded and starts sending more.
enum class UnknownFields { Reject, Ignore };

template <class T>
DecodeError decode_into(const json::value& in, T& out, const std::string& path,
                        UnknownFields unknown = UnknownFields::Reject);

namespace detail {

inline std::string at(const std::string& path, std::string_view what) {
  return (path.empty() ? std::string("body") : path) + ": " + std::string(what);
}

template <class Int>
DecodeError decode_integer(const json::value& in, Int& out, const std::string& path) {
  std::int64_t wide = 0;
  if (in.is_int64()) wide = in.get_int64();
  else if (in.is_uint64() && in.get_uint64() <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
    wide = static_cast<std::int64_t>(in.get_uint64());
  else return at(path, "expected an integer");
  if (wide < std::numeric_limits<Int>::min() || wide > std::numeric_limits<Int>::max())
    return at(path, "number out of range");
  out = static_cast<Int>(wide);
  return std::nullopt;
}

}  // namespace detail

template <class T>
DecodeError decode_into(const json::value& in, T& out, const std::string& path, UnknownFields unknown) {
  using detail::at;
  if constexpr (std::is_same_v<T, bool>) {
    if (!in.is_bool()) return at(path, "expected true or false");
    out = in.get_bool();
  } else if constexpr (std::is_integral_v<T>) {
    return detail::decode_integer(in, out, path);
  } else if constexpr (std::is_floating_point_v<T>) {
    if (!in.is_number()) return at(path, "expected a number");
    out = static_cast<T>(in.to_number<double>());
  } else if constexpr (std::is_same_v<T, std::string>) {
    if (!in.is_string()) return at(path, "expected a string");
    out = std::string(in.get_string());
  } else if constexpr (domain::StrongIdType<T>) {
    return detail::decode_integer(in, out.value, path);
  } else if constexpr (std::is_same_v<T, domain::TimePoint>) {
    if (!in.is_string()) return at(path, "expected an ISO 8601 time string");
    const auto parsed = parse_time(in.get_string());
    if (!parsed) return at(path, "expected a time like 2026-11-23T08:15:00Z");
    out = *parsed;
  } else if constexpr (detail::is_optional<T>::value) {
    if (in.is_null()) {
      out.reset();
      return std::nullopt;
    }
    typename T::value_type inner{};
    if (auto error = decode_into(in, inner, path, unknown)) return error;
    out = std::move(inner);
  } else if constexpr (detail::is_vector<T>::value) {
    if (!in.is_array()) return at(path, "expected an array");
    out.clear();
    const auto& array = in.get_array();
    out.reserve(array.size());
    for (std::size_t i = 0; i < array.size(); ++i) {
      typename T::value_type item{};
      if (auto error = decode_into(array[i], item, path + "[" + std::to_string(i) + "]", unknown)) return error;
      out.push_back(std::move(item));
    }
  } else if constexpr (detail::is_string_map<T>::value) {
    if (!in.is_object()) return at(path, "expected an object");
    out.clear();
    for (const auto& [key, value] : in.get_object()) {
      typename T::mapped_type item{};
      if (auto error = decode_into(value, item, path + "." + std::string(key), unknown)) return error;
      out.emplace(std::string(key), std::move(item));
    }
  } else if constexpr (boost::describe::has_describe_enumerators<T>::value) {
    if (!in.is_string() || !boost::describe::enum_from_string(in.get_string().c_str(), out))
      return at(path, "unknown value");
  } else {
    static_assert(boost::describe::has_describe_members<T>::value, "describe the type with BOOST_DESCRIBE_STRUCT");
    if (!in.is_object()) return at(path, "expected an object");
    const auto& object = in.get_object();
    DecodeError error;
    std::size_t known = 0;
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto member) {
      if (error) return;
      const std::string field_path = path.empty() ? member.name : path + "." + member.name;
      using Member = std::remove_cvref_t<decltype(out.*member.pointer)>;
      const auto* found = object.if_contains(member.name);
      if (!found) {
        if (!detail::is_optional<Member>::value) error = detail::at(field_path, "is required");
        return;
      }
      ++known;
      error = decode_into(*found, out.*member.pointer, field_path, unknown);
    });
    if (error) return error;
    if (known != object.size() && unknown == UnknownFields::Reject) {
      for (const auto& entry : object) {
        const std::string_view key = entry.key();  // not a structured binding: clang 14 cannot capture one
        bool described = false;
        boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
            [&](auto member) { described = described || key == member.name; });
        if (!described) return at(path.empty() ? std::string(key) : path + "." + std::string(key), "unknown field");
      }
    }
  }
  return std::nullopt;
}

template <class T>
struct Decoded {
  std::optional<T> value;
  std::string error;  // set when value is empty
  explicit operator bool() const { return value.has_value(); }
};

// Parses text and decodes it into T. Malformed JSON and type errors both land in `error`. Strict
// (unknown fields are an error): for what a server receives.
template <class T>
Decoded<T> from_json(std::string_view text, UnknownFields unknown = UnknownFields::Reject) {
  boost::system::error_code ec;
  json::parse_options options;
  options.max_depth = 32;
  const json::value parsed = json::parse(text, ec, {}, options);
  if (ec) return {std::nullopt, "malformed JSON: " + ec.message()};
  T out{};
  if (auto error = decode_into(parsed, out, "", unknown)) return {std::nullopt, *error};
  return {std::move(out), {}};
}

// The tolerant reader of clients: unknown fields are ignored, missing optional fields default.
template <class T>
Decoded<T> read_reply(std::string_view text) {
  return from_json<T>(text, UnknownFields::Ignore);
}

}  // namespace civiq::protocol
