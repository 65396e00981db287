// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "reconnect_backoff.hpp"

#include <algorithm>

namespace civiq::qtclient {

ReconnectBackoff::ReconnectBackoff(BackoffConfig config, std::uint32_t seed)
    : config_(config), base_(config.initial), random_(seed) {}

std::chrono::milliseconds ReconnectBackoff::next() {
  std::uniform_real_distribution<double> share(1.0 - config_.jitter, 1.0);
  const auto jittered = std::chrono::milliseconds(static_cast<std::int64_t>(static_cast<double>(base_.count()) * share(random_)));
  const auto grown = std::chrono::milliseconds(static_cast<std::int64_t>(static_cast<double>(base_.count()) * config_.multiplier));
  base_ = std::min(grown, config_.max);
  return std::min(jittered, config_.max);
}

}  // namespace civiq::qtclient
