// Fuzz target: article text → Analyzer (bundled rules, publication date 2024-05-22) → fact graph →
// the JSON line glaneur writes. This is the path of every rule, of date resolution against the
// article date, of numbers and amounts, and of names.
//
// Only text the reader accepts (valid, non-blank UTF-8) is analysed. Checks the mention contract:
// spans non-empty, inside the text, on character boundaries, sorted by start; entity and mention
// indexes that point somewhere; numeric values JSON can write; and a line that is valid JSON.
#include <nlohmann/json.hpp>

#include <cmath>

#include "analyzer.h"
#include "fuzz_support.h"
#include "io/json_writer.h"

using namespace glaneur;

namespace {

void check_value(const graph::Value& value) {
  for (const auto& [key, scalar] : value) {
    FUZZ_CHECK(!key.empty());
    if (auto d = std::get_if<double>(&scalar)) FUZZ_CHECK(std::isfinite(*d));
  }
}

void check_graph(const io::Article& article, const graph::FactGraph& g) {
  const std::string& text = article.text;
  for (size_t i = 0; i < g.mentions.size(); ++i) {
    const graph::Mention& m = g.mentions[i];
    FUZZ_CHECK(m.begin < m.end);
    FUZZ_CHECK(m.end <= text.size());
    FUZZ_CHECK(fuzz::on_boundary(text, m.begin) && fuzz::on_boundary(text, m.end));
    if (i > 0) FUZZ_CHECK(g.mentions[i - 1].begin <= m.begin);
    FUZZ_CHECK(!m.type.empty() && !m.rule.empty());
    FUZZ_CHECK(m.entity >= -1 && m.entity < static_cast<int>(g.entities.size()));
    check_value(m.value);
  }
  for (const graph::Entity& e : g.entities) {
    FUZZ_CHECK(!e.mentions.empty());
    for (int m : e.mentions) FUZZ_CHECK(m >= 0 && m < static_cast<int>(g.mentions.size()));
  }
  for (const graph::Relation& r : g.relations) {
    FUZZ_CHECK(r.evidence_begin <= r.evidence_end && r.evidence_end <= text.size());
    FUZZ_CHECK(fuzz::on_boundary(text, r.evidence_begin) && fuzz::on_boundary(text, r.evidence_end));
    check_value(r.attributes);
  }
}

}  // namespace

// Loads the bundled rules before the first input: when they do not load (a rule being edited),
// the run stops here, with their first error, instead of blaming an input.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::bundled_rules();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto text = fuzz::article_text(data, size);
  if (!text) return -1;
  static Analyzer analyzer(fuzz::bundled_rules());  // one per thread, reused, as extract does
  io::Article article{"fuzz", "2024-05-22", "", std::string(*text)};
  Document doc = analyzer.analyze(article);
  check_graph(article, doc.graph);
  std::string line = io::graph_line(article, doc.graph);
  FUZZ_CHECK(line.find('\n') == std::string::npos);
  FUZZ_CHECK(nlohmann::json::accept(line));
  return 0;
}
