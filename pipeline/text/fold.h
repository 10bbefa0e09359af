// Folding of one code point into the form rules match on: lower case, no accents, compatibility
// forms decomposed, and French typography made plain (’ ʼ ‘ → ', NBSP and narrow NBSP → space,
// dashes → -, œ → oe). "A l’Économie" folds to "a l'economie".
//
//   std::string_view f = fold_code_point(U'É');   // "e"
//
// Internal to the text layer; see text_view.h for the view built from it.
#pragma once

#include <string_view>

namespace glaneur::text {

// The folded UTF-8 form of cp. Empty for code points that matching ignores (combining marks,
// soft hyphen, zero-width spaces). The view stays valid for the life of the program.
std::string_view fold_code_point(char32_t cp);

}  // namespace glaneur::text
