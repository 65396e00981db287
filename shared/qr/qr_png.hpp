// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// A QR code as a PNG image, for mails: mail programs show an attached PNG inline, where an SVG is
// often blocked or shown as a file. Black on white, `scale` pixels per module, with the standard
// quiet zone of four modules; 1 bit per pixel, compressed with zlib (a booking code: about 1 KB).
// Thread rule: reentrant.
#include <string>

#include "qr_code.hpp"

namespace civiq::qr {

[[nodiscard]] std::string png_of(const QrCode& code, int scale = 8);

}  // namespace civiq::qr
