// Tested through tests/extract/names_test.cc.
#include "extract/name_linking.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/acronym_long_form.h"
#include "rules/pattern.h"

namespace glaneur::extract {
namespace {

using text::TokenKind;

class NameLinker {
 public:
  NameLinker(const NameCues& tokens, FoundNames& names)
      : tokens_(tokens), found_(names.found), best_type_(names.best_type), not_names_(names.not_names), aliases_(names.aliases) {}

  void run() {
    vote();
    call_players_named_again();
    call_by_first_word();
    link_aliases();
    resolve_surnames();
    repeat_names();
    call_by_surname();
    call_by_first_name();
  }

 private:
  // One sense per article: every run takes the surest type its words were given anywhere.
  void vote() {
    for (FoundName& f : found_) {
      std::string_view rule = f.rule;
      if (rule == "names.gazetteer" || rule == "names.state") continue;
      // "rue Jacques Foillet", "l'entreprise Boyette": a head right before says what this mention
      // is, whatever the same words are elsewhere (the person the street or the firm is named after).
      if (rule == "names.after_place_head" || rule == "names.after_head") continue;
      // "bat Briançon 5-4" beside "à Briançon": the team; spread_teams() takes it further.
      if (is_team(f)) continue;
      std::string key = join_tokens(tokens_.doc(), f.begin, f.end);
      if (not_names_.count(key)) {
        drop(f);
        continue;
      }
      auto it = best_type_.find(key);
      if (it != best_type_.end() && it->second.first != f.type) {
        f.type = it->second.first;
        f.rule = "names.same_as_elsewhere";
      }
    }
    rank_teams_together();
    share_type_in_enumerations(/*towns_read_as_teams=*/false);
    spread_teams();
    // "Clermont, Maurienne, Antibes et Orléans ont perdu": towns read as teams above make the list
    // they stand in a list of teams, unknown names included ("Maurienne").
    share_type_in_enumerations(/*towns_read_as_teams=*/true);
    // Unknown words stay unknown unless a surname links them to a person (resolve_surnames), which
    // then removes what is left without a type.
  }

  // "1. Vaucouleurs ; 2. Rigny (2) ; 3. Bac (3)", "2. FC Mulhouse ; 3. US Montbéliard ; 4.
  // Faverney ; 5. Bart.": where an article ranks teams (a town's second team, a club's letters),
  // the unknown names it ranks are teams too, and so is a surname ranked alone, with no club after it.
  void rank_teams_together() {
    bool teams = std::any_of(found_.begin(), found_.end(), [&](const FoundName& f) {
      return std::string_view(f.rule) == "names.ranked_team" ||
             (f.type == "ORG" && tokens_.is_club_marker(f.begin) && tokens_.after_rank(f.begin));
    });
    if (!teams) return;
    auto surname_alone = [&](const FoundName& f) {
      size_t n = tokens_.doc().tokens.size();
      return std::string_view(f.rule) == "names.surname" && f.end - f.begin == 1 && tokens_.after_rank(f.begin) &&
             (f.end >= n || tokens_.folded(f.end) == ";" || tokens_.folded(f.end) == ".");
    };
    for (FoundName& f : found_) {
      if (!(f.type.empty() && std::string_view(f.rule) == "names.ranked_unknown") && !surname_alone(f)) continue;
      f.type = "ORG";
      f.rule = "names.ranked_team";
    }
  }

