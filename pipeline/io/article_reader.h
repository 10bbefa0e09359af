// ArticleSource: streams the articles of every input the user named, in order, one InputItem at a
// time, so that memory stays bounded whatever the corpus size.
//
// Inputs:
//   file.jsonl  one article per line: {"id", "date", "title"?, "text"}; blank lines are skipped
//   file.txt    one article: id = the path without extension, date = ReaderOptions::default_date
//   directory   every .jsonl and .txt file below it, recursively, in sorted path order
//   -           JSONL on standard input
//
// Every article gives exactly one item. Bad input gives an item whose `article` holds an Error
// naming the file, the line, the byte and what is wrong (invalid UTF-8, malformed JSON, a missing
// or non-string field, an empty text, an unreadable file); reading then goes on.
//
//   ArticleSource source(inputs, options);
//   while (auto item = source.next()) handle(item->id, item->article);
#pragma once

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "io/article.h"
#include "status.h"

namespace glaneur::io {

struct ReaderOptions {
  std::string default_date;                      // for .txt files and JSONL lines without a date
  // Longer lines and files become error records. Memory grows by about 50 to 100 bytes per byte of
  // article (tokens, view, candidates): 4 MiB, a hundred times a long press article, keeps a
  // worker under about 400 MB. docs/scaling.md gives the measurements.
  size_t max_article_bytes = 4 * 1024 * 1024;
};

struct InputItem {
  std::string id;           // the article's id, or "file:line" when it has none
  Result<Article> article;  // the article, or why it could not be read
};

// Parses one JSONL line. `where` names the file and line for error messages.
InputItem parse_article_line(std::string_view line, const SourcePos& where, const ReaderOptions& options);

// True when `date` is a real calendar day written YYYY-MM-DD.
bool is_iso_date(std::string_view date);

class ArticleSource {
 public:
  ArticleSource(std::vector<std::string> inputs, ReaderOptions options);
  ~ArticleSource();

  // The next item, or nullopt when every input is read.
  std::optional<InputItem> next();

 private:
  struct OpenFile;
  struct Pending {
    std::string path;
    bool unreadable_directory = false;  // found while listing a directory: reported, not read
  };
  std::vector<Pending> pending_;  // inputs and directory entries still to read, as a stack

  bool open_next_input();
  static std::vector<Pending> list_directory(const std::string& dir);

  ReaderOptions options_;
  std::unique_ptr<OpenFile> current_;
};

}  // namespace glaneur::io
