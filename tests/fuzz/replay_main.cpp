// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The replay driver of the gcc build (CTest): runs every file under the given directories (or the
// given files) through the harness once, in name order, so the seed corpus and every crash
// reproducer are regression tests without clang or libFuzzer. A crash, an exception or a failed
// CIVIQ_FUZZ_CHECK aborts the process and fails the test. Hidden files and README* are skipped
// (.gitkeep keeps an empty crashes/<target>/ in git). Usage: fuzz_<target> DIR_OR_FILE...
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

#include "fuzz_check.hpp"

namespace {

namespace fs = std::filesystem;

bool is_input(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.starts_with(".") && !name.starts_with("README");
}

std::vector<fs::path> inputs_of(const fs::path& root) {
  std::vector<fs::path> files;
  if (fs::is_regular_file(root)) return {root};
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.is_regular_file() && is_input(entry.path())) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s DIR_OR_FILE...\n", argv[0]);
    return 2;
  }
  std::size_t replayed = 0;
  for (int i = 1; i < argc; ++i) {
    const fs::path root = argv[i];
    std::error_code ec;
    if (!fs::exists(root, ec)) {
      std::fprintf(stderr, "%s: no such file or directory\n", argv[i]);
      return 2;
    }
    for (const auto& file : inputs_of(root)) {
      std::ifstream in(file, std::ios::binary);
      const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
      if (!in.good() && !in.eof()) {
        std::fprintf(stderr, "%s: cannot be read\n", file.c_str());
        return 2;
      }
      std::fprintf(stderr, "replay %s\n", file.c_str());
      LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
      ++replayed;
    }
  }
  std::printf("replayed %zu inputs\n", replayed);
  return replayed > 0 ? 0 : 1;  // an empty corpus is a mistake in the test setup, not a pass
}
