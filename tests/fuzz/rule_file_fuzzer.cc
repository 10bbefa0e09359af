// Fuzz target: bytes as a .rules file → rules::load_rule_set, as `--rules DIR` reads a user's
// folder: the bundled tables (tables/ links to them) and the fuzzed file, parsed, compiled, checked.
// When the file loads without an error, its examples run through the whole pipeline, as
// `glaneur rules test` runs them.
//
// Errors are values: every problem must come back as an error with a stable code and the file,
// line and column it is at, never as a crash, a hang or an exception.
#include <algorithm>
#include <cctype>
#include <filesystem>

#include "fuzz_support.h"
#include "rules/examples.h"
#include "rules/rule_file.h"
#include "rules/rule_set.h"

using namespace glaneur;

namespace {

bool is_code(const std::string& code) {
  return code.size() == 4 && (code[0] == 'R' || code[0] == 'T') && std::isdigit(static_cast<unsigned char>(code[1])) &&
         std::isdigit(static_cast<unsigned char>(code[2])) && std::isdigit(static_cast<unsigned char>(code[3]));
}

long count_lines(std::string_view bytes) {
  long lines = 0;
  for (char c : bytes) lines += c == '\n';
  return lines + (bytes.empty() || bytes.back() == '\n' ? 0 : 1);
}

// A position of the fuzzed file: on one of its lines (line 1 stands for the whole file).
void check_position(const SourcePos& where, const std::string& path, long lines) {
  FUZZ_CHECK(where.file == path);
  FUZZ_CHECK(where.line >= 1 && where.line <= std::max(lines, 1L));
  FUZZ_CHECK(where.column >= 0);
}

}  // namespace

// Loads the bundled rules before the first input: when they do not load (a rule being edited),
// the run stops here, with their first error, instead of blaming an input.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::bundled_rules();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::filesystem::path folder = [] {
    std::filesystem::path dir = fuzz::scratch_dir() / "rules";
    std::filesystem::create_directories(dir);
    std::filesystem::create_directory_symlink(std::filesystem::path(rules::builtin_rules_dir()) / "tables", dir / "tables");
    return dir;
  }();
  static const std::string path = (folder / "fuzz.rules").string();
  std::string content(fuzz::as_text(data, size));
  long lines = count_lines(content);

  rules::RuleFileParse parsed = rules::parse_rule_file(path, content);
  for (const Error& e : parsed.errors) {
    FUZZ_CHECK(is_code(e.code) && !e.message.empty());
    check_position(e.where, path, lines);
  }
  for (const rules::RuleSpec& r : parsed.file.rules) {
    FUZZ_CHECK(!r.id.empty());
    check_position(r.where, path, lines);
    for (const rules::Field* f : {&r.doc, &r.before, &r.match, &r.after, &r.value, &r.priority, &r.stage})
      if (f->present()) check_position(f->where, path, lines);
    for (const rules::ExampleSpec& e : r.examples) {
      FUZZ_CHECK(e.span_begin <= e.span_end && e.span_end <= e.text.size());
      FUZZ_CHECK(!text::first_invalid_utf8(e.text));
    }
  }

  fuzz::write_file(path, content);
  rules::RuleSetLoad load = rules::load_rule_set({folder.string()});
  for (const Error& e : load.errors) {
    FUZZ_CHECK(is_code(e.code) && !e.message.empty());
    check_position(e.where, path, lines);  // the bundled tables are sound: every error is the file's
  }
  if (!load.errors.empty()) return 0;
  for (const rules::ExampleResult& r : rules::run_examples(load.rules)) FUZZ_CHECK(r.rule && r.example);
  return 0;
}
