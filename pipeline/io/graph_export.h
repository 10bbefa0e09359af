// The fact graph for graph tools: Graphviz DOT and GraphML (Gephi, yEd, networkx), as
// `glaneur extract --format dot|graphml` writes them. Both draw io/graph_view.h's nodes (entities
// by type, labelled by canonical name; the mentions relations point at, labelled by their text)
// and edges (relations, labelled "ROLE(role)" or the type). Output is deterministic: same graph,
// same bytes.
//
// DOT: one block per article, so that a corpus gives one file `dot -Tsvg -O` splits:
//   digraph "kolibri-levee-serie-b" {
//     graph [label="kolibri-levee-serie-b (2024-05-22)", labelloc=t];
//     node [shape=box, style="rounded,filled", fontname="Helvetica"];
//     edge [fontname="Helvetica", fontsize=10];
//     "e4" [label="Jalil Benabdillah", type="PER", fillcolor="#f8bbd0"];
//     "m7" [label="50 millions d’euros", type="MONEY", value="{\"amount\":50000000,…}", shape=note, fillcolor="#c8e6c9"];
//     "e4" -> "e1" [id="r3", label="ROLE(vice-président…)", type="ROLE", role="vice-président…", rule="names.role.apposition"];
//   }
//
// GraphML: graphml_begin(), then one <graph id="ARTICLE-ID" edgedefault="directed"> per article,
// then graphml_end(). Node and edge ids are the article id, ':' and the output id
// ("kolibri-levee-serie-b:e4"), unique in the document as GraphML wants. Data keys: graph date;
// node label, type, value (the mention's value as JSON); edge label, type, role, rule, attributes
// (JSON).
//
// An article that could not be read, or whose graph cannot be drawn (G001, see graph_view.h),
// becomes a comment naming it and the error, so the file stays valid.
#pragma once

#include <string>

#include "graph/fact_graph.h"
#include "io/article.h"
#include "status.h"

namespace glaneur::io {

Result<std::string> dot_graph(const Article& article, const graph::FactGraph& graph);
std::string dot_error(const std::string& id, const Error& error);

std::string graphml_begin();
Result<std::string> graphml_graph(const Article& article, const graph::FactGraph& graph);
std::string graphml_error(const std::string& id, const Error& error);
std::string graphml_end();

}  // namespace glaneur::io
