// Tested by tests/extract/names_test.cc and the seed article's gold (tests/corpus/seed_test.cc).
#include "extract/names.h"

#include <algorithm>
#include <iterator>

#include "extract/found_names.h"
#include "extract/name_cues.h"
#include "extract/name_graph.h"
#include "extract/name_linking.h"

namespace glaneur::extract {
namespace {

using text::Token;
using text::TokenKind;

// "St Dié", "la fête de St. Jean": a saint's name, a town's or a feast's, no person of the article.
const TextSet kSaints = {"st.", "ste.", "st", "ste", "saint", "sainte"};
// Heads that alone name no body the article speaks of: schools; a state's assembly or the state;
// "l'Union", the European one, a club or a paper.
const TextSet kNotBodiesAlone = {"ecole", "lycee", "college", "universite", "academie", "chambre", "confederation", "union"};

// The scan of an article: each run of capitalised words, bounded by NameSpans, gets a type from
// the gazetteer or from NameCues; name_linking.h and name_graph.h then take what was found.
class NameFinder : public NameCues {
 public:
  using NameCues::NameCues;

  void run() {
    const auto& tokens = doc_.tokens;
    std::vector<bool> taken(tokens.size(), false);
    mark_existing(taken);
    size_t i = 0;
    // A name a cue found whole, from `i` to `end` (0: none): proposed, and the scan goes on after it.
    auto found_whole = [&](size_t end, const char* type, const char* rule) {
      if (end == 0) return false;
      propose(type, i, end, kContext, rule);
      i = end;
      return true;
    };
    while (i < tokens.size()) {
      if (taken[i]) { ++i; continue; }
      if (found_whole(signature_end(i), "PER", "names.signature")) continue;  // "France NAUDIN", "DE DIEULEVEULT"
      const NameResources::Entry* known = nullptr;
      if (size_t end = quoted_name_end(i); end && gazetteer_entry_at(i, &known) != end - i) {
        // "le magasin « le Chamois »"; "le club des « Chardons bleus »": a lower-case article is no
        // part of it, a capitalised one is ("« Les joyeux vagabonds »", "le journal « Le Monde »").
        // Before the gazetteer: "l'association « Vosges itinérances »" is no place.
        size_t begin = is_determiner(i) && !starts_upper(i) && i + 1 < end ? i + 1 : i;
        propose("ORG", begin, end, kContext, "names.quoted_after_head");
        i = end;
        continue;
      }
      // "AFR, ASBM, « Rendez-vous à Bainville », OHS"
      if (found_whole(quoted_body_listed_end(i), "ORG", "names.listed")) continue;
      if (size_t n = gazetteer_match(i, taken)) { i += n; continue; }
      if (the_state(i)) { ++i; continue; }
      // "Mme de La Forest", "M. d'Aubigny", "Mme Le Bihan", "le comte de Taaffe": after a civility,
      // a particle or an article starts the surname.
      if (size_t end = particle_surname_end(i)) {
        i = std::max(end, classify(i, end));
        continue;
      }
      if (found_whole(dotted_acronym_end(i), "ORG", "names.dotted_acronym")) continue;  // "les C. F. F.", "l'A. E. G."
      if (found_whole(initial_and_name_end(i), "PER", "names.initial")) {
        last_person_end_ = i;
        continue;
      }
      // "la fédération française d'athlétisme"
      if (found_whole(lowercase_body_end(i), "ORG", "names.lowercase_body")) continue;
      if (found_whole(town_club_end(i), "ORG", "names.town_club")) continue;  // "le club de karaté de Neufchâteau"
      // "le restaurant Le Luth", "la compagnie Les Héliades", "l'association paroissiale L'Avenir":
      // after a body's head in lower case (and its adjective), a capitalised article opens the
      // body's own name; not a heading in capitals ("LE LUTH"; "L'" alone is in capitals).
      auto head_before = [&](size_t k) {
        return k > 0 && !starts_upper(k - 1) &&
               (is_org_head(k - 1) || (k > 1 && is_lowercase_adjective(k - 1) && !starts_upper(k - 2) && is_org_head(k - 2)));
      };
      if (is_determiner(i) && starts_upper(i) && head_before(i) && i + 1 < tokens.size() && adjacent(i, i + 1) &&
          is_capitalised(i + 1) && !is_capitals(i + 1)) {
        size_t end = run_end(i + 1);
        propose("ORG", i, end, kContext, "names.after_head");
        i = end;
        continue;
      }
      // "NYS S'IMPOSE A LIÉVIN": a verb after its reflexive pronoun, in a headline in capitals.
      if (!is_capitalised(i) || (i > 0 && folded(i - 1) == "s'" && adjacent(i - 1, i))) { ++i; continue; }
      // "La France", "Les Républicains": a determiner is not part of a name ("Le Monde", in the
      // gazetteer, was matched above).
      if (is_determiner(i) && i + 1 < tokens.size() && adjacent(i, i + 1)) { ++i; continue; }
      size_t run = run_end(i);
      // "l'US montbéliardaise", "l'AS héricourtoise": a club's letters, then its town's people.
      if (run == i + 1 && is_club_marker(i) && is_capitals(i) && local_demonym(run)) {
        propose("ORG", i, run + 1, kContext, "names.local_body");
        i = run + 1;
        continue;
      }
      if (found_whole(child_born_end(i, run), "PER", "names.birth")) {  // "Hadil, de Mohamed Ateib, étudiant"
        last_person_end_ = i;
        continue;
      }
      // "Harmonie municipale : répétition à 20 h"
      if (found_whole(society_item_end(i), "ORG", "names.society_item")) continue;
      // "Enfance Maltraitée : tél. 08.10.27.69.12"
      if (found_whole(help_line_end(i, run), "ORG", "names.help_line")) continue;
      // "FAIT DU JOUR", "GAZETTE DE LAUSANNE ET JOURNAL SUISSE": a heading in capitals, no name.
      if (heading_in_capitals(i, run)) { i = run; continue; }
      // "AHONEN GAGNE": the name alone, which the article names again below ("Janne Ahonen").
      if (size_t subject_end = headline_subject_end(i, run)) {
        classify(i, subject_end);
        i = run;
        continue;
      }
      size_t end = extend_institution(i, run);
      size_t begin = i;
      // "6. De Villiers-Maimon (AFS-Fra, Nissan)": after a rank, a capitalised particle opens the surname.
      auto particle_after_rank = [&](size_t k) { return end - k >= 2 && is_particle(k) && after_rank(k); };
      while (begin < end && ((sentence_initial_common(begin) && !particle_after_rank(begin)) || leading_grammatical_word(begin, end) ||
                             leading_demonym(begin, end)))
        ++begin;
      // "Selon Airbus, …", "Société des transports…": the words dropped opened the run; what is
      // left is read again on its own (a gazetteer entry, a run of its own).
      if (begin > i) {
        i = begin;
        continue;
      }
      // "Victoria Ce jour-là", "Pontarlier Le 26 janvier": a grammatical word or an article ending a
      // run began the next sentence. "Olympic Mont d'Or" keeps its "Or".
      while (end > begin + 1 && end == run && (leading_grammatical_word(end - 1, end) || is_determiner(end - 1)) && folded(end - 2) != "d'")
        run = --end;
      end = std::max(end, classify_split(begin, end));
      i = end;
    }
    link_names(*this, result_);
    add_names_to_graph(doc_, *this, result_);
  }

