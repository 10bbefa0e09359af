// Tested by tests/eval/gold_reader_test.cc
#include "eval/gold_reader.h"

#include <algorithm>
#include <fstream>

#include "io/read_file.h"

namespace glaneur::eval {
namespace fs = std::filesystem;
namespace {

// Parses JSON, or says where it is malformed.
std::optional<Json> parse(const std::string& text, const SourcePos& where, std::vector<Error>& errors) {
  try {
    return Json::parse(text);
  } catch (const Json::parse_error& e) {
    std::string message = e.what();
    if (size_t cut = message.find("] "); cut != std::string::npos) message.erase(0, cut + 2);
    errors.push_back({"E002", "malformed JSON: " + message, where});
    return std::nullopt;
  }
}

bool is_integer(const Json& j, const char* key) { return j.contains(key) && j[key].is_number_integer(); }

// Checks what the scorer relies on, so that a bad gold file is an error and not a wrong score.
bool check_gold(const GoldArticle& gold, const SourcePos& where, std::vector<Error>& errors) {
  auto fail = [&](std::string message) {
    errors.push_back({"E003", std::move(message), where});
    return false;
  };
  if (!gold.article.contains("id") || !gold.article["id"].is_string()) return fail("the article has no string \"id\"");
  if (gold.article.contains("text") && !gold.article["text"].is_string()) return fail("\"text\" is not a string");
  if (!gold.mentions.is_array()) return fail("the gold mentions are not a list");
  for (size_t i = 0; i < gold.mentions.size(); ++i) {
    const Json& m = gold.mentions[i];
    if (!m.is_object() || !m.contains("type") || !m["type"].is_string() || !is_integer(m, "start") || !is_integer(m, "end"))
      return fail("gold mention " + std::to_string(i + 1) + " needs a string \"type\" and integer \"start\" and \"end\"");
  }
  if (gold.relations) {
    if (!gold.relations->is_array()) return fail("\"relations\" is not a list");
    for (size_t i = 0; i < gold.relations->size(); ++i) {
      const Json& r = (*gold.relations)[i];
      if (!r.is_object() || !r.contains("type") || !r["type"].is_string() || !r.contains("subject"))
        return fail("gold relation " + std::to_string(i + 1) + " needs a string \"type\" and a \"subject\"");
    }
  }
  return true;
}

bool read_scored_types(const Json& record, GoldArticle& gold, const SourcePos& where, std::vector<Error>& errors) {
  if (!record.contains("scored_types") || record["scored_types"].is_null()) return true;
  const Json& types = record["scored_types"];
  if (!types.is_array() || !std::all_of(types.begin(), types.end(), [](const Json& t) { return t.is_string(); })) {
    errors.push_back({"E003", "\"scored_types\" is not a list of type names", where});
    return false;
  }
  gold.scored_types = types.get<std::vector<std::string>>();
  return true;
}

// NAME.json: one article's gold; its text in the .jsonl beside it or in ../articles/<id>.jsonl.
void read_single(const std::string& path, GoldRead& out) {
  const SourcePos where{path, 0, 0};
  std::optional<std::string> content = io::read_file(path);
  if (!content) {
    out.errors.push_back({"E001", "cannot read the gold file", where});
    return;
  }
  std::optional<Json> record = parse(*content, where, out.errors);
  if (!record) return;
  if (!record->is_object() || !record->contains("id") || !(*record)["id"].is_string() || !record->contains("date")) {
    out.errors.push_back({"E003", "a .json gold is an object with a string \"id\" and a \"date\"", where});
    return;
  }
  const std::string id = (*record)["id"];
  GoldArticle gold;
  gold.article = Json{{"id", id}, {"date", (*record)["date"]}};
  // tools/eval's rule, kept: the name without its last 10 characters (".gold.json") + ".jsonl".
  const std::string beside = (path.size() > 10 ? path.substr(0, path.size() - 10) : std::string()) + ".jsonl";
  for (const fs::path& text_path : {fs::path(beside), fs::path(path).parent_path() / ".." / "articles" / (id + ".jsonl")}) {
    std::error_code ec;
    if (!fs::exists(text_path, ec)) continue;
    std::ifstream in(text_path, std::ios::binary);
    std::string line;
    if (!in || !std::getline(in, line)) {
      out.errors.push_back({"E001", "cannot read the article of this gold", {text_path.string(), 1, 0}});
      return;
    }
    std::optional<Json> article = parse(line, {text_path.string(), 1, 0}, out.errors);
    if (!article) return;
    if (!article->is_object()) {
      out.errors.push_back({"E003", "the article line is not a JSON object", {text_path.string(), 1, 0}});
      return;
    }
    gold.article = std::move(*article);
    break;
  }
  gold.mentions = record->contains("mentions") ? (*record)["mentions"] : Json::array();
  if (record->contains("relations") && !(*record)["relations"].is_null()) gold.relations = (*record)["relations"];
  if (!read_scored_types(*record, gold, where, out.errors)) return;
  if (check_gold(gold, where, out.errors)) out.articles.push_back(std::move(gold));
}

// NAME.jsonl: one article a line, its text and its gold in "gold" (or "mentions").
void read_lines(const std::string& path, GoldRead& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    out.errors.push_back({"E001", "cannot read the gold file", {path, 0, 0}});
    return;
  }
  long number = 0;
  for (std::string line; std::getline(in, line);) {
    const SourcePos where{path, ++number, 0};
    if (line.find_first_not_of(" \t\r\n\f\v") == std::string::npos) continue;
    std::optional<Json> record = parse(line, where, out.errors);
    if (!record) continue;
    if (!record->is_object()) {
      out.errors.push_back({"E003", "a gold line is a JSON object", where});
      continue;
    }
    GoldArticle gold;
    gold.article = Json::object();
    for (const char* key : {"id", "date", "text"})
      if (record->contains(key)) gold.article[key] = (*record)[key];
    const char* list = record->contains("gold") ? "gold" : "mentions";
    gold.mentions = record->contains(list) && !(*record)[list].is_null() ? (*record)[list] : Json::array();
    if (!read_scored_types(*record, gold, where, out.errors)) continue;
    if (check_gold(gold, where, out.errors)) out.articles.push_back(std::move(gold));
  }
}

}  // namespace

GoldRead read_gold(const std::string& path) {
  GoldRead out;
  if (path.size() >= 5 && path.compare(path.size() - 5, 5, ".json") == 0) read_single(path, out);
  else read_lines(path, out);
  return out;
}

std::vector<std::string> default_gold_files(const fs::path& root) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(root / "corpus" / "gold", ec)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > 10 && name.compare(name.size() - 10, 10, ".gold.json") == 0) files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  const fs::path seed = root / ".." / "shared" / "seed" / "occitanie-vivatech-2024.gold.json";
  if (fs::exists(seed, ec)) files.push_back(seed.string());
  return files;
}

}  // namespace glaneur::eval
