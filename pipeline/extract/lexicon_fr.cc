// Tested by tests/extract/lexicon_fr_test.cc
#include "extract/lexicon_fr.h"

#include <cstdlib>
#include <fstream>

#include "rules/pattern.h"

namespace glaneur::extract {

FrenchLexicon::FrenchLexicon(const std::string& dic_path) {
  std::ifstream in(dic_path);
  if (!in) return;
  loaded_ = true;
  std::string line;
  std::getline(in, line);  // the entry count
  while (std::getline(in, line)) {
    if (line.find("po:nom") == std::string::npos) continue;
    size_t end = line.find_first_of("/ \t");
    nouns_.insert(rules::fold_text(std::string_view(line).substr(0, end)));
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

const FrenchLexicon& french_lexicon() {
  static const FrenchLexicon lexicon([] {
    const char* env = std::getenv("GLANEUR_HUNSPELL_DIC");
    return std::string(env && *env ? env : "/usr/share/hunspell/fr.dic");
  }());
  return lexicon;
}

}  // namespace glaneur::extract
