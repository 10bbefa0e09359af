// Tested through tests/extract/names_test.cc (every table is read by some case there).
#include "extract/name_resources.h"

#include <algorithm>
#include <map>

#include <unicode/uchar.h>

#include "rules/pattern.h"
#include "text/utf8.h"

namespace glaneur::extract {
namespace {

// Tokens in a folded surface: words, and the elisions split from them ("l'energie" is two).
size_t count_words(const std::string& folded) {
  return std::count(folded.begin(), folded.end(), ' ') + std::count(folded.begin(), folded.end(), '\'') +
         std::count(folded.begin(), folded.end(), ',') + 1;
}

// Which tokens of a table surface start with a capital, cut as count_words() counts them: bit k
// for token k ("Banque de France": 0b101).
uint32_t capitalised_tokens(const std::string& surface) {
  uint32_t mask = 0;
  size_t token = 0;
  bool at_start = true;
  for (size_t pos = 0; pos < surface.size() && token < 32;) {
    char32_t c = text::decode_utf8(surface, pos);
    if (c == ' ' || c == ',' || c == '\'' || c == U'\u2019') {  // "a, b": a | , | b; the space counts the b
      ++token;
      at_start = true;
      continue;
    }
    if (at_start && u_isupper(c)) mask |= uint32_t{1} << token;
    at_start = false;
  }
  return mask;
}

}  // namespace

NameResources NameResources::from(const rules::RuleSet& rules) {
  NameResources r;
  // The surfaces of a table, folded once by the rule set (Table::Row::key): communes.tsv has 35,000.
  auto words_of = [&](const char* table, TextSet& into, size_t* longest) {
    auto compiled = rules.compiled_tables.find(table);
    if (compiled == rules.compiled_tables.end()) return;
    into.reserve(into.size() + compiled->second.rows.size());
    for (const auto& [key, row] : compiled->second.rows) {
      if (longest) *longest = std::max(*longest, count_words(key));
      into.insert(key);
    }
  };
  words_of("titres", r.titles, &r.longest_title);
  if (const rules::Table* t = rules.table("titres")) {
    int kind = t->column("kind");
    for (const auto& row : t->rows) {
      std::string_view k = kind >= 0 ? std::string_view(row.values[kind]) : std::string_view();
      if (k == "role") r.roles.insert(row.key);
      else if (k != "qualificatif") r.civilities.insert(row.key);
    }
  }
  if (const rules::Table* t = rules.table("reprises_org")) {
    int sense = t->column("sens");
    for (const auto& row : t->rows) (sense >= 0 && row.values[sense] == "toute" ? r.generic_takeups : r.named_takeups).insert(row.key);
  }
  words_of("pouvoirs_publics", r.public_bodies, nullptr);
  words_of("tetes_org", r.org_heads, &r.longest_org_head);
  words_of("tetes_institution", r.institution_heads, &r.longest_institution_head);
  words_of("tetes_corps", r.body_heads, &r.longest_body_head);
  words_of("suffixes_legaux", r.legal_suffixes, nullptr);
  words_of("tetes_lieux", r.place_heads, nullptr);
  words_of("codes_pays", r.country_codes, nullptr);
  words_of("epithetes_lieux", r.place_epithets, nullptr);
  words_of("tetes_autres", r.other_heads, nullptr);
  words_of("sigles_clubs", r.club_markers, nullptr);
  words_of("disciplines", r.disciplines, &r.longest_discipline);
  words_of("niveaux_sportifs", r.league_levels, nullptr);
  words_of("communes", r.communes, nullptr);
  words_of("gentiles", r.demonyms, nullptr);
  words_of("prenoms", r.first_names, nullptr);
  words_of("personnalites", r.famous_surnames, nullptr);
  words_of("jours", r.weekdays, nullptr);
  words_of("verbes_parole", r.speech_verbs, nullptr);
  if (const rules::Table* t = rules.table("indices_noms")) {
    const std::map<std::string, TextSet*, std::less<>> sets = {
        {"dirigeant", &r.leaders_and_staff}, {"emploi", &r.jobs},           {"commune", &r.town_words},
        {"adversaire", &r.before_opponent},  {"adversaire_apres", &r.after_opponent}, {"face", &r.before_team},
        {"competition", &r.competitions}, {"sport", &r.sport_words}, {"equipe", &r.team_words}, {"joueur", &r.before_player},
        {"joueur_apres", &r.after_player}, {"commerce", &r.before_business}, {"famille_apres", &r.after_surname},
        {"a_sans_lieu", &r.before_a_no_place}, {"cause", &r.heads_of_a_cause},
        {"particule", &r.before_particle_name}, {"liste_equipes", &r.team_lists},
        {"chose_siglee", &r.acronym_things}, {"rubrique_commerce", &r.business_headings},
        {"portefeuille", &r.portfolio_titles}};
    int cue = t->column("cue");
    for (const auto& row : t->rows) {
      if (cue < 0) break;
      const std::string& key = row.key;
      r.longest_cue = std::max(r.longest_cue, count_words(key));
      for (const std::string& word : rules::cell_words(row.values[cue]))
        if (auto set = sets.find(word); set != sets.end()) set->second->insert(key);
      if (r.sport_words.count(key))
        r.shortest_sport_word = r.shortest_sport_word == 0 ? key.size() : std::min(r.shortest_sport_word, key.size());
    }
  }
  auto entries = [&](const char* table, const std::string& type) {
    const rules::Table* t = rules.table(table);
    if (!t) return;
    int name = t->column("name");
    for (const auto& row : t->rows) {
      const std::string& key = row.key;
      size_t words = count_words(key);
      r.longest_entry = std::max(r.longest_entry, words);
      // The first token as the tokenizer cuts it: up to a space, or an elision with its apostrophe.
      size_t cut = std::min(key.find(' '), key.find('\'') == std::string::npos ? std::string::npos : key.find('\'') + 1);
      std::string first = key.substr(0, cut);
      size_t& longest = r.gazetteer_starts[first];
      longest = std::max(longest, words);
      uint32_t capitals = capitalised_tokens(row.surface);
      if (!(capitals & 1)) r.lower_case_starts.insert(first);
      auto [it, added] = r.gazetteer.emplace(key, Entry{type, name >= 0 ? row.values[name] : row.surface, capitals});
      if (!added) it->second.capitalised_tokens &= capitals;  // "Société des Nations", "Société des nations": either
    }
  };
  entries("non_entites", "");
  entries("organisations", "ORG");
  entries("lieux", "LOC");
  return r;
}

}  // namespace glaneur::extract