  // "Zariategui, Eflio, Torre, Madrazo et Vargas", "Wilkins et Eielson": names listed together
  // are of one kind; unknown ones take the type of the others, when these agree on one, and for
  // organisations when there are two of them: lists of villages are common ("arrose Vicherey,
  // Soncourt et Aroffe"), and one of them may have been read as a body (a river, "l'Aroffe"; a
  // word in a line of capitals, "ROPPE"). A full name, or a name after a title, and a word apart
  // by a comma alone (or ", de") are no list but a name and what it is said to be, most often
  // where a person lives ("1. Cuenot Laurent, Luxiol ; 2. …", "le canton de Vittel, Gérard
  // Mathieu", "Docteur Galmiche, Frétigney", "Roger Petitcolin, de Belmont"); "Muller, Badlou" are.
  // `towns_read_as_teams`: as in teams_listed().
  void share_type_in_enumerations(bool towns_read_as_teams) {
    std::vector<size_t> order(found_.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return found_[a].begin < found_[b].begin; });
    // "Pays Maîchois (DH), Valdoie (2) (DHR), Giro": what a team list says in parentheses after
    // each name does not break it.
    auto listed_after = [&](const FoundName& a, const FoundName& b) {
      if (b.begin <= a.end || !tokens_.in_same_sentence(a.begin, b.begin)) return false;
      size_t k = a.end, separators = 0;
      while (k + 2 < b.begin && tokens_.folded(k) == "(" && tokens_.folded(k + 2) == ")") k += 3;
      for (; k < b.begin; ++k, ++separators) {
        std::string_view f = tokens_.folded(k);
        if (separators == 2 || (f != "," && f != "et" && f != "ou" && f != "ni" && f != "&" && f != "de")) return false;
      }
      return true;
    };
    for (size_t first = 0; first < order.size();) {
      size_t last = first + 1;
      while (last < order.size() && listed_after(found_[order[last - 1]], found_[order[last]])) ++last;
      bool a_list = last - first >= 3;
      if (last - first == 2) {
        const FoundName &a = found_[order[first]], &b = found_[order[first + 1]];
        bool joined = false;  // by "et", "ou"…: a list whatever the names
        for (size_t k = a.end; k < b.begin; ++k) joined = joined || (tokens_.folded(k) != "," && tokens_.folded(k) != "de");
        bool from = b.begin - a.end == 2 && tokens_.folded(a.end) == "," && tokens_.folded(a.end + 1) == "de";  // "Colette, de Nomeny"
        bool two_words = a.end - a.begin == 1 && b.end - b.begin == 1 && std::string_view(a.rule) != "names.title";
        a_list = !from && (joined || two_words);
      }
      if (a_list && !teams_listed(order, first, last, towns_read_as_teams)) {
        std::string type;
        bool agree = true, unknown = false;
        size_t known = 0;
        for (size_t k = first; k < last; ++k) {
          const FoundName& f = found_[order[k]];
          if (f.type.empty()) unknown = true;
          else if (++known, type.empty()) type = f.type;
          else if (f.type != type) agree = false;
        }
        if (agree && unknown && (type == "PER" || (type == "ORG" && known >= 2))) {
          for (size_t k = first; k < last; ++k) {
            FoundName& f = found_[order[k]];
            // A common word ("Artisanat, Renaud Dutreil") is a name only in a longer list.
            if (f.type.empty() && (last - first >= 3 || std::string_view(f.rule) != "names.capitalised_common")) {
              f.type = type;
              f.rule = "names.listed";
            }
          }
        }
      }
      first = last;
    }
  }

  // "Bar-le-Duc AC, Tronville, Ligny, FC Revigny et Rigny-la-Salle", "du FC Sochaux et de Monaco":
  // where a list names a club, the towns and unknown names in it are teams too. Whether it did.
  // `towns_read_as_teams`: spread_teams() has run, and the towns it made teams count too.
  bool teams_listed(const std::vector<size_t>& order, size_t first, size_t last, bool towns_read_as_teams) {
    if (std::none_of(order.begin() + first, order.begin() + last, [&](size_t k) { return is_team(found_[k]); })) {
      // Towns read as teams: at least two, and half the list, else a list of players after
      // their club's town ("A Laval : Damez, Thiry, Jaussaud") would be one of teams.
      if (!towns_read_as_teams) return false;
      size_t towns = std::count_if(order.begin() + first, order.begin() + last,
                                   [&](size_t k) { return std::string_view(found_[k].rule) == "names.town_in_match_report"; });
      if (towns < 2 || 2 * towns < last - first) return false;
    }
    for (size_t k = first; k < last; ++k) {
      FoundName& f = found_[order[k]];
      if (!f.type.empty() && f.type != "LOC") continue;
      f.type = "ORG";
      f.rule = "names.listed_team";
    }
    return true;
  }

  // A team: a club ("FC Revigny", "Bar-le-Duc AC"), or a name the sport cues read as one.
  bool is_team(const FoundName& f) const {
    std::string_view rule = f.rule;
    if (rule == "names.opponent" || rule == "names.ranked_team" || rule == "names.club_of_ranked" || rule == "names.league_level" ||
        rule == "names.listed_team" || rule == "names.numbered_team")
      return true;
    if (f.type != "ORG") return false;
    for (size_t k = f.begin; k < f.end; ++k)
      if (tokens_.is_club_marker(k)) return true;
    return false;
  }

