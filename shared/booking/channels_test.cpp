// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "channels.hpp"

#include <doctest/doctest.h>

namespace civiq::booking {
namespace {

TEST_CASE("channels by name, and back") {
  for (const auto channel : kChannels) CHECK(channel_named(channel_name(channel)) == channel);
  CHECK(channel_name(Channel::Phone) == "phone");
  CHECK_FALSE(channel_named("Online").has_value());
  CHECK_FALSE(channel_named("fax").has_value());
}

TEST_CASE("shares from 0 to 100 percent, together at most 100") {
  CHECK(channel_shares_problem({}).empty());
  CHECK(channel_shares_problem({{60, 20, 10}}).empty());  // 10 % for walk-ins
  CHECK(channel_shares_problem({{0, 0, 0}}).empty());     // no booking ahead at all
  CHECK(channel_shares_problem({{70, 20, 20}}) == "the channels' shares add up to 110 percent, more than 100");
  CHECK_FALSE(channel_shares_problem({{101, 0, 0}}).empty());
  CHECK_FALSE(channel_shares_problem({{50, -1, 0}}).empty());
}

TEST_CASE("a channel's capacity: its share of the day, then the released part of that, rounded down") {
  const ChannelShares shares{{60, 25, 10}};
  CHECK(channel_capacity(40, shares, Channel::Online, 100) == 24);
  CHECK(channel_capacity(40, shares, Channel::Phone, 100) == 10);
  CHECK(channel_capacity(40, shares, Channel::Counter, 100) == 4);
  CHECK(channel_capacity(40, shares, Channel::Online, 50) == 12);  // half released yet
  CHECK(channel_capacity(40, shares, Channel::Phone, 0) == 0);     // not released: for no channel
  CHECK(channel_capacity(7, ChannelShares{}, Channel::Online, 100) == 7);  // the default: all online
}

}  // namespace
}  // namespace civiq::booking
