// The tables the name finder reads (rules/tables/*.tsv), loaded once into sets and a gazetteer;
// names.h says what each table is for.
#pragma once

#include <cstdint>
#include <string>

#include "rules/rule_set.h"
#include "text/text_hash.h"
#include "text/text_set.h"

namespace glaneur::extract {

struct NameResources {
  // Gazetteer: folded token sequence ("banque de france") → (type, canonical name).
  struct Entry {
    std::string type;  // ORG, LOC, or "" for what is no entity
    std::string name;
    // Bit k: token k is capitalised in the table ("La Réunion": 0b11). Written in lower case in
    // the text, that token is a common word and the entry is not there ("La réunion a eu lieu").
    uint32_t capitalised_tokens = 0;
  };
  TextMap<Entry> gazetteer;
  TextMap<size_t> gazetteer_starts;  // first token of an entry → the longest entry it starts, in tokens
  TextSet lower_case_starts;         // first tokens of the entries the tables write in lower case ("parti")
  TextSet weekdays;                  // "lundi": no part of a name ("Galerie Montagnon Lundi 14 h")
  size_t longest_entry = 1;          // in tokens
  TextSet titles, org_heads, institution_heads, speech_verbs, legal_suffixes;
  TextSet civilities;  // the titles of kind civilite (M., Mme, comte): "Mme de La Forest", "M. Michelin"
  TextSet roles;       // the titles of kind role (directrice, maire): ", directrice de…" after a name
  TextSet place_heads;  // "rue", "place", "lac": a capitalised name they open is a place
  TextSet country_codes;  // "Fra", "Aut": in parentheses after a ranked athlete, a country, no club
  TextSet place_epithets;  // "petite", "grands", "hauts": a capitalised run they open is no body
  TextSet other_heads;  // "plan", "loi", "prix": a capitalised name after them is no organisation
  TextSet club_markers;  // "FC", "AS", "US": a name with one is a sports club
  TextSet disciplines;   // "tennis", "VTT": after a club's name, its section ("COB tennis")
  TextSet famous_surnames;  // "Chirac", "Poutine": surnames the press uses alone
  TextSet body_heads;     // "association", "fédération": a lower-case head naming a body with its complements
  TextSet league_levels;  // "DH", "PH", "CFA": in parentheses after a name, the level its team plays at
  TextSet demonyms;       // "allemande", "suisse": nationalities whose endings say nothing (gentiles.tsv)
  TextSet communes;       // "Ouhans", "La Bresse": France's communes, for words no dictionary knows
  TextSet first_names;    // "Guylène", "Milan": first names given in France, read only before a surname
  // The cues of indices_noms.tsv: words before or after a name that say what it names.
  TextSet leaders_and_staff;       // "président" (de X)
  TextSet before_particle_name;    // "marquis" (de Vauban): a title a name with its particle follows
  TextSet jobs;                    // "employé" (chez X)
  TextSet portfolio_titles;        // "ministre" (délégué à l'Industrie): no employer after "à la"
  TextSet town_words;              // "maire" (de X)
  TextSet before_opponent;         // "contre", "battu par" (X), in a match report
  TextSet after_opponent;          // (X) "l'a emporté", in a match report
  TextSet before_team;             // "face à" (X), anywhere
  TextSet team_words;              // "l'équipe" (de X), in a match report
  TextSet team_lists;              // "des clubs" (comme Marseille, Monaco): teams listed
  TextSet acronym_things;          // "allocation" (personnalisée à l'autonomie (APA)): an acronym of no body
  TextSet business_headings;       // "pharmacie de garde" (: Bellot): a directory's business on duty
  TextSet before_player;           // "un centre de", "boxé par" (X), in a match report
  TextSet after_player;            // (X) "s'échappe", "frappe", in a match report
  TextSet competitions;            // "championnat" (de X): X is where the title is from, no team
  TextSet sport_words;             // "match", "entraîneur": words of match reports
  TextSet before_business;         // "chez" (X): a firm or a shop
  TextSet after_surname;           // (X) "père", "fils": a family member
  TextSet before_a_no_place;       // "grâce", "face" (à X): "à" names no place there
  TextSet heads_of_a_cause;        // "association" (pour X), "ligue" (contre X): X is part of the name
  // reprises_org.tsv: "l'entreprise", "le groupe" as a subject take up the organisation named before,
  // any organisation (generic) or one named with the noun (named: "l'université").
  TextSet generic_takeups, named_takeups;
  TextSet public_bodies;  // pouvoirs_publics.tsv: first words of names no generic take-up stands for
  size_t shortest_sport_word = 0;  // in bytes: a shorter token needs no lookup
  size_t longest_cue = 1;          // in words
  size_t longest_title = 1;
  size_t longest_discipline = 1;
  size_t longest_org_head = 1;  // in words: "maison de retraite" has three
  size_t longest_body_head = 1;
  size_t longest_institution_head = 1;  // in words: "caisse primaire d'assurance maladie" has five

  static NameResources from(const rules::RuleSet& rules);
};

}  // namespace glaneur::extract
