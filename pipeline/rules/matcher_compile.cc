// Matcher::compile: the RE2 syntax of the rules parsed into a tree, then into instructions.
// Tested by tests/rules/matcher_test.cc.
#include <algorithm>

#include "rules/matcher.h"
#include "text/utf8.h"

namespace glaneur::rules {
namespace {

using Ranges = std::vector<std::pair<uint32_t, uint32_t>>;
constexpr uint32_t kMaxCodepoint = 0x10FFFF;
constexpr int kMaxRepeat = 1000;  // RE2's limit
constexpr size_t kMaxInstructions = 1 << 16;

struct Node {
  enum Kind { kEmpty, kLiteral, kClass, kAnyNotNewline, kConcat, kAlternation, kRepeat, kCapture, kAssert } kind = kEmpty;
  std::string literal;  // kLiteral: UTF-8
  Ranges ranges;        // kClass
  std::vector<Node> children;
  int min = 0, max = -1;  // kRepeat; max -1: no bound
  bool greedy = true;
  int group = 0;  // kCapture
  Matcher::Assert assertion = Matcher::Assert::kBeginText;
};

Ranges normalized(Ranges r) {
  std::sort(r.begin(), r.end());
  Ranges out;
  for (const auto& [lo, hi] : r) {
    if (!out.empty() && lo <= out.back().second + 1) out.back().second = std::max(out.back().second, hi);
    else out.emplace_back(lo, hi);
  }
  return out;
}

Ranges complement(const Ranges& r) {
  Ranges out;
  uint32_t next = 0;
  for (const auto& [lo, hi] : r) {
    if (lo > next) out.emplace_back(next, lo - 1);
    next = hi + 1;
  }
  if (next <= kMaxCodepoint) out.emplace_back(next, kMaxCodepoint);
  return out;
}

// Letters in both cases, as (?i:…) reads them: RE2's case folding, which for the letters of the
// rules (ASCII) adds the Kelvin sign to k and the long s to s.
Ranges with_case(const Ranges& r) {
  Ranges out = r;
  for (const auto& [lo, hi] : r) {
    for (uint32_t c = std::max<uint32_t>(lo, 'A'); c <= std::min<uint32_t>(hi, 'Z'); ++c) out.emplace_back(c + 32, c + 32);
    for (uint32_t c = std::max<uint32_t>(lo, 'a'); c <= std::min<uint32_t>(hi, 'z'); ++c) out.emplace_back(c - 32, c - 32);
  }
  auto has = [&](uint32_t c) { return std::any_of(out.begin(), out.end(), [c](const auto& x) { return x.first <= c && c <= x.second; }); };
  if (has('k')) out.emplace_back(0x212A, 0x212A);
  if (has('s')) out.emplace_back(0x17F, 0x17F);
  return normalized(out);
}

const Ranges& digit_ranges() {
  static const Ranges r = {{'0', '9'}};
  return r;
}
const Ranges& space_ranges() {
  static const Ranges r = {{'\t', '\n'}, {'\f', '\r'}, {' ', ' '}};
  return r;
}
const Ranges& word_ranges() {
  static const Ranges r = {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}};
  return r;
}

// RE2's syntax as the rules write it. Anything else sets `ok` false: the rule keeps RE2.
class Parser {
 public:
  explicit Parser(std::string_view re) : re_(re) {}

  std::optional<Node> parse() {
    Node n = alternation(false);
    if (!ok_ || at_ != re_.size()) return std::nullopt;
    return n;
  }
  int groups() const { return groups_; }

 private:
  bool more() const { return at_ < re_.size(); }
  char peek() const { return re_[at_]; }
  void fail() { ok_ = false; }

  Node alternation(bool fold) {
    Node first = concatenation(fold);
    if (!more() || peek() != '|') return first;
    Node alt;
    alt.kind = Node::kAlternation;
    alt.children.push_back(std::move(first));
    while (ok_ && more() && peek() == '|') {
      ++at_;
      alt.children.push_back(concatenation(fold));
    }
    return alt;
  }

  Node concatenation(bool fold) {
    Node cat;
    cat.kind = Node::kConcat;
    while (ok_ && more() && peek() != '|' && peek() != ')') cat.children.push_back(repetition(fold));
    if (cat.children.size() == 1) return std::move(cat.children[0]);
    return cat;
  }

