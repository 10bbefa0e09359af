// Every written form of French words, from Debian's wfrench word list (/usr/share/dict/french):
// conjugated verbs, plurals and feminines that hunspell's fr.dic lists only as a lemma and its
// affix flags ("contactez", "née", "inscrivez-vous" is "inscrivez"). Read once, on first use, kept
// folded. The name finder asks it whether a capitalised word opening a sentence is a word of the
// language ("Contactez Pierre Durand", "Née à Nancy, elle…") rather than a name.
//
//   french_word_list().contains("contactez")   // true
//   french_word_list().contains("kiabi")       // false
//
// The list is found at $GLANEUR_WORD_LIST or /usr/share/dict/french; tools/bootstrap installs it.
// Without it, contains() is always false and names lean on fr.dic alone.
#pragma once

#include <string>
#include <string_view>

#include "text/word_set.h"

namespace glaneur::extract {

class FrenchWordList {
 public:
  explicit FrenchWordList(const std::string& path);
  bool contains(std::string_view folded) const { return words_.contains(folded); }

 private:
  text::WordSet words_;
};

const FrenchWordList& french_word_list();

}  // namespace glaneur::extract
