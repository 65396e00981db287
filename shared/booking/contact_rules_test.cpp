// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "contact_rules.hpp"

#include <doctest/doctest.h>

namespace civiq::booking {
namespace {

TEST_CASE("addresses are compared in their normal form") {
  CHECK(normalised_email("Anna.Schmidt+amt@GoogleMail.com") == "annaschmidt@gmail.com");
  CHECK(normalised_email("anna.schmidt@gmail.com") == "annaschmidt@gmail.com");
  CHECK(normalised_email("Jan.Novak+1@Seznam.CZ") == "jan.novak@seznam.cz");  // dots count outside Gmail
  CHECK(normalised_email("buergerbuero@kreis-goerlitz.de") == "buergerbuero@kreis-goerlitz.de");
}

TEST_CASE("what is no address is refused") {
  for (const char* bad : {"", "anna", "@kreis.de", "anna@", "anna schmidt@kreis.de", "anna@kreis.de\n", "+tag@kreis.de"}) {
    CAPTURE(bad);
    CHECK_FALSE(normalised_email(bad).has_value());
  }
  CHECK_FALSE(normalised_email(std::string(250, 'a') + "@x.de").has_value());  // longer than 254
}

TEST_CASE("one address holds at most max_active bookings per service") {
  const std::vector<ActiveBooking> active{{"annaschmidt@gmail.com", 1}, {"annaschmidt@gmail.com", 3}};
  CHECK_FALSE(within_address_limit(active, "annaschmidt@gmail.com", 1, 1));
  CHECK(within_address_limit(active, "annaschmidt@gmail.com", 2, 1));  // another service
  CHECK(within_address_limit(active, "annaschmidt@gmail.com", 1, 2));
  CHECK(within_address_limit(active, "ben@kreis.de", 1, 1));
}

TEST_CASE("a corrected name is the same person, another name is not") {
  CHECK_FALSE(another_person("Anna Schmidt", "  anna   SCHMIDT "));
  CHECK_FALSE(another_person("Jürgen Müller", "JüRGEN Müller"));  // ASCII letters folded, umlauts kept
  CHECK(another_person("Anna Schmidt", "Anna Schmitt"));
  CHECK(another_person("Anna Schmidt", "Ben Schmidt"));
}

}  // namespace
}  // namespace civiq::booking