 private:
  // Tokens inside mentions the rules already found (dates, amounts) are not names.
  void mark_existing(std::vector<bool>& taken) {
    for (const graph::Mention& m : doc_.graph.mentions) {
      size_t ve = doc_.view.to_view(m.end);
      for (size_t t = first_token_at(doc_, static_cast<uint32_t>(doc_.view.to_view(m.begin)));
           t < doc_.tokens.size() && doc_.tokens[t].end <= ve; ++t)
        taken[t] = true;
    }
  }

  // "ACPG, ASBM, « Rendez-vous à Bainville », « Avancer ensemble »": a name in quotes listed right
  // after a body's is a body's too; where it ends (its closing quote), or 0.
  size_t quoted_body_listed_end(size_t i) const {
    if (i < 3 || !starts_upper(i) || original(i - 1) != "«" || folded(i - 2) != "," || result_.found.empty()) return 0;
    const FoundName& before = result_.found.back();
    size_t previous_end = original(i - 3) == "»" ? i - 3 : i - 2;
    if (before.type != "ORG" || before.end != previous_end) return 0;
    return closing_quote(i);
  }

  // The gazetteer entry at token i, added; how many tokens it took (0 for none).
  size_t gazetteer_match(size_t i, std::vector<bool>& taken) {
    const NameResources::Entry* entry = nullptr;
    size_t n = gazetteer_entry_at(i, &entry);
    if (n == 0) return 0;
    size_t end = i + n;
    const size_t size = doc_.tokens.size();
    // "Noël Gauthier", "Toussaint Alain": a feast that is also a first name, before a name.
    if (entry->type.empty() && n == 1 && is_first_name(i) && end < size && adjacent(i, end) && is_capitalised(end) &&
        !is_common_word(end))
      return 0;
    // "Poste restante :", "Carrefour hautement symbolique", "Fraudes à la carte": a body's short name that is a
    // common word, opening a sentence, is that word.
    if (entry->type == "ORG" && n == 1 && sentence_start(i) && is_common_word(i) && !is_org_head(i) && end < size &&
        doc_.tokens[end].kind == TokenKind::kWord && !starts_upper(end))
      return 0;
    if (entry->type == "LOC") {
      if (n == 1 && after_an_initial(i)) {
        propose("PER", i - 2, end, kContext, "names.initial");  // "E. Laval", "J. Nancy": a person's initial, then a town's name
        taken[i] = true;
        return n;
      }
      if (n == 1 && ranked(i, end)) {
        propose("PER", i, end, kContext, "names.ranked");  // "3. Calais (AJ 54)": a ranked person
        taken[i] = true;
        return n;
      }
      // "face à Istres", "Nancy - Metz 2-1", "recevra Le Havre", "2. Reims 6 pts", "Delle 1": a team (but
      // "l'université de Nancy 2" is the university, below; and the town in parentheses after a ranked
      // athlete, "1. Rausch (Nancy) 305 pts", is where the athlete's club is, a place).
      bool name_goes_on = end < size && adjacent(end - 1, end) && is_capitalised(end);  // "l'équipe de Nancy Haut du Lièvre"
      bool numbered = followed_by_team_number(end);
      const FoundName* before = result_.found.empty() ? nullptr : &result_.found.back();
      bool players_club = n == 1 && before && before->type == "PER" && club_after_player(before->begin, before->end, i, end);
      if (n <= 2 && (opponent(i, end) || players_club || in_score_line(i, end) || ranked_with_points(i, end) || after_teams_such_as(i) ||
                     (team_named_after_de(i) && !name_goes_on) || (numbered && institution_head_before(i) >= i))) {
        size_t team_end = numbered ? end + 1 : end;  // "Delle 1": the team keeps its number
        add("ORG", i, team_end, name_of(i, team_end), "names.opponent");
        std::fill(taken.begin() + i, taken.begin() + team_end, true);
        return team_end - i;
      }
      // "Bordeaux Métropole", "France Datacenter": a place opening a longer name is not the place.
      const NameResources::Entry* next = nullptr;
      if (end < size && adjacent(end - 1, end) && in_same_sentence(i, end) && is_capitalised(end) && !is_determiner(end) &&
          !case_changes(end - 1, end)) {
        size_t run = run_end(i);
        bool head = false;  // "Montpellier Méditerranée Métropole"
        for (size_t k = end; k < run && !head; ++k) head = is_org_head(k);
        // "explique à Nancy Jacques Nikonoff": a person's full name after the place.
        bool person_next = end + 1 < run && is_first_name(end);
        if (!person_next && (head || gazetteer_entry_at(end, &next) == 0)) return 0;
      }
      // "université de Strasbourg", "conseil départemental de la Gironde": the place names the institution.
      if (size_t head = institution_head_before(i); head < i) {
        size_t last = institution_end(end);
        propose_institution(head, last);
        for (size_t k = head; k < last; ++k) taken[k] = true;
        return last - i;
      }
    } else if (entry->type == "ORG") {
      // "rue de la Libération", but "la gare SNCF": a known body's acronym after a place's head runs it.
      if (after_place_head(i) && !(end - i == 1 && is_acronym(i))) {
        propose("LOC", i, end, kContext, "names.after_place_head");  // "rue de la Libération"
        for (size_t k = i; k < end; ++k) taken[k] = true;
        return n;
      }
      bool initial = after_an_initial(i);
      if (n == 1 && (preceded_by(i, names_.civilities, names_.longest_title) || listed_with_person(i) || initial ||
                     followed_by_match_minutes(end) || ranked(i, end))) {
        // "M. Michelin", "MM. Laguerre, Michelin et Laisant", "F. Roche (5e)", "1. Renault (Custines)": a
        // civility, an initial, the minute of a goal or a rank before a club makes a person of a company's name.
        propose("PER", initial ? i - 2 : i, end, kContext,
                initial ? "names.initial" : ranked(i, end) ? "names.ranked" : "names.title");
        taken[i] = true;
        return n;
      }
      // "Inserm Grand Est", "ARS Nouvelle-Aquitaine": an organisation and the region of its branch.
      const NameResources::Entry* place = nullptr;
      // "SLUC Nancy-Laxou": a club and its towns.
      bool may_go_on = end < size && adjacent(end - 1, end) && !(i > 0 && folded(i - 1) == "(");
      size_t m = may_go_on ? gazetteer_entry_at(end, &place) : 0;
      bool region = m > 0 ? place->type == "LOC" : may_go_on && in_same_sentence(i, end) && joins_known_towns(end);
      // The known body with what follows it, up to `last`: how many tokens it took.
      auto known_body_to = [&](size_t last) {
        for (size_t k = i; k < last; ++k) taken[k] = true;
        add("ORG", i, last, name_of(i, last), "names.gazetteer");
        return last - i;
      };
      if (region) return known_body_to(end + std::max<size_t>(m, 1));
      // "Crédit agricole de Franche-Comté", "Caisse d'épargne de Longuyon": a known body named in
      // words, then the place of its branch; not an acronym's ("la MJC de Cirey" is the MJC).
      if (size_t place_end = branch_place_end(end); place_end > end && !(n == 1 && is_acronym(i))) return known_body_to(place_end);
      // "Vinci Airports", "Airbus Helicopters": a known company's branch, named after it (not a
      // person's name after it: "l'ONU Kofi Annan"). "Peugeot Motocycles", "Accor Vacances": a
      // branch named by what it does, a noun right after the company's name.
      size_t branch = end;
      while (branch < size && branch - end < 2 && adjacent(branch - 1, branch) && in_same_sentence(i, branch) &&
             is_capitalised(branch) && !case_changes(branch - 1, branch) && is_alphabetic(branch) &&
             (!is_common_word(branch) || (branch == end && branch_noun(branch))) && !is_first_name(branch) &&
             !is_listed_first_name(branch) && gazetteer_entry_at(branch, &place) == 0)
        ++branch;
      // "la CGT 54": its branch in a département.
      if (branch == end && end < size && adjacent(end - 1, end) && is_department_number(end)) ++branch;
      if (branch > end) return known_body_to(branch);
    }
    if (!entry->type.empty()) add(entry->type, i, end, entry->name, "names.gazetteer");
    for (size_t k = i; k < end; ++k) taken[k] = true;
    return n;
  }

