// How the scorer compares names in relations: folded (lower case, no accents, ’ as ', runs of
// white space as one space), and, for the lenient subject match, as sets of content words (the
// words of the folded name, French articles and prepositions aside).
//
//   folded("Région  Occitanie")            == "region occitanie"
//   content_words("la Région Occitanie")   == {"region", "occitanie"}
//
// These are tools/eval's Python rules (str.lower, NFD without combining marks, str.split, \w+),
// not the matching fold of text/fold.h, which also rewrites dashes, ligatures and spaces.
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace glaneur::eval {

std::string folded(std::string_view name);
std::set<std::string> content_words(std::string_view name);

}  // namespace glaneur::eval
