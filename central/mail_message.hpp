// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// An e-mail as it goes over SMTP (RFC 5322): headers, a UTF-8 subject (RFC 2047) and a UTF-8
// plain-text body in base64, so any mail server carries umlauts and long lines unharmed. With
// attachments (the appointment's .ics, the booking code's QR image) it is multipart/mixed: the same
// text first, then the files; images are marked inline, so mail programs show them under the text.
// Thread rule: stateless.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/berlin_time.hpp"

namespace civiq::central {

// A file that goes with a mail: the appointment as termin.ics, the booking code as termin-code.png.
struct MailAttachment {
  std::string filename;      // "termin.ics"
  std::string content_type;  // "text/calendar; method=REQUEST; charset=UTF-8"
  std::string data;
};

// `message_id`: unique per mail (the outbox row), so a mail sent twice after a crash is one message
// to the citizen's mail program.
[[nodiscard]] std::string rfc5322_message(std::string_view from, std::string_view to, std::string_view subject,
                                          std::string_view body, std::string_view message_id, domain::TimePoint date,
                                          const std::vector<MailAttachment>& attachments);

}  // namespace civiq::central
