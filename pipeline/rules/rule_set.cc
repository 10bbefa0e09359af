// Tested by tests/rules/rule_set_test.cc
#include "rules/rule_set.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iterator>
#include <optional>
#include <set>
#include <thread>

#include "io/read_file.h"
namespace glaneur::rules {
namespace fs = std::filesystem;

namespace {

std::vector<std::string> files_with_extension(const fs::path& dir, const std::string& ext) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.path().extension() == ext) files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

void add_table(RuleSet& rules, Table table, std::vector<Error>& errors) {
  auto [it, inserted] = rules.tables.try_emplace(table.name, std::move(table));  // moves only when inserted
  if (inserted) return;
  Table& existing = it->second;
  bool same_columns = existing.columns.size() == table.columns.size() &&
                      std::equal(existing.columns.begin(), existing.columns.end(), table.columns.begin(),
                                 [](const auto& a, const auto& b) { return a.name == b.name && a.numeric == b.numeric; });
  if (!same_columns) {
    SourcePos where = table.rows.empty() ? SourcePos{} : table.rows.front().where;
    where.line = 1;
    errors.push_back({"T008", "table '" + table.name + "' extends a table of the same name with other columns", where});
    return;
  }
  existing.rows.insert(existing.rows.end(), std::make_move_iterator(table.rows.begin()), std::make_move_iterator(table.rows.end()));
}

int parse_int_field(const Field& f, int fallback, std::vector<Error>& errors) {
  if (!f.present()) return fallback;
  try {
    size_t used;
    int v = std::stoi(f.text, &used);
    if (used == f.text.size()) return v;
  } catch (...) {
  }
  errors.push_back({"R013", "expected a whole number, got '" + f.text + "'", f.where});
  return fallback;
}

// R004 at the field that is broken (before, match or after, each compiled alone), or at the rule
// when only their combination is.
Error bad_pattern_error(const RuleSpec& spec, const std::string& error, const PatternNames& names) {
  for (const Field* f : {&spec.before, &spec.match, &spec.after}) {
    if (!f->present()) continue;
    std::vector<Error> ignored;
    CompiledPattern alone = compile_pattern(Field{}, *f, Field{}, names, ignored);
    if (parse_error(alone.regex)) return {"R004", "bad pattern: " + error + " in '" + f->text + "'", f->where};
  }
  return {"R004", "bad pattern: " + error + " in rule " + spec.id, spec.where};
}

// A rule whose pattern compiled: its regex is prepared after all patterns are, beside the others.
struct PendingRegex {
  size_t rule;  // in RuleSet::rules
  const RuleSpec* spec;
  size_t error_at;  // where its error goes among the others: in the order the rules are written
};

// Everything of a rule but its regex, which it adds to `pending` when the pattern compiled.
void compile_rule(const RuleFile& file, const RuleSpec& spec, RuleSet& set, const Vocabulary& vocabulary,
                  std::vector<Error>& errors, std::vector<PendingRegex>& pending) {
  CompiledRule rule;
  rule.id = spec.id;
  rule.type = file.type;
  rule.file = file.path;
  rule.anchor = file.anchor;
  rule.where = spec.where;
  rule.examples = spec.examples;
  rule.order = static_cast<int>(set.rules.size());
  size_t errors_before = errors.size();
  rule.priority = parse_int_field(spec.priority, 0, errors);
  rule.pattern = compile_pattern(spec.before, spec.match, spec.after, {&set.compiled_tables, &vocabulary}, errors);
  rule.graph = is_graph_type(file.type);
  // A rule runs after the mentions it reads are found: in the graph phase, every mention but the
  // TOPICs is there from its start.
  bool reads_later = rule.graph ? rule.pattern.mention_types.count("TOPIC") > 0 : !rule.pattern.mention_types.empty();
  rule.stage = parse_int_field(spec.stage, reads_later ? 2 : 1, errors);
  if (rule.stage < 1 || (reads_later && rule.stage < 2)) {
    errors.push_back({"R017", "stage " + std::to_string(rule.stage) + " is too early: a rule that reads " +
                                  (rule.graph ? "{TOPIC:x}" : "{TYPE:x}") + " mentions runs at stage 2 or later",
                      spec.stage.present() ? spec.stage.where : spec.where});
  }
  if (errors.size() == errors_before) pending.push_back({set.rules.size(), &spec, errors.size()});
  rule.requirements = compile_requirements(spec.require, rule.pattern, errors);
  rule.value = compile_value(spec.value, file.type, rule.pattern, set.compiled_tables, vocabulary, errors);
  if (file.type == "RELATION" && spec.value.present() && !rule.value.discard) {
    for (const char* key : {"relation", "subject", "object"}) {
      bool given = std::any_of(rule.value.assignments.begin(), rule.value.assignments.end(),
                               [&](const Assignment& a) { return a.key == key; });
      if (!given) errors.push_back({"R022", std::string("a RELATION rule gives its ") + key + " (relation = AMOUNT; subject = s; object = o)", spec.value.where});
    }
  }
  for (const ExampleSpec& e : spec.examples) {
    if (e.negative) continue;
    if (!nlohmann::json::accept(e.value_json)) {
      errors.push_back({"R009", "the expected value is not valid JSON: " + e.value_json, e.where});
    } else if (!nlohmann::json::parse(e.value_json).is_object()) {
      errors.push_back({"R009", "the expected value must be a JSON object such as {\"amount\": 5}", e.where});
    }
  }
  set.rules.push_back(std::move(rule));
}

// The rule's regex (compiled on first use), its groups and the tokens a match can start at.
// Whether RE2 can parse the regex, its stage's set says (start_stage_sets).
void prepare_regex(CompiledRule& rule, const RuleSpec& spec, const PatternNames& names) {
  rule.regex = std::make_unique<LazyRegex>(rule.pattern.regex);
  const std::map<std::string, int> groups = named_groups(rule.pattern.regex);
  auto index = [&](const std::string& name) { auto it = groups.find(name); return it == groups.end() ? -1 : it->second; };
  rule.before_group = index("before");
  rule.span_group = index("span");
  rule.after_group = index("after");
  for (Capture& c : rule.pattern.captures)
    for (size_t k = 0; k < c.sources.size(); ++k) c.groups.push_back(index(group_name(c.name, k)));
  rule.triggers = first_triggers(spec.before, spec.match, names);
  rule.needs_mention = needs_a_mention(spec.before, spec.match, spec.after, names);
}

// Runs task(0), …, task(n - 1) on as many threads as there are cores, this one included.
void in_parallel(size_t n, const std::function<void(size_t)>& task) {
  std::atomic<size_t> next = 0;
  auto work = [&] {
    for (size_t i = next++; i < n; i = next++) task(i);
  };
  std::vector<std::thread> helpers;
  for (unsigned t = 1; t < std::thread::hardware_concurrency() && t < n; ++t) helpers.emplace_back(work);
  work();
  for (std::thread& t : helpers) t.join();
}

void size_stage_index(RuleSet& set) {
  set.stages = set.graph_stages = 0;
  for (const CompiledRule& r : set.rules) (r.graph ? set.graph_stages : set.stages) = std::max(r.graph ? set.graph_stages : set.stages, r.stage);
  set.stage_index.assign(set.stages, {});
  set.graph_stage_index.assign(set.graph_stages, {});
}

// The sets of the stages and the filter of the TOPIC readers compile on threads of their own
// while the rules are prepared (the caller joins them). `rules` are those whose pattern compiled,
// in load order. Each stage's set parses its rules' regexes: RE2's message for one it cannot parse
// goes to `parse_errors` (by rule), and the load then has an error and its sets are never used.
std::vector<std::thread> start_stage_sets(RuleSet& set, const std::vector<size_t>& rules,
                                          std::vector<std::optional<std::string>>& parse_errors) {
  std::vector<std::thread> compiling;
  compiling.emplace_back([&set, rules] {
    std::vector<std::string> topic_readers;
    for (size_t r : rules)
      if (set.rules[r].graph && set.rules[r].pattern.mention_types.count("TOPIC")) topic_readers.push_back(set.rules[r].pattern.regex);
    set.topic_readers = ReaderFilter::build(std::move(topic_readers), mention_marker_regex("TOPIC"));
  });
  for (bool graph : {false, true}) {
    for (int stage = 1; stage <= (graph ? set.graph_stages : set.stages); ++stage) {
      std::vector<int> members;
      for (size_t r : rules)
        if (set.rules[r].graph == graph && set.rules[r].stage == stage) members.push_back(static_cast<int>(r));
      if (members.empty()) continue;
      RuleSet::StageIndex& index = (graph ? set.graph_stage_index : set.stage_index)[stage - 1];
      compiling.emplace_back([&set, &index, &parse_errors, members = std::move(members)] {
        index.anchored = std::make_shared<RE2::Set>(regex_options(), RE2::ANCHOR_START);
        for (int r : members) {
          std::string error;
          if (index.anchored->Add(set.rules[r].pattern.regex, &error) >= 0) index.anchored_rules.push_back(r);
          else parse_errors[r] = error;
        }
        if (!index.anchored->Compile()) index.anchored.reset();  // then every candidate is tried
      });
    }
  }
  return compiling;
}

// What a stage's rules can start with, gathered rule by rule before the start classes are known.
struct StageStarts {
  std::vector<int> number;                            // at tokens that start a number
  std::map<int, std::vector<int>> token;              // by RuleSet::trigger_tokens id
  std::vector<std::pair<std::string, int>> prefixes;  // (start of a token, rule)
};

// The rules a token of each start class can start in one stage: `any`, those of its whole token,
// of every start its token (or longest start) begins with, and of numbers when it starts one.
// `token_texts`: the trigger tokens by id.
std::vector<std::vector<int>> starting_by_class(const RuleSet& set, const std::vector<std::string_view>& token_texts,
                                                const RuleSet::StageIndex& index, const StageStarts& starts) {
  std::vector<std::vector<int>> starting(set.start_classes());
  for (size_t c = 0; c < starting.size(); ++c) {
    std::vector<int>& rules = starting[c];
    rules = index.any;
    if (c % 2 == 1) rules.insert(rules.end(), starts.number.begin(), starts.number.end());
    size_t id = c / 2;
    std::string_view text;
    if (id < token_texts.size()) {
      text = token_texts[id];
      if (auto it = starts.token.find(static_cast<int>(id)); it != starts.token.end())
        rules.insert(rules.end(), it->second.begin(), it->second.end());
    } else if (id - token_texts.size() < set.trigger_prefixes.size()) {
      text = set.trigger_prefixes[id - token_texts.size()];
    }
    for (const auto& [prefix, rule] : starts.prefixes)
      if (!text.empty() && text.starts_with(prefix)) rules.push_back(rule);
    std::sort(rules.begin(), rules.end());
    rules.erase(std::unique(rules.begin(), rules.end()), rules.end());
  }
  return starting;
}

// The rules of each stage by what their match can start with.
void index_stage_rules(RuleSet& set) {
  std::vector<StageStarts> starts(set.stage_index.size()), graph_starts(set.graph_stage_index.size());
  std::set<std::string> prefixes;
  for (size_t i = 0; i < set.rules.size(); ++i) {
    const CompiledRule& rule = set.rules[i];
    if (!rule.regex) continue;
    RuleSet::StageIndex& index = (rule.graph ? set.graph_stage_index : set.stage_index)[rule.stage - 1];
    StageStarts& stage_starts = (rule.graph ? graph_starts : starts)[rule.stage - 1];
    int r = static_cast<int>(i);
    index.all.push_back(r);
    if (rule.graph && rule.type == "TOPIC") index.finds_topics = true;
    index.every_rule_needs_a_mention = index.every_rule_needs_a_mention && rule.needs_mention;
    if (rule.type == "RELATION" &&
        std::none_of(rule.pattern.mention_types.begin(), rule.pattern.mention_types.end(), [](const std::string& t) { return t != "TOPIC"; }))
      set.relations_need_a_mention = false;
    const Triggers& t = rule.triggers;
    if (t.any) {
      index.any.push_back(r);
      continue;
    }
    if (t.number) stage_starts.number.push_back(r);
    for (const std::string& type : t.mentions) index.mention[type].push_back(r);
    for (const std::string& token : t.tokens)
      stage_starts.token[set.trigger_tokens.try_emplace(token, static_cast<int>(set.trigger_tokens.size())).first->second].push_back(r);
    for (const std::string& prefix : t.prefixes) {
      stage_starts.prefixes.emplace_back(prefix, r);
      prefixes.insert(prefix);
    }
  }
  for (auto* phase : {&set.stage_index, &set.graph_stage_index})
    for (RuleSet::StageIndex& index : *phase)
      for (auto& [type, rules] : index.mention) {
        rules.insert(rules.end(), index.any.begin(), index.any.end());
        std::sort(rules.begin(), rules.end());
        rules.erase(std::unique(rules.begin(), rules.end()), rules.end());
      }
  set.trigger_prefixes.assign(prefixes.begin(), prefixes.end());
  set.trigger_prefixes_at.assign(257, 0);
  for (const std::string& prefix : set.trigger_prefixes) ++set.trigger_prefixes_at[static_cast<unsigned char>(prefix[0]) + 1];
  for (size_t b = 1; b < set.trigger_prefixes_at.size(); ++b) set.trigger_prefixes_at[b] += set.trigger_prefixes_at[b - 1];
  std::vector<std::string_view> token_texts(set.trigger_tokens.size());
  for (const auto& [text, id] : set.trigger_tokens) token_texts[id] = text;
  for (size_t s = 0; s < starts.size(); ++s) set.stage_index[s].starting = starting_by_class(set, token_texts, set.stage_index[s], starts[s]);
  for (size_t s = 0; s < graph_starts.size(); ++s)
    set.graph_stage_index[s].starting = starting_by_class(set, token_texts, set.graph_stage_index[s], graph_starts[s]);
}

}  // namespace

