// Tested by tests/extract/organisation_references_test.cc
#include "extract/organisation_references.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "rules/pattern.h"

namespace glaneur::extract {
namespace {

enum class Gender { kUnknown, kMasculine, kFeminine };

bool is_one_of(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool is_determiner(std::string_view word) { return is_one_of(word, {"le", "la", "les", "l'", "un", "une", "ce", "cet", "cette"}); }

Gender gender_of_determiner(std::string_view word) {
  if (is_one_of(word, {"la", "une", "cette"})) return Gender::kFeminine;
  if (is_one_of(word, {"le", "un", "ce", "cet"})) return Gender::kMasculine;
  return Gender::kUnknown;
}

// "il" or "elle" as the subject of its verb: not after a preposition ("à elle seule", "pour
// elle"), not the impersonal "il" ("il y a", "il faut", "il s'agit").
Gender subject_pronoun(const Document& doc, size_t t) {
  std::string_view word = token_text(doc, t);
  Gender gender = word == "il" ? Gender::kMasculine : word == "elle" ? Gender::kFeminine : Gender::kUnknown;
  if (gender == Gender::kUnknown) return gender;
  if (t > 0 && is_one_of(token_text(doc, t - 1), {"a", "de", "d'", "pour", "avec", "sans", "chez", "par", "sur", "contre", "entre",
                                                   "selon", "apres", "avant", "comme", "vers", "envers", "devant", "derriere",
                                                   "sous", "en", "-"}))
    return Gender::kUnknown;
  if (t + 1 < doc.tokens.size()) {
    std::string_view next = token_text(doc, t + 1);
    if (is_one_of(next, {"y", "faut", "fallait", "faudra", "faudrait"})) return Gender::kUnknown;
    if (next == "s'" && t + 2 < doc.tokens.size() && is_one_of(token_text(doc, t + 2), {"agit", "agissait", "agira", "agirait"}))
      return Gender::kUnknown;
  }
  return gender;
}

// What stands in the place of a sentence's subject, as far as this file needs to know.
struct Subject {
  enum Kind { kNone, kPronoun, kName, kTakeUp } kind = kNone;
  size_t at = 0;                     // its first token (the determiner's, if any)
  size_t name = 0;                   // kName: index into the names
  Gender gender = Gender::kUnknown;  // as its determiner says ("la Région", "le CNRS")
};

class SubjectFinder {
 public:
  struct Name {
    size_t first_token, last_token;  // [first, last)
    size_t mention;
    bool organisation;
  };

  SubjectFinder(const Document& doc, const NameResources& resources)
      : doc_(doc), resources_(resources), name_at_(doc.tokens.size(), -1) {
    const auto& mentions = doc.graph.mentions;
    for (size_t i = 0; i < mentions.size(); ++i) {
      if (mentions[i].type != "ORG" && mentions[i].type != "PER") continue;
      size_t first = first_token_at(doc, static_cast<uint32_t>(doc.view.to_view(mentions[i].begin)));
      size_t last = first_token_at(doc, static_cast<uint32_t>(doc.view.to_view(mentions[i].end)));
      if (first >= doc.tokens.size() || name_at_[first] >= 0) continue;
      name_at_[first] = static_cast<int>(names_.size());
      names_.push_back({first, last, i, mentions[i].type == "ORG"});
    }
  }

  const Name& name(size_t i) const { return names_[i]; }

  // The subject of the sentence [first, limit): past the phrases set before it with commas ("A
  // l'occasion du salon, la Région…", "Implanté sur le site, il regroupe…"), a name with its
  // determiner and up to three words of apposition ("la start-up Kolibri"), alone ("L'université
  // et l'Inserm annoncent" is plural); a pronoun at `pronoun`; or a noun that takes up an
  // organisation ("L'entreprise emploie…", "Le groupe, qui…"). Anything else (another noun, a
  // name in a complement) is kNone.
  Subject subject(size_t first, size_t limit, size_t pronoun) const {
    constexpr int kFrontedPhrases = 3;
    constexpr size_t kApposition = 3;
    size_t t = first;
    for (int fronted = 0; fronted < kFrontedPhrases && t < limit && t != pronoun; ++fronted) {
      if (is_determiner(token_text(doc_, t)) || name_at_[t] >= 0) break;
      while (t < limit && t != pronoun && token_text(doc_, t) != ",") ++t;
      if (t < limit && t != pronoun) ++t;
    }
    if (t == pronoun) return {Subject::kPronoun, t};
    if (t >= limit) return {};
    Subject subject{Subject::kNone, t};
    if (is_determiner(token_text(doc_, t))) subject.gender = gender_of_determiner(token_text(doc_, t++));
    bool definite_singular = subject.at < t && is_one_of(token_text(doc_, subject.at), {"le", "la", "l'", "ce", "cet", "cette"});
    if (definite_singular && t + 1 < limit && takes_up_an_organisation(t)) {
      subject.kind = Subject::kTakeUp;
      return subject;
    }
    for (size_t words = 0; t < limit && name_at_[t] < 0 && words < kApposition; ++words, ++t) {
      std::string_view w = token_text(doc_, t);
      if (doc_.tokens[t].kind != text::TokenKind::kWord || is_one_of(w, {"de", "du", "des", "d'", "a", "au", "aux", "en", "pour", "par"}))
        return {};
    }
    if (t >= limit || name_at_[t] < 0) return {};
    subject.name = static_cast<size_t>(name_at_[t]);
    size_t after = names_[subject.name].last_token;
    if (after < doc_.tokens.size() && token_text(doc_, after) == "et") return {};
    subject.kind = Subject::kName;
    return subject;
  }

  // Whether the take-up at `t` ("entreprise", "université") may stand for the organisation named
  // as the subject `named`: any but a public body for a company's generic names, else one whose
  // name or apposition holds the noun ("l'université Grenoble-Alpes").
  bool may_take_up(size_t t, const Subject& named) const {
    std::string_view noun = token_text(doc_, t);
    std::string name;
    for (const auto& [key, value] : doc_.graph.mentions[names_[named.name].mention].value)
      if (key == "name") name = rules::fold_text(std::get<std::string>(value));
    if (resources_.generic_takeups.count(noun)) return !resources_.public_bodies.count(name.substr(0, name.find(' ')));
    for (size_t w = named.at; w < names_[named.name].first_token; ++w)
      if (token_text(doc_, w) == noun) return true;
    return name.find(noun) != std::string::npos;
  }

 private:
  // "entreprise" in "L'entreprise emploie", "Le groupe, qui": a noun of reprises_org.tsv with no
  // name or complement after it ("le groupe Synthelia" and "le groupe de distribution" name one).
  bool takes_up_an_organisation(size_t t) const {
    std::string_view noun = token_text(doc_, t);
    if (!resources_.generic_takeups.count(noun) && !resources_.named_takeups.count(noun)) return false;
    std::string_view next = token_text(doc_, t + 1);
    return name_at_[t] < 0 && name_at_[t + 1] < 0 && !is_one_of(next, {"de", "du", "des", "d'", "-", "("}) &&
           doc_.tokens[t + 1].kind != text::TokenKind::kNumber;
  }

  const Document& doc_;
  const NameResources& resources_;
  std::vector<Name> names_;
  std::vector<int> name_at_;  // by token: the name starting there, or -1
};

}  // namespace

std::vector<rules::Reference> organisation_references(const Document& doc, const NameResources& resources) {
  constexpr size_t kTakeUpReach = 8;  // sentences back to the organisation a take-up stands for
  std::vector<rules::Reference> out;
  SubjectFinder finder(doc, resources);
  // By sentence: the organisation its subject names, itself or through a take-up, and how.
  struct Named {
    size_t mention;
    Subject subject;  // kName: where the name was; kTakeUp: it stands for the name of an earlier sentence
  };
  std::vector<std::optional<Named>> named(doc.sentences.size());
  std::vector<std::optional<Subject>> name_of_sentence(doc.sentences.size());  // the kName subject behind each
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    size_t first = first_token_at(doc, doc.sentences[s].begin), end = first_token_at(doc, doc.sentences[s].end);
    Subject subject = finder.subject(first, end, doc.tokens.size());
    if (subject.kind == Subject::kName && finder.name(subject.name).organisation) {
      named[s] = Named{finder.name(subject.name).mention, subject};
      name_of_sentence[s] = subject;
    } else if (subject.kind == Subject::kTakeUp) {
      size_t noun = subject.at + 1;
      for (size_t back = 1; back <= kTakeUpReach && back <= s; ++back) {
        const std::optional<Subject>& earlier = name_of_sentence[s - back];
        if (!earlier || !finder.may_take_up(noun, *earlier)) continue;
        named[s] = Named{finder.name(earlier->name).mention, subject};
        name_of_sentence[s] = earlier;
        out.push_back({doc.tokens[subject.at].begin, doc.tokens[noun].end, named[s]->mention});
        break;
      }
    }
    for (size_t t = first; t < end; ++t) {
      Gender pronoun = subject_pronoun(doc, t);
      if (pronoun == Gender::kUnknown) continue;
      // The subject before the pronoun in its sentence ("la Région … puisqu'elle consacre"), or,
      // when the pronoun is that subject, the one of the sentence before.
      std::optional<Named> antecedent;
      Subject before = finder.subject(first, t, t);
      if (before.kind == Subject::kPronoun && s > 0) antecedent = named[s - 1];
      else if (before.kind == Subject::kName && finder.name(before.name).organisation)
        antecedent = Named{finder.name(before.name).mention, before};
      else if (before.kind == Subject::kTakeUp) antecedent = named[s];
      if (!antecedent || (antecedent->subject.gender != Gender::kUnknown && antecedent->subject.gender != pronoun)) continue;
      out.push_back({doc.tokens[t].begin, doc.tokens[t].end, antecedent->mention});
      // The pronoun subject passes its organisation on: "Il emploie 300 salariés. Il recrute."
      if (before.kind == Subject::kPronoun && !named[s]) named[s] = antecedent;
    }
  }
  std::sort(out.begin(), out.end(), [](const rules::Reference& a, const rules::Reference& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace glaneur::extract
