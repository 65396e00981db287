// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// An e-mail as it goes over SMTP (RFC 5322): headers, a UTF-8 subject (RFC 2047) and a UTF-8
// plain-text body in base64, so any mail server carries umlauts and long lines unharmed. With an
// attachment (the appointment's .ics) it is multipart/mixed: the same text first, then the file.
// Thread rule: stateless.
#include <optional>
#include <string>
#include <string_view>

#include "domain/berlin_time.hpp"

namespace civiq::central {

// A file that goes with a mail: the appointment as termin.ics.
struct MailAttachment {
  std::string filename;      // "termin.ics"
  std::string content_type;  // "text/calendar; method=REQUEST; charset=UTF-8"
  std::string data;
};

// `message_id`: unique per mail (the outbox row), so a mail sent twice after a crash is one message
// to the citizen's mail program.
[[nodiscard]] std::string rfc5322_message(std::string_view from, std::string_view to, std::string_view subject,
                                          std::string_view body, std::string_view message_id, domain::TimePoint date,
                                          const std::optional<MailAttachment>& attachment);

}  // namespace civiq::central
