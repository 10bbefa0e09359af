// SentenceSplitter: sentences of an article, from UAX #29 sentence breaks plus French rules.
//
// UAX #29 (text/sentence_breaks.h, ICU for the text it does not cover; run on the original text so
// that case is seen) breaks after every "word." followed by a capital. French rules then join back
// what it split:
//  - after a title abbreviation ("M. Benabdillah", "MM. Dupont et Durand", "Dr. Martin");
//  - after another known abbreviation followed by a lower-case word or a digit ("av. J.-C. en",
//    "p. 12", "n° 5");
//  - after an initial followed by a capitalised word ("J. Chirac", "J.-L. Moudenc");
//  - inside « … » quotes that the sentence goes on after ("« C'est fait. Enfin », dit-il.").
// Line breaks always end a sentence: titles and paragraphs are never merged.
//
//   SentenceSplitter splitter(abbreviations);  // one per thread, like Tokenizer
//   for (Sentence s : splitter.split(view)) ...
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "text/text_view.h"

namespace glaneur::text {

struct Sentence {
  uint32_t begin;  // view bytes, half-open, without surrounding spaces
  uint32_t end;
};

// Abbreviations as written, with their final dot when they have one ("M.", "av.", "J.-C.").
struct Abbreviations {
  std::vector<std::string> titles;  // always followed by a name: never end a sentence
  std::vector<std::string> others;  // end a sentence only before a capitalised word
};

class SentenceSplitter {
 public:
  explicit SentenceSplitter(Abbreviations abbreviations);
  ~SentenceSplitter();
  SentenceSplitter(SentenceSplitter&&) noexcept;
  SentenceSplitter& operator=(SentenceSplitter&&) noexcept;

  std::vector<Sentence> split(const TextView& view);

 private:
  struct Impl;  // ICU's break iterator, kept out of this header
  std::unique_ptr<Impl> impl_;
};

}  // namespace glaneur::text
