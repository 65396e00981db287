// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The live-ticket web page (mobile-ticket-web/), read into memory at start. Files are served as they
// are, or as their pre-compressed FILE.gz sibling (made at build time) when the client accepts gzip.
// Thread rule: immutable after construction; safe to read from any thread.
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "net/http_types.hpp"

namespace civiq::http {

class StaticFiles {
 public:
  // Loads every file below root (missing root: serves nothing, and says so in the log).
  explicit StaticFiles(const std::filesystem::path& root);

  // `relative` like "index.html" or "static/i18n/de.json"; nothing if there is no such file.
  [[nodiscard]] std::optional<net::HttpResponse> response(const std::string& relative, bool accepts_gzip) const;
  [[nodiscard]] std::size_t size() const { return files_.size(); }

 private:
  struct File {
    std::string content_type;
    std::string plain;
    std::optional<std::string> gzip;
    std::string csp;  // Content-Security-Policy, with the hashes of an HTML file's inline styles
  };
  std::map<std::string, File> files_;
};

// The default web root: the build tree's copy when running from a build, else the installed one.
[[nodiscard]] std::filesystem::path default_web_root();

}  // namespace civiq::http
