// Tested by tests/eval/mention_scores_test.cc
#include "eval/mention_scores.h"

#include <algorithm>
#include <optional>

#include "eval/value_match.h"
#include "text/utf8.h"

namespace glaneur::eval {
namespace {

const Json kNull;

struct Span {
  std::string type;
  int64_t start = 0, end = 0;
  const Json* text = &kNull;
  const Json* value = &kNull;
};

int64_t offset(const Json& m, const char* key) {
  auto it = m.find(key);
  if (it == m.end() || !it->is_number()) return 0;
  return it->is_number_integer() ? it->get<int64_t>() : static_cast<int64_t>(it->get<double>());
}

Span span_of(const Json& m, const std::string& type) {
  Span s{type, offset(m, "start"), offset(m, "end")};
  if (auto it = m.find("text"); it != m.end()) s.text = &*it;
  if (auto it = m.find("value"); it != m.end()) s.value = &*it;
  return s;
}

std::string type_of(const Json& m) {
  auto it = m.find("type");
  return it != m.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool overlaps(int64_t b1, int64_t e1, int64_t b2, int64_t e2) { return b1 < e2 && b2 < e1; }

bool contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// %r of a value: a string repr'd, anything else as Python prints it.
std::string repr_of(const Json& v) { return v.is_string() ? py_repr(v.get_ref<const std::string&>()) : py_str(v); }

// The article text in code points, for quoting 40 of them either side of a mention.
class Context {
 public:
  explicit Context(const std::string& article_text) {
    // Valid UTF-8: the JSON parser has checked it.
    for (size_t i = 0; i < article_text.size();) code_points_.push_back(text::decode_utf8(article_text, i));
  }
  std::string around(const Span& m) const {
    const auto size = static_cast<int64_t>(code_points_.size());
    const int64_t from = std::clamp<int64_t>(m.start - 40, 0, size), to = std::clamp<int64_t>(m.end + 40, 0, size);
    std::string out;
    for (int64_t i = from; i < to; ++i) {
      const char32_t c = code_points_[static_cast<size_t>(i)];
      text::append_utf8(out, c == '\n' ? U' ' : c);
    }
    return out;
  }

 private:
  std::vector<char32_t> code_points_;
};

const std::vector<std::string> kIgnoring = {"IGNORE", "MISC", "LOC"};

}  // namespace

Prf prf(long hits, long system, long gold) {
  Prf out;
  out.p = system ? static_cast<double>(hits) / static_cast<double>(system) : 0.0;
  out.r = gold ? static_cast<double>(hits) / static_cast<double>(gold) : 0.0;
  out.f1 = out.p + out.r != 0.0 ? 2 * out.p * out.r / (out.p + out.r) : 0.0;
  return out;
}

void score_mentions(const GoldArticle& gold, const Json& system, const std::vector<std::string>& types,
                    const std::map<std::string, std::string>& mapping, std::map<std::string, TypeScore>& scores,
                    std::vector<std::string>& errors) {
  const std::string& id = gold.id();
  const Context context(gold.text());
  std::vector<std::string> wanted;
  for (const std::string& t : types)
    if (!gold.scored_types || contains(*gold.scored_types, t)) wanted.push_back(t);

  std::vector<std::pair<int64_t, int64_t>> ignored;
  std::vector<Span> gold_mentions;
  for (const Json& m : gold.mentions) {
    const std::string type = type_of(m);
    if (contains(kIgnoring, type) && !contains(wanted, type)) ignored.emplace_back(offset(m, "start"), offset(m, "end"));
    auto renamed = mapping.find(type);
    Span s = span_of(m, renamed == mapping.end() ? type : renamed->second);
    if (contains(wanted, s.type)) gold_mentions.push_back(s);
  }
  std::vector<Span> system_mentions;
  if (auto found = system.is_object() ? system.find("mentions") : system.end(); system.is_object() && found != system.end() && found->is_array()) {
    for (const Json& m : *found) {
      Span s = span_of(m, type_of(m));
      if (contains(wanted, s.type)) system_mentions.push_back(s);
    }
  }

  for (const std::string& t : wanted) {
    std::vector<const Span*> g, s;
    for (const Span& m : gold_mentions)
      if (m.type == t) g.push_back(&m);
    for (const Span& m : system_mentions)
      if (m.type == t) s.push_back(&m);
    TypeScore& score = scores[t];
    score.gold += static_cast<long>(g.size());
    std::vector<bool> used(s.size(), false);
    auto first_unused = [&](auto&& accept) -> std::optional<size_t> {
      for (size_t i = 0; i < s.size(); ++i)
        if (!used[i] && accept(*s[i])) return i;
      return std::nullopt;
    };
    for (const Span* gm : g) {
      if (auto exact = first_unused([&](const Span& sm) { return sm.start == gm->start && sm.end == gm->end; })) {
        used[*exact] = true;
        ++score.strict;
        ++score.lenient;
        const Span& sm = *s[*exact];
        if (std::optional<bool> ok = value_right(*gm->value, *sm.value)) {
          ++score.valued;
          score.value_ok += *ok;
          if (!*ok)
            errors.push_back("VALUE  " + id + " " + t + " " + repr_of(*gm->text) + " gold " + py_dumps(*gm->value) +
                             " got " + py_dumps(*sm.value));
        }
        continue;
      }
      if (auto overlap = first_unused([&](const Span& sm) { return overlaps(sm.start, sm.end, gm->start, gm->end); })) {
        used[*overlap] = true;
        ++score.lenient;
        errors.push_back("SPAN   " + id + " " + t + " gold " + repr_of(*gm->text) + " got " + repr_of(*s[*overlap]->text));
      } else {
        errors.push_back("MISSED " + id + " " + t + " " + repr_of(*gm->text) + " …" + context.around(*gm) + "…");
      }
    }
    // What overlaps an ignored span counts neither way: it is no error, but it may still be the
    // mention of a gold name it overlaps too ("OPHLM de Lunéville" for "OPHLM", "Lunéville" ignored).
    auto ignored_here = [&](const Span& m) {
      return std::any_of(ignored.begin(), ignored.end(), [&](const auto& i) { return overlaps(i.first, i.second, m.start, m.end); });
    };
    for (size_t i = 0; i < s.size(); ++i) {
      if (!used[i] && ignored_here(*s[i])) continue;
      ++score.system;
      if (!used[i]) errors.push_back("SPURIOUS " + id + " " + t + " " + repr_of(*s[i]->text) + " …" + context.around(*s[i]) + "…");
    }
  }
}

}  // namespace glaneur::eval
