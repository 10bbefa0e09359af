// Matcher::match: RE2's BitState algorithm over the Matcher's instructions.
// Tested by tests/rules/matcher_test.cc.
#include "rules/matcher.h"

#include <algorithm>
#include <cstring>

#include "text/utf8.h"

namespace glaneur::rules {
namespace {

bool is_word_char(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }

// Whether an assertion holds at `p` of the whole text (RE2 reads it so, past [pos, end) too).
bool holds(Matcher::Assert a, std::string_view text, size_t p) {
  switch (a) {
    case Matcher::Assert::kBeginText: return p == 0;
    case Matcher::Assert::kEndText: return p == text.size();
    case Matcher::Assert::kWordBoundary:
    case Matcher::Assert::kNotWordBoundary: {
      bool before = p > 0 && is_word_char(static_cast<unsigned char>(text[p - 1]));
      bool after = p < text.size() && is_word_char(static_cast<unsigned char>(text[p]));
      return (before != after) == (a == Matcher::Assert::kWordBoundary);
    }
  }
  return false;
}

// The code point at `p` and its length in bytes; length 0 when none starts there (a byte inside
// a sequence: RE2's automata match whole code points) or when it does not end by `end`.
std::pair<uint32_t, size_t> code_point_at(std::string_view text, size_t p, size_t end) {
  auto lead = static_cast<unsigned char>(text[p]);
  if (lead < 0x80) return {lead, 1};
  if (lead < 0xC0) return {0, 0};
  size_t n = text::utf8_sequence_length(lead);
  if (p + n > end) return {0, 0};
  size_t i = p;
  return {static_cast<uint32_t>(text::decode_utf8(text, i)), n};
}

}  // namespace

bool Matcher::CharClass::contains(uint32_t c) const {
  if (c < 128) return (ascii[c >> 6] >> (c & 63)) & 1;
  auto it = std::upper_bound(ranges.begin(), ranges.end(), c, [](uint32_t x, const auto& r) { return x < r.first; });
  return it != ranges.begin() && c <= (it - 1)->second;
}

bool Matcher::match(std::string_view text, size_t pos, size_t end, re2::StringPiece* groups, int n, MatchScratch& s) const {
  if (pos > end || end > text.size()) return false;
  constexpr uint32_t kUnset = UINT32_MAX;
  const size_t width = end - pos + 1;
  const size_t words = (marked_ * width + 63) / 64;
  if (s.visited.size() < words) s.visited.resize(words, 0);
  s.captures.assign(2 * static_cast<size_t>(groups_ + 1), kUnset);
  s.jobs.clear();
  s.jobs.push_back({start_, static_cast<uint32_t>(pos), false});
  bool matched = false;
  uint32_t match_end = 0;
  while (!s.jobs.empty() && !matched) {
    MatchScratch::Job job = s.jobs.back();
    s.jobs.pop_back();
    if (job.restore) {
      s.captures[job.inst] = job.pos;
      continue;
    }
    uint32_t id = job.inst;
    size_t p = job.pos;
    for (;;) {
      // Never twice at the same instruction and position: what failed from there fails again.
      if (uint32_t mark = marks_[id]; mark != kUnmarked) {
        size_t bit = mark * width + (p - pos);
        uint64_t& word = s.visited[bit >> 6];
        uint64_t mask = uint64_t{1} << (bit & 63);
        if (word & mask) break;
        if (word == 0) s.dirty.push_back(static_cast<uint32_t>(bit >> 6));
        word |= mask;
      }
      const Inst& inst = insts_[id];
      bool ok = true;
      switch (inst.op) {
        case Op::kMatch:
          matched = true;
          match_end = static_cast<uint32_t>(p);
          break;
        case Op::kLiteral:
          ok = end - p >= inst.len && std::memcmp(text.data() + p, literals_.data() + inst.arg, inst.len) == 0;
          p += inst.len;
          break;
        case Op::kClass:
        case Op::kAnyNotNewline: {
          if (p >= end) {
            ok = false;
            break;
          }
          auto [c, len] = code_point_at(text, p, end);
          ok = len > 0 && (inst.op == Op::kClass ? classes_[inst.arg].contains(c) : c != '\n');
          p += len;
          break;
        }
        case Op::kSplit:
          s.jobs.push_back({inst.out1, static_cast<uint32_t>(p), false});
          break;
        case Op::kSave:
          s.jobs.push_back({inst.arg, s.captures[inst.arg], true});
          s.captures[inst.arg] = static_cast<uint32_t>(p);
          break;
        case Op::kAssert:
          ok = holds(inst.assertion, text, p);
          break;
        case Op::kTrie: {
          // Every word of the trie that starts at p, then in the order of their branches: the
          // first is followed now, the others are pushed to be tried after it, last first.
          const Trie& trie = tries_[inst.arg];
          s.trie_ends.clear();
          uint32_t node = 0;
          size_t q = p;
          for (;;) {
            const Trie::Node& here = trie.nodes[node];
            int32_t branch = here.branch;
            if (here.branch_at_boundary >= 0 && (branch < 0 || here.branch_at_boundary < branch) &&
                holds(Assert::kWordBoundary, text, q))
              branch = here.branch_at_boundary;
            if (branch >= 0) s.trie_ends.emplace_back(static_cast<uint32_t>(branch), static_cast<uint32_t>(q));
            if (q >= end) break;
            auto b = static_cast<uint8_t>(text[q]);
            if ((b == ' ' || b == '\t') && here.spaces != 0) {
              while (q < end && (text[q] == ' ' || text[q] == '\t')) ++q;
              node = here.spaces;
              continue;
            }
            auto it = std::lower_bound(here.next.begin(), here.next.end(), std::make_pair(b, uint32_t{0}),
                                       [](const auto& x, const auto& y) { return x.first < y.first; });
            if (it == here.next.end() || it->first != b) break;
            node = it->second;
            ++q;
          }
          if (s.trie_ends.empty()) {
            ok = false;
            break;
          }
          std::sort(s.trie_ends.begin(), s.trie_ends.end());
          for (size_t k = s.trie_ends.size(); k-- > 1;) s.jobs.push_back({inst.out, s.trie_ends[k].second, false});
          p = s.trie_ends[0].second;
          break;
        }
      }
      if (!ok || matched) break;
      id = inst.out;
    }
  }
  for (uint32_t w : s.dirty) s.visited[w] = 0;
  s.dirty.clear();
  if (!matched) return false;
  for (int g = 0; g < n; ++g) {
    if (g > groups_) {
      groups[g] = re2::StringPiece();
      continue;
    }
    uint32_t b = g == 0 ? static_cast<uint32_t>(pos) : s.captures[2 * g];
    uint32_t e = g == 0 ? match_end : s.captures[2 * g + 1];
    groups[g] = b == kUnset || e == kUnset ? re2::StringPiece() : re2::StringPiece(text.data() + b, e - b);
  }
  return true;
}

}  // namespace glaneur::rules
