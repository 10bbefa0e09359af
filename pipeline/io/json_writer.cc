// Tested by tests/io/json_writer_test.cc
#include "io/json_writer.h"

#include <nlohmann/json.hpp>

#include "text/utf8.h"

namespace glaneur::io {
namespace {

using Json = nlohmann::ordered_json;

Json to_json(const graph::Value& value) {
  Json out = Json::object();
  for (const auto& entry : value) {
    std::visit([&](const auto& v) { out[entry.first] = v; }, entry.second);
  }
  return out;
}

// "m3", "e1", "r12": ids are a letter and a 1-based index.
// (Not written as "m" + std::to_string(n): GCC 12 warns wrongly on that, bug 105651.)
std::string element_id(char prefix, size_t index) {
  std::string id(1, prefix);
  id += std::to_string(index + 1);
  return id;
}

std::string ref_id(const graph::Ref& ref) {
  return element_id(ref.kind == graph::Ref::kEntity ? 'e' : 'm', static_cast<size_t>(ref.index));
}

std::string dump(const Json& j) {
  // Invalid UTF-8 cannot reach here (the reader rejects it); replace rather than throw all the same.
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace

std::string value_json(const graph::Value& value) { return dump(to_json(value)); }

std::string graph_line(const Article& article, const graph::FactGraph& graph) {
  text::CodePointIndex cps(article.text);
  Json mentions = Json::array();
  for (size_t i = 0; i < graph.mentions.size(); ++i) {
    const graph::Mention& m = graph.mentions[i];
    Json j;
    j["id"] = element_id('m', i);
    j["type"] = m.type;
    j["start"] = cps.code_point_at(m.begin);
    j["end"] = cps.code_point_at(m.end);
    j["text"] = article.text.substr(m.begin, m.end - m.begin);
    j["value"] = to_json(m.value);
    j["rule"] = m.rule;
    if (m.entity >= 0) j["entity"] = element_id('e', static_cast<size_t>(m.entity));
    mentions.push_back(std::move(j));
  }
  Json entities = Json::array();
  for (size_t i = 0; i < graph.entities.size(); ++i) {
    const graph::Entity& e = graph.entities[i];
    Json ids = Json::array();
    for (int m : e.mentions) ids.push_back(element_id('m', static_cast<size_t>(m)));
    entities.push_back(Json{{"id", element_id('e', i)}, {"type", e.type}, {"name", e.name},
                            {"aliases", e.aliases}, {"mentions", std::move(ids)}});
  }
  Json relations = Json::array();
  for (size_t i = 0; i < graph.relations.size(); ++i) {
    const graph::Relation& r = graph.relations[i];
    relations.push_back(Json{{"id", element_id('r', i)}, {"type", r.type}, {"subject", ref_id(r.subject)},
                             {"object", ref_id(r.object)}, {"attributes", to_json(r.attributes)},
                             {"evidence", Json{{"start", cps.code_point_at(r.evidence_begin)},
                                               {"end", cps.code_point_at(r.evidence_end)}}},
                             {"rule", r.rule}});
  }
  Json line;
  line["id"] = article.id;
  line["date"] = article.date;
  line["schema"] = kSchema;
  line["mentions"] = std::move(mentions);
  line["entities"] = std::move(entities);
  line["relations"] = std::move(relations);
  return dump(line);
}

std::string error_line(const std::string& id, const Error& error) {
  Json line;
  line["id"] = id;
  line["error"] = error.describe();
  return dump(line);
}

}  // namespace glaneur::io
