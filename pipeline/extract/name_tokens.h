// What the name finder asks of one token or a few: its case in the original text, its folded
// form, whether the tables or the French dictionary know it (a first name, an organisation head, a
// gazetteer entry), whether two tokens touch or share a sentence. Nothing here decides a name.
//
// The layers of the name finder, each a file and each adding to the one before:
//   NameTokens (name_tokens.h)  → NameSpans (name_spans.h, where a name begins and ends)
//   → NameCues (name_cues.h, what the words around a name say of its type)
//   → NameFinder (names.cc, the scan of the article and the choice of a type);
// then name_linking.h (one sense per article, acronyms, surnames) and name_graph.h (entities,
// ROLE and ALIAS relations) work on what was found (found_names.h).
#pragma once

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer.h"
#include "extract/lexicon_fr.h"
#include "extract/name_resources.h"
#include "text/utf8.h"

namespace glaneur::extract {

// Folded tokens joined as the text joins them, any run of spaces as one: "l'energie", "m.",
// "banque de france".
std::string join_tokens(const Document& doc, size_t from, size_t to);

// join_tokens() without a copy where the view already reads so (tokens apart by one space at
// most): the hot lookups (gazetteer, titles before a name) then allocate nothing.
std::string_view joined_view(const Document& doc, size_t from, size_t to, std::string& scratch);

// "Saint-Nicolas-de-Port", "Savonnières-devant-Bar": a compound joined by "sur", "sous", "lès",
// "de", "devant"… as French towns' names are.
bool joins_a_towns_name(std::string_view folded);
// "e", "er", "ème", "re", "ère" (folded): what follows a number written as an ordinal ("3e", "1er",
// "XVIIe", "1ère").
bool is_ordinal_suffix(std::string_view folded);

class NameTokens {
 public:
  NameTokens(Document& doc, const NameResources& names);

  const Document& doc() const { return doc_; }

  std::string_view original(size_t i) const { return original_[i]; }
  std::string_view folded(size_t i) const { return folded_[i]; }
  // The original text of tokens [begin, end): a name as the article writes it.
  std::string name_of(size_t begin, size_t end) const;

