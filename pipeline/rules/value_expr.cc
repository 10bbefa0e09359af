// Tested by tests/rules/value_expr_test.cc
#include "rules/value_expr.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "text/split.h"

namespace glaneur::rules {
namespace {

// The contract (../shared/contract.md): which keys each type's value has, and what they hold.
enum class KeyKind { kNumber, kString, kBool, kEnum, kMention };
struct KeySpec {
  std::string key;
  KeyKind kind;
  std::vector<std::string> allowed;  // enum words
};

const std::vector<std::string> kAmountMods = {"MORE_THAN", "LESS_THAN", "AT_LEAST", "AT_MOST"};
const std::vector<std::string> kPeriods = {"year", "quarter", "month", "week", "day"};
const std::vector<std::string> kRelationTypes = {"ROLE", "ALIAS", "PART_OF", "AMOUNT", "SHARE", "COUNT", "DATE", "PARTNER", "ANNOUNCE"};
const std::vector<std::string> kDateMods = {"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "START", "MID", "END", "APPROX"};

const std::vector<KeySpec>& keys_of(const std::string& type) {
  static const std::map<std::string, std::vector<KeySpec>> specs = {
      {"MONEY", {{"amount", KeyKind::kNumber, {}}, {"min", KeyKind::kNumber, {}}, {"max", KeyKind::kNumber, {}},
                 {"currency", KeyKind::kString, {}}, {"per", KeyKind::kEnum, kPeriods}, {"approx", KeyKind::kBool, {}},
                 {"mod", KeyKind::kEnum, kAmountMods}}},
      {"PERCENT", {{"value", KeyKind::kNumber, {}}, {"min", KeyKind::kNumber, {}}, {"max", KeyKind::kNumber, {}},
                   {"unit", KeyKind::kEnum, {"point"}}, {"approx", KeyKind::kBool, {}}, {"mod", KeyKind::kEnum, kAmountMods}}},
      {"QUANTITY", {{"amount", KeyKind::kNumber, {}}, {"min", KeyKind::kNumber, {}}, {"max", KeyKind::kNumber, {}},
                    {"unit", KeyKind::kString, {}}, {"per", KeyKind::kEnum, kPeriods}, {"approx", KeyKind::kBool, {}},
                    {"mod", KeyKind::kEnum, kAmountMods}}},
      {"DATE", {{"timex", KeyKind::kString, {}}, {"start", KeyKind::kString, {}}, {"end", KeyKind::kString, {}},
                {"mod", KeyKind::kEnum, kDateMods}}},
      {"ORG", {{"name", KeyKind::kString, {}}}},
      {"PER", {{"name", KeyKind::kString, {}}}},
      {"LOC", {{"name", KeyKind::kString, {}}}},
      // A noun phrase that relations can attach values to ("plan IA", "budget primitif").
      {"TOPIC", {{"name", KeyKind::kString, {}}, {"head", KeyKind::kString, {}}}},
      // A relation between two captured mentions ({TOPIC:s} … {MONEY:o}): subject = s; object = o.
      {"RELATION", {{"relation", KeyKind::kEnum, kRelationTypes}, {"subject", KeyKind::kMention, {}},
                    {"object", KeyKind::kMention, {}}, {"role", KeyKind::kString, {}}, {"trigger", KeyKind::kString, {}},
                    {"of", KeyKind::kString, {}}, {"via", KeyKind::kMention, {}},
                    // The date of what the relation states ("ont atteint 934 M€ en 2017"): a DATE
                    // relation from the same subject to it as well.
                    {"date", KeyKind::kMention, {}}}},
  };
  static const std::vector<KeySpec> none;
  auto it = specs.find(type);
  return it == specs.end() ? none : it->second;
}

const KeySpec* key_spec(const std::string& type, const std::string& key) {
  for (const KeySpec& k : keys_of(type))
    if (k.key == key) return &k;
  return nullptr;
}

bool is_ident_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_ident(char c) { return is_ident_start(c) || (c >= '0' && c <= '9'); }

class ValueParser {
 public:
  ValueParser(const Field& field, const std::string& type, const CompiledPattern& pattern,
              const std::map<std::string, CompiledTable>& tables, const Vocabulary& vocabulary, std::vector<Error>& errors)
      : s_(field.text), field_(field), type_(type), pattern_(pattern), tables_(tables), vocabulary_(vocabulary), errors_(errors) {}

  // Whether a call in the line reads the sentence's tense (known once parse() has run).
  bool reads_tense() const { return reads_tense_; }
  bool reads_span() const { return reads_span_; }

  ValueProgram parse() {
    ValueProgram program;
    while (true) {
      skip();
      if (i_ >= s_.size()) break;
      size_t start = i_;
      Assignment a;
      a.where = field_.at(start);
      std::string first = identifier();
      skip();
      if (first.empty()) {
        fail("R016", "expected 'key = value' in the value line", start);
        return program;
      }
      if (i_ < s_.size() && s_[i_] == '=') {
        ++i_;
        a.key = first;
        const KeySpec* spec = key_spec(type_, first);
        if (!spec) {
          fail("R005", "unknown value key '" + first + "' for " + type_ + " (expected: " + text::join(contract_keys(type_), ", ") + ")", start);
          return program;
        }
        a.factors = product(spec);
        if (spec->kind == KeyKind::kMention && (a.factors.size() != 1 || a.factors[0].kind != Operand::kCapture ||
                                                 !a.factors[0].field.empty() ||
                                                 pattern_.captures[a.factors[0].capture].kind != CaptureKind::kMention)) {
          fail("R022", "'" + first + "' names a captured mention: write " + first + " = x with {TYPE:x} in the pattern", start);
        }
      } else if (first == "discard") {
        program.discard = true;
        skip();
        if (i_ < s_.size() || !program.assignments.empty()) fail("R016", "'discard' stands alone in a value line", start);
        return program;
      } else {
        // A spread: every key of a captured mention.
        int capture = find_capture(first);
        if (capture < 0 || pattern_.captures[capture].kind != CaptureKind::kMention) {
          fail("R016", "'" + first + "' alone copies a captured mention's value, and no {TYPE:" + first + "} is captured", start);
          return program;
        }
        Operand o(Operand::kCapture);
        o.text = first;
        o.capture = capture;
        a.factors.push_back(o);
      }
      program.assignments.push_back(std::move(a));
      skip();
      if (i_ < s_.size() && s_[i_] == ';') {
        ++i_;
        continue;
      }
      if (i_ < s_.size()) {
        fail("R016", "expected ';' between assignments, got '" + s_.substr(i_, 12) + "'", i_);
        return program;
      }
    }
    return program;
  }

 private:
  void fail(std::string code, std::string message, size_t byte) { errors_.push_back({std::move(code), std::move(message), field_.at(byte)}); }
  void skip() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t')) ++i_;
  }
  std::string identifier() {
    size_t start = i_;
    if (i_ < s_.size() && is_ident_start(s_[i_]))
      while (i_ < s_.size() && is_ident(s_[i_])) ++i_;
    return s_.substr(start, i_ - start);
  }
  int find_capture(const std::string& name) const {
    for (size_t k = 0; k < pattern_.captures.size(); ++k)
      if (pattern_.captures[k].name == name) return static_cast<int>(k);
    return -1;
  }

  std::vector<Operand> product(const KeySpec* spec) {
    std::vector<Operand> factors{operand(spec)};
    skip();
    while (i_ < s_.size() && s_[i_] == '*') {
      ++i_;
      factors.push_back(operand(spec));
      skip();
    }
    return factors;
  }

  Operand operand(const KeySpec* spec) {
    skip();
    size_t start = i_;
    Operand o(Operand::kNumber);
    if (i_ < s_.size() && s_[i_] == '"') {
      size_t close = s_.find('"', i_ + 1);
      if (close == std::string::npos) {
        fail("R016", "unclosed string", start);
        i_ = s_.size();
        return o;
      }
      o.kind = Operand::kString;
      o.text = s_.substr(i_ + 1, close - i_ - 1);
      i_ = close + 1;
      return o;
    }
    if (i_ < s_.size() && (std::isdigit(static_cast<unsigned char>(s_[i_])) || s_[i_] == '-')) {
      double v;
      auto [end, ec] = std::from_chars(s_.data() + i_, s_.data() + s_.size(), v);
      if (ec != std::errc()) {
        fail("R016", "bad number", start);
        i_ = s_.size();
        return o;
      }
      o.number = v;
      i_ = end - s_.data();
      return o;
    }
    std::string name = identifier();
    if (name.empty()) {
      fail("R016", "expected a value after '=' or '*'", start);
      i_ = s_.size();
      return o;
    }
    if (i_ < s_.size() && s_[i_] == '(') return call(name, start);
    int capture = find_capture(name);
    if (capture >= 0) return capture_operand(name, capture, start, spec);
    if (name == "true" || name == "false") {
      o.kind = Operand::kBool;
      o.number = name == "true";
      return o;
    }
    if (spec && spec->kind == KeyKind::kEnum) {
      if (std::find(spec->allowed.begin(), spec->allowed.end(), name) == spec->allowed.end()) {
        fail("R021", "'" + name + "' is not a " + type_ + " " + spec->key + " (expected: " + text::join(spec->allowed, ", ") + ")", start);
      }
      o.kind = Operand::kEnum;
      o.text = name;
      return o;
    }
    std::string captures;
    for (const Capture& c : pattern_.captures) captures += (captures.empty() ? "" : ", ") + c.name;
    fail("R011", "'" + name + "' is not a capture of this rule (captures: " + (captures.empty() ? "none" : captures) + ")", start);
    return o;
  }

  Operand capture_operand(const std::string& name, int capture, size_t start, const KeySpec* spec) {
    Operand o(Operand::kCapture);
    o.text = name;
    o.capture = capture;
    const Capture& c = pattern_.captures[capture];
    if (i_ < s_.size() && s_[i_] == '.') {
      ++i_;
      o.field = identifier();
      if (o.field == "text") return o;
      if (c.kind == CaptureKind::kTable) {
        for (size_t k = 0; k < c.sources.size(); ++k)
          if (c.kinds[k] == CaptureKind::kTable && tables_.at(c.sources[k]).table->column(o.field) < 0)
            fail("R011", "table " + c.sources[k] + " has no column '" + o.field + "'", start);
      } else if (c.kind == CaptureKind::kBuiltin) {
        fail("R011", "built-in capture '" + name + "' has no fields", start);
      }
      return o;
    }
    if (c.kind == CaptureKind::kMention && !(spec && spec->kind == KeyKind::kMention)) {
      fail("R011", "use " + name + ".<key> for one key of a captured mention, or '" + name + ";' alone to copy them all", start);
    }
    for (size_t k = 0; k < c.sources.size(); ++k) {
      if (c.kinds[k] != CaptureKind::kTable) continue;
      const std::string& source = c.sources[k];
      const CompiledTable& t = tables_.at(source);
      if (t.table->columns.empty()) fail("R011", "table " + source + " has no value column to give '" + name + "' a value", start);
      if (!spec || spec->kind != KeyKind::kEnum) continue;
      for (const Table::Row& row : t.table->rows) {
        if (!row.values.empty() && std::find(spec->allowed.begin(), spec->allowed.end(), row.values[0]) == spec->allowed.end()) {
          // At the rule that reads the table this way: the table itself may serve other rules well.
          errors_.push_back({"R021", "'" + row.values[0] + "' (" + row.where.file + ":" + std::to_string(row.where.line) +
                                         ") is not a " + type_ + " " + spec->key + " (expected: " + text::join(spec->allowed, ", ") + ")",
                             field_.at(start)});
        }
      }
    }
    return o;
  }

  Operand call(const std::string& name, size_t start) {
    Operand o(Operand::kCall);
    o.text = name;
    o.function = vocabulary_.function(name);
    ++i_;  // (
    skip();
    while (i_ < s_.size() && s_[i_] != ')') {
      o.args.push_back(product(nullptr));
      skip();
      if (i_ < s_.size() && s_[i_] == ',') ++i_;
      else break;
    }
    if (i_ >= s_.size() || s_[i_] != ')') {
      fail("R016", "unclosed call to " + name + "(", start);
      i_ = s_.size();
      return o;
    }
    ++i_;
    if (o.function && o.function->reads_tense) reads_tense_ = true;
    if (o.function && o.function->reads_span) reads_span_ = true;
    if (!o.function) {
      std::string known;
      for (const auto& f : vocabulary_.functions) known += (known.empty() ? "" : ", ") + f.name;
      fail("R012", "unknown function '" + name + "' (functions: " + (known.empty() ? "none" : known) + ")", start);
    } else if (o.args.size() < o.function->min_args || o.args.size() > o.function->max_args) {
      fail("R012", name + "() takes " + std::to_string(o.function->min_args) +
                       (o.function->max_args != o.function->min_args ? " to " + std::to_string(o.function->max_args) : "") +
                       " arguments, got " + std::to_string(o.args.size()), start);
    }
    return o;
  }

  std::string s_;
  size_t i_ = 0;
  bool reads_tense_ = false;
  bool reads_span_ = false;
  const Field& field_;
  const std::string& type_;
  const CompiledPattern& pattern_;
  const std::map<std::string, CompiledTable>& tables_;
  const Vocabulary& vocabulary_;
  std::vector<Error>& errors_;
};

MaybeScalar table_value(const CapturedValue& c, const std::string& field) {
  int column = field.empty() ? 0 : c.table->column(field);
  if (!c.row || column < 0 || column >= static_cast<int>(c.row->values.size())) return std::nullopt;
  const std::string& v = c.row->values[column];
  if (c.table->columns[column].numeric) {
    double d;
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), d);
    if (ec == std::errc()) return number_value(d);
  }
  return Scalar(v);
}