  Node repetition(bool fold) {
    Node atom = this->atom(fold);
    bool repeated = false;
    while (ok_ && more()) {
      int min, max;
      size_t before = at_;
      char c = peek();
      if (c == '*') min = 0, max = -1, ++at_;
      else if (c == '+') min = 1, max = -1, ++at_;
      else if (c == '?') min = 0, max = 1, ++at_;
      else if (c == '{' && counted(min, max)) {
      } else break;
      if (repeated) {  // RE2 rejects "a**"
        at_ = before;
        fail();
        break;
      }
      repeated = true;
      Node r;
      r.kind = Node::kRepeat;
      r.min = min;
      r.max = max;
      if (more() && peek() == '?') {
        r.greedy = false;
        ++at_;
      }
      r.children.push_back(std::move(atom));
      atom = std::move(r);
    }
    return atom;
  }

  // {n}, {n,}, {n,m}; anything else leaves `at_` where it was ("{" is then a literal).
  bool counted(int& min, int& max) {
    size_t i = at_ + 1;
    auto number = [&](int& v) {
      size_t start = i;
      v = 0;
      while (i < re_.size() && re_[i] >= '0' && re_[i] <= '9') v = std::min(v * 10 + (re_[i++] - '0'), kMaxRepeat + 1);
      return i > start;
    };
    if (!number(min)) return false;
    max = min;
    if (i < re_.size() && re_[i] == ',') {
      ++i;
      if (i < re_.size() && re_[i] == '}') max = -1;
      else if (!number(max)) return false;
    }
    if (i >= re_.size() || re_[i] != '}') return false;
    if (min > kMaxRepeat || max > kMaxRepeat || (max >= 0 && max < min)) {
      fail();
      return false;
    }
    at_ = i + 1;
    return true;
  }

  Node literal_of(uint32_t c, bool fold) {
    Node n;
    if (fold && c >= 0x80) fail();  // RE2 folds the cases of other alphabets: it runs the rule
    if (fold && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
      n.kind = Node::kClass;
      n.ranges = with_case({{c, c}});
      return n;
    }
    n.kind = Node::kLiteral;
    text::append_utf8(n.literal, c);
    return n;
  }

  Node class_of(const Ranges& r, bool fold) {
    if (fold && !r.empty() && r.back().second >= 0x80) fail();
    Node n;
    n.kind = Node::kClass;
    n.ranges = fold ? with_case(r) : normalized(r);
    return n;
  }

  Node assertion(Matcher::Assert a) {
    Node n;
    n.kind = Node::kAssert;
    n.assertion = a;
    return n;
  }

  uint32_t codepoint() {
    size_t i = at_;
    uint32_t c = static_cast<uint32_t>(text::decode_utf8(re_, i));
    at_ = i;
    return c;
  }

  Node atom(bool fold) {
    char c = peek();
    switch (c) {
      case '(': return group(fold);
      case '[': return char_class(fold);
      case '.': {
        ++at_;
        Node n;
        n.kind = Node::kAnyNotNewline;
        return n;
      }
      case '^': ++at_; return assertion(Matcher::Assert::kBeginText);
      case '$': ++at_; return assertion(Matcher::Assert::kEndText);
      case '\\': return escape(fold);
      case '*': case '+': case '?': fail(); return {};
      default: return literal_of(codepoint(), fold);
    }
  }

  Node group(bool fold) {
    ++at_;  // (
    bool capture = true;
    if (re_.substr(at_).starts_with("?:")) {
      capture = false;
      at_ += 2;
    } else if (re_.substr(at_).starts_with("?i:")) {
      capture = false;
      fold = true;
      at_ += 3;
    } else if (re_.substr(at_).starts_with("?P<")) {
      size_t close = re_.find('>', at_);
      if (close == std::string_view::npos) {
        fail();
        return {};
      }
      at_ = close + 1;
    } else if (more() && peek() == '?') {  // other flags
      fail();
      return {};
    }
    int group = capture ? ++groups_ : 0;
    Node inner = alternation(fold);
    if (!more() || peek() != ')') {
      fail();
      return {};
    }
    ++at_;
    if (!capture) return inner;
    Node n;
    n.kind = Node::kCapture;
    n.group = group;
    n.children.push_back(std::move(inner));
    return n;
  }

  // \d \s \w and their negations, as ranges; false for any other escape.
  bool perl_class(char e, Ranges& r) {
    switch (e) {
      case 'd': r = digit_ranges(); return true;
      case 'D': r = complement(digit_ranges()); return true;
      case 's': r = space_ranges(); return true;
      case 'S': r = complement(space_ranges()); return true;
      case 'w': r = word_ranges(); return true;
      case 'W': r = complement(word_ranges()); return true;
      default: return false;
    }
  }

