// The fact graph drawn as inline SVG for the HTML report, with a layout computed here so the page
// needs no script library and the same graph always gives the same picture. The nodes that take
// part in relations form the drawing: their entities on a circle (related ones side by side), the
// mentions they point at (amounts, dates…) just outside, next to their entity; edges are curves
// with an arrow and their label. Entities without relations line up in rows below.
//
//   std::string svg = graph_svg(view.value(), "a3");   // "a3": prefix of the ids inside the SVG
//
// The SVG's elements carry what the page's script and tests look for: <svg class="graph">,
// <g class="node" data-node="e1" data-type="ORG">, <g class="edge" data-edge="r1" data-type="ROLE">.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "io/graph_view.h"

namespace glaneur::io {

struct Point {
  double x = 0;
  double y = 0;
};

struct Layout {
  double width = 0;           // the drawing, labels included, from (0, 0)
  double height = 0;
  std::vector<Point> nodes;   // one per GraphView node, same order
  std::vector<bool> label_right;  // per node: its label runs to the right (else to the left)
};

Layout layout(const GraphView& view);

// Empty when the view has no nodes.
std::string graph_svg(const GraphView& view, std::string_view id_prefix);

}  // namespace glaneur::io
