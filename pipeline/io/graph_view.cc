// Tested by tests/io/graph_export_test.cc (GraphView)
#include "io/graph_view.h"

#include <map>
#include <set>

namespace glaneur::io {
namespace {

Error dangling(const Article& article, const graph::Relation& r, size_t index, const char* end,
               const graph::Ref& ref, const graph::FactGraph& g) {
  return Error{"G001",
               "article '" + article.id + "': relation " + output_id('r', index) + " (" + r.type + ", rule " + r.rule +
                   ") has " + (ref.kind == graph::Ref::kEntity ? "entity" : "mention") + " index " +
                   std::to_string(ref.index) + " as its " + end + ", but the graph has " +
                   std::to_string(g.entities.size()) + " entities and " + std::to_string(g.mentions.size()) +
                   " mentions: the stage that made the relation must keep its references in step with the graph",
               {}};
}

}  // namespace

// (Not written as prefix + std::to_string(n): GCC 12 warns wrongly on that, bug 105651.)
std::string output_id(char prefix, size_t index) {
  std::string id(1, prefix);
  id += std::to_string(index + 1);
  return id;
}

std::string ref_id(const graph::Ref& ref) {
  return output_id(ref.kind == graph::Ref::kEntity ? 'e' : 'm', static_cast<size_t>(ref.index));
}

bool resolves(const graph::FactGraph& g, const graph::Ref& ref) {
  const size_t size = ref.kind == graph::Ref::kEntity ? g.entities.size() : g.mentions.size();
  return ref.index >= 0 && static_cast<size_t>(ref.index) < size;
}

Result<GraphView> graph_view(const Article& article, const graph::FactGraph& g) {
  GraphView view;
  for (size_t i = 0; i < g.entities.size(); ++i)
    view.nodes.push_back({output_id('e', i), g.entities[i].type, g.entities[i].name, static_cast<int>(i), -1});

  // Mention nodes come in text order (the mentions' order), whatever the order of the relations.
  std::set<int> used;
  for (size_t i = 0; i < g.relations.size(); ++i) {
    const graph::Relation& r = g.relations[i];
    if (!resolves(g, r.subject)) return dangling(article, r, i, "subject", r.subject, g);
    if (!resolves(g, r.object)) return dangling(article, r, i, "object", r.object, g);
    for (const graph::Ref& ref : {r.subject, r.object})
      if (ref.kind == graph::Ref::kMention) used.insert(ref.index);
  }
  std::map<int, size_t> mention_node;
  for (int m : used) {
    const graph::Mention& mention = g.mentions[static_cast<size_t>(m)];
    const bool in_text = mention.begin <= mention.end && mention.end <= article.text.size();
    mention_node[m] = view.nodes.size();
    view.nodes.push_back({output_id('m', static_cast<size_t>(m)), mention.type,
                          in_text ? article.text.substr(mention.begin, mention.end - mention.begin) : "", -1, m});
  }

  auto node = [&](const graph::Ref& ref) {
    return ref.kind == graph::Ref::kEntity ? static_cast<size_t>(ref.index) : mention_node.at(ref.index);
  };
  for (size_t i = 0; i < g.relations.size(); ++i) {
    const graph::Relation& r = g.relations[i];
    Edge edge{output_id('r', i), node(r.subject), node(r.object), r.type, "", r.type, static_cast<int>(i)};
    for (const auto& [key, value] : r.attributes)
      if (key == "role" && std::holds_alternative<std::string>(value)) edge.role = std::get<std::string>(value);
    if (!edge.role.empty()) edge.label += "(" + edge.role + ")";
    view.edges.push_back(std::move(edge));
  }
  return view;
}

std::string_view type_colour(std::string_view type) {
  static constexpr std::pair<std::string_view, std::string_view> kColours[] = {
      {"MONEY", "#c8e6c9"}, {"PERCENT", "#fff59d"}, {"QUANTITY", "#e1bee7"}, {"DATE", "#bbdefb"},
      {"ORG", "#ffccbc"},   {"PER", "#f8bbd0"},     {"LOC", "#b2dfdb"},      {"TOPIC", "#d7ccc8"},
  };
  for (const auto& [name, colour] : kColours)
    if (name == type) return colour;
  return "#e0e0e0";
}

}  // namespace glaneur::io
