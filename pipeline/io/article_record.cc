// Tested by tests/io/article_reader_test.cc (through parse_article_line) and tools/hostile-inputs.
#include "io/article_record.h"

#include <nlohmann/json.hpp>
#include <simdjson.h>

namespace glaneur::io {
namespace {

RecordField* field_named(ArticleRecord& record, std::string_view key) {
  if (key == "id") return &record.id;
  if (key == "date") return &record.date;
  if (key == "title") return &record.title;
  if (key == "text") return &record.text;
  return nullptr;
}

RecordField field_of(simdjson::dom::element value) {
  using simdjson::dom::element_type;
  switch (value.type()) {
    case element_type::STRING:
      return {RecordField::kString, std::string(value.get_string().value_unsafe()), "string"};
    case element_type::INT64:
      return {RecordField::kInteger, std::to_string(value.get_int64().value_unsafe()), "number"};
    case element_type::UINT64:
      return {RecordField::kInteger, std::to_string(value.get_uint64().value_unsafe()), "number"};
    case element_type::DOUBLE: return {RecordField::kOther, {}, "number"};
    case element_type::BOOL: return {RecordField::kOther, {}, "boolean"};
    case element_type::NULL_VALUE: return {RecordField::kNull, {}, "null"};
    case element_type::ARRAY: return {RecordField::kOther, {}, "array"};
    case element_type::OBJECT: return {RecordField::kOther, {}, "object"};
  }
  return {RecordField::kOther, {}, "unknown"};
}

RecordField field_of(const nlohmann::json& value) {
  if (value.is_string()) return {RecordField::kString, value.get<std::string>(), "string"};
  if (value.is_number_unsigned()) return {RecordField::kInteger, std::to_string(value.get<uint64_t>()), "number"};
  if (value.is_number_integer()) return {RecordField::kInteger, std::to_string(value.get<int64_t>()), "number"};
  if (value.is_null()) return {RecordField::kNull, {}, "null"};
  return {RecordField::kOther, {}, value.type_name()};
}

// False when simdjson refuses the line or it holds no object.
bool read_with_simdjson(std::string_view line, ArticleRecord& record) {
  // One parser and one padded copy of the line per thread: their buffers are reused line after line.
  thread_local simdjson::dom::parser parser;
  thread_local std::string padded;
  padded.reserve(line.size() + simdjson::SIMDJSON_PADDING);
  padded.assign(line);
  simdjson::dom::object object;
  if (parser.parse(padded).get(object) != simdjson::SUCCESS) return false;
  for (simdjson::dom::key_value_pair field : object)
    if (RecordField* into = field_named(record, field.key)) *into = field_of(field.value);
  return true;
}

Error malformed(std::string message, const SourcePos& where) { return Error{"I003", std::move(message), where}; }

}  // namespace

Result<ArticleRecord> read_article_record(std::string_view line, const SourcePos& where) {
  ArticleRecord record;
  if (read_with_simdjson(line, record)) return record;
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(line);
  } catch (const nlohmann::json::out_of_range& e) {
    // A number too large for a double ("1e400") in any field.
    std::string what = e.what();
    return malformed("malformed JSON: " + what.substr(what.find(']') + 2), where);
  } catch (const nlohmann::json::parse_error& e) {
    std::string what = e.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error ..." → from "syntax".
    size_t colon = what.find(": ", what.find("column"));
    return malformed("malformed JSON at byte " + std::to_string(e.byte) + ": " +
                         (colon == std::string::npos ? what : what.substr(colon + 2)),
                     where);
  }
  if (!json.is_object()) return malformed(std::string("expected a JSON object, got ") + json.type_name(), where);
  for (const auto& [key, value] : json.items())
    if (RecordField* into = field_named(record, key)) *into = field_of(value);
  return record;
}

}  // namespace glaneur::io