  // An escaped character (not a class): \x01, \x{…}, \n, \t, \., \-…; nullopt when unknown.
  std::optional<uint32_t> escaped_char() {
    char e = re_[at_];
    ++at_;
    switch (e) {
      case 'n': return '\n';
      case 't': return '\t';
      case 'r': return '\r';
      case 'f': return '\f';
      case 'v': return '\v';
      case 'a': return '\a';
      case 'x': {
        if (more() && peek() == '{') {
          size_t close = re_.find('}', at_);
          if (close == std::string_view::npos || close == at_ + 1) return std::nullopt;
          uint32_t v = 0;
          for (size_t i = at_ + 1; i < close; ++i) {
            int d = hex(re_[i]);
            if (d < 0 || v > kMaxCodepoint) return std::nullopt;
            v = v * 16 + d;
          }
          at_ = close + 1;
          return v <= kMaxCodepoint ? std::optional<uint32_t>(v) : std::nullopt;
        }
        if (at_ + 2 > re_.size() || hex(re_[at_]) < 0 || hex(re_[at_ + 1]) < 0) return std::nullopt;
        uint32_t v = hex(re_[at_]) * 16 + hex(re_[at_ + 1]);
        at_ += 2;
        return v;
      }
      default:
        // Punctuation escapes itself (RE2::QuoteMeta); letters and digits mean something else.
        if (static_cast<unsigned char>(e) < 0x80 && !std::isalnum(static_cast<unsigned char>(e))) return static_cast<unsigned char>(e);
        return std::nullopt;
    }
  }

  static int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  Node escape(bool fold) {
    ++at_;  // backslash
    if (!more()) {
      fail();
      return {};
    }
    char e = peek();
    Ranges r;
    if (perl_class(e, r)) {
      ++at_;
      return class_of(r, fold);
    }
    if (e == 'b' || e == 'B' || e == 'A' || e == 'z') {
      ++at_;
      return assertion(e == 'b' ? Matcher::Assert::kWordBoundary
                       : e == 'B' ? Matcher::Assert::kNotWordBoundary
                       : e == 'A' ? Matcher::Assert::kBeginText
                                  : Matcher::Assert::kEndText);
    }
    std::optional<uint32_t> c = escaped_char();
    if (!c) {
      fail();
      return {};
    }
    return literal_of(*c, fold);
  }

  // One character of a class, escaped ("\-", "\x01") or not; nullopt for an unknown escape.
  std::optional<uint32_t> class_member() {
    if (peek() != '\\') return codepoint();
    ++at_;
    return more() ? escaped_char() : std::nullopt;
  }

  Node char_class(bool fold) {
    ++at_;  // [
    bool negated = more() && peek() == '^';
    if (negated) ++at_;
    Ranges r;
    bool first = true;
    while (ok_ && more() && (peek() != ']' || first)) {
      first = false;
      if (re_.substr(at_).starts_with("[:")) {  // POSIX classes: not in the rules
        fail();
        break;
      }
      Ranges perl;
      if (peek() == '\\' && at_ + 1 < re_.size() && perl_class(re_[at_ + 1], perl)) {
        at_ += 2;
        r.insert(r.end(), perl.begin(), perl.end());
        continue;
      }
      std::optional<uint32_t> lo = class_member();
      if (!lo) {
        fail();
        break;
      }
      uint32_t hi = *lo;
      if (at_ + 1 < re_.size() && peek() == '-' && re_[at_ + 1] != ']') {
        ++at_;
        std::optional<uint32_t> last = class_member();
        if (!last || *last < *lo) {
          fail();
          break;
        }
        hi = *last;
      }
      r.emplace_back(*lo, hi);
    }
    if (!more() || peek() != ']') {
      fail();
      return {};
    }
    ++at_;
    r = normalized(r);
    if (fold && !r.empty() && r.back().second >= 0x80) fail();  // RE2 folds other alphabets too
    if (fold) r = with_case(r);
    // RE2 reads rules with its Perl flags: a negated class matches a newline too.
    return class_of(negated ? complement(r) : r, false);
  }

  std::string_view re_;
  size_t at_ = 0;
  int groups_ = 0;
  bool ok_ = true;
};

}  // namespace

// Builds a Matcher's instructions from the parsed tree, back to front: each node is compiled
// knowing the instruction that follows it.
class MatcherCompiler {
 public:
  explicit MatcherCompiler(Matcher& m) : m_(m) {}

