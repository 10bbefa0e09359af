// Tested by tests/analyzer_test.cc
#include "analyzer.h"

#include <algorithm>

#include "extract/names.h"
#include "extract/organisation_references.h"
#include "rules/engine.h"

namespace glaneur {

std::string_view token_text(const Document& doc, size_t t) {
  return doc.view.text().substr(doc.tokens[t].begin, doc.tokens[t].end - doc.tokens[t].begin);
}

size_t first_token_at(const Document& doc, uint32_t view_offset) {
  auto at = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), view_offset,
                             [](const text::Token& t, uint32_t b) { return t.begin < b; });
  return static_cast<size_t>(at - doc.tokens.begin());
}

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
