// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "staff_pin.hpp"

#include <sodium.h>

#include <stdexcept>

namespace civiq::kiosk {
namespace {

void initSodium() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

}  // namespace

QString staffPinProblem(const QString& pin) {
  if (pin.size() < kMinPinDigits || pin.size() > kMaxPinDigits)
    return QStringLiteral("a staff PIN has %1 to %2 digits").arg(kMinPinDigits).arg(kMaxPinDigits);
  for (const QChar c : pin)
    if (c < u'0' || c > u'9') return QStringLiteral("a staff PIN has digits only");
  return {};
}

QString hashStaffPin(const QString& pin) {
  initSodium();
  const QByteArray bytes = pin.toUtf8();
  char hash[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(hash, bytes.constData(), static_cast<unsigned long long>(bytes.size()),
                            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                            crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw std::runtime_error("the PIN could not be hashed (out of memory?)");
  return QString::fromLatin1(hash);
}

bool isStaffPinHash(const QString& hash) {
  return hash.startsWith(QLatin1String("$argon2id$")) && hash.size() < crypto_pwhash_STRBYTES;
}

bool staffPinMatches(const QString& hash, const QString& pin) {
  initSodium();
  const QByteArray stored = hash.toLatin1();  // NUL-terminated by QByteArray
  const QByteArray bytes = pin.toUtf8();
  return crypto_pwhash_str_verify(stored.constData(), bytes.constData(),
                                  static_cast<unsigned long long>(bytes.size())) == 0;
}

}  // namespace civiq::kiosk
