// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Quotas per channel: how a day's capacity is shared between the ways appointments are booked.
// Citizens book online; staff book for callers (phone) and for citizens in front of them (counter).
// An office gives each channel a share in percent; what no channel is given stays unbooked ahead,
// free for citizens who walk in and draw a ticket. Each channel's contingent is released on the
// office's release schedule like the whole day's, so no channel is a way around it. Pure.
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace civiq::booking {

enum class Channel { Online, Phone, Counter };

inline constexpr std::array kChannels{Channel::Online, Channel::Phone, Channel::Counter};

// "online", "phone", "counter": the names in county.toml, the database and the API.
[[nodiscard]] std::string_view channel_name(Channel channel);
[[nodiscard]] std::optional<Channel> channel_named(std::string_view name);

// The share of a day's capacity each channel may book, in percent (by default all of it online).
struct ChannelShares {
  std::array<int, kChannels.size()> percent{100, 0, 0};  // in the order of kChannels

  [[nodiscard]] int of(Channel channel) const { return percent[static_cast<std::size_t>(channel)]; }
};

// "" when the shares are usable, else why not (each 0..100, together at most 100).
[[nodiscard]] std::string channel_shares_problem(const ChannelShares& shares);

// How many of a day's `capacity` appointments `channel` may book when `released_percent` of the day
// is released: its share, then the released part of that (both rounded down).
[[nodiscard]] int channel_capacity(int capacity, const ChannelShares& shares, Channel channel, int released_percent);

}  // namespace civiq::booking