const std::vector<std::string>& rule_file_types() {
  static const std::vector<std::string> types = [] {
    std::vector<std::string> t = mention_types();
    t.push_back("RELATION");
    return t;
  }();
  return types;
}

bool is_graph_type(const std::string& type) { return type == "TOPIC" || type == "RELATION"; }

const CompiledRule* RuleSet::rule(const std::string& id) const {
  for (const CompiledRule& r : rules)
    if (r.id == id) return &r;
  return nullptr;
}

int RuleSet::start_class(std::string_view folded_token, bool number) const {
  const int tokens = static_cast<int>(trigger_tokens.size());
  const int others = tokens + static_cast<int>(trigger_prefixes.size());
  if (folded_token.empty()) return 2 * others;
  const int number_bit = number ? 1 : 0;
  if (auto it = trigger_tokens.find(folded_token); it != trigger_tokens.end()) return 2 * it->second + number_bit;
  // The starts a token begins with sort the shorter before the longer: the last is the longest.
  const auto first = static_cast<unsigned char>(folded_token.front());
  for (int p = trigger_prefixes_at[first + 1]; p-- > trigger_prefixes_at[first];)
    if (folded_token.starts_with(trigger_prefixes[p])) return 2 * (tokens + p) + number_bit;
  return 2 * others + number_bit;
}

