// GraphView: the fact graph as the nodes and edges people draw. io/graph_export.h writes it for
// Graphviz and Gephi, io/graph_svg.h draws it in the HTML report, `glaneur show` prints its edges.
//
// Nodes are every entity, labelled by its canonical name ("Région Occitanie"), then every mention a
// relation points at, labelled by its text ("50 millions d’euros"); edges are the relations,
// labelled by their type and, when they have one, their role: "ROLE(vice-président adjoint…)".
// A relation end that names nothing in the graph (an index out of range) is an Error (G001), never
// a dangling edge.
//
//   Result<GraphView> view = graph_view(article, doc.graph);
//   if (!view) report(view.error());
//   for (const Edge& e : view.value().edges) draw(view.value().nodes[e.source], view.value().nodes[e.target]);
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/fact_graph.h"
#include "io/article.h"
#include "status.h"

namespace glaneur::io {

struct Node {
  std::string id;     // "e1" or "m7", as in the JSON output
  std::string type;   // the entity's type (ORG, PER, LOC, TOPIC) or the mention's (MONEY, DATE…)
  std::string label;  // the canonical name, or the mention's text
  int entity = -1;    // index into FactGraph::entities, or -1
  int mention = -1;   // index into FactGraph::mentions, or -1
};

struct Edge {
  std::string id;     // "r1"
  size_t source;      // index into GraphView::nodes: the relation's subject
  size_t target;      // its object
  std::string type;   // ROLE, ALIAS, AMOUNT…
  std::string role;   // the relation's "role" attribute, empty when it has none
  std::string label;  // "ROLE(vice-président adjoint…)", or the type alone
  int relation;       // index into FactGraph::relations
};

struct GraphView {
  std::vector<Node> nodes;  // entities in graph order, then the mentions relations use, in text order
  std::vector<Edge> edges;  // in relation order
};

Result<GraphView> graph_view(const Article& article, const graph::FactGraph& graph);

// An output id: output_id('m', 2) == "m3" (ids are a letter and a 1-based index).
std::string output_id(char prefix, size_t index);

// A relation end as the output names it: "e3" (entity index 2) or "m7" (mention index 6).
std::string ref_id(const graph::Ref& ref);
// True when the entity or mention `ref` names exists in `graph`.
bool resolves(const graph::FactGraph& graph, const graph::Ref& ref);

// The same colour for a type in every drawing (a light shade, text stays readable on it):
// "#c8e6c9" for MONEY…, a grey for the types without their own.
std::string_view type_colour(std::string_view type);

}  // namespace glaneur::io
