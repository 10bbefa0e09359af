// Tested by tests/extract/names_test.cc and the seed article's gold (tests/corpus/seed_test.cc).
#include "extract/names.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <map>

#include "extract/lexicon_fr.h"
#include "rules/pattern.h"
#include "text/utf8.h"

namespace glaneur::extract {
namespace {

using text::Token;
using text::TokenKind;

// Tokens in a folded surface: words, and the elisions split from them ("l'energie" is two).
size_t count_words(const std::string& folded) {
  return std::count(folded.begin(), folded.end(), ' ') + std::count(folded.begin(), folded.end(), '\'') +
         std::count(folded.begin(), folded.end(), ',') + 1;
}

// Folded tokens joined as the text joins them, any run of spaces as one: "l'energie", "m.",
// "banque de france".
std::string join_tokens(const Document& doc, size_t from, size_t to) {
  std::string key;
  std::string_view view = doc.view.text();
  for (size_t i = from; i < to; ++i) {
    const Token& t = doc.tokens[i];
    if (i > from && t.begin > doc.tokens[i - 1].end) key += ' ';
    key += view.substr(t.begin, t.end - t.begin);
  }
  return key;
}

// join_tokens() without a copy where the view already reads so (tokens apart by one space at
// most): the hot lookups (gazetteer, titles before a name) then allocate nothing.
std::string_view joined_view(const Document& doc, size_t from, size_t to, std::string& scratch) {
  const auto& tokens = doc.tokens;
  std::string_view view = doc.view.text();
  bool plain = true;
  for (size_t i = from + 1; i < to && plain; ++i) {
    size_t gap = tokens[i].begin - tokens[i - 1].end;
    plain = gap == 0 || (gap == 1 && view[tokens[i - 1].end] == ' ');
  }
  if (plain) return view.substr(tokens[from].begin, tokens[to - 1].end - tokens[from].begin);
  scratch = join_tokens(doc, from, to);
  return scratch;
}

// A table surface as a key comparable with join_tokens(): folded ("L’Oréal" → "l'oreal").
std::string table_key(const std::string& surface) { return rules::fold_text(surface); }

class NameFinder {
 public:
  NameFinder(Document& doc, const NameResources& names) : doc_(doc), names_(names), lexicon_(french_lexicon()) {
    for (const auto& s : doc.sentences) sentence_starts_.push_back(s.begin);
    case_.assign(doc.tokens.size(), 0);
  }

  void run() {
    const auto& tokens = doc_.tokens;
    std::vector<bool> taken(tokens.size(), false);
    mark_existing(taken);
    for (size_t i = 0; i < tokens.size();) {
      if (taken[i]) { ++i; continue; }
      if (size_t n = gazetteer_match(i, taken)) { i += n; continue; }
      if (the_state(i)) { ++i; continue; }
      // "Mme de La Forest", "M. d'Aubigny", "Mme Le Bihan", "le comte de Taaffe": after a civility,
      // a particle or an article starts the surname.
      if (size_t end = particle_surname_end(i)) {
        i = std::max(end, classify(i, end));
        continue;
      }
      if (size_t end = dotted_acronym_end(i)) {
        propose("ORG", i, end, kContext, "names.dotted_acronym");  // "les C. F. F.", "l'A. E. G."
        i = end;
        continue;
      }
      if (size_t end = initial_and_name_end(i)) {
        propose("PER", i, end, kContext, "names.initial");
        last_person_end_ = end;
        i = end;
        continue;
      }
      if (!is_capitalised(i)) { ++i; continue; }
      // "La France", "Les Républicains": a determiner is not part of a name ("Le Monde", in the
      // gazetteer, was matched above).
      if (is_determiner(i) && i + 1 < tokens.size() && adjacent(i, i + 1)) { ++i; continue; }
      size_t run = run_end(i);
      // "FAIT DU JOUR", "GAZETTE DE LAUSANNE ET JOURNAL SUISSE": a heading in capitals, no name.
      if (heading_in_capitals(i, run)) { i = run; continue; }
      size_t end = extend_institution(i, run);
      size_t begin = i;
      while (begin < end && (sentence_initial_common(begin) || leading_grammatical_word(begin, end))) ++begin;
      // "Selon Airbus, …", "Société des transports…": the words dropped opened the run; what is
      // left is read again on its own (a gazetteer entry, a run of its own).
      if (begin > i) {
        i = begin;
        continue;
      }
      // "Victoria Ce jour-là": a grammatical word ending a run began the next sentence.
      while (end > begin + 1 && end == run && leading_grammatical_word(end - 1, end)) run = --end;
      end = std::max(end, classify_split(begin, end));
      i = end;
    }
    vote();
    link_aliases();
    resolve_surnames();
    build_entities();
  }

 private:
  // Tokens inside mentions the rules already found (dates, amounts) are not names.
  void mark_existing(std::vector<bool>& taken) {
    for (const graph::Mention& m : doc_.graph.mentions) {
      size_t vb = doc_.view.to_view(m.begin), ve = doc_.view.to_view(m.end);
      auto first = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), vb,
                                    [](const Token& t, size_t b) { return t.begin < b; });
      for (auto it = first; it != doc_.tokens.end() && it->end <= ve; ++it) taken[it - doc_.tokens.begin()] = true;
    }
  }

  std::string_view original(size_t i) const {
    const Token& t = doc_.tokens[i];
    size_t b = doc_.view.to_original_start(t.begin), e = doc_.view.to_original_end(t.end);
    return doc_.view.original().substr(b, e - b);
  }
  std::string_view folded(size_t i) const {
    const Token& t = doc_.tokens[i];
    return doc_.view.text().substr(t.begin, t.end - t.begin);
  }

