// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "http_fetch.hpp"

#include <curl/curl.h>

#include <memory>
#include <stdexcept>

namespace civiq::net {
namespace {

struct Sink {
  std::string body;
  std::size_t limit = 0;
  bool too_large = false;
};

std::size_t collect(char* data, std::size_t size, std::size_t count, void* user) {
  auto& sink = *static_cast<Sink*>(user);
  const std::size_t bytes = size * count;
  if (sink.body.size() + bytes > sink.limit) {
    sink.too_large = true;
    return 0;  // makes libcurl stop with CURLE_WRITE_ERROR
  }
  sink.body.append(data, bytes);
  return bytes;
}

// libcurl asks this about once a second, also while nothing arrives; non-zero ends the exchange.
int until_cancelled(void* user, curl_off_t /*dltotal*/, curl_off_t /*dlnow*/, curl_off_t /*ultotal*/, curl_off_t /*ulnow*/) {
  return static_cast<const std::atomic<bool>*>(user)->load() ? 1 : 0;
}

// One exchange: a GET, or a POST of `json` when it is given.
FetchResult exchange(const std::string& url, const std::string& bearer, const std::string* json,
                     std::chrono::milliseconds timeout, const std::atomic<bool>* cancelled, std::size_t body_limit) {
  const std::unique_ptr<CURL, void (*)(CURL*)> curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl) return {0, {}, "libcurl could not make a handle"};
  curl_slist* raw_headers = curl_slist_append(nullptr, "Accept: application/json");
  if (!bearer.empty()) raw_headers = curl_slist_append(raw_headers, ("Authorization: Bearer " + bearer).c_str());
  if (json) raw_headers = curl_slist_append(raw_headers, "Content-Type: application/json");
  const std::unique_ptr<curl_slist, void (*)(curl_slist*)> headers(raw_headers, curl_slist_free_all);
  Sink sink{{}, body_limit, false};
  curl_easy_setopt(curl.get(), CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl.get(), CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl.get(), CURLOPT_HTTPHEADER, headers.get());
  if (json) {
    curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDS, json->data());
    curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(json->size()));
  }
  curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(curl.get(), CURLOPT_WRITEDATA, &sink);
  curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT_MS, static_cast<long>(timeout.count()));
  curl_easy_setopt(curl.get(), CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl.get(), CURLOPT_FOLLOWLOCATION, 0L);
  if (cancelled) {
    curl_easy_setopt(curl.get(), CURLOPT_XFERINFOFUNCTION, until_cancelled);
    curl_easy_setopt(curl.get(), CURLOPT_XFERINFODATA, cancelled);
    curl_easy_setopt(curl.get(), CURLOPT_NOPROGRESS, 0L);
  }
  const CURLcode done = curl_easy_perform(curl.get());
  if (sink.too_large) return {0, {}, "the answer is larger than " + std::to_string(body_limit) + " bytes"};
  if (done != CURLE_OK) return {0, {}, curl_easy_strerror(done)};
  long status = 0;
  curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &status);
  return {static_cast<int>(status), std::move(sink.body), {}};
}

}  // namespace

void init_http_fetch() {
  // Once per process, before any thread uses libcurl (curl_global_init is not thread-safe).
  static const bool ready = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
  if (!ready) throw std::runtime_error("libcurl could not be initialised");
}

FetchResult http_get(const std::string& url, const std::string& bearer, std::chrono::milliseconds timeout,
                     const std::atomic<bool>* cancelled, std::size_t body_limit) {
  return exchange(url, bearer, nullptr, timeout, cancelled, body_limit);
}

FetchResult http_post(const std::string& url, const std::string& bearer, const std::string& json,
                      std::chrono::milliseconds timeout, const std::atomic<bool>* cancelled, std::size_t body_limit) {
  return exchange(url, bearer, &json, timeout, cancelled, body_limit);
}

}  // namespace civiq::net
