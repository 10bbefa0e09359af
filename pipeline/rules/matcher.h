// Matcher: a rule's regex run by glaneur itself, with the answer RE2::Match gives (anchored at a
// position, bounded by an end, submatches by RE2's leftmost-first choice), at a fraction of its
// cost on the rules' patterns. RE2 spends a rule's try on its program: the tables a pattern names
// are alternations of hundreds of words, so most rules' programs are over the 512 instructions
// below which RE2 uses its backtracker, and their submatches come from its NFA, a microsecond or
// more a try (docs/speed.md). Here an alternation of literal words is one instruction that walks
// a trie of them, so that topic.noun's program is a few dozen instructions, and the backtracker
// (RE2's BitState algorithm: depth first, in the order of preference, never twice at the same
// instruction and position) runs every rule.
//
// It reads the RE2 syntax the rules and the built-ins use; a pattern with anything else (\p{…},
// flags other than (?i:…)) gets no Matcher, and the engine asks RE2 for that rule.
// tests/rules/matcher_test.cc checks every bundled rule against RE2 at every token of corpus/.
//
//   std::optional<Matcher> m = Matcher::compile(rule.pattern.regex);
//   MatchScratch scratch;                              // one per thread
//   std::vector<re2::StringPiece> groups(1 + m->groups());
//   m->match(text, pos, end, groups.data(), groups.size(), scratch);   // as RE2::Match(…, ANCHOR_START, …)
#pragma once

#include <re2/stringpiece.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glaneur::rules {

// What a match needs besides the program, reused from one match to the next: one per thread.
struct MatchScratch {
  struct Job {
    uint32_t inst;  // where to go on; for a restore, the capture slot
    uint32_t pos;
    bool restore;   // put `pos` back in capture slot `inst`
  };
  std::vector<Job> jobs;
  std::vector<uint64_t> visited;  // a bit per (instruction, position): RE2's BitState
  std::vector<uint32_t> dirty;    // the words of `visited` to clear after a match
  std::vector<uint32_t> captures;
  std::vector<std::pair<uint32_t, uint32_t>> trie_ends;  // (branch, end) of a trie's words
};

class Matcher {
 public:
  // Null when the regex uses syntax this matcher does not run (or does not parse).
  static std::optional<Matcher> compile(std::string_view regex);

  // Capturing groups, numbered as RE2 numbers them.
  int groups() const { return groups_; }

  // RE2::Match(text, pos, end, RE2::ANCHOR_START, groups, n) for n ≤ 1 + groups(): ^, $ and \b
  // read the text beyond [pos, end), as RE2 does.
  bool match(std::string_view text, size_t pos, size_t end, re2::StringPiece* groups, int n, MatchScratch& scratch) const;

  enum class Op : uint8_t { kMatch, kLiteral, kClass, kAnyNotNewline, kSplit, kSave, kAssert, kTrie };
  enum class Assert : uint8_t { kBeginText, kEndText, kWordBoundary, kNotWordBoundary };
  struct Inst {
    Op op;
    Assert assertion = Assert::kBeginText;
    uint32_t out = 0;   // the next instruction; kSplit: the preferred one
    uint32_t out1 = 0;  // kSplit: the other
    uint32_t arg = 0;   // kLiteral: offset in literals_; kClass, kTrie: index; kSave: slot
    uint32_t len = 0;   // kLiteral: bytes
  };
  // Codepoint ranges, sorted and disjoint, with a table for ASCII.
  struct CharClass {
    std::vector<std::pair<uint32_t, uint32_t>> ranges;
    uint64_t ascii[2] = {0, 0};
    bool contains(uint32_t c) const;
  };
  // An alternation of literal words, "[ \t]+" between them, each perhaps ending with \b.
  struct Trie {
    struct Node {
      std::vector<std::pair<uint8_t, uint32_t>> next;  // byte → node, sorted
      uint32_t spaces = 0;                             // node after a run of spaces; 0: none
      int32_t branch = -1;                             // a word ends here: its first branch
      int32_t branch_at_boundary = -1;                 // and its first branch that wants \b after it
    };
    std::vector<Node> nodes;  // nodes[0]: the root
  };

 private:
  friend class MatcherCompiler;
  std::vector<Inst> insts_;
  std::string literals_;
  std::vector<CharClass> classes_;
  std::vector<Trie> tries_;
  // The instructions the backtracker marks as visited, by number (kUnmarked: the others). Only
  // those two paths can reach: an instruction with one way in is reached at a position only from
  // its one predecessor at one position, which was marked, or not, already.
  std::vector<uint32_t> marks_;
  uint32_t marked_ = 0;
  static constexpr uint32_t kUnmarked = UINT32_MAX;
  uint32_t start_ = 0;
  int groups_ = 0;
};

}  // namespace glaneur::rules
