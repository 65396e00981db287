// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The ticket's QR code on screen, from the same QrCode (libqrencode, level M) the receipt prints:
// `image://kioskqr/<percent-encoded text>` in QML. Whole pixels per module, quiet zone of 4
// modules, black on white whatever the theme (phones read dark-on-light best). Thread rule: called
// by Qt Quick on any thread; holds no state.
#include <QQuickImageProvider>

namespace civiq::kiosk {

class QrImageProvider : public QQuickImageProvider {
 public:
  QrImageProvider();
  QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;
};

// The QR image of `text`, as close to `side` pixels square as whole modules allow; null when the
// text does not fit a QR code.
[[nodiscard]] QImage qrImage(const QString& text, int side);

}  // namespace civiq::kiosk
