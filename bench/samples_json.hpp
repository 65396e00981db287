// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The raw samples a bench's probe hands its Python driver: one JSON object of named arrays of
// milliseconds, `{"a_ms": [1.2, …], "b_ms": [...]}`, written one array at a time.
#include <fstream>
#include <vector>

namespace civiq::bench {

inline void write_samples(std::ofstream& out, const char* name, const std::vector<double>& samples,
                          bool last = false) {
  out << "  \"" << name << "\": [";
  for (std::size_t i = 0; i < samples.size(); ++i) out << (i ? "," : "") << samples[i];
  out << "]" << (last ? "\n" : ",\n");
}

}  // namespace civiq::bench
