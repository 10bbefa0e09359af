// Gold and system graphs for the scorer's tests, written from an article's text: a mention is
// named by its words, and its code-point offsets are found in the text.
//
//   Example a("a1", "Kolibri lève 42 millions d’euros mardi.");
//   Json m = a.mention("MONEY", "42 millions d’euros", {{"amount", 42000000}, {"currency", "EUR"}});
//   // {"type": "MONEY", "start": 13, "end": 32, "text": "42 millions d’euros", "value": {...}}
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "eval/gold_reader.h"

namespace glaneur::eval::testing {

class Example {
 public:
  Example(std::string id, std::string text) : id_(std::move(id)), text_(std::move(text)) {}

  // The mention of `words` (their first occurrence) with its type and value.
  Json mention(const std::string& type, const std::string& words, Json value = nullptr) const {
    const size_t byte = text_.find(words);
    EXPECT_NE(byte, std::string::npos) << "'" << words << "' is not in the text";
    const size_t start = code_points(text_.substr(0, byte));
    Json m = {{"type", type}, {"start", start}, {"end", start + code_points(words)}, {"text", words}};
    if (!value.is_null()) m["value"] = std::move(value);
    return m;
  }

  // The gold article: this text and these gold mentions (and relations, when given).
  GoldArticle gold(Json mentions, std::optional<Json> relations = std::nullopt) const {
    GoldArticle g;
    g.article = Json{{"id", id_}, {"date", "2024-05-22"}, {"text", text_}};
    g.mentions = std::move(mentions);
    g.relations = std::move(relations);
    return g;
  }

  // A system graph line: mentions get ids m1, m2…
  Json graph(Json mentions, Json entities = Json::array(), Json relations = Json::array()) const {
    for (size_t i = 0; i < mentions.size(); ++i) mentions[i]["id"] = "m" + std::to_string(i + 1);
    return Json{{"id", id_}, {"date", "2024-05-22"}, {"mentions", std::move(mentions)}, {"entities", std::move(entities)},
                {"relations", std::move(relations)}};
  }

 private:
  static size_t code_points(const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
  }
  std::string id_, text_;
};

}  // namespace glaneur::eval::testing
