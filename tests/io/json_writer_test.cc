#include "io/json_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "text/utf8.h"

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

// The graph line built the slow and simple way, as a tree of nlohmann::ordered_json dumped at
// the end: the writer, which writes the bytes itself, must give the same.
std::string line_through_a_json_tree(const Article& article, const graph::FactGraph& graph) {
  using Json = nlohmann::ordered_json;
  text::CodePointIndex cps(article.text);
  auto value = [](const graph::Value& v) {
    Json out = Json::object();
    for (const auto& [key, scalar] : v) std::visit([&](const auto& x) { out[key] = x; }, scalar);
    return out;
  };
  auto id = [](char prefix, size_t index) { return std::string(1, prefix) + std::to_string(index + 1); };
  auto ref = [&](const graph::Ref& r) { return id(r.kind == graph::Ref::kEntity ? 'e' : 'm', static_cast<size_t>(r.index)); };
  Json line;
  line["id"] = article.id;
  line["date"] = article.date;
  line["schema"] = kSchema;
  line["mentions"] = Json::array();
  for (size_t i = 0; i < graph.mentions.size(); ++i) {
    const graph::Mention& m = graph.mentions[i];
    Json j;
    j["id"] = id('m', i);
    j["type"] = m.type;
    j["start"] = cps.code_point_at(m.begin);
    j["end"] = cps.code_point_at(m.end);
    j["text"] = article.text.substr(m.begin, m.end - m.begin);
    j["value"] = value(m.value);
    j["rule"] = m.rule;
    if (m.entity >= 0) j["entity"] = id('e', static_cast<size_t>(m.entity));
    line["mentions"].push_back(j);
  }
  line["entities"] = Json::array();
  for (size_t i = 0; i < graph.entities.size(); ++i) {
    const graph::Entity& e = graph.entities[i];
    Json mentions = Json::array();
    for (int m : e.mentions) mentions.push_back(id('m', static_cast<size_t>(m)));
    line["entities"].push_back(Json{{"id", id('e', i)}, {"type", e.type}, {"name", e.name}, {"aliases", e.aliases}, {"mentions", mentions}});
  }
  line["relations"] = Json::array();
  for (size_t i = 0; i < graph.relations.size(); ++i) {
    const graph::Relation& r = graph.relations[i];
    line["relations"].push_back(Json{{"id", id('r', i)}, {"type", r.type}, {"subject", ref(r.subject)}, {"object", ref(r.object)},
                                     {"attributes", value(r.attributes)},
                                     {"evidence", Json{{"start", cps.code_point_at(r.evidence_begin)}, {"end", cps.code_point_at(r.evidence_end)}}},
                                     {"rule", r.rule}});
  }
  return line.dump(-1, ' ', false, Json::error_handler_t::replace);
}

TEST(JsonWriter, WritesWhatAJsonTreeWouldWrite) {
  Article article{"a\"3", "2024-05-22", "", "Le plan « Cap\tAvenir » de Kolibri, doté de 2,5 M€ (\\ 7,5 %), présenté par Anne Roux."};
  auto at = [&](const std::string& s) { return static_cast<uint32_t>(article.text.find(s)); };
  auto after = [&](const std::string& s) { return static_cast<uint32_t>(article.text.find(s) + s.size()); };
  graph::FactGraph g;
  g.mentions.push_back({"TOPIC", at("plan"), after("Avenir »"), {{"name", std::string("plan « Cap\tAvenir »")}}, "topic.quoted", 0});
  g.mentions.push_back({"ORG", at("Kolibri"), after("Kolibri"), {{"name", std::string("Kolibri")}}, "names.head", 1});
  g.mentions.push_back({"MONEY", at("2,5"), after("M€"), {{"amount", int64_t{2500000}}, {"currency", std::string("EUR")}}, "money.amount", -1});
  g.mentions.push_back({"PERCENT", at("7,5"), after("%"), {{"value", 7.5}, {"approx", false}}, "percent.value", -1});
  g.mentions.push_back({"PER", at("Anne"), after("Roux"), {{"name", std::string("Anne Roux")}}, "names.first_name", 2});
  g.entities.push_back({"TOPIC", "plan « Cap\tAvenir »", {}, {0}});
  g.entities.push_back({"ORG", "Kolibri", {"Kolibri SA", "la \"start-up\""}, {1}});
  g.entities.push_back({"PER", "Anne Roux", {}, {4}});
  g.relations.push_back({"AMOUNT", {graph::Ref::kEntity, 0}, {graph::Ref::kMention, 2}, {{"trigger", std::string("doté de")}},
                         at("plan"), after("M€"), "relation.amount.verb"});
  g.relations.push_back({"ANNOUNCE", {graph::Ref::kEntity, 2}, {graph::Ref::kEntity, 0}, {}, at("plan"), after("Roux"), "relation.announce"});
  EXPECT_EQ(graph_line(article, g), line_through_a_json_tree(article, g));
  EXPECT_EQ(graph_line(article, {}), line_through_a_json_tree(article, {}));
}

TEST(JsonWriter, ErrorLineNamesWhereAndWhat) {
  Error e{"I003", "malformed JSON at byte 12: syntax error", {"in.jsonl", 3, 0}};
  EXPECT_EQ(error_line("in.jsonl:3", e),
            R"({"id":"in.jsonl:3","error":"in.jsonl:3: I003 malformed JSON at byte 12: syntax error"})");
}

}  // namespace
}  // namespace glaneur::io
