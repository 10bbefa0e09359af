// Tested by tests/extract/word_list_fr_test.cc
#include "extract/word_list_fr.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "rules/pattern.h"

namespace glaneur::extract {

FrenchWordList::FrenchWordList(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "glaneur: warning: French word list " << path
              << " not found (package wfrench; GLANEUR_WORD_LIST names another): capitalised words opening a"
                 " sentence will more often be taken for names\n";
    return;
  }
  words_.reserve(350000);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    // Most entries are plain lower-case ASCII: their folded form is themselves.
    bool plain = std::all_of(line.begin(), line.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
    words_.insert(plain ? line : rules::fold_text(line));
  }
}

const FrenchWordList& french_word_list() {
  static const FrenchWordList list([] {
    const char* env = std::getenv("GLANEUR_WORD_LIST");
    return std::string(env && *env ? env : "/usr/share/dict/french");
  }());
  return list;
}

}  // namespace glaneur::extract
