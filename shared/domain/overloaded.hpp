// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once

namespace civiq::domain {

// std::visit helper: one lambda per alternative.
template <class... Fs>
struct Overloaded : Fs... { using Fs::operator()...; };
// C++20 deduces this for aggregates by itself; clang 14 (the fuzz build, bench/fuzz) does not yet.
template <class... Fs>
Overloaded(Fs...) -> Overloaded<Fs...>;

}  // namespace civiq::domain
