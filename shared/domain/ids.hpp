// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Strong identity types: a CounterId can never be passed where a ServiceId is expected.
#include <compare>
#include <cstdint>
#include <functional>

namespace civiq::domain {

template <class Tag, class Rep>
struct StrongId {
  using rep_type = Rep;
  Rep value{};
  friend auto operator<=>(const StrongId&, const StrongId&) = default;
};

using TicketId = StrongId<struct TicketTag, std::int64_t>;
using ServiceId = StrongId<struct ServiceTag, std::int32_t>;
using CounterId = StrongId<struct CounterTag, std::int32_t>;

template <class T>
concept StrongIdType = requires { typename T::rep_type; } && sizeof(T) == sizeof(typename T::rep_type);

}  // namespace civiq::domain

template <class Tag, class Rep>
struct std::hash<civiq::domain::StrongId<Tag, Rep>> {
  std::size_t operator()(const civiq::domain::StrongId<Tag, Rep>& id) const noexcept {
    return std::hash<Rep>{}(id.value);
  }
};
