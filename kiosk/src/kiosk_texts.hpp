// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The touch screen's wording in German, English, Polish and Czech, once, next to the receipt's
// (receipt_content.cpp): the controller hands the texts of the chosen language to the layout as one
// map, so QML shows only what C++ chose, and tests read the same words. Any other language shows
// German. Placeholders are %1, %2. Thread rule: pure functions.
#include <QString>
#include <QVariantMap>

namespace civiq::kiosk {

// Every text the layout shows, by key ("startTitle" …), in `language`.
[[nodiscard]] QVariantMap kioskTexts(const QString& language);
// One of them, for the controller's own messages.
[[nodiscard]] QString kioskText(const QString& language, const char* key);
// A language's own name ("Deutsch", "Polski", "Čeština").
[[nodiscard]] QString languageOwnName(const QString& language);

}  // namespace civiq::kiosk
