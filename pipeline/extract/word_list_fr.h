// The verb forms that open sentences in the press, imperatives and participles ("Contactez",
// "Rappelons", "Née", "Serrant"), from Debian's wfrench word list (/usr/share/dict/french), which
// writes out every form hunspell's fr.dic lists only as an infinitive and its affix flags. Read
// once, on first use; only the forms shaped so are kept, as written (in lower case, with their
// accents: folding 100,000 words would double the list's load). The name finder asks it whether a
// capitalised word opening a sentence is such a verb rather than a name ("Contactez Pierre
// Durand", "Née à Nancy, elle…").
//
//   shaped_like_an_opening_verb("Contactez")       // true: "-ez"
//   french_word_list().contains("Née")             // true: its letters are lowered
//   french_word_list().contains("ÉLIMINÉ")         // true
//   french_word_list().contains("Kiabi")           // false
//
// The list is found at $GLANEUR_WORD_LIST or /usr/share/dict/french; tools/bootstrap installs it.
// Without it, contains() is always false and names lean on fr.dic alone.
#pragma once

#include <string>
#include <string_view>

#include "text/word_set.h"

namespace glaneur::extract {

// Whether a word, as written, ends like an imperative or a participle: "-ez", "-ons", "-é", "-ée",
// "-és", "-ées", "-ant".
bool shaped_like_an_opening_verb(std::string_view word);

class FrenchWordList {
 public:
  explicit FrenchWordList(const std::string& path);
  bool loaded() const { return loaded_; }
  // Whether the word, in lower case, is in the list.
  bool contains(std::string_view word) const;

 private:
  bool loaded_ = false;
  text::WordSet words_;
};

const FrenchWordList& french_word_list();

}  // namespace glaneur::extract
