// The rule engine: runs a RuleSet over one analysed article and writes the winning mentions into
// its fact graph.
//
// Stage by stage (stage 1: rules over the text; stage 2 and later: rules that also read the
// mentions found so far, written {MONEY:x}), at each token of each sentence:
//   1. the stage's index (triggers.h) gives the rules whose match can start with that token;
//   2. each of them is tried there, anchored; a match whose edges fall on token boundaries and
//      whose value can be computed is a candidate;
//   3. the overlap policy (overlap.h) keeps, among the candidates and the mentions already found,
//      the longer span, then the higher priority, then the rule that comes first in load order.
// Rules are matched by their Matcher (matcher.h), RE2 for those it cannot run.
// EngineOptions::prefilter = false tries every rule at every token, each with RE2: the naive
// reference path that tests compare the fast one against.
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
  // TOPIC rules run in every sentence, not only where a rule reading TOPICs may match
  // (RuleSet::topic_readers): explain and rule examples show every candidate.
  bool topics_everywhere = false;
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

// What every stage of both phases asks of an article's tokens: computed once, before the mention
// phase, it serves the graph phase too (names change no token). Each phase computes it when not given.
struct TokenIndex {
  std::vector<uint8_t> boundaries;  // by view offset: a token starts or ends there
  std::vector<int> start_classes;   // by token: RuleSet::start_class
};
TokenIndex index_tokens(const RuleSet& rules, const Document& doc);

void run_rules(const RuleSet& rules, Document& doc, const EngineOptions& options, Trace* trace,
               const TokenIndex* tokens = nullptr);

// A word that stands for a mention of the graph (a pronoun, or "l'entreprise", for the
// organisation named before it: extract/organisation_references.h): the graph phase reads it as
// that mention, and a relation from it links that mention's entity.
struct Reference {
  uint32_t begin, end;  // view bytes of the word
  size_t mention;       // index into doc.graph.mentions
};

// The graph phase, once names are found: TOPIC rules, then RELATION rules, over every mention of
// the graph and every reference to one (each a {TYPE:x} marker). TOPICs used by a relation become
// TOPIC entities; each relation's ends are the entities of the mentions it links, or the mentions
// themselves (values). TOPICs that no relation uses are not kept.
void run_graph_rules(const RuleSet& rules, Document& doc, const EngineOptions& options, Trace* trace,
                     const TokenIndex* tokens = nullptr, const std::vector<Reference>& references = {});

}  // namespace glaneur::rules
