// Tested by tests/eval/eval_command_test.cc (in-process analysis and a system file give the same scores)
#include "eval/system_output.h"

#include <fstream>

#include "analyzer.h"
#include "io/article_reader.h"
#include "io/json_writer.h"

namespace glaneur::eval {

SystemRead read_system_output(const std::string& path) {
  SystemRead out;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    out.errors.push_back({"E001", "cannot read the system output", {path, 0, 0}});
    return out;
  }
  long number = 0;
  for (std::string line; std::getline(in, line);) {
    const SourcePos where{path, ++number, 0};
    if (line.find_first_not_of(" \t\r\n\f\v") == std::string::npos) continue;
    Json graph = Json::parse(line, nullptr, false);
    if (graph.is_discarded()) {
      out.errors.push_back({"E002", "malformed JSON line", where});
      continue;
    }
    if (!graph.is_object() || !graph.contains("id") || !graph["id"].is_string()) {
      out.errors.push_back({"E003", "a glaneur output line is an object with a string \"id\"", where});
      continue;
    }
    const std::string id = graph["id"];
    out.graphs[id] = std::move(graph);
  }
  return out;
}

SystemOutputs analyze_articles(const std::vector<GoldArticle>& gold, const rules::RuleSet& rules) {
  SystemOutputs out;
  Analyzer analyzer(rules);
  long number = 0;
  for (const GoldArticle& article : gold) {
    // The article goes through the JSONL reader, as tools/eval once piped it to glaneur extract.
    io::InputItem item = io::parse_article_line(article.article.dump(), SourcePos{"-", ++number, 0}, io::ReaderOptions{});
    std::string line;
    if (item.article) {
      try {
        line = io::graph_line(item.article.value(), analyzer.analyze(item.article.value()).graph);
      } catch (const std::exception& e) {
        item.article = Error{"A001", std::string("analysis failed: ") + e.what(), SourcePos{item.id, 0, 0}};
      }
    }
    if (!item.article) line = io::error_line(item.id, item.article.error());
    Json graph = Json::parse(line);
    const std::string id = graph["id"];
    out[id] = std::move(graph);
  }
  return out;
}

}  // namespace glaneur::eval
