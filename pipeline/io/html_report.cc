// Tested by tests/cli/show_report_test.cc (Report*) and, in a browser, by tools/check-report.
#include "io/html_report.h"

#include <cctype>
#include <map>
#include <set>

#include "io/escape.h"
#include "io/graph_svg.h"
#include "io/graph_view.h"
#include "io/highlight.h"
#include "io/json_writer.h"
#include "text/utf8.h"

namespace glaneur::io {
namespace {

constexpr std::string_view kStyle = R"css(
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#222;background:#fafafa}
header,main,footer{max-width:1100px;margin:0 auto;padding:0 1.5rem}
header{padding-top:1rem}
h1{margin:.5rem 0}h2{margin:2.5rem 0 .2rem;border-top:2px solid #ccc;padding-top:1rem}h3{margin:1.4rem 0 .4rem}
.meta{color:#666;margin:0 0 .6rem}
nav ol{columns:2;column-gap:3.5rem;padding-left:2rem}nav li{break-inside:avoid}
.error{color:#b00020;font-weight:600}
.legend{display:flex;flex-wrap:wrap;gap:.4rem;margin:.5rem 0}
.chip{border-radius:.8rem;padding:.1rem .6rem;font-size:.85rem;cursor:pointer;user-select:none}
.text{white-space:pre-wrap;background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem 1.2rem;line-height:1.8}
mark{background:#e0e0e0;border-radius:3px;padding:0 1px;cursor:help}
mark mark{border-bottom:2px solid #555}
mark.off{background:none!important;border-bottom:none}
mark.lit{outline:3px solid #e65100}
table{border-collapse:collapse;width:100%;font-size:.88rem;background:#fff}
th,td{border:1px solid #ddd;padding:.25rem .45rem;text-align:left;vertical-align:top}
th{background:#f0f0f0}tr[data-mark]{cursor:pointer}tr[data-mark]:hover{background:#fff8e1}
code{font-size:.82rem;word-break:break-word}
.mentions td:last-child,td small{white-space:nowrap}
figure{margin:0;overflow-x:auto;background:#fff;border:1px solid #ddd;border-radius:6px}
svg.graph{display:block;margin:0 auto;max-width:100%;height:auto;font-size:12px}
svg.graph .edge path{fill:none;stroke:#777;stroke-width:1.4}
svg.graph .edge text{fill:#333;font-size:10.5px;text-anchor:middle;paint-order:stroke;stroke:#fff;stroke-width:3px}
svg.graph .node circle{stroke:#444;stroke-width:1.2}svg.graph .node.value circle{stroke-dasharray:3 2}
svg.graph .node text{paint-order:stroke;stroke:#fff;stroke-width:3px}
svg.graph .node:hover circle{stroke:#e65100;stroke-width:3}
footer{color:#888;font-size:.8rem;padding:2rem 1.5rem}
)css";

// Runs last in <body>: every handler is optional sugar; data-ready says the script ran through.
constexpr std::string_view kScript = R"js(
(function () {
  function each(root, selector, f) { Array.prototype.forEach.call(root.querySelectorAll(selector), f); }
  each(document, 'input[data-filter]', function (box) {
    box.addEventListener('change', function () {
      each(box.closest('article'), 'mark', function (m) {
        if (m.dataset.type === box.dataset.filter) m.classList.toggle('off', !box.checked);
      });
    });
  });
  each(document, 'svg.graph g.node', function (node) {
    var doc = node.closest('article'), id = node.dataset.node;
    function light(on) {
      each(doc, 'mark', function (m) {
        if (m.dataset.entity === id || m.dataset.mention === id) m.classList.toggle('lit', on);
      });
    }
    node.addEventListener('mouseenter', function () { light(true); });
    node.addEventListener('mouseleave', function () { light(false); });
  });
  each(document, 'tr[data-mark]', function (row) {
    row.addEventListener('click', function () {
      var m = document.getElementById(row.dataset.mark);
      if (!m) return;
      m.scrollIntoView({block: 'center'});
      m.classList.add('lit');
      setTimeout(function () { m.classList.remove('lit'); }, 1500);
    });
  });
  document.body.dataset.ready = '1';
})();
)js";

// Installed first, in <head>, so that it sees errors of everything after it.
constexpr std::string_view kErrorCatcher =
    "window.onerror = function (message, source, line) {\n"
    "  document.documentElement.setAttribute('data-error', String(message) + ' (line ' + line + ')');\n"
    "};";

// A type as a CSS class name: letters, digits, '-' and '_' only.
std::string class_of(std::string_view type) {
  std::string out = "m-";
  for (char c : type) out += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') ? c : '_';
  return out;
}

// "1 relation", "3 relations".
std::string count_of(size_t n, const std::string& noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

std::string slice(const std::string& text, size_t begin, size_t end) {
  if (end > text.size() || begin > end) return "";
  return text.substr(begin, end - begin);
}

std::string mark_title(const graph::Mention& m) { return m.type + " · " + value_json(m.value) + " · " + m.rule; }

std::string highlighted_text(const Article& article, const graph::FactGraph& g, const std::string& anchor) {
  std::string out;
  for (const Piece& p : highlight(article.text, g.mentions)) {
    if (p.kind == Piece::kText) {
      out += xml_escape(std::string_view(article.text).substr(p.begin, p.end - p.begin));
    } else if (p.kind == Piece::kClose) {
      out += "</mark>";
    } else {
      const graph::Mention& m = g.mentions[static_cast<size_t>(p.mention)];
      const std::string id = output_id('m', static_cast<size_t>(p.mention));
      out += "<mark id=\"" + anchor + "-" + id + "\" class=\"" + class_of(m.type) + "\" data-mention=\"" + id +
             "\" data-type=\"" + xml_escape(m.type) + "\" data-value=\"" + xml_escape(value_json(m.value)) +
             "\" data-rule=\"" + xml_escape(m.rule) + "\"";
      if (m.entity >= 0) out += " data-entity=\"" + output_id('e', static_cast<size_t>(m.entity)) + "\"";
      out += " title=\"" + xml_escape(mark_title(m)) + "\">";
    }
  }
  return out;
}

std::string legend(const graph::FactGraph& g) {
  std::map<std::string, int> counts;
  for (const graph::Mention& m : g.mentions) ++counts[m.type];
  std::string out = "<div class=\"legend\">";
  for (const auto& [type, n] : counts)
    out += "<label class=\"chip " + class_of(type) + "\"><input type=\"checkbox\" checked data-filter=\"" +
           xml_escape(type) + "\"> " + xml_escape(type) + " " + std::to_string(n) + "</label>";
  return out + "</div>\n";
}

std::string mention_table(const Article& article, const graph::FactGraph& g, const std::string& anchor) {
  text::CodePointIndex cps(article.text);
  std::string out = "<table class=\"mentions\"><thead><tr><th>id</th><th>type</th><th>text</th><th>value</th>"
                    "<th>rule</th><th>entity</th><th>span</th></tr></thead><tbody>\n";
  for (size_t i = 0; i < g.mentions.size(); ++i) {
    const graph::Mention& m = g.mentions[i];
    const std::string id = output_id('m', i);
    const bool valid = m.begin <= m.end && m.end <= article.text.size();
    out += "<tr data-mark=\"" + anchor + "-" + id + "\"><td>" + id + "</td><td><span class=\"chip " + class_of(m.type) +
           "\">" + xml_escape(m.type) + "</span></td><td>" + xml_escape(slice(article.text, m.begin, m.end)) +
           "</td><td><code>" + xml_escape(value_json(m.value)) + "</code></td><td>" + xml_escape(m.rule) + "</td><td>" +
           (m.entity >= 0 ? output_id('e', static_cast<size_t>(m.entity)) : "") + "</td><td>" +
           (valid ? std::to_string(cps.code_point_at(m.begin)) + "–" + std::to_string(cps.code_point_at(m.end)) : "?") +
           "</td></tr>\n";
  }
  return out + "</tbody></table>\n";
}

std::string entity_table(const graph::FactGraph& g) {
  std::string out = "<table class=\"entities\"><thead><tr><th>id</th><th>type</th><th>name</th><th>aliases</th>"
                    "<th>mentions</th></tr></thead><tbody>\n";
  for (size_t i = 0; i < g.entities.size(); ++i) {
    const graph::Entity& e = g.entities[i];
    std::string aliases;
    for (const std::string& a : e.aliases) aliases += (aliases.empty() ? "" : "; ") + a;
    out += "<tr data-entity=\"" + output_id('e', i) + "\"><td>" + output_id('e', i) + "</td><td><span class=\"chip " +
           class_of(e.type) + "\">" + xml_escape(e.type) + "</span></td><td>" + xml_escape(e.name) + "</td><td>" +
           xml_escape(aliases) + "</td><td>" + std::to_string(e.mentions.size()) + "</td></tr>\n";
  }
  return out + "</tbody></table>\n";
}

// A relation end as read: the entity's name, or the mention's text and, for a value, the value.
std::string end_cell(const graph::Ref& ref, const Article& article, const graph::FactGraph& g) {
  const std::string id = ref_id(ref);
  if (!resolves(g, ref)) return "<span class=\"error\">" + id + " (not in the graph)</span>";
  if (ref.kind == graph::Ref::kEntity)
    return xml_escape(g.entities[static_cast<size_t>(ref.index)].name) + " <small>" + id + "</small>";
  const graph::Mention& mention = g.mentions[static_cast<size_t>(ref.index)];
  std::string out = xml_escape(slice(article.text, mention.begin, mention.end)) + " <small>" + id + "</small>";
  if (mention.entity < 0) out += " <code>" + xml_escape(value_json(mention.value)) + "</code>";
  return out;
}

std::string relation_table(const Article& article, const graph::FactGraph& g) {
  text::CodePointIndex cps(article.text);
  std::string out = "<table class=\"relations\"><thead><tr><th>id</th><th>subject</th><th>relation</th><th>object</th>"
                    "<th>attributes</th><th>rule</th><th>evidence</th></tr></thead><tbody>\n";
  for (size_t i = 0; i < g.relations.size(); ++i) {
    const graph::Relation& r = g.relations[i];
    const std::string evidence = slice(article.text, r.evidence_begin, r.evidence_end);
    std::string where = evidence.empty() && r.evidence_begin != r.evidence_end
                            ? "?"
                            : std::to_string(cps.code_point_at(r.evidence_begin)) + "–" +
                                  std::to_string(cps.code_point_at(r.evidence_end));
    out += "<tr data-relation=\"" + output_id('r', i) + "\"><td>" + output_id('r', i) + "</td><td>" +
           end_cell(r.subject, article, g) + "</td><td><b>" + xml_escape(r.type) + "</b></td><td>" +
           end_cell(r.object, article, g) + "</td><td><code>" + xml_escape(value_json(r.attributes)) + "</code></td><td>" +
           xml_escape(r.rule) + "</td><td title=\"" + xml_escape(evidence) + "\">" + xml_escape(shorten(evidence, 140)) +
           " <small>" + where + "</small></td></tr>\n";
  }
  return out + "</tbody></table>\n";
}

std::string article_section(const ReportArticle& entry, const std::string& anchor) {
  std::string out = "<article id=\"" + anchor + "\" data-id=\"" + xml_escape(entry.id) + "\">\n<h2>" +
                    xml_escape(entry.article && !entry.article->title.empty() ? entry.article->title : entry.id) +
                    "</h2>\n";
  if (!entry.article) return out + "<p class=\"error\">" + xml_escape(entry.error) + "</p>\n</article>\n";
  const Article& article = *entry.article;
  const graph::FactGraph& g = entry.graph;
  out += "<p class=\"meta\">" + xml_escape(article.id) + " · " + xml_escape(article.date) + " · " +
         count_of(g.mentions.size(), "mention") + ", " + std::to_string(g.entities.size()) +
         (g.entities.size() == 1 ? " entity, " : " entities, ") + count_of(g.relations.size(), "relation") + "</p>\n";
  out += legend(g);
  out += "<div class=\"text\">" + highlighted_text(article, g, anchor) + "</div>\n";
  out += "<h3>Graph</h3>\n";
  Result<GraphView> view = graph_view(article, g);
  if (!view) out += "<p class=\"error\">" + xml_escape(view.error().describe()) + "</p>\n";
  else if (view.value().nodes.empty()) out += "<p class=\"meta\">No entity and no relation.</p>\n";
  else out += "<figure>" + graph_svg(view.value(), anchor) + "</figure>\n";
  out += "<h3>Facts</h3>\n" + mention_table(article, g, anchor);
  out += "<h3>Entities</h3>\n" + entity_table(g);
  out += "<h3>Relations</h3>\n" + relation_table(article, g);
  return out + "</article>\n";
}

}  // namespace

std::string html_report(const std::vector<ReportArticle>& articles, const ReportOptions& options) {
  std::set<std::string> types;
  for (const ReportArticle& a : articles) {
    for (const graph::Mention& m : a.graph.mentions) types.insert(m.type);
    for (const graph::Entity& e : a.graph.entities) types.insert(e.type);
  }
  std::string style(kStyle);
  for (const std::string& type : types)
    style += "." + class_of(type) + "{background:" + std::string(type_colour(type)) + "}\n";

  std::string out = "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
                    xml_escape(options.title) + "</title>\n<script>\n" + std::string(kErrorCatcher) +
                    "\n</script>\n<style>" + style + "</style>\n</head>\n<body>\n<header>\n<h1>" +
                    xml_escape(options.title) + "</h1>\n";
  size_t mentions = 0, relations = 0, errors = 0;
  for (const ReportArticle& a : articles) {
    mentions += a.graph.mentions.size();
    relations += a.graph.relations.size();
    errors += a.article ? 0 : 1;
  }
  out += "<p class=\"meta\">" + count_of(articles.size(), "article") + ", " + count_of(mentions, "mention") + ", " +
         count_of(relations, "relation") +
         (errors ? ", " + std::to_string(errors) + " unreadable" : "") + "</p>\n<nav><ol>\n";
  for (size_t i = 0; i < articles.size(); ++i) {
    const ReportArticle& a = articles[i];
    out += "<li><a href=\"#" + output_id('a', i) + "\">" + xml_escape(a.id) + "</a>";
    if (a.article && !a.article->title.empty()) out += " — " + xml_escape(shorten(a.article->title, 70));
    if (!a.article) out += " <span class=\"error\">error</span>";
    out += "</li>\n";
  }
  out += "</ol></nav>\n</header>\n<main>\n";
  for (size_t i = 0; i < articles.size(); ++i) out += article_section(articles[i], output_id('a', i));
  out += "</main>\n<footer>" + xml_escape(options.generator.empty() ? "glaneur" : options.generator) +
         " · hover a highlight for its type, value and rule; click a fact to find it in the text</footer>\n<script>" + std::string(kScript) + "</script>\n</body>\n</html>\n";
  return out;
}

}  // namespace glaneur::io