  uint32_t emit(const Node& n, uint32_t next) {
    switch (n.kind) {
      case Node::kEmpty: return next;
      case Node::kLiteral: return literal(n.literal, next);
      case Node::kClass: return add({Matcher::Op::kClass, {}, next, 0, class_index(n.ranges)});
      case Node::kAnyNotNewline: return add({Matcher::Op::kAnyNotNewline, {}, next});
      case Node::kAssert: return add({Matcher::Op::kAssert, n.assertion, next});
      case Node::kCapture: {
        uint32_t close = add({Matcher::Op::kSave, {}, next, 0, static_cast<uint32_t>(2 * n.group + 1)});
        uint32_t body = emit(n.children[0], close);
        return add({Matcher::Op::kSave, {}, body, 0, static_cast<uint32_t>(2 * n.group)});
      }
      case Node::kConcat: return concatenation(n.children, next);
      case Node::kAlternation: return alternation(n.children, next);
      case Node::kRepeat: return repetition(n, next);
    }
    return next;
  }

 private:
  uint32_t add(Matcher::Inst inst) {
    m_.insts_.push_back(inst);
    return static_cast<uint32_t>(m_.insts_.size() - 1);
  }

  uint32_t literal(const std::string& bytes, uint32_t next) {
    Matcher::Inst inst{Matcher::Op::kLiteral, {}, next, 0, static_cast<uint32_t>(m_.literals_.size()), static_cast<uint32_t>(bytes.size())};
    m_.literals_ += bytes;
    return add(inst);
  }

  uint32_t class_index(const Ranges& ranges) {
    Matcher::CharClass c;
    c.ranges = ranges;
    for (const auto& [lo, hi] : ranges)
      for (uint32_t x = lo; x <= std::min<uint32_t>(hi, 127); ++x) c.ascii[x >> 6] |= uint64_t{1} << (x & 63);
    m_.classes_.push_back(std::move(c));
    return static_cast<uint32_t>(m_.classes_.size() - 1);
  }

  // Consecutive literals are one instruction: one comparison of bytes.
  uint32_t concatenation(const std::vector<Node>& items, uint32_t next) {
    for (size_t i = items.size(); i-- > 0;) {
      if (items[i].kind == Node::kLiteral) {
        std::string bytes = items[i].literal;
        while (i > 0 && items[i - 1].kind == Node::kLiteral) bytes.insert(0, items[--i].literal);
        next = literal(bytes, next);
      } else {
        next = emit(items[i], next);
      }
    }
    return next;
  }

  // A word of a trie: literal bytes, a run of spaces written "[ \t]+" between words, and perhaps
  // a final \b. Each run of spaces must be followed by a byte that is no space, so that the run
  // matched whole is the only way the word can go on.
  struct TriePiece {
    std::string bytes;  // empty: a run of spaces
  };
  static bool is_space_run(const Node& n) {
    return n.kind == Node::kRepeat && n.min == 1 && n.max == -1 && n.greedy && n.children[0].kind == Node::kClass &&
           n.children[0].ranges == Ranges{{'\t', '\t'}, {' ', ' '}};
  }
  static std::optional<std::pair<std::vector<TriePiece>, bool>> trie_word(const Node& n) {
    std::vector<const Node*> items;
    if (n.kind == Node::kConcat) {
      for (const Node& c : n.children) items.push_back(&c);
    } else {
      items.push_back(&n);
    }
    std::vector<TriePiece> pieces;
    bool boundary = false;
    for (size_t i = 0; i < items.size(); ++i) {
      const Node& c = *items[i];
      if (c.kind == Node::kLiteral) {
        if (c.literal.find_first_of(" \t") != std::string::npos) return std::nullopt;
        if (!pieces.empty() && !pieces.back().bytes.empty()) pieces.back().bytes += c.literal;
        else pieces.push_back({c.literal});
      } else if (is_space_run(c)) {
        if (pieces.empty() || pieces.back().bytes.empty()) return std::nullopt;
        pieces.push_back({});
      } else if (c.kind == Node::kAssert && c.assertion == Matcher::Assert::kWordBoundary && i + 1 == items.size()) {
        boundary = true;
      } else {
        return std::nullopt;
      }
    }
    if (pieces.empty() || pieces.back().bytes.empty()) return std::nullopt;
    return std::make_pair(std::move(pieces), boundary);
  }

