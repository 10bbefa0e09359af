// Gold annotations, in the two shapes of the mention contract (../shared/contract.md):
//
//   NAME.json   one article's gold, {"id", "date", "mentions", "scored_types"?, "relations"?}; the
//               article is the first line of the .jsonl beside it (x.gold.json → x.jsonl, as in
//               ../shared/seed/), else of ../articles/<id>.jsonl (corpus/gold/ → corpus/articles/).
//               Without either, the article has no text and glaneur finds nothing in it.
//   NAME.jsonl  (any other name) one article a line, with its text and its gold:
//               {"id", "date", "text", "gold" (or "mentions"), "scored_types"?}, as ../shared/gold-fr/.
//
// A gold mention is {"type", "start", "end", "text", "value"?} (code points, half-open); relations
// are {"type", "subject", "object", ...} as corpus/README.md describes them. "scored_types" limits
// what is scored in that article; mentions typed IGNORE, MISC or LOC mark spans where the system's
// mentions are not counted.
//
//   GoldRead gold = read_gold("corpus/gold/kolibri-levee-serie-b.gold.json");
//   for (const Error& e : gold.errors) std::cerr << e.describe() << '\n';   // E001…E003
//
// Errors: E001 unreadable file, E002 malformed JSON, E003 missing or wrongly typed field.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "eval/python_text.h"
#include "status.h"

namespace glaneur::eval {

struct GoldArticle {
  Json article;    // {"id", "date", "title"?, "text"?}: what glaneur reads, and the text errors quote
  Json mentions;   // array of gold mentions, each with a string "type" and integer "start" and "end"
  std::optional<std::vector<std::string>> scored_types;  // nullopt: every requested type
  std::optional<Json> relations;  // array; nullopt when the gold says nothing of relations

  const std::string& id() const { return article["id"].get_ref<const std::string&>(); }
  std::string text() const { return article.value("text", std::string()); }
};

struct GoldRead {
  std::vector<GoldArticle> articles;
  std::vector<Error> errors;  // every problem found; articles with one are left out
};

// Reads one gold file; NAME.json is the one-article shape, anything else JSONL.
GoldRead read_gold(const std::string& path);

// What glaneur eval scores when it is given no gold: root/corpus/gold/*.gold.json in name order,
// then root/../shared/seed/occitanie-vivatech-2024.gold.json when it exists.
std::vector<std::string> default_gold_files(const std::filesystem::path& root);

}  // namespace glaneur::eval
