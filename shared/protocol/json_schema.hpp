// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// JSON Schema (2020-12, the dialect of OpenAPI 3.1) of the Boost.Describe-d messages. It walks the
// same descriptions as the codec (json_codec.hpp) with the same type dispatch, so the schema says
// what encode() writes and decode_into() accepts: strong ids are integers, TimePoints date-time
// strings, std::optional fields may be absent or null, described enums are their names.
// A described struct is a component referenced as "#/components/schemas/<Name>"; its name comes
// from SchemaName<T> (CIVIQ_SCHEMA_NAME), an explicit table because C++ has no stable type names.
// Using an unnamed struct is a compile error. Thread rule: stateless functions.
#include <boost/describe.hpp>
#include <boost/json.hpp>
#include <boost/mp11.hpp>
#include <string>
#include <string_view>
#include <type_traits>

#include "json_codec.hpp"

namespace civiq::protocol {

// Specialise (with CIVIQ_SCHEMA_NAME) for every struct that appears in a schema.
template <class T>
struct SchemaName;

#define CIVIQ_SCHEMA_NAME(Type)                      \
  template <>                                        \
  struct SchemaName<Type> {                          \
    static constexpr std::string_view value = #Type; \
  }

template <class T>
concept NamedSchema = requires {
  SchemaName<T>::value;
};

// How the receiver of an object reads it. Servers reject unknown request fields (so the schema says
// additionalProperties: false); clients ignore unknown reply fields, so reply schemas leave them
// open and a newer server may add fields.
enum class Reading { Strict, Tolerant };

inline constexpr std::string_view kSchemaRefPrefix = "#/components/schemas/";

namespace detail {

template <class T>
constexpr bool is_described_struct =
    boost::describe::has_describe_members<T>::value && !boost::describe::has_describe_enumerators<T>::value;

[[nodiscard]] json::value integer_schema(bool is_signed, std::size_t bytes);
// The schema also allowing null: "type": [X, "null"] where there is a type, anyOf around a $ref.
[[nodiscard]] json::value nullable(json::value schema);
[[nodiscard]] json::value object_schema(json::object properties, json::array required, Reading reading);
// Throws std::logic_error when `existing` was made for the other Reading: a struct sent both ways
// would need two components.
void check_same_reading(const json::value& existing, Reading reading, std::string_view name);

template <class T>
using member_type = std::remove_cvref_t<T>;

}  // namespace detail

// The schema of T, inline; a described struct as {"$ref": "#/components/schemas/<Name>"}.
template <class T>
json::value json_schema() {
  if constexpr (std::is_same_v<T, bool>) {
    return json::object{{"type", "boolean"}};
  } else if constexpr (std::is_integral_v<T>) {
    return detail::integer_schema(std::is_signed_v<T>, sizeof(T));
  } else if constexpr (std::is_floating_point_v<T>) {
    return json::object{{"type", "number"}, {"format", "double"}};
  } else if constexpr (std::is_same_v<T, std::string>) {
    return json::object{{"type", "string"}};
  } else if constexpr (domain::StrongIdType<T>) {
    return json_schema<typename T::rep_type>();
  } else if constexpr (std::is_same_v<T, domain::TimePoint>) {
    // format_time() always writes UTC with seconds: "2026-11-23T08:15:00Z"
    return json::object{{"type", "string"}, {"format", "date-time"}};
  } else if constexpr (detail::is_optional<T>::value) {
    return detail::nullable(json_schema<typename T::value_type>());
  } else if constexpr (detail::is_vector<T>::value) {
    return json::object{{"type", "array"}, {"items", json_schema<typename T::value_type>()}};
  } else if constexpr (detail::is_string_map<T>::value) {
    return json::object{{"type", "object"}, {"additionalProperties", json_schema<typename T::mapped_type>()}};
  } else if constexpr (boost::describe::has_describe_enumerators<T>::value) {
    json::array names;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<T>>(
        [&](auto enumerator) { names.emplace_back(enumerator.name); });
    return json::object{{"type", "string"}, {"enum", std::move(names)}};
  } else {
    static_assert(detail::is_described_struct<T>, "describe the type with BOOST_DESCRIBE_STRUCT");
    static_assert(NamedSchema<T>, "give the struct a schema name with CIVIQ_SCHEMA_NAME");
    return json::object{{"$ref", std::string(kSchemaRefPrefix) + std::string(SchemaName<T>::value)}};
  }
}

// Adds the component of every described struct T consists of (T itself, its members' structs, ...)
// to `schemas` (the OpenAPI components/schemas object), read as `reading` says.
template <class T>
void add_component_schemas(json::object& schemas, Reading reading) {
  if constexpr (detail::is_optional<T>::value || detail::is_vector<T>::value) {
    add_component_schemas<typename T::value_type>(schemas, reading);
  } else if constexpr (detail::is_string_map<T>::value) {
    add_component_schemas<typename T::mapped_type>(schemas, reading);
  } else if constexpr (detail::is_described_struct<T> && !domain::StrongIdType<T>) {
    const std::string_view name = SchemaName<T>::value;
    if (const auto* existing = schemas.if_contains(name)) return detail::check_same_reading(*existing, reading, name);
    json::object properties;
    json::array required;
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto member) {
      using Member = detail::member_type<decltype(std::declval<T&>().*member.pointer)>;
      properties[member.name] = json_schema<Member>();
      if (!detail::is_optional<Member>::value) required.emplace_back(member.name);
      add_component_schemas<Member>(schemas, reading);
    });
    schemas[name] = detail::object_schema(std::move(properties), std::move(required), reading);
  }
}

}  // namespace civiq::protocol
