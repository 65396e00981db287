// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Sends the mails queued in mail_outbox over SMTP (libcurl; STARTTLS required, or when offered),
// one thread with its own database connection. A mail counts as sent once the mail server has
// accepted it; one it refuses, or a server that is down, is tried again later (after 10 s, then
// longer, up to an hour), so nothing queued is lost. Each mail is marked in its own transaction
// right after the server accepted it, so only a crash in that moment can send one mail twice; its
// Message-ID (the outbox row) lets mail programs see one.
// Thread rule: wake() from any thread; construct and destroy on one.
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace civiq::central {

struct MailSettings {
  std::string smtp_url;  // "smtp://127.0.0.1:2525"; empty: mails stay queued (and are logged)
  std::string from;      // "Termine Landkreis Görlitz <termine@example.org>"
  bool require_tls = false;  // STARTTLS or no mail (mail_requires_tls); else STARTTLS when offered
  std::chrono::milliseconds poll{1000};
};

class MailOutbox {
 public:
  MailOutbox(const std::string& database_uri, MailSettings settings);
  ~MailOutbox();
  MailOutbox(const MailOutbox&) = delete;
  MailOutbox& operator=(const MailOutbox&) = delete;

  // Something was queued: send now rather than at the next poll.
  void wake();

 private:
  struct Connection;
  void run();
  void send_due();

  std::unique_ptr<Connection> connection_;
  MailSettings settings_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool woken_ = false;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace civiq::central
