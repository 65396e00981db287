// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The citizens' booking pages (booking-web/, protocol::booking_page): every page address answers
// the one index.html, which reads its view (start, activation, manage, offer) and token from the address;
// its files by flat name. Thread rule: immutable after construction; answer() from any thread.
#include <cstddef>
#include <filesystem>
#include <optional>

#include "net/http_types.hpp"
#include "net/static_files.hpp"

namespace civiq::central {

class BookingPages {
 public:
  explicit BookingPages(const std::filesystem::path& root);

  // The reply when `request` is for a page or one of its files (or "/", which leads to the start
  // page); nothing when its path is none of them (an API route, say).
  [[nodiscard]] std::optional<net::HttpResponse> answer(const net::HttpRequest& request) const;
  [[nodiscard]] std::size_t file_count() const { return files_.size(); }

 private:
  net::StaticFiles files_;
};

// Where the pages are when --web-root is not given: the build tree's copy, else the installed one.
[[nodiscard]] std::filesystem::path default_booking_web_root();

}  // namespace civiq::central
