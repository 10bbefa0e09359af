// Tested through tests/extract/names_test.cc and the seed article's gold (tests/corpus/seed_test.cc).
#include "extract/name_graph.h"

#include <algorithm>
#include <map>

#include "rules/pattern.h"

namespace glaneur::extract {
namespace {

class NameGraphWriter {
 public:
  NameGraphWriter(Document& doc, const NameTokens& tokens, FoundNames& names) : doc_(doc), tokens_(tokens), names_(names) {}

  void build_entities() {
    std::sort(names_.found.begin(), names_.found.end(), [](const FoundName& a, const FoundName& b) { return a.begin < b.begin; });
    name_by_acronym();
    std::map<std::pair<std::string, std::string>, int> entity_of;
    auto& graph = doc_.graph;
    for (const FoundName& f : names_.found) {
      auto key = std::make_pair(f.type, f.name);
      auto [it, inserted] = entity_of.emplace(key, static_cast<int>(graph.entities.size()));
      if (inserted) graph.entities.push_back({f.type, f.name, {}, {}});
      uint32_t b = static_cast<uint32_t>(doc_.view.to_original_start(doc_.tokens[f.begin].begin));
      uint32_t e = static_cast<uint32_t>(doc_.view.to_original_end(doc_.tokens[f.end - 1].end));
      graph.mentions.push_back({f.type, b, e, {{"name", f.name}}, f.rule, it->second});
      std::string surface = doc_.article->text.substr(b, e - b);
      graph::Entity& entity = graph.entities[it->second];
      if (surface != entity.name && std::find(entity.aliases.begin(), entity.aliases.end(), surface) == entity.aliases.end())
        entity.aliases.push_back(surface);
    }
    std::stable_sort(graph.mentions.begin(), graph.mentions.end(),
                     [](const graph::Mention& a, const graph::Mention& b) { return a.begin < b.begin; });
    // Mentions moved: rebuild each entity's list of mention indexes.
    for (auto& e : graph.entities) e.mentions.clear();
    for (size_t i = 0; i < graph.mentions.size(); ++i)
      if (graph.mentions[i].entity >= 0) graph.entities[graph.mentions[i].entity].mentions.push_back(static_cast<int>(i));
    add_alias_relations();
    add_role_relations();
    add_possessive_role_relations();
  }

 private:
  // "le député (LR) Hugues Delmas-Cavaillé": an organisation the article writes as an acronym that
  // the gazetteer spells out (LR → Les Républicains) is named by its acronym, in all its mentions,
  // as when an article gives both forms (the contract's canonical name). A case variant ("INSERM"
  // → Inserm) is the same name.
  void name_by_acronym() {
    std::map<std::string, std::string> acronym_of;  // canonical name → the acronym the article writes
    for (const FoundName& f : names_.found) {
      if (f.type != "ORG" || f.end - f.begin != 1 || !tokens_.is_acronym(f.begin)) continue;
      std::string written(tokens_.original(f.begin));
      if (rules::fold_text(written) != rules::fold_text(f.name)) acronym_of.emplace(f.name, written);
    }
    for (FoundName& f : names_.found)
      if (auto it = acronym_of.find(f.name); f.type == "ORG" && it != acronym_of.end()) f.name = it->second;
  }

  // ROLE: "Jalil Benabdillah, vice-président adjoint de l'Économie … de la Région Occitanie": the
  // person (subject) holds the role written in apposition (attribute `role`) at the first
  // organisation named after it in the sentence (object).
  void add_role_relations() {
    auto& graph = doc_.graph;
    for (const FoundNames::Role& r : names_.roles) {
      if (r.role_begin >= doc_.tokens.size()) continue;
      uint32_t person_begin = static_cast<uint32_t>(doc_.view.to_original_start(doc_.tokens[r.person_begin].begin));
      uint32_t role_begin = static_cast<uint32_t>(doc_.view.to_original_start(doc_.tokens[r.role_begin].begin));
      auto [sentence_begin, sentence_end] = sentence_around(doc_.tokens[r.role_begin].begin);
      int person = -1;
      const graph::Mention* organisation = nullptr;
      for (const graph::Mention& m : graph.mentions) {
        if (m.begin == person_begin && m.type == "PER") person = m.entity;
        if (!organisation && m.type == "ORG" && m.begin > role_begin && m.end <= sentence_end) organisation = &m;
      }
      if (person < 0 || !organisation) continue;
      // The role runs to the organisation, without the "de la" that introduces it. A clause, a
      // parenthesis or a list item opened before the organisation ends the role there: the
      // organisation is not the role's ("l'avocate de l'ouvrier, qui soulignait … au sein de la
      // société", "Jean Picart, maire, de 14 h 30 à 16 h 30 ; Paul Krugler (CCAS)").
      auto ends_the_role = [&](size_t t) {
        std::string_view f = tokens_.folded(t);
        return f == ";" || f == ":" || f == "(" || f == "qui" || f == "que" || f == "qu'" || f == "dont";
      };
      size_t last = r.role_begin;
      bool ended = false;
      for (size_t t = r.role_begin; t < doc_.tokens.size() && doc_.view.to_original_start(doc_.tokens[t].begin) < organisation->begin; ++t) {
        ended = ended || ends_the_role(t);
        last = t;
      }
      if (ended) continue;
      // Without what introduces the organisation: "de la", "au", "chez", "du groupe".
      auto introduces = [&](size_t t) {
        std::string_view f = tokens_.folded(t);
        return tokens_.is_particle(t) || f == "l'" || f == "d'" || f == "," || f == "au" || f == "aux" || f == "a" || f == "chez" ||
               f == "pour" || f == "aupres" || tokens_.is_org_head(t);
      };
      while (last > r.role_begin && introduces(last)) --last;
      std::string role = tokens_.name_of(r.role_begin, last + 1);
      graph.relations.push_back({"ROLE", {graph::Ref::kEntity, person}, {graph::Ref::kEntity, organisation->entity},
                                 {{"role", role}}, sentence_begin, sentence_end, "names.role.apposition"});
    }
  }

