// Tested through tests/extract/names_test.cc.
#include "extract/name_cues.h"

#include <algorithm>
#include <cctype>

#include <unicode/uchar.h>

#include "text/utf8.h"

namespace glaneur::extract {

using text::TokenKind;

namespace {

// "rue", "avenue", "salle": the head of a street's or a hall's name.
bool is_street_head(std::string_view folded) {
  static const TextSet kStreetHeads = {"rue", "avenue", "boulevard", "allee", "impasse", "chemin", "route", "quai", "square",
                                       "esplanade", "faubourg", "quartier", "salle", "lotissement", "residence"};
  return kStreetHeads.count(folded) > 0;
}

}  // namespace

// A person.

// "a", "était", "se", "ne": an auxiliary, a reflexive pronoun or a negation, what follows the
// subject of a clause ("le maire a renouvelé", "Louise était fière"); not "à" ("Marié à Jeanne").
bool NameCues::opens_a_predicate(size_t i) const {
  static const TextSet kAfterASubject = {"a", "est", "avait", "etait", "fut", "sera", "va", "doit", "peut", "fait", "se", "s'", "ne", "n'"};
  return kAfterASubject.count(folded(i)) && original(i) != "à";
}

// ", vice-président de…", ", directrice générale de…": a role in apposition after a name (not a
// civility: "Ému, M. Hervagault…"), or after a copula ("est vice-présidente").
// ", la présidente de…", ", son directeur…" (with a determiner): where the role starts, or 0.
// Not the subject of the next clause: "pour Maixe, le maire a renouvelé sa demande".
size_t NameCues::role_after(size_t end) const {
  // "Alexandrine Grillet est vice-présidente", "Luc Roy devient le trésorier": a role after a copula.
  static const TextSet kCopulas = {"est", "devient", "reste", "demeure", "etait", "sera"};
  const size_t size = doc_.tokens.size();
  if (end + 1 >= size) return 0;
  bool copula = kCopulas.count(folded(end)) > 0;
  if (folded(end) != "," && !copula) return 0;
  size_t from = end + 1;
  if (copula && written_as_a_participle(from)) return 0;  // "était jugé": folded, "juge" looks like a role
  std::string_view d = folded(from);
  bool determiner = d == "le" || d == "la" || d == "l'" || d == "son" || d == "sa" || d == "leur" || d == "notre";
  if (determiner && from + 1 < size) ++from;
  std::string scratch;
  for (size_t n = std::min(names_.longest_title, size - from); n >= 1; --n) {
    if (!names_.roles.count(joined_view(doc_, from, from + n, scratch))) continue;
    bool subject = determiner && from + n < size && opens_a_predicate(from + n);
    return subject ? 0 : from;
  }
  return 0;
}

bool NameCues::followed_by_nationality(size_t end) const {
  const size_t n = doc_.tokens.size();
  if (end + 3 >= n || folded(end) != ",") return false;
  std::string_view article = folded(end + 1);
  if (article != "l'" && article != "le" && article != "la") return false;
  size_t origin = end + 2;
  std::string_view close = folded(origin + 1);
  return starts_upper(origin) && is_demonym(folded(origin)) &&
         (close == "," || close == ".");
}

// "Marie Quéré, 54 ans,", "Maribel Montes, 22 ans n'ont", "Meziam Bahmed, un Bisontin de 23 ans":
// a person's age in apposition.
bool NameCues::followed_by_age(size_t end) const {
  const size_t n = doc_.tokens.size();
  auto age_at = [&](size_t k) { return k + 1 < n && doc_.tokens[k].kind == TokenKind::kNumber && folded(k + 1) == "ans"; };
  if (end + 2 >= n || folded(end) != ",") return false;
  std::string_view opening = folded(end + 1);
  if (opening == "un" || opening == "une" || opening == "age" || opening == "agee") {
    for (size_t k = end + 2; k < n && k < end + 6 && doc_.tokens[k].kind == TokenKind::kWord; ++k)
      if (folded(k) == "de" && age_at(k + 1)) return true;
    return false;
  }
  if (!age_at(end + 1)) return false;
  // "Maribel Montes, 22 ans n'ont guère…"; not "un couple de Commercy, 42 ans à eux deux", "l'orchestre
  // Dimension, 20 ans après".
  if (end + 3 >= n) return true;
  std::string_view after = folded(end + 3);
  return after == "," || after == ")" || after == "et" || after == "n'" || after == "ne" || after == ".";
}

bool NameCues::after_plural_civility(size_t begin) const {
  static const TextSet kPlural = {"mm.", "mm", "mmes", "mmes.", "messieurs", "mesdames", "docteurs", "drs"};
  return preceded_by(begin, kPlural, 2);
}

// "le gouvernement Barnier": the government is named after its head.
bool NameCues::government_of(size_t begin, size_t end) const {
  return end - begin == 1 && begin > 0 && folded(begin - 1) == "gouvernement";
}

// "les frères Chafni", "des sœurs Goadec": siblings by their family name; in lower case only ("Cheval
// Frères" is a firm, "les Sœurs Clarisses" an order).
bool NameCues::siblings_named(size_t begin, size_t end) const {
  if (end - begin != 1 || begin == 0 || starts_upper(begin - 1)) return false;
  std::string_view before = folded(begin - 1);
  return before == "freres" || before == "soeurs";
}

// ", chargé d'affaires, et d'Anita Bolot", " et de Milana Guilgaeva": after a father, his job maybe,
// then the mother; or a full stop under a heading of births ("Jessy Guilly de Jessica.").
bool NameCues::announces_a_birth(size_t end) const {
  const size_t n = doc_.tokens.size();
  // The parent is named by a first name, or a word no place's name is ("Zhebir"; not "Sarralbe").
  if (!first_name_of_a_list(end - 1) && starts_a_known_name(end - 1)) return false;
  constexpr size_t kLongestJob = 8;  // tokens
  for (size_t k = end; k + 3 < n && k < end + kLongestJob && in_same_sentence(end, k); ++k) {
    // The mother by her full name: "et de Milana Guilgaeva" (not "et de Metz").
    if (folded(k) == "et" && is_de(k + 1) && starts_upper(k + 2)) return first_name_of_a_list(k + 2) || starts_upper(k + 3);
    if (starts_upper(k)) return false;
  }
  if (end >= n || folded(end) != "." || !first_name_of_a_list(end - 1)) return false;
  return under_births_heading(end);
}

// A first name the dictionary or prenoms.tsv knows, whatever else the word is.
bool NameCues::first_name_of_a_list(size_t k) const { return is_first_name(k) || names_.first_names.count(folded(k)) > 0; }

// Whether token k stands in a list of births: "NAISSANCES", "Naissances :", "Les naissances" a few
// hundred tokens before (not "le nombre de naissances baisse").
bool NameCues::under_births_heading(size_t k) const {
  constexpr size_t kLongestList = 400;  // tokens from the heading
  for (size_t h = k; h > 0 && k - h < kLongestList; --h) {
    if (folded(h - 1) != "naissances" || (doc_.tokens[h].kind == TokenKind::kWord && !starts_upper(h))) continue;
    if (starts_upper(h - 1) || (h >= 2 && folded(h - 2) == "les" && starts_upper(h - 2) && sentence_start(h - 2))) return true;
  }
  return false;
}

// "Hadil, de Mohamed Ateib, étudiant et de Hania Youness.", "Ange, de Fabrice Wininger": in a
// list of births, the child's first name opening the sentence, then "de" and a parent named in
// full; where the child's name ends, or 0.
size_t NameCues::child_born_end(size_t begin, size_t run) const {
  const size_t n = doc_.tokens.size();
  if (run - begin != 1 || run + 3 >= n || !sentence_start(begin) || folded(run) != "," || !is_de(run + 1) ||
      !first_name_of_a_list(run + 2) || !starts_upper(run + 3))
    return 0;
  return under_births_heading(begin) ? run : 0;
}

// "Dusan Stévic", "Thanh Nguyen", "Jutta Kleinschmidt": two or three words written as names
// are (a capital, then small letters), none of them a common word, a head noun or the start of
// a known name; "De Freitas", "Da Silva", "Van Der Linden": particles may open the surname. Nothing
// else said of them, such words name a person far more often than an organisation, whose names
// carry a head noun, an acronym or a legal form.
bool NameCues::shaped_like_a_persons_name(size_t begin, size_t end) const {
  if (end - begin < 2 || end - begin > 3) return false;
  size_t particles = 0;  // "Van Der Linden": one or more open the surname
  for (size_t i = begin; i < end; ++i) {
    if (i == begin + particles && i + 1 < end && is_particle(i) && !is_determiner(i) && starts_upper(i) && !is_capitals(i)) {
      ++particles;
      continue;
    }
    if (i > begin && opens_with_an_arabic_article(i)) continue;  // "Bachar el-Assad"
    std::string_view s = original(i), f = folded(i);
    if (doc_.tokens[i].kind != TokenKind::kWord || !starts_upper(i) || is_capitals(i)) return false;
    size_t pos = 0;
    text::decode_utf8(s, pos);
    for (char32_t previous = 0; pos < s.size();) {
      char32_t cp = text::decode_utf8(s, pos);
      if (u_isupper(cp) && previous != '-') return false;  // "McDonald", "SNCF"; not "My-Lê"
      previous = cp;
    }
    if ((is_common_word(i) && !is_surname(i) && !is_first_name(i)) || is_org_head(i) ||
        names_.place_heads.count(f) || names_.legal_suffixes.count(f) || names_.gazetteer_starts.count(f) ||
        shaped_like_a_town(i))  // "Vesoul Noidans-le-Ferroux"
      return false;
  }
  return true;
}

// An organisation.

// "le groupe pharmaceutique français Synthelia", "l'enseigne de jardinerie Jardinova": an
// organisation head noun, then up to three adjectives or a "de" and a noun, before the name;
// "le lyonnais Vasculab", "l'américain Planet Labs": an adjective of origin after "le".
bool NameCues::described_before(size_t begin) const {
  size_t k = begin;
  for (int skipped = 0; skipped <= 3 && k > 1; ++skipped) {
    if (!starts_upper(k - 1) && is_org_head(k - 1)) return true;
    if (is_lowercase_adjective(k - 1)) {
      // Not in a match report, where "le toulonnais Mollinari" is a player.
      if (skipped == 0 && is_origin_adjective(k - 1) && !reports_a_team_match()) {
        std::string_view d = folded(k - 2);
        if (d == "le" || d == "l'" || d == "du" || d == "au") return true;
      }
      --k;
      continue;
    }
    if (k > 2 && is_de(k - 2) && !starts_upper(k - 1) && lexicon_.is_noun(folded(k - 1))) {
      k -= 2;
      continue;
    }
    break;
  }
  return false;
}

// "le centre Jean Moulin", "les lycées Jean-Baptiste Vuillaume": an article and a lower-case
// organisation head right before the name.
bool NameCues::head_with_article_before(size_t begin) const {
  if (begin < 2 || starts_upper(begin - 1) || !adjacent(begin - 1, begin) || !adjacent(begin - 2, begin - 1) || !is_org_head(begin - 1))
    return false;
  return is_definite_article(begin - 2) || folded(begin - 2) == "un" || folded(begin - 2) == "une";
}

// "lyonnais", "finlandais", "américain", "drômois", "allemand": where a company comes from.
bool NameCues::is_origin_adjective(size_t i) const {
  static const TextSet kNotOrigins = {"prochain", "lointain", "certain", "soudain", "humain", "mondain", "ancien",
                                      "quotidien", "moyen", "grand", "marchand", "gourmand", "vilain", "contemporain",
                                      "souverain", "prochains", "anciens", "mauvais", "epais", "frais", "niais"};
  std::string_view f = folded(i);
  if (f.size() < 6 || kNotOrigins.count(f)) return false;
  for (std::string_view suffix : {"ais", "ois", "ain", "ien", "and"})
    if (f.ends_with(suffix)) return true;
  return false;
}

// "dambenoise", "golbéen": a word no dictionary knows, shaped like the people of a town, right
// after a capitalised common noun or a sport: a local club or society is named so ("la Gaule
// dambenoise", "le club de judo dellois"); not a place ("le Val dunois", "le Pays riolais", "la
// Cité delloise").
bool NameCues::local_demonym(size_t i) const {
  static const TextSet kPlaces = {"val", "pays", "cite", "vallee", "plateau", "cote", "bassin", "canton", "ville", "region"};
  if (i >= doc_.tokens.size() || !adjacent(i - 1, i) || doc_.tokens[i].kind != TokenKind::kWord || starts_upper(i)) return false;
  if (kPlaces.count(folded(i - 1)) || names_.place_heads.count(folded(i - 1))) return false;
  std::string_view f = folded(i);
  if (f.size() < 6 || !std::isalpha(static_cast<unsigned char>(f[0])) || is_common_word(i) || lexicon_.is_adjective(f))
    return false;
  return has_demonym_ending(f, 2);
}

// "le club de karaté de Neufchâteau", "du club de tir de Liverdun", "le club de judo dellois": a
// club named by its sport and its town is one body; "le club de gymnastique" is a kind of one. The
// end of that name, or 0.
size_t NameCues::town_club_end(size_t i) const {
  const size_t n = doc_.tokens.size();
  if (i == 0 || folded(i) != "club" || starts_upper(i) || !is_definite_article(i - 1)) return 0;
  size_t sport_end = discipline_end(i + 1, true);
  if (sport_end == i + 1 || sport_end >= n) return 0;
  if (local_demonym(sport_end)) return sport_end + 1;
  size_t town = sport_end + 1;
  if (town < n && is_de(sport_end) && adjacent(sport_end, town) && (names_a_town(town) || is_known_place(town, town + 1)))
    return run_end(town);
  return 0;
}

// "Mediapro, le diffuseur qui…", "Boussac-Nomexy, autre entreprise historique", "Gefco, filiale
// de PSA": an organisation head noun in apposition after the name; not one more item of a list, a
// body named by its own name ("Jonvelle, la fromagerie de Selles"). "Manuval, confection, 77
// salariés": its staff.
bool NameCues::followed_by_description(size_t begin, size_t end) const {
  const size_t n = doc_.tokens.size();
  if (end + 2 >= n || folded(end) != ",") return false;
  // The staff right after the comma, or after what the body does and a comma; not a town's
  // ("les Tréfileries des Vosges, à Xertigny, 89 salariés").
  size_t staff = end + 1;
  while (staff < n && staff < end + 4 && doc_.tokens[staff].kind == TokenKind::kWord && !starts_upper(staff)) ++staff;
  if (staff > end + 1 && staff < n && folded(staff) == ",") ++staff;
  if ((staff == end + 1 || folded(staff - 1) == ",") && staff + 1 < n && doc_.tokens[staff].kind == TokenKind::kNumber &&
      (folded(staff + 1) == "salaries" || folded(staff + 1) == "employes"))
    return !is_known_place(begin, end) && !is_commune(begin);
  size_t head = end + 2;
  std::string_view d = folded(end + 1);
  if ((d == "un" || d == "une") && folded(head) == "autre") ++head;
  else if (d == "filiale") return true;  // "Gefco, filiale de PSA"
  else if (d != "le" && d != "la" && d != "l'" && d != "un" && d != "une" && d != "autre") return false;
  if (head >= n || starts_upper(head) || !is_org_head(head)) return false;
  size_t after = head + 1;
  bool named = after + 1 < doc_.tokens.size() && is_de(after) && starts_upper(after + 1);
  return !named;
}

// "des entreprises prometteuses comme Genvia, Kolibri", "de grands clubs comme Marseille, Monaco":
// a name listed after "comme" (or "dont") and a head noun of `heads`, a few words before; where the
// caller allows it, after a comma and a plural head ("deux sociétés ajôlaises, Queval et Hutin").
bool NameCues::listed_such_as(size_t begin, const TextSet& heads, bool after_a_comma) const {
  size_t k = begin;
  while (k >= 2 && (folded(k - 1) == "," || folded(k - 1) == "et") && starts_upper(k - 2)) k -= 2;  // the list's earlier items
  if (k < 2) return false;
  // After a comma: a plural head a few lower-case words before it, and two names or more ("les
  // cours, Marilyne et Paul": "cours" is no plural of "cour" there).
  auto another_item_after = [&] {
    for (size_t j = begin + 1; j + 1 < doc_.tokens.size() && j <= begin + 4 && starts_upper(j - 1); ++j)
      if ((folded(j) == "," || folded(j) == "et") && starts_upper(j + 1)) return true;
    return false;
  };
  bool comma = folded(k - 1) == ",";
  if (comma ? !(after_a_comma && (k < begin || another_item_after())) : folded(k - 1) != "comme" && folded(k - 1) != "dont")
    return false;
  for (size_t h = k - 1; h > 0 && k - h <= 3;) {
    --h;
    if (comma && (starts_upper(h) || doc_.tokens[h].kind != TokenKind::kWord)) return false;
    std::string f(folded(h));
    bool plural = f.size() > 1 && f.back() == 's';
    if (plural) f.pop_back();
    if (heads.count(f) && (!comma || (plural && f != "cour"))) return true;
  }
  return false;
}

// "le président d'Attac", "la directrice de Créatemps", "les salariés de Daewoo-Orion": those who
// lead or staff a body, then "de" and the name: the name is that body's. Not the roles of a town
// ("le maire de Duzey"), nor of a work or a person ("l'auteur de Germinal", "l'avocat de Brichon").
bool NameCues::led_or_staffed(size_t begin) const {
  if (begin < 2) return false;
  // "le directeur de la Connex": a name no dictionary knows may take its article; "la présidente de
  // l'Eperon": any capitalised word its elided one (not "le président de la République").
  size_t of = begin - 1;
  if (folded(of) == "la" && !starts_upper(of) && of >= 2 && !is_common_word(begin)) --of;
  else if (folded(of) == "l'" && !starts_upper(of) && of >= 2) --of;
  std::string_view de = folded(of);
  if (de != "de" && de != "d'" && de != "du") return false;
  // "le PDG de Districoupe": a cue in capitals is an abbreviation, not a name of its own.
  return (!starts_upper(of - 1) || is_acronym(of - 1)) && names_.leaders_and_staff.count(folded(of - 1)) > 0;
}

// "employé chez Parisot", "il travailla chez Thomas Harrison", "directeur sportif chez Jean
// Delatour", "travaillé aux Aciéries": a job, then "chez", "à la" or "aux" and a name: the name is
// the employer's, a firm's or a team's.
bool NameCues::works_at(size_t begin) const {
  if (begin < 2) return false;
  size_t at = begin - 1;  // the preposition
  std::string_view before = folded(at);
  if (before == "la" || before == "l'") {
    if (at == 0 || folded(at - 1) != "a") return false;
    --at;
  } else if (before != "chez" && before != "aux") {
    return false;
  }
  // Not a town ("ouvrier à La Courneuve") nor a place's people ("sa révérence aux Vosgiens").
  if (before != "chez" && (shaped_like_a_town(begin) || commune_with_its_article(begin) || is_demonym(folded(begin))))
    return false;
  constexpr size_t kFarthestJob = 5;  // tokens before the preposition
  if (at == 0) return false;
  for (size_t k = at - 1; k + kFarthestJob >= at; --k) {
    // "le secrétaire américain à la Défense", "ministre délégué à l'Industrie": a portfolio.
    if (names_.portfolio_titles.count(folded(k)) && before != "chez" && before != "aux") return false;
    if (names_.jobs.count(folded(k))) return true;
    if (k == 0 || !in_same_sentence(k - 1, begin) || doc_.tokens[k - 1].kind != TokenKind::kWord) return false;
  }
  return false;
}

// "PARIS, 15 (Havas). —": the news agency of a dispatch, after its place and day.
bool NameCues::dateline_agency(size_t begin) const {
  return begin >= 3 && begin + 1 < doc_.tokens.size() && folded(begin - 1) == "(" && folded(begin + 1) == ")" &&
         doc_.tokens[begin - 2].kind == TokenKind::kNumber && folded(begin - 3) == ",";
}

// "le club de l'Amitié", "le club des Dauphins": a society's name after its lower-case kind, "de"
// and an article; without one, "le club de Sancey", "le tennis club de Champagney" name the town.
bool NameCues::member_name_after_de(size_t begin) const {
  size_t k = begin;
  if (k > 0 && (folded(k - 1) == "l'" || folded(k - 1) == "la")) {
    --k;
    if (k == 0 || folded(k - 1) != "de") return false;
  } else if (k == 0 || (folded(k - 1) != "du" && folded(k - 1) != "des")) {
    return false;
  }
  return k >= 2 && !starts_upper(k - 2) && is_society_head(k - 2);
}

// « Les Chardons bleus », « La Gaule »: where a quoted name opens with its article (left out of the
// name), the quote before it; otherwise `begin`.
size_t NameCues::quoted_article_start(size_t begin) const {
  if (begin < 2 || !is_determiner(begin - 1) || !starts_upper(begin - 1)) return begin;
  std::string_view quote = original(begin - 2);
  return quote == "«" || quote == "\"" ? begin - 1 : begin;
}

bool NameCues::is_postal_box(size_t i) const {
  static const TextSet kPostalBoxLetters = {"bp", "cs", "cp", "co", "tsa"};
  if (i + 1 >= doc_.tokens.size() || !kPostalBoxLetters.count(folded(i))) return false;
  return doc_.tokens[i + 1].kind == TokenKind::kNumber ? folded(i + 1).size() >= 2 : folded(i + 1) == "n";
}

// "Enfance Maltraitée : tél. 08.10.27.69.12", "Info Allaitement 54 : tél.": a help line in a list
// of useful numbers, named by capitalised words (the run [begin, run), maybe its département);
// where its name ends, or 0. Not a service or a place ("Centre antipoison", "Musée Japy", "Taxis
// Nancy"), nor a person to call ("Marie Durand : tél.").
size_t NameCues::help_line_end(size_t begin, size_t run) const {
  const size_t n = doc_.tokens.size();
  size_t end = run < n && adjacent(run - 1, run) && is_department_number(run) ? run + 1 : run;
  if (run - begin < 2 || end + 1 >= n || folded(end) != ":" || folded(end + 1) != "tel") return 0;
  for (size_t k = begin; k < run; ++k)
    if (is_place_or_event_head(k) || is_org_head(k) || is_known_place(k, k + 1) || is_acronym(k)) return 0;
  if (is_first_name(begin) || shaped_like_a_persons_name(begin, run)) return 0;
  return end;
}

// "Harmonie municipale : répétition à 20 h", "Institut d'études religieuses : une conférence": an
// item of a list of the week's meetings, opened by a society's head in lower-case words (tetes_corps,
// or "club", "chorale") up to its colon; where its name ends, or 0. Not a service named by its kind
// ("Office de tourisme : ouvert"), nor a head alone ("Comité : …").
size_t NameCues::society_item_end(size_t begin) const {
  constexpr size_t kLongest = 8;  // tokens before the colon
  const size_t n = doc_.tokens.size();
  std::string_view head = folded(begin);
  if (!starts_upper(begin) || is_capitals(begin) || !sentence_start(begin) || head == "office" ||
      !(names_.body_heads.count(head) || head == "club" || head == "chorale"))
    return 0;
  size_t k = begin + 1;
  while (k < n && k - begin <= kLongest && (doc_.tokens[k].kind == TokenKind::kWord || folded(k) == "-")) ++k;
  return k > begin + 1 && k < n && folded(k) == ":" ? k : 0;
}

// "l'AJ 54", "le Codis 54", "l'ASPTT 25": the two digits of a département after a body's name; not
// a count ("l'AJ 54 joueurs"), a rank ("23e"), points in a table ("APM Metz 13 ;"), a post office
// box ("BP 25, 88026 Epinal", "70/133"), a street's number ("24, rue Racine") nor a day.
bool NameCues::is_department_number(size_t i) const {
  if (doc_.tokens[i].kind != TokenKind::kNumber) return false;
  std::string_view s = folded(i);
  if (s.size() != 2 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' || s == "00" || s > "95") return false;
  if (i > 0 && is_postal_box(i - 1)) return false;
  if (i + 1 >= doc_.tokens.size()) return true;
  const text::Token& next = doc_.tokens[i + 1];
  std::string_view after = folded(i + 1);
  // "Samedi 14 Juillet", "Les 24 et 25 janvier": days.
  // "(AJ 54)", "l'AJ 54, qui": a closing bracket or a comma may follow; a full stop after an
  // acronym's ("de la FOL 70."), not after a team's points ("24. Marienau 49.") or a decade's.
  bool closes = after == ")" || after == "," || (after == "." && i > 0 && is_acronym(i - 1));
  // "La Croix-Bleue 24, rue Racine", "Colinmaire 40 bis, rue de la Moselle": a street's number.
  if ((after == "," && i + 2 < doc_.tokens.size() && is_street_head(folded(i + 2))) || after == "bis" || after == "ter") return false;
  // "Toul 17 pts": points, which the dictionary does not abbreviate.
  if ((next.begin == doc_.tokens[i].end && !closes) || next.kind == TokenKind::kNumber || after == ";" || after == "/" || after == "et" ||
      after == "au" || after == "pts" || after == "pt" || (next.kind == TokenKind::kWord && starts_upper(i + 1)))
    return false;
  return !(next.kind == TokenKind::kWord && !starts_upper(i + 1) && lexicon_.is_noun(after));
}

// A place.

// "BEX. — Conseil communal", "RENENS — Société…", "FIGEAC, 3 mai", "LA BRESSE. _ Les…": a place
// in capitals opening a dispatch, then a dash (an underscore in some press) or its day.
bool NameCues::dateline_place(size_t begin, size_t end) const {
  bool after_article = begin > 0 && is_determiner(begin - 1) && is_capitals(begin - 1) && sentence_start(begin - 1);
  if (!sentence_start(begin) && !after_article) return false;
  for (size_t i = begin; i < end; ++i)
    if (!is_capitals(i)) return false;
  size_t k = end;
  bool stop = k < doc_.tokens.size() && (folded(k) == "." || folded(k) == ",");
  if (stop) ++k;
  if (k >= doc_.tokens.size()) return false;
  std::string_view next = original(k);
  // "ASNL - Valence menacé ?": a hyphen without a full stop before it is a title's match.
  return next == "—" || next == "–" || (next == "-" && stop) || next == "_" || doc_.tokens[k].kind == TokenKind::kNumber ||
         (folded(k) == "le" && k + 1 < doc_.tokens.size() && doc_.tokens[k + 1].kind == TokenKind::kNumber);
}

// "Homécourt Calme mental. _", "Audincourt Les 24 et 25 janvier": the town a local page's notice is
// from opens its line, before the notice's heading (which ends with ". _") or its date; the
// capitalised word after it is the heading's, not the town's ("Givry-en-Argonne Argonne Nature" is
// left as it is, and so is a line that is no notice: "Classic Val de Lorraine sur le départ").
bool NameCues::town_opening_a_heading(size_t begin, size_t end) const {
  const size_t n = doc_.tokens.size();
  if (begin + 1 >= n || is_capitals(begin + 1) || !names_a_town(begin)) return false;
  std::string_view text = doc_.view.text();
  size_t at = doc_.tokens[begin].begin;
  while (at > 0 && text[at - 1] == ' ') --at;
  if (at > 0 && text[at - 1] != '\n') return false;
  // "Les 24 et 25 janvier", "Du 16 janvier": the notice's date.
  if (is_determiner(begin + 1) || folded(begin + 1) == "du")
    return starts_upper(begin + 1) && begin + 2 < n && doc_.tokens[begin + 2].kind == TokenKind::kNumber;
  // "Calme retrouvé. _": the heading, in the run.
  if (end - begin < 2 || !is_common_word(begin + 1)) return false;
  constexpr size_t kLongestHeading = 8;  // tokens
  for (size_t k = begin + 2; k + 1 < n && k < begin + kLongestHeading; ++k)
    if (folded(k) == "." && original(k + 1) == "_") return true;
  return false;
}

// "Saint-Nicolas-de-Port", "Hannonville-sous-les-Côtes", "Épinal": a known place, or a compound
// name joined by "sur", "sous", "lès", "de"… or opened by "Saint-", as French towns are.
bool NameCues::shaped_like_a_town(size_t i) const {
  const NameResources::Entry* entry = nullptr;
  if (gazetteer_entry_at(i, &entry) == 1) return entry->type == "LOC";
  std::string_view f = folded(i);
  if (f.starts_with("saint-") || f.starts_with("sainte-")) return true;
  return joins_a_towns_name(f);
}

// "Ouhans", "Gérardmer": a commune's name (communes.tsv) no dictionary, first name or surname list
// knows. Weak: France's surnames are its villages' names too ("Thil", "Marcilly").
bool NameCues::names_a_commune(size_t i) const {
  return is_commune(i) && known_to_no_word_list(i);
}

// Whether no dictionary, first-name or surname list knows the word, nor is it an acronym: a name of
// its own ("Beaucourt", "Ouhans"; not "Etudes", "Lucie", "Moreau").
bool NameCues::known_to_no_word_list(size_t i) const {
  return !is_acronym(i) && !is_common_word(i) && !is_first_name(i) && !is_surname(i);
}

// "La Bresse", "Les Fourgs", "Le Val-d'Ajol": a commune whose name opens with its article, at the
// token after the article.
bool NameCues::commune_with_its_article(size_t i) const {
  return i > 0 && is_determiner(i - 1) && starts_upper(i - 1) && starts_upper(i) && names_.communes.count(join_tokens(doc_, i - 1, i + 1));
}

// The gazetteer's type ("LOC", "ORG") of what opens a capitalised word of parts joined by hyphens
// ("Nancy" of "Nancy-Laxou", "CGT" of "CGT-Cheminots"), or empty.
std::string_view NameCues::first_part_type(size_t i) const {
  std::string_view f = folded(i);
  size_t dash = f.find('-');
  if (dash == std::string_view::npos || !is_capitalised(i)) return {};
  auto it = names_.gazetteer.find(f.substr(0, dash));
  return it == names_.gazetteer.end() ? std::string_view() : std::string_view(it->second.type);
}

// "Nancy-Laxou", "Thionville-Yutz": a capitalised word of parts joined by hyphens, the first a
// place the gazetteer knows.
bool NameCues::joins_known_towns(size_t i) const { return !is_capitals(i) && first_part_type(i) == "LOC"; }

// "CGT-Cheminots", "UNSA-Éducation": a capitalised word of two parts joined by a hyphen, the first a
// body the gazetteer knows, the second a capitalised name of letters; not a fixture, the second a
// town or a known name ("ASNL-Valence", "Peugeot-Sochaux"), nor OCR ("Ùe-démocratie", "AFP-VC00").
bool NameCues::joins_a_known_body(size_t i) const {
  std::string_view f = folded(i);
  size_t dash = f.find('-');
  if (dash < 2 || dash == std::string_view::npos || f.find('-', dash + 1) != std::string_view::npos || first_part_type(i) != "ORG")
    return false;
  std::string_view second = f.substr(dash + 1);
  if (std::any_of(second.begin(), second.end(), [](char c) { return c >= '0' && c <= '9'; }) || names_.communes.count(second) ||
      names_.gazetteer.count(second))
    return false;
  // The second part as written (the view's dash may be the text's en dash): a capital opens it.
  const text::Token& t = doc_.tokens[i];
  size_t written = doc_.view.to_original_start(t.begin + dash + 1), at = 0;
  std::string_view second_written = doc_.view.original().substr(written, doc_.view.to_original_end(t.end) - written);
  return !second_written.empty() && u_isupper(text::decode_utf8(second_written, at));
}

// "Beaucourt", "Saint-Dié": a town by its shape or the gazetteer, or a capitalised word no
// word list knows.
bool NameCues::names_a_town(size_t i) const {
  if (shaped_like_a_town(i)) return true;
  return doc_.tokens[i].kind == TokenKind::kWord && is_capitalised(i) && known_to_no_word_list(i);
}

// "la commune d'Héricourt", "le maire de Maixe", "les habitants de Larians": a town, whatever its
// name is elsewhere a surname.
bool NameCues::town_named_after_de(size_t begin) const {
  if (begin < 2 || (folded(begin - 1) != "de" && folded(begin - 1) != "d'")) return false;
  return (!starts_upper(begin - 2) || sentence_start(begin - 2)) && names_.town_words.count(folded(begin - 2)) > 0;
}

// "rue Hermite", "rues Clairefontaine et…", "salle Plumet": a lower-case place head right before
// the name makes a street, a hall, a place of it, whoever it was named after.
bool NameCues::after_place_head(size_t begin) const {
  // "rue de la Libération", "salle des Avrils": the head's "de" and article, after the head of a
  // street or a hall ("le tour de Suzanne", "à la place de Louis Martin", "du côté d'EDF" name no
  // place), before no body ("la salle du Musée industriel").
  size_t k = begin;
  while (k > begin - std::min<size_t>(begin, 2) && (is_particle(k - 1) || folded(k - 1) == "l'") && adjacent(k - 1, k)) --k;
  if (k == 0 || doc_.tokens[k - 1].kind != TokenKind::kWord || starts_upper(k - 1) || !adjacent(k - 1, k)) return false;
  std::string head(folded(k - 1));
  if (k < begin) {
    if (head.size() > 3 && head.back() == 's' && !is_street_head(head)) head.pop_back();  // "les quartiers de X"
    return is_street_head(head) && !is_org_head(begin);
  }
  if (names_.place_heads.count(head)) return true;
  return head.size() > 3 && head.back() == 's' && names_.place_heads.count(head.substr(0, head.size() - 1));
}

// No name.

bool NameCues::in_quotes(size_t begin, size_t end) const {
  if (begin == 0 || end >= doc_.tokens.size() || doc_.tokens[end].kind != TokenKind::kPunctuation) return false;
  std::string_view open = original(begin - 1);
  return open == "«" || open == "\"" || open == "<" || open == "“";
}

// "R.D.", "J.-C.V.", "J-M. L.": initials alone on the last line, a correspondent's signature.
bool NameCues::initials_alone_on_line(size_t begin, size_t end) const {
  // A line of at most 12 characters: its ends are looked for no further (paragraphs are long).
  constexpr size_t kLongest = 12;
  std::string_view text = doc_.view.text();
  size_t from = doc_.tokens[begin].begin, to = doc_.tokens[end - 1].end;
  while (from > 0 && text[from - 1] != '\n' && to - from < kLongest) --from;
  while (to < text.size() && text[to] != '\n' && to - from < kLongest) ++to;
  bool line_start = from == 0 || text[from - 1] == '\n', line_end = to == text.size() || text[to] == '\n';
  std::string_view line = text.substr(from, to - from);
  return line_start && line_end && line.find('.') != std::string_view::npos &&
         std::all_of(line.begin(), line.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '.' || c == '-' || c == ' '; });
}

bool NameCues::all_caps_common_words(size_t begin, size_t end) const {
  for (size_t i = begin; i < end; ++i) {
    if (is_particle(i)) continue;
    std::string_view s = original(i);
    bool caps = std::none_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!caps || !is_common_word(i)) return false;
  }
  return end - begin >= 2 || is_common_word(begin);
}

}  // namespace glaneur::extract
