// What every fuzz target of tests/fuzz/ shares: the invariant check that stops the run, the gate
// that lets through only what the article reader would let through, the bundled rules, and a
// scratch folder for targets whose surface is a file.
//
//   FUZZ_CHECK(token.begin < token.end);             // prints the condition, then traps
//   auto text = article_text(data, size);            // nullopt where the reader gives an error record
//   const rules::RuleSet& rules = bundled_rules();   // rules/ of the source tree, loaded once
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "rules/rule_set.h"
#include "text/utf8.h"

namespace glaneur::fuzz {

// An invariant of the code under test. A broken one is a finding like a sanitizer report: libFuzzer
// saves the input as crash-<sha1> when the process traps.
#define FUZZ_CHECK(condition)                                                                 \
  do {                                                                                        \
    if (!(condition)) {                                                                       \
      std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #condition); \
      __builtin_trap();                                                                       \
    }                                                                                         \
  } while (0)

inline std::string_view as_text(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// The text of an article as io/article_reader.cc accepts it (check_text): valid UTF-8 and not blank.
// Everything past the reader only ever sees such text, so that is all the text targets feed it.
inline std::optional<std::string_view> article_text(const uint8_t* data, size_t size) {
  std::string_view text = as_text(data, size);
  if (text::first_invalid_utf8(text)) return std::nullopt;
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return std::nullopt;
  return text;
}

// True when `offset` is a code-point boundary of valid UTF-8 `text` (or its end).
inline bool on_boundary(std::string_view text, size_t offset) {
  return offset == text.size() || (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80);
}

// The rules glaneur ships (rules/ of the source tree, or $GLANEUR_RULES), loaded once. A broken
// bundled rule set is not a fuzzing finding: say so and stop.
inline const rules::RuleSet& bundled_rules() {
  static const rules::RuleSet* rules = [] {
    std::string dir = rules::builtin_rules_dir();
    auto* load = new rules::RuleSetLoad(rules::load_rule_set({dir}));
    if (dir.empty() || !load->errors.empty()) {
      std::fprintf(stderr, "fuzz: cannot load the bundled rules from '%s' (%zu errors%s%s)\n", dir.c_str(),
                   load->errors.size(), load->errors.empty() ? "" : ", first: ",
                   load->errors.empty() ? "" : load->errors.front().describe().c_str());
      std::exit(1);
    }
    return &load->rules;
  }();
  return *rules;
}

// A folder of its own for this process (several fuzzers may run at once), removed at exit.
inline const std::filesystem::path& scratch_dir() {
  static const std::filesystem::path dir = [] {
    std::string pattern = (std::filesystem::temp_directory_path() / "glaneur-fuzz-XXXXXX").string();
    if (!mkdtemp(pattern.data())) {
      std::perror("fuzz: mkdtemp");
      std::exit(1);
    }
    std::atexit([] {
      std::error_code ec;
      std::filesystem::remove_all(scratch_dir(), ec);
    });
    return std::filesystem::path(pattern);
  }();
  return dir;
}

// Writes `bytes` to `path`, replacing it.
inline void write_file(const std::filesystem::path& path, std::string_view bytes) {
  FILE* out = std::fopen(path.c_str(), "wb");
  if (!out || std::fwrite(bytes.data(), 1, bytes.size(), out) != bytes.size() || std::fclose(out) != 0) {
    std::perror(("fuzz: cannot write " + path.string()).c_str());
    std::exit(1);
  }
}

}  // namespace glaneur::fuzz
