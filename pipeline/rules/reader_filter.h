// ReaderFilter: in which sentences the graph phase needs TOPICs at all. A TOPIC matters only to
// the rules that read it ({TOPIC:x}: the RELATION rules); one that none of them uses leaves the
// graph. So the rules that find TOPICs run only in the sentences where some reader could match.
//
// "Could match" is told by the strings a match cannot do without: RE2's FilteredRE2 reduces each
// reader's pattern to a formula over such strings, its atoms (one of "annonce", "devoile"…, and a
// MONEY marker), with the TOPIC it reads replaced by "anything", since no TOPIC is found yet. One
// pass of an RE2::Set of the atoms over the sentence says which are there; the readers they allow
// are then matched, TOPIC still "anything", until one does. A reader without atoms is always
// matched. So the filter only skips sentences where no reader can match: the relations found are
// the same with it as without it.
//
//   std::unique_ptr<ReaderFilter> filter = ReaderFilter::build(readers);  // null: no reader
//   if (!filter->readers_possible(sentence)) { /* skip the TOPIC rules there */ }
#pragma once

#include <re2/filtered_re2.h>
#include <re2/set.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace glaneur::rules {

class ReaderFilter {
 public:
  // `readers`: the regexes of the rules that read TOPICs, as compiled; `topic_marker` is the
  // regex a {TOPIC:x} compiles to. Null when there is no reader, or when a reader's pattern does not compile.
  static std::unique_ptr<ReaderFilter> build(std::vector<std::string> readers, std::string_view topic_marker);

  // Whether some reader may match in `text` (a sentence of a graph stage's text, markers included).
  bool readers_possible(std::string_view text) const;

 private:
  re2::FilteredRE2 readers_{kMinAtomBytes};
  std::unique_ptr<RE2::Set> atoms_;  // null: no reader has atoms
  // Shorter atoms ("de", "a ") are in every sentence: they would only cost time.
  static constexpr int kMinAtomBytes = 3;
};

}  // namespace glaneur::rules
