// Tested by tests/extract/lexicon_fr_test.cc
#include "extract/lexicon_fr.h"

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <span>

#include <unicode/uchar.h>

#include "io/read_file.h"
#include "rules/pattern.h"
#include "text/utf8.h"

namespace glaneur::extract {

namespace {

// Whether the entry carries one of the affix flags of SI prefixes (fr.aff: "PFX Um", "PFX Ui";
// flags are two characters long, "FLAG long"): "mètre/Um()".
bool takes_si_prefixes(std::string_view line, size_t surface_end) {
  if (surface_end == std::string_view::npos || line[surface_end] != '/') return false;
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

// Whether `w`, or `w` with one of its endings replaced by the lemma's, is in `lemmas`.
bool listed(const text::WordSet& lemmas, std::string_view w, std::span<const Ending> endings) {
  if (lemmas.contains(w)) return true;
  std::string base;  // reused: most tokens are short enough for its inline buffer
  for (const auto& [ending, lemma] : endings) {
    if (w.size() <= ending.size() + 2 || !w.ends_with(ending)) continue;
    base.assign(w.substr(0, w.size() - ending.size()));
    base += lemma;
    if (lemmas.contains(base)) return true;
  }
  return false;
}

// The dictionary lists the masculine singular: plurals and feminines are found through it.
constexpr Ending kPluralsAndFeminines[] = {{"s", ""}, {"x", ""}, {"e", ""}, {"es", ""}};
constexpr Ending kNounEndings[] = {{"s", ""}, {"x", ""}, {"aux", "al"}, {"e", ""}, {"es", ""}};  // "levée" of "levé"
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
  nouns_.reserve(60000);
  common_.reserve(90000);
  adjectives_.reserve(40000);
  size_t next = dic.find('\n') + 1;  // after the entry count
  while (next > 0 && next < dic.size()) {
    size_t eol = dic.find('\n', next);
    if (eol == std::string::npos) eol = dic.size();
    std::string_view line(dic.data() + next, eol - next);
    next = eol + 1;
    size_t end = line.find_first_of("/ \t");
    std::string_view surface = line.substr(0, end);
    if (surface.empty()) continue;
    // Most entries are plain lower-case ASCII: their folded form is themselves.
    bool plain = std::all_of(surface.begin(), surface.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
    std::string folded = plain ? std::string(surface) : rules::fold_text(surface);
    size_t first = 0;
    bool capitalised = !plain && u_isupper(text::decode_utf8(surface, first));
    // The part-of-speech tags, in one pass: "po:nom po:adj".
    std::string_view tags = line.substr(end == std::string_view::npos ? line.size() : end);
    std::string_view kind;  // the first tag's first four characters: "prn ", "patr"
    bool noun = false, adjective = false, grammatical = false;
    for (size_t po = tags.find("po:"); po != std::string_view::npos; po = tags.find("po:", po + 3)) {
      std::string_view tag = tags.substr(po + 3);
      if (kind.empty()) kind = tag.substr(0, 4);
      noun = noun || tag.starts_with("nom");
      adjective = adjective || tag.starts_with("adj");
      grammatical = grammatical || tag.starts_with("mg");
    }
    if (kind == "prn ") first_names_.insert(folded);
    else if (kind == "patr") surnames_.insert(folded);
    else if (!capitalised) common_.insert(folded);
    if (adjective) adjectives_.insert(folded);
    if (grammatical) grammatical_.insert(folded);
    if (!noun) continue;
    if (takes_si_prefixes(line, end)) units_.insert(folded);
    nouns_.insert(folded);
  }
}

bool FrenchLexicon::is_noun(std::string_view w) const {
  if (!loaded_) return true;
  // "son", "la", "a" are nouns too (a sound, a note, a letter); in press text, almost never.
  if (w.size() < 2 || grammatical_.contains(w)) return false;
  if (listed(nouns_, w, kNounEndings)) return true;
  for (std::string_view prefix : kSiPrefixes)
    if (w.size() > prefix.size() + 2 && w.starts_with(prefix) && listed(units_, w.substr(prefix.size()), kNounEndings)) return true;
  return false;
}

bool FrenchLexicon::is_adjective(std::string_view w) const { return loaded_ && listed(adjectives_, w, kAdjectiveEndings); }

bool FrenchLexicon::is_common_word(std::string_view w) const { return loaded_ && listed(common_, w, kPluralsAndFeminines); }

const FrenchLexicon& french_lexicon() {
  static const FrenchLexicon lexicon([] {
    const char* env = std::getenv("GLANEUR_HUNSPELL_DIC");
    return std::string(env && *env ? env : "/usr/share/hunspell/fr.dic");
  }());
  return lexicon;
}

}  // namespace glaneur::extract