  // What the original text says of a token's case, read once: names ask it of every token, often
  // several times.
  enum CaseFlags : uint8_t { kKnown = 1, kUpper = 2, kOneLetter = 4, kNoLowerAscii = 8 };
  uint8_t case_of(size_t i) const {
    uint8_t& flags = case_[i];
    if (flags & kKnown) return flags;
    std::string_view s = original(i);
    size_t pos = 0;
    flags = kKnown;
    if (!s.empty() && u_isupper(text::decode_utf8(s, pos))) flags |= kUpper;
    if (s.size() == pos) flags |= kOneLetter;
    if (std::none_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; })) flags |= kNoLowerAscii;
    return flags;
  }

  bool is_capitalised(size_t i) const {
    const Token& t = doc_.tokens[i];
    if (t.kind != TokenKind::kWord) return false;
    uint8_t flags = case_of(i);
    if (!(flags & kUpper)) return false;
    if (flags & kOneLetter) return false;  // one letter: an initial or "A" for "À"
    if (names_.titles.count(folded(i))) return false;
    // "MM." and "Mme." as the tokenizer cuts them: the word, then its period.
    return !(i + 1 < doc_.tokens.size() && folded(i + 1) == "." && names_.titles.count(std::string(folded(i)) + "."));
  }

  // "CNRS", "LAAS", "R&D": two to six capitals, and not a word in capitals ("OFFRE", "HARTMANN").
  bool is_acronym(size_t i) const {
    std::string_view s = original(i);
    if (lexicon_.is_common_word(folded(i))) return false;
    size_t letters = 0;
    for (size_t pos = 0; pos < s.size();) {
      char32_t cp = text::decode_utf8(s, pos);
      if (u_isalpha(cp)) {
        if (!u_isupper(cp)) return false;
        ++letters;
      }
    }
    // "III", "IV", "XIX": a number in Roman numerals (classes, centuries, kings), not an acronym.
    bool roman = s.find_first_not_of("IVXLC") == std::string_view::npos;
    return letters >= 2 && letters <= 6 && !roman;
  }

  bool is_determiner(size_t i) const {
    std::string_view f = folded(i);
    return f == "le" || f == "la" || f == "les" || f == "l'";
  }

  bool is_particle(size_t i) const {
    std::string_view f = folded(i);
    return f == "de" || f == "du" || f == "des" || f == "d'" || f == "la" || f == "le" || f == "van" || f == "von" ||
           f == "der" || f == "den" || f == "ben" || f == "el" || f == "al" || f == "di" || f == "da" || f == "dos";
  }

  bool adjacent(size_t a, size_t b) const {
    // Only spaces between: no comma, no line break.
    std::string_view between = doc_.view.text().substr(doc_.tokens[a].end, doc_.tokens[b].begin - doc_.tokens[a].end);
    return between.find_first_not_of(' ') == std::string_view::npos && between.size() <= 1;
  }

  bool in_same_sentence(size_t a, size_t b) const {
    auto sentence_of = [&](size_t i) {
      return std::upper_bound(sentence_starts_.begin(), sentence_starts_.end(), doc_.tokens[i].begin) - sentence_starts_.begin();
    };
    return sentence_of(a) == sentence_of(b);
  }

  // The end of a run of capitalised words starting at i, with particles inside ("Marie-Hélène de
  // La Forest") but not at its end.
  // "Kellogg PARIS", "LAUSANNE On": from a word in lower case to one in capitals, or from a place
  // or a common word in capitals to a word in lower case, a name ends (a heading, a dateline, a
  // missing full stop); "CCI Occitanie", "EDF Renouvelables" go on.
  bool case_changes(size_t a, size_t b) const {
    bool caps_a = is_capitals(a) && original(a).size() >= 3, caps_b = is_capitals(b) && original(b).size() >= 3;
    if (!caps_a && caps_b) return !names_.legal_suffixes.count(folded(b));  // not "Hydrolux SAS"
    if (caps_a && !caps_b) {
      const NameResources::Entry* entry = nullptr;
      return lexicon_.is_common_word(folded(a)) || (gazetteer_entry_at(a, &entry) == 1 && entry->type == "LOC");
    }
    return false;
  }

  bool is_alphabetic(size_t i) const {
    std::string_view s = original(i);
    for (size_t pos = 0; pos < s.size();)
      if (!u_isalpha(text::decode_utf8(s, pos))) return false;
    return true;
  }

  bool is_roman_numeral(size_t i) const {
    std::string_view s = original(i);
    return !s.empty() && s.size() <= 5 && s.find_first_not_of("IVX") == std::string_view::npos;
  }

  // "C. F. F.", "A. E. G.": three or more capital letters each with its full stop, and no name
  // after them (that would be a person's initials); the end, its last full stop included, or 0.
  size_t dotted_acronym_end(size_t i) const {
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

  // "B. Viguerie", "Em. Alatthey", "Ch. Bastide": an initial or an abbreviated first name, its full
  // stop, then a capitalised name: a person, the initial included. The end of the name, or 0.
  size_t initial_and_name_end(size_t i) const {
    const size_t n = doc_.tokens.size();
    if (i + 2 >= n || doc_.tokens[i].kind != TokenKind::kWord || folded(i + 1) != "." || !adjacent(i, i + 1)) return 0;
    std::string_view s = original(i);
    size_t pos = 0;
    char32_t first = text::decode_utf8(s, pos);
    if (!u_isupper(first) || s.size() > 3) return 0;
    std::string_view f = folded(i);
    if (f == "st" || f == "ste" || f == "mt" || f == "new" || f == "ft") return 0;  // "St. Jean", "New. York"
    for (size_t p = pos; p < s.size();) {
      if (!u_islower(text::decode_utf8(s, p))) return 0;
    }
    if (names_.titles.count(std::string(folded(i)) + ".") || names_.titles.count(folded(i))) return 0;  // "M.", "Dr."
    if (i > 0 && doc_.tokens[i - 1].end == doc_.tokens[i].begin) return 0;  // inside a word: "S.A."
    size_t name = i + 2;
    if (!is_capitalised(name) || is_determiner(name) || lexicon_.is_grammatical(folded(name))) return 0;
    if (!in_same_sentence(i, name) && lexicon_.is_common_word(folded(name))) return 0;
    const NameResources::Entry* entry = nullptr;
    if (gazetteer_entry_at(name, &entry) > 0) return 0;
    return run_end(name);
  }

  size_t run_end(size_t i) const {
    size_t end = i + 1;
    while (end < doc_.tokens.size() && in_same_sentence(i, end)) {
      if (is_capitalised(end) && adjacent(end - 1, end)) {
        if (case_changes(end - 1, end)) break;
        ++end;
        continue;
      }
      // "Georges V", "Louis XIV": a first name and its number.
      if (adjacent(end - 1, end) && is_roman_numeral(end) && is_first_name(end - 1)) { ++end; continue; }
      size_t k = end;
      while (k < doc_.tokens.size() && (is_particle(k) || (k > end && folded(k) == "l'")) && adjacent(k - 1, k)) ++k;
      // "Marie-Hélène de La Forest", "Université de Strasbourg"; not "l'Innovation et de la
      // Réindustrialisation de la Région": capitalised common nouns do not reach over "de".
      bool names_something = names_.org_heads.count(folded(i)) > 0;
      for (size_t w = i; w < end && !names_something; ++w)
        names_something = !is_particle(w) && (!lexicon_.is_common_word(folded(w)) || lexicon_.is_first_name(folded(w)) ||
                                              lexicon_.is_surname(folded(w)));
      // "Hospices de Beaune", "Chantiers de l'Atlantique", "Ville d'Arles": capitalised inside a
      // sentence, a plural common noun, or one before a name or a known place, is a name's head.
      if (!names_something && end == i + 1 && k > end && k < doc_.tokens.size() && is_capitalised(k) &&
          !sentence_start(i) && !names_.place_heads.count(folded(i))) {
        std::string_view head = folded(i), next = folded(k);
        names_something = (head.size() > 4 && (head.back() == 's' || head.back() == 'x')) ||
                          !lexicon_.is_common_word(next) || names_.gazetteer_starts.count(next);
      }
      // "le fonds SPI de Bpifrance": a known organisation after "de" is another one.
      const NameResources::Entry* entry = nullptr;
      if (names_something && k > end && k < doc_.tokens.size() && gazetteer_entry_at(k, &entry) > 0 && entry->type == "ORG")
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
  size_t extend_institution(size_t begin, size_t end) const {
    if (!is_org_head(begin) || !starts_upper(begin)) return end;
    bool has_complement = false;  // "Université de Strasbourg"
    for (size_t k = begin + 1; k < end && !has_complement; ++k) has_complement = is_particle(k) || folded(k) == "l'";
    return institution_end(end, has_complement);
  }

  // Where an institution's name that has reached `end` ends, with its adjectives and complements.
  // "et" joins a complement to another one, not to the head ("la Confédération et des cantons").
  size_t institution_end(size_t end, bool has_complement = true) const {
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
      for (int places = 0; places < 3 && k < doc_.tokens.size() && adjacent(k - 1, k); ++places) {
        size_t n = gazetteer_entry_at(k, &place);
        if (n == 0 || place->type != "LOC") break;
        k += n;
      }
    }
    return k;
  }

  // After up to `most` lower-case adjectives from k, and one more joined by "et".
  size_t adjectives_end(size_t k, size_t most) const {
    const size_t n = doc_.tokens.size();
    size_t start = k;
    while (k < n && k - start < most && adjacent(k - 1, k) && is_lowercase_adjective(k)) ++k;
    if (k > start && k + 1 < n && folded(k) == "et" && adjacent(k - 1, k) && adjacent(k, k + 1) && is_lowercase_adjective(k + 1))
      k += 2;
    return k;
  }

  // The end of one complement of an organisation's name starting at k ("de la concurrence", "d'Arles",
  // "du contrôle", "et des Finances"), or k when there is none.
  size_t complement_end(size_t k, bool may_join) const {
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
    if (j >= n || !adjacent(j - 1, j) || doc_.tokens[j].kind != TokenKind::kWord || !in_same_sentence(k, j)) return k;
    if (starts_upper(j)) {
      // "la Région Occitanie et du Département de l'Hérault": another organisation.
      if (names_.titles.count(folded(j)) || (joined && is_org_head(j))) return k;
      return adjectives_end(run_end(j), 1);
    }
    if (comma) return k;
    if (!lexicon_.is_noun(folded(j))) return k;
    return adjectives_end(j + 1, 2);
  }

  bool is_org_head(size_t i) const {
    std::string f(folded(i));
    if (names_.org_heads.count(f)) return true;
    return f.size() > 2 && f.back() == 's' && names_.org_heads.count(f.substr(0, f.size() - 1));
  }

  bool is_lowercase_adjective(size_t i) const {
    if (doc_.tokens[i].kind != TokenKind::kWord || starts_upper(i)) return false;
    std::string_view f = folded(i);
    for (std::string_view suffix : {"al", "ale", "aux", "ales", "ique", "iques", "ais", "aise", "ois", "oise", "ien", "ienne",
                                    "el", "elle", "aire", "aires", "ain", "aine", "ral", "rale", "eral", "erale", "ales"})
      if (f.size() > suffix.size() + 2 && f.ends_with(suffix)) return true;
    return f.size() > 3 && lexicon_.is_adjective(f);
  }

  bool sentence_start(size_t i) const {
    for (size_t k = i; k > 0; --k) {
      if (!in_same_sentence(k - 1, i)) return true;
      if (doc_.tokens[k - 1].kind != TokenKind::kPunctuation) return false;
    }
    return true;
  }

  bool sentence_initial_common(size_t i) const {
    if (!sentence_start(i)) return false;
    std::string f(folded(i));
    if (names_.gazetteer.count(f) || lexicon_.is_first_name(f)) return false;
    // "Région Réunion : …", "Calanque Data SAS a…": a head noun before a name, or a name with its
    // legal form, opening the sentence.
    if (i + 1 < doc_.tokens.size() && adjacent(i, i + 1) && is_capitalised(i + 1)) {
      std::string_view next = folded(i + 1);
      if (is_org_head(i) && (!lexicon_.is_common_word(next) || names_.gazetteer_starts.count(next))) return false;
      size_t end = run_end(i);
      if (end - i >= 3 && names_.legal_suffixes.count(folded(end - 1))) return false;
    }
    return lexicon_.is_common_word(f) || is_title_word(f);
  }

  bool is_title_word(const std::string& f) const { return names_.titles.count(f) > 0; }

  // The longest gazetteer entry starting at token i, if its first word is capitalised: its length in
  // tokens (0 for none), and the entry.
  size_t gazetteer_entry_at(size_t i, const NameResources::Entry** entry) const {
    if (doc_.tokens[i].kind != TokenKind::kWord || !starts_upper(i)) return 0;
    auto starts = names_.gazetteer_starts.find(folded(i));
    if (starts == names_.gazetteer_starts.end()) return 0;
    for (size_t n = std::min(starts->second, doc_.tokens.size() - i); n >= 1; --n) {
      std::string scratch;
      auto it = names_.gazetteer.find(joined_view(doc_, i, i + n, scratch));
      if (it == names_.gazetteer.end()) continue;
      *entry = &it->second;
      return n;
    }
    return 0;
  }

  // The gazetteer entry at token i, added; how many tokens it took (0 for none).
  size_t gazetteer_match(size_t i, std::vector<bool>& taken) {
    const NameResources::Entry* entry = nullptr;
    size_t n = gazetteer_entry_at(i, &entry);
    if (n == 0) return 0;
    size_t end = i + n;
    const size_t size = doc_.tokens.size();
    if (entry->type == "LOC") {
      // "Bordeaux Métropole", "France Datacenter": a place opening a longer name is not the place.
      const NameResources::Entry* next = nullptr;
      if (end < size && adjacent(end - 1, end) && in_same_sentence(i, end) && is_capitalised(end) && !is_determiner(end) &&
          !case_changes(end - 1, end)) {
        size_t run = run_end(i);
        bool head = false;  // "Montpellier Méditerranée Métropole"
        for (size_t k = end; k < run && !head; ++k) head = is_org_head(k);
        if (head || gazetteer_entry_at(end, &next) == 0) return 0;
      }
      // "université de Strasbourg", "conseil départemental de la Gironde": the place names the institution.
      if (size_t head = institution_head_before(i); head < i) {
        size_t last = institution_end(end);
        propose("ORG", head, last, kContext, "names.institution");
        for (size_t k = head; k < last; ++k) taken[k] = true;
        return last - i;
      }
    } else if (entry->type == "ORG") {
      if (n == 1 && preceded_by(i, names_.civilities, names_.longest_title)) {
        // "M. Michelin": a civility makes a person of a company's name.
        propose("PER", i, end, kContext, "names.title");
        taken[i] = true;
        return n;
      }
      // "Inserm Grand Est", "ARS Nouvelle-Aquitaine": an organisation and the region of its branch.
      const NameResources::Entry* place = nullptr;
      size_t m = end < size && adjacent(end - 1, end) && !(i > 0 && folded(i - 1) == "(") ? gazetteer_entry_at(end, &place) : 0;
      if (m > 0 && place->type == "LOC") {
        for (size_t k = i; k < end + m; ++k) taken[k] = true;
        add("ORG", i, end + m, name_of(i, end + m), "names.gazetteer");
        return n + m;
      }
      // "Vinci Airports", "Airbus Helicopters": a known company's branch, named after it.
      size_t branch = end;
      while (branch < size && branch - end < 2 && adjacent(branch - 1, branch) && in_same_sentence(i, branch) &&
             is_capitalised(branch) && !case_changes(branch - 1, branch) && is_alphabetic(branch) &&
             !lexicon_.is_common_word(folded(branch)) && !is_first_name(branch) && gazetteer_entry_at(branch, &place) == 0)
        ++branch;
      if (branch > end) {
        for (size_t k = i; k < branch; ++k) taken[k] = true;
        add("ORG", i, branch, name_of(i, branch), "names.gazetteer");
        return branch - i;
      }
    }
    if (!entry->type.empty()) add(entry->type, i, end, entry->name, "names.gazetteer");
    for (size_t k = i; k < end; ++k) taken[k] = true;
    return n;
  }

  // "l'État", "de l'Etat": the State as an actor is an organisation; "d'État" (secrétaire d'État,
  // coup d'État) is not.
  bool the_state(size_t i) {
    if (folded(i) != "etat" || !starts_upper(i) || i == 0 || folded(i - 1) != "l'") return false;
    add("ORG", i, i + 1, "État", "names.state");
    return true;
  }

  // "Mme de La Forest", "M. d'Aubigny-Ferrat", "Mme Le Bihan", "le comte de Taaffe": after a
  // civility, a particle or an article opens the surname; the end of that name, or 0.
  size_t particle_surname_end(size_t i) const {
    const size_t n = doc_.tokens.size();
    std::string_view f = folded(i);
    if (f != "de" && f != "d'" && f != "du" && f != "le" && f != "la") return 0;
    size_t k = i + 1;
    while (k < n && k - i < 3 && is_particle(k) && adjacent(k - 1, k)) ++k;  // "de La"
    if (k >= n || !adjacent(k - 1, k) || !is_capitalised(k)) return 0;
    if (i == 0 || !preceded_by(i, names_.civilities, names_.longest_title)) return 0;
    return run_end(k);
  }

  // "l'Agence Presse Sud Valérie Ortolan": an organisation's name then a person's, with no comma
  // between, are two names; the person's starts with a first name.
  size_t classify_split(size_t begin, size_t end) {
    if (is_org_head(begin)) {
      for (size_t w = begin + 2; w + 1 < end; ++w) {
        std::string_view f = folded(w);
        if (lexicon_.is_first_name(f) && !lexicon_.is_first_name(folded(w - 1)) && !is_particle(w - 1) &&
            !names_.gazetteer_starts.count(f)) {
          classify(begin, w);
          return classify(w, end);
        }
      }
    }
    return classify(begin, end);
  }

  // A run in capitals with a function word in capitals inside ("DE", "DU", "ET", "PAR"): a heading.
  bool heading_in_capitals(size_t begin, size_t end) const {
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
  bool leading_grammatical_word(size_t begin, size_t end) const {
    return end - begin >= 1 && !is_particle(begin) && lexicon_.is_grammatical(folded(begin)) &&
           !names_.legal_suffixes.count(folded(begin)) &&  // "SA"

           !names_.gazetteer_starts.count(folded(begin));
  }

  bool starts_upper(size_t i) const { return case_of(i) & kUpper; }

  // The folded words before token i (up to n of them), for titles and head nouns.
  bool preceded_by(size_t i, const TextSet& set, size_t longest, size_t skip_adjectives = 0) const {
    for (size_t skip = 0; skip <= skip_adjectives && skip < i; ++skip) {
      for (size_t n = 1; n <= longest && n + skip <= i; ++n) {
        std::string scratch;
        if (set.count(joined_view(doc_, i - skip - n, i - skip, scratch))) return true;
      }
    }
    return false;
  }

  // How sure a classification is: the type of a name is the surest one found in the article.
  enum Strength { kGuess = 0, kContext = 1, kLexicon = 2 };

  // Classifies the run [begin, end) and returns where it ended: later, when an institution's name
  // goes on past it ("ministère de l'Économie et des Finances").
  size_t classify(size_t begin, size_t end) {
    std::string first(folded(begin));
    bool in_parentheses = begin > 0 && end < doc_.tokens.size() && folded(begin - 1) == "(" && folded(end) == ")";
    if (in_parentheses && end - begin == 1 && all_caps_common_words(begin, end)) {
      propose("", begin, end, kGuess, "names.unknown");  // "(CRE)", "(SUD)": maybe an acronym (link_aliases)
      return end;
    }
    if (end - begin == 1 && is_capitals(begin) && listed_with_organisation(begin)) {
      propose("ORG", begin, end, kContext, "names.listed");  // "la CGT, FO et SUD"
      return end;
    }
    // "COMMUNIQUÉ DE PRESSE", "ON OFFRE A VENDRE"; not "le fonds SPI".
    if (all_caps_common_words(begin, end) && !(end - begin == 1 && preceded_by(begin, names_.org_heads, 2))) return end;
    if (size_t head = institution_head_before(begin); head < begin) {
      end = institution_end(end);
      propose("ORG", head, end, kContext, "names.institution");
      return end;
    }
    if (end - begin == 1 && is_acronym(begin) && begin > 0 && doc_.tokens[begin - 1].kind == TokenKind::kNumber) {
      not_names_.insert(join_tokens(doc_, begin, end));  // "36 MW", "1,1 GW": a unit
      return end;
    }
    if (dateline_place(begin, end)) {
      propose("LOC", begin, end, kContext, "names.dateline");  // "RENENS. —", "SAINT-MAIXENT, le 8 mai"
      return end;
    }
    if (end - begin == 1 && dateline_agency(begin)) {
      propose("ORG", begin, end, kContext, "names.dateline_agency");
      return end;
    }
    bool title = preceded_by(begin, names_.titles, names_.longest_title) || government_of(begin, end);
    bool speech = preceded_by(begin, names_.speech_verbs, 1);
    size_t role = role_after(end);
    bool apposition = role > 0 || followed_by_age(end);
    bool listed = listed_with_person(begin);
    bool first_name = false;
    for (size_t w = begin; w + 1 < end && !first_name; ++w) first_name = is_first_name(w);
    bool civility = preceded_by(begin, names_.civilities, names_.longest_title);  // "M. MOTTA"
    if (((title || speech || apposition || first_name || listed) && !is_acronym(begin)) || civility) {
      propose("PER", begin, end, first_name ? kLexicon : kContext,
              title        ? "names.title"
              : speech     ? "names.speech_verb"
              : apposition ? "names.apposition"
              : first_name ? "names.first_name"
                           : "names.listed");
      if (role > 0) roles_.push_back({begin, role});
      last_person_end_ = end;
      person_list_ = listed ? person_list_ : after_plural_civility(begin);
    } else if (begin > 0 && !starts_upper(begin - 1) && preceded_by(begin, names_.other_heads, 3)) {
      // "le plan France Relance", "le prix Nobel": a plan, a law, a prize.
      propose("", begin, end, kGuess, "names.other_head");
    } else if (end - begin >= 2 && (is_org_head(begin) || (is_org_head(end - 1) && !in_quotes(begin, end)))) {
      propose("ORG", begin, end, kLexicon, "names.head");  // "Région Occitanie", "Nantes Métropole"
    } else if (preceded_by(begin, names_.org_heads, 2, 1) || after_heads_such_as(begin) || described_before(begin) ||
               followed_by_description(end)) {
      propose("ORG", begin, end, kContext, "names.after_head");
    } else if (end - begin == 1 && is_acronym(begin)) {
      propose("ORG", begin, end, kContext, "names.acronym");
    } else if (end - begin >= 2 && names_.place_heads.count(first)) {
      propose("LOC", begin, end, kContext, "names.place_head");  // "Place de la Comédie", "Rue de Lausanne"
    } else if (end - begin == 3 && (folded(begin + 1) == "de" || folded(begin + 1) == "d'") && !lexicon_.is_common_word(first) &&
               !lexicon_.is_common_word(folded(begin + 2)) && !names_.gazetteer_starts.count(folded(begin + 2))) {
      propose("PER", begin, end, kGuess, "names.particle");  // "Pior de Mont": a name, de, a name
    } else if (begin > 0 && is_place_preposition(begin - 1)) {
      propose("LOC", begin, end, kGuess, "names.place");
    } else if (end - begin == 1 && lexicon_.is_common_word(first)) {
      // A capitalised common noun ("la Région", "l'Économie") names nothing new here.
    } else if ((lexicon_.is_surname(first) || is_first_name(begin)) && end - begin == 1) {
      propose("PER", begin, end, kGuess, "names.surname");
    } else if (end - begin >= 2 && in_quotes(begin, end)) {
      // « Petit Parisien », « Jobs d'hiver »: a title in quotes (a newspaper, a programme, a
      // work) and nothing else said of it: no organisation.
      propose("", begin, end, kGuess, "names.quoted_title");
    } else if (end - begin >= 2) {
      propose("ORG", begin, end, kGuess, "names.capitalised");
    } else {
      // One unknown capitalised word: a surname, a place, a brand, OCR noise. It is a name only
      // where the article gives it a type elsewhere (one sense per article).
      propose("", begin, end, kGuess, "names.unknown");
    }
    return end;
  }

  // "Carole", and "Joseph-Laurent", "Henri-François": every part a first name.
  bool is_first_name(size_t i) const {
    std::string_view f = folded(i);
    if (lexicon_.is_first_name(f)) return true;
    if (f.find('-') == std::string_view::npos) return false;
    for (size_t from = 0; from <= f.size();) {
      size_t dash = std::min(f.find('-', from), f.size());
      if (!lexicon_.is_first_name(f.substr(from, dash - from))) return false;
      from = dash + 1;
    }
    return true;
  }

  // "le groupe pharmaceutique français Synthelia", "l'enseigne de jardinerie Jardinova": an
  // organisation head noun, then up to three adjectives or a "de" and a noun, before the name;
  // "le lyonnais Vasculab", "l'américain Planet Labs": an adjective of origin after "le".
  bool described_before(size_t begin) const {
    size_t k = begin;
    for (int skipped = 0; skipped <= 3 && k > 1; ++skipped) {
      if (!starts_upper(k - 1) && is_org_head(k - 1)) return true;
      if (is_lowercase_adjective(k - 1)) {
        if (skipped == 0 && is_origin_adjective(k - 1)) {
          std::string_view d = folded(k - 2);
          if (d == "le" || d == "l'" || d == "du" || d == "au") return true;
        }
        --k;
        continue;
      }
      if (k > 2 && (folded(k - 2) == "de" || folded(k - 2) == "d'") && !starts_upper(k - 1) && lexicon_.is_noun(folded(k - 1))) {
        k -= 2;
        continue;
      }
      break;
    }
    return false;
  }

  // "lyonnais", "finlandais", "américain", "drômois", "allemand": where a company comes from.
  bool is_origin_adjective(size_t i) const {
    static const TextSet kNotOrigins = {"prochain", "lointain", "certain", "soudain", "humain", "mondain", "ancien",
                                        "quotidien", "moyen", "grand", "marchand", "gourmand", "vilain", "contemporain",
                                        "souverain", "prochains", "anciens", "mauvais", "epais", "frais", "niais"};
    std::string_view f = folded(i);
    if (f.size() < 6 || kNotOrigins.count(f)) return false;
    for (std::string_view suffix : {"ais", "ois", "ain", "ien", "and"})
      if (f.ends_with(suffix)) return true;
    return false;
  }

  // "Mediapro, le diffuseur qui…": an organisation head noun in apposition after the name.
  bool followed_by_description(size_t end) const {
    if (end + 2 >= doc_.tokens.size() || folded(end) != ",") return false;
    std::string_view d = folded(end + 1);
    if (d != "le" && d != "la" && d != "l'" && d != "un" && d != "une") return false;
    return !starts_upper(end + 2) && is_org_head(end + 2);
  }

  bool after_plural_civility(size_t begin) const {
    static const TextSet kPlural = {"mm.", "mm", "mmes", "mmes.", "messieurs", "mesdames"};
    return preceded_by(begin, kPlural, 2);
  }

  // "le gouvernement Barnier": the government is named after its head.
  bool government_of(size_t begin, size_t end) const {
    return end - begin == 1 && begin > 0 && folded(begin - 1) == "gouvernement";
  }

  bool in_quotes(size_t begin, size_t end) const {
    if (begin == 0 || end >= doc_.tokens.size() || doc_.tokens[end].kind != TokenKind::kPunctuation) return false;
    std::string_view open = original(begin - 1);
    return open == "«" || open == "\"" || open == "<" || open == "“";
  }

  bool is_capitals(size_t i) const { return !(case_of(i) & kOneLetter) && (case_of(i) & kNoLowerAscii); }

  // "la CGT, FO et SUD", "de la CGT et de SUD": listed right after an organisation.
  bool listed_with_organisation(size_t begin) const {
    if (found_.empty() || found_.back().type != "ORG" || found_.back().end >= begin || begin - found_.back().end > 3) return false;
    for (size_t k = found_.back().end; k < begin; ++k) {
      std::string_view f = folded(k);
      if (f != "," && f != "et" && f != "de" && f != "d'" && f != "ou") return false;
    }
    return true;
  }

  // "BEX. — Conseil communal", "RENENS — Société…", "FIGEAC, 3 mai": a place in capitals opening
  // a dispatch, then a dash or its day.
  bool dateline_place(size_t begin, size_t end) const {
    if (!sentence_start(begin)) return false;
    for (size_t i = begin; i < end; ++i)
      if (!is_capitals(i)) return false;
    size_t k = end;
    if (k < doc_.tokens.size() && (folded(k) == "." || folded(k) == ",")) ++k;
    if (k >= doc_.tokens.size()) return false;
    std::string_view next = original(k);
    return next == "—" || next == "–" || next == "-" || doc_.tokens[k].kind == TokenKind::kNumber ||
           (folded(k) == "le" && k + 1 < doc_.tokens.size() && doc_.tokens[k + 1].kind == TokenKind::kNumber);
  }

  // "PARIS, 15 (Havas). —": the news agency of a dispatch, after its place and day.
  bool dateline_agency(size_t begin) const {
    return begin >= 3 && begin + 1 < doc_.tokens.size() && folded(begin - 1) == "(" && folded(begin + 1) == ")" &&
           doc_.tokens[begin - 2].kind == TokenKind::kNumber && folded(begin - 3) == ",";
  }

  // "MM. Bertoni, Micheli et Tissières", "Ruth Dreifuss, Kaspar Villiger et Pascal Couchepin": a
  // name listed right after a person's, after "MM." or in an enumeration that ends with "et".
  bool listed_with_person(size_t begin) const {
    if (last_person_end_ == kNone || begin != last_person_end_ + 1) return false;
    std::string_view sep = folded(last_person_end_);
    if (sep == "et") return true;
    if (sep != ",") return false;
    if (person_list_) return true;
    // An enumeration: more capitalised names separated by commas, then "et" and one more.
    for (size_t k = begin; k < doc_.tokens.size() && k - begin < 16 && in_same_sentence(begin, k); ++k) {
      std::string_view f = folded(k);
      if (f == "et") return k + 1 < doc_.tokens.size() && is_capitalised(k + 1);
      if (f != "," && !is_capitalised(k) && !is_particle(k)) return false;
    }
    return false;
  }

  // "des entreprises prometteuses comme Genvia": a name listed after a plural head noun.
  bool after_heads_such_as(size_t begin) const {
    if (begin < 2 || (folded(begin - 1) != "comme" && folded(begin - 1) != "dont")) return false;
    for (size_t k = begin - 1; k > 0 && begin - k <= 3;) {
      --k;
      std::string f(folded(k));
      if (f.size() > 1 && f.back() == 's') f.pop_back();
      if (names_.org_heads.count(f)) return true;
    }
    return false;
  }

  // ", vice-président de…", ", directrice générale de…": a role in apposition after a name (not a
  // civility: "Ému, M. Hervagault…").
  // ", la présidente de…", ", son directeur…" (with a determiner): where the role starts, or 0.
  size_t role_after(size_t end) const {
    const size_t size = doc_.tokens.size();
    if (end + 1 >= size || folded(end) != ",") return 0;
    size_t from = end + 1;
    std::string_view d = folded(from);
    if ((d == "le" || d == "la" || d == "l'" || d == "son" || d == "sa" || d == "leur" || d == "notre") && from + 1 < size) ++from;
    std::string scratch;
    for (size_t n = std::min(names_.longest_title, size - from); n >= 1; --n)
      if (names_.roles.count(joined_view(doc_, from, from + n, scratch))) return from;
    return 0;
  }

  // "Marie Quéré, 54 ans,": a person's age in apposition.
  bool followed_by_age(size_t end) const {
    return end + 3 < doc_.tokens.size() && folded(end) == "," && doc_.tokens[end + 1].kind == TokenKind::kNumber &&
           folded(end + 2) == "ans" && folded(end + 3) == ",";
  }

  void propose(const std::string& type, size_t begin, size_t end, Strength strength, const char* rule) {
    // "Hydrolux SAS": the legal form is in the span, not in the name; "Hydrolux" alone elsewhere is it.
    size_t name_end = end;
    if (type == "ORG" && end - begin >= 2 && names_.legal_suffixes.count(folded(end - 1))) name_end = end - 1;
    found_.push_back({type, begin, end, name_of(begin, name_end), rule});
    for (const std::string& key : {join_tokens(doc_, begin, end), join_tokens(doc_, begin, name_end)}) {
      auto& best = best_type_[key];
      if (!type.empty() && (best.first.empty() || strength > best.second)) best = {type, strength};
    }
  }

  bool all_caps_common_words(size_t begin, size_t end) const {
    for (size_t i = begin; i < end; ++i) {
      if (is_particle(i)) continue;
      std::string_view s = original(i);
      bool caps = std::none_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      if (!caps || !lexicon_.is_common_word(folded(i))) return false;
    }
    return end - begin >= 2 || lexicon_.is_common_word(folded(begin));
  }

  // "ministère de l'Économie", "université Grenoble-Alpes": the first token of a lower-case
  // institution head (and its "de") right before the name, or `begin` when there is none.
  size_t institution_head_before(size_t begin) const {
    size_t k = begin;
    while (k > 0 && (is_particle(k - 1) || folded(k - 1) == "l'" || folded(k - 1) == "d'") && begin - k < 3) --k;
    // "tribunal correctionnel de Marseille": the head may have adjectives of its own (up to two,
    // the head tried after each: "tribunal" itself ends like an adjective).
    for (size_t at = k, adjectives = 0;; ++adjectives, --at) {
      for (size_t words = 3; words >= 1; --words) {
        if (at < words) continue;
        size_t head = at - words;
        if (starts_upper(head)) continue;
        std::string scratch;
        if (names_.institution_heads.count(joined_view(doc_, head, at, scratch))) return head;
      }
      if (adjectives == 2 || at == 0 || !is_lowercase_adjective(at - 1)) break;
    }
    return begin;
  }

  // One sense per article: every run takes the surest type its words were given anywhere.
  void vote() {
    for (Found& f : found_) {
      std::string_view rule = f.rule;
      if (rule == "names.gazetteer" || rule == "names.state") continue;
      std::string key = join_tokens(doc_, f.begin, f.end);
      if (not_names_.count(key)) {
        f.type.clear();  // removed by link_aliases
        continue;
      }
      auto it = best_type_.find(key);
      if (it != best_type_.end() && it->second.first != f.type) {
        f.type = it->second.first;
        f.rule = "names.same_as_elsewhere";
      }
    }
    share_type_in_enumerations();
    // Unknown words stay unknown unless a surname links them to a person (resolve_surnames).
  }

  // "Zariategui, Eflio, Torre, Madrazo et Vargas", "Wilkins et Eielson": names listed together
  // are of one kind; unknown ones take the type of the others, when these agree on one.
  void share_type_in_enumerations() {
    std::vector<size_t> order(found_.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return found_[a].begin < found_[b].begin; });
    auto listed_after = [&](const Found& a, const Found& b) {
      if (b.begin <= a.end || b.begin - a.end > 2 || !in_same_sentence(a.begin, b.begin)) return false;
      for (size_t k = a.end; k < b.begin; ++k) {
        std::string_view f = folded(k);
        if (f != "," && f != "et" && f != "ou" && f != "ni" && f != "&" && f != "de") return false;
      }
      return true;
    };
    for (size_t first = 0; first < order.size();) {
      size_t last = first + 1;
      while (last < order.size() && listed_after(found_[order[last - 1]], found_[order[last]])) ++last;
      if (last - first >= 2) {
        std::string type;
        bool agree = true, unknown = false;
        for (size_t k = first; k < last; ++k) {
          const std::string& t = found_[order[k]].type;
          if (t.empty()) unknown = true;
          else if (type.empty()) type = t;
          else if (t != type) agree = false;
        }
        if (agree && unknown && (type == "PER" || type == "ORG")) {
          for (size_t k = first; k < last; ++k) {
            Found& f = found_[order[k]];
            if (f.type.empty()) {
              f.type = type;
              f.rule = "names.listed";
            }
          }
        }
      }
      first = last;
    }
  }

  bool is_place_preposition(size_t i) const {
    std::string_view f = folded(i);
    return f == "a" || f == "en" || f == "vers" || f == "depuis" || f == "pres";
  }

  std::string name_of(size_t begin, size_t end) const {
    size_t b = doc_.view.to_original_start(doc_.tokens[begin].begin);
    size_t e = doc_.view.to_original_end(doc_.tokens[end - 1].end);
    return std::string(doc_.view.original().substr(b, e - b));
  }

  void add(const std::string& type, size_t begin, size_t end, std::string name, const char* rule) {
    found_.push_back({type, begin, end, std::move(name), rule});
  }

  // "long form (ACR)" and "Name (long form)": one organisation, the acronym or short name canonical.
  void link_aliases() {
    std::map<std::string, std::string> acronyms;  // folded acronym → canonical name, for its other mentions
    for (size_t k = 0; k < found_.size(); ++k) {
      const Found f = found_[k];  // a copy: found_ grows below
      size_t open = f.begin - 1, close = f.end;
      bool in_parentheses = f.begin > 0 && folded(open) == "(" && close < doc_.tokens.size() && folded(close) == ")";
      // "(Drac)", "(Gipreb)": a word in parentheses not yet known as an organisation may be an
      // acronym all the same, when the words before it spell it.
      if (f.type != "ORG" && !(in_parentheses && f.type != "PER" && f.end - f.begin == 1)) continue;
      if (in_parentheses && f.end - f.begin == 1) {
        // "(CNRS)", "(Ademe)": the words before spell it. The long form may be known already.
        if (size_t start = long_form_start(open, original(f.begin)); start < open) {
          if (found_[k].type != "ORG") found_[k].rule = "names.acronym";
          found_[k].type = "ORG";
          acronyms.emplace(std::string(folded(f.begin)), f.name);
          bool known = false;
          for (Found& other : found_) {
            if (other.begin == start && other.end == open) {
              other.type = "ORG";
              other.name = f.name;
              known = true;
            } else if (other.begin < open && other.end > start) {
              other.type.clear();  // a piece of the long form ("Centre national" of "Centre national d'études spatiales")
            }
          }
          if (!known) found_.push_back({"ORG", start, open, f.name, "names.acronym_long_form"});
          aliases_.push_back({f.name, start});
        }
      } else if (f.end < doc_.tokens.size() && folded(f.end) == "(") {
        // "Aniti (Institut toulousain d'intelligence artificielle et naturelle)"
        size_t close_paren = f.end + 1;
        while (close_paren < doc_.tokens.size() && folded(close_paren) != ")" && close_paren - f.end < 16) ++close_paren;
        if (close_paren < doc_.tokens.size() && folded(close_paren) == ")" && close_paren - f.end >= 3 && starts_upper(f.end + 1)) {
          for (Found& inner : found_)
            if (inner.begin > f.end && inner.end <= close_paren) inner.type.clear();  // replaced below
          found_.push_back({"ORG", f.end + 1, close_paren, f.name, "names.short_form_long_form"});
          aliases_.push_back({f.name, f.end + 1});
        }
      }
    }
    // "Le Crous annonce…": the acronym is the organisation wherever else it was left unknown.
    for (Found& f : found_) {
      if (f.end - f.begin != 1 || !f.type.empty()) continue;
      if (auto it = acronyms.find(std::string(folded(f.begin))); it != acronyms.end()) {
        f.type = "ORG";
        f.name = it->second;
        f.rule = "names.same_as_elsewhere";
      }
    }
    found_.erase(std::remove_if(found_.begin(), found_.end(), [](const Found& f) { return f.type.empty(); }), found_.end());
  }

  // Where the long form of `acronym` starts, before token `open`: the shortest run of words whose
  // initials spell it, content words always giving theirs and function words ("de", "l'") giving
  // theirs or none ("Agence de l'environnement et de la maîtrise de l'énergie" → ADEME);
  // `open` when there is none. The long form starts with a content word.
  // Content words spelling the acronym alone are tried first: "direction départementale des
  // territoires (DDT)" starts at "direction", not at "départementale" with the "d" of "des". Commas
  // may separate the words ("de l'environnement, de l'aménagement et du logement (Dreal)").
  size_t long_form_start(size_t open, std::string_view acronym) const {
    std::string letters;
    for (char c : acronym)
      if (std::isalpha(static_cast<unsigned char>(c))) letters += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (letters.size() < 2 || letters.size() > 10) return open;
    // The words before "(", nearest first.
    struct Word {
      char initial;
      bool function_word;  // "de", "l'": gives its initial or none
      bool comma;          // gives none
      std::string parts;   // "Grenoble-Alpes" → "ga", "Val-de-Sèvre" → "vs": may give these instead
    };
    auto is_function = [](std::string_view f) {
      return f == "de" || f == "des" || f == "du" || f == "et" || f == "la" || f == "le" || f == "les" || f == "en" ||
             f == "pour" || f == "a" || f == "aux" || f == "au" || f == "sur" || f == "and" || f == "of" || f == "for" ||
             f == "the" || f == "l" || f == "d";
    };
    std::vector<Word> words;
    for (size_t i = open; i > 0 && open - i < 24;) {
      --i;
      const Token& t = doc_.tokens[i];
      std::string_view f = folded(i);
      if (f == "," && !words.empty()) {
        words.push_back({',', true, true, {}});
        continue;
      }
      if (t.kind != TokenKind::kWord && t.kind != TokenKind::kElision) break;
      bool function_word = t.kind == TokenKind::kElision || is_function(f);
      std::string parts;
      if (!function_word && f.find('-') != std::string_view::npos) {
        for (size_t from = 0; from < f.size();) {
          size_t dash = std::min(f.find('-', from), f.size());
          std::string_view part = f.substr(from, dash - from);
          if (!part.empty() && !is_function(part)) parts += part[0];
          from = dash + 1;
        }
        if (parts.size() < 2) parts.clear();
      }
      words.push_back({f[0], function_word, false, std::move(parts)});
    }
    for (bool function_letters : {false, true}) {
      // reachable[j]: the last j letters of the acronym can be spelt by the words read so far.
      std::vector<bool> reachable(letters.size() + 1, false);
      reachable[0] = true;
      for (size_t w = 0; w < words.size(); ++w) {
        const Word& word = words[w];
        std::vector<bool> next(letters.size() + 1, false);
        for (size_t j = 0; j <= letters.size(); ++j) {
          if (!reachable[j]) continue;
          if (word.function_word) next[j] = true;  // gives no letter
          bool gives = !word.comma && (!word.function_word || function_letters);
          if (gives && j < letters.size() && letters[letters.size() - 1 - j] == word.initial) next[j + 1] = true;
          size_t p = word.parts.size();
          if (p > 0 && j + p <= letters.size() && letters.compare(letters.size() - j - p, p, word.parts) == 0) next[j + p] = true;
        }
        reachable = std::move(next);
        if (reachable[letters.size()] && !word.function_word) return open - 1 - w;
        if (std::none_of(reachable.begin(), reachable.end(), [](bool b) { return b; })) break;
      }
    }
    return open;
  }

  // A surname alone, or a full name again, is the person named in full earlier (or later).
  void resolve_surnames() {
    // "Mme Le Bihan", "Mme de La Forest": a surname opened by a particle or an article.
    auto particle_surname = [&](const Found& f) { return f.end - f.begin >= 2 && (is_particle(f.begin) || folded(f.begin) == "d'"); };
    std::map<std::string, std::string> by_surname;  // folded last word → full name
    for (const Found& f : found_) {
      if (f.type == "PER" && f.end - f.begin >= 2 && !particle_surname(f)) by_surname.emplace(std::string(folded(f.end - 1)), f.name);
    }
    for (Found& f : found_) {
      if (f.end - f.begin != 1 && !(f.type == "PER" && particle_surname(f))) continue;
      auto it = by_surname.find(std::string(folded(f.end - 1)));
      if (it == by_surname.end()) continue;
      // The particle surname is the end of the full name: "Anne-Sophie Le Bihan".
      if (f.end - f.begin > 1 && !rules::fold_text(it->second).ends_with(" " + join_tokens(doc_, f.begin, f.end))) continue;
      f.type = "PER";
      f.name = it->second;
      f.rule = "names.surname_of";
    }
    found_.erase(std::remove_if(found_.begin(), found_.end(), [](const Found& f) { return f.type.empty(); }), found_.end());
  }

  void build_entities() {
    std::sort(found_.begin(), found_.end(), [](const Found& a, const Found& b) { return a.begin < b.begin; });
    std::map<std::pair<std::string, std::string>, int> entity_of;
    auto& graph = doc_.graph;
    for (const Found& f : found_) {
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
  }

  // ROLE: "Jalil Benabdillah, vice-président adjoint de l'Économie … de la Région Occitanie": the
  // person (subject) holds the role written in apposition (attribute `role`) at the first
  // organisation named after it in the sentence (object).
  void add_role_relations() {
    auto& graph = doc_.graph;
    for (const Role& r : roles_) {
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
      // The role runs to the organisation, without the "de la" that introduces it.
      size_t last = r.role_begin;
      for (size_t t = r.role_begin; t < doc_.tokens.size() && doc_.view.to_original_start(doc_.tokens[t].begin) < organisation->begin; ++t)
        last = t;
      // Without what introduces the organisation: "de la", "au", "chez", "du groupe".
      auto introduces = [&](size_t t) {
        std::string_view f = folded(t);
        return is_particle(t) || f == "l'" || f == "d'" || f == "," || f == "au" || f == "aux" || f == "a" || f == "chez" ||
               f == "pour" || f == "aupres" || is_org_head(t);
      };
      while (last > r.role_begin && introduces(last)) --last;
      std::string role = name_of(r.role_begin, last + 1);
      graph.relations.push_back({"ROLE", {graph::Ref::kEntity, person}, {graph::Ref::kEntity, organisation->entity},
                                 {{"role", role}}, sentence_begin, sentence_end, "names.role.apposition"});
    }
  }

  // ALIAS: the organisation (subject) is also written as this long form (object, a mention), as
  // the sentence that gives both says.
  void add_alias_relations() {
    auto& graph = doc_.graph;
    for (const Alias& a : aliases_) {
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

  struct Found {
    std::string type;
    size_t begin, end;  // tokens
    std::string name;
    const char* rule;
  };

  Document& doc_;
  const NameResources& names_;
  const FrenchLexicon& lexicon_;
  std::vector<uint32_t> sentence_starts_;
  mutable std::vector<uint8_t> case_;  // CaseFlags of each token, filled on first use
  std::vector<Found> found_;
  std::unordered_map<std::string, std::pair<std::string, Strength>> best_type_;
  struct Role {
    size_t person_begin;  // first token of the person's name
    size_t role_begin;    // first token of the role, after the comma
  };
  std::vector<Role> roles_;
  static constexpr size_t kNone = static_cast<size_t>(-1);
  size_t last_person_end_ = kNone;  // the token after the last person's name classified
  bool person_list_ = false;        // that name came after "MM.": the names after it are people too
  TextSet not_names_;               // folded runs this article shows are no names ("MW" after a number)

  struct Alias {
    std::string name;  // canonical name of the organisation
    size_t long_form;  // first token of the long form's mention
  };
  std::vector<Alias> aliases_;
};

}  // namespace

NameResources NameResources::from(const rules::RuleSet& rules) {
  NameResources r;
  auto words_of = [&](const char* table, TextSet& into, size_t* longest) {
    if (const rules::Table* t = rules.table(table)) {
      for (const auto& row : t->rows) {
        std::string key = table_key(row.surface);
        if (longest) *longest = std::max(*longest, count_words(key));
        into.insert(std::move(key));
      }
    }
  };
  words_of("titres", r.titles, &r.longest_title);
  if (const rules::Table* t = rules.table("titres")) {
    int kind = t->column("kind");
    for (const auto& row : t->rows)
      (kind >= 0 && row.values[kind] == "role" ? r.roles : r.civilities).insert(table_key(row.surface));
  }
  words_of("tetes_org", r.org_heads, nullptr);
  words_of("tetes_institution", r.institution_heads, nullptr);
  words_of("suffixes_legaux", r.legal_suffixes, nullptr);
  words_of("tetes_lieux", r.place_heads, nullptr);
  words_of("tetes_autres", r.other_heads, nullptr);
  words_of("verbes_parole", r.speech_verbs, nullptr);
  auto entries = [&](const char* table, const std::string& type) {
    const rules::Table* t = rules.table(table);
    if (!t) return;
    int name = t->column("name");
    for (const auto& row : t->rows) {
      std::string key = table_key(row.surface);
      size_t words = count_words(key);
      r.longest_entry = std::max(r.longest_entry, words);
      // The first token as the tokenizer cuts it: up to a space, or an elision with its apostrophe.
      size_t cut = std::min(key.find(' '), key.find('\'') == std::string::npos ? std::string::npos : key.find('\'') + 1);
      std::string first = key.substr(0, cut);
      size_t& longest = r.gazetteer_starts[first];
      longest = std::max(longest, words);
      r.gazetteer.emplace(key, Entry{type, name >= 0 ? row.values[name] : row.surface});
    }
  };
  entries("non_entites", "");
  entries("organisations", "ORG");
  entries("lieux", "LOC");
  return r;
}

void extract_names(Document& doc, const NameResources& names) { NameFinder(doc, names).run(); }

}  // namespace glaneur::extract
