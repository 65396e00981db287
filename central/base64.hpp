// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Base64 (RFC 4648, with padding): mail bodies and subjects, and ALTCHA's solution payloads.
// Thread rule: stateless.
#include <optional>
#include <string>
#include <string_view>

namespace civiq::central {

[[nodiscard]] std::string base64(std::string_view bytes);
// Nothing when the text is not padded base64 (no line breaks, no other characters).
[[nodiscard]] std::optional<std::string> from_base64(std::string_view text);

}  // namespace civiq::central
