// Tested through tests/extract/names_test.cc.
#include "extract/name_spans.h"

#include "extract/word_list_fr.h"

namespace glaneur::extract {

using text::TokenKind;

// "Kellogg PARIS", "LAUSANNE On": from a word in lower case to one in capitals, or from a place
// or a common word in capitals to a word in lower case, a name ends (a heading, a dateline, a
// missing full stop); "CCI Occitanie", "EDF Renouvelables" go on.
bool NameSpans::case_changes(size_t a, size_t b) const {
  bool caps_a = is_capitals(a) && original(a).size() >= 3, caps_b = is_capitals(b) && original(b).size() >= 3;
  // Not "Hydrolux SAS", nor a signature's "Serge LACROIX" (a first name, then the surname in capitals),
  // nor a body's capitalised head and its acronym ("Entente RBC", "Groupe PSA").
  if (!caps_a && caps_b)
    return !names_.legal_suffixes.count(folded(b)) && !is_first_name(a) && !(is_org_head(a) && starts_upper(a) && is_acronym(b));
  // "SECTEUR DE VALDAHON Médecin :", "Jacques VINCENT Assemblée de…": a word in capitals that is
  // no acronym ends a heading or a signature; "CCI Occitanie", "ASPTT Metz" go on.
  if (caps_a && !caps_b) {
    const NameResources::Entry* entry = nullptr;
    if (acronym_after_article(a)) return false;  // "le COS Villers", "le CAP Rugby"
    // "VICTOIRE DE SMIGUN Ski de fond. L'Estonienne…": a brief's rubric after its heading, a word
    // in capitals before it too (not "pour ASPTT Tennis.").
    if (a > 0 && starts_upper(a - 1) && is_rubric(b)) return true;
    return is_common_word(a) || !is_acronym(a) || (gazetteer_entry_at(a, &entry) == 1 && entry->type == "LOC");
  }
  return false;
}

// "la SAUR", "de la SPA": one word of three to six capitals after an article in lower case (or
// opening the sentence): an acronym inside a sentence, whatever word it also spells.
bool NameSpans::acronym_after_article(size_t i) const {
  std::string_view s = original(i);
  if (i == 0 || !is_capitals(i) || s.size() < 3 || s.size() > 6 || !is_alphabetic(i) || is_capitals(i - 1)) return false;
  if (starts_upper(i - 1) && !sentence_start(i - 1)) return false;  // "La SAUR a purgé…" opens a sentence
  return is_definite_article(i - 1);
}

// "C. F. F.", "A. E. G.": three or more capital letters each with its full stop, and no name
// after them (that would be a person's initials); the end, its last full stop included, or 0.
size_t NameSpans::dotted_acronym_end(size_t i) const {
  const size_t n = doc_.tokens.size();
  size_t k = i, letters = 0;
  while (k + 1 < n && doc_.tokens[k].kind == TokenKind::kWord && (case_of(k) & kUpper) && (case_of(k) & kOneLetter) &&
         folded(k + 1) == "." && doc_.tokens[k].end == doc_.tokens[k + 1].begin) {
    k += 2;
    ++letters;
  }
  if (letters < 3 || (i > 0 && doc_.tokens[i - 1].end == doc_.tokens[i].begin)) return 0;
  if (k < n && doc_.tokens[k].kind == TokenKind::kWord && starts_upper(k) && !lexicon_.is_grammatical(folded(k))) return 0;
  return k;
}

// "Le Goff", "La Forest": a capitalised article opens a surname when a capitalised word follows it.
bool NameSpans::article_opens_surname(size_t i) const {
  return i + 1 < doc_.tokens.size() && is_determiner(i) && starts_upper(i) && !is_capitals(i) && adjacent(i, i + 1) &&
         is_capitalised(i + 1) && !is_determiner(i + 1);
}

// "B. Viguerie", "Em. Alatthey", "Ch. Bastide": an initial or an abbreviated first name, its full
// stop, then a capitalised name: a person, the initial included. The end of the name, or 0.
size_t NameSpans::initial_and_name_end(size_t i) const {
  const size_t n = doc_.tokens.size();
  if (i + 1 >= n || doc_.tokens[i].kind != TokenKind::kWord) return 0;
  std::string_view s = original(i);
  // "J-P Lamotte", "J-B. Matter": two initials joined by a hyphen, the dot left out or not.
  if (s.size() == 3 && is_initial(i)) {
    size_t name = folded(i + 1) == "." && i + 2 < n ? i + 2 : i + 1;
    if (!adjacent(name - 1, name) && name == i + 1) return 0;
    bool article = article_opens_surname(name);  // "A-C. Le Bihan"
    bool surname = is_capitalised(name) && !is_capitals(name) && (article || (!is_determiner(name) && !lexicon_.is_grammatical(folded(name))));
    // Joined initials and their full stop ("J-P. Folio") end no sentence, whatever word the name is.
    bool dotted = name == i + 2;
    return surname && (dotted || in_same_sentence(i, name) || !is_common_word(article ? name + 1 : name)) ? run_end(name) : 0;
  }
  if (i + 2 >= n || folded(i + 1) != "." || !adjacent(i, i + 1)) return 0;
  size_t pos = 0;
  char32_t first = text::decode_utf8(s, pos);
  if (!u_isupper(first) || s.size() > 3) return 0;
  std::string_view f = folded(i);
  if (f == "st" || f == "ste" || f == "mt" || f == "new" || f == "ft") return 0;  // "St. Jean", "New. York"
  for (size_t p = pos; p < s.size();) {
    if (!u_islower(text::decode_utf8(s, p))) return 0;
  }
  size_t name = i + 2;
  // "J.-F. Gallot", "M.-C. Chevillard": two initials joined by a hyphen, each with its full stop;
  // "M." is then Marie or Michel, no title.
  bool two_initials = name + 3 < n && folded(name) == "-" && (case_of(name + 1) & kUpper) && (case_of(name + 1) & kOneLetter) &&
                      folded(name + 2) == "." && adjacent(name - 1, name) && adjacent(name, name + 1) && adjacent(name + 1, name + 2);
  if (two_initials) name += 3;
  if (!two_initials && (names_.titles.count(std::string(folded(i)) + ".") || names_.titles.count(folded(i)))) return 0;  // "M.", "Dr."
  if (i > 0 && doc_.tokens[i - 1].end == doc_.tokens[i].begin) return 0;  // inside a word: "S.A."
  bool article_of_a_surname = article_opens_surname(name) && in_same_sentence(i, name + 1);  // "B. Le Goff"
  if (!is_capitalised(name) || (!article_of_a_surname && (is_determiner(name) || lexicon_.is_grammatical(folded(name))))) return 0;
  // "par P. Millet", "M. P. Millet": the initial goes on a sentence, so the name after its dot
  // does not open one, whatever word it also is.
  bool inside = i > 0 && in_same_sentence(i - 1, i) &&
                ((doc_.tokens[i - 1].kind == TokenKind::kWord && !starts_upper(i - 1)) || folded(i - 1) == ".");
  if (!in_same_sentence(i, name) && !inside && is_common_word(name)) return 0;
  const NameResources::Entry* entry = nullptr;
  if (gazetteer_entry_at(name, &entry) > 0) return 0;
  return run_end(name);
}

namespace {
const TextSet kPrepositionsBetweenItems = {"par", "pour", "avec", "dans", "chez", "vers", "selon", "contre", "depuis", "pendant", "entre"};
}  // namespace

// The end of a run of capitalised words starting at i, with particles inside ("Marie-Hélène de
// La Forest") but not at its end.
size_t NameSpans::run_end(size_t i) const {
  size_t end = i + 1;
  while (end < doc_.tokens.size() && in_same_sentence(i, end)) {
    if (is_capitalised(end) && adjacent(end - 1, end)) {
      // "Lectures de Victor-Hugo Par Jean-Michel Potiron", "Galerie Montagnon Lundi 14 h-19 h": in an
      // agenda's lines without stops, a capitalised preposition or weekday opens the next item.
      if (case_changes(end - 1, end) || kPrepositionsBetweenItems.count(folded(end)) || names_.weekdays.count(folded(end))) break;
      ++end;
      continue;
    }
    // "Thérèse Maire", "Christophe Maréchal": a title after a first name, ending the run, is the surname.
    if (adjacent(end - 1, end) && is_first_name(end - 1) && doc_.tokens[end].kind == TokenKind::kWord && starts_upper(end) &&
        !is_capitals(end) && names_.titles.count(folded(end)) &&
        !names_.titles.count(std::string(folded(end)) + ".") &&  // "Dr.", "Me."
        (end + 1 >= doc_.tokens.size() || !adjacent(end, end + 1) || !is_capitalised(end + 1))) {
      ++end;
      break;
    }
    // "Emmanuel L'Huillier", "Jean D'Ormesson": a capitalised elided article opens the surname.
    if (end + 1 < doc_.tokens.size() && (folded(end) == "l'" || folded(end) == "d'") && starts_upper(end) && is_first_name(end - 1) &&
        adjacent(end - 1, end) && adjacent(end, end + 1) && is_capitalised(end + 1)) {
      end += 2;
      continue;
    }
    // "Farouk al-Chareh", "Sabah al-Ahmad al-Sabah": a surname opened by an Arabic article.
    if (adjacent(end - 1, end) && opens_with_an_arabic_article(end)) { ++end; continue; }
    // "Georges V", "Louis XIV": a first name and its number.
    if (adjacent(end - 1, end) && is_roman_numeral(end) && is_first_name(end - 1)) { ++end; continue; }
    // "George W. Bush", "John F. Kennedy": a first name, a middle initial, the surname.
    if (end + 2 < doc_.tokens.size() && is_first_name(end - 1) && adjacent(end - 1, end) && (case_of(end) & kUpper) &&
        (case_of(end) & kOneLetter) && folded(end + 1) == "." && adjacent(end, end + 1) && adjacent(end + 1, end + 2) &&
        is_capitalised(end + 2) && in_same_sentence(end, end + 2)) {
      end += 3;
      continue;
    }
    size_t k = end;
    while (k < doc_.tokens.size() && (is_particle(k) || (k > end && folded(k) == "l'")) && adjacent(k - 1, k)) ++k;
    // "Marie-Hélène de La Forest", "Université de Strasbourg"; not "l'Innovation et de la
    // Réindustrialisation de la Région": capitalised common nouns do not reach over "de".
    bool names_something = names_.org_heads.count(folded(i)) > 0;
    for (size_t w = i; w < end && !names_something; ++w)
      names_something = !is_particle(w) && (!is_common_word(w) || lexicon_.is_first_name(folded(w)) ||
                                            is_surname(w));
    // "Hospices de Beaune", "Chantiers de l'Atlantique", "Ville d'Arles": capitalised inside a
    // sentence, a plural common noun, or one before a name or a known place, is a name's head.
    if (!names_something && end == i + 1 && k > end && k < doc_.tokens.size() && is_capitalised(k) &&
        !sentence_start(i) && !names_.place_heads.count(folded(i))) {
      std::string_view head = folded(i), next = folded(k);
      names_something = (head.size() > 4 && (head.back() == 's' || head.back() == 'x')) ||
                        !is_common_word(k) || names_.gazetteer_starts.count(next);
    }
    // "le fonds SPI de Bpifrance": a known organisation after "de" is another one; "Mme Petitjean
    // de la SPA": a word in capitals, too, after anything but a head.
    const NameResources::Entry* entry = nullptr;
    if (names_something && k > end && k < doc_.tokens.size() && is_capitals(k) && !is_org_head(i)) break;
    // "Maison de Paul Zebert": after a body's head, "de" and a person's full name say whose it is.
    if (k > end && is_org_head(i) && opens_a_full_name(k)) break;
    if (names_something && k > end && k < doc_.tokens.size() && gazetteer_entry_at(k, &entry) > 0 && entry->type == "ORG")
      break;
    // "le site Seveso de la Coopérative agricole", "Philippe Marchand de la Maison Marchand": a
    // body's head after "de" and an article opens another name; not after an acronym, a head or an
    // event ("AAPPMA du Centre Meuse", "Coupe de la Ligue"), nor in a compound ("Trait d'Union").
    bool with_article = k > end + 1 || folded(end) == "du" || folded(end) == "des";
    if (with_article && k < doc_.tokens.size() && starts_upper(k) && is_org_head(k) && !is_org_head(i) && !is_capitals(i) &&
        !is_place_or_event_head(i))
      break;
    if (names_something && k > end && k < doc_.tokens.size() && is_capitalised(k) && adjacent(k - 1, k)) {
      end = k + 1;
      continue;
    }
    break;
  }
  return end;
}

// "Conseil fédéral", "Agence spatiale européenne", "Autorité de la concurrence", "Ville d'Arles",
// "Institut de thérapie génique du Rhin", "Société des Forces motrices de l'Avançon": a run opened
// by a capitalised organisation head goes on with lower-case adjectives and complements ("de",
// "du", "des", "d'", "de la", "de l'" and a noun with its adjectives, or a capitalised name); "et"
// joins two adjectives or two complements ("universitaires et scolaires", "et des Finances").
size_t NameSpans::extend_institution(size_t begin, size_t end) const {
  if (!is_org_head(begin) || !starts_upper(begin)) return end;
  bool has_complement = false;  // "Université de Strasbourg"
  for (size_t k = begin + 1; k < end && !has_complement; ++k) has_complement = is_particle(k) || folded(k) == "l'";
  size_t k = institution_end(end, has_complement);
  // "Association pour la promotion de Maîche", "Collectif national contre l'enfouissement…": what
  // the body is for, or against, right after a head that names a cause and its adjectives (after a
  // complement, "pour" says what the body does: "l'Association des anciens combattants pour les frais").
  const size_t n = doc_.tokens.size();
  if (k + 1 < n && !has_complement && k == adjectives_end(end, 3) && names_.heads_of_a_cause.count(folded(begin)) &&
      (folded(k) == "pour" || folded(k) == "contre") && adjacent(k - 1, k)) {
    size_t j = k + 1;
    if (j + 1 < n && is_determiner(j) && adjacent(j, j + 1)) ++j;
    if (names_a_thing(j) && in_same_sentence(k, j)) k = institution_end(j + 1, true);
  }
  return k;
}

// "de Franche-Comté", "du Doubs", "de Longuyon" right after a body's name that ends at `end`: where
// the place of its branch ends (a place the gazetteer knows, or a commune of France that is neither a
// common word nor a first name: not "le Crédit agricole de Pierre"), or `end` when none follows.
size_t NameSpans::branch_place_end(size_t end) const {
  const size_t n = doc_.tokens.size();
  if (end + 1 >= n || !adjacent(end - 1, end) || !in_same_sentence(end - 1, end)) return end;
  std::string_view de = folded(end);
  if (de != "de" && de != "du" && de != "d'") return end;
  size_t k = end + 1;
  if (de == "de" && k + 1 < n && (folded(k) == "la" || folded(k) == "l'")) ++k;
  if (!adjacent(k - 1, k) || !starts_upper(k)) return end;
  const NameResources::Entry* place = nullptr;
  if (size_t words = gazetteer_entry_at(k, &place); words > 0) return place->type == "LOC" ? k + words : end;
  return is_commune(k) && !is_first_name(k) ? k + 1 : end;
}

// Where an institution's name that has reached `end` ends, with its adjectives and complements.
// "et" joins a complement to another one, not to the head ("la Confédération et des cantons").
size_t NameSpans::institution_end(size_t end, bool has_complement) const {
  size_t k = adjectives_end(end, 3);
  for (int complements = 0; complements < 4; ++complements) {
    size_t next = complement_end(k, has_complement || complements > 0);
    if (next == k) break;
    k = next;
  }
  // "Agence de l'eau Rhône Méditerranée Corse": known places right after a lower-case complement
  // name the branch.
  if (k > end && !starts_upper(k - 1)) {
    const NameResources::Entry* place = nullptr;
    size_t before_places = k;
    for (int places = 0; places < 3 && k < doc_.tokens.size() && adjacent(k - 1, k); ++places) {
      size_t n = gazetteer_entry_at(k, &place);
      if (n == 0 || place->type != "LOC") break;
      k += n;
    }
    if (k > before_places) k = joined_name_end(k);
  }
  // "Union locale CFDT", "Union départementale FO": a union's branch, its confederation's acronym
  // after the lower-case words.
  if (k > 0 && k < doc_.tokens.size() && !starts_upper(k - 1) && adjacent(k - 1, k) && is_acronym(k)) return k + 1;
  return own_name_end(k);
}

// "Centre hospitalier Jean-Minjoz", "Communauté de communes « La Saône Jolie »": after the
// lower-case words of a body that end at k, the name of its own, capitalised or in quotes; not a
// person's ("Groupe médical Pierre Martin"). Where it ends (k when there is none).
size_t NameSpans::own_name_end(size_t k) const {
  if (k == 0 || k >= doc_.tokens.size() || starts_upper(k - 1) || !adjacent(k - 1, k) || !in_same_sentence(k - 1, k)) return k;
  if (original(k) == "«") {
    size_t close = k + 1 < doc_.tokens.size() ? closing_quote(k + 1) : 0;
    return close ? close + 1 : k;
  }
  if (!is_capitalised(k) || is_first_name(k)) return k;
  return joined_name_end(run_end(k));
}

// "Communauté de communes Moselle et Madon": a body's own name may join two names with "et".
size_t NameSpans::joined_name_end(size_t end) const {
  if (end + 1 < doc_.tokens.size() && folded(end) == "et" && adjacent(end - 1, end) && adjacent(end, end + 1) &&
      is_capitalised(end + 1) && !is_first_name(end + 1) && in_same_sentence(end, end + 1))
    return run_end(end + 1);
  return end;
}

// After up to `most` lower-case adjectives from k, and one more joined by "et".
size_t NameSpans::adjectives_end(size_t k, size_t most, bool by_ending_only) const {
  const size_t n = doc_.tokens.size();
  auto adjective = [&](size_t i) { return by_ending_only ? has_adjective_ending(i) : is_lowercase_adjective(i); };
  size_t start = k;
  while (k < n && k - start < most && adjacent(k - 1, k) && adjective(k)) ++k;
  if (k > start && k + 1 < n && folded(k) == "et" && adjacent(k - 1, k) && adjacent(k, k + 1) && adjective(k + 1)) k += 2;
  return k;
}

// The end of one complement of an organisation's name starting at k ("de la concurrence", "d'Arles",
// "du contrôle", "et des Finances"), or k when there is none.
size_t NameSpans::complement_end(size_t k, bool may_join) const {
  const size_t n = doc_.tokens.size();
  size_t j = k;
  // "et des Finances"; ", des Finances et de la Souveraineté industrielle" (a portfolio is capitalised).
  bool joined = j < n && j > 0 && (folded(j) == "et" || folded(j) == ",");
  if (joined && !may_join) return k;
  bool comma = joined && folded(j) == ",";
  if (joined) ++j;
  if (j >= n || j == 0 || (!comma && !adjacent(j - 1, j))) return k;
  std::string_view f = folded(j);
  if (f != "de" && f != "du" && f != "des" && f != "d'") return k;
  ++j;
  if (j < n && f == "de" && (folded(j) == "la" || folded(j) == "l'") && adjacent(j - 1, j)) ++j;
  // "Communauté de communes des 3 cantons", "syndicat des 4 vallées", "des 3 Vallées": a count
  // before the noun.
  if (j + 1 < n && f == "des" && doc_.tokens[j].kind == TokenKind::kNumber && folded(j).size() <= 2 && adjacent(j - 1, j) &&
      (starts_upper(j + 1) || names_a_thing(j + 1)))
    ++j;
  if (j >= n || !adjacent(j - 1, j) || doc_.tokens[j].kind != TokenKind::kWord || !in_same_sentence(k, j)) return k;
  if (starts_upper(j)) {
    // "la Région Occitanie et du Département de l'Hérault": another organisation.
    // "la chambre des enfants de M. et Mme Perry": a title, or a civility and its stop, opens a
    // person's name, not a body's.
    if (names_.titles.count(folded(j)) || civility_and_its_stop(j) || (joined && is_org_head(j))) return k;
    // "Radio Bleu d'Evelyne Adam": a person's full name says whose programme or work it is.
    if (opens_a_full_name(j)) return k;
    // "de la Souveraineté industrielle et énergétique"; not a verb the dictionary also knows as an
    // adjective ("l'office de tourisme de La Bresse informe"): after a name, an adjective by its
    // ending only.
    return adjectives_end(run_end(j), 1, true);
  }
  if (comma) return k;
  // "la Caisse d'allocations familiales et du conseil général": another body.
  if (joined && (is_org_head(j) || names_.institution_heads.count(folded(j)))) return k;
  // A noun, and maybe a second one ("des commerçants et artisans").
  if (!names_a_thing(j)) return k;
  size_t end = adjectives_end(j + 1, 2);
  if (end + 1 < n && folded(end) == "et" && adjacent(end - 1, end) && adjacent(end, end + 1) && names_a_thing(end + 1))
    end = adjectives_end(end + 2, 2);
  return end;
}

// A lower-case noun, or a word no dictionary knows ("Association des fabophiles français").
bool NameSpans::names_a_thing(size_t i) const {
  std::string_view noun = folded(i);
  return doc_.tokens[i].kind == TokenKind::kWord && !starts_upper(i) &&
         (lexicon_.is_noun(noun) || (!is_common_word(i) && !lexicon_.is_grammatical(noun)));
}

bool NameSpans::sentence_initial_common(size_t i) const {
  if (!sentence_start(i)) return false;
  // "3. Faucheur (Ludres) 507 pts", "7. Debouche Romain": a ranked name and its club or first
  // name, whatever word the name also is; not "9. Exonération (élèves…)".
  if (i >= 2 && folded(i - 1) == "." && doc_.tokens[i - 2].kind == TokenKind::kNumber && i + 2 < doc_.tokens.size() &&
      ((folded(i + 1) == "(" && starts_upper(i + 2)) || (is_first_name(i + 1) && adjacent(i, i + 1))))
    return false;
  std::string f(folded(i));
  if (names_.gazetteer.count(f) || lexicon_.is_first_name(f) || names_.famous_surnames.count(f)) return false;
  // "Henry Lemoine, président…": a first name given in France, and a surname, that is a word too
  // ("henry", a unit), before a surname that is no common word and no known place.
  if (names_.first_names.count(f) && is_surname(i) && i + 1 < doc_.tokens.size() && adjacent(i, i + 1) && is_capitalised(i + 1) &&
      !is_capitals(i + 1) && !is_common_word(i + 1) && !starts_a_known_name(i + 1))
    return false;
  // "Région Réunion : …", "Calanque Data SAS a…": a head noun before a name, or a name with its
  // legal form, opening the sentence.
  if (i + 1 < doc_.tokens.size() && adjacent(i, i + 1) && is_capitalised(i + 1)) {
    std::string_view next = folded(i + 1);
    if (is_org_head(i) && (!is_common_word(i + 1) || names_.gazetteer_starts.count(next))) return false;
    if (names_.place_heads.count(f)) return false;  // "Rue Gambetta : …"
    if (is_club_marker(i) && is_capitals(i)) return false;  // "3. US Sochaux ;": not "us", "as"
    size_t end = run_end(i);
    if (end - i >= 3 && names_.legal_suffixes.count(folded(end - 1))) return false;
  }
  // "Hôpital de Brabois…", "Association des Paralysés de France…", "Communauté de l'agglomération
  // belfortaine :": a head noun opening a name with its complement.
  if (is_org_head(i) && (run_end(i) > i + 1 || body_name_end(i + 1) > 0)) return false;
  if (is_common_word(i) || is_title_word(f)) return true;
  // "Contactez Pierre Durand", "Rappelons", "Née Schmitt", "Serrant Christa contre lui": the verb
  // forms that open sentences, imperatives and participles, which fr.dic lists only as their
  // infinitive; not a surname that is also a word ("Fontaine"), nor a name that happens to be a
  // rarer verb form ("Mecha Bazdarevic": "mécha", a simple past).
  std::string_view o = original(i);
  if (shaped_like_an_opening_verb(o) && !is_surname(i) && french_word_list().contains(o)) return true;
  // "Rassurez-vous", "Allons-y": an imperative and its pronoun.
  for (std::string_view pronoun : {"-vous", "-nous", "-moi", "-toi", "-y"})
    if (o.size() > pronoun.size() + 2 && o.ends_with(pronoun)) return french_word_list().contains(o.substr(0, o.size() - pronoun.size()));
  return false;
}

// "Mme de La Forest", "M. d'Aubigny-Ferrat", "Mme Le Bihan", "le comte de Taaffe": after a
// civility, a particle or an article opens the surname; the end of that name, or 0.
size_t NameSpans::particle_surname_end(size_t i) const {
  const size_t n = doc_.tokens.size();
  std::string_view f = folded(i);
  if (f != "de" && f != "d'" && f != "du" && f != "le" && f != "la") return 0;
  size_t k = i + 1;
  while (k < n && k - i < 3 && is_particle(k) && adjacent(k - 1, k)) ++k;  // "de La"
  if (k >= n || !adjacent(k - 1, k) || !is_capitalised(k)) return 0;
  // "la grande famille du FC Sochaux": a club's letters open a body's name, not a surname.
  if (is_club_marker(k)) return 0;
  // "époux de Marie Legrand": "de" and a full name say whose spouse, not a surname.
  if (is_first_name(k) && k + 1 < n && adjacent(k, k + 1) && is_capitalised(k + 1)) return 0;
  // "Mme le Principal", "Madame la Directrice": a title, in words, after a lower-case article; not
  // "Mme Le Bihan", "M. Le Blanc".
  if ((f == "le" || f == "la") && !starts_upper(i) && run_end(k) == k + 1 && is_common_word(k) && !is_surname(k)) return 0;
  if (i == 0 || !preceded_by(i, names_.civilities, names_.longest_title)) return 0;
  return run_end(k);
}

// "France NAUDIN", "Krystel BABLEE", "DE DIEULEVEULT": a line of two or three words, the last a
// surname in capitals, the first a first name or a particle: the signature of the article's
// writer (whatever "France" is elsewhere); not a heading ("LES RÉSULTATS", "Dernière MINUTE").
// The end of the line, or 0.
size_t NameSpans::signature_end(size_t i) const {
  std::string_view text = doc_.view.text();
  const auto& tokens = doc_.tokens;
  if ((tokens[i].begin > 0 && text[tokens[i].begin - 1] != '\n') || tokens[i].kind != TokenKind::kWord || !starts_upper(i))
    return 0;
  size_t last = i + 1;
  while (last < tokens.size() && last - i < 3 && adjacent(last - 1, last) && tokens[last].kind == TokenKind::kWord &&
         !(is_capitals(last) && original(last).size() >= 3))
    ++last;
  if (last >= tokens.size() || last - i > 2 || !adjacent(last - 1, last) || tokens[last].kind != TokenKind::kWord ||
      !is_capitals(last) || original(last).size() < 3 || (last + 1 < tokens.size() && text[tokens[last].end] != '\n'))
    return 0;
  // A first name the dictionary does not know ("Krystel") or knows as a place ("France") signs
  // only the article's last line.
  std::string_view first = folded(i);
  bool unknown = names_.gazetteer_starts.count(first) || (!is_common_word(i) && !lexicon_.is_grammatical(first));
  bool opens = is_first_name(i) || (is_particle(i) && !is_determiner(i)) || (last + 1 == tokens.size() && unknown && !is_capitals(i));
  return opens && (!is_common_word(last) || is_surname(last)) ? last + 1 : 0;
}

// "le magasin « Mieux vivre »", "la boutique « Un homme et une femme »": a name in quotes after a
// lower-case organisation head (and what it does: "le cabinet d'architecture « Itinéraires »"),
// lower-case words and all; or after those who lead or staff a body, or a person's name, and "de"
// ("patron de « Meubles et sièges »", "directeur du « Scottish Ballet »", "Julien de « L'île »"), or
// "pour" ("Gilles Lamy pour « Sports et Loisirs »").
// `i` is the first token inside the quotes; returns where the name ends (the closing quote), or 0.
size_t NameSpans::quoted_name_end(size_t i) const {
  if (i < 2 || i + 1 >= doc_.tokens.size()) return 0;
  std::string_view open = original(i - 1);
  if (open != "«" && open != "“") return 0;
  // "la boutique « … »", "le club des « … »": the head, maybe then "de" or an article; "l'association
  // locale « … »", "l'association meurthe-et-mosellane « … »": or its adjectives.
  // A noun the dictionary also knows as an adjective counts as one: "la communauté de communes « … »".
  // "le cercle « La Haute Moselle »": a head of bodies' names in lower case is one too here.
  auto heads_a_body = [&](size_t k) { return is_org_head(k) || names_.body_heads.count(folded(k)) > 0; };
  // "Association « entente résistance … »", "la Sàrl « boulangerie comtoise »": an association or a
  // legal form (in capitals) right before the quotes names what they hold, lower-case words and all.
  // "Club « Les joyeux vagabonds », salle communale": a society's head opens an item of a list.
  std::string_view before = folded(i - 2);
  bool legal_form = names_.legal_suffixes.count(before) && is_capitalised(i - 2) && original(i - 2).size() > 2;
  bool item_of_a_list = is_society_head(i - 2) && sentence_start(i - 2);
  bool lowercase_name = (before == "association" || legal_form) && closing_quote(i) > i + 1;
  // "« Mieux vivre »", "« 6e Sens »", "« l'eaudici »", "« le Chamois »": a capital, a number or an article.
  if (!(starts_upper(i) || doc_.tokens[i].kind == TokenKind::kNumber || is_determiner(i) || lowercase_name)) return 0;
  // "Gilles Lamy pour « Sports et Loisirs »": a person, then the body she speaks for. "organisé par
  // « Le pion-tissalien »", "à l'invitation de « Retraite en campagne »": who organises or invites.
  if (i >= 4 && folded(i - 2) == "pour" && starts_upper(i - 3) && (is_first_name(i - 3) || is_first_name(i - 4)))
    return closing_quote(i);
  if (i >= 3 && ((folded(i - 2) == "par" && folded(i - 3).starts_with("organise")) ||
                 (is_de(i - 2) && folded(i - 3) == "invitation")))
    return closing_quote(i);
  if (lowercase_name || item_of_a_list || (legal_form && starts_upper(i))) return closing_quote(i);
  size_t head = i - 2;
  auto adjective = [&](size_t k) { return is_lowercase_adjective(k) || (!starts_upper(k) && is_demonym(folded(k))); };
  for (int adjectives = 0; adjectives < 2 && head > 0 && !heads_a_body(head) && adjective(head); ++adjectives) --head;
  // "le cabinet d'architecture « … »", "la compagnie de théâtre « … »": or a noun of what it does.
  if (head >= 2 && !is_org_head(head) && !starts_upper(head) && is_de(head - 1) &&
      is_org_head(head - 2) && lexicon_.is_noun(folded(head)))
    head -= 2;
  std::string_view between = folded(head);
  bool of = between == "de" || between == "d'" || between == "des" || between == "du";
  if (head > 0 && (is_determiner(head) || of)) --head;
  // "Julien de « L'île aux épices »", "Edith Ronchard, d'« Un pas en Plus »": a person, then the
  // body she speaks for.
  if (of && head > 0 && folded(head) == ",") --head;
  bool of_a_person = of && starts_upper(head) && (is_first_name(head) || (head > 0 && is_first_name(head - 1)));
  bool of_a_body = !starts_upper(head) && (heads_a_body(head) || (of && names_.leaders_and_staff.count(folded(head))));
  return of_a_person || of_a_body ? closing_quote(i) : 0;
}

// The closing quote of a name whose first token inside the quotes is `i`: a few tokens on, in the
// sentence, with no punctuation but "-", "'" and "&" before it. 0 when there is none.
size_t NameSpans::closing_quote(size_t i) const {
  constexpr size_t kLongest = 8;  // tokens inside the quotes
  for (size_t k = i + 1; k < doc_.tokens.size() && k <= i + kLongest && in_same_sentence(i, k); ++k) {
    std::string_view close = original(k);
    if (close == "»" || close == "”") return k;
    if (doc_.tokens[k].kind == TokenKind::kPunctuation && close != "-" && close != "'" && close != "&") return 0;
  }
  return 0;
}

// "AHONEN GAGNE A INNSBRUCK", "LISNARD ÉLIMINÉ", "PARKER BRILLE Basket": a headline in capitals
// whose subject, a name no dictionary knows, comes before the word that says what it did (a word
// of fr.dic, or a participle of the word list). Where the name ends (that word), or 0 when the run
// is no such headline.
size_t NameSpans::headline_subject_end(size_t begin, size_t end) const {
  auto a_word = [&](size_t k) { return is_common_word(k) || french_word_list().contains(original(k)); };
  size_t k = begin;
  while (k < end && is_capitals(k) && !a_word(k) && !lexicon_.is_grammatical(folded(k))) ++k;
  if (k == begin || k == end || !is_capitals(k) || is_particle(k) || folded(k).size() < 3) return 0;
  return a_word(k) ? k : 0;
}

// A run in capitals with a function word in capitals inside ("DE", "DU", "ET", "PAR"): a heading.
bool NameSpans::heading_in_capitals(size_t begin, size_t end) const {
  for (size_t i = begin; i < end; ++i) {
    std::string_view s = original(i), f = folded(i);
    if (s.size() >= 2 && std::none_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
        (f == "de" || f == "du" || f == "des" || f == "et" || f == "la" || f == "le" || f == "les" || f == "par" ||
         f == "pour" || f == "sur" || f == "au" || f == "aux"))
      return true;
  }
  return false;
}

// "Mais", "Une", "Que" written with a capital inside a sentence (a missing full stop, OCR): a
// grammatical word opening a run is not part of a name; a particle ("De Gaulle") is.
bool NameSpans::leading_grammatical_word(size_t begin, size_t end) const {
  return end - begin >= 1 && !is_particle(begin) && lexicon_.is_grammatical(folded(begin)) &&
         !names_.legal_suffixes.count(folded(begin)) &&  // "SA"
         !(end - begin >= 2 && is_club_marker(begin) && is_capitals(begin)) &&  // "l'ES Thaon"
         !names_.gazetteer_starts.count(folded(begin));
}

// "le Jurassien Grégory Dubois", "le Nancéien Willy Alcaraz": where a person comes from, capitalised
// after its article, opens the run but is no part of the name that follows.
bool NameSpans::leading_demonym(size_t begin, size_t end) const {
  if (end - begin < 2 || begin == 0 || is_first_name(begin) || is_org_head(begin)) return false;
  std::string_view d = folded(begin - 1), f = folded(begin);
  if (d != "le" && d != "la" && d != "les" && d != "l'" && d != "un" && d != "une" && d != "du" && d != "au" && d != "aux")
    return false;
  // "l'Allemande Roesch", "le Tchèque Stybar": a nationality the endings below miss (gentiles.tsv),
  // whatever place it also names, before a name no dictionary knows ("la Suisse romande" is a place).
  if (names_.demonyms.count(f)) return !is_common_word(begin + 1) && !is_known_place(begin + 1, begin + 2);
  if (names_.gazetteer_starts.count(f)) return false;
  // "la Bacchamoise Gymnastique": a sport after the place's people names their club.
  if (names_.disciplines.count(folded(begin + 1))) return false;
  // "le Jurassien", not "les Anciens Combattants", "le Relais de Napoléon": four letters before the ending.
  if (has_demonym_ending(f, 4)) return true;
  // "le Bisontin Michel Vautrot", "la Messine Anne Roux": rarer, and many a surname's ending, so
  // only before a first name.
  for (std::string_view suffix : {"in", "ine"})
    if (f.size() > suffix.size() + 3 && f.ends_with(suffix) && is_first_name(begin + 1)) return true;
  return false;
}

// "ministère de l'Économie", "université Grenoble-Alpes": the first token of a lower-case
// institution head (and its "de") right before the name, or `begin` when there is none.
size_t NameSpans::institution_head_before(size_t begin) const {
  size_t k = begin;
  while (k > 0 && (is_particle(k - 1) || folded(k - 1) == "l'" || folded(k - 1) == "d'") && begin - k < 3) --k;
  // "tribunal correctionnel de Marseille": the head may have adjectives of its own (up to two,
  // the head tried after each: "tribunal" itself ends like an adjective).
  for (size_t at = k, adjectives = 0;; ++adjectives, --at) {
    for (size_t words = names_.longest_institution_head; words >= 1; --words) {
      if (at < words) continue;
      size_t head = at - words;
      if (starts_upper(head)) continue;
      std::string scratch;
      if (!names_.institution_heads.count(joined_view(doc_, head, at, scratch))) continue;
      // After "sur" and a determiner the head is where something stands or is played, not the
      // body: "sur le parquet de Souilly", "sur leur parquet du Palais des Sports" (a match's floor).
      if (head >= 2 && folded(head - 2) == "sur" && (is_determiner(head - 1) || is_possessive(head - 1))) return begin;
      return head;
    }
    if (adjectives == 2 || at == 0 || !is_lowercase_adjective(at - 1)) break;
  }
  return begin;
}

// "la fédération française d'athlétisme", "l'association des commerçants et artisans d'Héricourt",
// "l'office national des forêts": a lower-case body head (tetes_corps.tsv) after a definite article,
// with the adjectives and complements that make it one body (body_name_end); the end of that name,
// or 0.
size_t NameSpans::lowercase_body_end(size_t i) const {
  const size_t n = doc_.tokens.size();
  if (i == 0 || starts_upper(i) || !is_definite_article(i - 1) || !adjacent(i - 1, i)) return 0;
  std::string scratch;
  for (size_t words = std::min(names_.longest_body_head, n - i); words >= 1; --words)
    if (names_.body_heads.count(joined_view(doc_, i, i + words, scratch))) return body_name_end(i + words);
  return 0;
}

// The end of the adjectives and complements after a body's head (at `head_end`) when they make it
// one body, else 0. A head and one common complement name a kind of body ("le comité de
// pilotage"); it takes an adjective ("l'office national des forêts", "de l'agglomération
// belfortaine"), a second complement or a place ("l'association culturelle de Charny") to name one.
// A name right after the head is the body's own ("le club de l'Amitié", "le comité de la FDCR").
size_t NameSpans::body_name_end(size_t head_end) const {
  const size_t n = doc_.tokens.size();
  // Adjectives by their endings only: the dictionary's folded forms take "organise" (il organise)
  // for "organisé".
  size_t k = head_end;
  while (k < n && k - head_end < 3 && adjacent(k - 1, k) && has_adjective_ending(k)) ++k;
  bool adjectives = k > head_end, named = false;
  int complements = 0;
  for (; complements < 4; ++complements) {
    size_t next = complement_end(k, complements > 0);
    if (next == k) break;
    size_t word = k;
    while (word < next && !starts_upper(word)) ++word;
    if (word < next) {
      const NameResources::Entry* place = nullptr;
      bool known_place = (gazetteer_entry_at(word, &place) > 0 && place->type == "LOC") || is_commune(word);
      // "le club de l'Amitié": the name after the head is the body's; not a count and a name
      // ("la communauté de communes des 3 Vallées").
      bool counted = doc_.tokens[word - 1].kind == TokenKind::kNumber;
      if (complements == 0 && !adjectives && !known_place && !counted) return 0;
      named = true;
    }
    for (size_t w = k; w < next && !adjectives; ++w) adjectives = has_adjective_ending(w);
    k = next;
  }
  if (complements == 0 || !(named || adjectives || complements >= 2)) return 0;
  return k;
}

}  // namespace glaneur::extract
