// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// Edge: the branch configuration (/etc/civiq/branch.toml), parsed by app::parse_branch_config
// (branch_config.cpp, toml++) as civiq-server and `civiq-admin config check` do. A bad file must end
// in a ConfigError naming the problem, never in another exception or a crash; a good one yields a
// validated catalog.
#include <string>

#include "app/branch_config.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const auto config = civiq::app::parse_branch_config(civiq::fuzz::as_text(data, size), "fuzz.toml");
    CIVIQ_FUZZ_CHECK(config.catalog != nullptr);
    CIVIQ_FUZZ_CHECK(config.catalog->validate().has_value());
    CIVIQ_FUZZ_CHECK(!config.languages.empty() && config.languages.front() == "de");
  } catch (const civiq::app::ConfigError& error) {
    CIVIQ_FUZZ_CHECK(std::string(error.what()).starts_with("fuzz.toml"));
  }
  return 0;
}
