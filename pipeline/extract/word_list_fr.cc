// Tested by tests/extract/word_list_fr_test.cc
#include "extract/word_list_fr.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>

#include "io/read_file.h"
#include "text/split.h"
#include "text/utf8.h"

namespace glaneur::extract {

bool shaped_like_an_opening_verb(std::string_view word) {
  // "-ez", "-ons", "-ant", "-é", "-ée", "-és", "-ées", by their last byte first: the word list
  // asks it of each of its 346,000 words at start-up.
  if (word.empty()) return false;
  switch (word.back()) {
    case 'z': return word.ends_with("ez");
    case 't': return word.ends_with("ant");
    case 's': return word.ends_with("ons") || word.ends_with("és") || word.ends_with("ées");
    case 'e': return word.ends_with("ée");
    case '\xA9': return word.ends_with("é");  // the last byte of "é" in UTF-8
    default: return false;
  }
}

FrenchWordList::FrenchWordList(const std::string& path) {
  std::optional<std::string> list = io::read_file(path);
  if (!list) {
    std::cerr << "glaneur: warning: French word list " << path
              << " not found (package wfrench; GLANEUR_WORD_LIST names another): capitalised words opening a"
                 " sentence will more often be taken for names\n";
    return;
  }
  loaded_ = true;
  words_.reserve(110000);
  for (size_t next = 0; next < list->size();) {
    std::string_view word = text::next_line(*list, next);
    if (!word.empty() && shaped_like_an_opening_verb(word)) words_.insert(word);
  }
}

bool FrenchWordList::contains(std::string_view word) const {
  std::string lowered;
  lowered.reserve(word.size());
  for (size_t pos = 0; pos < word.size();) text::append_utf8(lowered, u_tolower(text::decode_utf8(word, pos)));
  return words_.contains(lowered);
}

const FrenchWordList& french_word_list() {
  static const FrenchWordList list([] {
    const char* env = std::getenv("GLANEUR_WORD_LIST");
    return std::string(env && *env ? env : "/usr/share/dict/french");
  }());
  return list;
}

}  // namespace glaneur::extract
