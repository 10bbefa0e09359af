// Tests of text/sentences.h: sentences shown as the original text they cover, with the
// abbreviations of the real rules table (rules/tables/abreviations.tsv).
#include "text/sentences.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "analyzer.h"
#include "rules/rule_set.h"
#include "text/text_view.h"

namespace glaneur::text {
namespace {

Abbreviations real_abbreviations() {
  static const Abbreviations abbreviations = [] {
    rules::RuleSetLoad load = rules::load_rule_set({GLANEUR_SOURCE_DIR "/rules"});
    for (const Error& e : load.errors) ADD_FAILURE() << e.describe();
    return abbreviations_from(load.rules);
  }();
  return abbreviations;
}

std::vector<std::string> sentences_of(const std::string& original) {
  TextView view = TextView::build(original);
  SentenceSplitter splitter(real_abbreviations());
  std::vector<std::string> out;
  for (const Sentence& s : splitter.split(view)) {
    size_t begin = view.to_original_start(s.begin), end = view.to_original_end(s.end);
    out.push_back(original.substr(begin, end - begin));
  }
  return out;
}

std::string show(const std::vector<std::string>& sentences) {
  std::string out;
  for (const std::string& s : sentences) out += "\n    ⟨" + s + "⟩";
  return out.empty() ? " (none)" : out;
}

struct Case {
  std::string name;
  std::string input;
  std::vector<std::string> sentences;  // original surfaces
};

void PrintTo(const Case& c, std::ostream* os) { *os << "«" << c.input << "»"; }

class SentenceSplitterTest : public testing::TestWithParam<Case> {};

TEST_P(SentenceSplitterTest, SplitsAsExpected) {
  const Case& c = GetParam();
  std::vector<std::string> actual = sentences_of(c.input);
  EXPECT_TRUE(actual == c.sentences) << "input:    «" << c.input << "»\n"
                                     << "expected:" << show(c.sentences) << "\n"
                                     << "actual:  " << show(actual);
}

std::string case_name(const testing::TestParamInfo<Case>& info) { return info.param.name; }

const Case kPlain[] = {
    {"TwoSentences", "Le salon ouvre mardi. Il ferme samedi.", {"Le salon ouvre mardi.", "Il ferme samedi."}},
    {"QuestionAndExclamation", "Qui paiera ? La Région ! C’est acté.", {"Qui paiera ?", "La Région !", "C’est acté."}},
    {"LastSentenceWithoutDot", "Une phrase. Une autre sans point", {"Une phrase.", "Une autre sans point"}},
    {"NumberAtTheEnd", "Le budget atteint 50 M€. Le vote suit.", {"Le budget atteint 50 M€.", "Le vote suit."}},
    {"DecimalPointInside", "La hausse est de 3.5 points cette année.", {"La hausse est de 3.5 points cette année."}},
    {"SpacesTrimmed", "  Première phrase.   Deuxième phrase.  ", {"Première phrase.", "Deuxième phrase."}},
    {"NoBreakSpacesTrimmed", "\u00A0Première phrase.\u00A0", {"Première phrase."}},
    {"LeadingByteOrderMark", "\uFEFFPremière phrase. Deuxième phrase.", {"Première phrase.", "Deuxième phrase."}},
    {"Empty", "", {}},
    {"OnlySpaces", "  \n \n", {}},
};
INSTANTIATE_TEST_SUITE_P(Plain, SentenceSplitterTest, testing::ValuesIn(kPlain), case_name);

// A title abbreviation is always followed by a name: never the end of a sentence.
const Case kTitles[] = {
    {"Monsieur", "M. Benabdillah a inauguré le stand. Il est reparti.",
     {"M. Benabdillah a inauguré le stand.", "Il est reparti."}},
    {"MonsieurMidSentence", "Le stand a été inauguré par M. Benabdillah hier.",
     {"Le stand a été inauguré par M. Benabdillah hier."}},
    {"MadameWithoutDot", "Selon Mme Delga, le plan est prêt. La suite viendra en juin.",
     {"Selon Mme Delga, le plan est prêt.", "La suite viendra en juin."}},
    {"Messieurs", "MM. Dupont et Durand sont venus. Ils ont signé.", {"MM. Dupont et Durand sont venus.", "Ils ont signé."}},
    {"Docteur", "Le Dr. Martin confirme. Rien de grave.", {"Le Dr. Martin confirme.", "Rien de grave."}},
    {"Professeur", "Le Pr. Lemoine dirige le laboratoire.", {"Le Pr. Lemoine dirige le laboratoire."}},
    {"MonsieurInParentheses", "Le vice-président (M. Benabdillah) était là.",
     {"Le vice-président (M. Benabdillah) était là."}},
    // French typography puts a no-break space between the title and the name.
    {"MonsieurThenNoBreakSpace", "Il a vu M.\u00A0Benabdillah hier. Il a conclu.",
     {"Il a vu M.\u00A0Benabdillah hier.", "Il a conclu."}},
    {"MonsieurThenNarrowNoBreakSpace", "Il a vu M.\u202FBenabdillah hier.", {"Il a vu M.\u202FBenabdillah hier."}},
    {"MonsieurAfterNoBreakSpace", "Selon\u00A0M. Dupont, tout va bien.", {"Selon\u00A0M. Dupont, tout va bien."}},
};
INSTANTIATE_TEST_SUITE_P(Titles, SentenceSplitterTest, testing::ValuesIn(kTitles), case_name);

// Initials before a capitalised name.
const Case kInitials[] = {
    {"HyphenatedInitials", "Le maire J.-L. Moudenc était présent.", {"Le maire J.-L. Moudenc était présent."}},
    {"OneInitial", "On cite souvent J. Chirac à ce sujet.", {"On cite souvent J. Chirac à ce sujet."}},
    {"InitialsThenNextSentence", "J.-L. Moudenc a signé. Le conseil suit.", {"J.-L. Moudenc a signé.", "Le conseil suit."}},
};
INSTANTIATE_TEST_SUITE_P(Initials, SentenceSplitterTest, testing::ValuesIn(kInitials), case_name);

// Other abbreviations end a sentence only before a capitalised word.
const Case kAbbreviations[] = {
    {"EtcThenLowerCase", "Ils vendent des vélos, des trottinettes, etc. et des pièces.",
     {"Ils vendent des vélos, des trottinettes, etc. et des pièces."}},
    {"EtcThenCapital", "Ils vendent des vélos, des trottinettes, etc. Puis ils réparent.",
     {"Ils vendent des vélos, des trottinettes, etc.", "Puis ils réparent."}},
    {"BeforeChrist", "La ville fut fondée en 52 av. J.-C. en Gaule.", {"La ville fut fondée en 52 av. J.-C. en Gaule."}},
    {"BeforeChristThenSentence", "Elle date de 52 av. J.-C. Le musée l’expose.",
     {"Elle date de 52 av. J.-C.", "Le musée l’expose."}},
    {"Page", "Le détail figure p. 12 du rapport.", {"Le détail figure p. 12 du rapport."}},
    {"PageAtTheEnd", "Le détail figure p. 12. La suite p. 14.", {"Le détail figure p. 12.", "La suite p. 14."}},
    {"Environ", "Le site compte env. 600 personnes.", {"Le site compte env. 600 personnes."}},
    {"Confer", "Voir le tableau (cf. chap. 3) pour le détail.", {"Voir le tableau (cf. chap. 3) pour le détail."}},
    {"MonthThenDay", "La foire ouvre nov. 12 sur le port.", {"La foire ouvre nov. 12 sur le port."}},
    {"CapitalisedMonthThenDay", "Oct. 3 : ouverture du salon.", {"Oct. 3 : ouverture du salon."}},
    {"MonthThenSentence", "La foire ouvre le 12 nov. Elle ferme le 20.", {"La foire ouvre le 12 nov.", "Elle ferme le 20."}},
};
INSTANTIATE_TEST_SUITE_P(Abbreviations, SentenceSplitterTest, testing::ValuesIn(kAbbreviations), case_name);

// « … » quotes: a sentence inside a quote that the sentence goes on after is not a sentence.
const Case kQuotes[] = {
    {"QuoteGoesOnWithComma", "« C’est fait. Enfin », dit-il.", {"« C’est fait. Enfin », dit-il."}},
    {"QuoteWithNoBreakSpaces", "«\u00A0C’est fait. Enfin\u00A0», dit-il.", {"«\u00A0C’est fait. Enfin\u00A0», dit-il."}},
    {"QuoteGoesOnWithLowerCase", "« Nous y sommes. Le plan est lancé » a déclaré le président.",
     {"« Nous y sommes. Le plan est lancé » a déclaré le président."}},
    {"QuoteEndsTheSentence", "Il a conclu : « Le projet avance. » Puis il est parti.",
     {"Il a conclu : « Le projet avance. »", "Puis il est parti."}},
    {"QuoteEndsTheSentenceNoBreakSpace", "Il a conclu : «\u00A0Le projet avance.\u00A0» Puis il est parti.",
     {"Il a conclu : «\u00A0Le projet avance.\u00A0»", "Puis il est parti."}},
    {"QuoteAfterASentence", "Il parle. « Nous signerons », dit-il.", {"Il parle.", "« Nous signerons », dit-il."}},
    {"DotAfterTheQuote", "Il veut « établir des règles ». La suite en 2025.",
     {"Il veut « établir des règles ».", "La suite en 2025."}},
};
INSTANTIATE_TEST_SUITE_P(Quotes, SentenceSplitterTest, testing::ValuesIn(kQuotes), case_name);

// Line breaks always end a sentence: titles and paragraphs are never merged.
const Case kLines[] = {
    {"TitleThenParagraph", "Un plan IA pour juin\nLa Région présente son plan. Le vote suit.",
     {"Un plan IA pour juin", "La Région présente son plan.", "Le vote suit."}},
    {"TitleBlankLineParagraph", "Un plan IA pour juin\n\nLa Région présente son plan.",
     {"Un plan IA pour juin", "La Région présente son plan."}},
    {"LowerCaseAfterLineBreak", "le titre en minuscules\nun paragraphe en minuscules.",
     {"le titre en minuscules", "un paragraphe en minuscules."}},
    {"AbbreviationAtLineEnd", "Des vélos, des motos, etc.\net des pièces.", {"Des vélos, des motos, etc.", "et des pièces."}},
    {"TitleAtLineEnd", "Rencontre avec M.\nBenabdillah parle ensuite.", {"Rencontre avec M.", "Benabdillah parle ensuite."}},
    {"WindowsLineBreak", "Un titre\r\nUn paragraphe.", {"Un titre", "Un paragraphe."}},
    {"QuoteOpenAcrossLines", "« Nous y sommes.\nLe plan », dit-il.", {"« Nous y sommes.", "Le plan », dit-il."}},
};
INSTANTIATE_TEST_SUITE_P(Lines, SentenceSplitterTest, testing::ValuesIn(kLines), case_name);

TEST(SentenceSplitter, RealTableHasTitlesAndOthers) {
  const Abbreviations& a = real_abbreviations();
  auto has = [](const std::vector<std::string>& list, const std::string& s) {
    return std::find(list.begin(), list.end(), s) != list.end();
  };
  EXPECT_TRUE(has(a.titles, "M.")) << "titles should come from rules/tables/abreviations.tsv";
  EXPECT_TRUE(has(a.titles, "MM."));
  EXPECT_TRUE(has(a.others, "etc."));
  EXPECT_TRUE(has(a.others, "J.-C."));
  EXPECT_FALSE(has(a.others, "M."));
}

TEST(SentenceSplitter, SentencesAreOrderedTrimmedAndDisjoint) {
  const std::string text = "  Titre\n\nM. Dupont parle. « C’est fait. Enfin », dit-il.\u00A0 Puis il part.  ";
  TextView view = TextView::build(text);
  SentenceSplitter splitter(real_abbreviations());
  std::vector<Sentence> sentences = splitter.split(view);
  ASSERT_EQ(sentences.size(), 4u) << show(sentences_of(text));
  for (size_t i = 0; i < sentences.size(); ++i) {
    ASSERT_LT(sentences[i].begin, sentences[i].end) << "sentence " << i;
    EXPECT_NE(view.text()[sentences[i].begin], ' ') << "sentence " << i;
    EXPECT_NE(view.text()[sentences[i].end - 1], ' ') << "sentence " << i;
    if (i > 0) {
      EXPECT_LE(sentences[i - 1].end, sentences[i].begin) << "sentence " << i;
    }
  }
}

}  // namespace
}  // namespace glaneur::text
