// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once

namespace civiq::domain {

// std::visit helper: one lambda per alternative.
template <class... Fs>
struct Overloaded : Fs... { using Fs::operator()...; };

}  // namespace civiq::domain
