// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// A flat-to-nested JSON object writer for the one result line each subcommand prints, and the
// minimal field lookup the generator needs in server replies. Not a JSON library: the generator only
// reads string fields it knows ("token") from replies whose shape docs/api.md fixes.
// Thread rule: none (plain values).
#include <concepts>
#include <optional>
#include <string>
#include <string_view>

#include "latency.hpp"

namespace civiq::bench {

class JsonObject {
 public:
  JsonObject& add(std::string_view key, std::string_view value);
  JsonObject& add(std::string_view key, const char* value) { return add(key, std::string_view(value)); }
  JsonObject& add(std::string_view key, double value);
  JsonObject& add(std::string_view key, bool value);
  template <std::integral T>
    requires(!std::same_as<T, bool>)
  JsonObject& add(std::string_view key, T value) {
    return raw(key, std::to_string(value));
  }
  JsonObject& add(std::string_view key, const JsonObject& nested) { return raw(key, nested.str()); }
  JsonObject& add(std::string_view key, const LatencySummary& summary);
  [[nodiscard]] std::string str() const { return "{" + body_ + "}"; }

 private:
  JsonObject& raw(std::string_view key, std::string_view json);
  std::string body_;
};

[[nodiscard]] std::string json_quote(std::string_view text);

// The value of the first "key":"value" string field in `json` (no escapes inside the value), if any.
[[nodiscard]] std::optional<std::string> find_string_field(std::string_view json, std::string_view key);

}  // namespace civiq::bench
