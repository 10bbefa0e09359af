// The fact graph as text for reading in a terminal, as `glaneur show` prints it: a heading, the
// article's text with every mention highlighted, then its mentions, entities and relations, one a
// line. Without colour a mention reads "[MONEY 50 millions d’euros]"; with colour it is painted by
// type (ANSI). Relations read as arrows: an entity end is its name, a mention end its text, and its
// value when it is not a name; attributes other than the role follow as JSON:
//   r1    plan IA —AMOUNT→ 50 millions d’euros {"amount":50000000,"currency":"EUR"} {"trigger":"doté de"}  relation.amount.dote
//   r2    Jalil Benabdillah —ROLE(vice-président)→ Région Occitanie  names.role.apposition
#pragma once

#include <string>

#include "graph/fact_graph.h"
#include "io/article.h"

namespace glaneur::io {

struct TextReportOptions {
  bool colour = false;  // ANSI escapes rather than brackets
};

std::string text_report(const Article& article, const graph::FactGraph& graph, const TextReportOptions& options);

}  // namespace glaneur::io
