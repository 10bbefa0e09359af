// RuleSet: everything glaneur reads from rule folders at start-up, compiled and checked as a
// whole. The built-in folder (rules/ of the source tree, or share/glaneur/rules when installed)
// comes first; each --rules DIR adds to it. In a folder, tables/*.tsv are vocabularies (a table of
// the same name in a later folder adds its rows) and *.rules are rule files, read in name order.
//
//   RuleSetLoad load = load_rule_set({builtin_rules_dir(), "my-rules"});
//   if (!load.errors.empty()) { for (auto& e : load.errors) print(e.describe()); exit(1); }
//
// Loading collects every error (unknown table, bad regex, unknown value key, wrong enum, duplicate
// rule id, an example whose value is not JSON…) before failing, each with file:line:col and a
// stable code: see rules/README.md for the list.
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rules/lazy_regex.h"
#include "rules/pattern.h"
#include "rules/reader_filter.h"
#include "rules/requirement.h"
#include "rules/rule_file.h"
#include "rules/table.h"
#include "rules/tense.h"
#include "rules/triggers.h"
#include "rules/value_expr.h"
#include "rules/vocabulary.h"
#include "status.h"
#include "text/text_hash.h"

namespace glaneur::rules {

struct CompiledRule {
  std::string id;
  std::string type;
  std::string file;
  std::string anchor;  // the file's anchor date, for examples
  SourcePos where;
  int priority = 0;
  int stage = 1;
  bool graph = false;  // a TOPIC or RELATION rule: runs in the graph phase, after names (is_graph_type)
  int order = 0;  // position in load order: the last tie-breaker of the overlap policy
  CompiledPattern pattern;
  std::unique_ptr<LazyRegex> regex;  // null when the pattern does not parse
  Triggers triggers;  // the tokens a match can start at
  bool needs_mention = false;  // every match holds a mention found before (needs_a_mention)
  int before_group = -1, span_group = -1, after_group = -1;
  std::vector<Requirement> requirements;  // a match that fails one is no candidate
  ValueProgram value;
  std::vector<ExampleSpec> examples;
};

struct RuleSet {
  std::vector<std::string> folders;     // in load order
  std::map<std::string, Table> tables;  // by name
  std::map<std::string, CompiledTable> compiled_tables;
  std::vector<CompiledRule> rules;      // in load order
  int stages = 0;                       // highest stage of any rule
  TenseMarkers tense;                   // from the 'temps' table

  // Per stage (index stage - 1), the rules by what their match can start with, so that at each
  // token only the rules that can start there are tried.
  struct StageIndex {
    std::vector<int> all;                                         // in load order
    std::vector<int> any;                                         // tried at every token
    std::map<std::string, std::vector<int>> mention;              // at mentions of a type, `any` included, sorted
    // By start class (RuleSet::start_class): the rules a token of that class can start, `any`
    // included, sorted. Made once at load instead of at every token of every stage.
    std::vector<std::vector<int>> starting;
    // All the stage's rules, anchored: one pass at a token tells which of them match there.
    std::shared_ptr<RE2::Set> anchored;
    std::vector<int> anchored_rules;  // Set index → rule index
    bool finds_topics = false;  // holds TOPIC rules (graph phase)
    // Every rule of the stage needs a mention: past a sentence's last mention, none can match.
    bool every_rule_needs_a_mention = true;
  };
  std::vector<StageIndex> stage_index;
  // Every whole first token and every start of a first token ("jusqu'", "mi-") that some rule of
  // some stage names. Tokens alike to every stage share a start class: one per whole token (and
  // whether it starts a number), one per longest start it begins with (and whether it starts a
  // number), one for the other tokens (likewise). One lookup per token of an article serves all stages.
  TextMap<int> trigger_tokens;                // whole token → id
  std::vector<std::string> trigger_prefixes;  // id → start, sorted
  std::vector<uint16_t> trigger_prefixes_at;  // by first byte b: the starts [at[b], at[b + 1]) begin with b
  int start_class(std::string_view folded_token, bool number) const;  // `number`: the token starts a number
  int start_classes() const { return 2 * static_cast<int>(trigger_tokens.size() + trigger_prefixes.size() + 1); }
  // The graph phase (TOPIC and RELATION rules), run once mentions and names are found: its own stages.
  int graph_stages = 0;
  std::vector<StageIndex> graph_stage_index;
  // Every RELATION rule links a mention found before the graph phase (not only TOPICs), and
  // TOPICs no relation uses are dropped: the graph phase can then skip the sentences that hold
  // no such mention, most of an article.
  bool relations_need_a_mention = true;
  // The sentences where a rule reading TOPICs may match: TOPIC rules run only there. Null: everywhere.
  std::shared_ptr<const ReaderFilter> topic_readers;

  const Table* table(const std::string& name) const {
    auto it = tables.find(name);
    return it == tables.end() ? nullptr : &it->second;
  }
  const CompiledRule* rule(const std::string& id) const;
};

struct RuleSetLoad {
  RuleSet rules;
  std::vector<Error> errors;  // all of them; the set is unusable when this is not empty
};

RuleSetLoad load_rule_set(const std::vector<std::string>& folders, const Vocabulary& vocabulary = builtin_vocabulary());

// The built-in rules folder: $GLANEUR_RULES, else rules/ beside the build tree or the installed
// share/glaneur/rules, found from the running executable's path. Empty when none exists.
std::string builtin_rules_dir();

// The types of rule files: the mention types, and RELATION.
const std::vector<std::string>& rule_file_types();
// TOPIC and RELATION rules run in the graph phase: they read every mention, names included.
bool is_graph_type(const std::string& type);

}  // namespace glaneur::rules