  // "Besançon HC bat Briançon 5-4. […] Briançon pensait avoir égalisé": a town that stands for
  // its team once stands for it wherever the article writes it so, and a club named by its town
  // and letters makes the town alone its team ("Besançon reprenait ses esprits"). Not a dateline
  // in capitals ("BRIANÇON. _"): there the town is where the match was played.
  void spread_teams() {
    const Document& doc = tokens_.doc();
    TextSet teams;
    for (const FoundName& f : found_) {
      if (!is_team(f) || tokens_.is_capitals(f.begin)) continue;
      size_t begin = f.begin, end = f.end;
      if (end - begin >= 2 && (tokens_.is_club_marker(end - 1) || tokens_.is_team_number_or_letter(end - 1)))
        --end;  // "Strasbourg 3", "Blainville B"
      else if (end - begin >= 2 && tokens_.is_club_marker(begin)) ++begin;
      teams.insert(join_tokens(doc, begin, end));
    }
    // "Antibes à s'imposer (83-71)", "300 matches avec Nancy": where the article reports a match,
    // a known town, or one shaped like a town ("Neuves-Maisons évolue"), is a team, unless it is
    // where something happens ("à Pau"), what a title is of ("championnat de France"), a country
    // or a region, named with its article ("au Portugal", "la Lorraine"), where a club is from
    // ("Pampelune (Espagne)"), part of an address ("90000 Belfort") or of a longer name
    // ("Territoire de Belfort").
    // Where no team is named, a score alone is not enough ("15-2" in a list of goods).
    bool report = teams.empty() ? tokens_.uses_sport_words() : tokens_.reports_a_team_match();
    auto town_as_team = [&](const FoundName& f) {
      size_t b = f.begin;
      // "Le Havre a confirmé", "d'Istres et Le Mans": a town with its article, as one word; not
      // where one comes from ("en provenance de La Réunion").
      bool one_word = f.end - b == 1 || (f.end - b == 2 && tokens_.starts_upper(b) && tokens_.is_definite_article(b) &&
                                         !(b > 0 && tokens_.is_de(b - 1)));
      // A town by the gazetteer or its shape, or one the article makes a place elsewhere ("à
      // Amnéville", then "Amnéville croula").
      std::string_view rule = f.rule;
      bool town = rule == "names.gazetteer" || rule == "names.town_shape" || rule == "names.commune" ||
                  (f.type == "LOC" && rule == "names.same_as_elsewhere");
      if (!town || !one_word) return false;
      if (b > 0 && (tokens_.is_place_preposition(b - 1) || tokens_.is_definite_article(b - 1) || tokens_.folded(b - 1) == "(" ||
                    doc.tokens[b - 1].kind == TokenKind::kNumber))
        return false;
      if (b > 1 && tokens_.folded(b - 1) == "de" && tokens_.starts_upper(b - 2)) return false;
      // "Vestiaires bénévoles Tilly-sur-Meuse. - Les licenciés…": the town closing an item's
      // heading, before its full stop and dash, is where the item's news comes from.
      if (f.end + 1 < doc.tokens.size() && tokens_.folded(f.end) == "." && tokens_.folded(f.end + 1) == "-") return false;
      // "ce raté de Lauret 78'": a player, the minute of his shot after his name.
      if (tokens_.followed_by_a_bare_minute(f.end)) return false;
      // "le gymnase de Vercel", "la salle polyvalente de Saint-Etienne", "la salle des sports de
      // Dombasle", "le tournoi de Nommay": a venue's or an event's town.
      if (b > 1 && tokens_.is_de(b - 1)) {
        size_t k = b - 2;
        while (k > 0 && b - k <= 4 && tokens_.is_lowercase_adjective(k)) --k;
        if (k > 1 && (tokens_.folded(k - 1) == "des" || tokens_.folded(k - 1) == "du")) k -= 2;
        if (tokens_.is_place_or_event_head(k) && !tokens_.starts_upper(k)) return false;
      }
      return !tokens_.after_a_competition(b);
    };
    for (FoundName& f : found_) {
      if ((!f.type.empty() && f.type != "LOC") || tokens_.is_capitals(f.begin)) continue;
      // "dans les Vosges", after "les Vosges A": where something is, not the team.
      bool inside_a_place = f.begin >= 2 && tokens_.folded(f.begin - 2) == "dans" && tokens_.is_definite_article(f.begin - 1);
      // "l'équipe de France", then "le championnat de France": what a title is of is no team.
      if (teams.count(join_tokens(doc, f.begin, f.end)) && !inside_a_place && !tokens_.after_a_competition(f.begin)) {
        f.type = "ORG";
        f.rule = "names.team_elsewhere";
      } else if (report && town_as_team(f)) {
        f.type = "ORG";
        f.rule = "names.town_in_match_report";
      }
    }
  }

