// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "qr_image_provider.hpp"

#include <QPainter>
#include <QUrl>

#include "qr/qr_code.hpp"

namespace civiq::kiosk {
namespace {

constexpr int kQuietModules = 4;
constexpr int kDefaultSide = 480;

}  // namespace

QrImageProvider::QrImageProvider() : QQuickImageProvider(QQuickImageProvider::Image) {}

QImage qrImage(const QString& text, int side) {
  const auto code = qr::QrCode::encode(text.toStdString());
  if (!code) return {};
  const int modules = code->side() + 2 * kQuietModules;
  const int scale = std::max(1, side / modules);
  QImage image(modules * scale, modules * scale, QImage::Format_RGB32);
  image.fill(Qt::white);
  QPainter painter(&image);
  for (int row = 0; row < code->side(); ++row)
    for (int column = 0; column < code->side(); ++column)
      if (code->dark(row, column))
        painter.fillRect((column + kQuietModules) * scale, (row + kQuietModules) * scale, scale, scale, Qt::black);
  return image;
}

QImage QrImageProvider::requestImage(const QString& id, QSize* size, const QSize& requestedSize) {
  const int side = requestedSize.isValid() ? std::min(requestedSize.width(), requestedSize.height()) : kDefaultSide;
  QImage image = qrImage(QUrl::fromPercentEncoding(id.toLatin1()), side);
  if (size) *size = image.size();
  return image;
}

}  // namespace civiq::kiosk
