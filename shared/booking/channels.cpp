// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "channels.hpp"

#include "release_schedule.hpp"

namespace civiq::booking {
namespace {

constexpr std::array<std::string_view, kChannels.size()> kNames{"online", "phone", "counter"};

}  // namespace

std::string_view channel_name(Channel channel) { return kNames[static_cast<std::size_t>(channel)]; }

std::optional<Channel> channel_named(std::string_view name) {
  for (const auto channel : kChannels)
    if (channel_name(channel) == name) return channel;
  return std::nullopt;
}

std::string channel_shares_problem(const ChannelShares& shares) {
  int sum = 0;
  for (const int percent : shares.percent) {
    if (percent < 0 || percent > 100) return "each channel's share is from 0 to 100 percent";
    sum += percent;
  }
  if (sum > 100) return "the channels' shares add up to " + std::to_string(sum) + " percent, more than 100";
  return {};
}

int channel_capacity(int capacity, const ChannelShares& shares, Channel channel, int released_percent) {
  return released_capacity(released_capacity(capacity, shares.of(channel)), released_percent);
}

}  // namespace civiq::booking
