// Tests of rules/engine.h: the fast path (RE2::Set prefilter) finds exactly what the naive path
// (every rule on every sentence) finds, on every article of the corpus; and mention offsets are
// bytes of the original text, whatever the folding did before them.
#include "rules/engine.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "analyzer.h"
#include "extract/names.h"
#include "io/article_reader.h"
#include "io/json_writer.h"
#include "rules/rule_set.h"
#include "rules/value_text.h"

#include "support/rule_fixtures.h"

namespace glaneur::rules {
namespace {

namespace fs = std::filesystem;
using testing_support::value_text;

using testing_support::bundled_rules;

std::vector<std::string> describe(const std::string& text, const std::vector<graph::Mention>& mentions) {
  std::vector<std::string> out;
  for (const graph::Mention& m : mentions)
    out.push_back(m.type + " " + std::to_string(m.begin) + "-" + std::to_string(m.end) + " [" +
                  text.substr(m.begin, m.end - m.begin) + "] " + value_text(m.value) + " " + m.rule);
  return out;
}

std::vector<std::string> describe(const RuleSet& rules, const Trace& trace) {
  std::vector<std::string> out;
  for (const TraceEntry& e : trace)
    out.push_back("stage " + std::to_string(e.stage) + " " + rules.rules[e.rule].id + " " + e.type + " " +
                  std::to_string(e.begin) + "-" + std::to_string(e.end) + " " + value_text(e.value) +
                  (e.won ? " won" : " lost: " + e.why));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Fast path = naive path, on every article of corpus/articles/.

struct CorpusArticle {
  std::string name;  // the article id, as a test name
  std::optional<io::Article> article;
  std::string error;  // why the line could not be read
  friend void PrintTo(const CorpusArticle& c, std::ostream* os) { *os << c.name; }
};

std::vector<CorpusArticle> corpus_articles() {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(GLANEUR_SOURCE_DIR "/corpus/articles"))
    if (entry.path().extension() == ".jsonl") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  std::vector<CorpusArticle> out;
  for (const std::string& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::string line;
    long number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      io::InputItem item = io::parse_article_line(line, SourcePos{path, number, 0}, io::ReaderOptions{});
      CorpusArticle a;
      a.name = item.id;
      if (item.article) a.article = item.article.value();
      else a.error = item.article.error().describe();
      for (char& c : a.name)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
      out.push_back(std::move(a));
    }
  }
  return out;
}

class FastPathEqualsNaivePath : public testing::TestWithParam<CorpusArticle> {};

TEST_P(FastPathEqualsNaivePath, SameMentionsAndSameTrace) {
  const CorpusArticle& c = GetParam();
  ASSERT_TRUE(c.article) << c.error;
  const io::Article& article = *c.article;
  const RuleSet& rules = bundled_rules();

  Analyzer analyzer(rules);
  Document fast = analyzer.analyze(article);
  // Names (ORG, PER, LOC) and the graph phase (TOPIC) come after the mention phase of the rule
  // engine; its own mentions are compared.
  std::vector<graph::Mention> from_rules;
  for (const graph::Mention& m : fast.graph.mentions)
    if (m.rule.rfind("names.", 0) != 0 && m.type != "TOPIC") from_rules.push_back(m);
  std::vector<std::string> from_analyzer = describe(article.text, from_rules);
  fast.graph.mentions.clear();
  Document naive = fast;

  Trace fast_trace, naive_trace;
  run_rules(rules, fast, {.prefilter = true}, &fast_trace);
  run_rules(rules, naive, {.prefilter = false}, &naive_trace);

  ASSERT_EQ(fast.graph.mentions.size(), naive.graph.mentions.size());
  for (size_t i = 0; i < fast.graph.mentions.size(); ++i) {
    const graph::Mention& f = fast.graph.mentions[i];
    const graph::Mention& n = naive.graph.mentions[i];
    EXPECT_EQ(f.type, n.type) << i;
    EXPECT_EQ(f.begin, n.begin) << i;
    EXPECT_EQ(f.end, n.end) << i;
    EXPECT_EQ(f.rule, n.rule) << i;
    EXPECT_EQ(f.value, n.value) << i;
  }
  EXPECT_EQ(describe(article.text, fast.graph.mentions), describe(article.text, naive.graph.mentions));
  EXPECT_EQ(describe(rules, fast_trace), describe(rules, naive_trace));
  EXPECT_EQ(describe(article.text, fast.graph.mentions), from_analyzer) << "the analyzer runs the fast path";
}

INSTANTIATE_TEST_SUITE_P(Corpus, FastPathEqualsNaivePath, testing::ValuesIn(corpus_articles()),
                         [](const testing::TestParamInfo<CorpusArticle>& info) { return info.param.name; });

TEST(FastPathEqualsNaivePath, TheCorpusIsNotTrivial) {
  std::vector<CorpusArticle> articles = corpus_articles();
  EXPECT_GE(articles.size(), 20u);
  size_t mentions = 0, losers = 0;
  Analyzer analyzer(bundled_rules());
  for (const CorpusArticle& c : articles) {
    if (!c.article) continue;
    Document doc = analyzer.analyze(*c.article);
    doc.graph.mentions.clear();
    Trace trace;
    run_rules(bundled_rules(), doc, {.prefilter = false}, &trace);
    mentions += doc.graph.mentions.size();
    for (const TraceEntry& e : trace) losers += !e.won;
  }
  EXPECT_GE(mentions, 50u) << "the comparison must cover many mentions";
  EXPECT_GE(losers, 1u) << "and the overlap policy at work";
}

// The same on real press, both phases: the first articles of ../shared/bench-corpus, which write
// what ours do not (the whole corpus once showed the number trigger missing "zéro" and "billion").
TEST(FastPathEqualsNaivePath, OnTheFirstArticlesOfTheBenchCorpus) {
  const fs::path bench = fs::path(GLANEUR_SOURCE_DIR) / ".." / "shared" / "bench-corpus" / "fr-press-8mb.jsonl";
  if (!fs::exists(bench)) GTEST_SKIP() << bench << " not found: ../shared is absent";
  constexpr long kArticles = 600;
  const RuleSet& rules = bundled_rules();
  const extract::NameResources names = extract::NameResources::from(rules);
  text::Tokenizer tokenizer;
  text::SentenceSplitter sentences(abbreviations_from(rules));
  std::ifstream in(bench, std::ios::binary);
  std::string line;
  long read = 0, mentions = 0;
  std::vector<std::string> differ;
  while (read < kArticles && std::getline(in, line)) {
    io::InputItem item = io::parse_article_line(line, SourcePos{bench.string(), ++read, 0}, io::ReaderOptions{});
    ASSERT_TRUE(item.article) << item.article.error().describe();
    const io::Article& article = item.article.value();
    Document fast{&article, text::TextView::build(article.text), {}, {}, {}};
    fast.tokens = tokenizer.tokenize(fast.view);
    fast.sentences = sentences.split(fast.view);
    Document naive = fast;
    run_rules(rules, fast, {.prefilter = true}, nullptr);
    run_rules(rules, naive, {.prefilter = false}, nullptr);
    mentions += static_cast<long>(fast.graph.mentions.size());
    if (describe(article.text, fast.graph.mentions) != describe(article.text, naive.graph.mentions)) {
      differ.push_back(article.id + " (mentions)");
      continue;
    }
    extract::extract_names(fast, names);
    naive.graph = fast.graph;
    run_graph_rules(rules, fast, {.prefilter = true}, nullptr);
    run_graph_rules(rules, naive, {.prefilter = false}, nullptr);
    if (io::graph_line(article, fast.graph) != io::graph_line(article, naive.graph)) differ.push_back(article.id + " (graph)");
  }
  EXPECT_EQ(read, kArticles);
  EXPECT_GE(mentions, 1000) << "the comparison must cover many mentions";
  EXPECT_EQ(differ, std::vector<std::string>{}) << "articles where the fast path and the naive one part";
}

// ---------------------------------------------------------------------------------------------
// TOPIC rules run only where a rule reading TOPICs may match (RuleSet::topic_readers): the fact
// graph is the same as when they run everywhere, on every article of the corpus.

class TopicsWhereRead : public testing::TestWithParam<CorpusArticle> {};

TEST_P(TopicsWhereRead, GiveTheGraphOfTopicsEverywhere) {
  const CorpusArticle& c = GetParam();
  ASSERT_TRUE(c.article) << c.error;
  const RuleSet& rules = bundled_rules();
  ASSERT_NE(rules.topic_readers, nullptr);
  Document before_graph{&*c.article, text::TextView::build(c.article->text), {}, {}, {}};
  before_graph.tokens = text::Tokenizer().tokenize(before_graph.view);
  before_graph.sentences = text::SentenceSplitter(abbreviations_from(rules)).split(before_graph.view);
  run_rules(rules, before_graph, {}, nullptr);
  extract::extract_names(before_graph, extract::NameResources::from(rules));

  Document where_read = before_graph, everywhere = before_graph;
  run_graph_rules(rules, where_read, {}, nullptr);
  run_graph_rules(rules, everywhere, {.topics_everywhere = true}, nullptr);
  EXPECT_EQ(io::graph_line(*c.article, where_read.graph), io::graph_line(*c.article, everywhere.graph));
}

INSTANTIATE_TEST_SUITE_P(Corpus, TopicsWhereRead, testing::ValuesIn(corpus_articles()),
                         [](const testing::TestParamInfo<CorpusArticle>& info) { return info.param.name; });

// ---------------------------------------------------------------------------------------------
// An article's own bytes \x01 and \x02 are not markers of mentions for the later stages.

TEST(StageText, MarkerBytesInTheArticleAreSpaces) {
  std::string fake = "Le plan \x01" "MONEY#7\x02 passe de 3 millions d'euros à 2 millions d'euros en 2025.";
  std::string plain = fake;
  for (char& c : plain)
    if (c == '\x01' || c == '\x02') c = ' ';
  Analyzer analyzer(bundled_rules());
  // The mentions of the rules; names read the tokens, which \x01 and a space do not make alike.
  auto rule_mentions = [&](const std::string& text) {
    io::Article article{"t", "2024-05-22", "", text};
    std::vector<graph::Mention> out;
    for (const graph::Mention& m : analyzer.analyze(article).graph.mentions)
      if (m.rule.rfind("names.", 0) != 0) out.push_back(m);
    return describe(plain, out);
  };
  std::vector<std::string> got = rule_mentions(fake), want = rule_mentions(plain);
  EXPECT_EQ(got, want);
  EXPECT_GE(want.size(), 2u) << "the amounts are found";
}

// ---------------------------------------------------------------------------------------------
// Offsets: original-text bytes, even after characters whose folded form has another length.

struct OffsetCase {
  std::string name;
  std::string text;
  std::string span;   // the mention's text in the original; it occurs once in `text`
  std::string value;  // as JSON
  friend void PrintTo(const OffsetCase& c, std::ostream* os) { *os << "«" << c.text << "»"; }
};

class MentionOffsets : public testing::TestWithParam<OffsetCase> {};

TEST_P(MentionOffsets, AreOriginalBytes) {
  const OffsetCase& c = GetParam();
  io::Article article{"t", "2024-05-22", "", c.text};
  const RuleSet& rules = bundled_rules();
  Analyzer analyzer(rules);
  Document doc = analyzer.analyze(article);
  doc.graph.mentions.clear();
  Trace trace;
  run_rules(rules, doc, {}, &trace);

  size_t begin = c.text.find(c.span);
  ASSERT_NE(begin, std::string::npos);
  std::vector<std::string> want = {"MONEY " + std::to_string(begin) + "-" + std::to_string(begin + c.span.size()) + " [" +
                                   c.span + "] " + c.value};
  std::vector<std::string> got;
  for (const graph::Mention& m : doc.graph.mentions)
    got.push_back(m.type + " " + std::to_string(m.begin) + "-" + std::to_string(m.end) + " [" +
                  c.text.substr(m.begin, m.end - m.begin) + "] " + value_text(m.value));
  EXPECT_EQ(got, want);

  // The trace speaks in the same offsets: the winner's entry has the mention's span.
  bool found = false;
  for (const TraceEntry& e : trace) found = found || (e.won && e.begin == begin && e.end == begin + c.span.size());
  EXPECT_TRUE(found) << "no winning trace entry at " << begin;
}

INSTANTIATE_TEST_SUITE_P(
    Texts, MentionOffsets,
    testing::Values(
        OffsetCase{"curly_apostrophes_before", "L’État et l’hôpital ont signé : 50 millions d’euros sur cinq ans.",
                   "50 millions d’euros", R"({"amount": 50000000, "currency": "EUR"})"},
        OffsetCase{"no_break_spaces_before_and_inside", "Montant\u00A0: 1\u202F250\u00A0000\u00A0€ pour l’association.",
                   "1\u202F250\u00A0000\u00A0€", R"({"amount": 1250000, "currency": "EUR"})"},
        OffsetCase{"accents_before", "À Besançon, l’opération coûtera 3,7 milliards d’euros.",
                   "3,7 milliards d’euros", R"({"amount": 3700000000, "currency": "EUR"})"},
        OffsetCase{"soft_hyphen_before", "La co\u00ADopérative a reçu 20 000 euros.", "20 000 euros",
                   R"({"amount": 20000, "currency": "EUR"})"},
        OffsetCase{"ligature_that_shortens_before", "Le \uFB01nancement atteint 2 millions d’euros par an.",
                   "2 millions d’euros par an", R"({"amount": 2000000, "currency": "EUR", "per": "year"})"}),
    [](const testing::TestParamInfo<OffsetCase>& info) { return info.param.name; });

}  // namespace
}  // namespace glaneur::rules
