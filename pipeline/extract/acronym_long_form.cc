// Tested through tests/extract/names_test.cc (the acronym cases).
#include "extract/acronym_long_form.h"

#include <algorithm>
#include <cctype>

namespace glaneur::extract {

using text::Token;
using text::TokenKind;

size_t long_form_start(const NameTokens& tokens, size_t open, std::string_view acronym) {
  std::string letters;
  for (char c : acronym)
    if (std::isalpha(static_cast<unsigned char>(c))) letters += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (letters.size() < 2 || letters.size() > 10) return open;
  // The words before "(", nearest first.
  struct Word {
    char initial;
    bool function_word;  // "de", "l'": gives its initial or none
    bool comma;          // gives none
    std::string parts;   // "Grenoble-Alpes" → "ga", "Val-de-Sèvre" → "vs": may give these instead
  };
  auto is_function = [](std::string_view f) {
    return f == "de" || f == "des" || f == "du" || f == "et" || f == "la" || f == "le" || f == "les" || f == "en" ||
           f == "pour" || f == "a" || f == "aux" || f == "au" || f == "sur" || f == "and" || f == "of" || f == "for" ||
           f == "the" || f == "l" || f == "d";
  };
  std::vector<Word> words;
  for (size_t i = open; i > 0 && open - i < 24;) {
    --i;
    const Token& t = tokens.doc().tokens[i];
    std::string_view f = tokens.folded(i);
    if (f == "," && !words.empty()) {
      words.push_back({',', true, true, {}});
      continue;
    }
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kElision) break;
    bool function_word = t.kind == TokenKind::kElision || is_function(f);
    std::string parts;
    if (!function_word && f.find('-') != std::string_view::npos) {
      for (size_t from = 0; from < f.size();) {
        size_t dash = std::min(f.find('-', from), f.size());
        std::string_view part = f.substr(from, dash - from);
        if (!part.empty() && !is_function(part)) parts += part[0];
        from = dash + 1;
      }
      if (parts.size() < 2) parts.clear();
    }
    words.push_back({f[0], function_word, false, std::move(parts)});
  }
  for (bool function_letters : {false, true}) {
    // reachable[j]: the last j letters of the acronym can be spelt by the words read so far.
    std::vector<bool> reachable(letters.size() + 1, false);
    reachable[0] = true;
    for (size_t w = 0; w < words.size(); ++w) {
      const Word& word = words[w];
      std::vector<bool> next(letters.size() + 1, false);
      for (size_t j = 0; j <= letters.size(); ++j) {
        if (!reachable[j]) continue;
        if (word.function_word) next[j] = true;  // gives no letter
        bool gives = !word.comma && (!word.function_word || function_letters);
        if (gives && j < letters.size() && letters[letters.size() - 1 - j] == word.initial) next[j + 1] = true;
        size_t p = word.parts.size();
        if (p > 0 && j + p <= letters.size() && letters.compare(letters.size() - j - p, p, word.parts) == 0) next[j + p] = true;
      }
      reachable = std::move(next);
      if (reachable[letters.size()] && !word.function_word) return open - 1 - w;
      if (std::none_of(reachable.begin(), reachable.end(), [](bool b) { return b; })) break;
    }
  }
  return open;
}

}  // namespace glaneur::extract
