// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// An e-mail as it goes over SMTP (RFC 5322): headers, a UTF-8 subject (RFC 2047) and a UTF-8
// plain-text body in base64, so any mail server carries umlauts and long lines unharmed.
// Thread rule: stateless.
#include <string>
#include <string_view>

#include "domain/berlin_time.hpp"

namespace civiq::central {

// `message_id`: unique per mail (the outbox row), so a mail sent twice after a crash is one message
// to the citizen's mail program.
[[nodiscard]] std::string rfc5322_message(std::string_view from, std::string_view to, std::string_view subject,
                                          std::string_view body, std::string_view message_id, domain::TimePoint date);

}  // namespace civiq::central
