// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "http_client.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <stdexcept>

#include <boost/asio/connect.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>

namespace civiq::bench {
namespace {

constexpr std::size_t kReadChunk = 16 * 1024;

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::size_t to_size(std::string_view digits, const char* what) {
  std::size_t value = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc{} || end != digits.data() + digits.size()) throw std::runtime_error(std::string("bad ") + what);
  return value;
}

void set_no_delay(tcp::socket& socket) {
  boost::system::error_code ignored;
  socket.set_option(tcp::no_delay(true), ignored);
}

}  // namespace

std::size_t parse_response(std::string_view buffer, HttpResponse& out) {
  const auto head_end = buffer.find("\r\n\r\n");
  if (head_end == std::string_view::npos) return 0;
  const auto head = buffer.substr(0, head_end);
  auto line_end = head.find("\r\n");
  const auto status_line = head.substr(0, line_end);
  // "HTTP/1.1 201 Created"
  if (!status_line.starts_with("HTTP/1.") || status_line.size() < 12) throw std::runtime_error("bad status line");
  const int status = static_cast<int>(to_size(status_line.substr(9, 3), "status code"));
  std::size_t content_length = 0;
  while (line_end != std::string_view::npos) {
    const auto start = line_end + 2;
    line_end = head.find("\r\n", start);
    const auto line = head.substr(start, line_end == std::string_view::npos ? std::string_view::npos : line_end - start);
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const auto name = line.substr(0, colon);
    const auto value = trim(line.substr(colon + 1));
    if (iequals(name, "content-length")) content_length = to_size(value, "Content-Length");
    if (iequals(name, "transfer-encoding")) throw std::runtime_error("chunked replies are not supported");
  }
  const auto total = head_end + 4 + content_length;
  if (buffer.size() < total) return 0;
  out.status = status;
  out.body.assign(buffer.substr(head_end + 4, content_length));
  return total;
}

std::string format_request(const RequestHead& head, std::string_view json_body) {
  std::string out;
  out.reserve(256 + json_body.size());
  out.append(head.method).append(" ").append(head.target).append(" HTTP/1.1\r\nHost: ").append(head.host);
  out.append("\r\nAccept: application/json\r\n");
  if (!head.bearer.empty()) out.append("Authorization: Bearer ").append(head.bearer).append("\r\n");
  if (!head.idempotency_key.empty()) out.append("Idempotency-Key: ").append(head.idempotency_key).append("\r\n");
  if (!json_body.empty()) out.append("Content-Type: application/json\r\n");
  if (!json_body.empty() || head.method == "POST")
    out.append("Content-Length: ").append(std::to_string(json_body.size())).append("\r\n");
  out.append("\r\n").append(json_body);
  return out;
}

asio::awaitable<void> HttpConnection::connect(tcp::endpoint endpoint) {
  buffer_.clear();
  co_await socket_.async_connect(endpoint, asio::use_awaitable);
  set_no_delay(socket_);
}

asio::awaitable<HttpResponse> HttpConnection::request(std::string_view raw) {
  co_await asio::async_write(socket_, asio::buffer(raw), asio::use_awaitable);
  HttpResponse response;
  std::array<char, kReadChunk> chunk;
  for (;;) {
    if (const auto used = parse_response(buffer_, response)) {
      buffer_.erase(0, used);
      co_return response;
    }
    const auto n = co_await socket_.async_read_some(asio::buffer(chunk), asio::use_awaitable);
    buffer_.append(chunk.data(), n);
  }
}

void HttpConnection::connect_sync(const tcp::endpoint& endpoint) {
  buffer_.clear();
  socket_.connect(endpoint);
  set_no_delay(socket_);
}

HttpResponse HttpConnection::request_sync(std::string_view raw) {
  asio::write(socket_, asio::buffer(raw));
  HttpResponse response;
  std::array<char, kReadChunk> chunk;
  for (;;) {
    if (const auto used = parse_response(buffer_, response)) {
      buffer_.erase(0, used);
      return response;
    }
    const auto n = socket_.read_some(asio::buffer(chunk));
    buffer_.append(chunk.data(), n);
  }
}

bool HttpConnection::enable_receive_timestamps() { return bench::enable_receive_timestamps(socket_.native_handle()); }

HttpResponse HttpConnection::request_stamped(std::string_view raw, std::optional<WallClock::time_point>& received) {
  asio::write(socket_, asio::buffer(raw));
  HttpResponse response;
  std::array<char, kReadChunk> chunk;
  received.reset();
  for (;;) {
    if (const auto used = parse_response(buffer_, response)) {
      buffer_.erase(0, used);
      return response;
    }
    // Read past Asio: the stamp comes in the control data of recvmsg.
    const auto n = receive_stamped(socket_.native_handle(), chunk.data(), chunk.size(), received);
    buffer_.append(chunk.data(), n);
  }
}

void HttpConnection::close() {
  boost::system::error_code ignored;
  socket_.shutdown(tcp::socket::shutdown_both, ignored);
  socket_.close(ignored);
  buffer_.clear();
}

std::string host_header(const tcp::endpoint& endpoint) {
  return endpoint.address().to_string() + ":" + std::to_string(endpoint.port());
}

}  // namespace civiq::bench
