// Tested through tests/extract/names_test.cc.
#include "extract/name_tokens.h"

namespace glaneur::extract {

using text::Token;
using text::TokenKind;

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

NameTokens::NameTokens(Document& doc, const NameResources& names) : doc_(doc), names_(names), lexicon_(french_lexicon()) {
  folded_.reserve(doc.tokens.size());
  original_.reserve(doc.tokens.size());
  for (const Token& t : doc.tokens) {
    folded_.push_back(doc.view.text().substr(t.begin, t.end - t.begin));
    size_t b = doc.view.to_original_start(t.begin), e = doc.view.to_original_end(t.end);
    original_.push_back(doc.view.original().substr(b, e - b));
  }
  sentence_of_.resize(doc.tokens.size());
  size_t sentence = 0;  // sentences before the token: its sentence's index, 1-based
  for (size_t t = 0; t < doc.tokens.size(); ++t) {
    while (sentence < doc.sentences.size() && doc.sentences[sentence].begin <= doc.tokens[t].begin) ++sentence;
    sentence_of_[t] = static_cast<uint32_t>(sentence);
  }
  case_.assign(doc.tokens.size(), 0);
  word_flags_.assign(doc.tokens.size(), 0);
}

bool NameTokens::is_capitalised(size_t i) const {
  const Token& t = doc_.tokens[i];
  if (t.kind != TokenKind::kWord) return false;
  uint8_t flags = case_of(i);
  if (!(flags & kUpper)) return false;
  if (flags & kOneLetter) return false;  // one letter: an initial or "A" for "À"
  if (is_roman_ordinal(i)) return false;  // "au XVIIe", "la Ve République"
  // A title opens a person's name ("Général Leclerc"), except as the adjective of a body's head
  // before it ("Conseil Général des Vosges").
  if (names_.titles.count(folded(i)))
    return i > 0 && adjacent(i - 1, i) && starts_upper(i - 1) && is_org_head(i - 1) && lexicon_.is_adjective(folded(i));
  // "MM." and "Mme." as the tokenizer cuts them: the word, then its period.
  return !civility_and_its_stop(i);
}

// "CNRS", "LAAS", "R&D": two to six capitals, and not a word in capitals ("OFFRE", "HARTMANN").
bool NameTokens::is_acronym(size_t i) const {
  std::string_view s = original(i);
  if (is_common_word(i)) return false;
  size_t letters = 0;
  for (size_t pos = 0; pos < s.size();) {
    char32_t cp = text::decode_utf8(s, pos);
    if (u_isalpha(cp)) {
      if (!u_isupper(cp)) return false;
      ++letters;
    }
  }
  // "MI-24", "A320": a model, not a body (bodies with a digit, TF1, are in the gazetteer).
  if (std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  // "III", "IV", "XIX": a number in Roman numerals (classes, centuries, kings), not an acronym.
  bool roman = s.find_first_not_of("IVXLC") == std::string_view::npos;
  // "FLIN : Soeur Germain", "TOUL\nCollision…", "BAVANS _ Dimanche": a commune in capitals heading an
  // item of a listing or a dispatch (not a team in a headline, "MELUN (9e) - NANCY").
  auto heading = [&] {
    return i + 1 >= doc_.tokens.size() || !in_same_sentence(i, i + 1) || folded(i + 1) == ":" || folded(i + 1) == "_" ||
           folded(i + 1) == ".";
  };
  bool commune = letters >= 4 && names_.communes.count(folded(i)) && heading();
  return letters >= 2 && letters <= 6 && !roman && !commune;
}

bool NameTokens::is_alphabetic(size_t i) const {
  std::string_view s = original(i);
  for (size_t pos = 0; pos < s.size();)
    if (!u_isalpha(text::decode_utf8(s, pos))) return false;
  return true;
}

bool NameTokens::is_roman_numeral(size_t i) const {
  std::string_view s = original(i);
  return !s.empty() && s.size() <= 5 && s.find_first_not_of("IVX") == std::string_view::npos;
}

// "M" then ".", "Dr" then ".": a title the tokenizer cut from its stop.
bool NameTokens::civility_and_its_stop(size_t i) const {
  return i + 1 < doc_.tokens.size() && folded(i + 1) == "." && names_.titles.count(std::string(folded(i)) + ".");
}

bool NameTokens::is_roman_ordinal(size_t i) const {
  std::string_view f = folded(i);
  if (f.empty() || (f[0] != 'i' && f[0] != 'v' && f[0] != 'x')) return false;  // most capitalised words: no lookup of the original
  // The numeral in capitals ("VIe", not "Vie"), then its suffix, folded: its letters are ASCII.
  size_t numeral = original(i).find_first_not_of("IVX");  // centuries and republics: not "Le", "Ce"
  if (numeral == 0 || numeral == std::string_view::npos) return false;
  // Not "Ier", a king's number ("François Ier").
  std::string_view suffix = f.substr(numeral);
  return suffix != "er" && is_ordinal_suffix(suffix);
}

bool is_ordinal_suffix(std::string_view folded) {
  return folded == "e" || folded == "er" || folded == "eme" || folded == "re" || folded == "ere";
}

bool joins_a_towns_name(std::string_view folded) {
  for (std::string_view joint : {"-sur-", "-sous-", "-les-", "-lès-", "-lez-", "-de-", "-du-", "-en-", "-la-", "-le-", "-aux-", "-devant-"})
    if (folded.find(joint) != std::string_view::npos) return true;
  return false;
}

bool NameTokens::is_org_head(size_t i) const {
  std::string f(folded(i));
  if (names_.org_heads.count(f)) return true;
  // "Agences", "Sociétés"; not "Cours" (des Halles), a place, for "cour".
  if (f.size() > 2 && f.back() == 's' && !names_.place_heads.count(f) && names_.org_heads.count(f.substr(0, f.size() - 1)))
    return true;
  // "ski-club", "Tennis-Club", "Foot-Club": a compound ending with a head; not a town's name
  // ("Savonnières-devant-Bar").
  size_t dash = f.rfind('-');
  return dash != std::string::npos && dash > 0 && names_.org_heads.count(f.substr(dash + 1)) && !joins_a_towns_name(f);
}

// "Pompey-Philatélie", "Belfort-Échecs": a name and a pastime joined by a hyphen, a club's; not a
// pastime's own compound ("Canoë-Kayak", "Volley-Ball").
bool NameTokens::is_club_compound(size_t i) const {
  std::string_view f = folded(i);
  size_t dash = f.rfind('-');
  return dash != std::string_view::npos && dash > 0 && starts_upper(i) && names_.disciplines.count(f.substr(dash + 1)) &&
         !names_.disciplines.count(f) && !names_.disciplines.count(f.substr(0, f.find('-')));
}

bool NameTokens::opens_with_an_arabic_article(size_t i) const {
  std::string_view s = original(i);
  size_t dash = s.find('-');
  if (dash != 2 || dash + 1 >= s.size() || doc_.tokens[i].kind != TokenKind::kWord) return false;
  std::string_view article = s.substr(0, 2);
  size_t at = dash + 1;
  return (article == "al" || article == "el") && u_isupper(text::decode_utf8(s, at));
}

bool NameTokens::has_demonym_ending(std::string_view f, size_t stem) {
  for (std::string_view suffix : {"ien", "ienne", "iens", "iennes", "ais", "aise", "aises", "ois", "oise", "oises", "ain", "aine",
                                  "ains", "aines", "een", "eenne", "eens", "eennes"})
    if (f.size() >= suffix.size() + stem && f.ends_with(suffix)) return true;
  return false;
}

bool NameTokens::is_lowercase_adjective(size_t i) const {
  if (doc_.tokens[i].kind != TokenKind::kWord || starts_upper(i)) return false;
  std::string_view f = folded(i);
  // "la Boulangerie Mornet avenue Foch": "avenue" the participle ("nul et non avenu") is a street here.
  if (names_.place_heads.count(f)) return false;
  // "l'Office national des vins basé à Dijon": a participle and its complement are no part of a name.
  if (written_as_a_participle(i) && i + 1 < doc_.tokens.size()) {
    std::string_view next = folded(i + 1);
    if (next == "a" || next == "au" || next == "aux" || next == "par" || next == "en" || next == "dans" || next == "sur") return false;
  }
  return has_adjective_ending(i) || (f.size() > 3 && lexicon_.is_adjective(f));
}

bool NameTokens::written_as_a_participle(size_t i) const {
  std::string_view o = original(i);
  return o.ends_with("é") || o.ends_with("ée") || o.ends_with("és") || o.ends_with("ées");
}

bool NameTokens::has_adjective_ending(size_t i) const {
  if (doc_.tokens[i].kind != TokenKind::kWord || starts_upper(i)) return false;
  std::string_view f = folded(i);
  for (std::string_view suffix : {"al", "ale", "aux", "ales", "ique", "iques", "ais", "aise", "ois", "oise", "ien", "ienne",
                                  "el", "elle", "aire", "aires", "ain", "aine", "ral", "rale", "eral", "erale", "ales"})
    if (f.size() > suffix.size() + 2 && f.ends_with(suffix)) return true;
  // "consultatif", "sportive", "foncière", "canine" where the dictionary says they are adjectives;
  // not "initiative", "archive", "sorcière": nouns end so too.
  for (std::string_view suffix : {"if", "ive", "ifs", "ives", "ine", "ines", "iere", "ieres"})
    if (f.size() > suffix.size() + 2 && f.ends_with(suffix) && lexicon_.is_adjective(f)) return true;
  return false;
}

bool NameTokens::sentence_start(size_t i) const {
  for (size_t k = i; k > 0; --k) {
    if (!in_same_sentence(k - 1, i)) return true;
    if (doc_.tokens[k - 1].kind != TokenKind::kPunctuation) return false;
  }
  return true;
}

// The longest gazetteer entry starting at token i where no word the table capitalises is in lower
// case ("Banque de France"; "banque de France" where the table writes it so too): its length in
// tokens (0 for none), and the entry.
size_t NameTokens::gazetteer_entry_at(size_t i, const NameResources::Entry** entry) const {
  if (doc_.tokens[i].kind != TokenKind::kWord || !may_start_an_entry(i)) return 0;
  auto starts = names_.gazetteer_starts.find(folded(i));
  if (starts == names_.gazetteer_starts.end()) return 0;
  for (size_t n = std::min(starts->second, doc_.tokens.size() - i); n >= 1; --n) {
    std::string scratch;
    auto it = names_.gazetteer.find(joined_view(doc_, i, i + n, scratch));
    if (it == names_.gazetteer.end()) continue;
    bool same_case = true;
    for (size_t k = 0; k < n && k < 32 && same_case; ++k)
      same_case = !(it->second.capitalised_tokens >> k & 1) || starts_upper(i + k);
    if (!same_case) continue;
    *entry = &it->second;
    return n;
  }
  return 0;
}

// The folded words before token i (up to n of them), for titles and head nouns; up to
// `skip_adjectives` lower-case words may come between ("le groupe pharmaceutique X"), but not a
// full stop ("… de la clinique. Finie…") nor a grammatical word ("la municipalité de X", "la
// mairie à X": X is the town); an opening quote may ("l'association « Passerelles »").
bool NameTokens::preceded_by(size_t i, const TextSet& set, size_t longest, size_t skip_adjectives) const {
  for (size_t skip = 0; skip <= skip_adjectives && skip < i; ++skip) {
    std::string_view skipped = skip > 0 ? original(i - skip) : std::string_view();
    bool quote = skipped == "«" || skipped == "\"";  // "l'association « Passerelles »"
    if (skip > 0 && !quote &&
        (doc_.tokens[i - skip].kind != TokenKind::kWord || starts_upper(i - skip) || is_particle(i - skip) ||
         lexicon_.is_grammatical(folded(i - skip))))
      break;
    // Not a headline's last words over the next line: "fêté par ses amis footballeurs\n\nFabien".
    for (size_t n = 1; n <= longest && n + skip <= i && in_same_sentence(i - skip - n, i); ++n) {
      std::string scratch;
      if (set.count(joined_view(doc_, i - skip - n, i - skip, scratch))) return true;
    }
  }
  return false;
}

bool NameTokens::followed_by(size_t end, const TextSet& set, size_t longest) const {
  std::string scratch;
  for (size_t n = 1; n <= longest && end + n <= doc_.tokens.size(); ++n)
    if (set.count(joined_view(doc_, end, end + n, scratch))) return true;
  return false;
}

// "COB tennis", "Chazot VTT", "ASPTT tennis de table", and with `de` "District Meuse de football":
// where the sport written right after a club's or a league's name (at `end`) ends, or `end` when
// none is. Not a rubric after a headline in capitals ("PIERCE BATTUE A AUCKLAND Tennis.").
size_t NameTokens::discipline_end(size_t end, bool de) const {
  const size_t n = doc_.tokens.size();
  if (end == 0 || end >= n || !adjacent(end - 1, end)) return end;
  size_t sport = end + (de && is_de(end));
  if (sport >= n || (starts_upper(sport) && !is_capitals(sport))) return end;
  std::string scratch;
  for (size_t words = std::min(names_.longest_discipline, n - sport); words >= 1; --words)
    if (names_.disciplines.count(joined_view(doc_, sport, sport + words, scratch))) return sport + words;
  return end;
}

bool NameTokens::is_rubric(size_t i) const {
  std::string scratch;
  for (size_t words = 1; words <= names_.longest_discipline && i + words < doc_.tokens.size(); ++words)
    if (names_.disciplines.count(joined_view(doc_, i, i + words, scratch)) && folded(i + words) == ".") return true;
  return false;
}

bool NameTokens::opens_a_full_name(size_t i) const {
  return i + 1 < doc_.tokens.size() && is_first_name(i) && adjacent(i, i + 1) && is_capitalised(i + 1) && !is_particle(i + 1);
}

// "Carole", and "Joseph-Laurent", "Henri-François": every part a first name.
bool NameTokens::is_first_name(size_t i) const {
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

bool NameTokens::is_listed_first_name(size_t i) const {
  std::string_view f = folded(i);
  return names_.first_names.count(f) && is_capitalised(i) && !is_capitals(i) && !is_common_word(i) && !starts_a_known_name(i);
}

bool NameTokens::is_known_place(size_t begin, size_t end) const {
  const NameResources::Entry* place = nullptr;
  return names_.communes.count(join_tokens(doc_, begin, end)) || (gazetteer_entry_at(begin, &place) == end - begin && place->type == "LOC");
}

std::string NameTokens::name_of(size_t begin, size_t end) const {
  size_t b = doc_.view.to_original_start(doc_.tokens[begin].begin);
  size_t e = doc_.view.to_original_end(doc_.tokens[end - 1].end);
  return std::string(doc_.view.original().substr(b, e - b));
}

}  // namespace glaneur::extract
