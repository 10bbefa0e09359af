// Tested by tests/rules/rule_set_test.cc
#include "rules/rule_set.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

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

}  // namespace

RuleSetLoad load_rule_set(const std::vector<std::string>& folders) {
  RuleSetLoad load;
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
  }
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
