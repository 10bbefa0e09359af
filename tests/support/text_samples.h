// Texts that tests compare two implementations on: every short string over a sample of
// characters, every code point in a few contexts, and the articles of a JSONL file (corpus/, the
// bench corpus).
#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "io/article_reader.h"
#include "text/utf8.h"

namespace glaneur::testing_support {

// Calls visit(s) on every string of `length` characters drawn from `sample`.
template <typename Visit>
void each_string(const std::vector<std::string>& sample, size_t length, Visit visit) {
  std::string text;
  auto grow = [&](auto& self, size_t left) -> void {
    if (left == 0) {
      visit(static_cast<const std::string&>(text));
      return;
    }
    for (const std::string& c : sample) {
      size_t size = text.size();
      text += c;
      self(self, left - 1);
      text.resize(size);
    }
  };
  grow(grow, length);
}

// Calls visit(c, utf8) on every code point below `end` but the surrogates, with its UTF-8.
template <typename Visit>
void each_code_point_below(char32_t end, Visit visit) {
  for (char32_t c = 0; c < end; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string utf8;
    text::append_utf8(utf8, c);
    visit(c, utf8);
  }
}

// `context` with each '#' replaced by `piece`: "a#a" and "é" give "aéa".
inline std::string placed_in(std::string_view context, const std::string& piece) {
  std::string text;
  for (char k : context) text += k == '#' ? piece : std::string(1, k);
  return text;
}

// The texts of the articles of a JSONL file, in order (lines that are no article are left out).
inline std::vector<std::string> article_texts(const std::filesystem::path& file) {
  std::vector<std::string> texts;
  std::ifstream in(file, std::ios::binary);
  std::string line;
  for (long number = 1; std::getline(in, line); ++number) {
    io::InputItem item = io::parse_article_line(line, SourcePos{file.string(), number, 0}, io::ReaderOptions{});
    if (item.article) texts.push_back(item.article.value().text);
  }
  return texts;
}

// The texts of every article of corpus/.
inline std::vector<std::string> corpus_texts() {
  std::vector<std::string> texts;
  for (const auto& entry : std::filesystem::directory_iterator(GLANEUR_SOURCE_DIR "/corpus/articles"))
    for (std::string& text : article_texts(entry.path())) texts.push_back(std::move(text));
  return texts;
}

// ../shared/bench-corpus/fr-press-8mb.jsonl, which is absent on a user's machine.
inline std::filesystem::path bench_corpus() {
  return std::filesystem::path(GLANEUR_SOURCE_DIR) / ".." / "shared" / "bench-corpus" / "fr-press-8mb.jsonl";
}

}  // namespace glaneur::testing_support
