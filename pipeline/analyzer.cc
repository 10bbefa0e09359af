// Tested by tests/analyzer_test.cc
#include "analyzer.h"

#include "extract/names.h"
#include "extract/organisation_references.h"
#include "rules/engine.h"

namespace glaneur {

text::Abbreviations abbreviations_from(const rules::RuleSet& rules) {
  text::Abbreviations out;
  const rules::Table* table = rules.table("abreviations");
  if (!table) return out;
  int kind = table->column("kind");
  for (const auto& row : table->rows) {
    bool title = kind >= 0 && row.values[kind] == "titre";
    (title ? out.titles : out.others).push_back(row.surface);
  }
  return out;
}

Analyzer::Analyzer(const rules::RuleSet& rules)
    : Analyzer(rules, std::make_shared<const extract::NameResources>(extract::NameResources::from(rules))) {}

Analyzer::Analyzer(const rules::RuleSet& rules, std::shared_ptr<const extract::NameResources> names)
    : rules_(rules), sentences_(abbreviations_from(rules)), names_(std::move(names)) {}

Analyzer::~Analyzer() = default;

Document Analyzer::analyze(const io::Article& article, rules::Trace* trace) {
  Document doc{&article, text::TextView::build(article.text), {}, {}, {}};
  doc.tokens = tokenizer_.tokenize(doc.view);
  doc.sentences = sentences_.split(doc.view);
  rules::TokenIndex tokens = rules::index_tokens(rules_, doc);
  rules::run_rules(rules_, doc, {}, trace, &tokens);
  extract::extract_names(doc, *names_);
  // A trace shows every candidate: TOPICs too where no relation can read them.
  rules::run_graph_rules(rules_, doc, {.topics_everywhere = trace != nullptr}, trace, &tokens, extract::organisation_references(doc, *names_));
  return doc;
}

}  // namespace glaneur
