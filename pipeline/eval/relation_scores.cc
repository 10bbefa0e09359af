// Tested by tests/eval/relation_scores_test.cc
#include "eval/relation_scores.h"

#include <algorithm>
#include <set>

#include "eval/name_fold.h"
#include "eval/value_match.h"

namespace glaneur::eval {
namespace {

const Json kNull;

const Json& field(const Json& object, const char* key) {
  if (!object.is_object()) return kNull;
  auto it = object.find(key);
  return it == object.end() ? kNull : *it;
}

std::string key_of(const Json& ref) { return ref.is_string() ? ref.get<std::string>() : ref.dump(); }

bool share_a_word(const std::set<std::string>& a, const std::set<std::string>& b) {
  return std::any_of(a.begin(), a.end(), [&](const std::string& w) { return b.count(w) > 0; });
}

// Two names: the same once folded, or (lenient) sharing a content word.
bool same_name(const std::string& a, const std::string& b, bool strict) {
  return folded(a) == folded(b) || (!strict && share_a_word(content_words(a), content_words(b)));
}

// Objects: a value on the gold's keys, a name folded; what is announced is a free noun phrase
// ("acquisition de Maison Vaudrey"), compared like a subject.
bool same_object(const Json& gold, const Json& system, bool phrase, bool strict) {
  if (gold.is_object()) return system.is_object() && value_right(gold, system).value_or(false);
  if (!gold.is_string() || !system.is_string()) return false;
  return phrase ? same_name(gold.get<std::string>(), system.get<std::string>(), strict)
                : folded(gold.get<std::string>()) == folded(system.get<std::string>());
}

}  // namespace

std::vector<RelationEnds> system_relations(const Json& system) {
  std::map<std::string, const Json*> entities, mentions;
  for (const Json& e : field(system, "entities")) entities[key_of(field(e, "id"))] = &e;
  for (const Json& m : field(system, "mentions")) mentions[key_of(field(m, "id"))] = &m;
  static const std::set<std::string> kValued = {"MONEY", "PERCENT", "QUANTITY", "DATE"};
  auto end = [&](const Json& ref) -> Json {
    const std::string key = key_of(ref);
    if (auto e = entities.find(key); e != entities.end()) return field(*e->second, "name");
    auto m = mentions.find(key);
    if (m == mentions.end()) return "";
    const Json& type = field(*m->second, "type");
    if (type.is_string() && kValued.count(type.get<std::string>())) return field(*m->second, "value");
    const Json& text = field(*m->second, "text");
    return m->second->contains("text") ? text : Json("");
  };
  std::vector<RelationEnds> out;
  for (const Json& r : field(system, "relations")) {
    const Json& type = field(r, "type");
    out.push_back({type.is_string() ? type.get<std::string>() : py_str(type), end(field(r, "subject")), end(field(r, "object"))});
  }
  return out;
}

bool relation_match(const RelationEnds& gold, const RelationEnds& system, bool strict) {
  if (gold.type != system.type) return false;
  std::vector<std::pair<const Json*, const Json*>> ends = {{&gold.subject, &gold.object}};
  if (gold.type == "PARTNER") ends.emplace_back(&gold.object, &gold.subject);
  for (const auto& [subject, object] : ends) {
    if (!same_object(*object, system.object, gold.type == "ANNOUNCE", strict) || !system.subject.is_string() ||
        !subject->is_string())
      continue;
    if (same_name(subject->get_ref<const std::string&>(), system.subject.get_ref<const std::string&>(), strict)) return true;
  }
  return false;
}

void score_relations(const GoldArticle& gold, const Json& system, std::map<std::string, RelationScore>& scores,
                     std::vector<std::string>& errors) {
  if (!gold.relations) return;
  std::vector<RelationEnds> wanted;
  for (const Json& g : *gold.relations) {
    const Json& object = field(g, "object");
    if (!object.is_null()) wanted.push_back({g["type"].get<std::string>(), field(g, "subject"), object});
  }
  const std::vector<RelationEnds> found = system_relations(system);
  const std::string& id = gold.id();
  for (bool strict : {true, false}) {
    std::vector<bool> used(found.size(), false);
    for (const RelationEnds& g : wanted) {
      size_t hit = 0;
      while (hit < found.size() && (used[hit] || !relation_match(g, found[hit], strict))) ++hit;
      if (hit < found.size()) {
        used[hit] = true;
        ++(strict ? scores[g.type].strict : scores[g.type].lenient);
        ++(strict ? scores["all"].strict : scores["all"].lenient);
      } else if (!strict) {
        errors.push_back("REL MISSED   " + id + " " + g.type + " " + py_str(g.subject) + " -> " + py_dumps(g.object));
      }
    }
    if (strict) continue;
    for (size_t i = 0; i < found.size(); ++i)
      if (!used[i])
        errors.push_back("REL SPURIOUS " + id + " " + found[i].type + " " + py_str(found[i].subject) + " -> " +
                         py_dumps(found[i].object));
  }
  for (const RelationEnds& g : wanted) {
    ++scores[g.type].gold;
    ++scores["all"].gold;
  }
  for (const RelationEnds& s : found) {
    ++scores[s.type].system;
    ++scores["all"].system;
  }
}

}  // namespace glaneur::eval
