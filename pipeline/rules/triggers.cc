// Tested by tests/rules/engine_test.cc (triggered path = every rule at every token) and
// tests/rules/triggers_test.cc.
#include "rules/triggers.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include <unicode/uchar.h>

#include "extract/number_fr.h"
#include "text/utf8.h"

namespace glaneur::rules {
namespace {

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' || c == '-' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Adds what starts the first token of a folded surface: up to a space, that token whole
// ("a peu pres" → "a", "$ c" → "$"); cut after an apostrophe, at a final hyphen or before a symbol,
// only its start, since the tokenizer may keep more in the token ("aujourd'hui", "mi-juin", "usd$").
void add_prefix(Triggers& t, const std::string& folded) {
  if (folded.empty()) return;
  if (std::isdigit(static_cast<unsigned char>(folded[0]))) {
    t.number = true;
    return;
  }
  size_t end = 0;
  while (end < folded.size() && is_word_char(folded[end])) {
    if (folded[end] == '\'' || (folded[end] == '-' && end + 1 == folded.size())) {
      t.prefixes.insert(folded.substr(0, end + 1));
      return;
    }
    ++end;
  }
  if (end == 0) {
    size_t pos = 0;
    text::decode_utf8(folded, pos);
    end = pos;
  }
  if (end == folded.size() || folded[end] == ' ') {
    t.tokens.insert(folded.substr(0, end));
    return;
  }
  // Glued to a currency symbol ("usd$", "m€", "c$"), the tokenizer keeps them as one token ("C$ 50"),
  // which may go on ("c$50"): a start, then, with the symbol, since "c" alone would start half the
  // words; split apart, the letters are a token of their own. Glued to anything else ("janv.",
  // "oct" of "Oct-2"), the token may take other characters there: the start alone.
  size_t at = end;
  if (u_charType(text::decode_utf8(folded, at)) == U_CURRENCY_SYMBOL) {
    t.prefixes.insert(folded.substr(0, folded.find(' ', end)));
    t.tokens.insert(folded.substr(0, end));
  } else {
    t.prefixes.insert(folded.substr(0, end));
  }
}

void merge(Triggers& into, const Triggers& from) {
  into.any = into.any || from.any;
  into.number = into.number || from.number;
  into.tokens.insert(from.tokens.begin(), from.tokens.end());
  into.prefixes.insert(from.prefixes.begin(), from.prefixes.end());
  into.mentions.insert(from.mentions.begin(), from.mentions.end());
}

struct First {
  Triggers triggers;
  bool nullable = true;        // the part can match the empty string
  bool needs_mention = false;  // every match of the part holds a {TYPE:x} marker
};

class FirstSet {
 public:
  FirstSet(const std::string& p, const PatternNames& names) : p_(p), names_(names) {}

  First alternation() {
    First out;
    out.nullable = false;
    bool first_branch = true;
    while (true) {
      First branch = sequence();
      merge(out.triggers, branch.triggers);
      out.nullable = first_branch ? branch.nullable : (out.nullable || branch.nullable);
      out.needs_mention = first_branch ? branch.needs_mention : (out.needs_mention && branch.needs_mention);
      first_branch = false;
      if (i_ < p_.size() && p_[i_] == '|') { ++i_; continue; }
      return out;
    }
  }

 private:
  First sequence() {
    First out;  // nullable until an item that is not
    while (i_ < p_.size() && p_[i_] != '|' && p_[i_] != ')') {
      First item = atom();
      quantifier(item);
      if (out.nullable) merge(out.triggers, item.triggers);
      out.nullable = out.nullable && item.nullable;
      out.needs_mention = out.needs_mention || item.needs_mention;
    }
    return out;
  }

  void quantifier(First& item) {
    if (i_ >= p_.size()) return;
    char c = p_[i_];
    if (c == '?' || c == '*') {
      item.nullable = true;
      item.needs_mention = false;
      ++i_;
    } else if (c == '+') {
      ++i_;
    } else if (c == '{' && i_ + 1 < p_.size() && (std::isdigit(static_cast<unsigned char>(p_[i_ + 1])) || p_[i_ + 1] == ',')) {
      if (p_[i_ + 1] == '0' || p_[i_ + 1] == ',') {
        item.nullable = true;
        item.needs_mention = false;
      }
      size_t close = p_.find('}', i_);
      i_ = close == std::string::npos ? p_.size() : close + 1;
    } else {
      return;
    }
    if (i_ < p_.size() && p_[i_] == '?') ++i_;  // lazy quantifiers
  }

  First atom() {
    First out;
    char c = p_[i_];
    if (c == '(') {
      ++i_;
      if (i_ < p_.size() && p_[i_] == '?') {
        while (i_ < p_.size() && p_[i_] != ':' && p_[i_] != ')') ++i_;
        if (i_ < p_.size() && p_[i_] == ':') ++i_;
      }
      out = alternation();
      if (i_ < p_.size() && p_[i_] == ')') ++i_;
      return out;
    }
    if (c == ' ' || c == '\t' || c == '^' || c == '$') {
      ++i_;
      return out;  // nullable, no trigger
    }
    if (c == '\\') {
      char e = i_ + 1 < p_.size() ? p_[i_ + 1] : 0;
      i_ += 2;
      if (e == 'b' || e == 'B' || e == 'A' || e == 'z') return out;
      out.nullable = false;
      if (e == 'd') out.triggers.number = true;
      else if (e == 'p' || e == 'P') {
        size_t close = p_.find('}', i_);
        i_ = close == std::string::npos ? p_.size() : close + 1;
        out.triggers.any = true;
      } else if (std::isalnum(static_cast<unsigned char>(e))) out.triggers.any = true;
      else add_prefix(out.triggers, std::string(1, e));
      return out;
    }
    if (c == '[') return char_class();
    if (c == '{') return reference();
    if (c == '.') {
      ++i_;
      out.nullable = false;
      out.triggers.any = true;
      return out;
    }
    return literal();
  }

