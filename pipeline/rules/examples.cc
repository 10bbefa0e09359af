// Tested by tests/rules/rule_examples_test.cc (every example of rules/) and tests/rules/examples_test.cc.
#include "rules/examples.h"

#include <nlohmann/json.hpp>

#include "analyzer.h"
#include "io/json_writer.h"
#include "text/utf8.h"

namespace glaneur::rules {
namespace {

using Json = nlohmann::json;

// "« 25 mai » [35,41)" with code-point offsets.
std::string show_span(const std::string& text, size_t begin, size_t end) {
  text::CodePointIndex cps(text);
  return "\"" + text.substr(begin, end - begin) + "\" [" + std::to_string(cps.code_point_at(begin)) + "," +
         std::to_string(cps.code_point_at(end)) + ")";
}

ExampleResult check(const CompiledRule& rule, const ExampleSpec& example, Analyzer& analyzer) {
  io::Article article{"example", rule.anchor, "", example.text};
  Document doc = analyzer.analyze(article);
  // A `not` example looks at the whole text; a positive one at the mentions that touch its span.
  std::vector<const graph::Mention*> of_type;
  for (const graph::Mention& m : doc.graph.mentions) {
    bool touches = m.begin < example.span_end && example.span_begin < m.end;
    if (m.type == rule.type && (example.negative || touches)) of_type.push_back(&m);
  }
  ExampleResult result{&rule, &example, false, ""};
  auto describe = [&](const graph::Mention& m) {
    return show_span(example.text, m.begin, m.end) + " " + io::value_json(m.value) + " via " + m.rule;
  };
  if (example.negative) {
    if (of_type.empty()) {
      result.passed = true;
    } else {
      result.message = "'not' example produced " + rule.type + " " + describe(*of_type.front());
    }
    return result;
  }
  std::string expected = show_span(example.text, example.span_begin, example.span_end) + " " + example.value_json;
  if (of_type.empty()) {
    result.message = "no mention: expected " + expected;
    return result;
  }
  if (of_type.size() > 1) {
    result.message = std::to_string(of_type.size()) + " ambiguous mentions: expected only " + expected + ", got";
    for (const graph::Mention* m : of_type) result.message += "\n    " + describe(*m);
    return result;
  }
  const graph::Mention& m = *of_type.front();
  if (m.begin != example.span_begin || m.end != example.span_end) {
    result.message = "partial span: expected " + expected + ", got " + describe(m);
  } else if (Json::parse(io::value_json(m.value)) != Json::parse(example.value_json)) {
    result.message = "wrong value: expected " + example.value_json + ", got " + io::value_json(m.value);
  } else if (m.rule != rule.id) {
    result.message = "found by another rule: " + describe(m);
  } else {
    result.passed = true;
  }
  return result;
}

}  // namespace

std::vector<ExampleResult> run_examples(const RuleSet& rules) {
  Analyzer analyzer(rules);
  std::vector<ExampleResult> results;
  for (const CompiledRule& rule : rules.rules)
    for (const ExampleSpec& example : rule.examples) results.push_back(check(rule, example, analyzer));
  return results;
}

ExampleResult run_example(const RuleSet& rules, const CompiledRule& rule, const ExampleSpec& example) {
  Analyzer analyzer(rules);
  return check(rule, example, analyzer);
}

std::string describe_failure(const ExampleResult& r) {
  Error e{r.example->negative ? "E104" : "E101", r.rule->id + ": " + r.message, r.example->where};
  return e.describe();
}

}  // namespace glaneur::rules