RuleSetLoad load_rule_set(const std::vector<std::string>& folders, const Vocabulary& vocabulary) {
  RuleSetLoad load;
  std::vector<std::string> rule_files;
  for (const std::string& folder : folders) {
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) {
      load.errors.push_back({"R000", "rules folder not found", {folder, 0, 0}});
      continue;
    }
    load.rules.folders.push_back(folder);
    for (const std::string& path : files_with_extension(fs::path(folder) / "tables", ".tsv")) {
      TableLoad table = load_table(path);
      load.errors.insert(load.errors.end(), table.errors.begin(), table.errors.end());
      if (table.errors.empty()) add_table(load.rules, std::move(table.table), load.errors);
    }
    for (const std::string& path : files_with_extension(folder, ".rules")) rule_files.push_back(path);
  }
  for (const auto& [name, table] : load.rules.tables)
    load.rules.compiled_tables.emplace(name, compile_table(table, load.errors));

  std::map<std::string, SourcePos> ids;
  std::vector<RuleFileParse> parsed_files;  // the specs the pending regexes point into
  parsed_files.reserve(rule_files.size());
  std::vector<PendingRegex> pending;
  for (const std::string& path : rule_files) {
    const RuleFileParse& parsed = parsed_files.emplace_back(parse_rule_file(path, io::read_file(path).value_or(std::string())));
    load.errors.insert(load.errors.end(), parsed.errors.begin(), parsed.errors.end());
    const auto& types = rule_file_types();
    if (!parsed.file.type.empty() && std::find(types.begin(), types.end(), parsed.file.type) == types.end()) {
      std::string expected;
      for (const std::string& t : types) expected += (expected.empty() ? "" : ", ") + t;
      load.errors.push_back({"R010", "unknown type '" + parsed.file.type + "' (expected " + expected + ")", parsed.file.type_where});
      continue;
    }
    bool has_examples = false;
    for (const RuleSpec& spec : parsed.file.rules) {
      has_examples = has_examples || !spec.examples.empty();
      auto [it, inserted] = ids.emplace(spec.id, spec.where);
      if (!inserted) {
        load.errors.push_back({"R007", "duplicate rule id '" + spec.id + "' (first defined at " + it->second.file + ":" +
                                           std::to_string(it->second.line) + ")", spec.where});
        continue;
      }
      compile_rule(parsed.file, spec, load.rules, vocabulary, load.errors, pending);
    }
    if (has_examples && parsed.file.anchor.empty())
      load.errors.push_back({"R010", "missing 'anchor YYYY-MM-DD' line: the article date its examples are read with", {path, 1, 1}});
  }
  size_stage_index(load.rules);
  std::vector<size_t> compiled;
  for (const PendingRegex& p : pending) compiled.push_back(p.rule);
  std::vector<std::optional<std::string>> parse_errors(load.rules.rules.size());
  std::vector<std::thread> stage_sets = start_stage_sets(load.rules, compiled, parse_errors);
  PatternNames names{&load.rules.compiled_tables, &vocabulary};
  in_parallel(pending.size(), [&](size_t i) { prepare_regex(load.rules.rules[pending[i].rule], *pending[i].spec, names); });
  for (std::thread& t : stage_sets) t.join();
  for (size_t i = pending.size(); i-- > 0;) {  // from the last, so that the earlier places stay right
    const std::optional<std::string>& error = parse_errors[pending[i].rule];
    if (!error) continue;
    load.rules.rules[pending[i].rule].regex.reset();
    // RE2's message quotes the expanded pattern (tables and built-ins inlined): name the written one.
    load.errors.insert(load.errors.begin() + static_cast<long>(pending[i].error_at),
                       bad_pattern_error(*pending[i].spec, error->substr(0, error->find(':')), names));
  }
  index_stage_rules(load.rules);
  load.rules.tense = TenseMarkers::from(load.rules.table("temps"));
  return load;
}

std::string builtin_rules_dir() {
  if (const char* env = std::getenv("GLANEUR_RULES"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    // build/glaneur → rules/ of the source tree; prefix/bin/glaneur → prefix/share/glaneur/rules.
    for (const fs::path& candidate : {exe.parent_path().parent_path() / "rules",
                                      exe.parent_path().parent_path() / "share" / "glaneur" / "rules"}) {
      if (fs::is_directory(candidate / "tables", ec)) return candidate.string();
    }
  }
#ifdef GLANEUR_SOURCE_RULES_DIR
  if (fs::is_directory(GLANEUR_SOURCE_RULES_DIR, ec)) return GLANEUR_SOURCE_RULES_DIR;
#endif
  return {};
}

}  // namespace glaneur::rules
