#pragma once

#include <string_view>

#include "extract/name_tokens.h"

namespace glaneur::extract {

// Where the long form of `acronym` starts, before token `open`: the shortest run of words whose
// initials spell it, content words always giving theirs and function words ("de", "l'") giving
// theirs or none ("Agence de l'environnement et de la maîtrise de l'énergie" → ADEME);
// `open` when there is none. The long form starts with a content word.
// Content words spelling the acronym alone are tried first: "direction départementale des
// territoires (DDT)" starts at "direction", not at "départementale" with the "d" of "des". Commas
// may separate the words ("de l'environnement, de l'aménagement et du logement (Dreal)").
size_t long_form_start(const NameTokens& tokens, size_t open, std::string_view acronym);

}  // namespace glaneur::extract