  // "Peugeot Motocycles a…", "Philips Eclairage comme…", "Peugeot Motocycles de Mandeure": a noun
  // naming a company's branch, right after the company; not a heading run into the text ("La
  // Poste Etude de faisabilité", "Restos du Cœur Foyer municipal", "L'Est Républicain Dimanche").
  bool branch_noun(size_t k) const {
    std::string noun(folded(k));
    if (is_capitals(k) || !lexicon_.is_noun(noun) || is_title_word(noun) || names_.weekdays.count(noun)) return false;
    if (k + 1 >= doc_.tokens.size() || !in_same_sentence(k, k + 1)) return true;
    if (is_capitalised(k + 1)) return false;
    if (is_de(k + 1)) return k + 2 < doc_.tokens.size() && (is_commune(k + 2) || is_known_place(k + 2, k + 3));
    return !lexicon_.is_adjective(folded(k + 1));
  }

  // "l'État", "de l'Etat": the State as an actor is an organisation; "d'État" (secrétaire d'État,
  // coup d'État) is not.
  bool the_state(size_t i) {
    if (folded(i) != "etat" || !starts_upper(i) || i == 0 || folded(i - 1) != "l'") return false;
    add("ORG", i, i + 1, "État", "names.state");
    return true;
  }

  // "l'Agence Presse Sud Valérie Ortolan": an organisation's name then a person's, with no comma
  // between, are two names; the person's starts with a first name.
  size_t classify_split(size_t begin, size_t end) {
    // "Eviter la Bourse Jacques Nikonoff suggère…": a heading run into its paragraph, a common
    // word then a person's full name; "l'Allemand Ronny Ackermann": where a person comes from;
    // not a head naming a place, a school or a prize after a person ("Gymnase Pierre de
    // Coubertin", "Lycée Jean Moulin", "Prix Albert Londres").
    if (end - begin >= 3 && is_common_word(begin) && !is_first_name(begin) && !is_org_head(begin) &&
        !names_.place_heads.count(folded(begin)) && !names_.other_heads.count(folded(begin)) &&
        !names_.institution_heads.count(folded(begin)) && !is_title_word(std::string(folded(begin))) &&
        ((is_first_name(begin + 1) && (!is_common_word(begin + 2) || is_particle(begin + 2))) ||
         (begin > 0 && is_determiner(begin - 1) && shaped_like_a_persons_name(begin + 1, end)))) {
      classify(begin, begin + 1);
      return classify(begin + 1, end);
    }
    // "« Dorénavant Adeline s'attache…»", "Heureusement Ivan a vu…": an adverb is no part of a name.
    if (end - begin == 2 && lexicon_.is_adverb(folded(begin)) && !is_first_name(begin) && is_first_name(begin + 1))
      return classify(begin + 1, end);
    // "le président du CDT Dominique Peduzzi", "le zoo d'Amnéville Jean Kiffer": an acronym or a
    // town, where the person works, then the full name.
    auto workplace = [&] {
      return (is_acronym(begin) && !is_common_word(begin + 2)) ||
             (end - begin == 3 && is_known_place(begin, begin + 1) && !is_common_word(begin) && !is_first_name(begin));
    };
    if (end - begin >= 3 && is_first_name(begin + 1) && workplace()) {
      classify(begin, begin + 1);
      return classify(begin + 1, end);
    }
    if (is_org_head(begin)) {
      for (size_t w = begin + 2; w + 1 < end; ++w) {
        std::string_view f = folded(w);
        const NameResources::Entry* entry = nullptr;
        if (starts_upper(w) && lexicon_.is_first_name(f) && !lexicon_.is_first_name(folded(w - 1)) && !is_particle(w - 1) &&
            gazetteer_entry_at(w, &entry) == 0) {
          classify(begin, w);
          return classify(w, end);
        }
      }
    }
    return classify(begin, end);
  }

