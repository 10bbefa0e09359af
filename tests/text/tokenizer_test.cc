// Tests of text/tokenizer.h: French tokens, shown as the original text they cover.
#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "text/text_view.h"
#include "text/token.h"

namespace glaneur::text {
namespace {

struct Tokenized {
  std::vector<std::string> surfaces;  // original text of each token
  std::vector<std::string> kinds;     // token_kind_name of each token
};

Tokenized tokenize(const std::string& original) {
  TextView view = TextView::build(original);
  Tokenizer tokenizer;
  Tokenized out;
  for (const Token& token : tokenizer.tokenize(view)) {
    size_t begin = view.to_original_start(token.begin), end = view.to_original_end(token.end);
    out.surfaces.push_back(original.substr(begin, end - begin));
    out.kinds.emplace_back(token_kind_name(token.kind));
  }
  return out;
}

// ⟨l’⟩ ⟨Occitanie⟩: tokens as they read in a failure message.
std::string show(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "⟨" : " ⟨") + item + "⟩";
  return out;
}

struct Case {
  std::string name;
  std::string input;
  std::vector<std::string> tokens;  // original surfaces
  std::vector<std::string> kinds = {};  // when they matter: one per token ("word", "number", ...)
};

// Test names show the input, not the bytes of the struct.
void PrintTo(const Case& c, std::ostream* os) { *os << "«" << c.input << "»"; }

class TokenizerTest : public testing::TestWithParam<Case> {};

TEST_P(TokenizerTest, SplitsAsExpected) {
  const Case& c = GetParam();
  Tokenized actual = tokenize(c.input);
  EXPECT_TRUE(actual.surfaces == c.tokens) << "input:    «" << c.input << "»\n"
                                       << "expected: " << show(c.tokens) << "\n"
                                       << "actual:   " << show(actual.surfaces);
  if (!c.kinds.empty() && actual.surfaces == c.tokens) {
    EXPECT_TRUE(actual.kinds == c.kinds) << "input:    «" << c.input << "»\n"
                                     << "tokens:   " << show(actual.surfaces) << "\n"
                                     << "expected: " << show(c.kinds) << "\n"
                                     << "actual:   " << show(actual.kinds);
  }
}

std::string case_name(const testing::TestParamInfo<Case>& info) { return info.param.name; }

// Elided articles and particles are split off, apostrophe included, straight or curly.
const Case kElisions[] = {
    {"ArticleBeforeName", "l’Occitanie attire", {"l’", "Occitanie", "attire"}, {"elision", "word", "word"}},
    {"StraightApostrophe", "l'Occitanie attire", {"l'", "Occitanie", "attire"}, {"elision", "word", "word"}},
    {"ModifierLetterApostrophe", "lʼOccitanie", {"lʼ", "Occitanie"}, {"elision", "word"}},
    {"CapitalAtSentenceStart", "L’Occitanie gagne.", {"L’", "Occitanie", "gagne", "."}},
    {"Preposition", "50 millions d’euros", {"50", "millions", "d’", "euros"}},
    {"Que", "parce qu’elle investit", {"parce", "qu’", "elle", "investit"}, {"word", "elision", "word", "word"}},
    {"Jusque", "ouvert jusqu’au 25 mai", {"ouvert", "jusqu’", "au", "25", "mai"}},
    {"Lorsque", "lorsqu’il parle", {"lorsqu’", "il", "parle"}, {"elision", "word", "word"}},
    {"Puisque", "puisqu’elle consacre", {"puisqu’", "elle", "consacre"}},
    {"Negation", "il n’a pas signé", {"il", "n’", "a", "pas", "signé"}},
    {"NegationAtSentenceStart", "N’est-ce pas ?", {"N’", "est-ce", "pas", "?"}},
    {"BeforeAccentedCapital", "l’Économie régionale", {"l’", "Économie", "régionale"}},
    {"BeforeHyphenatedPlace", "l’Île-de-France", {"l’", "Île-de-France"}, {"elision", "word"}},
    {"TwoInARow", "qu’il s’agit", {"qu’", "il", "s’", "agit"}},
    {"CeAtSentenceStart", "C’est acté", {"C’", "est", "acté"}, {"elision", "word", "word"}},
    {"JusqueBeforeA", "jusqu’à Paris", {"jusqu’", "à", "Paris"}, {"elision", "word", "word"}},
    {"BeforeAcronym", "l’IA générative", {"l’", "IA", "générative"}, {"elision", "word", "word"}},
    {"BeforeAQuote", "d’« Iroise »", {"d’", "«", "Iroise", "»"}, {"elision", "punct", "word", "punct"}},
};
INSTANTIATE_TEST_SUITE_P(Elisions, TokenizerTest, testing::ValuesIn(kElisions), case_name);

// Words whose apostrophe or hyphens are part of the word stay whole.
const Case kWholeWords[] = {
    {"Aujourdhui", "aujourd’hui", {"aujourd’hui"}, {"word"}},
    {"AujourdhuiStraight", "Aujourd'hui encore", {"Aujourd'hui", "encore"}},
    {"Presquile", "la presqu’île de Giens", {"la", "presqu’île", "de", "Giens"}},
    {"Quelquun", "quelqu’un viendra", {"quelqu’un", "viendra"}},
    {"NameNDiaye", "Pap N’Diaye", {"Pap", "N’Diaye"}, {"word", "word"}},
    {"NameNGolo", "N’Golo Kanté joue", {"N’Golo", "Kanté", "joue"}},
    {"Region", "en Île-de-France", {"en", "Île-de-France"}, {"word", "word"}},
    {"Title", "le vice-président adjoint", {"le", "vice-président", "adjoint"}},
    {"StartUp", "une start-up lyonnaise", {"une", "start-up", "lyonnaise"}},
    {"UniversityWithRomanNumeral", "Toulouse-III-Paul-Sabatier", {"Toulouse-III-Paul-Sabatier"}, {"word"}},
    {"FirstName", "Jean-Luc parle", {"Jean-Luc", "parle"}},
    {"AcronymCompound", "neuf IA-Clusters", {"neuf", "IA-Clusters"}},
    {"MidMonth", "dès la mi-juin", {"dès", "la", "mi-juin"}},
    {"Inversion", "a-t-il dit", {"a-t-il", "dit"}},
    {"ElisionInsideACompound", "Saint-Jean-d’Angély", {"Saint-Jean-d’Angély"}, {"word"}},
    {"Prudhommes", "les prud’hommes", {"les", "prud’hommes"}},
    {"IrishName", "Mme O’Neill", {"Mme", "O’Neill"}},
    {"CityNDjamena", "à N’Djamena", {"à", "N’Djamena"}},
    {"WordWithNumberPart", "le COVID-19", {"le", "COVID-19"}, {"word", "word"}},
    {"SoftHyphenInsideWord", "inter\u00ADnational", {"inter\u00ADnational"}, {"word"}},
    {"CombiningAccents", "e\u0301te\u0301 chaud", {"e\u0301te\u0301", "chaud"}, {"word", "word"}},
    {"SpacedHyphenIsPunctuation", "Paris - Toulouse", {"Paris", "-", "Toulouse"}, {"word", "punct", "word"}},
    {"DashBetweenNamesOrNumbers", "Paris–Roubaix 2024–2028", {"Paris–Roubaix", "2024–2028"}},
    // A dash glued to a word in lower case opens an aside: "Cotti—le plus francophile".
    {"DashOpeningAnAside", "Cotti—le plus", {"Cotti", "—", "le", "plus"}, {"word", "punct", "word", "word"}},
    {"EnDashOpeningAnAside", "Chirac–profite", {"Chirac", "–", "profite"}},
    // The same dash typed or read back as a hyphen, before a word that opens a clause.
    {"HyphenOpeningAnAside", "le ministre Moscovici-qui accompagnait", {"le", "ministre", "Moscovici", "-", "qui", "accompagnait"}},
    {"HyphenBeforeAnElidedWord", "et Cotti-s'étaient", {"et", "Cotti", "-", "s'", "étaient"}},
    {"HyphenInsideAPlaceName", "Bar-le-Duc et Aix-en-Provence", {"Bar-le-Duc", "et", "Aix-en-Provence"}},
    {"HyphenBeforeAnElidedName", "Raon-l'Etape", {"Raon-l'Etape"}},
    {"HyphenAfterALowerCasePart", "Blainville-sur-l'eau", {"Blainville-sur-l'eau"}},
    {"HyphenBeforeAPronoun", "Faut-il", {"Faut-il"}},
    {"HyphenInANumber", "Vingt-et-un", {"Vingt-et-un"}},
    {"HyphenAfterALowerCaseWord", "il a dit celui-là", {"il", "a", "dit", "celui-là"}},
    {"HyphenAfterAVerbOpeningASentence", "Parlons-en. Faites-le !", {"Parlons-en", ".", "Faites-le", "!"}},
    {"HyphenBeforeLaWithItsAccent", "Il dit : Celui-là, non", {"Il", "dit", ":", "Celui-là", ",", "non"}},
};
INSTANTIATE_TEST_SUITE_P(WholeWords, TokenizerTest, testing::ValuesIn(kWholeWords), case_name);

// Numbers with French separators are one token; two numbers side by side are not.
const Case kNumbers[] = {
    {"ThousandsWithSpace", "40 000 habitants", {"40 000", "habitants"}, {"number", "word"}},
    {"ThousandsWithNoBreakSpace", "40\u00A0000 habitants", {"40\u00A0000", "habitants"}, {"number", "word"}},
    {"ThousandsWithNarrowNoBreakSpace", "40\u202F000 habitants", {"40\u202F000", "habitants"}, {"number", "word"}},
    {"Millions", "1 250 000 euros", {"1 250 000", "euros"}, {"number", "word"}},
    {"MillionsWithNarrowSpaces", "1\u202F250\u202F000", {"1\u202F250\u202F000"}, {"number"}},
    {"DecimalComma", "3,7 points", {"3,7", "points"}, {"number", "word"}},
    {"DecimalBelowOne", "0,5 point", {"0,5", "point"}, {"number", "word"}},
    {"DottedThousands", "1.250.000 visiteurs", {"1.250.000", "visiteurs"}, {"number", "word"}},
    {"ThousandsWithDecimals", "12 500,75 euros", {"12 500,75", "euros"}, {"number", "word"}},
    {"YearRange", "sur 2024-2028", {"sur", "2024-2028"}, {"word", "number"}},
    {"YearRangeWithEnDash", "sur 2024–2028", {"sur", "2024–2028"}, {"word", "number"}},
    {"YearThenCountNotJoined", "en 2024 300 personnes", {"en", "2024", "300", "personnes"},
     {"word", "number", "number", "word"}},
    {"TwoThousandsInARange", "de 2 000 à 3 000", {"de", "2 000", "à", "3 000"}},
    {"CommaAfterNumberIsPunctuation", "de 50, puis 100", {"de", "50", ",", "puis", "100"}},
    {"FinalDotIsPunctuation", "en 2028.", {"en", "2028", "."}, {"word", "number", "punct"}},
};
INSTANTIATE_TEST_SUITE_P(Numbers, TokenizerTest, testing::ValuesIn(kNumbers), case_name);

// A number is split from the letters glued after it; a word that starts with a letter is not.
const Case kNumbersAndLetters[] = {
    {"MillionEuros", "50M€", {"50", "M€"}, {"number", "symbol"}},
    {"BillionEurosSpaced", "1,2 Md€", {"1,2", "Md€"}, {"number", "symbol"}},
    {"Premier", "le 1er juin", {"le", "1", "er", "juin"}, {"word", "number", "word", "word"}},
    {"Quatrieme", "la 4e année", {"la", "4", "e", "année"}, {"word", "number", "word", "word"}},
    {"Time", "à 14h30", {"à", "14", "h", "30"}, {"word", "number", "word", "number"}},
    {"Aircraft", "l’A380 décolle", {"l’", "A380", "décolle"}, {"elision", "word", "word"}},
    {"TramLine", "la ligne T3", {"la", "ligne", "T3"}, {"word", "word", "word"}},
    {"AircraftAlone", "un A380 vole", {"un", "A380", "vole"}, {"word", "word", "word"}},
    {"Chemistry", "le CO2 émis", {"le", "CO2", "émis"}, {"word", "word", "word"}},
    {"DecimalMillionEuros", "3,5M€", {"3,5", "M€"}, {"number", "symbol"}},
    {"Troisieme", "la 3ème édition", {"la", "3", "ème", "édition"}, {"word", "number", "word", "word"}},
};
INSTANTIATE_TEST_SUITE_P(NumbersAndLetters, TokenizerTest, testing::ValuesIn(kNumbersAndLetters), case_name);

// Currency and percent signs, alone or with a scale.
const Case kSymbols[] = {
    {"Percent", "3 %", {"3", "%"}, {"number", "symbol"}},
    {"PercentGlued", "3,7%", {"3,7", "%"}, {"number", "symbol"}},
    {"PercentAfterNoBreakSpace", "3\u00A0%", {"3", "%"}, {"number", "symbol"}},
    {"Euro", "25 €", {"25", "€"}, {"number", "symbol"}},
    {"Dollar", "$40", {"$", "40"}, {"symbol", "number"}},
    {"MillionEurosSpaced", "2 M€", {"2", "M€"}, {"number", "symbol"}},
    {"ThousandEuros", "800 k€", {"800", "k€"}, {"number", "symbol"}},
    {"PerMille", "2 ‰", {"2", "‰"}, {"number", "symbol"}},
    {"ThousandsThenEuro", "40 000 €", {"40 000", "€"}, {"number", "symbol"}},
};
INSTANTIATE_TEST_SUITE_P(Symbols, TokenizerTest, testing::ValuesIn(kSymbols), case_name);

// Web and e-mail addresses, dotted acronyms.
const Case kAddressesAndAcronyms[] = {
    {"Url", "voir https://www.laregion.fr/vivatech-2024 pour", {"voir", "https://www.laregion.fr/vivatech-2024", "pour"},
     {"word", "url", "word"}},
    {"UrlBeforeFinalDot", "sur https://example.org/a.", {"sur", "https://example.org/a", "."}, {"word", "url", "punct"}},
    {"WwwAddress", "sur www.laregion.fr, puis", {"sur", "www.laregion.fr", ",", "puis"}, {"word", "url", "punct", "word"}},
    {"Email", "écrire à contact@laregion.fr", {"écrire", "à", "contact@laregion.fr"}, {"word", "word", "url"}},
    {"EmailWithCapitals", "Jean.Dupont@Exemple.FR", {"Jean.Dupont@Exemple.FR"}, {"url"}},
    {"UrlInParentheses", "(https://exemple.fr/a)", {"(", "https://exemple.fr/a", ")"}, {"punct", "url", "punct"}},
    {"EmailWithHyphenatedDomain", "presse@la-region.fr", {"presse@la-region.fr"}, {"url"}},
    {"DottedAcronym", "la S.N.C.F. recrute", {"la", "S.N.C.F.", "recrute"}, {"word", "word", "word"}},
};
INSTANTIATE_TEST_SUITE_P(AddressesAndAcronyms, TokenizerTest, testing::ValuesIn(kAddressesAndAcronyms), case_name);

// Spots that the seed article (occitanie-vivatech-2024) found tricky, in sentences of our own.
const Case kSeedSpots[] = {
    {"CapitalAWithoutAccent", "A l’ouverture du salon", {"A", "l’", "ouverture", "du", "salon"},
     {"word", "elision", "word", "word", "word"}},
    {"CapitalWithoutAccent", "chargé de l’Economie", {"chargé", "de", "l’", "Economie"}},
    {"ResearchAndDevelopment", "la R&D des PME", {"la", "R&D", "des", "PME"}, {"word", "word", "word", "word"}},
    {"PercentOfGdp", "soit 3,7% du PIB", {"soit", "3,7", "%", "du", "PIB"}, {"word", "number", "symbol", "word", "word"}},
    {"CountOfStartUps", "27 start-up présentes", {"27", "start-up", "présentes"}, {"number", "word", "word"}},
    {"AcronymInParentheses", "le laboratoire (LAAS).", {"le", "laboratoire", "(", "LAAS", ")", "."}},
    {"ElisionAfterGuillemet", "« d’établir des règles »", {"«", "d’", "établir", "des", "règles", "»"},
     {"punct", "elision", "word", "word", "word", "punct"}},
    {"ElisionAfterGuillemetAndNoBreakSpace", "«\u00A0d’établir\u00A0»", {"«", "d’", "établir", "»"}},
    {"NumberThenNoun", "un avion 4 places", {"un", "avion", "4", "places"}, {"word", "word", "number", "word"}},
    {"RangeOfMillions", "de 2 à 5 millions", {"de", "2", "à", "5", "millions"}},
    {"DashAsParenthesis", "la Région – seule", {"la", "Région", "–", "seule"}, {"word", "word", "punct", "word"}},
    {"Emoji", "Bravo 👏 !", {"Bravo", "👏", "!"}},
    {"EnglishQuotes", "“Ce plan”, dit-il", {"“", "Ce", "plan", "”", ",", "dit-il"}},
};
INSTANTIATE_TEST_SUITE_P(SeedSpots, TokenizerTest, testing::ValuesIn(kSeedSpots), case_name);

TEST(Tokenizer, EmptyAndBlankTextsHaveNoTokens) {
  EXPECT_TRUE(tokenize("").surfaces.empty());
  EXPECT_TRUE(tokenize(" \u00A0\n\t").surfaces.empty());
}

TEST(Tokenizer, TokensAreOrderedAndDoNotOverlap) {
  const std::string text =
      "A l’ouverture, la Région a présenté 27 start-up ; 40\u202F000 habitants, 3,7%, 50M€ "
      "(voir https://exemple.fr). « C’est fait », dit-il aujourd’hui à 14h30.";
  TextView view = TextView::build(text);
  Tokenizer tokenizer;
  std::vector<Token> tokens = tokenizer.tokenize(view);
  ASSERT_FALSE(tokens.empty());
  for (size_t i = 0; i < tokens.size(); ++i) {
    EXPECT_LT(tokens[i].begin, tokens[i].end) << "token " << i;
    EXPECT_LE(tokens[i].end, view.text().size()) << "token " << i;
    if (i > 0) {
      EXPECT_LE(tokens[i - 1].end, tokens[i].begin) << "token " << i;
    }
  }
}

TEST(Tokenizer, OneTokenizerServesManyTexts) {
  Tokenizer tokenizer;
  const std::string first = "l’Occitanie", second = "40 000 €";
  TextView a = TextView::build(first), b = TextView::build(second);
  EXPECT_EQ(tokenizer.tokenize(a).size(), 2u);
  EXPECT_EQ(tokenizer.tokenize(b).size(), 2u);
  EXPECT_EQ(tokenizer.tokenize(a).size(), 2u);
}

}  // namespace
}  // namespace glaneur::text
