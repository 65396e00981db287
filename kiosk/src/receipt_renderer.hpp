// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Paints a receipt layout (receipt_layout.hpp) at the printer's resolution: one PDF page of the
// paper's width and the layout's length for CUPS, or an image (the confirmation screen, docs).
// Positions come from the layout as they are; the QR code is drawn as exact whole-dot rectangles,
// never scaled, so each module lands on the head's dots. Text is DejaVu Sans Mono, unhinted, so the
// advances are the ones the layout assumed. Needs a QGuiApplication (fonts).
// Thread rule: any thread, one call at a time per layout (QPainter on a private device).
#include <QByteArray>
#include <QImage>
#include <QString>

#include "receipt_layout.hpp"

namespace civiq::kiosk {

// A one-page PDF; `title` goes into the document information (the job is named separately).
[[nodiscard]] QByteArray renderReceiptPdf(const ReceiptLayout& layout, const QString& title);
// The same receipt as a white image of layout width × length dots.
[[nodiscard]] QImage renderReceiptImage(const ReceiptLayout& layout);

}  // namespace civiq::kiosk
