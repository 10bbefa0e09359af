// Relation scores: per relation type and over "all", how many gold and system relations, and how
// many match strictly and leniently.
//
// The system's relations are read in the gold's shape: an end that is an entity becomes its name,
// a MONEY, PERCENT, QUANTITY or DATE mention its value, another mention its text. A system
// relation matches a gold one of its type when
//   - the objects are the same: a value right on the keys the gold gives (value_match.h), or the
//     same name once folded (name_fold.h); what is ANNOUNCEd, a free noun phrase, is compared
//     like a subject;
//   - and the subjects are the same name once folded (strict), or share a content word (lenient).
// PARTNER matches either way round. Each pass (strict, lenient) pairs gold relations in order with
// the first unused system relation that matches. Gold relations whose object is null (a role at no
// named organisation) are not scored; articles whose gold has no "relations" are left out.
//
//   {"type": "AMOUNT", "subject": "Kolibri", "object": {"amount": 42000000, "currency": "EUR"}}
//   matches a system AMOUNT from the entity "Kolibri" to the mention "42 millions d’euros".
//
// The lenient pass's leftovers become error lines:
//   REL MISSED   kolibri-levee-serie-b AMOUNT valorisation -> {"amount": 60000000, "currency": "EUR"}
//   REL SPURIOUS kolibri-levee-serie-b ROLE Jean Dupont -> Kolibri
#pragma once

#include <map>
#include <string>
#include <vector>

#include "eval/gold_reader.h"

namespace glaneur::eval {

struct RelationScore {
  long gold = 0, system = 0;
  long strict = 0, lenient = 0;
};

// One relation in the gold's shape: type, subject and object as names or values.
struct RelationEnds {
  std::string type;
  Json subject, object;
};

// The system graph's relations in the gold's shape.
std::vector<RelationEnds> system_relations(const Json& system);

bool relation_match(const RelationEnds& gold, const RelationEnds& system, bool strict);

// Scores one article (nothing when its gold has no relations): adds to `scores` and `errors`.
void score_relations(const GoldArticle& gold, const Json& system, std::map<std::string, RelationScore>& scores,
                     std::vector<std::string>& errors);

}  // namespace glaneur::eval