  // Classifies the run [begin, end) and returns where it ended: later, when an institution's name
  // goes on past it ("ministère de l'Économie et des Finances").
  size_t classify(size_t begin, size_t end) {
    std::string first(folded(begin));
    bool in_parentheses = begin > 0 && end < doc_.tokens.size() && folded(begin - 1) == "(" && folded(end) == ")";
    if (in_parentheses && end - begin == 1 && names_.league_levels.count(first)) return end;  // "(PL)": a level, no body
    if (in_parentheses && end - begin == 1 && all_caps_common_words(begin, end)) {
      propose("", begin, end, kGuess, "names.unknown");  // "(CRE)", "(SUD)": maybe an acronym (link_aliases)
      return end;
    }
    // "ces 25 ans de Premier Magistrat": a title of several words, capitalised, names no one.
    if (end - begin >= 2 && names_.titles.count(join_tokens(doc_, begin, end))) return end;
    // "Lila Vaubourg de Pascal, chargé d'affaires, et d'Anita Bolot", "Jessy Guilly de Jessica.": a
    // birth, the child, then a parent by the first name.
    if (ends_with_de_and_a_word(begin, end, 4) && announces_a_birth(end)) {
      propose("PER", begin, split_off(end, "PER", "names.parent"), kContext, "names.birth");
      last_person_end_ = end;
      return end;
    }
    if (scorer(begin, end) || lineup_player(begin, end)) {
      propose("PER", surname_start(begin), end, kContext, "names.player_listed");  // "Les marqueurs : Corcieux : Goncalves 34"
      last_person_end_ = end;
      return end;
    }
    if (team_before_its_list(begin, end)) {
      propose("ORG", begin, end, kContext, "names.team_heading_a_list");
      return end;
    }
    // "Pharmacie de garde : Bellot à Vittel": the pharmacy, named after its owner, then maybe its
    // town; not "Pharmacie : Appeler le 03…", "Pharmacie : Marie Dupont a repris", sentences.
    auto sentence_goes_on = [&] {
      return end < doc_.tokens.size() && doc_.tokens[end].kind == TokenKind::kWord && !starts_upper(end) && original(end) != "à";
    };
    if (begin > 1 && folded(begin - 1) == ":" && preceded_by(begin - 1, names_.business_headings, names_.longest_cue) &&
        !sentence_goes_on()) {
      propose("ORG", begin, end, kContext, "names.business_on_duty");
      return end;
    }
    if (where_listed_person_lives(begin, end)) {
      propose("LOC", begin, end, kContext, "names.town_of_a_person");
      last_person_end_ = end;  // the list goes on after it
      return end;
    }
    // "le 8e RA", "du 1er RI", "la 1ère DFL", "le 13e DBLE": a military unit, its number in its
    // name ("RA" is no first name there, "de Commercy" where it is garrisoned); not a heading's word
    // in capitals ("2E SERIE", "9e FINALE") nor a school's class ("1ère STT1").
    if (is_capitals(begin) && original(begin).size() <= 6 && is_alphabetic(begin) && begin >= 2 &&
        doc_.tokens[begin - 2].kind == TokenKind::kNumber &&
        adjacent(begin - 2, begin - 1) && is_ordinal_suffix(folded(begin - 1)) &&
        !(first.size() > 3 && is_common_word(begin))) {
      propose("ORG", begin - 2, begin + 1, kContext, "names.military_unit");
      return end;
    }
    if (end - begin == 1 && is_capitals(begin) && listed_after(begin, "ORG")) {
      propose("ORG", begin, end, kContext, "names.listed");  // "la CGT, FO et SUD"
      return end;
    }
    // "SECTEUR DE ROUGEMONT-LE-CHATEAU, ROPPE, FONTAINE": a list of places in capitals; not an
    // acronym after a place of the text ("Besançon et Montbéliard, ADIL, MSA").
    if (end - begin == 1 && is_capitals(begin) && listed_after(begin, "LOC") && is_capitals(result_.found.back().end - 1)) {
      propose("LOC", begin, end, kGuess, "names.listed");
      return end;
    }
    // "Chazot VTT", "Remiremont VTT", "Audincourt tennis": a name with a sport after it, a club's.
    if (!opens_a_full_name(begin) && !in_parentheses &&
        (discipline_end(end) > end || (end - begin >= 2 && discipline_end(end - 1) == end && is_capitals(end - 1)))) {
      propose("ORG", begin, end, kContext, "names.club_section");
      return end;
    }
    if (acronym_after_article(begin)) {
      propose("ORG", begin, end, kContext, "names.acronym");  // "la SAUR", "de la SPA", "le CAP Rugby"
      return end;
    }
    // "COMMUNIQUÉ DE PRESSE", "ON OFFRE A VENDRE"; not "le fonds SPI", "la compagnie péruvienne TANS",
    // "la présidence d'IDEAL".
    if (all_caps_common_words(begin, end) &&
        !(end - begin == 1 && (after_org_head(begin) || led_or_staffed(begin))))
      return end;
    if (size_t head = institution_head_before(begin); head < begin) {
      end = institution_end(end);
      propose_institution(head, end);
      return end;
    }
    if (end - begin == 1 && is_acronym(begin) && begin > 0 && doc_.tokens[begin - 1].kind == TokenKind::kNumber) {
      result_.not_names.insert(join_tokens(doc_, begin, end));  // "36 MW", "1,1 GW": a unit
      return end;
    }
    if (initials_alone_on_line(begin, end)) return end;  // "R.D.", "J.-C.V.": the signature of a correspondent
    if (ranked_team(begin, end)) {
      propose("ORG", begin, end, kContext, "names.ranked_team");  // "4. Bac (2) ;"
      return end;
    }
    if (works_at(begin)) {
      propose("ORG", begin, end, kContext, "names.employer");  // "employé chez Parisot"
      return end;
    }
    if (in_parentheses_after_ranked(begin, end)) {
      if (is_known_place(begin, end)) {
        propose("LOC", begin, end, kContext, "names.town_of_ranked");  // "1. Houel (Vagney) 497 pts": where the club is
        return end;
      }
      if (end - begin == 1 && names_.country_codes.count(folded(begin))) {
        propose("LOC", begin, end, kContext, "names.country_of_ranked");  // "12. Vidal (Fra), 1'39''45": the athlete's country
        return end;
      }
      end = adjectives_end(end, 2);
      propose("ORG", begin, end, kContext, "names.club_of_ranked");  // "1. Rausch (ASPTT Nancy) 305 pts", "(Dojo vosgien)"
      return end;
    }
    // "US Turchet 1": a club's letters, its name and its number.
    bool one_name = end - begin == 1 && !is_first_name(begin) && !is_common_word(begin);
    if ((one_name || (end - begin >= 2 && is_club_marker(begin))) && followed_by_team_number(end)) {
      propose("ORG", begin, end + 1, kContext, "names.numbered_team");  // "Offemont 1 et l'ASDAM 3": its number in its name
      return end + 1;
    }
    if (followed_by_league_level(end)) {
      propose("ORG", begin, end, kContext, "names.league_level");  // "Valdoie (DHR)", "Pays Maîchois (DH)"
      return end;
    }
    if (after_place_head(begin)) {
      propose("LOC", begin, end, kContext, "names.after_place_head");  // "rue Hermite", "salle Jean-Moulin"
      return end;
    }
    if (dateline_place(begin, end)) {
      // "RENENS. —", "SAINT-MAIXENT, le 8 mai", "LA BRESSE. _" (its article in capitals is part of it).
      bool article = begin > 0 && is_determiner(begin - 1) && is_capitals(begin - 1) && adjacent(begin - 1, begin);
      propose("LOC", article ? begin - 1 : begin, end, kContext, "names.dateline");
      return end;
    }
    if (town_opening_a_heading(begin, end)) {
      propose("LOC", begin, begin + 1, kContext, "names.heading_place");
      return begin + 1;
    }
    if (end - begin == 1 && dateline_agency(begin)) {
      propose("ORG", begin, end, kContext, "names.dateline_agency");
      return end;
    }
    // "un futur citoyen de Saint-Vallier", "une famille de Foug": "de" and a known place after a
    // title, where one is from; not after a civility in capitals ("M. de Sainte-Marie") nor after
    // the title of a noble or an officer, which a name with its particle follows ("le marquis de
    // Vauban", "le duc de Saint-Simon": indices_noms.tsv, cue particule).
    if (end - begin == 2 && is_de(begin) && !starts_upper(begin) && is_known_place(begin + 1, end) && begin > 0 &&
        doc_.tokens[begin - 1].kind == TokenKind::kWord && !starts_upper(begin - 1) &&
        !names_.before_particle_name.count(folded(begin - 1))) {
      propose("LOC", begin + 1, end, kContext, "names.town_of_a_person");
      return end;
    }
    // "MESSIEURS Demi-finales :": a title written in capitals as a heading (longer than "MM." or
    // "MME"), then a noun, names no one; "MADAME Kerhervé" still names her.
    bool heading_before = begin > 0 && is_capitals(begin - 1) && original(begin - 1).size() > 3 && !is_capitals(begin) &&
                          (is_common_word(begin) || lexicon_.is_noun(folded(begin)));
    bool title = (preceded_by(begin, names_.titles, names_.longest_title) && !heading_before) || government_of(begin, end) ||
                 siblings_named(begin, end);
    bool speech = preceded_by(begin, names_.speech_verbs, 1);
    size_t role = role_after(end);
    // "l'Orchestre national de Lille, la comédienne …": a role after a body's name is someone else's.
    // "2. Algrange 19 ; 3. Magny 22": ranked with its points, a team in standings, not a scorer.
    // "Absent à Venissieux, le défenseur de l'USR…": after a place preposition, a role says the
    // word is a person's name only when it is a known surname ("remise à Durand, le président").
    // "l'industriel de Gondrecourt-le-Château, président du Pôle": after "de", a known place is where
    // someone is from.
    bool from_a_place = begin > 0 && is_de(begin - 1) && is_known_place(begin, end);
    // "Le Belfortain, âgé de 26 ans", "un Belfortain, membre du Secours populaire": a word alone
    // after an article is what the person is, not a name; where someone is from takes no role.
    bool alone_after_article = end - begin == 1 && begin > 0 && is_determiner(begin - 1);
    bool after_indefinite = end - begin == 1 && begin > 0 && (folded(begin - 1) == "un" || folded(begin - 1) == "une");
    bool demonym_after_article = (alone_after_article || after_indefinite) && is_demonym(first);
    bool role_apposed = role > 0 && !(begin > 0 && is_place_preposition(begin - 1) && !is_surname(begin)) && !from_a_place &&
                        !demonym_after_article;
    bool age_or_origin = (followed_by_age(end) || followed_by_nationality(end)) && !alone_after_article;
    // "les équipes de Baume-les-Dames (5e), Fronville…": a town ranked or listed is no scorer.
    bool town = end - begin == 1 && shaped_like_a_town(begin);
    // "Rueil (3e)" in "Nantes (15e) - Rueil (3e),": a team's place in the standings, not a minute.
    bool apposition = (role_apposed || age_or_origin || (followed_by_match_minutes(end) && !town && !in_score_line(begin, end)) ||
                       (followed_by_points(end) && !after_rank(begin))) &&
                      !is_org_head(begin);
    // "Pierre et Vacances": a common word after a person's name is no one's name, unless after
    // "Mmes" ("Mmes Parisse et Chalet").
    bool listed = listed_with_person(begin) && !town &&
                  (person_list_ || !(end - begin == 1 && is_common_word(begin) && !is_first_name(begin) && !is_surname(begin)));
    bool rank = ranked(begin, end);
    bool on_the_field = !is_org_head(begin) && player(begin, end);
    // "Brigitte Henry, née Projean", "Née Bodeving, le 17 août", "Marguerite Tixier née Guinemand":
    // a maiden name.
    bool maiden = begin >= 1 && folded(begin - 1) == "nee";
    // "Mireille épouse Chudzinski", "Marthe épouse Gaillot": a married name.
    bool married = begin >= 1 && folded(begin - 1) == "epouse";
    // "le Japonais Masuoka", "le Finlandais Vatanen": a name after where its bearer comes from.
    bool after_demonym = begin >= 1 && end - begin == 1 && starts_upper(begin - 1) && leading_demonym(begin - 1, end);
    bool first_name = false;
    for (size_t w = begin; w + 1 < end && !first_name; ++w) first_name = is_first_name(w);
    // A first name only prenoms.tsv knows, then a surname ("Guylène Le Gal", "Nicolo Fonte"): no
    // common word unless after a particle ("Durand Matériaux", "Memphis Bar"), nor a place's or a
    // body's name ("Cora Verdun", "Santiago du Chili"); and not after a body's head ("la fondation
    // genevoise Helvetia Klima"). So is a place's name that is a first name too ("Milan Rupic").
    auto surname_at_end = [&] {
      bool after_particle = end - begin == 3 && is_particle(end - 2);
      return !is_capitals(end - 1) && (!is_common_word(end - 1) || after_particle) && !starts_a_known_name(end - 1);
    };
    auto opens_with_a_listed_first_name = [&] {
      return (end - begin >= 2 && end - begin <= 3 && is_listed_first_name(begin)) ||
             (end - begin == 2 && names_.first_names.count(first) && is_known_place(begin, begin + 1) && !is_first_name(begin + 1));
    };
    first_name = first_name || (opens_with_a_listed_first_name() && surname_at_end() && !after_org_head(begin));
    // "avec Tom Cruise, Kathryn Morris, Colin Farrelle": after a person and a comma, a first name
    // that is a word too ("colin", a fish) opens a full name.
    bool after_a_person = last_person_end_ != kNoToken && begin == last_person_end_ + 1 && folded(last_person_end_) == ",";
    first_name = first_name || (after_a_person && end - begin == 2 && names_.first_names.count(first) && surname_at_end());
    // "Cuenot Pierre", "Huo Benoît": the surname first, as in results and lists, then a first name.
    first_name = first_name || (end - begin == 2 && is_first_name(begin + 1) && (!is_common_word(begin) || after_rank(begin)) &&
                                !is_acronym(begin) && !names_.gazetteer_starts.count(first));
    // "Colin Powell": a given name the dictionary does not know, then a well-known surname.
    first_name = first_name || (end - begin == 2 && names_.famous_surnames.count(folded(begin + 1)) && !is_acronym(begin) &&
                                !lexicon_.is_adjective(first) && !names_.gazetteer_starts.count(first));
    // "Lycée Jean Moulin", "Gymnase Pierre de Coubertin", "Prix Albert Londres": a head names a
    // body, a place or a prize after a person, who is no part of the text's people.
    // "les lycées Jean-Baptiste Vuillaume", "l'entreprise Pierre Durand": so does a head before it,
    // after its article (not "la secrétaire de mairie Sabine Leimbacher").
    // "Sarah Morrow Quintet", "Laurent Daniel SARL": a band or a firm named after a person.
    // "Valmont Securities", "Hanseo Energy": two words whose last is a company's word the dictionary
    // does not know (tetes_org.tsv's English words) name a firm, a first name before it or not.
    bool ends_with_a_firms_word = is_org_head(end - 1) && !is_common_word(end - 1);
    first_name = first_name && !is_org_head(begin) && !names_.place_heads.count(first) && !names_.other_heads.count(first) &&
                 !head_with_article_before(begin) &&
                 !(end - begin >= 3 && (is_org_head(end - 1) || names_.legal_suffixes.count(folded(end - 1)))) &&
                 !(end - begin == 2 && ends_with_a_firms_word);
    bool civility = preceded_by(begin, names_.civilities, names_.longest_title) && !heading_before;  // "M. MOTTA"
    if (((title || speech || apposition || first_name || listed || rank || maiden || married || after_demonym || on_the_field) &&
         !is_acronym(begin)) ||
        civility) {
      // "Joël Thomas de Saint-Nicolas-de-Port", "Marjorie Lock de Sarralbe": a town after a person's
      // full name (a first name, then a surname) says where she lives; not "Charles de Gaulle", nor
      // a surname the dictionary knows ("Valéry Giscard d'Estaing").
      size_t name_end = end;
      if (ends_with_de_and_a_word(begin, end, 4) &&
          (shaped_like_a_town(end - 1) || (is_first_name(begin) && !is_particle(end - 3) && !is_surname(end - 1) && !is_first_name(end - 1))))
        name_end = split_off(end, "LOC", "names.town_of_a_person");
      // "M. Giordano" is a person whatever "la boulangerie Giordano" is.
      propose("PER", begin, name_end, first_name || civility ? kLexicon : kContext,
              title        ? "names.title"
              : speech     ? "names.speech_verb"
              : apposition ? "names.apposition"
              : first_name ? "names.first_name"
              : listed     ? "names.listed"
              : maiden     ? "names.maiden_name"
              : married    ? "names.married_name"
              : rank       ? "names.ranked"
              : on_the_field ? "names.player"
                           : "names.after_demonym");
      if (role > 0) result_.roles.push_back({begin, role});
      last_person_end_ = end;
      person_list_ = listed ? person_list_ : after_plural_civility(begin);
    } else if ((begin > 0 && !starts_upper(begin - 1) && preceded_by(begin, names_.other_heads, 3)) ||
               (end - begin >= 2 && names_.other_heads.count(first))) {
      // "le plan France Relance", "le prix Nobel", "la Coupe de Lorraine": a plan, a law, a prize, an event.
      propose("", begin, end, kGuess, "names.other_head");
    } else if (end - begin >= 2 && (is_org_head(begin) || (is_org_head(end - 1) && !in_quotes(begin, end)))) {
      end = branch_place_end(end);  // "Opéra Théâtre de Nancy"
      propose("ORG", begin, end, kLexicon, "names.head");  // "Région Occitanie", "Nantes Métropole"
    } else if (after_org_head(quoted_article_start(begin)) || after_heads_such_as(begin) ||
               described_before(begin) || followed_by_description(begin, end) || member_name_after_de(begin) ||
               in_score_line(begin, end)) {
      // "l'entreprise Japy de Beaucourt", "la scierie Verdant de Ruhans": the town says where the
      // body is; the body's name ends before it.
      size_t name_end = end;
      if (ends_with_de_and_a_word(begin, end, 3) && names_a_town(end - 1) && !is_common_word(end - 3))
        name_end = split_off(end, "LOC", "names.town_of_a_body");
      propose("ORG", begin, name_end, kContext, "names.after_head");
    } else if (end - begin == 1 && team_named_after_de(begin)) {
      propose("ORG", begin, end, kContext, "names.opponent");  // "l'équipe de Ranspach"
    } else if (end - begin == 1 && town_named_after_de(begin)) {
      propose("LOC", begin, end, kContext, "names.town");  // "le maire de Maixe", "Secteur de PESMES"
    } else if (end - begin == 1 && is_acronym(begin) && begin > 0 && (original(begin - 1) == "A" || original(begin - 1) == "À")) {
      propose("LOC", begin, end, kContext, "names.place");  // "A TOUL - « Trois années… »": a town in capitals
    } else if (end - begin == 1 && is_acronym(begin) && !is_postal_box(begin)) {
      propose("ORG", begin, end, kContext, "names.acronym");
    } else if (end - begin == 1 && names_a_body_it_leads(begin) && led_or_staffed(begin)) {
      propose("ORG", begin, end, kContext, "names.led_or_staffed");  // "le président d'Attac"
    } else if (end - begin >= 2 && (names_.place_heads.count(first) ||
                                    (end - begin == 2 && names_.place_heads.count(folded(begin + 1)) && lexicon_.is_adjective(first)) ||
                                    (names_.place_epithets.count(first) && !is_org_head(begin + 1)))) {
      // "Place de la Comédie", "Rue de Lausanne", "Grande Rue", "Petite Croix", "Hauts de Belfort"
      propose("LOC", begin, end, kContext, "names.place_head");
    } else if (end - begin == 3 && is_de(begin + 1) && after_elided_article(begin) && !is_common_word(begin) && names_a_town(end - 1)) {
      // "l'Adef de Fougerolles": a body no dictionary knows, where it is.
      propose("ORG", begin, split_off(end, "LOC", "names.town_of_a_body"), kGuess, "names.after_article");
    } else if (end - begin == 3 && is_de(begin + 1) && !is_common_word(begin) &&
               !is_capitals(begin) && !first.starts_with("saint") &&  // "SCI de Bellefontaine", "Saint-Laurent de X"
               !is_common_word(begin + 2) && !names_.gazetteer_starts.count(folded(begin + 2))) {
      // "Pior de Mont", "Adapei de Pontarlier", "Partizan de Belgrade": a name, de, a name is a
      // person in old papers, more often a body or a place in today's press: a name only where
      // the article says more of it.
      propose("", begin, end, kGuess, "names.particle");
    } else if (end - begin == 1 && opponent(begin, end)) {
      propose("ORG", begin, end, kContext, "names.opponent");  // "face à Wasquehal": a team
    } else if (begin > 0 && is_place_preposition(begin - 1) &&
               !(end - begin == 1 && (names_.famous_surnames.count(first) || is_first_name(begin)))) {
      propose("LOC", begin, end, kGuess, "names.place");  // not "envoyé à Hitler", "à Agnès"
    } else if (end - begin == 1 && begin > 0 && is_definite_article(begin - 1) &&
               (names_.body_heads.count(first) || names_.institution_heads.count(first)) && !kNotBodiesAlone.count(first)) {
      // "avis transmis à la Ligue", "l'accord de la Préfecture": a body the article speaks of by its
      // capitalised head, with its adjectives ("l'Harmonie municipale", "le Cercle portois"): those
      // the dictionary tags so, or where a place's people come from (not "la Préfecture rappelle").
      size_t name_end = end;
      while (name_end < end + 2 && name_end < doc_.tokens.size() && adjacent(name_end - 1, name_end) && !starts_upper(name_end) &&
             (lexicon_.is_adjective(folded(name_end)) || local_demonym(name_end)))
        ++name_end;
      propose("ORG", begin, name_end, kContext, "names.body_by_its_head");
    } else if (end - begin == 1 && is_common_word(begin) && local_demonym(end)) {
      propose("ORG", begin, end + 1, kContext, "names.local_body");  // "la Gaule dambenoise", "le Cycle golbéen"
    } else if (end - begin == 1 && is_common_word(begin)) {
      // A capitalised common noun ("la Région", "l'Économie") names nothing new here, unless the
      // article or a list it stands in says more of it: "Schulte, Vatan, Richard, Vergnes et Bel";
      // a first name inside a sentence ("lorsque Marcel partit", "Marie a assumé"), or opening it
      // before a comma or another first name ("Julien, le seul garçon", "René et Odile"), is a
      // person, unless a saint ("la fête de St. Jean") or after a capitalised article ("les locaux de
      // La Madeleine": a place's or a house's name), and so is a well-known surname anywhere ("Poutine").
      bool after_capitalised_article = begin > 0 && is_definite_article(begin - 1) && starts_upper(begin - 1);
      if ((names_.famous_surnames.count(first) ||
           (is_first_name(begin) && !after_capitalised_article && (!sentence_start(begin) || first_name_opening_a_sentence(end)))) &&
          !preceded_by(begin, kSaints, 2))
        propose_person_alone(begin, end);
      else if (players_in_parentheses(begin))
        propose("PER", begin, end, kContext, "names.player");  // "(Chretien, Sekour)"
      else if (!sentence_start(begin)) propose("", begin, end, kGuess, "names.capitalised_common");
    } else if ((is_surname(begin) || is_first_name(begin)) && end - begin == 1) {
      propose_person_alone(begin, end);
    } else if (end - begin >= 2 && in_quotes(begin, end)) {
      // « Petit Parisien », « Jobs d'hiver »: a title in quotes (a newspaper, a programme, a
      // work) and nothing else said of it: no organisation.
      propose("", begin, end, kGuess, "names.quoted_title");
    } else if (end - begin == 2 && kSaints.count(first) && !original(begin).ends_with("é")) {  // not "Sté", société
      propose("LOC", begin, end, kGuess, "names.saint");  // "St Dié", "Saint Quentin": a town written apart
    } else if (followed_by_a_time(end)) {
      propose("LOC", begin, end, kGuess, "names.stop");  // "Epinal Loge Blanche à 12 h 20 ;": a bus stop
    } else if (shaped_like_a_persons_name(begin, end)) {
      propose("PER", begin, end, kGuess, "names.person_shape");  // "Dusan Stévic", "Thanh Nguyen"
    } else if (end - begin >= 3 && first.ends_with('s') && is_demonym(first) && !is_first_name(begin) && is_de(begin + 1)) {
      // "les Suisses de Berne", "les Slovènes de Ljubljana": a side named by its people and town;
      // "les Turcs de Denizlispor", "les Allemands d'EnBW": by its people and its own name.
      if (is_known_place(begin + 2, end) || is_commune(begin + 2)) propose("", begin, end, kGuess, "names.people_of_a_place");
      else propose("ORG", begin + 2, end, kGuess, "names.capitalised");
    } else if (end - begin >= 2) {
      end = branch_place_end(end);  // "Presses Universitaires de France", "Habitat Développement Local du Doubs"
      propose("ORG", begin, end, kGuess, "names.capitalised");
    } else {
      // One unknown capitalised word: a surname, a place, a brand, OCR noise. It is a name only
      // where the article gives it a type elsewhere (one sense per article). Shaped like a town
      // ("Rouvres-en-Woëvre"), it is a place: a list of towns is no list of people or bodies.
      // Ranked ("3. Haironville ;"), it is a team where the article ranks teams (name_linking.h).
      // "le Talintés-Club": a compound ending with a head.
      if (shaped_like_a_town(begin)) propose("LOC", begin, end, kGuess, "names.town_shape");
      else if (is_org_head(begin) && original(begin).find('-') != std::string_view::npos)
        propose("ORG", begin, end, kContext, "names.head");
      else if (is_club_compound(begin))
        propose("ORG", begin, end, kContext, "names.club_section");  // "Pompey-Philatélie"
      else if (joins_a_known_body(begin))
        propose("ORG", begin, end, kContext, "names.compound_body");  // "CGT-Cheminots"
      else if (after_elided_article(begin) && !is_origin_adjective(begin) && !compound_of_a_word(begin))
        propose("ORG", begin, end, kGuess, "names.after_article");  // "de l'Udaf", "l'Adapei"
      else if (end < doc_.tokens.size() && !starts_upper(end) && names_.after_surname.count(folded(end)))
        propose("PER", begin, end, kContext, "names.family");  // "Goelzer père et fils", "Dumas fils"
      else if (players_in_parentheses(begin))
        propose("PER", begin, end, kContext, "names.player");  // "(Dufresne, Oliseh, Moreau, Hadji)"
      else if (athlete_with_club(begin, end))
        propose("PER", begin, end, kContext, "names.athlete");  // "- 65 kg : Henry (Cos Villers) ;"
      else if (begin > 0 && names_.before_business.count(folded(begin - 1)))
        propose("ORG", begin, end, kGuess, "names.business");  // "chez Jardiland", "chez Rabobank": mostly a firm or shop
      else if (!after_rank(begin) && names_a_commune(begin))
        propose("", begin, end, kGuess, "names.commune");  // "Ouhans": a team where the article reports a match (town_as_team, name_linking.cc)
      else propose("", begin, end, kGuess, after_rank(begin) ? "names.ranked_unknown" : "names.unknown");
    }
    return end;
  }

