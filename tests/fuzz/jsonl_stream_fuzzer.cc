// Fuzz target: bytes as a whole .jsonl file → io::ArticleSource → one item per article.
//
// Checks the reader's promise that no article is lost or invented: every line that is not blank
// gives exactly one item, in order, whatever its length (lines over --max-article-bytes are cut
// while reading, and must still give their I006 error record), its line ending or its bytes.
// A small limit (256 bytes) lets short inputs reach the long-line paths.
#include <vector>

#include "fuzz_support.h"
#include "io/article_reader.h"

using namespace glaneur;

namespace {

constexpr size_t kMaxArticleBytes = 256;

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// 1-based numbers of the lines that are not blank, split as the reader splits them ('\n', then one
// trailing '\r' dropped).
std::vector<long> article_lines(std::string_view bytes) {
  std::vector<long> lines;
  long number = 0;
  while (!bytes.empty()) {
    size_t end = bytes.find('\n');
    std::string_view line = bytes.substr(0, end);
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!is_blank(line)) lines.push_back(number);
    if (end == std::string_view::npos) break;
    bytes.remove_prefix(end + 1);
  }
  return lines;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes = fuzz::as_text(data, size);
  static const std::string path = (fuzz::scratch_dir() / "stream.jsonl").string();
  fuzz::write_file(path, bytes);

  io::ReaderOptions options;
  options.default_date = "2024-05-22";
  options.max_article_bytes = kMaxArticleBytes;
  io::ArticleSource source({path}, options);

  std::vector<long> expected = article_lines(bytes);
  size_t items = 0;
  while (auto item = source.next()) {
    FUZZ_CHECK(items < expected.size());  // no invented article
    FUZZ_CHECK(!item->id.empty());
    if (item->article) {
      const io::Article& a = item->article.value();
      FUZZ_CHECK(!text::first_invalid_utf8(a.text));
      FUZZ_CHECK(!is_blank(a.text));
      FUZZ_CHECK(a.text.size() <= kMaxArticleBytes);
    } else {
      const Error& e = item->article.error();
      FUZZ_CHECK(e.where.file == path);
      FUZZ_CHECK(e.where.line == expected[items]);  // the error names the line it comes from
    }
    ++items;
  }
  FUZZ_CHECK(items == expected.size());  // no lost article
  return 0;
}
