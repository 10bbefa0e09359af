// The HTML report of `glaneur report`: one self-contained page (inline CSS and script, no network,
// no other file) for reading what glaneur found in a set of articles. At the top, the list of
// articles; for each article, its text with every mention marked, the graph drawn (io/graph_svg.h),
// and tables of its facts (mentions), entities and relations.
//
// Each mention is a <mark class="m-MONEY" data-type="MONEY" data-value='{"amount":50000000,…}'
// data-rule="money.amount" title="MONEY · {…} · money.amount">; hovering shows the same. The script
// is small and optional (type filters, hover links between graph and text); it sets
// <body data-ready="1"> when it has run and <html data-error="…"> on any script error, which
// tools/check-report looks for in headless Chromium. All text is escaped; the output is
// deterministic (no dates, no random ids).
//
//   std::vector<ReportArticle> articles = …;   // analysed, in input order
//   write(out, html_report(articles, {.generator = "glaneur 0.1.0"}));
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "graph/fact_graph.h"
#include "io/article.h"

namespace glaneur::io {

struct ReportArticle {
  std::string id;
  std::optional<Article> article;  // nullopt when it could not be read; `error` then says why
  graph::FactGraph graph;
  std::string error;
};

struct ReportOptions {
  std::string title = "glaneur report";
  std::string generator;  // shown in the footer, e.g. "glaneur 0.1.0"
};

std::string html_report(const std::vector<ReportArticle>& articles, const ReportOptions& options);

}  // namespace glaneur::io
