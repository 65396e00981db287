// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// A web page's files (the branch's live ticket, mobile-ticket-web/; central's booking pages,
// booking-web/), read into memory at start. Files are served as they are, or as their pre-compressed
// FILE.gz sibling (made at build time, cmake/web_root.cmake) when the client accepts gzip.
// Thread rule: immutable after construction; safe to read from any thread.
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include <string_view>

#include "net/http_types.hpp"

namespace civiq::net {

class StaticFiles {
 public:
  // Loads every file below root (a missing root serves nothing: size() is 0, the caller says so).
  explicit StaticFiles(const std::filesystem::path& root);

  // `relative` like "index.html" or "static/i18n/de.json"; nothing if there is no such file.
  [[nodiscard]] std::optional<HttpResponse> response(const std::string& relative, bool accepts_gzip) const;
  // The same for a request: gzip when its Accept-Encoding allows.
  [[nodiscard]] std::optional<HttpResponse> response(const std::string& relative, const HttpRequest& request) const;
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

// Where a program finds its page: the build tree's copy when running from a build, else
// `share_folder` (like "share/civiq/booking-web") beside the installed binary, else `installed`.
[[nodiscard]] std::filesystem::path find_web_root(const std::filesystem::path& build_copy,
                                                  std::string_view share_folder,
                                                  const std::filesystem::path& installed);

}  // namespace civiq::net
