// What the article as a whole says of the names found in it: a name takes the surest type it was
// given anywhere (one sense per article) and the type of the names listed with it; an acronym
// and its long form ("Agence de l'environnement et de la maîtrise de l'énergie (Ademe)") are one
// organisation, the acronym canonical; a surname alone ("M. Benabdillah") is the person named in
// full. Names left without a type are dropped.
#pragma once

#include "extract/found_names.h"
#include "extract/name_cues.h"

namespace glaneur::extract {

void link_names(const NameCues& tokens, FoundNames& names);

}  // namespace glaneur::extract
