// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "announcement_text.hpp"

#include <QDebug>
#include <QRegularExpression>
#include <QStringList>

namespace civiq::display {
namespace {

const QString kNumber = QStringLiteral("{number}");
const QString kCounter = QStringLiteral("{counter}");

// The language code without region: "de-AT", "de_AT" and "DE" all mean "de".
QString languageCode(const QString& language) {
  return language.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).trimmed().toLower();
}

// Counter names arrive from the server in the nominative ("Stanowisko 3", "Přepážka 3"). Polish and
// Czech would decline them after a preposition ("do stanowiska", "k přepážce"), so those templates
// put the counter on its own after a comma, the way announcements there are worded anyway.
QString builtInTemplate(const QString& code) {
  if (code == QLatin1String("en")) return QStringLiteral("Number {number}, please go to {counter}");
  if (code == QLatin1String("pl")) return QStringLiteral("Zapraszamy numer {number}, {counter}");
  if (code == QLatin1String("cs")) return QStringLiteral("Prosíme číslo {number}, {counter}");
  return QStringLiteral("Nummer {number}, bitte zu {counter}");
}

bool hasBuiltInWording(const QString& code) {
  return code == QLatin1String("de") || code == QLatin1String("en") || code == QLatin1String("pl") ||
         code == QLatin1String("cs");
}

}  // namespace

AnnouncementWording defaultWording(const QString& language) {
  const QString code = languageCode(language);
  if (!hasBuiltInWording(code)) {
    // German wording spoken with a German voice: never German words in a Polish voice.
    return {QStringLiteral("de"), builtInTemplate(QStringLiteral("de"))};
  }
  return {code, builtInTemplate(code)};
}

bool isValidTemplate(const QString& callTemplate) {
  if (!callTemplate.contains(kNumber)) return false;
  static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
  for (auto it = placeholder.globalMatch(callTemplate); it.hasNext();) {
    const QString name = it.next().captured(0);
    if (name != kNumber && name != kCounter) return false;
  }
  return true;
}

AnnouncementWording announcementWording(const QString& language, const QString& customTemplate) {
  AnnouncementWording wording = defaultWording(language);
  if (customTemplate.isEmpty()) return wording;
  if (!isValidTemplate(customTemplate)) {
    qWarning(
        "announcements: template \"%s\" needs {number} and knows only {number} and {counter}; "
        "using the default \"%s\"",
        qUtf8Printable(customTemplate), qUtf8Printable(wording.callTemplate));
    return wording;
  }
  // A custom template is in the configured language even if we have no built-in wording for it.
  const QString code = languageCode(language);
  if (!code.isEmpty()) wording.language = code;
  wording.callTemplate = customTemplate;
  return wording;
}

QString spokenNumber(const QString& number) {
  QStringList parts;
  QString run;
  bool runIsDigits = false;
  const auto flush = [&] {
    if (run.isEmpty()) return;
    if (runIsDigits) {
      // "042" is read "zweiundvierzig", "000" still needs to be read as "null".
      qsizetype firstNonZero = 0;
      while (firstNonZero < run.size() - 1 && run.at(firstNonZero) == QLatin1Char('0')) ++firstNonZero;
      run = run.mid(firstNonZero);
    }
    parts.append(run);
    run.clear();
  };
  for (const QChar c : number) {
    if (!c.isLetterOrNumber()) {  // "A-042", "A 042": separators only end a run
      flush();
      continue;
    }
    const bool digit = c.isDigit();
    if (!run.isEmpty() && digit != runIsDigits) flush();
    runIsDigits = digit;
    run.append(c);
  }
  flush();
  return parts.join(QLatin1Char(' '));
}

QString announcementText(const AnnouncementWording& wording, const QString& number, const QString& counter) {
  QString text = wording.callTemplate;
  text.replace(kNumber, spokenNumber(number));
  text.replace(kCounter, counter.trimmed());
  return text;
}

}  // namespace civiq::display
