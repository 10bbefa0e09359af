// The rule engine: runs a RuleSet over one analysed article and writes the winning mentions into
// its fact graph.
//
// Stage by stage (stage 1: rules over the text; stage 2 and later: rules that also read the
// mentions found so far, written {MONEY:x}), for each sentence:
//   1. the stage's RE2::Set tells which rules can match the sentence at all (one pass);
//   2. only those rules run, each leftmost-first, keeping matches whose edges fall on token
//      boundaries and whose value can be computed: the candidates;
//   3. the overlap policy (overlap.h) keeps, among the candidates and the mentions already found,
//      the longer span, then the higher priority, then the rule that comes first in load order.
// EngineOptions::prefilter = false runs every rule on every sentence: the naive reference path that
// tests compare the fast one against.
//
//   run_rules(rules, doc, {}, nullptr);          // doc.graph.mentions now holds the winners
#pragma once

#include <string>
#include <vector>

#include "analyzer.h"
#include "rules/rule_set.h"

namespace glaneur::rules {

struct EngineOptions {
  bool prefilter = true;
};

// What explain shows: every candidate, and what became of it.
struct TraceEntry {
  int rule;
  std::string type;
  uint32_t begin, end;  // original bytes
  graph::Value value;
  int stage;
  bool won = false;
  std::string why;      // for losers: which mention beat it and by which clause of the policy
};
using Trace = std::vector<TraceEntry>;

void run_rules(const RuleSet& rules, Document& doc, const EngineOptions& options, Trace* trace);

}  // namespace glaneur::rules
