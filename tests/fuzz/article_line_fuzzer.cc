// Fuzz target: one JSONL line → io::parse_article_line → an article or an error record.
//
// Any bytes (broken UTF-8, malformed or deeply nested JSON, NUL bytes, lone surrogates in \u
// escapes) must give exactly one item: an article the rest of the pipeline can trust, or an error
// with a stable I00x code, and either way a line the writer can print.
#include <nlohmann/json.hpp>

#include "fuzz_support.h"
#include "io/article_reader.h"
#include "io/json_writer.h"

using namespace glaneur;

namespace {

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

void check_article(const io::Article& article, const io::ReaderOptions& options, const std::string& item_id) {
  FUZZ_CHECK(!article.id.empty());
  FUZZ_CHECK(article.id == item_id);
  FUZZ_CHECK(!text::first_invalid_utf8(article.text));
  FUZZ_CHECK(!is_blank(article.text));
  FUZZ_CHECK(article.text.size() <= options.max_article_bytes);
  FUZZ_CHECK(io::is_iso_date(article.date));
  // What the writer makes of an article with no facts must be one valid JSON line.
  std::string line = io::graph_line(article, {});
  FUZZ_CHECK(line.find('\n') == std::string::npos);
  FUZZ_CHECK(nlohmann::json::accept(line));
}

void check_error(const Error& error, const std::string& item_id) {
  static const std::string_view kCodes[] = {"I002", "I003", "I004", "I005", "I006"};
  bool known = false;
  for (std::string_view code : kCodes) known = known || error.code == code;
  FUZZ_CHECK(known);
  FUZZ_CHECK(!error.message.empty());
  FUZZ_CHECK(error.where.file == "fuzz.jsonl" && error.where.line == 3);
  std::string line = io::error_line(item_id, error);
  FUZZ_CHECK(line.find('\n') == std::string::npos);
  FUZZ_CHECK(nlohmann::json::accept(line));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view line = fuzz::as_text(data, size);
  // Half the inputs without a default date, so that a missing "date" is an error too.
  io::ReaderOptions options;
  if (size % 2 == 0) options.default_date = "2024-05-22";
  io::InputItem item = io::parse_article_line(line, SourcePos{"fuzz.jsonl", 3, 0}, options);
  FUZZ_CHECK(!item.id.empty());
  if (item.article) {
    check_article(item.article.value(), options, item.id);
  } else {
    check_error(item.article.error(), item.id);
  }
  return 0;
}
