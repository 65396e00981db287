// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "json_schema.hpp"

#include <stdexcept>

namespace civiq::protocol::detail {

json::value integer_schema(bool is_signed, std::size_t bytes) {
  json::object schema{{"type", "integer"}};
  // OpenAPI's formats say the range; the codec refuses numbers outside it ("number out of range").
  if (is_signed && bytes == 4)
    schema["format"] = "int32";
  else if (is_signed && bytes == 8)
    schema["format"] = "int64";
  else if (!is_signed)
    schema["minimum"] = 0;
  return schema;
}

json::value nullable(json::value schema) {
  auto& object = schema.as_object();
  if (auto* type = object.if_contains("type"); type && type->is_string()) {
    *type = json::array{*type, "null"};
    // An enum lists every allowed value, so null must be one of them too.
    if (auto* values = object.if_contains("enum")) values->as_array().emplace_back(nullptr);
    return schema;
  }
  return json::object{{"anyOf", json::array{std::move(schema), json::object{{"type", "null"}}}}};
}

json::value object_schema(json::object properties, json::array required, Reading reading) {
  json::object schema{{"type", "object"}};
  if (!properties.empty()) schema["properties"] = std::move(properties);
  if (!required.empty()) schema["required"] = std::move(required);
  if (reading == Reading::Strict) schema["additionalProperties"] = false;
  return schema;
}

void check_same_reading(const json::value& existing, Reading reading, std::string_view name) {
  const auto* closed = existing.as_object().if_contains("additionalProperties");
  const bool strict = closed && closed->is_bool() && !closed->get_bool();
  if (strict != (reading == Reading::Strict))
    throw std::logic_error("schema " + std::string(name) +
                           " is used both in requests (strict) and in replies (tolerant): give it two types");
}

}  // namespace civiq::protocol::detail
