// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The renderer paints exactly what the layout says: QR modules on whole dots (sampled pixel by
// pixel against the matrix), the quiet zone white, the page as long as the layout. Writes the
// sample receipts of docs/kiosk.md (80 and 58 mm) to $CIVIQ_SCREENSHOT_DIR when set.
#include <QDir>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QtTest>

#include "receipt_job.hpp"
#include "receipt_renderer.hpp"

namespace civiq::kiosk {
namespace {

ReceiptFacts sampleFacts(bool appointment = false) {
  ReceiptFacts facts;
  facts.office = "Bürgerbüro Löbau";
  facts.number = "A017";
  facts.services = {"Kfz-Zulassung", "Abgabe Führerschein × 1"};
  facts.issuedAt = "06.12.2026 09:41";
  facts.position = 4;
  facts.wait = {std::chrono::seconds{540}, std::chrono::seconds{420}, std::chrono::seconds{900}, true};
  facts.url = "https://termine.landkreis.example/t/Qm9vb2ZmZmZmZmZmZmZmZmZmZmZm";
  facts.appointment = appointment;
  return facts;
}

bool isDark(QRgb pixel) {
  return qGray(pixel) < 128;
}

}  // namespace

class ReceiptRendererTest : public QObject {
  Q_OBJECT

 private slots:
  void qrModulesLandOnWholeDots_data() {
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("dpi");
    QTest::newRow("80 mm, 203 dpi") << 80 << 203;
    QTest::newRow("58 mm, 203 dpi") << 58 << 203;
    QTest::newRow("80 mm, 300 dpi") << 80 << 300;
  }
  void qrModulesLandOnWholeDots() {
    QFETCH(int, width);
    QFETCH(int, dpi);
    const auto receipt = prepareReceipt(sampleFacts(), domain::TicketId{4711}, PaperSpec::forWidth(width, dpi));
    QVERIFY(receipt.ok());
    const ReceiptLayout& layout = receipt.value->layout;
    const QImage image = renderReceiptImage(layout);
    QCOMPARE(image.width(), layout.paper.widthDots());
    QCOMPARE(image.height(), layout.lengthDots);
    const QrBlock& qr = layout.qr;
    // Every pixel of every module, not only its centre: a module is a whole-dot square.
    for (int row = 0; row < qr.modules; ++row) {
      for (int column = 0; column < qr.modules; ++column) {
        const bool dark = qr.dark[static_cast<std::size_t>(row) * static_cast<std::size_t>(qr.modules) +
                                  static_cast<std::size_t>(column)];
        for (int dy = 0; dy < qr.moduleDots; ++dy)
          for (int dx = 0; dx < qr.moduleDots; ++dx)
            if (isDark(image.pixel(qr.symbolX() + column * qr.moduleDots + dx,
                                   qr.symbolY() + row * qr.moduleDots + dy)) != dark)
              QFAIL(qPrintable(QStringLiteral("module %1,%2 pixel %3,%4").arg(row).arg(column).arg(dx).arg(dy)));
      }
    }
    // The quiet zone (four modules around the symbol) is white.
    const int quiet = kQuietZoneModules * qr.moduleDots;
    for (int i = 0; i < qr.sizeDots(); ++i) {
      QVERIFY(!isDark(image.pixel(qr.x + i, qr.y + quiet / 2)));
      QVERIFY(!isDark(image.pixel(qr.x + quiet / 2, qr.y + i)));
      QVERIFY(!isDark(image.pixel(qr.x + i, qr.y + qr.sizeDots() - 1 - quiet / 2)));
    }
    // Text is drawn: the number's line has dark pixels.
    const TextBlock* number = layout.find("number");
    QVERIFY(number != nullptr);
    bool inked = false;
    for (int x = 0; x < image.width() && !inked; ++x)
      inked = isDark(image.pixel(x, number->top() + number->lineHeight / 2));
    QVERIFY(inked);
  }

  void pdfPageIsPaperWideAndLayoutLong() {
    const PaperSpec paper = PaperSpec::forWidth(58);
    const auto receipt = prepareReceipt(sampleFacts(true), domain::TicketId{4711}, paper);
    QVERIFY(receipt.ok());
    const QByteArray& pdf = receipt.value->document.pdf;
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(receipt.value->document.name, QStringLiteral("civiq A017 4711"));
    QCOMPARE(receipt.value->document.widthMm, 58.0);
    // One page whose MediaBox is 58 mm × the layout's length, in points (±1 pt of rounding).
    static const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
    const auto match = mediaBox.match(QString::fromLatin1(pdf));
    QVERIFY(match.hasMatch());
    const double points = kPointsPerInch / kMmPerInch;
    QVERIFY(qAbs(match.captured(1).toDouble() - 58 * points) <= 1.0);
    QVERIFY(qAbs(match.captured(2).toDouble() - receipt.value->document.lengthMm * points) <= 1.0);
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    QCOMPARE(QString::fromLatin1(pdf).count(page), 1);
  }

  void writesSampleReceipts() {
    const QString dir = qEnvironmentVariable("CIVIQ_SCREENSHOT_DIR");
    if (dir.isEmpty()) QSKIP("CIVIQ_SCREENSHOT_DIR not set");
    QVERIFY(QDir().mkpath(dir));
    for (const int width : {80, 58}) {
      const auto receipt = prepareReceipt(sampleFacts(width == 58), domain::TicketId{4711}, PaperSpec::forWidth(width));
      QVERIFY(receipt.ok());
      const QString file = QDir(dir).filePath(QStringLiteral("kiosk-receipt-%1mm.png").arg(width));
      QVERIFY(renderReceiptImage(receipt.value->layout).save(file));
    }
  }
};

}  // namespace civiq::kiosk

QTEST_MAIN(civiq::kiosk::ReceiptRendererTest)
#include "receipt_renderer_test.moc"