  // ROLE after a possessive: "Son président, Alain Anziani, a appelé…", "a commenté son PDG,
  // Marc-Antoine Vidal-Roux". "son" is the organisation named last before it, in its sentence or
  // the one before ("Bordeaux Métropole … verse 245 M€ par an. Son président, Alain Anziani…").
  void add_possessive_role_relations() {
    constexpr size_t kLongestRole = 4;  // words: "son ancien directeur de site"
    const std::vector<FoundName>& found = names_.found;  // sorted by begin (build_entities)
    for (size_t p = 0; p < found.size(); ++p) {
      if (found[p].type != "PER" || found[p].begin < 3) continue;
      size_t last = found[p].begin - 1;
      if (tokens_.folded(last) != ",") continue;
      // Back from the comma over the role's words to the possessive.
      size_t possessive = last;
      for (size_t t = last - 1; t + kLongestRole + 1 >= last && t > 0; --t) {
        if (tokens_.is_possessive(t)) {
          possessive = t;
          break;
        }
        std::string_view f = tokens_.folded(t);
        bool lowercase_word = !f.empty() && f[0] >= 'a' && f[0] <= 'z' && !tokens_.starts_upper(t);
        if (!lowercase_word && !tokens_.is_role_word(t)) break;
      }
      bool has_a_role_word = false;
      for (size_t t = possessive + 1; t < last; ++t) has_a_role_word = has_a_role_word || tokens_.is_role_word(t);
      if (possessive == last || !has_a_role_word) continue;
      const FoundName* organisation = nullptr;
      for (size_t o = p; o-- > 0;) {
        if (found[o].end > possessive) continue;
        if (tokens_.sentence_of(possessive) - tokens_.sentence_of(found[o].begin) > 1) break;
        if (found[o].type == "ORG") {
          organisation = &found[o];
          break;
        }
      }
      if (!organisation) continue;
      int person = entity_at(found[p].begin, "PER"), body = entity_at(organisation->begin, "ORG");
      if (person < 0 || body < 0) continue;
      uint32_t evidence_begin = sentence_around(doc_.tokens[organisation->begin].begin).first;
      uint32_t evidence_end = sentence_around(doc_.tokens[found[p].begin].begin).second;
      doc_.graph.relations.push_back({"ROLE", {graph::Ref::kEntity, person}, {graph::Ref::kEntity, body},
                                      {{"role", tokens_.name_of(possessive + 1, last)}}, evidence_begin, evidence_end,
                                      "names.role.possessive"});
    }
  }

  // The entity of the mention of `type` that starts at token `begin`, or -1.
  int entity_at(size_t begin, const char* type) const {
    uint32_t at = static_cast<uint32_t>(doc_.view.to_original_start(doc_.tokens[begin].begin));
    for (const graph::Mention& m : doc_.graph.mentions)
      if (m.begin == at && m.type == type) return m.entity;
    return -1;
  }

  // ALIAS: the organisation (subject) is also written as this long form (object, a mention), as
  // the sentence that gives both says.
  void add_alias_relations() {
    auto& graph = doc_.graph;
    for (const FoundNames::Alias& a : names_.aliases) {
      uint32_t begin = static_cast<uint32_t>(doc_.view.to_original_start(doc_.tokens[a.long_form].begin));
      for (size_t i = 0; i < graph.mentions.size(); ++i) {
        const graph::Mention& m = graph.mentions[i];
        if (m.begin != begin || m.entity < 0 || graph.entities[m.entity].name != a.name) continue;
        auto [evidence_begin, evidence_end] = sentence_around(doc_.tokens[a.long_form].begin);
        graph.relations.push_back({"ALIAS", {graph::Ref::kEntity, m.entity}, {graph::Ref::kMention, static_cast<int>(i)}, {},
                                   evidence_begin, evidence_end, "names.alias"});
        break;
      }
    }
  }

  // The sentence containing a view offset, in original bytes.
  std::pair<uint32_t, uint32_t> sentence_around(uint32_t view_offset) const {
    for (const text::Sentence& s : doc_.sentences) {
      if (s.begin <= view_offset && view_offset < s.end)
        return {static_cast<uint32_t>(doc_.view.to_original_start(s.begin)), static_cast<uint32_t>(doc_.view.to_original_end(s.end))};
    }
    return {0, 0};
  }

  Document& doc_;
  const NameTokens& tokens_;
  FoundNames& names_;
};

}  // namespace

void add_names_to_graph(Document& doc, const NameTokens& tokens, FoundNames& names) {
  NameGraphWriter(doc, tokens, names).build_entities();
}

}  // namespace glaneur::extract