  uint32_t alternation(const std::vector<Node>& branches, uint32_t next) {
    // Runs of branches that are words become one trie each; the order of preference stays.
    std::vector<uint32_t> entries;
    for (size_t i = 0; i < branches.size();) {
      size_t j = i;
      Matcher::Trie trie;
      trie.nodes.emplace_back();
      for (; j < branches.size(); ++j) {
        auto word = trie_word(branches[j]);
        if (!word) break;
        add_word(trie, word->first, word->second, static_cast<int32_t>(j - i));
      }
      if (j - i >= 2) {
        m_.tries_.push_back(std::move(trie));
        entries.push_back(add({Matcher::Op::kTrie, {}, next, 0, static_cast<uint32_t>(m_.tries_.size() - 1)}));
        i = j;
      } else {
        entries.push_back(emit(branches[i], next));
        ++i;
      }
    }
    uint32_t chain = entries.back();
    for (size_t k = entries.size() - 1; k-- > 0;) chain = add({Matcher::Op::kSplit, {}, entries[k], chain});
    return chain;
  }

  static void add_word(Matcher::Trie& trie, const std::vector<TriePiece>& pieces, bool boundary, int32_t branch) {
    uint32_t node = 0;
    for (const TriePiece& p : pieces) {
      if (p.bytes.empty()) {
        if (trie.nodes[node].spaces == 0) {
          trie.nodes[node].spaces = static_cast<uint32_t>(trie.nodes.size());
          trie.nodes.emplace_back();
        }
        node = trie.nodes[node].spaces;
        continue;
      }
      for (char ch : p.bytes) {
        auto b = static_cast<uint8_t>(ch);
        auto& next = trie.nodes[node].next;
        auto it = std::lower_bound(next.begin(), next.end(), std::make_pair(b, uint32_t{0}),
                                   [](const auto& x, const auto& y) { return x.first < y.first; });
        if (it == next.end() || it->first != b) {
          uint32_t child = static_cast<uint32_t>(trie.nodes.size());
          trie.nodes[node].next.insert(it, {b, child});  // `next` may move when nodes grows: insert first
          trie.nodes.emplace_back();
          node = child;
        } else {
          node = it->second;
        }
      }
    }
    // The same word twice: the first branch is the one RE2 prefers, with \b after it or not.
    int32_t& first = boundary ? trie.nodes[node].branch_at_boundary : trie.nodes[node].branch;
    if (first < 0) first = branch;
  }

  uint32_t repetition(const Node& n, uint32_t next) {
    const Node& body = n.children[0];
    uint32_t tail = next;
    if (n.max < 0) {
      // A loop: a split that goes back to itself through the body.
      uint32_t loop = add({Matcher::Op::kSplit, {}, 0, 0});
      uint32_t entry = emit(body, loop);
      m_.insts_[loop].out = n.greedy ? entry : next;
      m_.insts_[loop].out1 = n.greedy ? next : entry;
      tail = loop;
    } else {
      for (int k = n.min; k < n.max; ++k) {
        uint32_t entry = emit(body, tail);
        tail = add({Matcher::Op::kSplit, {}, n.greedy ? entry : next, n.greedy ? next : entry});
      }
    }
    for (int k = 0; k < n.min; ++k) tail = emit(body, tail);
    return tail;
  }

  Matcher& m_;
};

std::optional<Matcher> Matcher::compile(std::string_view regex) {
  if (text::first_invalid_utf8(regex)) return std::nullopt;
  Parser parser(regex);
  std::optional<Node> tree = parser.parse();
  if (!tree) return std::nullopt;
  Matcher m;
  m.groups_ = parser.groups();
  MatcherCompiler compiler(m);
  m.insts_.push_back({Op::kMatch});
  uint32_t accept = static_cast<uint32_t>(m.insts_.size() - 1);
  m.start_ = compiler.emit(*tree, accept);
  // Counted repetitions of big groups ("(…){1000}") copy them: past this, RE2 runs the rule.
  if (m.insts_.size() > kMaxInstructions) return std::nullopt;
  // Ways in: the start, the edges, and a trie's words, which reach what follows it at several positions.
  std::vector<uint32_t> ways_in(m.insts_.size(), 0);
  ways_in[m.start_] += 2;
  for (const Inst& inst : m.insts_) {
    if (inst.op == Op::kMatch) continue;
    ways_in[inst.out] += inst.op == Op::kTrie ? 2 : 1;
    if (inst.op == Op::kSplit) ++ways_in[inst.out1];
  }
  m.marks_.assign(m.insts_.size(), kUnmarked);
  for (size_t i = 0; i < m.insts_.size(); ++i)
    if (ways_in[i] >= 2) m.marks_[i] = m.marked_++;
  return m;
}

}  // namespace glaneur::rules
