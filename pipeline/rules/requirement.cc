// Tested by tests/rules/rule_set_test.cc (RequirementsKeepTheMatchesThatHoldThem, the requirement_* errors)
// and by the rules that use it (relation.date.labelled, relation.date.event), through their examples.
#include "rules/requirement.h"

#include <charconv>
#include <optional>
#include <string_view>

namespace glaneur::rules {
namespace {

// The pieces of the field between ';' outside quotes, each with its offset in the field.
std::vector<std::pair<std::string_view, size_t>> split_requirements(std::string_view text) {
  std::vector<std::pair<std::string_view, size_t>> pieces;
  bool quoted = false;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] == '"') quoted = !quoted;
    if (i == text.size() || (text[i] == ';' && !quoted)) {
      pieces.emplace_back(text.substr(start, i - start), start);
      start = i + 1;
    }
  }
  return pieces;
}

// `s` without the spaces around it; `offset` (when given) moves past those before it.
std::string_view trim(std::string_view s, size_t* offset = nullptr) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
    s.remove_prefix(1);
    if (offset) ++*offset;
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// What a requirement tests: the capture's text as written, or one key of its mention's value.
std::optional<std::string> tested_text(const Requirement& r, const CapturedValue& v) {
  if (r.field == "text") return std::string(v.original);
  if (!v.mention) return std::nullopt;
  for (const auto& [key, scalar] : *v.mention) {
    if (key != r.field) continue;
    if (auto s = std::get_if<std::string>(&scalar)) return *s;
    if (auto b = std::get_if<bool>(&scalar)) return std::string(*b ? "true" : "false");
    char buffer[32];
    auto done = std::holds_alternative<int64_t>(scalar) ? std::to_chars(buffer, buffer + sizeof buffer, std::get<int64_t>(scalar))
                                                        : std::to_chars(buffer, buffer + sizeof buffer, std::get<double>(scalar));
    return std::string(buffer, done.ptr);
  }
  return std::nullopt;
}

}  // namespace

std::vector<Requirement> compile_requirements(const Field& field, const CompiledPattern& pattern, std::vector<Error>& errors) {
  std::vector<Requirement> requirements;
  if (!field.present()) return requirements;
  for (auto [piece, offset] : split_requirements(field.text)) {
    std::string_view text = trim(piece, &offset);
    SourcePos where = field.at(offset);
    size_t op = text.find('~');
    size_t open = text.find('"');
    size_t close = text.rfind('"');
    if (op == std::string_view::npos || open == std::string_view::npos || close == open || open < op) {
      errors.push_back({"R023", "a requirement reads: capture.key ~ \"regex\" (or !~), got '" + std::string(text) + "'", where});
      continue;
    }
    Requirement r;
    r.written = std::string(text);
    r.negated = op > 0 && text[op - 1] == '!';
    std::string_view subject = trim(text.substr(0, r.negated ? op - 1 : op));
    size_t dot = subject.find('.');
    std::string capture(subject.substr(0, dot));
    r.field = dot == std::string_view::npos ? "" : std::string(subject.substr(dot + 1));
    for (size_t c = 0; c < pattern.captures.size(); ++c)
      if (pattern.captures[c].name == capture) r.capture = static_cast<int>(c);
    if (r.capture < 0 || r.field.empty()) {
      std::string known;
      for (const Capture& c : pattern.captures) known += (known.empty() ? "" : ", ") + c.name;
      errors.push_back({"R011", "unknown capture in requirement '" + std::string(subject) + "': write capture.key or capture.text (captures: " +
                                    known + ")",
                        where});
      continue;
    }
    if (r.field != "text" && pattern.captures[r.capture].kind != CaptureKind::kMention) {
      errors.push_back({"R011", "'" + r.field + "' of '" + capture + "': only a mention's value has keys; write " + capture + ".text", where});
      continue;
    }
    std::string regex(text.substr(open + 1, close - open - 1));
    r.regex = std::make_unique<RE2>(regex, regex_options());
    if (!r.regex->ok()) {
      errors.push_back({"R024", "bad regex in requirement: " + r.regex->error(), field.at(offset + open + 1)});
      continue;
    }
    requirements.push_back(std::move(r));
  }
  return requirements;
}

const Requirement* unheld_requirement(const std::vector<Requirement>& requirements, const std::vector<CapturedValue>& captured) {
  for (const Requirement& r : requirements) {
    if (!captured[r.capture].matched) continue;
    std::optional<std::string> text = tested_text(r, captured[r.capture]);
    if (!text || RE2::PartialMatch(*text, *r.regex) == r.negated) return &r;
  }
  return nullptr;
}

}  // namespace glaneur::rules
