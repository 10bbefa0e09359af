// The names found, as the fact graph holds them: a mention per name (type, span in the original
// text, canonical name), an entity per canonical name with the other surfaces as aliases, and the
// relations the names' context gives: ROLE (a person's function in apposition, at the first
// organisation named after it) and ALIAS (an acronym and its long form).
#pragma once

#include "extract/found_names.h"
#include "extract/name_tokens.h"

namespace glaneur::extract {

void add_names_to_graph(Document& doc, const NameTokens& tokens, FoundNames& names);

}  // namespace glaneur::extract
