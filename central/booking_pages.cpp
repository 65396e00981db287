// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "booking_pages.hpp"

#include <array>

#include "net/json_responses.hpp"
#include "protocol/booking_messages.hpp"

namespace civiq::central {
namespace {

namespace page = protocol::booking_page;

bool flat_name(const std::string& name) {
  return !name.empty() && name.front() != '.' &&
         name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-") ==
             std::string::npos;
}

net::HttpResponse redirect_to_start() {
  net::HttpResponse response{302, "text/plain; charset=utf-8", "", {}};
  response.headers.emplace_back("Location", std::string(page::kStart.pattern));
  return response;
}

}  // namespace

BookingPages::BookingPages(const std::filesystem::path& root) : files_(root) {}

std::optional<net::HttpResponse> BookingPages::answer(const net::HttpRequest& request) const {
  const std::string_view path = request.path;
  if (path == "/" || path == "/booking") return redirect_to_start();
  if (!path.starts_with(page::kStart.pattern)) return std::nullopt;
  if (request.method != "GET" && request.method != "HEAD")
    return net::error_response(protocol::ErrorCode::MethodNotAllowed, "use GET");

  std::optional<std::string> relative;
  for (const auto& [def, folder] :
       std::array{std::pair{page::kAsset, "static/"}, std::pair{page::kTranslation, "static/i18n/"}}) {
    if (const auto file = protocol::route_parameter(def, path); file && flat_name(*file)) relative = folder + *file;
  }
  const bool is_page = path == page::kStart.pattern || protocol::route_parameter(page::kActivate, path) ||
                       protocol::route_parameter(page::kManage, path) || protocol::route_parameter(page::kOffer, path);
  if (is_page) relative = "index.html";
  if (!relative) return net::error_response(protocol::ErrorCode::NotFound, "no such page");
  auto response = files_.response(*relative, request);
  if (!response) return net::error_response(protocol::ErrorCode::NotFound, "the booking pages are not installed here");
  // An address with a token in it is nobody's search result.
  if (is_page) response->headers.emplace_back("X-Robots-Tag", "noindex");
  return response;
}

std::filesystem::path default_booking_web_root() {
  return net::find_web_root(CIVIQ_BUILD_WEB_ROOT, CIVIQ_WEB_SHARE_FOLDER, CIVIQ_INSTALLED_WEB_ROOT);
}

}  // namespace civiq::central