  // Where the name of a body found right before `open` ("(") starts, when it opens with a head and
  // shares its initial with the short name at `short_name`; `open` when there is none.
  size_t body_named_before(size_t open, size_t short_name) const {
    for (const FoundName& o : found_)
      if (o.end == open && o.type == "ORG" && o.end - o.begin >= 3 && tokens_.is_org_head(o.begin) &&
          tokens_.folded(o.begin)[0] == tokens_.folded(short_name)[0])
        return o.begin;
    return open;
  }

  // "long form (ACR)" and "Name (long form)": one organisation, the acronym or short name canonical.
  void link_aliases() {
    std::map<std::string, std::string> acronyms;  // folded acronym → canonical name, for its other mentions
    std::set<std::string> thing_acronyms;          // folded acronyms the article spells out as things, no bodies
    for (size_t k = 0; k < found_.size(); ++k) {
      const FoundName f = found_[k];  // a copy: found_ grows below
      size_t open = f.begin - 1, close = f.end;
      bool in_parentheses = f.begin > 0 && tokens_.folded(open) == "(" && close < tokens_.doc().tokens.size() && tokens_.folded(close) == ")";
      // "(Drac)", "(Gipreb)": a word in parentheses not yet known as an organisation may be an
      // acronym all the same, when the words before it spell it.
      bool before_parentheses = f.end < tokens_.doc().tokens.size() && tokens_.folded(f.end) == "(";
      if (f.type != "ORG" && !(f.type.empty() && f.end - f.begin == 1 && (in_parentheses || before_parentheses))) continue;
      if (in_parentheses && f.end - f.begin == 1) {
        // "(CNRS)", "(Ademe)": the words before spell it, or a body's name found right before
        // them gives its initial ("Syndicat national des gynécologues et obstétriciens (Syngof)").
        // The long form may be known already.
        size_t start = long_form_start(tokens_, open, tokens_.original(f.begin));
        if (start == open) start = body_named_before(open, f.begin);
        // "l'allocation personnalisée à l'autonomie (APA)", "la fonction publique hospitalière
        // (FPH)": the acronym of a thing, which no guess makes a body.
        if (start < open && tokens_.opens_a_things_long_form(start)) {
          if (f.type.empty() || std::string_view(f.rule) == "names.acronym") thing_acronyms.insert(std::string(tokens_.folded(f.begin)));
          continue;
        }
        // "le Comité catholique contre la faim et pour le développement (CCFD)": the capitalised head
        // of a body found whole right before is the long form's, though it gives no letter; not
        // where more words stand before the long form ("les Amis du Fonds régional d'art
        // contemporain (Frac)", "la direction régionale de la Protection judiciaire de la jeunesse").
        for (const FoundName& o : found_)
          if (o.end == open && o.type == "ORG" && o.begin + 1 == start && start < open && tokens_.starts_upper(o.begin) &&
              tokens_.is_org_head(o.begin))
            start = o.begin;
        if (start < open) {
          if (found_[k].type != "ORG") found_[k].rule = "names.acronym";
          found_[k].type = "ORG";
          acronyms.emplace(std::string(tokens_.folded(f.begin)), f.name);
          bool known = false;
          for (FoundName& other : found_) {
            if (other.begin == start && other.end == open) {
              other.type = "ORG";
              other.name = f.name;
              known = true;
            } else if (other.begin < open && other.end > start) {
              drop(other);  // a piece of the long form ("Centre national" of "Centre national d'études spatiales")
            }
          }
          if (!known) found_.push_back({"ORG", start, open, f.name, "names.acronym_long_form"});
          aliases_.push_back({f.name, start});
        }
      } else if (before_parentheses) {
        // "Aniti (Institut toulousain d'intelligence artificielle et naturelle)"
        // Words only: "Sydney Lengagne (PACA, A-1)" gives a club and a rank, no long form.
        // A name of no type yet is a body's when what the parentheses hold is one ("le Syngof
        // (Syndicat national des gynécologues…)").
        size_t close_paren = f.end + 1;
        while (close_paren < tokens_.doc().tokens.size() && tokens_.folded(close_paren) != ")" &&
               tokens_.folded(close_paren) != "," && tokens_.doc().tokens[close_paren].kind != TokenKind::kNumber &&
               close_paren - f.end < 16)
          ++close_paren;
        // "la DGA (direction générale de l'armement)": in lower case, a body's long form that spells
        // the acronym (not "la VAE (validation de l'acquis de l'expérience)"). "le GIPEBLOR (groupe
        // interprofessionnel de promotion de l'économie du bois en Lorraine)", "la SAFC (société
        // anonyme d'HLM de Franche-Comté, basée à Montbéliard)": or, after a body's acronym or a
        // name of no type yet, one whose head gives its first letter, up to a comma.
        bool headed_like_the_acronym = (f.type == "ORG" || f.type.empty()) && f.end + 1 < tokens_.doc().tokens.size() &&
                                       tokens_.is_org_head(f.end + 1) && tokens_.folded(f.end + 1)[0] == tokens_.folded(f.begin)[0];
        auto body_in_lower_case = [&] {
          return tokens_.is_org_head(f.end + 1) &&
                 (headed_like_the_acronym || long_form_start(tokens_, close_paren, tokens_.original(f.begin)) == f.end + 1);
        };
        bool closes = close_paren < tokens_.doc().tokens.size() &&
                      (tokens_.folded(close_paren) == ")" || (tokens_.folded(close_paren) == "," && headed_like_the_acronym &&
                                                               tokens_.doc().tokens[close_paren - 1].kind == TokenKind::kWord));
        if (closes && close_paren - f.end >= 3 && (tokens_.starts_upper(f.end + 1) || body_in_lower_case())) {
          if (f.type.empty()) {
            bool long_form_is_a_body = tokens_.is_org_head(f.end + 1) && std::any_of(found_.begin(), found_.end(), [&](const FoundName& o) {
              return o.begin == f.end + 1 && o.end == close_paren && o.type == "ORG";
            });
            if (!long_form_is_a_body && !headed_like_the_acronym) continue;
            found_[k].type = "ORG";
            found_[k].rule = "names.short_form_long_form";
            acronyms.emplace(std::string(tokens_.folded(f.begin)), f.name);
          }
          for (FoundName& inner : found_)
            if (inner.begin > f.end && inner.end <= close_paren) drop(inner);  // replaced below
          found_.push_back({"ORG", f.end + 1, close_paren, f.name, "names.short_form_long_form"});
          aliases_.push_back({f.name, f.end + 1});
        }
      }
    }
    for (FoundName& f : found_)
      if (f.end - f.begin == 1 && std::string_view(f.rule) == "names.acronym" && thing_acronyms.count(std::string(tokens_.folded(f.begin)))) f.type.clear();
    // "Le Crous annonce…": the acronym is the organisation wherever else it was left unknown.
    for (FoundName& f : found_) {
      if (f.end - f.begin != 1 || !f.type.empty()) continue;
      if (auto it = acronyms.find(std::string(tokens_.folded(f.begin))); it != acronyms.end()) {
        f.type = "ORG";
        f.name = it->second;
        f.rule = "names.same_as_elsewhere";
      }
    }
  }

