// What the name finder found in an article, token spans not yet mentions: the scan (names.cc)
// fills it, name_linking.h settles types and canonical names across the article, name_graph.h
// turns it into mentions, entities and relations.
#pragma once

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "text/text_set.h"

namespace glaneur::extract {

// No token: where a name was not found, or has no such word.
inline constexpr size_t kNoToken = static_cast<size_t>(-1);

// How sure a classification is: the type of a name is the surest one found in the article.
enum Strength { kGuess = 0, kContext = 1, kLexicon = 2 };

struct FoundName {
  std::string type;  // ORG, PER, LOC, or "" while unknown (removed before the graph)
  size_t begin, end;  // tokens
  std::string name;
  const char* rule;
};

struct FoundNames {
  std::vector<FoundName> found;
  // Folded surface → the surest type it was given in the article.
  std::unordered_map<std::string, std::pair<std::string, Strength>> best_type;
  TextSet not_names;  // folded runs this article shows are no names ("MW" after a number)
  struct Role {
    size_t person_begin;  // first token of the person's name
    size_t role_begin;    // first token of the role, after the comma
  };
  std::vector<Role> roles;
  struct Alias {
    std::string name;  // canonical name of the organisation
    size_t long_form;  // first token of the long form's mention
  };
  std::vector<Alias> aliases;
};

}  // namespace glaneur::extract