MaybeScalar evaluate(const Operand& o, const std::vector<CapturedValue>& captures, const EvalContext& context);

// A calendar date ("2024", "2024-03", "2024-03-01"): digits and dashes, which order as text.
bool calendar_date(const std::string& timex) {
  return !timex.empty() && std::all_of(timex.begin(), timex.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
}

// A range that runs backwards is two things read as one: "min": 2022, "max": 3 ("en 2022 à
// 3 %"); "start": "2024-03-01", "end": "2024-02-01" ("de 1/3 à 1/2 des voix").
bool backwards_range(const graph::Value& value) {
  std::optional<double> min, max;
  std::string start, end;
  for (const auto& [k, v] : value) {
    if (k == "min") min = as_number(v);
    if (k == "max") max = as_number(v);
    if (auto text = std::get_if<std::string>(&v); text && k == "start") start = *text;
    if (auto text = std::get_if<std::string>(&v); text && k == "end") end = *text;
  }
  if (min && max && *min > *max) return true;
  // Compared on the precision both have: "2024-05" to "2024" is no step back.
  size_t common = std::min(start.size(), end.size());
  return calendar_date(start) && calendar_date(end) && start.compare(0, common, end, 0, common) > 0;
}

// A product: factors that did not match count as 1; nothing when none matched or one is not a number.
MaybeScalar evaluate_product(const std::vector<Operand>& factors, const std::vector<CapturedValue>& captures,
                             const EvalContext& context) {
  if (factors.size() == 1) return evaluate(factors[0], captures, context);
  std::optional<double> product;
  for (const Operand& f : factors) {
    MaybeScalar v = evaluate(f, captures, context);
    if (!v) continue;
    std::optional<double> n = as_number(*v);
    if (!n) return std::nullopt;
    product = product.value_or(1) * *n;
  }
  // "1 suivi de 300 zéros milliards": no amount, rather than an infinite one written as null.
  if (!product || !std::isfinite(*product)) return std::nullopt;
  return number_value(*product);
}

MaybeScalar evaluate(const Operand& o, const std::vector<CapturedValue>& captures, const EvalContext& context) {
  switch (o.kind) {
    case Operand::kNumber: return number_value(o.number);
    case Operand::kString: case Operand::kEnum: return Scalar(o.text);
    case Operand::kBool: return Scalar(o.number != 0);
    case Operand::kCall: {
      std::vector<MaybeScalar> args;
      for (const auto& a : o.args) args.push_back(evaluate_product(a, captures, context));
      return o.function ? o.function->call(args, context) : std::nullopt;
    }
    case Operand::kCapture: {
      const CapturedValue& c = captures[o.capture];
      if (!c.matched) return std::nullopt;
      if (o.field == "text") return Scalar(std::string(c.original));
      if (c.row) return table_value(c, o.field);
      if (c.builtin) return c.builtin;
      if (c.mention && o.field.empty()) return Scalar(static_cast<int64_t>(c.mention_index));  // a relation's end
      if (c.mention) {
        for (const auto& [key, value] : *c.mention)
          if (key == o.field) return value;
      }
      return std::nullopt;
    }
  }
  return std::nullopt;
}

}  // namespace