  // "la figure meurtrie de Masingue …, son duel avec Masingue": in a match report (its sport words:
  // a score alone may be a date's or an address's digits), a word no word list knows, which nothing
  // else said of, written twice or more in the article, not in capitals: a player's surname (once,
  // it may as well be a club, a place or a brand).
  void call_players_named_again() {
    if (!tokens_.uses_sport_words()) return;
    std::unordered_map<std::string, int> seen;
    // Not a plural ("les Raonnais"), a fixture or a street ("ASNL-Niort", "Grande-Rue"), a code in
    // parentheses ("(Esp)"), a thing after its article ("l'Euroligue", "la Playstation"), nor where
    // a place's people come from.
    auto unknown = [&](const FoundName& f) {
      if (!f.type.empty() || std::string_view(f.rule) != "names.unknown" || f.end - f.begin != 1 || tokens_.is_capitals(f.begin) ||
          !tokens_.known_to_no_word_list(f.begin))
        return false;
      std::string_view word = tokens_.folded(f.begin);
      bool after_article_or_parenthesis = f.begin > 0 && (tokens_.is_definite_article(f.begin - 1) || tokens_.folded(f.begin - 1) == "(");
      return word.size() > 3 && word.find('-') == std::string_view::npos && !after_article_or_parenthesis &&
             !tokens_.is_demonym(word);
    };
    std::vector<std::pair<FoundName*, int*>> candidates;  // each with the count of its word
    for (FoundName& f : found_)
      if (unknown(f)) candidates.emplace_back(&f, &++seen[std::string(tokens_.folded(f.begin))]);
    for (auto& [f, count] : candidates) {
      if (*count < 2) continue;
      f->type = "PER";
      f->rule = "names.player_named_again";
    }
  }

