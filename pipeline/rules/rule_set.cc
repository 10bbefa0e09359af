// Tested by tests/rules/rule_set_test.cc
#include "rules/rule_set.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
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
  auto [it, inserted] = rules.tables.try_emplace(table.name, table);
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
  existing.rows.insert(existing.rows.end(), table.rows.begin(), table.rows.end());
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
    if (!RE2(alone.regex, regex_options()).ok()) return {"R004", "bad pattern: " + error + " in '" + f->text + "'", f->where};
  }
  return {"R004", "bad pattern: " + error + " in rule " + spec.id, spec.where};
}

void compile_rule(const RuleFile& file, const RuleSpec& spec, RuleSet& set, const Vocabulary& vocabulary,
                  std::vector<Error>& errors) {
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
  if (errors.size() == errors_before) {
    rule.regex = std::make_unique<RE2>(rule.pattern.regex, regex_options());
    if (!rule.regex->ok()) {
      // RE2's message quotes the expanded pattern (tables and built-ins inlined): name the written one.
      std::string error = rule.regex->error();
      error = error.substr(0, error.find(':'));
      errors.push_back(bad_pattern_error(spec, error, {&set.compiled_tables, &vocabulary}));
    } else {
      const auto& groups = rule.regex->NamedCapturingGroups();
      auto index = [&](const std::string& name) { auto it = groups.find(name); return it == groups.end() ? -1 : it->second; };
      rule.before_group = index("before");
      rule.span_group = index("span");
      rule.after_group = index("after");
      for (Capture& c : rule.pattern.captures)
        for (size_t k = 0; k < c.sources.size(); ++k) c.groups.push_back(index(group_name(c.name, k)));
      rule.triggers = first_triggers(spec.before, spec.match, {&set.compiled_tables, &vocabulary});
    }
  }
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

void build_stage_index(RuleSet& set) {
  set.stages = set.graph_stages = 0;
  for (const CompiledRule& r : set.rules) (r.graph ? set.graph_stages : set.stages) = std::max(r.graph ? set.graph_stages : set.stages, r.stage);
  set.stage_index.assign(set.stages, {});
  set.graph_stage_index.assign(set.graph_stages, {});
  for (auto* phase : {&set.stage_index, &set.graph_stage_index})
    for (auto& index : *phase) index.prefix.assign(256, {});
  // Compiling a set is a third of loading the rules: the sets of the stages, and the filter of the
  // TOPIC readers, compile side by side.
  auto compile_sets = [&] {
    std::vector<std::thread> compiling;
    compiling.emplace_back([&set] {
      std::vector<std::string> topic_readers;
      for (const CompiledRule& rule : set.rules)
        if (rule.graph && rule.regex && rule.regex->ok() && rule.pattern.mention_types.count("TOPIC"))
          topic_readers.push_back(rule.pattern.regex);
      set.topic_readers = ReaderFilter::build(topic_readers, mention_marker_regex("TOPIC"));
    });
    for (auto* phase : {&set.stage_index, &set.graph_stage_index})
      for (auto& index : *phase)
        compiling.emplace_back([&index] {
          if (index.anchored && !index.anchored->Compile()) index.anchored.reset();  // then every candidate is tried
        });
    for (std::thread& t : compiling) t.join();
  };
  for (size_t i = 0; i < set.rules.size(); ++i) {
    const CompiledRule& rule = set.rules[i];
    if (!rule.regex || !rule.regex->ok()) continue;
    RuleSet::StageIndex& index = (rule.graph ? set.graph_stage_index : set.stage_index)[rule.stage - 1];
    int r = static_cast<int>(i);
    index.all.push_back(r);
    if (rule.graph && rule.type == "TOPIC") index.finds_topics = true;
    if (!index.anchored) index.anchored = std::make_shared<RE2::Set>(regex_options(), RE2::ANCHOR_START);
    if (index.anchored->Add(rule.pattern.regex, nullptr) >= 0) index.anchored_rules.push_back(r);
    if (rule.type == "RELATION" &&
        std::none_of(rule.pattern.mention_types.begin(), rule.pattern.mention_types.end(), [](const std::string& t) { return t != "TOPIC"; }))
      set.relations_need_a_mention = false;
    const Triggers& t = rule.triggers;
    if (t.any) {
      index.any.push_back(r);
      continue;
    }
    if (t.number) index.number.push_back(r);
    for (const std::string& type : t.mentions) index.mention[type].push_back(r);
    for (const std::string& token : t.tokens) {
      int id = set.trigger_tokens.try_emplace(token, static_cast<int>(set.trigger_tokens.size())).first->second;
      if (index.token.size() <= static_cast<size_t>(id)) index.token.resize(id + 1);
      index.token[id].push_back(r);
    }
    for (const std::string& prefix : t.prefixes) index.prefix[static_cast<unsigned char>(prefix[0])].emplace_back(prefix, r);
  }
  compile_sets();
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
  for (const std::string& path : rule_files) {
    RuleFileParse parsed = parse_rule_file(path, io::read_file(path).value_or(std::string()));
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
      compile_rule(parsed.file, spec, load.rules, vocabulary, load.errors);
    }
    if (has_examples && parsed.file.anchor.empty())
      load.errors.push_back({"R010", "missing 'anchor YYYY-MM-DD' line: the article date its examples are read with", {path, 1, 1}});
  }
  build_stage_index(load.rules);
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
