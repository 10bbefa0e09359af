// Tested by tests/io/article_reader_test.cc
#include "io/article_reader.h"

#include <nlohmann/json.hpp>
#include <re2/re2.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <filesystem>
#include <vector>

#include <unistd.h>

#include "io/article_record.h"
#include "text/utf8.h"

namespace glaneur::io {
namespace fs = std::filesystem;

namespace {

Error input_error(std::string code, std::string message, const SourcePos& where) {
  return Error{std::move(code), std::move(message), where};
}

std::string label(const SourcePos& where) {
  return where.line > 0 ? where.file + ":" + std::to_string(where.line) : where.file;
}

bool is_blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

std::string extension_of(const std::string& path) { return fs::path(path).extension().string(); }
bool is_jsonl_path(const std::string& path) {
  std::string ext = extension_of(path);
  return ext == ".jsonl" || ext == ".ndjson";
}
bool is_txt_path(const std::string& path) { return extension_of(path) == ".txt"; }

// Checks the text every article must have: valid UTF-8, not empty, not too large.
std::optional<Error> check_text(std::string_view text, const SourcePos& where, const ReaderOptions& options) {
  if (text.size() > options.max_article_bytes) {
    return input_error("I006", "article text is " + std::to_string(text.size()) + " bytes, over the limit of " +
                                   std::to_string(options.max_article_bytes) + " (--max-article-bytes)", where);
  }
  if (auto bad = text::first_invalid_utf8(text)) {
    return input_error("I002", "invalid UTF-8 at byte " + std::to_string(*bad) + " of the text", where);
  }
  if (is_blank(text)) return input_error("I005", "empty text: nothing to extract", where);
  return std::nullopt;
}

// The id of a JSONL line whose other fields hold invalid UTF-8, so that its error record can
// still name the article: each bad byte is replaced by '?' on a copy, which is then parsed.
std::optional<std::string> id_despite_bad_bytes(std::string_view line) {
  std::string copy(line);
  while (auto bad = text::first_invalid_utf8(copy)) copy[*bad] = '?';
  nlohmann::json record = nlohmann::json::parse(copy, nullptr, false);
  if (!record.is_object()) return std::nullopt;
  auto id = record.find("id");
  if (id != record.end() && id->is_string() && !id->get<std::string>().empty()) return id->get<std::string>();
  return std::nullopt;
}

// The id of a line too long to parse, when it is written first, as JSONL writers usually do:
// {"id":"a1", …}.
std::optional<std::string> id_written_first(std::string_view line) {
  static const RE2 first_id(R"re(^\s*\{\s*"id"\s*:\s*"([^"\\]{1,200})")re");
  std::string id;
  if (!RE2::PartialMatch(line.substr(0, 512), first_id, &id)) return std::nullopt;
  return id;
}

}  // namespace

bool is_iso_date(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return false;
  int year = std::stoi(std::string(d.substr(0, 4)));
  int month = std::stoi(std::string(d.substr(5, 2)));
  int day = std::stoi(std::string(d.substr(8, 2)));
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

InputItem parse_article_line(std::string_view line, const SourcePos& where, const ReaderOptions& options) {
  InputItem item{label(where), Error{}};
  if (line.size() > options.max_article_bytes) {
    item.id = id_written_first(line).value_or(item.id);
    item.article = input_error("I006", "line longer than the limit of " + std::to_string(options.max_article_bytes) +
                                           " bytes (--max-article-bytes)" + (item.id == label(where) ? "" : " (id " + item.id + ")"), where);
    return item;
  }
  if (auto bad = text::first_invalid_utf8(line)) {
    item.id = id_despite_bad_bytes(line).value_or(item.id);
    item.article = input_error("I002", "invalid UTF-8 at byte " + std::to_string(*bad) + " of the line" +
                                           (item.id == label(where) ? "" : " (id " + item.id + ")"), where);
    return item;
  }
  // JSON has no raw NUL (strings escape it as \u0000), and the parser would stop at one, taking
  // what follows it for the end of the line.
  if (size_t nul = line.find('\0'); nul != std::string_view::npos) {
    item.article = input_error("I003", "malformed JSON at byte " + std::to_string(nul + 1) + ": a raw NUL byte", where);
    return item;
  }
  Result<ArticleRecord> record = read_article_record(line, where);
  if (!record) {
    item.article = record.error();
    return item;
  }
  ArticleRecord& fields = record.value();
  Article article;
  if (fields.id.kind == RecordField::kInteger || (fields.id.kind == RecordField::kString && !fields.id.value.empty())) {
    article.id = fields.id.value;
  } else {
    item.article = input_error("I004", fields.id.kind == RecordField::kAbsent ? "missing \"id\"" : "\"id\" must be a non-empty string", where);
    return item;
  }
  item.id = article.id;
  auto fail = [&](std::string code, const std::string& message) {
    item.article = input_error(std::move(code), message + " (id " + article.id + ")", where);
    return item;
  };
  if (fields.text.kind == RecordField::kAbsent) return fail("I004", "missing \"text\"");
  if (fields.text.kind != RecordField::kString) return fail("I004", "\"text\" must be a string, got " + fields.text.type_name);
  article.text = std::move(fields.text.value);
  if (auto error = check_text(article.text, where, options)) return fail(error->code, error->message);
  const RecordField& date = fields.date;
  if (date.kind != RecordField::kAbsent && date.kind != RecordField::kNull) {
    if (date.kind != RecordField::kString || !is_iso_date(date.value))
      return fail("I004", "\"date\" must be a day written YYYY-MM-DD, got " +
                              (date.kind == RecordField::kString ? "\"" + date.value.substr(0, 40) + "\"" : "a " + date.type_name));
    article.date = date.value;
  } else if (!options.default_date.empty()) {
    article.date = options.default_date;
  } else {
    return fail("I004", "missing \"date\" (the anchor of relative dates); add it or pass --date YYYY-MM-DD");
  }
  if (fields.title.kind == RecordField::kString) article.title = fields.title.value;
  item.article = std::move(article);
  return item;
}

// One input being read: a JSONL stream (a file or stdin) or a whole .txt file.
struct ArticleSource::OpenFile {
  std::string path;
  FILE* stream = nullptr;
  bool owned = false;
  bool jsonl = true;
  long line = 0;

  ~OpenFile() {
    if (owned && stream) std::fclose(stream);
  }

  std::vector<char> buffer = std::vector<char>(1 << 16);
  size_t buffered = 0;  // bytes in buffer
  size_t consumed = 0;  // of which already returned

  // Reads the next line into `out`, keeping at most `cap` + 1 bytes of it (the rest is skipped,
  // so an endless line cannot exhaust memory). False at end of stream.
  bool read_line(std::string& out, size_t cap) {
    out.clear();
    bool any = false;
    while (true) {
      if (consumed == buffered) {
        buffered = std::fread(buffer.data(), 1, buffer.size(), stream);
        consumed = 0;
        if (buffered == 0) break;
      }
      const char* begin = buffer.data() + consumed;
      size_t available = buffered - consumed;
      const char* newline = static_cast<const char*>(std::memchr(begin, '\n', available));
      size_t n = newline ? static_cast<size_t>(newline - begin) : available;
      any = true;
      if (out.size() <= cap) out.append(begin, std::min(n, cap + 1 - out.size()));
      consumed += n + (newline ? 1 : 0);
      if (newline) break;
    }
    if (any) ++line;
    if (!out.empty() && out.back() == '\r') out.pop_back();
    return any;
  }
};

ArticleSource::ArticleSource(std::vector<std::string> inputs, ReaderOptions options) : options_(std::move(options)) {
  for (auto it = inputs.rbegin(); it != inputs.rend(); ++it) pending_.push_back({std::move(*it)});
}

ArticleSource::~ArticleSource() = default;

// Every .jsonl / .txt file below `dir`, sorted; hidden entries skipped. Unreadable directories
// are listed too (flagged), so that each one is reported.
std::vector<ArticleSource::Pending> ArticleSource::list_directory(const std::string& dir) {
  std::vector<Pending> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, ec), end;
  if (ec) return {Pending{dir, true}};
  for (; it != end; it.increment(ec)) {
    if (ec) break;
    std::string name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    std::error_code type_ec;
    if (it->is_directory(type_ec)) {
      if (access(it->path().c_str(), R_OK | X_OK) != 0) {
        files.push_back(Pending{it->path().string(), true});
        it.disable_recursion_pending();
      }
      continue;
    }
    std::string path = it->path().string();
    if (is_jsonl_path(path) || is_txt_path(path)) files.push_back(Pending{path});
  }
  std::sort(files.begin(), files.end(), [](const Pending& a, const Pending& b) { return a.path < b.path; });
  return files;
}

bool ArticleSource::open_next_input() {
  while (!pending_.empty()) {
    Pending entry = std::move(pending_.back());
    pending_.pop_back();
    const std::string& input = entry.path;
    auto file = std::make_unique<OpenFile>();
    file->path = input;
    if (entry.unreadable_directory) {
      errno = EACCES;
      current_ = std::move(file);  // stream stays null: next() reports it
      return true;
    }
    if (input == "-") {
      file->stream = stdin;
      file->path = "<stdin>";
      current_ = std::move(file);
      return true;
    }
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      std::vector<Pending> files = list_directory(input);
      pending_.insert(pending_.end(), files.rbegin(), files.rend());
      continue;
    }
    file->jsonl = !is_txt_path(input);
    file->stream = std::fopen(input.c_str(), "rb");
    file->owned = true;
    current_ = std::move(file);
    return true;
  }
  return false;
}

std::optional<InputItem> ArticleSource::next() {
  while (true) {
    if (!current_ && !open_next_input()) return std::nullopt;
    OpenFile& file = *current_;
    SourcePos where{file.path, 0, 0};
    if (!file.stream) {
      std::string reason = std::strerror(errno);
      std::string path = file.path;
      current_.reset();
      return InputItem{path, input_error("I001", "cannot open input: " + reason, SourcePos{path, 0, 0})};
    }
    if (!file.jsonl) {
      std::string text;
      char buffer[1 << 16];
      size_t n;
      while ((n = std::fread(buffer, 1, sizeof buffer, file.stream)) > 0) {
        if (text.size() <= options_.max_article_bytes) text.append(buffer, n);
      }
      if (std::ferror(file.stream)) {
        std::string path = file.path;
        current_.reset();
        return InputItem{path, input_error("I001", std::string("read error: ") + std::strerror(errno), where)};
      }
      std::string id = fs::path(file.path).replace_extension().string();
      current_.reset();
      if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);  // a byte-order mark is not text
      if (auto error = check_text(text, where, options_)) return InputItem{id, *error};
      if (options_.default_date.empty())
        return InputItem{id, input_error("I004", "a .txt input needs --date YYYY-MM-DD (its publication date)", where)};
      return InputItem{id, Article{id, options_.default_date, "", std::move(text)}};
    }
    std::string line;
    while (file.read_line(line, options_.max_article_bytes)) {
      // A line cut at the limit may look blank in its kept part: it is still too long, not blank.
      if (is_blank(line) && line.size() <= options_.max_article_bytes) continue;
      where.line = file.line;
      return parse_article_line(line, where, options_);
    }
    if (std::ferror(file.stream)) {
      std::string path = file.path;
      current_.reset();
      return InputItem{path, input_error("I001", std::string("read error: ") + std::strerror(errno), where)};
    }
    current_.reset();
  }
}

}  // namespace glaneur::io