std::vector<std::string> contract_keys(const std::string& type) {
  std::vector<std::string> keys;
  for (const KeySpec& k : keys_of(type)) keys.push_back(k.key);
  return keys;
}

ValueProgram compile_value(const Field& value, const std::string& type, const CompiledPattern& pattern,
                           const std::map<std::string, CompiledTable>& tables, const Vocabulary& vocabulary,
                           std::vector<Error>& errors) {
  if (!value.present()) return {};
  ValueParser parser(value, type, pattern, tables, vocabulary, errors);
  ValueProgram program = parser.parse();
  program.reads_tense = parser.reads_tense();
  program.reads_span = parser.reads_span();
  return program;
}

std::optional<graph::Value> evaluate_value(const ValueProgram& program, const std::vector<CapturedValue>& captures,
                                           const EvalContext& context) {
  graph::Value out;
  if (program.discard) return out;
  auto set = [&out](const std::string& key, Scalar v) {
    for (auto& [k, existing] : out)
      if (k == key) { existing = std::move(v); return; }
    out.emplace_back(key, std::move(v));
  };
  for (const Assignment& a : program.assignments) {
    if (a.key.empty()) {
      const CapturedValue& c = captures[a.factors[0].capture];
      if (!c.mention) return std::nullopt;
      for (const auto& [k, v] : *c.mention) set(k, v);
      continue;
    }
    if (a.factors.size() > 1) {
      // A factor that is not a number makes the value unknowable: no mention.
      for (const Operand& f : a.factors) {
        MaybeScalar v = evaluate(f, captures, context);
        if (v && !as_number(*v)) return std::nullopt;
      }
    }
    if (MaybeScalar v = evaluate_product(a.factors, captures, context)) set(a.key, *v);
  }
  if (out.empty()) return std::nullopt;  // e.g. date() of "21/45/2024": no value, no mention
  if (backwards_range(out)) return std::nullopt;  // "en 2022 à 3 %" is a year and a share
  return out;
}

}  // namespace glaneur::rules
