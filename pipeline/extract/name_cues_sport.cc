// The cues of results and match reports, for NameCues (name_cues.h): a ranked competitor and the
// club in parentheses after it, a team named by its town, its level, its opponent, a score line.
// Tested through tests/extract/names_test.cc.
#include "extract/name_cues.h"

#include <algorithm>
#include <functional>

namespace glaneur::extract {

using text::TokenKind;

// "4. …" before a name in a list of results: a rank, not a year, a telephone number or an hour
// ("en 2002. Téléthon (suite)", "Fax : 03.83…").
bool NameCues::after_rank(size_t begin) const {
  if (begin < 2 || !adjacent(begin - 2, begin - 1)) return false;
  std::string_view mark = folded(begin - 1);
  if (mark != "." && mark != ",") return false;
  // "3e. Vercel ; 4e. Pontarlier", "1er, Einville ; 2ème, Blainville": an ordinal's rank, opening an
  // item of a list (not a minute, "à la 35e. Grosses inquiétudes"; not "il a fini 3e, Bussang…").
  if (begin >= 3 && is_ordinal_suffix(folded(begin - 2)) && adjacent(begin - 3, begin - 2) &&
      doc_.tokens[begin - 3].kind == TokenKind::kNumber && folded(begin - 3).size() <= 2) {
    std::string_view before = begin >= 4 ? folded(begin - 4) : std::string_view();
    return sentence_start(begin - 3) || before == ";" || before == ":";
  }
  // "1. Vassel": a number and a stop (a number and a comma is an amount, an address…).
  if (mark != "." || doc_.tokens[begin - 2].kind != TokenKind::kNumber || folded(begin - 2).size() > 3) return false;
  // "à 18 h 30. BYANS-SUR-DOUBS : …": the minutes of an hour.
  return begin < 3 || (folded(begin - 3) != "h" && doc_.tokens[begin - 3].kind != TokenKind::kNumber);
}

// "1. Vassel (Epinal) ;", "2. Royer Jeanine (Mirecourt)": a name ranked in a list of results,
// its club or town in parentheses after it.
bool NameCues::ranked(size_t begin, size_t end) const {
  // A lower-case word opening the parentheses says what was won or where, no club: "4. Maizey
  // (coupe VHF)". "2. AS Nanah (Bethoncourt)": a club's letters, a club ranked.
  return after_rank(begin) && !is_club_marker(begin) && end + 1 < doc_.tokens.size() && folded(end) == "(" &&
         !(doc_.tokens[end + 1].kind == TokenKind::kWord && !starts_upper(end + 1));
}

// "4. Bac (2) ;", "2. Maizey-Lacroix ;": ranked, a town's team, numbered when the town has
// several, or named by a town alone.
bool NameCues::ranked_team(size_t begin, size_t end) const {
  if (!after_rank(begin)) return false;
  bool numbered = end + 2 < doc_.tokens.size() && folded(end) == "(" && doc_.tokens[end + 1].kind == TokenKind::kNumber &&
                  folded(end + 1).size() == 1 && folded(end + 2) == ")";
  // "3e. Vercel ; 4e. Pontarlier": one word ranked in a team match's report, a team; not an
  // athlete with his club or country after him ("3. Dorfmeister (Aut)").
  bool team_of_a_match = end - begin == 1 && reports_a_team_match() && !is_first_name(begin) && !is_surname(begin) &&
                         !is_common_word(begin) && (end >= doc_.tokens.size() || folded(end) != "(");
  return numbered || team_of_a_match || (end - begin == 1 && shaped_like_a_town(begin)) ||
         (ranked_with_points(begin, end) && !is_first_name(begin) && !is_first_name(end - 1));
}

// "1. Sedan 7 points ; 2. Reims 6 pts": a name ranked, then its points right after it, a line of
// standings. (A ranked athlete has his club or its town in parentheses between: "1. Rausch (Nancy) 305 pts".)
bool NameCues::ranked_with_points(size_t begin, size_t end) const {
  if (!after_rank(begin) || end + 1 >= doc_.tokens.size() || doc_.tokens[end].kind != TokenKind::kNumber) return false;
  std::string_view unit = folded(end + 1);
  return unit == "points" || unit == "pts" || unit == "pt" || unit == "point";
}

// "1. Rausch (ASPTT Nancy) 305 pts", "2. Royer Jeanine (Mirecourt) ;": the name in parentheses
// after a ranked person is the club it competes for, or the town where that club is.
bool NameCues::in_parentheses_after_ranked(size_t begin, size_t end) const {
  // "(La Bressaude)": the club's article opens the parentheses.
  if (begin < 4 || end >= doc_.tokens.size()) return false;
  size_t open = is_determiner(begin - 1) && folded(begin - 2) == "(" ? begin - 2 : begin - 1;
  if (folded(open) != "(") return false;
  size_t close = adjectives_end(end, 2);  // "(Dojo vosgien)"; the text may end before the ")"
  if (close >= doc_.tokens.size() || folded(close) != ")") return false;
  for (size_t person = open - 1; person + 3 > open && person > 0; --person) {
    // "2. AS Nanah (Bethoncourt)", "1. Milan AC (Grand-Charmont)": a club ranked, and its town.
    if (!is_capitalised(person) || is_club_marker(person)) return false;
    if (after_rank(person)) return true;
    // "2. J. Choffart (Forbach)", "3. A-C. Blaise (Guenange)": the athlete's initial after the rank.
    if (follows_an_initial(person) && after_rank(person - 2)) return true;
  }
  return false;
}

// "- 65 kg : Henry (Cos Villers) ; - 70 kg : Oliveiri (Longwy)", "Barkat (Forbach), Dore et
// Balthazard (Anould)": in results, a name and its club or town in parentheses, in a sentence that
// lists more of them.
bool NameCues::athlete_with_club(size_t begin, size_t end) const {
  const size_t n = doc_.tokens.size();
  // Where a name and the capitalised words in parentheses after it end, or 0. "Vasseur (ASCAP)
  // -Rapine (Besançon BA) Seniors…": a bout, two boxers and their clubs, the second one's ending
  // where the next weight's line starts.
  auto with_club_end = [&](size_t name_begin, size_t name_end) -> size_t {
    // Not a team and its level ("Saulcy (PD) - Lunéville UST (PH)": a fixture).
    if (name_end + 2 >= n || folded(name_end) != "(") return 0;
    // "Heitz (-2/6, SMEC)": a tennis player's ranking before the club.
    size_t club = name_end + 1;
    while (club < n && club < name_end + 6 && (doc_.tokens[club].kind == TokenKind::kNumber || folded(club) == "-" || folded(club) == "/"))
      ++club;
    if (club > name_end + 1) club = club < n && folded(club) == "," ? club + 1 : n;
    if (club >= n || !is_capitalised(club) || names_.league_levels.count(folded(club))) return 0;
    size_t close = club + 1;
    while (close < n && close < club + 4 && (is_capitalised(close) || folded(close) == "-" || (is_de(close) && close + 1 < n && is_capitalised(close + 1))))
      ++close;
    if (close >= n || folded(close) != ")") return 0;
    std::string_view after = close + 1 < n && in_same_sentence(close, close + 1) ? folded(close + 1) : ".";
    // The dash of a bout is glued to the second boxer's name; a fixture's stands apart ("Saulcy (PD) - Lunéville").
    bool bout = after == "-" && close + 2 < n && adjacent(close + 1, close + 2);
    bool second_of_a_bout =
        name_begin >= 2 && folded(name_begin - 1) == "-" && folded(name_begin - 2) == ")" && adjacent(name_begin - 1, name_begin);
    // "Gilberton (-2/6, Lawn Nancy) bat Heitz (-2/6, SMEC) : 7/5": a draw's result.
    bool result = after == ":" || after == "bat";
    return after == ";" || after == "," || after == "." || after == "et" || result || bout || second_of_a_bout ? close + 1 : 0;
  };
  if (!with_club_end(begin, end)) return false;
  for (size_t k = sentence_first_token(begin); k < n && in_same_sentence(begin, k); ++k)
    if (k + 1 != end && is_capitalised(k) && with_club_end(k, k + 1)) return true;
  return false;
}

// "Pape Bouba Diop (Lens)", "Didier Dinart (Montpellier)": where the article reports matches, a
// French town in parentheses right after a player (not a ranked one: there it is where the club is)
// is his club; not a country ("Oliseh (Nigéria)").
bool NameCues::club_after_player(size_t player_begin, size_t player_end, size_t begin, size_t end) const {
  return end - begin == 1 && player_end + 1 == begin && folded(player_end) == "(" && end < doc_.tokens.size() && folded(end) == ")" &&
         is_commune(begin) && !after_rank(player_begin) && reports_a_team_match();
}

// "titulaires indiscutables (Dufresne, Oliseh, Moreau, Hadji)": in a match report, single names
// listed in parentheses, none a place, are the players an argument stands on; a list of places is
// of teams ("deux succès (Rueil et Brest)").
bool NameCues::players_in_parentheses(size_t begin) const {
  const size_t n = doc_.tokens.size();
  if (!reports_a_team_match()) return false;
  size_t open = begin;
  while (open > 0 && begin - open < 16 && folded(open - 1) != "(") --open;
  if (open == 0 || folded(open - 1) != "(") return false;
  size_t names = 0, k = open;
  bool listed = false;  // begin is one of the names
  for (; k < n && k - open < 16; k += 2) {
    const NameResources::Entry* entry = nullptr;
    if (!is_capitalised(k) || is_acronym(k) || shaped_like_a_town(k) || gazetteer_entry_at(k, &entry) > 0) return false;
    ++names;
    listed = listed || k == begin;
    if (k + 1 >= n || folded(k + 1) != ",") break;
  }
  return listed && names >= 2 && k + 1 < n && folded(k + 1) == ")";
}

// Whether token i stands in a list that a word `opens` says opens ("marqueurs", "équipes"), only
// the list's words (names, initials, numbers, punctuation, "pts", "dont") between them, maybe an
// adjective after the opening word ("Marqueurs bisontins :").
bool NameCues::listed_since(size_t i, const std::function<bool(size_t)>& opens) const {
  static const TextSet kListWords = {"pts", "pt", "points", "point", "buts", "but", "dont", "pen", "et"};
  constexpr size_t kLongestList = 120;  // tokens
  for (size_t k = i; k > 0 && i - k < kLongestList; --k) {
    size_t p = k - 1;
    if (opens(p)) return true;
    TokenKind kind = doc_.tokens[p].kind;
    if (kind == TokenKind::kNumber || kind == TokenKind::kPunctuation || starts_upper(p) || kListWords.count(folded(p))) continue;
    return p > 0 && is_lowercase_adjective(p) && opens(p - 1);
  }
  return false;
}

// "Les marqueurs : Corcieux : Goncalves 34, Martin 15 ; …", "Marqueurs bisontins : Staelens 24",
// "Marqueurs : Garcia (9), Autry (15)": a list of scorers.
bool NameCues::opens_scorers(size_t k) const { return folded(k).starts_with("marqueu"); }  // marqueurs, marqueuses
bool NameCues::in_scorers_list(size_t i) const {
  return listed_since(i, [&](size_t k) { return opens_scorers(k); });
}

// "Les équipes : A Saint-Jean-d'Illac : Damez, Thiry. Entraîneur : Kozik.", "Les équipes Metz :
// Songo'o, Beria": the teams' line-ups after a match report; not teams listed ("Par équipes,
// Nancy, Vandoeuvre", "aux équipes de Sochaux, Belfort"). "la liste des joueuses sélectionnées
// pour le stage : Pouilly : Giacomoni, Gallier ; Hayange : Dautel": the colons of a selection.
bool NameCues::opens_lineups(size_t k) const {
  constexpr size_t kLongestAnnouncement = 40;  // tokens, from "sélectionnés" to its colon
  // Not "le sélectionneur … a annoncé sa liste :".
  static const TextSet kSelected = {"selectionne", "selectionnes", "selectionnee", "selectionnees"};
  const size_t n = doc_.tokens.size();
  std::string_view w = folded(k);
  if (w == ":") {
    for (size_t p = k; p > 0 && k - p < kLongestAnnouncement && in_same_sentence(p - 1, k); --p)
      if (kSelected.count(folded(p - 1))) return true;
    return false;
  }
  if (w != "equipes" && w != "compositions" && w != "composition") return false;
  return (k + 1 < n && folded(k + 1) == ":") || (k + 2 < n && starts_upper(k + 1) && folded(k + 2) == ":");
}
bool NameCues::in_lineups(size_t i) const {
  return listed_since(i, [&](size_t k) { return opens_lineups(k); });
}

// A player in a line-up, between commas: "…, Thiry, …"; not a team ("Groupe A : Oostende
// (Belgique), Sedan, Red Star").
bool NameCues::lineup_player(size_t begin, size_t end) const {
  size_t first = surname_start(begin);
  if (first == 0 || end >= doc_.tokens.size()) return false;
  std::string_view before = folded(first - 1), after = folded(end);
  return (before == "," || before == ":" || before == "et") && (after == "," || after == "." || after == ";" || after == "et") &&
         (end - begin == 1 || shaped_like_a_persons_name(begin, end)) && !shaped_like_a_town(begin) && !is_known_place(begin, end) &&
         in_lineups(begin);
}

bool NameCues::scorer(size_t begin, size_t end) const { return number_after(end) != 0 && in_scorers_list(begin); }

// A team before the colon of its scorers or its line-up; not a heading, of the next list or of
// anything ("Nancy : Marqueurs : Garcia (9)", "Entraîneur : Kozik").
bool NameCues::team_before_its_list(size_t begin, size_t end) const {
  auto opens_a_list = [&](size_t k) { return opens_scorers(k) || opens_lineups(k); };
  return end + 1 < doc_.tokens.size() && folded(end) == ":" && starts_upper(end + 1) && !is_common_word(begin) &&
         !opens_a_list(begin) && listed_since(begin, opens_a_list);
}

// "Valdoie (DHR)", "Valdoie (2) (DHR)": a team and the level it plays at (niveaux_sportifs.tsv).
bool NameCues::followed_by_league_level(size_t end) const {
  const size_t n = doc_.tokens.size();
  if (end + 4 < n && folded(end) == "(" && doc_.tokens[end + 1].kind == TokenKind::kNumber && folded(end + 2) == ")") end += 3;
  return end + 2 < n && folded(end) == "(" && names_.league_levels.count(folded(end + 1)) && folded(end + 2) == ")";
}

bool NameCues::is_team_number(size_t k) const {
  std::string_view f = folded(k);
  return doc_.tokens[k].kind == TokenKind::kNumber && f.size() == 1 && f[0] >= '1' && f[0] <= '4';
}

bool NameCues::is_team_letter(size_t k) const {
  std::string_view s = original(k);
  return doc_.tokens[k].kind == TokenKind::kWord && s.size() == 1 && s[0] >= 'A' && s[0] <= 'D';
}

// The number after a name, in parentheses or not ("Poupet 28,", "Baazize (18)", "Adell (22
// points)"): its token, or 0.
size_t NameCues::number_after(size_t end) const {
  const size_t n = doc_.tokens.size();
  size_t k = end < n && folded(end) == "(" ? end + 1 : end;
  if (k >= n || doc_.tokens[k].kind != TokenKind::kNumber || folded(k).find('-') != std::string_view::npos) return 0;
  if (k == end && !adjacent(end - 1, end)) return 0;
  return k;
}

// "Rombas : Baazize (18), Ziat (15), Huin (2)", "Thiam 6, Kouadria 13": the sentence of token i
// lists players and their points, some name followed by more than a team's number.
bool NameCues::lists_scorers(size_t i) const {
  for (size_t k = sentence_first_token(i) + 1; k < doc_.tokens.size() && in_same_sentence(k, i); ++k) {
    size_t number = starts_upper(k - 1) ? number_after(k) : 0;
    if (number && !is_team_number(number)) return true;
  }
  return false;
}

// "Offemont 1 et l'ASDAM 3", "face à Grandvillars 1 et Delle 1", "Blainville B et": a club's first
// to fourth team, numbered or lettered after its town (or a university, "Nancy 2"; a channel,
// "France 3"); not a scorer and his points ("Thiam 6, Kouadria 13").
bool NameCues::followed_by_team_number(size_t end) const {
  const size_t n = doc_.tokens.size();
  if (end + 1 >= n || !is_team_number_or_letter(end) || !adjacent(end - 1, end)) return false;
  std::string_view after = folded(end + 1);
  if (after != "et" && after != "," && after != ";" && after != "." && after != ")") return false;
  // "Brest B. Dupont": a letter and its full stop open a person's name.
  if (is_team_letter(end) && after == ".") return false;
  return !lists_scorers(end);
}

// "Baazize (18), Ziat (15)", "Poupet 28, Letinaud 17", "Adell (22 points)", "Szabo 9 dont 4 pen.":
// in a match report, a player and the points he scored, in a list of scorers. Not a club's total
// ("Hagondange (1169 pts)", "Laneuveville (2) (956 pts)"): a player scores fewer than a hundred,
// and his name has no team number.
bool NameCues::followed_by_points(size_t end) const {
  size_t k = number_after(end);
  if (k == 0 || folded(k).size() > 2 || !reports_a_team_match() || !lists_scorers(end)) return false;
  const size_t n = doc_.tokens.size();
  size_t after = k + 1;
  if (after < n && (folded(after) == "points" || folded(after) == "pts")) ++after;
  if (folded(end) == "(") return after < n && folded(after) == ")" && !(after + 1 < n && folded(after + 1) == "(");
  // "Szabo 9 dont 4 pen., Kanto 2": the goals, then how many of them were penalties; "Washington
  // 12 (2), Tailleman 11": the points, then how many three-pointers.
  if (after + 1 < n && folded(after) == "dont" && doc_.tokens[after + 1].kind == TokenKind::kNumber) {
    after += 2;
    if (after < n && (folded(after) == "pen" || folded(after) == "penalties" || folded(after) == "penaltys")) ++after;
  } else if (after + 2 < n && folded(after) == "(" && doc_.tokens[after + 1].kind == TokenKind::kNumber && folded(after + 2) == ")") {
    after += 3;
  }
  return after >= n || folded(after) == "," || folded(after) == ";" || folded(after) == ".";
}

// "face à Wasquehal", "face à Istres (5-1)": a team's opponent; not a family's pair ("face à
// Goelzer père et fils"). Where the article gives a match's score, also the team a club receives,
// plays or beats ("recevra Châlons", "bat Xertigny 2-1", "devant Beauvais (94-100)"), and one a
// result is said of ("Rueil a concédé", "Avière bat"): indices_noms.tsv. Not a person's name, a
// player's more likely.
bool NameCues::opponent(size_t begin, size_t end) const {
  std::string_view next = end < doc_.tokens.size() ? folded(end) : std::string_view();
  if (next == "pere" || next == "fils" || next == "freres" || next == "soeurs") return false;
  if (preceded_by(begin, names_.before_team, names_.longest_cue)) return true;
  if (!reports_a_team_match() || is_first_name(begin) || is_surname(begin) || in_a_draw(begin)) return false;
  // "a battu la Suède", "contre le Danemark": the team's article between the cue and its name;
  // not a player's nationality before her name ("devant la Russe Svetlana Kuznetsova").
  bool name_after = end < doc_.tokens.size() && starts_upper(end);
  // "a battu Les Fourgs": a commune's own article.
  size_t cue_end = begin > 1 && is_determiner(begin - 1) && (!starts_upper(begin - 1) || commune_with_its_article(begin)) && !name_after
                       ? begin - 1
                       : begin;
  if (preceded_by(begin, names_.before_opponent, names_.longest_cue) ||
      (cue_end < begin && preceded_by(cue_end, names_.before_opponent, names_.longest_cue)) ||
      followed_by(end, names_.after_opponent, names_.longest_cue))
    return true;
  // "devant Beauvais (94-100)": the score right after the team.
  return (end + 2 < doc_.tokens.size() && next == "(" && is_score(end + 1) && folded(end + 2) == ")") || in_group_list(begin);
}

// "Groupe A : Bac, Maizey-Lacroix, Velaines", "Poule 2 : Algrange, Hombourg et Epinal 2": the
// teams drawn into a group, in a match report. Not the next group's name, nor a head ("Entente RBC").
bool NameCues::in_group_list(size_t begin) const {
  if (folded(begin) == "groupe" || folded(begin) == "poule" || is_org_head(begin) || !reports_a_team_match()) return false;
  static const TextSet kInNames = {",", "et", "-", "(", ")", "la", "le", "les", "l'", "de", "du", "d'", "sur", "en", "aux"};
  const size_t first = sentence_first_token(begin);
  for (size_t k = begin; k-- > first && begin - k < 40;) {
    if (folded(k) == ":") return k >= first + 2 && (folded(k - 2) == "groupe" || folded(k - 2) == "poule");
    if (!starts_upper(k) && !kInNames.count(folded(k)) && doc_.tokens[k].kind != TokenKind::kNumber) return false;
  }
  return false;
}

bool NameCues::followed_by_a_bare_minute(size_t end) const {
  const size_t n = doc_.tokens.size();
  if (end + 1 >= n || doc_.tokens[end].kind != TokenKind::kNumber || folded(end).size() > 3 || folded(end + 1) != "'" ||
      !adjacent(end, end + 1))
    return false;
  // "36'38''": the seconds after the minute make it a time.
  bool seconds = end + 2 < n && doc_.tokens[end + 2].kind == TokenKind::kNumber && adjacent(end + 1, end + 2);
  return !seconds && reports_a_team_match();
}

// "Cornen (8')", "Pagis (29e et 31e)": a player and the minutes of a goal, in a match report.
bool NameCues::followed_by_match_minutes(size_t end) const {
  const size_t n = doc_.tokens.size();
  if (end + 3 >= n || folded(end) != "(" || !reports_a_team_match()) return false;
  size_t k = end + 1, minutes = 0;
  while (k + 1 < n && doc_.tokens[k].kind == TokenKind::kNumber && folded(k).size() <= 3 &&
         (folded(k + 1) == "'" || folded(k + 1) == "e")) {
    ++minutes;
    k += 2;
    if (k < n && (folded(k) == "et" || folded(k) == ",")) ++k;
  }
  return minutes > 0 && k < n && folded(k) == ")";
}

// "(1er)", "(15e)": a team's place in the standings; the token past its ")", or 0.
size_t NameCues::standing_end(size_t k) const {
  const size_t n = doc_.tokens.size();
  if (k + 3 >= n || folded(k) != "(" || doc_.tokens[k + 1].kind != TokenKind::kNumber || folded(k + 1).size() > 2) return 0;
  return is_ordinal_suffix(folded(k + 2)) && folded(k + 3) == ")" ? k + 4 : 0;
}

bool NameCues::is_score(size_t i) const {
  if (doc_.tokens[i].kind != TokenKind::kNumber) return false;
  std::string_view s = folded(i);
  size_t dash = s.find('-');
  return dash != std::string_view::npos && dash >= 1 && dash <= 3 && s.size() - dash - 1 >= 1 && s.size() - dash - 1 <= 3;
}

bool NameCues::in_set_list(size_t i) const {
  const size_t n = doc_.tokens.size();
  return is_score(i) && ((i + 2 < n && folded(i + 1) == "," && is_score(i + 2)) || (i >= 2 && folded(i - 1) == "," && is_score(i - 2)));
}

bool NameCues::in_a_draw(size_t i) const {
  if (draw_.empty()) draw_.assign(doc_.sentences.size() + 1, -1);
  int8_t& draw = draw_[sentence_of(i)];  // a sentence's names ask it again and again
  if (draw >= 0) return draw > 0;
  bool sets = false, score = false;
  for (size_t k = sentence_first_token(i); k < doc_.tokens.size() && in_same_sentence(k, i) && !score; ++k) {
    score = is_score(k) && !in_set_list(k);  // "bat Rombas : 67-49. Quart-temps : 13-5, 25-21"
    sets = sets || in_set_list(k);
  }
  draw = sets && !score;
  return draw > 0;
}

// A score outside any list of sets ("6-4, 7-5"), or words of match reports of several kinds
// ("match", "entraîneur", "saison"): a match between teams, not only a tennis or table-tennis draw
// whose players beat one another. A digest of results may hold both.
bool NameCues::reports_a_team_match() const {
  read_sport_evidence();
  return sport_.score || sport_.word_kinds == kSportWordKinds;
}

bool NameCues::uses_sport_words() const {
  read_sport_evidence();
  return sport_.word_kinds == kSportWordKinds;
}

// Once per article: whether it gives a match's score, and how many kinds of sport words it uses.
void NameCues::read_sport_evidence() const {
  if (sport_.read) return;
  sport_.read = true;
  const size_t n = doc_.tokens.size();
  for (size_t i = 0; i < n && !sport_.score; ++i) sport_.score = is_score(i) && !in_set_list(i);
  std::string_view seen[kSportWordKinds];
  for (size_t i = 0; i < n && sport_.word_kinds < kSportWordKinds; ++i) {
    if (doc_.tokens[i].kind != TokenKind::kWord) continue;
    std::string_view f = folded(i);
    if (f.size() < names_.shortest_sport_word) continue;
    if (std::find(seen, seen + sport_.word_kinds, f) == seen + sport_.word_kinds && names_.sport_words.count(f))
      seen[sport_.word_kinds++] = f;
  }
}

// "un centre de Michon", "boxé par Jechoux", "Szymanski s'échappe": in a match report, a player
// named by his surname alone, by what he does on the field (indices_noms.tsv); not a town.
bool NameCues::player(size_t begin, size_t end) const {
  if (end - begin > 2 || !is_capitalised(begin) || !reports_a_team_match() || shaped_like_a_town(begin)) return false;
  return preceded_by(begin, names_.before_player, names_.longest_cue) || followed_by(end, names_.after_player, names_.longest_cue);
}

// "l'équipe de Ranspach", "l'équipe cadettes de Ranspach", "les équipes de Vesoul": in a match
// report, a team named by its town (not "l'équipe municipale de Plouvien" in the town's news). Not
// a level ("une équipe de National", "l'équipe de National 2").
bool NameCues::team_named_after_de(size_t begin) const {
  // "l'équipe", "le capitaine", "sa formation": the team, not "une équipe de National".
  static const TextSet kTeamDeterminers = {"l'", "le", "la", "les", "sa", "son", "ses", "leur", "leurs"};
  if (begin < 3 || (folded(begin - 1) != "de" && folded(begin - 1) != "d'") || names_.league_levels.count(folded(begin))) return false;
  if (!reports_a_team_match() || after_a_competition(begin)) return false;  // "sa formation en coupe de France"
  for (size_t k = begin - 2, words = 0; words < 3 && k > 0 && !starts_upper(k); --k, ++words) {
    if (names_.team_words.count(folded(k))) return kTeamDeterminers.count(folded(k - 1));
    if (doc_.tokens[k].kind != TokenKind::kWord) return false;
  }
  return false;
}

// "Velotte - Amancey 1-1 ;", "BPFC - Ornans 0-0": a team on either side of a match's score line;
// in a match report, also of a fixture without its score, which opens a sentence or follows a time
// or another fixture and ends with ";" or "." ("14 h 18, Blainville 1 - Raon ;"). Not "le tandem
// Di Vaio - Del Piero.", "Doublette : Kerhervé - Quéméner ;".
bool NameCues::in_score_line(size_t begin, size_t end) const {
  const auto& tokens = doc_.tokens;
  const size_t n = tokens.size();
  auto score = [&](size_t k) { return k < n && tokens[k].kind == TokenKind::kNumber && folded(k).find('-') != std::string_view::npos; };
  auto dash = [&](size_t k) { return k < n && tokens[k].kind == TokenKind::kPunctuation && folded(k) == "-"; };
  // The home side starts at `home`, the away side ends at `away_end` (past its team number).
  auto fixture = [&](size_t home, size_t away_end) {
    // After a time ("14 h 18, X - Y") or another fixture ("X - Y ; Z - W"); not "Doublette : A - B".
    std::string_view before = home == 0 ? std::string_view() : folded(home - 1);
    bool after_time = before == "," && home >= 2 && tokens[home - 2].kind == TokenKind::kNumber;
    bool opens = home == 0 || sentence_start(home) || after_time || before == ";";
    if (away_end < n && is_team_number(away_end)) ++away_end;
    bool closes = away_end == n || folded(away_end) == ";" || folded(away_end) == ".";
    return opens && closes && reports_a_team_match();
  };
  // Home side: "X - Y 1-1", the away side one to three capitalised words. "Reims (1er) - Antibes
  // (6e),": each side with its place in the standings, a fixture even in a preview that gives no
  // score.
  size_t home_end = end < n && is_team_number(end) ? end + 1 : end;
  size_t home_standing_end = standing_end(home_end);
  if (home_standing_end) home_end = home_standing_end;
  if (dash(home_end) && home_end + 1 < n && starts_upper(home_end + 1))
    for (size_t k = home_end + 2; k <= n && k <= home_end + 4; ++k) {
      if (home_standing_end ? standing_end(k) != 0 : score(k) || fixture(begin, k)) return true;
      if (k == n || !starts_upper(k)) break;
    }
  // Away side: "X - Y 1-1", the home side right before the dash, maybe with its number.
  if (begin < 2 || !dash(begin - 1)) return false;
  // "Nantes (15e) - Rueil (3e)": the home side's place before the dash, "(15e)" five tokens back.
  if (standing_end(end)) return begin >= 6 && standing_end(begin - 5) == begin - 1 && starts_upper(begin - 6);
  size_t home = begin >= 3 && is_team_number(begin - 2) ? begin - 3 : begin - 2;
  if (!starts_upper(home)) return false;
  if (score(end)) return true;
  for (size_t words = 1; words < 3 && home > 0 && starts_upper(home - 1) && adjacent(home - 1, home); ++words) --home;
  return fixture(home, end);
}

}  // namespace glaneur::extract
