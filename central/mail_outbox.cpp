// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "mail_outbox.hpp"

#include <curl/curl.h>
#include <pqxx/pqxx>

#include <algorithm>
#include <iostream>
#include <stdexcept>

#include "mail_message.hpp"
#include "qr/qr_code.hpp"
#include "qr/qr_png.hpp"

namespace civiq::central {
namespace {

constexpr int kBatch = 20;  // mails a round sends at most before it looks at the clock again
constexpr std::int64_t kFirstRetrySeconds = 10;
constexpr std::int64_t kLongestRetrySeconds = 3600;
constexpr long kSmtpTimeoutSeconds = 30;

// The bytes libcurl uploads, handed out as it asks for them.
struct Upload {
  std::string data;
  std::size_t sent = 0;
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* upload = static_cast<Upload*>(user);
  const std::size_t n = std::min(size * count, upload->data.size() - upload->sent);
  std::copy_n(upload->data.data() + upload->sent, n, buffer);
  upload->sent += n;
  return n;
}

// The address inside "Name <address>", or the text itself.
std::string envelope_address(const std::string& text) {
  const auto open = text.find('<');
  const auto close = text.find('>', open);
  return open != std::string::npos && close != std::string::npos ? text.substr(open + 1, close - open - 1) : text;
}

// Empty on success, else what went wrong.
std::string send_smtp(const MailSettings& settings, const std::string& recipient, const std::string& message) {
  CURL* curl = curl_easy_init();
  if (!curl) return "libcurl could not start";
  Upload upload{message, 0};
  curl_slist* recipients = curl_slist_append(nullptr, ("<" + recipient + ">").c_str());
  const std::string from = "<" + envelope_address(settings.from) + ">";
  curl_easy_setopt(curl, CURLOPT_URL, settings.smtp_url.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
  curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_upload);
  curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
  curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(settings.require_tls ? CURLUSESSL_ALL : CURLUSESSL_TRY));
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, kSmtpTimeoutSeconds);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  const CURLcode result = curl_easy_perform(curl);
  curl_slist_free_all(recipients);
  curl_easy_cleanup(curl);
  return result == CURLE_OK ? std::string{} : curl_easy_strerror(result);
}

domain::TimePoint now() { return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()); }

}  // namespace

struct MailOutbox::Connection {
  explicit Connection(const std::string& uri) : pq(uri) {}
  pqxx::connection pq;
};

MailOutbox::MailOutbox(const std::string& database_uri, MailSettings settings)
    : connection_(std::make_unique<Connection>(database_uri)), settings_(std::move(settings)) {
  // Once per process, before any thread uses libcurl (curl_global_init is not thread-safe).
  static const bool curl_ready = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
  if (!curl_ready) throw std::runtime_error("libcurl could not be initialised");
  connection_->pq.prepare("due",
                          "SELECT id, recipient, subject, body, attempts, attachment_name, attachment_type, "
                          "attachment, qr_code FROM mail_outbox "
                          "WHERE sent_at IS NULL AND next_attempt_at <= now() ORDER BY id LIMIT $1 "
                          "FOR UPDATE SKIP LOCKED");
  connection_->pq.prepare("sent", "UPDATE mail_outbox SET sent_at = now(), attempts = attempts + 1, "
                                  "last_error = NULL WHERE id = $1");
  connection_->pq.prepare("failed", "UPDATE mail_outbox SET attempts = attempts + 1, last_error = $2, "
                                    "next_attempt_at = now() + make_interval(secs => $3) WHERE id = $1");
  thread_ = std::thread([this] { run(); });
}

MailOutbox::~MailOutbox() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void MailOutbox::wake() {
  {
    const std::lock_guard lock(mutex_);
    woken_ = true;
  }
  wake_.notify_all();
}

void MailOutbox::run() {
  for (;;) {
    {
      std::unique_lock lock(mutex_);
      wake_.wait_for(lock, settings_.poll, [this] { return stopping_ || woken_; });
      if (stopping_) return;
      woken_ = false;
    }
    if (settings_.smtp_url.empty()) continue;  // no mail server configured: the mails wait in the outbox
    try {
      send_due();
    } catch (const std::exception& error) {
      std::cerr << "civiq-central: mail outbox: " << error.what() << std::endl;  // the database: next round
    }
  }
}

void MailOutbox::send_due() {
  // One transaction per mail, committed right after the mail server's answer: a crash can send
  // again at most the one mail under way, never the round's earlier ones. The row stays locked
  // while it is sent: a second civiq-central skips it.
  for (int sent = 0; sent < kBatch; ++sent) {
    pqxx::work one{connection_->pq};
    const auto due = one.exec_prepared("due", 1);
    if (due.empty()) return;
    const auto& row = due[0];
    const auto id = row[0].as<std::int64_t>();
    const auto recipient = row[1].as<std::string>();
    std::vector<MailAttachment> attachments;
    if (!row[7].is_null())
      attachments.push_back({row[5].as<std::string>(), row[6].as<std::string>(), row[7].as<std::string>()});
    if (!row[8].is_null())
      if (const auto code = qr::QrCode::encode(row[8].as<std::string>()))
        attachments.push_back({"termin-code.png", "image/png", qr::png_of(*code)});
    const std::string message = rfc5322_message(settings_.from, recipient, row[2].as<std::string>(),
                                                row[3].as<std::string>(),
                                                "outbox-" + std::to_string(id) + "@civiq-central", now(), attachments);
    const std::string error = send_smtp(settings_, recipient, message);
    if (error.empty()) {
      one.exec_prepared("sent", id);
    } else {
      const auto attempts = row[4].as<int>();
      const std::int64_t wait = std::min(kLongestRetrySeconds, kFirstRetrySeconds << std::min(attempts, 12));
      one.exec_prepared("failed", id, error, static_cast<double>(wait));
    }
    one.commit();
  }
}

}  // namespace civiq::central
