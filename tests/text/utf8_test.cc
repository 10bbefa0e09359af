#include "text/utf8.h"

#include <gtest/gtest.h>

namespace glaneur::text {
namespace {

TEST(Utf8, AcceptsFrenchTypography) {
  EXPECT_EQ(first_invalid_utf8("l’Île-de-France, 40\u202F000\u00A0€"), std::nullopt);
  // Long enough (256 bytes and more) for the vector check.
  EXPECT_EQ(first_invalid_utf8(std::string(300, 'a') + "Ça 🎉 ∑ " + std::string(300, 'e')), std::nullopt);
}

TEST(Utf8, PointsAtTheFirstBadByte) {
  struct Case { std::string text; size_t bad; };
  const Case cases[] = {
      {"abc\xFF", 3},                // never valid
      {"\xC3", 0},                   // truncated sequence
      {"ok \xC0\xAF", 3},            // overlong '/'
      {"\xED\xA0\x80", 0},           // UTF-16 surrogate
      {"\xF4\x90\x80\x80", 0},       // above U+10FFFF
      {"déjà \xE2\x82", 7},          // truncated €
      {std::string(70, 'a') + "é\xED\xA0\x80" + std::string(300, 'b'), 72},  // a long text, the vector check first
  };
  for (const Case& c : cases) EXPECT_EQ(first_invalid_utf8(c.text), c.bad) << c.text;
}

}  // namespace
}  // namespace glaneur::text
