// Analyzer: turns one article into its Document (text view, tokens, sentences) and fact graph.
// The RuleSet is shared and read-only; an Analyzer holds per-thread state (ICU iterators), so
// each worker thread makes its own. The names' resources, read-only too, are built from the rules
// once and shared by the analyzers made from a first one.
//
//   rules::RuleSet rules = ...;          // loaded once
//   Analyzer analyzer(rules);            // one per thread
//   Analyzer second(rules, analyzer.name_resources());  // without building them again
//   Document doc = analyzer.analyze(article);
//   std::string line = io::graph_line(article, doc.graph);
#pragma once

#include <memory>
#include <vector>

#include "graph/fact_graph.h"
#include "io/article.h"
#include "rules/rule_set.h"
#include "text/sentences.h"
#include "text/text_view.h"
#include "text/token.h"
#include "text/tokenizer.h"

namespace glaneur {

struct Document {
  const io::Article* article;
  text::TextView view;
  std::vector<text::Token> tokens;
  std::vector<text::Sentence> sentences;
  graph::FactGraph graph;
};

// Token t's text in the view (folded): "l'", "euros".
std::string_view token_text(const Document& doc, size_t t);
// The first token that begins at or after a view offset (doc.tokens.size() when none does).
size_t first_token_at(const Document& doc, uint32_t view_offset);

// The abbreviations of the rule set's 'abreviations' table (kind "titre" or "abrev").
text::Abbreviations abbreviations_from(const rules::RuleSet& rules);

namespace extract { struct NameResources; }
namespace rules { struct TraceEntry; using Trace = std::vector<TraceEntry>; }

class Analyzer {
 public:
  explicit Analyzer(const rules::RuleSet& rules);
  // `names`: the resources of another Analyzer of the same rules.
  Analyzer(const rules::RuleSet& rules, std::shared_ptr<const extract::NameResources> names);
  ~Analyzer();
  std::shared_ptr<const extract::NameResources> name_resources() const { return names_; }
  // With a trace, every rule candidate and what became of it is added to it (glaneur explain), and
  // TOPIC rules run in every sentence (rules::EngineOptions::topics_everywhere).
  Document analyze(const io::Article& article, rules::Trace* trace = nullptr);

 private:
  const rules::RuleSet& rules_;
  text::Tokenizer tokenizer_;
  text::SentenceSplitter sentences_;
  std::shared_ptr<const extract::NameResources> names_;
};

}  // namespace glaneur
