#include "responses.hpp"

#include <charconv>

#include "error_map.hpp"

namespace civiq::http {

net::HttpResponse error_response(int status, std::string code, std::string message) {
  return json_response(status, protocol::ErrorBody{std::move(code), std::move(message)});
}

net::HttpResponse domain_error_response(const domain::DomainError& error) {
  const auto mapped = map_error(error.code);
  return error_response(mapped.status, mapped.code, error.detail);
}

net::HttpResponse no_content() { return {204, "", "", {}}; }

std::optional<std::int32_t> id_param(const Call& call, const Reply& reply, const char* not_found_code) {
  const std::string& text = call.params.at("id");
  std::int32_t id = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc{} || end != text.data() + text.size()) {
    reply(error_response(404, not_found_code, "no such id: " + text));
    return std::nullopt;
  }
  return id;
}

}  // namespace civiq::http
