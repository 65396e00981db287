// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "event_codec.hpp"

#include <array>

#include "domain_description.hpp"
#include "json_codec.hpp"

namespace civiq::protocol {
namespace {

using domain::Actor;

constexpr std::array<std::pair<Actor::Kind, std::string_view>, 4> kActorKinds{
    {{Actor::Kind::System, "system"}, {Actor::Kind::Device, "device"}, {Actor::Kind::Staff, "staff"},
     {Actor::Kind::Citizen, "citizen"}}};

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

EncodedEvent encode_event(const domain::Event& event) {
  return {domain::event_type_name(event.body), encode_actor(event.actor), std::visit([](const auto& body) {
            auto payload = encode(body);
            payload.as_object()["v"] = kEventPayloadVersion;
            return json::serialize(payload);
          }, event.body)};
}

DecodedEvent decode_event(const std::string& type, const std::string& actor, const std::string& payload,
                          domain::TimePoint at) {
  boost::system::error_code ec;
  const json::value parsed = json::parse(payload, ec);
  if (ec) return {std::nullopt, "malformed event payload: " + ec.message()};
  json::value body = parsed;
  if (auto* object = body.if_object(); object && object->contains("v")) {
    const auto& version = object->at("v");
    if (!version.is_int64() || version.get_int64() < 1)
      return {std::nullopt, type + ": v: expected a payload version >= 1"};
    if (version.get_int64() > kEventPayloadVersion)
      return {std::nullopt, type + ": payload version " + std::to_string(version.get_int64()) +
                                " was written by a newer civiq (this one reads up to " +
                                std::to_string(kEventPayloadVersion) + ")"};
    object->erase("v");
  }
  return decode_body(type, body, at, decode_actor(actor));
}

}  // namespace civiq::protocol
