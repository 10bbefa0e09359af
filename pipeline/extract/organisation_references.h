// Subjects that take up an organisation named as a subject before them: a pronoun ("A l'occasion
// du salon, la Région – la seule à dépasser l'objectif européen … – puisqu'elle consacre 3,7 % de
// son PIB", "Le PSG … Pour la saison prochaine, il…") or a noun of reprises_org.tsv ("Calanque Data
// a été créée en 2012. L'entreprise emploie 210 collaborateurs"). The graph phase reads each as a
// mention of its organisation (rules::Reference), so that the relation rules written over {ORG:s}
// link the organisation itself.
//
//   extract_names(doc, names);
//   rules::run_graph_rules(rules, doc, {}, nullptr, &tokens, organisation_references(doc, names));
//
// Only subjects: a sentence's subject is what stands first, past the phrases set before it with
// commas. A pronoun takes up the subject of its sentence, or of the sentence before when it is that
// subject itself, if that subject is an organisation whose determiner ("la Région", "le CNRS")
// does not contradict the pronoun's gender; a noun, the organisation of the nearest of the eight
// sentences before whose subject is a name. A person or another noun as that subject: nothing.
#pragma once

#include <vector>

#include "analyzer.h"
#include "extract/name_resources.h"
#include "rules/engine.h"

namespace glaneur::extract {

std::vector<rules::Reference> organisation_references(const Document& doc, const NameResources& resources);

}  // namespace glaneur::extract
