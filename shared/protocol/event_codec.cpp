// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "event_codec.hpp"

#include <algorithm>
#include <array>

#include "domain_description.hpp"
#include "json_codec.hpp"

namespace civiq::protocol {
namespace {

using domain::Actor;

constexpr std::array<std::pair<Actor::Kind, std::string_view>, 4> kActorKinds{
    {{Actor::Kind::System, "system"}, {Actor::Kind::Device, "device"}, {Actor::Kind::Staff, "staff"},
     {Actor::Kind::Citizen, "citizen"}}};

// Types whose payload changed shape, with the version written now; every other type is at 1.
constexpr std::array<std::pair<std::string_view, int>, 2> kChangedPayloads{
    {{"service_finished", 2}, {"ticket_transferred", 2}}};

// Fields that may name a citizen, by event type: stored beside the event, not in it.
constexpr std::array<std::pair<std::string_view, std::string_view>, 1> kPersonalFields{
    {{"ticket_transferred", "note"}}};

bool is_personal(std::string_view type, std::string_view field) {
  return std::ranges::find(kPersonalFields, std::pair{type, field}) != kPersonalFields.end();
}

// Brings a payload of an older version to the shape this build decodes. Steps are never removed.
void upgrade(std::string_view type, std::int64_t version, json::object& payload) {
  // v2 (issue #14): an outcome per service, and the citizen staying for the next service. Before,
  // every finished service counted as served and the next one was queued.
  if (type == "service_finished" && version < 2) {
    payload["outcome"] = "Served";
    payload["stays_at_counter"] = false;
  }
  // ticket_transferred v2 only added optional fields (from_service, served_s, note).
}

Actor decode_actor(std::string_view text) {
  const auto colon = text.find(':');
  const auto kind = text.substr(0, colon);
  Actor actor;
  for (const auto& [k, name] : kActorKinds)
    if (name == kind) actor.kind = k;
  if (colon != std::string_view::npos) actor.name = std::string(text.substr(colon + 1));
  return actor;
}

// Tries each alternative of EventBody until its type name matches.
template <std::size_t I = 0>
DecodedEvent decode_body(const std::string& type, const json::value& payload, domain::TimePoint at, Actor actor) {
  if constexpr (I == std::variant_size_v<domain::EventBody>) {
    return {std::nullopt, "unknown event type " + type};
  } else {
    using Body = std::variant_alternative_t<I, domain::EventBody>;
    if (type != domain::event_type_name(domain::EventBody{std::in_place_index<I>})) {
      return decode_body<I + 1>(type, payload, at, std::move(actor));
    }
    Body body{};
    if (auto error = decode_into(payload, body, "")) return {std::nullopt, type + ": " + *error};
    return {domain::Event{at, std::move(actor), std::move(body)}, {}};
  }
}

}  // namespace

std::string encode_actor(const Actor& actor) {
  for (const auto& [kind, name] : kActorKinds)
    if (kind == actor.kind) return actor.name.empty() ? std::string(name) : std::string(name) + ":" + actor.name;
  return "system";
}

int payload_version(std::string_view type) {
  for (const auto& [changed, version] : kChangedPayloads)
    if (changed == type) return version;
  return 1;
}

EncodedEvent encode_event(const domain::Event& event) {
  EncodedEvent encoded{domain::event_type_name(event.body), encode_actor(event.actor), {}, {}};
  json::object payload = std::visit([](const auto& body) { return encode(body).as_object(); }, event.body);
  json::object personal;
  for (auto it = payload.begin(); it != payload.end();) {
    if (is_personal(encoded.type, it->key()) && !it->value().is_null()) {
      personal[it->key()] = it->value();
      it = payload.erase(it);
    } else {
      ++it;
    }
  }
  payload["v"] = payload_version(encoded.type);
  encoded.payload = json::serialize(payload);
  if (!personal.empty()) encoded.personal = json::serialize(personal);
  return encoded;
}

DecodedEvent decode_event(const std::string& type, const std::string& actor, const std::string& payload,
                          domain::TimePoint at, std::string_view personal) {
  boost::system::error_code ec;
  json::value body = json::parse(payload, ec);
  if (ec) return {std::nullopt, "malformed event payload: " + ec.message()};
  if (auto* object = body.if_object()) {
    std::int64_t version = 1;
    if (object->contains("v")) {
      const auto& v = object->at("v");
      if (!v.is_int64() || v.get_int64() < 1) return {std::nullopt, type + ": v: expected a payload version >= 1"};
      version = v.get_int64();
      if (version > payload_version(type))
        return {std::nullopt, type + ": payload version " + std::to_string(version) +
                                  " was written by a newer civiq (this one reads up to " +
                                  std::to_string(payload_version(type)) + ")"};
      object->erase("v");
    }
    upgrade(type, version, *object);
    if (!personal.empty()) {
      const json::value parsed = json::parse(personal, ec);
      if (ec || !parsed.is_object()) return {std::nullopt, type + ": malformed personal data"};
      for (const auto& [field, value] : parsed.as_object()) {
        if (!is_personal(type, field)) return {std::nullopt, type + ": " + std::string(field) + " is not personal data"};
        (*object)[field] = value;
      }
    }
  }
  return decode_body(type, body, at, decode_actor(actor));
}

}  // namespace civiq::protocol
