// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "receipt_renderer.hpp"

#include <QBuffer>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <cmath>

namespace civiq::kiosk {
namespace {

constexpr double kMetresPerInch = 0.0254;

QFont receiptFont(const TextBlock& block) {
  QFont font(QStringLiteral("DejaVu Sans Mono"));
  font.setStyleHint(QFont::Monospace);
  font.setPixelSize(block.pixelSize);
  font.setBold(block.bold);
  // Hinting rounds advances to whole pixels and would widen lines beyond what the layout measured.
  font.setHintingPreference(QFont::PreferNoHinting);
  font.setKerning(false);
  return font;
}

void paint(QPainter& painter, const ReceiptLayout& layout) {
  const PaperSpec& paper = layout.paper;
  painter.fillRect(QRect(0, 0, paper.widthDots(), layout.lengthDots), Qt::white);
  for (const TextBlock& block : layout.texts) {
    const QFont font = receiptFont(block);
    painter.setFont(font);
    const int ascent = static_cast<int>(std::lround(kMonoAscent * block.pixelSize));
    if (block.inverted)
      painter.fillRect(QRect(paper.marginDots(), block.top(), paper.printableDots(), block.bottom() - block.top()),
                       Qt::black);
    painter.setPen(block.inverted ? Qt::white : Qt::black);
    for (const TextLine& line : block.lines)
      painter.drawText(QPoint(line.x, line.y + ascent), QString::fromStdString(line.text));
  }
  const QrBlock& qr = layout.qr;
  for (int row = 0; row < qr.modules; ++row) {
    for (int column = 0; column < qr.modules; ++column) {
      const auto index =
          static_cast<std::size_t>(row) * static_cast<std::size_t>(qr.modules) + static_cast<std::size_t>(column);
      if (!qr.dark[index]) continue;
      painter.fillRect(QRect(qr.symbolX() + column * qr.moduleDots, qr.symbolY() + row * qr.moduleDots, qr.moduleDots,
                             qr.moduleDots),
                       Qt::black);
    }
  }
}

}  // namespace

QByteArray renderReceiptPdf(const ReceiptLayout& layout, const QString& title) {
  QByteArray pdf;
  QBuffer buffer(&pdf);
  buffer.open(QIODevice::WriteOnly);
  {
    QPdfWriter writer(&buffer);
    writer.setCreator(QStringLiteral("civiq-kiosk"));
    writer.setTitle(title);
    writer.setResolution(layout.paper.dpi);
    const double lengthMm = layout.lengthDots * kMmPerInch / layout.paper.dpi;
    writer.setPageSize(
        QPageSize(QSizeF(layout.paper.widthMm, lengthMm), QPageSize::Millimeter, title, QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    paint(painter, layout);
  }  // the painter ends and the writer finishes the file here
  return pdf;
}

QImage renderReceiptImage(const ReceiptLayout& layout) {
  QImage image(layout.paper.widthDots(), layout.lengthDots, QImage::Format_RGB32);
  const int dotsPerMetre = static_cast<int>(std::lround(layout.paper.dpi / kMetresPerInch));
  image.setDotsPerMeterX(dotsPerMetre);
  image.setDotsPerMeterY(dotsPerMetre);
  QPainter painter(&image);
  paint(painter, layout);
  return image;
}

}  // namespace civiq::kiosk
