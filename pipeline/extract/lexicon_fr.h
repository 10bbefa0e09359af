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

#include <cstdint>
#include <string>
#include <string_view>

#include "text/word_set.h"

namespace glaneur::extract {

class FrenchLexicon {
 public:
  explicit FrenchLexicon(const std::string& dic_path);
  bool loaded() const { return loaded_; }
  // A noun, in the singular or a regular plural (-s, -x, -aux for -al); not a grammatical word
  // ("son", "la": po:mg) nor a single letter. Units take the SI prefixes the dictionary allows
  // them: "mégawatts", "kilomètres".
  bool is_noun(std::string_view folded) const;
  // An adjective (po:adj), in any gender and number: "primitif", "régionaux", "nouvelle".
  bool is_adjective(std::string_view folded) const;
  // A first name (po:prn: "Carole", "Emmanuel") or a surname (po:patr: "Macron").
  bool is_first_name(std::string_view folded) const { return words_.tags(folded) & kFirstName; }
  bool is_surname(std::string_view folded) const { return words_.tags(folded) & kSurname; }
  // A word of the language written in lower case in the dictionary ("dans", "signature",
  // "doubler"): capitalised at a sentence start, it is not a name.
  bool is_common_word(std::string_view folded) const;
  // An adverb (po:adv: "dorénavant", "heureusement"), which no name opens.
  bool is_adverb(std::string_view folded) const { return words_.tags(folded) & kAdverb; }
  // A grammatical word (po:mg: "mais", "une", "que", "lorsque").
  bool is_grammatical(std::string_view folded) const { return words_.tags(folded) & kGrammatical; }

 private:
  // What the dictionary says a folded word is; a word may be several ("nouveau": noun, adjective).
  enum Tag : uint16_t {
    kNoun = 1,
    kAdjective = 2,
    kGrammatical = 4,
    kFirstName = 8,
    kSurname = 16,
    kCommon = 32,  // written in lower case
    kUnit = 64,    // a noun that takes SI prefixes (hunspell flags Um and Ui): "mètre", "watt"
    kAdverb = 128,
  };
  bool loaded_ = false;
  text::WordSet words_;  // every entry that has a tag, once, folded
};

const FrenchLexicon& french_lexicon();

}  // namespace glaneur::extract