  // "la Banque de France …, les missions de la Banque", "le Comité de suivi … ce Comité", "la
  // Région Grand Est …, la Région", "au Tissage Laedrich …, employée au Tissage": a body the
  // article named in full earlier, whose name opens with a common noun, called again by that noun,
  // capitalised after "le", "la", "l'", "au", "du" or a demonstrative: the same body (a name
  // opening with a proper noun, "Renault Trucks", is called by it anyway). Not where the article
  // named two bodies with that noun ("la Région Sud … la Région Occitanie"; one name may begin the
  // other: "Cour européenne … Cour européenne des droits de l'homme"), nor where the noun is
  // a point of the compass ("l'Est"), nor before a complement of its own ("ce Temps des villes").
  void call_by_first_word() {
    static const TextSet kDeterminers = {"le", "la", "l'", "ce", "cet", "cette", "au", "du"};
    static const TextSet kNotTheBody = {"leader", "est", "ouest", "nord", "sud"};
    const size_t n = tokens_.doc().tokens.size();
    for (FoundName& f : found_) {
      if (!f.type.empty() || f.end - f.begin != 1 || f.begin == 0 || !kDeterminers.count(tokens_.folded(f.begin - 1)) ||
          kNotTheBody.count(tokens_.folded(f.begin)) ||
          (f.end < n && (tokens_.is_de(f.end) || tokens_.folded(f.end) == "des")))
        continue;
      const FoundName* named = nullptr;
      bool several = false;
      for (const FoundName& body : found_) {
        if (body.type == "ORG" && body.begin < f.begin && body.end - body.begin >= 2 &&
            tokens_.folded(body.begin) == tokens_.folded(f.begin) && tokens_.is_common_word(body.begin)) {
          several = several || (named && !named->name.starts_with(body.name) && !body.name.starts_with(named->name));
          named = named ? named : &body;
        }
      }
      if (!named || several) continue;
      f.type = "ORG";
      f.name = named->name;
      f.rule = "names.first_word_of_a_body";
    }
  }

  // A surname alone, or a full name again, is the person named in full earlier (or later).
  void resolve_surnames() {
    // "Mme Le Bihan", "Mme de La Forest": a surname opened by a particle or an article.
    auto particle_surname = [&](const FoundName& f) { return f.end - f.begin >= 2 && (tokens_.is_particle(f.begin) || tokens_.folded(f.begin) == "d'"); };
    // "l'adjudant-chef Vouillot de Maîche … à Maîche", "Christelle d'Hannonville": a name ending
    // with "de" and a place the article names elsewhere ends with where the person comes from.
    TextSet places;
    for (const FoundName& f : found_)
      if (f.type == "LOC" && f.end - f.begin == 1) places.insert(std::string(tokens_.folded(f.begin)));
    std::map<std::string, std::string> by_surname;  // folded last word → full name
    for (const FoundName& f : found_) {
      if (f.type != "PER" || f.end - f.begin < 2 || particle_surname(f)) continue;
      std::string last(tokens_.folded(f.end - 1));
      bool from_a_place = (tokens_.is_particle(f.end - 2) || tokens_.folded(f.end - 2) == "d'") && places.count(last);
      if (!from_a_place) by_surname.emplace(std::move(last), f.name);
    }
    for (FoundName& f : found_) {
      if (std::string_view(f.rule) == kDropped || (f.end - f.begin != 1 && !(f.type == "PER" && particle_surname(f)))) continue;
      // "la société Robert" beside "Pierre Robert": the firm named after its family stays a firm.
      if (std::string_view(f.rule) == "names.after_head") continue;
      auto it = by_surname.find(std::string(tokens_.folded(f.end - 1)));
      if (it == by_surname.end()) continue;
      // The particle surname is the end of the full name: "Anne-Sophie Le Bihan".
      if (f.end - f.begin > 1 && !rules::fold_text(it->second).ends_with(" " + join_tokens(tokens_.doc(), f.begin, f.end))) continue;
      f.type = "PER";
      f.name = it->second;
      f.rule = "names.surname_of";
    }
    found_.erase(std::remove_if(found_.begin(), found_.end(), [](const FoundName& f) { return f.type.empty(); }), found_.end());
  }

