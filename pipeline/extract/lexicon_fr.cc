// Tested by tests/extract/lexicon_fr_test.cc
#include "extract/lexicon_fr.h"

#include <cstdlib>
#include <fstream>

#include <unicode/uchar.h>

#include "rules/pattern.h"
#include "text/utf8.h"

namespace glaneur::extract {

FrenchLexicon::FrenchLexicon(const std::string& dic_path) {
  std::ifstream in(dic_path);
  if (!in) return;
  loaded_ = true;
  std::string line;
  std::getline(in, line);  // the entry count
  while (std::getline(in, line)) {
    size_t end = line.find_first_of("/ \t");
    std::string_view surface = std::string_view(line).substr(0, end);
    if (surface.empty()) continue;
    std::string folded = rules::fold_text(surface);
    size_t first = 0;
    bool capitalised = u_isupper(text::decode_utf8(surface, first));
    if (line.find("po:prn") != std::string::npos) first_names_.insert(folded);
    else if (line.find("po:patr") != std::string::npos) surnames_.insert(folded);
    else if (!capitalised) common_.insert(folded);
    if (line.find("po:nom") != std::string::npos) nouns_.insert(std::move(folded));
  }
}

bool FrenchLexicon::is_noun(std::string_view w) const {
  if (!loaded_) return true;
  std::string word(w);
  if (nouns_.count(word)) return true;
  if (word.size() > 2 && (word.back() == 's' || word.back() == 'x') && nouns_.count(word.substr(0, word.size() - 1))) return true;
  if (word.size() > 4 && word.ends_with("aux") && nouns_.count(word.substr(0, word.size() - 3) + "al")) return true;
  return false;
}

bool FrenchLexicon::is_common_word(std::string_view w) const {
  if (!loaded_) return false;
  std::string word(w);
  if (common_.count(word)) return true;
  // Regular plurals and feminines of dictionary words: "annonces", "premiere".
  for (std::string_view suffix : {"s", "x", "e", "es"}) {
    if (word.size() > suffix.size() + 2 && word.ends_with(suffix) && common_.count(word.substr(0, word.size() - suffix.size())))
      return true;
  }
  return false;
}

const FrenchLexicon& french_lexicon() {
  static const FrenchLexicon lexicon([] {
    const char* env = std::getenv("GLANEUR_HUNSPELL_DIC");
    return std::string(env && *env ? env : "/usr/share/hunspell/fr.dic");
  }());
  return lexicon;
}

}  // namespace glaneur::extract
