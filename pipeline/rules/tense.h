// The tense around a date, from the words of the 'temps' table (auxiliaries and future endings)
// within a few words of it, read on the original text ("a" has, "à" to). Two words the table
// holds together read in place of their first alone ("ont lieu" is the present). Past and future
// words together, or neither, leave it open. Weekdays use it: "la Région a annoncé mardi" is the last
// Tuesday; a verb ten words away says nothing of the date.
//
//   TenseMarkers markers = TenseMarkers::from(rules.table("temps"));
//   markers.tense_of("Le conseil se réunira mardi.")          // +1
//   markers.tense_around(sentence, offset_of_the_date)        // the words near it only
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rules/table.h"

namespace glaneur::rules {

class TenseMarkers {
 public:
  static TenseMarkers from(const Table* table);  // no table: every sentence is open
  int tense_of(std::string_view text) const;
  // The tense of the words of `sentence` from `before` words before byte `at` to `after` words after.
  int tense_around(std::string_view sentence, size_t at, size_t before = 5, size_t after = 6) const;

 private:
  std::unordered_map<std::string, int> words_;       // lower-cased word or two → -1, +1, or 0 (present)
  std::vector<std::pair<std::string, int>> endings_;
};

}  // namespace glaneur::rules