  // [+-], [/.-]: each listed character; a range or a negation: any.
  First char_class() {
    First out;
    out.nullable = false;
    size_t close = i_ + 1;
    if (close < p_.size() && p_[close] == '^') ++close;
    if (close < p_.size() && p_[close] == ']') ++close;
    while (close < p_.size() && p_[close] != ']') close += p_[close] == '\\' ? 2 : 1;
    std::string inside = p_.substr(i_ + 1, close - i_ - 1);
    i_ = std::min(close + 1, p_.size());
    if (inside.empty() || inside[0] == '^' || inside.find('\\') != std::string::npos ||
        (inside.find('-') != std::string::npos && inside.find('-') != 0 && inside.find('-') != inside.size() - 1)) {
      out.triggers.any = true;
      return out;
    }
    for (size_t k = 0; k < inside.size();) {
      size_t start = k;
      text::decode_utf8(inside, k);
      add_prefix(out.triggers, fold_text(inside.substr(start, k - start)));
    }
    return out;
  }

  First reference() {
    First out;
    out.nullable = false;
    size_t close = p_.find('}', i_);
    std::string inside = p_.substr(i_ + 1, (close == std::string::npos ? p_.size() : close) - i_ - 1);
    i_ = close == std::string::npos ? p_.size() : close + 1;
    std::string name = inside.substr(0, inside.find(':'));
    const auto& types = mention_types();
    if (std::find(types.begin(), types.end(), name) != types.end()) {
      out.triggers.mentions.insert(name);
      out.needs_mention = true;
    } else if (const BuiltinPattern* b = names_.vocabulary->builtin(name); b && b->starts_number) {
      out.triggers.number = true;
    } else if (auto t = names_.tables->find(name); t != names_.tables->end()) {
      for (const auto& [surface, row] : t->second.rows) add_prefix(out.triggers, surface);
    } else {
      out.triggers.any = true;  // a word built-in ({mot}, {nom}) or an unknown name
    }
    return out;
  }

  // A run of literal characters; a quantifier after it applies to its last character only.
  First literal() {
    First out;
    size_t start = i_;
    while (i_ < p_.size() && !std::strchr("()[]{}|\\.?*+^$ \t", p_[i_])) ++i_;
    size_t end = i_;
    bool counted = i_ + 1 < p_.size() && p_[i_] == '{' && (std::isdigit(static_cast<unsigned char>(p_[i_ + 1])) || p_[i_ + 1] == ',');
    if (i_ < p_.size() && (p_[i_] == '?' || p_[i_] == '*' || counted)) {
      // "euros?": the s is optional, "euro" is not.
      size_t last = end - 1;
      while (last > start && (static_cast<unsigned char>(p_[last]) & 0xC0) == 0x80) --last;
      end = last;
      i_ = last;  // the next atom is that last character, with its quantifier
      if (end == start) {
        i_ = start;
        size_t pos = start;
        text::decode_utf8(p_, pos);
        end = pos;
        i_ = pos;
      }
    }
    if (end == start) {
      ++i_;
      out.triggers.any = true;
      out.nullable = false;
      return out;
    }
    out.nullable = false;
    add_prefix(out.triggers, fold_text(p_.substr(start, end - start)));
    return out;
  }

  const std::string& p_;
  const PatternNames& names_;
  size_t i_ = 0;
};

}  // namespace

Triggers first_triggers(const Field& before, const Field& match, const PatternNames& names) {
  Triggers out;
  bool nullable = true;
  for (const Field* f : {&before, &match}) {
    if (!f->present() || !nullable) continue;
    FirstSet parser(f->text, names);
    First first = parser.alternation();
    merge(out, first.triggers);
    nullable = first.nullable;
  }
  if (nullable) out.any = true;  // a pattern that can match the empty string
  return out;
}

bool needs_a_mention(const Field& before, const Field& match, const Field& after, const PatternNames& names) {
  for (const Field* f : {&before, &match, &after}) {
    if (!f->present()) continue;
    FirstSet parser(f->text, names);
    if (parser.alternation().needs_mention) return true;
  }
  return false;
}

bool starts_number(std::string_view t, std::string_view next) {
  if (t.empty()) return false;
  if (std::isdigit(static_cast<unsigned char>(t[0])) || t == "+" || t == "-") return true;
  if (t[0] < 'b' || t[0] > 'z') return false;  // no number word starts otherwise ("billion", "zero")
  std::string_view first = t.substr(0, t.find('-'));
  // The number built-in rejects "un" alone: only "un million", "une centaine de mille"… are numbers.
  if (first == "un" || first == "une")
    return first != t || (next != "un" && next != "une" && extract::is_number_word(next.substr(0, next.find('-'))));
  return first == "premier" || extract::is_number_word(first);
}

}  // namespace glaneur::rules
