// Tested by tests/io/graph_export_test.cc
#include "io/graph_export.h"

#include "io/escape.h"
#include "io/graph_view.h"
#include "io/json_writer.h"

namespace glaneur::io {
namespace {

// A DOT quoted string. Backslashes are doubled so that "\N" or "\n" in a text stays literal text
// rather than a Graphviz label escape; line breaks become the "\n" escape.
std::string dot_quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c != '\r') {
      out += c;
    }
  }
  return out + "\"";
}

// A comment may not end early: "*/" in DOT, "--" in XML. Line breaks are flattened as well.
std::string comment_text(std::string s, std::string_view closing) {
  for (char& c : s)
    if (c == '\n' || c == '\r') c = ' ';
  const std::string broken = std::string(closing.substr(0, 1)) + " " + std::string(closing.substr(1));
  for (size_t at; (at = s.find(closing)) != std::string::npos;) s.replace(at, closing.size(), broken);
  return s;
}

std::string mention_value(const graph::FactGraph& g, const Node& node) {
  return node.mention >= 0 ? value_json(g.mentions[static_cast<size_t>(node.mention)].value) : "";
}

std::string data(const char* key, const std::string& value) {
  return std::string("<data key=\"") + key + "\">" + xml_escape(value) + "</data>";
}

}  // namespace

Result<std::string> dot_graph(const Article& article, const graph::FactGraph& g) {
  Result<GraphView> view = graph_view(article, g);
  if (!view) return view.error();
  std::string out = "digraph " + dot_quote(article.id) + " {\n";
  out += "  graph [label=" + dot_quote(article.id + " (" + article.date + ")") + ", labelloc=t];\n";
  out += "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n";
  out += "  edge [fontname=\"Helvetica\", fontsize=10];\n";
  for (const Node& n : view.value().nodes) {
    out += "  " + dot_quote(n.id) + " [label=" + dot_quote(n.label) + ", type=" + dot_quote(n.type);
    if (n.mention >= 0) out += ", value=" + dot_quote(mention_value(g, n)) + ", shape=note";
    out += ", fillcolor=" + dot_quote(type_colour(n.type)) + "];\n";
  }
  for (const Edge& e : view.value().edges) {
    const graph::Relation& r = g.relations[static_cast<size_t>(e.relation)];
    out += "  " + dot_quote(view.value().nodes[e.source].id) + " -> " + dot_quote(view.value().nodes[e.target].id) +
           " [id=" + dot_quote(e.id) + ", label=" + dot_quote(e.label) + ", type=" + dot_quote(e.type);
    if (!e.role.empty()) out += ", role=" + dot_quote(e.role);
    out += ", rule=" + dot_quote(r.rule) + "];\n";
  }
  return out + "}";
}

std::string dot_error(const std::string& id, const Error& error) {
  return "/* " + comment_text(id + ": error: " + error.describe(), "*/") + " */";
}

std::string graphml_begin() {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
         "  <key id=\"date\" for=\"graph\" attr.name=\"date\" attr.type=\"string\"/>\n"
         "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
         "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
         "  <key id=\"value\" for=\"node\" attr.name=\"value\" attr.type=\"string\"/>\n"
         "  <key id=\"edge_label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
         "  <key id=\"edge_type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n"
         "  <key id=\"role\" for=\"edge\" attr.name=\"role\" attr.type=\"string\"/>\n"
         "  <key id=\"rule\" for=\"edge\" attr.name=\"rule\" attr.type=\"string\"/>\n"
         "  <key id=\"attributes\" for=\"edge\" attr.name=\"attributes\" attr.type=\"string\"/>";
}

Result<std::string> graphml_graph(const Article& article, const graph::FactGraph& g) {
  Result<GraphView> view = graph_view(article, g);
  if (!view) return view.error();
  const std::string prefix = article.id + ":";
  std::string out = "  <graph id=\"" + xml_escape(article.id) + "\" edgedefault=\"directed\">\n";
  out += "    " + data("date", article.date) + "\n";
  for (const Node& n : view.value().nodes) {
    out += "    <node id=\"" + xml_escape(prefix + n.id) + "\">" + data("label", n.label) + data("type", n.type);
    if (n.mention >= 0) out += data("value", mention_value(g, n));
    out += "</node>\n";
  }
  for (const Edge& e : view.value().edges) {
    const graph::Relation& r = g.relations[static_cast<size_t>(e.relation)];
    out += "    <edge id=\"" + xml_escape(prefix + e.id) + "\" source=\"" +
           xml_escape(prefix + view.value().nodes[e.source].id) + "\" target=\"" +
           xml_escape(prefix + view.value().nodes[e.target].id) + "\">" + data("edge_label", e.label) +
           data("edge_type", e.type);
    if (!e.role.empty()) out += data("role", e.role);
    out += data("rule", r.rule) + data("attributes", value_json(r.attributes)) + "</edge>\n";
  }
  return out + "  </graph>";
}

std::string graphml_error(const std::string& id, const Error& error) {
  // xml_escape keeps the comment free of forbidden characters; "--" may not appear inside one.
  return "  <!-- " + comment_text(xml_escape(id + ": error: " + error.describe()), "--") + " -->";
}

std::string graphml_end() { return "</graphml>"; }

}  // namespace glaneur::io
