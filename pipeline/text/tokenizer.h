// Tokenizer: French tokens over a TextView, from UAX #29 word breaks plus French rules.
//
// Word breaks (text/word_breaks.h, ICU for the text it does not cover) give words, numbers and
// punctuation. French rules then:
//  - split elisions at the start of a word: "l'occitanie" → "l'" "occitanie", "jusqu'au" →
//    "jusqu'" "au"; "aujourd'hui", "quelqu'un", "presqu'ile" and names such as "N'Diaye" stay whole;
//  - keep hyphenated compounds whole: "ile-de-france", "vice-president", "toulouse-iii-paul-sabatier",
//    "mi-juin", "2024-2028", and words joined by "&" ("r&d");
//  - join numbers grouped by spaces ("40 000", "1 250 000", "12 500,75"); ICU already keeps "3,7"
//    and "1.250.000";
//  - split a number from the letters glued to it ("50m" → "50" "m", "1er" → "1" "er", "14h30" →
//    "14" "h" "30"); words that start with a letter ("a380", "t3") stay whole;
//  - join a short scale to a currency sign ("m€", "md€", "k€");
//  - keep web and e-mail addresses and dotted acronyms ("s.n.c.f.") whole.
//
//   Tokenizer tokenizer;                 // one per thread: ICU break iterators keep state
//   auto tokens = tokenizer.tokenize(view);
#pragma once

#include <memory>
#include <vector>

#include "text/text_view.h"
#include "text/token.h"

namespace glaneur::text {

class Tokenizer {
 public:
  Tokenizer();
  ~Tokenizer();
  Tokenizer(Tokenizer&&) noexcept;
  Tokenizer& operator=(Tokenizer&&) noexcept;

  std::vector<Token> tokenize(const TextView& view);

 private:
  struct Impl;  // ICU's break iterator and the address pattern, kept out of this header
  std::unique_ptr<Impl> impl_;
};

}  // namespace glaneur::text
