// The fields of one JSONL article record ({"id", "date", "title"?, "text"}), as JSON gives them:
// parse_article_line checks them and builds the Article.
//
// simdjson reads the line (600 articles: 16 M instructions, against 99 M with nlohmann's DOM); what
// it refuses, nlohmann reads again: it says where a malformed line is wrong, and it takes what
// simdjson leaves out (nesting deeper than simdjson's 1,024 levels, integers wider than 64 bits).
// A key given twice counts once, for its last value, on both paths.
//
//   Result<ArticleRecord> record = read_article_record(R"({"id": "a1", "text": "…"})", where);
//   record->id.kind == RecordField::kString && record->id.value == "a1"
#pragma once

#include <string>
#include <string_view>

#include "status.h"

namespace glaneur::io {

struct RecordField {
  enum Kind { kAbsent, kNull, kString, kInteger, kOther };
  Kind kind = kAbsent;
  std::string value;      // a string's value, an integer in decimal
  std::string type_name;  // JSON's name of the value's type: "string", "number", "null", "array"…
};

struct ArticleRecord {
  RecordField id, date, title, text;
};

// The record of a line, or an I003 error naming the byte where the line stops being JSON, or what
// it holds instead of an object. `where` names the file and line.
Result<ArticleRecord> read_article_record(std::string_view line, const SourcePos& where);

}  // namespace glaneur::io
