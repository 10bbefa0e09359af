// Tested by tests/rules/rule_examples_test.cc (every example of rules/) and tests/rules/examples_test.cc.
#include "rules/examples.h"

#include <nlohmann/json.hpp>

#include "analyzer.h"
#include "io/json_writer.h"
#include "rules/engine.h"
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

// The relation type a RELATION rule writes (`relation = AMOUNT`).
std::string relation_type(const CompiledRule& rule) {
  for (const Assignment& a : rule.value.assignments)
    if (a.key == "relation" && a.factors.size() == 1) return a.factors[0].text;
  return "";
}

// A relation as its example writes it: {"relation", "subject", "object", attributes…}, each end
// by its entity's name or, for a value, its mention's text.
Json relation_as_example(const Document& doc, const graph::Relation& r) {
  auto end = [&](const graph::Ref& ref) {
    if (ref.kind == graph::Ref::kEntity) return doc.graph.entities[ref.index].name;
    const graph::Mention& m = doc.graph.mentions[ref.index];
    return doc.article->text.substr(m.begin, m.end - m.begin);
  };
  Json j = Json::parse(io::value_json(r.attributes));
  j["relation"] = r.type;
  j["subject"] = end(r.subject);
  j["object"] = end(r.object);
  return j;
}

// A RELATION rule's example: one relation of its type whose evidence touches the span, covering
// it exactly, with the expected ends and attributes, found by this rule. `not`: none of its type.
ExampleResult check_relation(const CompiledRule& rule, const ExampleSpec& example, const Document& doc) {
  ExampleResult result{&rule, &example, false, ""};
  // A rule that also dates its subject (`date = d`) gives a DATE relation: an example naming it checks that one.
  std::string type = relation_type(rule);
  if (!example.negative) type = Json::parse(example.value_json).value("relation", type);
  std::vector<const graph::Relation*> of_type;
  for (const graph::Relation& r : doc.graph.relations) {
    bool touches = r.evidence_begin < example.span_end && example.span_begin < r.evidence_end;
    if (r.type == type && (example.negative || touches)) of_type.push_back(&r);
  }
  auto describe = [&](const graph::Relation& r) {
    return show_span(example.text, r.evidence_begin, r.evidence_end) + " " + relation_as_example(doc, r).dump() + " via " + r.rule;
  };
  if (example.negative) {
    result.passed = of_type.empty();
    if (!result.passed) result.message = "'not' example produced " + type + " " + describe(*of_type.front());
    return result;
  }
  std::string expected = show_span(example.text, example.span_begin, example.span_end) + " " + example.value_json;
  Json want = Json::parse(example.value_json);
  for (const graph::Relation* r : of_type) {
    if (r->evidence_begin == example.span_begin && r->evidence_end == example.span_end && r->rule == rule.id &&
        relation_as_example(doc, *r) == want) {
      result.passed = true;
      return result;
    }
  }
  result.message = "no such relation: expected " + expected;
  for (const graph::Relation* r : of_type) result.message += "\n    got " + describe(*r);
  return result;
}

ExampleResult check(const RuleSet& rules, const CompiledRule& rule, const ExampleSpec& example, Analyzer& analyzer) {
  io::Article article{"example", rule.anchor, "", example.text};
  Trace trace;
  Document doc = analyzer.analyze(article, &trace);
  if (rule.type == "RELATION") return check_relation(rule, example, doc);
  // TOPICs stay in the graph only when a relation uses them: their examples read the winners of
  // the trace instead.
  std::vector<graph::Mention> topics;
  for (const TraceEntry& e : trace)
    if (e.won && e.type == "TOPIC") topics.push_back({e.type, e.begin, e.end, e.value, rules.rules[e.rule].id, -1});
  const std::vector<graph::Mention>& mentions = rule.type == "TOPIC" ? topics : doc.graph.mentions;
  // A `not` example looks at the whole text; a positive one at the mentions that touch its span.
  std::vector<const graph::Mention*> of_type;
  for (const graph::Mention& m : mentions) {
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
    for (const ExampleSpec& example : rule.examples) results.push_back(check(rules, rule, example, analyzer));
  return results;
}

ExampleResult run_example(const RuleSet& rules, const CompiledRule& rule, const ExampleSpec& example) {
  Analyzer analyzer(rules);
  return check(rules, rule, example, analyzer);
}

std::string describe_failure(const ExampleResult& r) {
  Error e{r.example->negative ? "E104" : "E101", r.rule->id + ": " + r.message, r.example->where};
  return e.describe();
}

}  // namespace glaneur::rules
