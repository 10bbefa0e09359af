// The graphs the scorer reads, by article id: either a glaneur output file (glaneur extract's
// JSONL, error lines included), or made here by analysing the gold's articles in-process, exactly
// as glaneur extract would write them.
//
//   SystemRead read = read_system_output("out/facts.jsonl");
//   SystemOutputs graphs = analyze_articles(gold.articles, rules);
//
// An article whose line is an error record ({"id", "error"}) has no mentions: it scores as found
// empty. When two lines have the same id, the last one counts.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "eval/gold_reader.h"
#include "rules/rule_set.h"

namespace glaneur::eval {

using SystemOutputs = std::map<std::string, Json>;

struct SystemRead {
  SystemOutputs graphs;
  std::vector<Error> errors;  // E001 unreadable file, E002 malformed line, E003 a line without a string "id"
};
SystemRead read_system_output(const std::string& path);

// Reads each gold article as glaneur extract reads a JSONL line, analyses it and keeps its graph
// line; articles that cannot be read or analysed become error records, as in glaneur extract.
SystemOutputs analyze_articles(const std::vector<GoldArticle>& gold, const rules::RuleSet& rules);

}  // namespace glaneur::eval
