// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// What the display says when a ticket is called: the wording per language (a template with the
// placeholders {number} and {counter}) and the spoken form of a ticket number ("A042" -> "A 42", so
// that speech engines read "A zweiundvierzig" instead of spelling digits or reading "null").
// Invariant: a wording's callTemplate always contains {number} (isValidTemplate). Thread rule: pure
// functions on values, callable from any thread.
#include <QString>

namespace civiq::display {

struct AnnouncementWording {
  QString language;      // "de", "en", "pl", "cs": also picks the speech engine's locale
  QString callTemplate;  // "Nummer {number}, bitte zu {counter}"
};

// The built-in wording of a language; an unknown language gets German (the product's home
// market) rather than silence. The language is normalised to its lower-case code ("de-AT" -> "de").
[[nodiscard]] AnnouncementWording defaultWording(const QString& language);

// True when a template can be announced: it contains {number} (without it nobody knows who is
// called), and every other {placeholder} is {counter}, so a typo such as {nummer} is caught when the
// config is read instead of being spoken aloud.
[[nodiscard]] bool isValidTemplate(const QString& callTemplate);

// The wording for a language with an optional custom template from the config: an empty template
// means the language's default; an invalid one is logged and replaced by the default, so a typo never
// silences the display (the settings parser should reject it first with isValidTemplate).
[[nodiscard]] AnnouncementWording announcementWording(const QString& language, const QString& customTemplate);

// The ticket number as it should be spoken: letter and digit runs separated by a space, digits
// without leading zeros. "A042" -> "A 42", "B100" -> "B 100", "A000" -> "A 0", "AB007" -> "AB 7".
[[nodiscard]] QString spokenNumber(const QString& number);

// The sentence to speak for a call: the template with {number} replaced by spokenNumber(number)
// and {counter} by the counter's name as the server sends it ("Schalter 3").
[[nodiscard]] QString announcementText(const AnnouncementWording& wording, const QString& number,
                                       const QString& counter);

}  // namespace civiq::display
