// Tested by tests/extract/lexicon_fr_test.cc
#include "extract/lexicon_fr.h"

#include <cstdlib>
#include <iostream>
#include <span>

#include <unicode/uchar.h>

#include "io/read_file.h"
#include "rules/pattern.h"
#include "text/split.h"
#include "text/utf8.h"

namespace glaneur::extract {

namespace {

// Whether the entry carries one of the affix flags of SI prefixes (fr.aff: "PFX Um", "PFX Ui";
// flags are two characters long, "FLAG long"): "mètre/Um()".
bool takes_si_prefixes(std::string_view line, size_t surface_end) {
  if (surface_end == line.size() || line[surface_end] != '/') return false;
  std::string_view flags = line.substr(surface_end + 1);
  flags = flags.substr(0, flags.find_first_of(" \t"));
  for (size_t i = 0; i + 1 < flags.size(); i += 2)
    if (flags[i] == 'U' && (flags[i + 1] == 'm' || flags[i + 1] == 'i')) return true;
  return false;
}

// An inflected form and the lemma the dictionary lists instead: "régionaux" → "régional".
struct Ending {
  std::string_view ending, lemma;
};

// Whether `w`, or `w` with one of its endings replaced by the lemma's, has the tag in `words`.
bool listed(const text::WordSet& words, uint16_t tag, std::string_view w, std::span<const Ending> endings) {
  if (words.tags(w) & tag) return true;
  std::string base;  // reused: most tokens are short enough for its inline buffer
  for (const auto& [ending, lemma] : endings) {
    if (w.size() <= ending.size() + 2 || !w.ends_with(ending)) continue;
    base.assign(w.substr(0, w.size() - ending.size()));
    base += lemma;
    if (words.tags(base) & tag) return true;
  }
  return false;
}

// Whether an entry's first letter is a capital: "Virginie", "Écully".
bool capitalised(std::string_view surface) {
  unsigned char first = static_cast<unsigned char>(surface[0]);
  if (first < 0x80) return first >= 'A' && first <= 'Z';
  size_t pos = 0;
  return u_isupper(text::decode_utf8(surface, pos));
}

// The dictionary lists the masculine singular: plurals and feminines are found through it.
constexpr Ending kPluralsAndFeminines[] = {{"s", ""}, {"x", ""}, {"e", ""}, {"es", ""}};
// "levée" of "levé"; the feminines of nouns ("lycéennes", "vendeuses", "agricultrices", "éoliennes").
constexpr Ending kNounEndings[] = {{"s", ""},        {"x", ""},         {"aux", "al"},      {"e", ""},
                                   {"es", ""},       {"enne", "en"},    {"ennes", "en"},    {"euse", "eur"},
                                   {"euses", "eur"}, {"trice", "teur"}, {"trices", "teur"}};
constexpr Ending kAdjectiveEndings[] = {{"s", ""},      {"x", ""},      {"e", ""},      {"es", ""},     {"aux", "al"},
                                        {"ive", "if"},  {"ives", "if"}, {"euse", "eux"}, {"euses", "eux"},
                                        {"elle", "el"}, {"elles", "el"}, {"enne", "en"},  {"ennes", "en"}};

// The SI prefixes of fr.aff, folded.
constexpr std::string_view kSiPrefixes[] = {"yotta", "zetta", "exa", "peta", "tera", "giga", "mega", "kilo", "hecto",
                                            "deca", "deci", "centi", "milli", "micro", "nano", "pico"};

}  // namespace

FrenchLexicon::FrenchLexicon(const std::string& dic_path) {
  std::optional<std::string> read = io::read_file(dic_path);
  if (!read) {
    // Names and units then lean on capitalisation alone: results change, so say it.
    std::cerr << "glaneur: warning: French dictionary " << dic_path
              << " not found (package hunspell-fr-comprehensive; GLANEUR_HUNSPELL_DIC names another): names and"
                 " counted units will be less accurate\n";
    return;
  }
  loaded_ = true;
  const std::string& dic = *read;
  // The first line counts the entries: most of them are kept.
  words_.reserve(std::strtoul(dic.c_str(), nullptr, 10));
  size_t next = 0;
  text::next_line(dic, next);  // the entry count
  while (next < dic.size()) {
    std::string_view line = text::next_line(dic, next);
    // The surface, up to its flags or its tags; a plain one (lower-case ASCII) is its own fold.
    size_t end = 0;
    bool plain = true;
    for (; end < line.size() && line[end] != '/' && line[end] != ' ' && line[end] != '\t'; ++end)
      plain = plain && ((line[end] >= 'a' && line[end] <= 'z') || line[end] == '-');
    std::string_view surface = line.substr(0, end);
    if (surface.empty()) continue;
    // The part-of-speech tags, in one pass: "po:nom po:adj".
    std::string_view tags = line.substr(end);
    std::string_view kind;  // the first tag's first four characters: "prn ", "patr"
    uint16_t is = 0;
    bool prefix_only = false;  // "italo", "franco": no word of their own ("Italo Gambone" is a person)
    for (size_t po = tags.find("po:"); po != std::string_view::npos; po = tags.find("po:", po + 3)) {
      std::string_view tag = tags.substr(po + 3);
      prefix_only = (kind.empty() || prefix_only) && tag.starts_with("pfx");
      if (kind.empty()) kind = tag.substr(0, 4);
      if (tag.starts_with("nom")) is |= kNoun;
      if (tag.starts_with("adj")) is |= kAdjective;
      if (tag.starts_with("mg")) is |= kGrammatical;
      if (tag.starts_with("adv")) is |= kAdverb;
    }
    if (kind == "prn ") is |= kFirstName;
    else if (kind == "patr") is |= kSurname;
    else if (!prefix_only && (plain || !capitalised(surface))) is |= kCommon;
    if ((is & kNoun) && takes_si_prefixes(line, end)) is |= kUnit;
    // Entries nothing asks about (places, brands: po:npr) are not even folded.
    if (is == 0) continue;
    if (plain) words_.insert(surface, is);
    else words_.insert(rules::fold_text(surface), is);
  }
}

bool FrenchLexicon::is_noun(std::string_view w) const {
  if (!loaded_) return true;
  // "son", "la", "a" are nouns too (a sound, a note, a letter); in press text, almost never.
  if (w.size() < 2 || is_grammatical(w)) return false;
  if (listed(words_, kNoun, w, kNounEndings)) return true;
  for (std::string_view prefix : kSiPrefixes)
    if (w.size() > prefix.size() + 2 && w.starts_with(prefix) && listed(words_, kUnit, w.substr(prefix.size()), kNounEndings)) return true;
  return false;
}

bool FrenchLexicon::is_adjective(std::string_view w) const { return listed(words_, kAdjective, w, kAdjectiveEndings); }

bool FrenchLexicon::is_common_word(std::string_view w) const { return listed(words_, kCommon, w, kPluralsAndFeminines); }

const FrenchLexicon& french_lexicon() {
  static const FrenchLexicon lexicon([] {
    const char* env = std::getenv("GLANEUR_HUNSPELL_DIC");
    return std::string(env && *env ? env : "/usr/share/hunspell/fr.dic");
  }());
  return lexicon;
}

}  // namespace glaneur::extract
