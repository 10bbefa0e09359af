// The fact graph for graph tools and drawings: GraphView (nodes and edges), DOT and GraphML as
// `glaneur extract --format dot|graphml` writes them, the SVG drawing of the report, highlighting
// and escaping. The graph is a small, seed-like one built by hand (support/seed_like_graph.h), so
// that each output reads in full.
#include <gtest/gtest.h>

#include <string>

#include "io/escape.h"
#include "io/graph_export.h"
#include "io/graph_svg.h"
#include "io/graph_view.h"
#include "io/highlight.h"
#include "support/seed_like_graph.h"

namespace glaneur::io {
namespace {

using Fixture = testing_support::SeedLikeGraph;
using graph::Ref;

TEST(GraphView, EntitiesThenTheMentionsRelationsUseThenEdges) {
  Fixture f;
  Result<GraphView> view = graph_view(f.article, f.graph);
  ASSERT_TRUE(view) << view.error().describe();
  ASSERT_EQ(view.value().nodes.size(), 4u);
  EXPECT_EQ(view.value().nodes[0].label, "plan IA");
  EXPECT_EQ(view.value().nodes[3].id, "m2");
  EXPECT_EQ(view.value().nodes[3].label, "50 millions d’euros");
  EXPECT_EQ(view.value().nodes[3].type, "MONEY");
  ASSERT_EQ(view.value().edges.size(), 2u);
  EXPECT_EQ(view.value().edges[0].label, "AMOUNT");
  EXPECT_EQ(view.value().edges[0].target, 3u);
  EXPECT_EQ(view.value().edges[1].label, "ROLE(vice-président)");
  EXPECT_EQ(view.value().edges[1].role, "vice-président");
}

TEST(GraphView, AReferenceToNothingIsAnErrorNamingTheRelationAndRule) {
  Fixture f;
  f.graph.relations[1].object = {Ref::kEntity, 7};
  Result<GraphView> view = graph_view(f.article, f.graph);
  ASSERT_FALSE(view);
  EXPECT_EQ(view.error().code, "G001");
  EXPECT_NE(view.error().message.find("article 'seed-like': relation r2 (ROLE, rule names.role.apposition) has "
                                      "entity index 7 as its object, but the graph has 3 entities"),
            std::string::npos)
      << view.error().message;
}

TEST(Dot, OneDigraphPerArticleWithLabelledNodesAndEdges) {
  Fixture f;
  Result<std::string> dot = dot_graph(f.article, f.graph);
  ASSERT_TRUE(dot);
  EXPECT_EQ(dot.value(),
            "digraph \"seed-like\" {\n"
            "  graph [label=\"seed-like (2024-05-22)\", labelloc=t];\n"
            "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n"
            "  edge [fontname=\"Helvetica\", fontsize=10];\n"
            "  \"e1\" [label=\"plan IA\", type=\"TOPIC\", fillcolor=\"#d7ccc8\"];\n"
            "  \"e2\" [label=\"Jalil Benabdillah\", type=\"PER\", fillcolor=\"#f8bbd0\"];\n"
            "  \"e3\" [label=\"Région Occitanie\", type=\"ORG\", fillcolor=\"#ffccbc\"];\n"
            "  \"m2\" [label=\"50 millions d’euros\", type=\"MONEY\", "
            "value=\"{\\\"amount\\\":50000000,\\\"currency\\\":\\\"EUR\\\"}\", shape=note, fillcolor=\"#c8e6c9\"];\n"
            "  \"e1\" -> \"m2\" [id=\"r1\", label=\"AMOUNT\", type=\"AMOUNT\", rule=\"relation.amount.dote\"];\n"
            "  \"e2\" -> \"e3\" [id=\"r2\", label=\"ROLE(vice-président)\", type=\"ROLE\", role=\"vice-président\", "
            "rule=\"names.role.apposition\"];\n"
            "}");
}

TEST(Dot, QuotesAndBackslashesStayText) {
  Fixture f;
  f.article.id = "a\"b";
  f.graph.entities[2].name = "Le \"Club\" \\N\nNord";  // \N would be Graphviz's node-name escape
  std::string dot = dot_graph(f.article, f.graph).value();
  EXPECT_EQ(dot.rfind("digraph \"a\\\"b\" {", 0), 0u) << dot;
  EXPECT_NE(dot.find("[label=\"Le \\\"Club\\\" \\\\N\\nNord\""), std::string::npos) << dot;
}

TEST(Dot, AnArticleInErrorIsACommentThatCannotEndEarly) {
  EXPECT_EQ(dot_error("a2", Error{"I003", "bad */ JSON", {"x.jsonl", 3, 0}}),
            "/* a2: error: x.jsonl:3: I003 bad * / JSON */");
}

TEST(GraphMl, GraphsWithPrefixedIdsAndDataKeys) {
  Fixture f;
  std::string xml = graphml_graph(f.article, f.graph).value();
  EXPECT_EQ(xml.rfind("  <graph id=\"seed-like\" edgedefault=\"directed\">\n    <data key=\"date\">2024-05-22</data>\n", 0),
            0u)
      << xml;
  EXPECT_NE(xml.find("<node id=\"seed-like:m2\"><data key=\"label\">50 millions d’euros</data><data key=\"type\">MONEY"
                     "</data><data key=\"value\">{&quot;amount&quot;:50000000,&quot;currency&quot;:&quot;EUR&quot;}"
                     "</data></node>"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<edge id=\"seed-like:r2\" source=\"seed-like:e2\" target=\"seed-like:e3\"><data key=\"edge_label\">"
                     "ROLE(vice-président)</data><data key=\"edge_type\">ROLE</data><data key=\"role\">vice-président"
                     "</data><data key=\"rule\">names.role.apposition</data><data key=\"attributes\">"
                     "{&quot;role&quot;:&quot;vice-président&quot;}</data></edge>"),
            std::string::npos)
      << xml;
  EXPECT_EQ(xml.substr(xml.size() - 10), "  </graph>");
  EXPECT_EQ(graphml_begin().rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml ", 0), 0u);
  EXPECT_EQ(graphml_end(), "</graphml>");
}

TEST(GraphMl, MarkupInNamesIsEscaped) {
  Fixture f;
  f.graph.entities[2].name = "R&D <Sud> \x01";
  std::string xml = graphml_graph(f.article, f.graph).value();
  EXPECT_NE(xml.find("<data key=\"label\">R&amp;D &lt;Sud&gt; \xEF\xBF\xBD</data>"), std::string::npos) << xml;
  EXPECT_EQ(graphml_error("a<2>", Error{"I003", "x--y", {}}), "  <!-- a&lt;2&gt;: error: I003 x- -y -->");
}

struct EscapeCase {
  std::string in, out;
};

TEST(Escaping, XmlEscapeKeepsEveryDocumentWellFormed) {
  const EscapeCase cases[] = {
      {"R&D", "R&amp;D"},
      {"<b>", "&lt;b&gt;"},
      {"\"l'an\"", "&quot;l&#39;an&quot;"},
      {"tab\tnew\nline", "tab\tnew\nline"},
      {"nul\x01", "nul\xEF\xBF\xBD"},            // C0 controls are not XML 1.0 characters
      {"x\xEF\xBF\xBEy", "x\xEF\xBF\xBDy"},      // nor is U+FFFE
      {"Région €", "Région €"},
  };
  for (const EscapeCase& c : cases) EXPECT_EQ(xml_escape(c.in), c.out) << c.in;
  EXPECT_EQ(shorten("vice-président adjoint", 14), "vice-président…");
  EXPECT_EQ(shorten("court", 14), "court");
}

std::string bracketed(const std::string& text, const std::vector<graph::Mention>& mentions, std::vector<int>* left_out) {
  std::string out;
  for (const Piece& p : highlight(text, mentions, left_out)) {
    if (p.kind == Piece::kText) out += text.substr(p.begin, p.end - p.begin);
    if (p.kind == Piece::kOpen) out += "[" + mentions[static_cast<size_t>(p.mention)].type + " ";
    if (p.kind == Piece::kClose) out += "]";
  }
  return out;
}

TEST(Highlight, NestedMentionsNestAndCrossingOnesAreLeftOut) {
  const std::string text = "Institut national de la santé à Lyon";
  auto span = [&](const std::string& type, const std::string& piece) {
    uint32_t b = static_cast<uint32_t>(text.find(piece));
    return graph::Mention{type, b, b + static_cast<uint32_t>(piece.size()), {}, "r", -1};
  };
  std::vector<int> left_out;
  // Given out of order: the highlighter sorts them.
  EXPECT_EQ(bracketed(text, {span("LOC", "Lyon"), span("ORG", "Institut national"),
                             span("ORG", "Institut national de la santé"), span("MISC", "de la santé à")},
                      &left_out),
            "[ORG [ORG Institut national] de la santé] à [LOC Lyon]");
  EXPECT_EQ(left_out, std::vector<int>{3});
}

TEST(GraphSvg, NodesEdgesAndTheSameBytesEveryTime) {
  Fixture f;
  GraphView view = graph_view(f.article, f.graph).value();
  std::string svg = graph_svg(view, "a1");
  EXPECT_EQ(svg.rfind("<svg class=\"graph\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ", 0), 0u);
  EXPECT_NE(svg.find("<g class=\"node\" data-node=\"e2\" data-type=\"PER\"><title>e2 · PER · Jalil Benabdillah</title>"),
            std::string::npos)
      << svg;
  EXPECT_NE(svg.find("<g class=\"node value\" data-node=\"m2\" data-type=\"MONEY\">"), std::string::npos);
  EXPECT_NE(svg.find("<g class=\"edge\" data-edge=\"r2\" data-type=\"ROLE\"><title>r2 ROLE(vice-président)</title>"),
            std::string::npos);
  EXPECT_NE(svg.find("marker-end=\"url(#a1-arrow)\""), std::string::npos);
  EXPECT_EQ(svg, graph_svg(view, "a1"));

  Layout l = layout(view);
  for (const Point& p : l.nodes) {
    EXPECT_GT(p.x, 0);
    EXPECT_LT(p.x, l.width);
    EXPECT_GT(p.y, 0);
    EXPECT_LT(p.y, l.height);
  }
}

TEST(GraphSvg, EntitiesWithoutRelationsLineUpInRowsByType) {
  Fixture f;
  f.graph.relations.clear();
  GraphView view = graph_view(f.article, f.graph).value();
  Layout l = layout(view);
  ASSERT_EQ(l.nodes.size(), 3u);
  EXPECT_EQ(l.nodes[0].y, l.nodes[1].y);  // one row, grouped by type: ORG e3, PER e2, TOPIC e1
  EXPECT_LT(l.nodes[2].x, l.nodes[1].x);
  EXPECT_LT(l.nodes[1].x, l.nodes[0].x);
  EXPECT_EQ(graph_svg(GraphView{}, "a1"), "");
}

}  // namespace
}  // namespace glaneur::io
