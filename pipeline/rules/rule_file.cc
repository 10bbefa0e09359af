// Tested by tests/rules/rule_file_test.cc
#include "rules/rule_file.h"

#include <sstream>

#include "text/utf8.h"

namespace glaneur::rules {
namespace {

constexpr std::string_view kRuleKeys = "doc, priority, stage, before, match, after, require, value, example, not";

bool is_space(char c) { return c == ' ' || c == '\t'; }

// Splits "key   rest" at the first run of spaces; `column` is where `rest` starts (1-based).
void split_key(const std::string& line, size_t from, std::string& key, std::string& rest, long& column) {
  size_t k = from;
  while (k < line.size() && !is_space(line[k])) ++k;
  key = line.substr(from, k - from);
  size_t r = k;
  while (r < line.size() && is_space(line[r])) ++r;
  size_t end = line.size();
  while (end > r && is_space(line[end - 1])) --end;
  rest = line.substr(r, end - r);
  column = static_cast<long>(r) + 1;
}

// Removes a trailing "# comment" that is not inside double quotes.
std::string strip_comment(const std::string& line) {
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\' && quoted) { ++i; continue; }
    if (line[i] == '"') quoted = !quoted;
    if (line[i] == '#' && !quoted && (i == 0 || is_space(line[i - 1]))) return line.substr(0, i);
  }
  return line;
}

// Reads a double-quoted string starting at rest[0]; returns the position after the closing quote.
bool read_quoted(const std::string& rest, std::string& out, size_t& after) {
  if (rest.empty() || rest[0] != '"') return false;
  out.clear();
  for (size_t i = 1; i < rest.size(); ++i) {
    if (rest[i] == '\\' && i + 1 < rest.size()) {
      out += rest[++i];
    } else if (rest[i] == '"') {
      after = i + 1;
      return true;
    } else {
      out += rest[i];
    }
  }
  return false;
}

class Parser {
 public:
  Parser(const std::string& path) { parse.file.path = path; }

  void line(const std::string& raw_line, long number) {
    std::string line = strip_comment(raw_line);
    size_t indent = 0;
    while (indent < line.size() && is_space(line[indent])) ++indent;
    if (indent == line.size()) return;
    SourcePos where{parse.file.path, number, static_cast<long>(indent) + 1};
    std::string key, rest;
    long column;
    split_key(line, indent, key, rest, column);
    SourcePos at_rest{parse.file.path, number, column};

    if (key == "=>") return continue_example(rest, at_rest);
    if (indent == 0) return header_line(key, rest, where, at_rest);
    if (!rule_) {
      error("R001", "'" + key + "' outside a rule: start one with 'rule <id>' at the start of a line", where);
      return;
    }
    if (key == "example" || key == "not") return example_line(key == "not", rest, at_rest);
    Field* field = key == "doc" ? &rule_->doc : key == "priority" ? &rule_->priority : key == "stage" ? &rule_->stage
                 : key == "before" ? &rule_->before : key == "match" ? &rule_->match : key == "after" ? &rule_->after
                 : key == "require" ? &rule_->require : key == "value" ? &rule_->value : nullptr;
    if (!field) {
      error("R001", "unknown key '" + key + "' (expected: " + std::string(kRuleKeys) + ")", where);
      return;
    }
    if (field->present()) {
      error("R014", "'" + key + "' given twice in rule " + rule_->id, where);
      return;
    }
    if (rest.empty()) {
      error("R013", "'" + key + "' needs a value", where);
      return;
    }
    *field = Field{rest, at_rest};
  }

  RuleFileParse finish() {
    close_rule();
    if (parse.file.type.empty()) error("R010", "missing 'type' line (MONEY, PERCENT, DATE, QUANTITY, ORG, PER or LOC)", {parse.file.path, 1, 1});
    return std::move(parse);
  }