  // What the original text says of a token's case, read once: names ask it of every token, often
  // several times.
  enum CaseFlags : uint8_t { kKnown = 1, kUpper = 2, kOneLetter = 4, kNoLowerAscii = 8 };
  uint8_t case_of(size_t i) const {
    uint8_t& flags = case_[i];
    if (flags & kKnown) return flags;
    std::string_view s = original(i);
    size_t pos = 0;
    flags = kKnown;
    if (!s.empty() && u_isupper(text::decode_utf8(s, pos))) flags |= kUpper;
    if (s.size() == pos) flags |= kOneLetter;
    if (std::none_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; })) flags |= kNoLowerAscii;
    return flags;
  }
  // Whether the dictionary knows the token as a common word (lexicon_fr.h), asked once: names ask
  // it of a token many times, and each asking may look up its plural's and feminine's lemma too.
  bool is_common_word(size_t i) const { return word_flag(i, kCommonAsked, kCommon, [&] { return lexicon_.is_common_word(folded(i)); }); }
  // Whether a gazetteer entry may start at the token: capitalised, or the first word of an entry
  // the tables write in lower case ("parti socialiste"), asked once.
  bool may_start_an_entry(size_t i) const {
    return word_flag(i, kEntryAsked, kEntry, [&] { return starts_upper(i) || names_.lower_case_starts.count(folded(i)) > 0; });
  }
  bool starts_upper(size_t i) const { return case_of(i) & kUpper; }
  bool is_capitals(size_t i) const { return !(case_of(i) & kOneLetter) && (case_of(i) & kNoLowerAscii); }
  // A word with a capital that may open a name: not an initial, not a title ("M.", "Mme").
  bool is_capitalised(size_t i) const;
  bool is_acronym(size_t i) const;
  bool is_alphabetic(size_t i) const;
  bool is_roman_numeral(size_t i) const;
  bool is_roman_ordinal(size_t i) const;  // "XVIIe", "IIIème"
  bool civility_and_its_stop(size_t i) const;

  // "de" or "d'": the preposition, elided or not.
  bool is_de(size_t i) const {
    std::string_view f = folded(i);
    return f == "de" || f == "d'";
  }
  // "le", "la", "l'", "les", "du", "au", "aux", "des": a definite article, alone or joined to "de", "à".
  bool is_definite_article(size_t i) const {
    std::string_view f = folded(i);
    return f == "le" || f == "la" || f == "l'" || f == "les" || f == "du" || f == "au" || f == "aux" || f == "des";
  }
  bool is_determiner(size_t i) const {
    std::string_view f = folded(i);
    return f == "le" || f == "la" || f == "les" || f == "l'";
  }
  // "son", "leur", "nos": a possessive determiner, singular or plural.
  bool is_possessive(size_t i) const {
    static const TextSet kPossessives = {"mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses",
                                         "notre", "nos", "votre", "vos", "leur", "leurs"};
    return kPossessives.count(folded(i)) > 0;
  }
  bool is_particle(size_t i) const {
    std::string_view f = folded(i);
    return f == "de" || f == "du" || f == "des" || f == "d'" || f == "la" || f == "le" || f == "van" || f == "von" ||
           f == "der" || f == "den" || f == "ben" || f == "el" || f == "al" || f == "di" || f == "da" || f == "dos";
  }
  bool is_first_name(size_t i) const;
  // A first name of prenoms.tsv, capitalised and not in capitals, that is no common word and names
  // no commune nor a gazetteer entry ("Guylène", "Nicolo"; not "Nancy", "Andra", "LUMINA"): weaker
  // evidence than is_first_name (fr.dic's), read only before a surname.
  bool is_listed_first_name(size_t i) const;
  // A commune of France (communes.tsv) that is no common word: "Gambsheim", "Lens"; not "Suisse",
  // "Vieux" (communes of Moselle and Calvados).
  bool is_commune(size_t i) const { return names_.communes.count(folded(i)) && !is_common_word(i); }
  // A commune's name (communes.tsv) or the first word of a gazetteer entry: "Verdun", "Andra".
  bool starts_a_known_name(size_t i) const { return names_.communes.count(folded(i)) || names_.gazetteer_starts.count(folded(i)); }
  // Whether [begin, end) names a commune or a place the gazetteer knows, whole: "Goumois", "Sochaux".
  bool is_known_place(size_t begin, size_t end) const;
  // An initial as written before its full stop: "J", "J-B" (a civility's "M" too).
  bool is_initial(size_t i) const {
    std::string_view s = original(i);
    auto capital = [](char c) { return c >= 'A' && c <= 'Z'; };
    return (s.size() == 1 && capital(s[0])) || (s.size() == 3 && capital(s[0]) && s[1] == '-' && capital(s[2]));
  }
  // An initial and its full stop right before token i: "J. Choffart", "A-C. Blaise".
  bool follows_an_initial(size_t i) const {
    return i >= 2 && folded(i - 1) == "." && adjacent(i - 2, i - 1) && is_initial(i - 2);
  }
  // A first name, then a capitalised word right after it: "Evelyne Adam", "Jean Moulin".
  bool opens_a_full_name(size_t i) const;
  // A surname: the dictionary's (po:patr) or a well-known person's ("Chirac", "Poutine").
  bool is_surname(size_t i) const {
    std::string_view f = folded(i);
    return lexicon_.is_surname(f) || names_.famous_surnames.count(f) > 0;
  }
  // "à", "en", "vers", "depuis", "près": a preposition before a place; not the "à" of "grâce à",
  // "face à" (indices_noms.tsv, cue a_sans_lieu).
  bool is_place_preposition(size_t i) const {
    std::string_view f = folded(i);
    if (f == "a") return i == 0 || !names_.before_a_no_place.count(folded(i - 1));
    return f == "en" || f == "vers" || f == "depuis" || f == "pres";
  }
  // "championnat de France", "champion d'Europe": the place a title or a competition is of.
  bool after_a_competition(size_t i) const {
    return i >= 2 && (folded(i - 1) == "de" || folded(i - 1) == "d'") && names_.competitions.count(folded(i - 2)) > 0;
  }
  bool is_org_head(size_t i) const;
  // "allocation", "taxe": a lower-case word opening the long form of an acronym that names a thing.
  bool opens_a_things_long_form(size_t i) const { return !starts_upper(i) && names_.acronym_things.count(folded(i)) > 0; }
  // "salle", "gymnase", "église"; "tournoi", "prix": what names a place or an event.
  bool is_place_or_event_head(size_t i) const { return names_.place_heads.count(folded(i)) || names_.other_heads.count(folded(i)); }
  bool is_lowercase_adjective(size_t i) const;
  // A lower-case word with an adjective's ending: "national", "française", "ornithologique".
  // "basé", "organisées": a past participle by its written ending (folding makes "jugé" "juge").
  bool written_as_a_participle(size_t i) const;
  bool has_adjective_ending(size_t i) const;
  // "nancéiens", "dambenoise", "golbéen": a folded word ending as the people of a place are named,
  // the ending after at least `stem` letters.
  static bool has_demonym_ending(std::string_view f, size_t stem);
  // Where a place's people come from, folded: a listed nationality or a demonym's ending ("Belfortain").
  bool is_demonym(std::string_view f) const { return names_.demonyms.count(f) || has_demonym_ending(f, 4); }
  bool is_title_word(const std::string& f) const { return names_.titles.count(f) > 0; }
  // "président", "PDG", "porte-parole": a title that says what someone does in a body (titres.tsv, kind role).
  bool is_role_word(size_t i) const { return names_.roles.count(folded(i)) > 0; }
  bool is_club_marker(size_t i) const { return names_.club_markers.count(folded(i)) > 0; }
  // A society's head, before the name its members gave it ("le club de l'Amitié", "Club « Temps
  // libre »").
  bool is_society_head(size_t i) const {
    static const TextSet kSocieties = {"club", "association", "amicale", "cercle", "chorale", "troupe", "societe"};
    return kSocieties.count(folded(i)) > 0;
  }

  bool adjacent(size_t a, size_t b) const {
    // Only spaces between: no comma, no line break.
    std::string_view between = doc_.view.text().substr(doc_.tokens[a].end, doc_.tokens[b].begin - doc_.tokens[a].end);
    return between.find_first_not_of(' ') == std::string_view::npos && between.size() <= 1;
  }
  // The index of token i's sentence, 0 before the first (1-based otherwise).
  size_t sentence_of(size_t i) const { return sentence_of_[i]; }
  bool in_same_sentence(size_t a, size_t b) const { return sentence_of(a) == sentence_of(b); }
  bool sentence_start(size_t i) const;
  // The first token of the sentence token i is in.
  size_t sentence_first_token(size_t i) const {
    while (i > 0 && in_same_sentence(i - 1, i)) --i;
    return i;
  }

  size_t gazetteer_entry_at(size_t i, const NameResources::Entry** entry) const;
  bool preceded_by(size_t i, const TextSet& set, size_t longest, size_t skip_adjectives = 0) const;
  // An organisation's head right before, maybe then an adjective: "le fonds SPI", "la compagnie
  // péruvienne TANS", "la maison de retraite Lataye".
  bool after_org_head(size_t i) const { return preceded_by(i, names_.org_heads, names_.longest_org_head, 1); }
  // Whether the folded words from token `end` on (up to `longest` of them) are in `set`.
  bool followed_by(size_t end, const TextSet& set, size_t longest) const;
  size_t discipline_end(size_t end, bool de = false) const;
  // "Tennis.", "Ski de fond.": a sport, capitalised or not, then a full stop: a brief's rubric.
  bool is_rubric(size_t i) const;
  bool is_club_compound(size_t i) const;
  bool opens_with_an_arabic_article(size_t i) const;  // "al-Chareh", "el-Assad"

 protected:
  Document& doc_;
  const NameResources& names_;
  const FrenchLexicon& lexicon_;

 private:
  // By token, sentence_of: names ask it of neighbouring tokens at almost every step.
  std::vector<uint32_t> sentence_of_;
  mutable std::vector<uint8_t> case_;  // CaseFlags of each token, filled on first use
  // Each token's text, folded and as the article writes it: names read them at every step.
  std::vector<std::string_view> folded_, original_;
  // What is asked of each token's word many times, each answer kept once asked.
  enum WordFlags : uint8_t { kCommonAsked = 1, kCommon = 2, kEntryAsked = 4, kEntry = 8 };
  template <typename Ask>
  bool word_flag(size_t i, uint8_t asked, uint8_t yes, Ask ask) const {
    uint8_t& flags = word_flags_[i];
    if (!(flags & asked)) flags |= asked | (ask() ? yes : 0);
    return flags & yes;
  }
  mutable std::vector<uint8_t> word_flags_;  // WordFlags of each token
};

}  // namespace glaneur::extract