  // "Air Lib a joué sa survie" opening a sentence, a name in a heading: where a name of two words
  // or more the article gives elsewhere comes again with the same capitals, and the scan left it
  // out (its first word read as a common word), it is that name again.
  void repeat_names() {
    const Document& doc = tokens_.doc();
    const size_t n = doc.tokens.size();
    std::unordered_map<std::string, size_t> named;  // folded words → a found name they are
    TextMap<size_t> longest;                        // folded first word → the longest such name, in words
    for (size_t k = 0; k < found_.size(); ++k) {
      const FoundName& f = found_[k];
      if ((f.type != "ORG" && f.type != "PER") || f.end - f.begin < 2) continue;
      named.emplace(join_tokens(doc, f.begin, f.end), k);
      size_t& most = longest[std::string(tokens_.folded(f.begin))];
      most = std::max(most, f.end - f.begin);
    }
    if (named.empty()) return;
    std::vector<bool> covered = covered_tokens();
    for (size_t i = 0; i < n; ++i) {
      if (covered[i] || !tokens_.starts_upper(i) || (i > 0 && tokens_.adjacent(i - 1, i) && tokens_.is_capitalised(i - 1))) continue;
      auto starts = longest.find(tokens_.folded(i));
      if (starts == longest.end()) continue;
      for (size_t len = std::min(starts->second, n - i); len >= 2; --len) {
        if (std::any_of(covered.begin() + i, covered.begin() + i + len, [](bool c) { return c; })) continue;
        auto it = named.find(join_tokens(doc, i, i + len));
        if (it == named.end()) continue;
        const FoundName& f = found_[it->second];
        bool same_capitals = true;
        for (size_t t = 0; t < len && same_capitals; ++t) same_capitals = tokens_.starts_upper(f.begin + t) == tokens_.starts_upper(i + t);
        bool longer = i + len < n && tokens_.adjacent(i + len - 1, i + len) && tokens_.is_capitalised(i + len);
        if (!same_capitals || longer) continue;
        found_.push_back({f.type, i, i + len, f.name, "names.same_as_elsewhere"});
        std::fill(covered.begin() + i, covered.begin() + i + len, true);
        i += len - 1;
        break;
      }
    }
  }

  // "Caroline Marchal … Caroline a le tempérament volontaire": a person the article names in full
  // is then called by her first name alone, found so or not. Only a first name one person of the
  // article has, on its own (no capitalised word beside it), not a place.
  void call_by_first_name() {
    auto first_name = [&](const FoundName& f) { return tokens_.adjacent(f.begin, f.begin + 1) ? f.begin : kNoToken; };
    auto surname = [&](const FoundName& f) { return f.end - 1; };
    TextMap<std::string> person = one_person_each(first_name, surname);
    if (person.empty()) return;
    for (FoundName& f : found_) {
      if (f.type != "PER" || f.end - f.begin != 1 || std::string_view(f.rule) == "names.surname_of") continue;
      auto it = person.find(tokens_.folded(f.begin));
      if (it != person.end() && !it->second.empty()) f.name = it->second;  // found alone already: the same person
    }
    call_alone(person, "names.first_name_of");
  }

