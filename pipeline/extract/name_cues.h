// What the words around a run of capitalised words say of its type: a role or an age in
// apposition makes a person ("Marie Quéré, 54 ans,"), a head noun before it an organisation ("le
// groupe pharmaceutique X"), a dateline a place, quotes a title; each a yes or no (or where a role
// starts), asked by NameFinder::classify.
#pragma once

#include <functional>

#include "extract/name_spans.h"

namespace glaneur::extract {

class NameCues : public NameSpans {
 public:
  using NameSpans::NameSpans;

  // A person.
  size_t role_after(size_t end) const;
  // "Nicolo Fonte, l'Américain, fera…": where the person comes from, in apposition.
  bool followed_by_nationality(size_t end) const;
  bool followed_by_age(size_t end) const;
  bool after_plural_civility(size_t begin) const;
  bool government_of(size_t begin, size_t end) const;
  bool siblings_named(size_t begin, size_t end) const;
  // Births: "Lila Vaubourg de Pascal, chargé d'affaires, et d'Anita Bolot", "Hadil, de Mohamed Ateib".
  bool announces_a_birth(size_t end) const;
  size_t child_born_end(size_t begin, size_t run) const;
  bool under_births_heading(size_t k) const;
  bool first_name_of_a_list(size_t k) const;
  bool shaped_like_a_persons_name(size_t begin, size_t end) const;

  // An organisation.
  bool described_before(size_t begin) const;
  bool head_with_article_before(size_t begin) const;
  bool is_origin_adjective(size_t i) const;
  bool local_demonym(size_t i) const;
  size_t town_club_end(size_t i) const;
  bool followed_by_description(size_t begin, size_t end) const;
  bool after_heads_such_as(size_t begin) const { return listed_such_as(begin, names_.org_heads, true); }
  // Not after a comma: "Par équipes, Nancy, Vandoeuvre" lists no teams.
  bool after_teams_such_as(size_t begin) const { return listed_such_as(begin, names_.team_lists, false); }
  bool listed_such_as(size_t begin, const TextSet& heads, bool after_a_comma) const;
  bool led_or_staffed(size_t begin) const;
  bool works_at(size_t begin) const;
  bool dateline_agency(size_t begin) const;
  bool member_name_after_de(size_t begin) const;
  size_t quoted_article_start(size_t begin) const;
  bool is_department_number(size_t i) const;
  size_t help_line_end(size_t begin, size_t run) const;
  size_t society_item_end(size_t begin) const;
  // "BP 13202", "CS 30012", "CO n° 19": the letters of a post office box in an address, no body's.
  bool is_postal_box(size_t i) const;

  // A competitor or a team, in results and match reports (name_cues_sport.cc).
  bool after_rank(size_t begin) const;
  bool ranked(size_t begin, size_t end) const;
  bool ranked_team(size_t begin, size_t end) const;
  bool ranked_with_points(size_t begin, size_t end) const;
  bool in_parentheses_after_ranked(size_t begin, size_t end) const;
  bool athlete_with_club(size_t begin, size_t end) const;
  bool club_after_player(size_t player_begin, size_t player_end, size_t begin, size_t end) const;
  bool players_in_parentheses(size_t begin) const;
  bool listed_since(size_t i, const std::function<bool(size_t)>& opens) const;
  // "Le Gall 2", "…, Le Goff,": where a surname starts, a capitalised particle before it included.
  size_t surname_start(size_t begin) const {
    return begin > 0 && starts_upper(begin - 1) && is_particle(begin - 1) && adjacent(begin - 1, begin) ? begin - 1 : begin;
  }
  // "Les marqueurs : Corcieux : Goncalves 34, Martin 15": in a list of scorers, a player before
  // his points; in the teams' line-ups, a player between commas; in both, a team before a colon.
  bool opens_scorers(size_t k) const;
  bool opens_lineups(size_t k) const;
  bool in_scorers_list(size_t i) const;
  bool in_lineups(size_t i) const;
  bool scorer(size_t begin, size_t end) const;
  bool lineup_player(size_t begin, size_t end) const;
  bool team_before_its_list(size_t begin, size_t end) const;
  bool followed_by_league_level(size_t end) const;
  bool followed_by_team_number(size_t end) const;
  // "1" to "4": a club's first to fourth team, after its name ("Essert 1").
  bool is_team_number(size_t k) const;
  // "A" to "D", in capitals: the same, as a letter ("Varan B").
  bool is_team_letter(size_t k) const;
  bool is_team_number_or_letter(size_t k) const { return is_team_number(k) || is_team_letter(k); }
  size_t number_after(size_t end) const;
  bool opponent(size_t begin, size_t end) const;
  bool player(size_t begin, size_t end) const;
  bool in_group_list(size_t begin) const;
  bool in_score_line(size_t begin, size_t end) const;
  bool team_named_after_de(size_t begin) const;
  bool is_score(size_t i) const;  // "2-1", "94-100"
  size_t standing_end(size_t k) const;  // "(15e)" at k: the token past its ")", or 0
  bool in_set_list(size_t i) const;  // a score of "6-4, 7-5"
  // A score, or sport words of three kinds ("match", "saison", "entraîneur").
  bool reports_a_team_match() const;
  // Sport words of three kinds: a score alone may be anything else ("15-2" in a list of goods).
  bool uses_sport_words() const;
  // "Kerhervé bat Quéméner 6-4, 6-3": the sentence of token i gives a list of sets and no match's
  // score: a draw of players.
  bool in_a_draw(size_t i) const;
  bool followed_by_match_minutes(size_t end) const;
  // "ce raté de Lauret 78', le but refusé": in a match report, the minute of a player's shot right
  // after his name; not a time with its seconds ("Veret 36'38''").
  bool followed_by_a_bare_minute(size_t end) const;
  bool followed_by_points(size_t end) const;
  bool lists_scorers(size_t i) const;

  // A place.
  bool dateline_place(size_t begin, size_t end) const;
  bool town_opening_a_heading(size_t begin, size_t end) const;
  bool shaped_like_a_town(size_t i) const;
  bool opens_a_predicate(size_t i) const;
  bool names_a_commune(size_t i) const;
  bool commune_with_its_article(size_t i) const;
  bool known_to_no_word_list(size_t i) const;
  std::string_view first_part_type(size_t i) const;
  bool joins_a_known_body(size_t i) const;
  bool joins_known_towns(size_t i) const;
  bool names_a_town(size_t i) const;
  bool town_named_after_de(size_t begin) const;
  bool after_place_head(size_t begin) const;

  // No name: a title in quotes, common words in capitals, a signature's initials.
  bool in_quotes(size_t begin, size_t end) const;
  bool initials_alone_on_line(size_t begin, size_t end) const;
  bool all_caps_common_words(size_t begin, size_t end) const;

 private:
  // What says the article reports a team match, read on first use.
  static constexpr size_t kSportWordKinds = 3;
  struct SportEvidence {
    bool read = false;
    bool score = false;      // a match's score ("2-1"), outside a list of sets
    size_t word_kinds = 0;   // distinct sport words ("match", "entraîneur"…), up to kSportWordKinds
  };
  void read_sport_evidence() const;
  mutable SportEvidence sport_;
  mutable std::vector<int8_t> draw_;  // by sentence: in_a_draw, -1 until asked
};

}  // namespace glaneur::extract