  // Whether the name [begin, end) ends with "de" or "d'" and one word, and is at least `words` long.
  bool ends_with_de_and_a_word(size_t begin, size_t end, size_t words) const {
    return end >= begin + words && is_de(end - 2);
  }

  // The word that ends a name after "de" (a town: "… de Sarralbe"; a parent: "… de Pascal") is a
  // name of its own; returns where the name before "de" ends.
  size_t split_off(size_t end, const char* type, const char* rule) {
    propose(type, end - 1, end, kContext, rule);
    return end - 2;
  }

  // What "le président de X" may name a body by: a word no dictionary knows ("Attac"), or a common
  // word capitalised inside a sentence ("Fracas") that is no head of its own; not a first name, a
  // town, a league ("en tête du National") or a well-known surname ("le président de Gaulle").
  bool names_a_body_it_leads(size_t i) const {
    std::string_view f = folded(i);
    if (is_first_name(i) || shaped_like_a_town(i) || names_.league_levels.count(f) || names_.famous_surnames.count(f)) return false;
    return !is_common_word(i) ||
           (!sentence_start(i) && !is_org_head(i) && !names_.body_heads.count(f) && !names_.institution_heads.count(f));
  }

  // "de l'Udaf", "l'Adapei": a word no dictionary knows, not even as a place ("du Caire"), after
  // an elided definite article: a person's name takes none. After "le", "du", "au" such a word is
  // a place far more often ("du Thillot", "au Struthof", "le Spitzberg": 14 of 20 on the samples
  // AK-AL and development ones), as after "la" ("la Moselotte"); not a word ending in "e", for the
  // same reason ("l'Aroffe"); not a road ("l'A31").
  bool after_elided_article(size_t begin) const {
    if (begin == 0 || starts_upper(begin - 1) || folded(begin - 1) != "l'" || lexicon_.is_noun(folded(begin))) return false;
    std::string_view f = folded(begin);
    return f.size() >= 3 && std::none_of(f.begin(), f.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
           f.find_first_of("aeiouy") != std::string_view::npos && !f.ends_with('e');
  }
  // "Julien, le seul garçon…", "René et Odile trouvèrent…": what makes a first name that is also
  // a word ("julien", "rêne") a person's when it opens a sentence.
  bool first_name_opening_a_sentence(size_t end) const {
    const size_t n = doc_.tokens.size();
    if (end >= n) return false;
    if (folded(end) == ",") return end + 1 < n && !is_capitalised(end + 1);
    // "Louise était très fière", "Rose s'installe", "Jacques dit tout en ignorer": the subject of a
    // predicate or of a verb of speech (verbes_parole.tsv).
    if ((opens_a_predicate(end) || names_.speech_verbs.count(folded(end))) && adjacent(end - 1, end)) return true;
    return folded(end) == "et" && end + 1 < n && is_first_name(end + 1);
  }

  // "F. Roche": one capital and its dot right before the name; not a title ("M. Renault").
  bool after_an_initial(size_t i) const {
    return follows_an_initial(i) && original(i - 2).size() == 1 && !names_.titles.count(std::string(folded(i - 2)) + ".");
  }

  // "à 12 h 20", "à 9 h": where and when a bus stops, a meeting starts.
  bool followed_by_a_time(size_t end) const {
    const size_t n = doc_.tokens.size();
    return end + 2 < n && folded(end) == "a" && doc_.tokens[end + 1].kind == TokenKind::kNumber && folded(end + 2) == "h";
  }

  // "le Haut-Doubs", "au Pré-Poncet": a word of the language opening a compound, a place's name.
  bool compound_of_a_word(size_t i) const {
    std::string_view f = folded(i);
    size_t dash = f.find('-');
    return dash != std::string_view::npos && lexicon_.is_common_word(f.substr(0, dash));
  }

  // "la CGT, FO et SUD", "de la CGT et de SUD": listed right after an organisation (a place).
  bool listed_after(size_t begin, std::string_view type) const {
    if (result_.found.empty() || result_.found.back().type != type || result_.found.back().end >= begin || begin - result_.found.back().end > 3) return false;
    for (size_t k = result_.found.back().end; k < begin; ++k) {
      std::string_view f = folded(k);
      if (f != "," && f != "et" && f != "de" && f != "d'" && f != "ou") return false;
    }
    return true;
  }

  // "université de Strasbourg", "la caisse primaire d'assurance maladie de Montbéliard": the whole
  // name, not the body its lower-case words were first read as.
  void propose_institution(size_t head, size_t end) {
    std::erase_if(result_.found, [&](const FoundName& f) { return f.begin >= head && f.end <= end; });
    propose("ORG", head, end, kContext, "names.institution");
  }

  // A first name or a surname alone, a person; a name listed after it is one too ("Aurélie et
  // Charmelle Peignier": two sisters).
  void propose_person_alone(size_t begin, size_t end) {
    propose("PER", begin, end, kGuess, "names.surname");
    last_person_end_ = end;
  }

  // "MM. Bertoni, Micheli et Tissières", "Ruth Dreifuss, Kaspar Villiger et Pascal Couchepin": a
  // name listed right after a person's, after "MM." or in an enumeration that ends with "et".
  bool listed_with_person(size_t begin) const {
    if (last_person_end_ == kNoToken || begin != last_person_end_ + 1) return false;
    std::string_view sep = folded(last_person_end_);
    if (sep == "et") return true;
    // "MM. Besse ; Gagelin et Lambert"; not where the last one lives ("MM. David Baldi, Goumois ;").
    if (person_list_ && (sep == "," || sep == ";")) return !where_listed_person_lives(begin, begin + 1);
    if (sep != ",") return false;
    // An enumeration: more capitalised names separated by commas, then "et" and one more.
    for (size_t k = begin; k < doc_.tokens.size() && k - begin < 16 && in_same_sentence(begin, k); ++k) {
      std::string_view f = folded(k);
      if (f == "et") return k + 1 < doc_.tokens.size() && is_capitalised(k + 1);
      if (f != "," && !is_capitalised(k) && !is_particle(k)) return false;
    }
    return false;
  }

  // "MM. et Mmes Gagelin, de Clerval ; Enard, de Roche-lès-Clerval", "MM. David Baldi, Goumois ;":
  // in a list of people after "MM.", where the last one lives, right after the name and a comma
  // (a known place that is no surname, or after "de" a word shaped like a town).
  bool where_listed_person_lives(size_t begin, size_t end) const {
    if (!person_list_ || last_person_end_ == kNoToken || folded(last_person_end_) != ",") return false;
    if (begin == last_person_end_ + 1) return !is_surname(begin) && is_known_place(begin, end);
    return begin == last_person_end_ + 2 && is_de(begin - 1) &&
           (is_known_place(begin, end) || (end - begin == 1 && names_a_town(begin)));
  }

  void propose(const std::string& type, size_t begin, size_t end, Strength strength, const char* rule) {
    // A legal form alone names no body: "est devenue une SARL", "le gérant de la SARL « … »" (but
    // "le SAS", "la SPA" are a club's and a society's letters).
    static const TextSet kOnlyLegalForms = {"sarl", "eurl", "sasu", "sa", "gmbh"};
    if (type == "ORG" && end - begin == 1 && kOnlyLegalForms.count(folded(begin))) return;
    // "Hydrolux SAS": the legal form is in the span, not in the name; "Hydrolux" alone elsewhere is it.
    size_t name_end = end;
    if (type == "ORG" && end - begin >= 2 && names_.legal_suffixes.count(folded(end - 1))) name_end = end - 1;
    // "l'AJ 54", "le Codis 54": a body of a département, named with its number.
    if (type == "ORG" && end < doc_.tokens.size() && adjacent(end - 1, end) && is_department_number(end)) name_end = ++end;
    // "COB tennis", "District Meuse de football": a club's section, a league, keeps its sport.
    if (type == "ORG" && name_end == end) name_end = end = discipline_end(end, true);
    result_.found.push_back({type, begin, end, name_of(begin, name_end), rule});
    if (type.empty()) return;  // an unknown gives no type to vote for
    // "Essert 1": the town alone elsewhere in the report is that team too.
    size_t team_end = type == "ORG" && end - begin >= 2 && is_team_number(end - 1) ? end - 1 : name_end;
    const size_t key_ends[] = {end, name_end, team_end};
    for (size_t k = 0; k < std::size(key_ends); ++k) {
      if (std::find(key_ends, key_ends + k, key_ends[k]) != key_ends + k) continue;  // each key voted for once
      auto& best = result_.best_type[join_tokens(doc_, begin, key_ends[k])];
      if (best.first.empty() || strength > best.second) best = {type, strength};
    }
  }

  void add(const std::string& type, size_t begin, size_t end, std::string name, const char* rule) {
    result_.found.push_back({type, begin, end, std::move(name), rule});
  }

  FoundNames result_;
  size_t last_person_end_ = kNoToken;  // the token after the last person's name classified, or after where that person lives
  bool person_list_ = false;        // that name came after "MM.": the names after it are people too
};

}  // namespace

void extract_names(Document& doc, const NameResources& names) { NameFinder(doc, names).run(); }

}  // namespace glaneur::extract