  // "Jean Kiffer … Kiffer ne le regrette pas": the surname of a person the article names in full,
  // on its own where the scan left it out (a word opening a sentence: "kiffer", "fontaine"), is
  // that person again. Only a surname one person of the article has; not the word after a particle
  // ("Charles de Gaulle" is not called "Gaulle").
  void call_by_surname() {
    auto surname = [&](const FoundName& f) { return tokens_.is_particle(f.end - 2) ? kNoToken : f.end - 1; };
    auto first_name = [&](const FoundName& f) { return f.begin; };
    call_alone(one_person_each(surname, first_name), "names.surname_of");
  }

  // The people the article names in full (a first name, then more), by one of their words (`word`
  // of such a name, or kNoToken): that word → the full name; "" where two people share it, or where
  // it is another person's `other` word ("Julien Thomas … Thomas Durand" says neither).
  template <class Word, class Other>
  TextMap<std::string> one_person_each(Word word, Other other) const {
    TextMap<std::string> person;
    auto named_in_full = [&](const FoundName& f) { return f.type == "PER" && f.end - f.begin >= 2 && tokens_.is_first_name(f.begin); };
    for (const FoundName& f : found_) {
      if (!named_in_full(f) || word(f) == kNoToken) continue;
      auto [it, added] = person.try_emplace(std::string(tokens_.folded(word(f))), f.name);
      if (!added && it->second != f.name) it->second.clear();
    }
    for (const FoundName& f : found_)
      if (named_in_full(f))
        if (auto it = person.find(tokens_.folded(other(f))); it != person.end() && it->second != f.name) it->second.clear();
    return person;
  }

  // Each word with a capital standing alone, no found name holds it, that is the word of one
  // person in `person`: a mention of that person (rule `rule`); a title word too ("M. Maire", "le
  // procureur Prêtre"), and in capitals ("COQUELET (AMIENS) A ANGERS").
  void call_alone(const TextMap<std::string>& person, const char* rule) {
    if (person.empty()) return;
    std::vector<bool> covered = covered_tokens();
    for (size_t i = 0; i < covered.size(); ++i) {
      if (covered[i] || !tokens_.starts_upper(i)) continue;
      auto it = person.find(tokens_.folded(i));
      if (it == person.end() || it->second.empty() || !stands_alone(i) || not_names_.count(it->first)) continue;
      found_.push_back({"PER", i, i + 1, it->second, rule});
      covered[i] = true;
    }
  }

  // A capitalised word with no capitalised word beside it ("Pierre de Bethmann" has one) that the
  // gazetteer does not know alone (a place; a feast: "un goûter de Noël"). In a headline in capitals
  // ("41 POINTS POUR JORDAN Basket."), the headline's common words and the rubric after it are no
  // name beside it.
  bool stands_alone(size_t i) const {
    const size_t n = tokens_.doc().tokens.size();
    auto name_beside = [&](size_t k) {
      if (!tokens_.starts_upper(k)) return false;
      if (!tokens_.is_capitals(i)) return true;
      return tokens_.is_capitals(k) && !tokens_.is_common_word(k);
    };
    bool beside = (i > 0 && tokens_.adjacent(i - 1, i) && name_beside(i - 1) && !tokens_.sentence_start(i)) ||
                  (i + 1 < n && tokens_.adjacent(i, i + 1) && name_beside(i + 1)) ||
                  (i + 2 < n && tokens_.is_particle(i + 1) && tokens_.starts_upper(i + 2));
    const NameResources::Entry* entry = nullptr;
    return !beside && tokens_.gazetteer_entry_at(i, &entry) != 1;
  }

  // Which tokens a found name holds.
  std::vector<bool> covered_tokens() const {
    std::vector<bool> covered(tokens_.doc().tokens.size(), false);
    for (const FoundName& f : found_) std::fill(covered.begin() + f.begin, covered.begin() + f.end, true);
    return covered;
  }

  // What the article shows is no name, or part of a longer one: removed with the unknowns, and
  // no surname either.
  static constexpr const char* kDropped = "names.dropped";
  static void drop(FoundName& f) {
    f.type.clear();
    f.rule = kDropped;
  }

  const NameCues& tokens_;
  std::vector<FoundName>& found_;
  std::unordered_map<std::string, std::pair<std::string, Strength>>& best_type_;
  const TextSet& not_names_;
  std::vector<FoundNames::Alias>& aliases_;
};

}  // namespace

void link_names(const NameCues& tokens, FoundNames& names) { NameLinker(tokens, names).run(); }

}  // namespace glaneur::extract
