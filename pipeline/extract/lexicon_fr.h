// French word classes from Debian's hunspell-fr-comprehensive dictionary (Grammalecte's),
// /usr/share/hunspell/fr.dic, whose entries carry morphological tags: "habitant/F.() po:nom".
// Read once, on first use; words are kept folded ("salarie"), so lookups take folded text.
//
//   french_lexicon().is_noun("habitants")   // true: the plural of a po:nom entry
//   french_lexicon().is_noun("revenir")     // false
//
// The dictionary is found at $GLANEUR_HUNSPELL_DIC or /usr/share/hunspell/fr.dic; tools/bootstrap
// installs it. Without it, every word counts as a noun (loaded() says so).
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace glaneur::extract {

class FrenchLexicon {
 public:
  explicit FrenchLexicon(const std::string& dic_path);
  bool loaded() const { return loaded_; }
  // A noun, in the singular or a regular plural (-s, -x, -aux for -al).
  bool is_noun(std::string_view folded) const;

 private:
  bool loaded_ = false;
  std::unordered_set<std::string> nouns_;
};

const FrenchLexicon& french_lexicon();

}  // namespace glaneur::extract
