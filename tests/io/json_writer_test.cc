#include "io/json_writer.h"

#include <gtest/gtest.h>

namespace glaneur::io {
namespace {

TEST(JsonWriter, ArticleWithoutFactsHasEmptyListsInContractOrder) {
  Article article{"a1", "2024-05-22", "", "Rien à signaler."};
  EXPECT_EQ(graph_line(article, {}),
            R"({"id":"a1","date":"2024-05-22","schema":"glaneur/1","mentions":[],"entities":[],"relations":[]})");
}

TEST(JsonWriter, OffsetsAreCodePointsAndTextIsTheOriginal) {
  // "l’Île" has 3-byte ’ and 2-byte Î before the mention: bytes and code points differ.
  Article article{"a2", "2024-05-22", "", "À l’Île, 50\u00A0millions d’euros."};
  graph::FactGraph g;
  size_t begin = article.text.find("50");
  size_t end = article.text.find("euros") + 5;
  g.mentions.push_back({"MONEY", static_cast<uint32_t>(begin), static_cast<uint32_t>(end),
                        {{"amount", int64_t{50000000}}, {"currency", std::string("EUR")}, {"approx", true}},
                        "money.test", 0});
  g.entities.push_back({"TOPIC", "plan", {"le plan"}, {0}});
  EXPECT_EQ(graph_line(article, g),
            R"({"id":"a2","date":"2024-05-22","schema":"glaneur/1","mentions":[{"id":"m1","type":"MONEY","start":9,"end":28,)"
            "\"text\":\"50\u00A0millions d’euros\",\"value\":{\"amount\":50000000,\"currency\":\"EUR\",\"approx\":true},"
            R"("rule":"money.test","entity":"e1"}],"entities":[{"id":"e1","type":"TOPIC","name":"plan",)"
            R"("aliases":["le plan"],"mentions":["m1"]}],"relations":[]})");
}

TEST(JsonWriter, ValuesEscapeAsJsonAndKeepEachKeyOnce) {
  // Quotes, backslashes and control characters escaped; é and ’ kept as they are; doubles in their
  // shortest round-trip form; a key given twice keeps its first place and its last value.
  graph::Value v{{"name", std::string("premier")},
                 {"share", 0.1},
                 {"amount", 1e21},
                 {"round", 3.0},
                 {"approx", false},
                 {"name", std::string("dernier")}};
  EXPECT_EQ(value_json(v), R"({"name":"dernier","share":0.1,"amount":1e+21,"round":3.0,"approx":false})");
  EXPECT_EQ(value_json({{"text", std::string("« Le \"Nord\" » \\ é’\n\t\x01\x1f\x7f")}}),
            "{\"text\":\"« Le \\\"Nord\\\" » \\\\ é’\\n\\t\\u0001\\u001f\x7f\"}");
}

TEST(JsonWriter, ErrorLineNamesWhereAndWhat) {
  Error e{"I003", "malformed JSON at byte 12: syntax error", {"in.jsonl", 3, 0}};
  EXPECT_EQ(error_line("in.jsonl:3", e),
            R"({"id":"in.jsonl:3","error":"in.jsonl:3: I003 malformed JSON at byte 12: syntax error"})");
}

}  // namespace
}  // namespace glaneur::io
