// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Private to civiq_net: Beast/Asio aliases for the .cpp files. Never include from a public header.

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

namespace civiq::net::detail {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using error_code = boost::system::error_code;

using BeastRequest = http::request<http::string_body>;
using BeastResponse = http::response<http::string_body>;

}  // namespace civiq::net::detail