 private:
  void error(std::string code, std::string message, SourcePos where) {
    parse.errors.push_back({std::move(code), std::move(message), std::move(where)});
  }

  void header_line(const std::string& key, const std::string& rest, const SourcePos& where, const SourcePos& at_rest) {
    if (key == "rule") {
      close_rule();
      if (rest.empty() || rest.find_first_of(" \t") != std::string::npos) {
        error("R013", "'rule' needs one id, such as money.range.shared_multiplier", where);
        return;
      }
      parse.file.rules.push_back(RuleSpec{rest, at_rest, {}, {}, {}, {}, {}, {}, {}, {}, {}});
      rule_ = &parse.file.rules.back();
      return;
    }
    if (key == "format") {
      if (rest != "1") error("R010", "unsupported format '" + rest + "' (this glaneur reads format 1)", at_rest);
      return;
    }
    if (key == "type") {
      parse.file.type = rest;
      parse.file.type_where = at_rest;
      return;
    }
    if (key == "anchor") {
      parse.file.anchor = rest;
      return;
    }
    error("R001", "unknown line '" + key + "' (expected format, type, anchor or rule; rule fields are indented)", where);
  }

  void example_line(bool negative, const std::string& rest, const SourcePos& at) {
    ExampleSpec example;
    example.negative = negative;
    example.where = at;
    std::string quoted;
    size_t after = 0;
    if (!read_quoted(rest, quoted, after)) {
      error("R008", std::string(negative ? "'not'" : "'example'") + " needs a double-quoted text", at);
      return;
    }
    size_t open = quoted.find('['), close = quoted.find(']');
    if (negative) {
      example.text = quoted;
    } else if (open == std::string::npos || close == std::string::npos || close < open ||
               quoted.find('[', open + 1) != std::string::npos || quoted.find(']', close + 1) != std::string::npos) {
      error("R008", "an example marks its span with one pair of [brackets]: \"" + quoted + "\"", at);
      return;
    } else {
      example.text = quoted.substr(0, open) + quoted.substr(open + 1, close - open - 1) + quoted.substr(close + 1);
      example.span_begin = open;
      example.span_end = close - 1;
    }
    std::string tail = rest.substr(after);
    size_t arrow = tail.find("=>");
    if (arrow != std::string::npos) {
      size_t start = tail.find_first_not_of(" \t", arrow + 2);
      example.value_json = start == std::string::npos ? "" : tail.substr(start);
    } else if (tail.find_first_not_of(" \t") != std::string::npos) {
      error("R008", "unexpected text after the example: '" + tail + "' (expected => {value})", at);
      return;
    }
    rule_->examples.push_back(std::move(example));
  }

  void continue_example(const std::string& rest, const SourcePos& at) {
    if (!rule_ || rule_->examples.empty() || rule_->examples.back().negative || !rule_->examples.back().value_json.empty()) {
      error("R008", "'=>' continues an example line, and there is none to continue", at);
      return;
    }
    rule_->examples.back().value_json = rest;
  }

  void close_rule() {
    if (!rule_) return;
    if (!rule_->match.present()) error("R002", "rule " + rule_->id + " has no 'match'", rule_->where);
    for (const ExampleSpec& e : rule_->examples)
      if (!e.negative && e.value_json.empty()) error("R008", "example without '=> {value}' in rule " + rule_->id, e.where);
    rule_ = nullptr;
  }

  RuleFileParse parse;
  RuleSpec* rule_ = nullptr;
};

}  // namespace

RuleFileParse parse_rule_file(const std::string& path, const std::string& content) {
  Parser parser(path);
  std::istringstream in(content);
  std::string line;
  long number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (text::first_invalid_utf8(line)) {
      RuleFileParse bad = parser.finish();
      bad.errors.push_back({"R013", "invalid UTF-8", {path, number, 1}});
      return bad;
    }
    parser.line(line, number);
  }
  return parser.finish();
}

}  // namespace glaneur::rules
