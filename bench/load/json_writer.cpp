// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "json_writer.hpp"

#include <cmath>
#include <cstdio>

namespace civiq::bench {

std::string json_quote(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
      out += escaped;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

JsonObject& JsonObject::raw(std::string_view key, std::string_view json) {
  if (!body_.empty()) body_ += ',';
  body_ += json_quote(key);
  body_ += ':';
  body_ += json;
  return *this;
}

JsonObject& JsonObject::add(std::string_view key, std::string_view value) { return raw(key, json_quote(value)); }

JsonObject& JsonObject::add(std::string_view key, double value) {
  if (!std::isfinite(value)) return raw(key, "null");
  char text[64];
  std::snprintf(text, sizeof text, "%.4f", value);
  return raw(key, text);
}

JsonObject& JsonObject::add(std::string_view key, bool value) { return raw(key, value ? "true" : "false"); }

JsonObject& JsonObject::add(std::string_view key, const LatencySummary& s) {
  JsonObject o;
  o.add("count", s.count).add("p50", s.p50_ms).add("p90", s.p90_ms).add("p99", s.p99_ms).add("max", s.max_ms);
  o.add("mean", s.mean_ms);
  return add(key, o);
}

std::optional<std::string> find_string_field(std::string_view json, std::string_view key) {
  std::string quoted;  // built step by step: GCC 12 warns falsely (-Wrestrict) on "\"" + std::string
  quoted.reserve(key.size() + 2);
  quoted.push_back('"');
  quoted.append(key);
  quoted.push_back('"');
  const auto skip_space = [&](std::size_t i) {
    while (i < json.size() && (json[i] == ' ' || json[i] == '\n' || json[i] == '\t' || json[i] == '\r')) ++i;
    return i;
  };
  for (auto at = json.find(quoted); at != std::string_view::npos; at = json.find(quoted, at + 1)) {
    auto i = skip_space(at + quoted.size());
    if (i >= json.size() || json[i] != ':') continue;  // the key text appeared as a value
    i = skip_space(i + 1);
    if (i >= json.size() || json[i] != '"') return std::nullopt;  // not a string (null, number)
    const auto end = json.find('"', i + 1);
    if (end == std::string_view::npos) return std::nullopt;
    return std::string(json.substr(i + 1, end - i - 1));
  }
  return std::nullopt;
}

}  // namespace civiq::bench
