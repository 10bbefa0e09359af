// Tested by tests/io/graph_export_test.cc (GraphSvg)
#include "io/graph_svg.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <deque>
#include <map>

#include "io/escape.h"

namespace glaneur::io {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kNodeSpacing = 160;  // along the circle, between entity centres
constexpr double kValueRing = 95;     // how far outside the circle value nodes sit
constexpr double kNodeRadius = 8;
constexpr double kPadding = 24;
constexpr double kCharWidth = 7;      // an estimate for 12px labels, to keep them inside the box
constexpr double kColumnWidth = 200;  // of the rows of entities without relations
constexpr double kRowHeight = 30;
constexpr size_t kLabelChars = 28;

std::string num(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", std::abs(v) < 0.05 ? 0.0 : v);  // never "-0.0"
  return buffer;
}

size_t code_points(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// The entities that take part in relations, in circle order: graph order, except that each pulls
// the ones it is related to in right after it (breadth first), so that edges stay short.
std::vector<size_t> circle_order(const GraphView& view, size_t entities, const std::vector<bool>& linked) {
  std::vector<std::vector<size_t>> neighbours(entities);
  for (const Edge& e : view.edges)
    if (e.source < entities && e.target < entities && e.source != e.target) {
      neighbours[e.source].push_back(e.target);
      neighbours[e.target].push_back(e.source);
    }
  for (auto& n : neighbours) std::sort(n.begin(), n.end());
  std::vector<size_t> order;
  std::vector<bool> placed(entities, false);
  for (size_t start = 0; start < entities; ++start) {
    if (placed[start] || !linked[start]) continue;
    std::deque<size_t> queue{start};
    placed[start] = true;
    while (!queue.empty()) {
      size_t n = queue.front();
      queue.pop_front();
      order.push_back(n);
      for (size_t next : neighbours[n])
        if (!placed[next]) placed[next] = true, queue.push_back(next);
    }
  }
  return order;
}

}  // namespace

Layout layout(const GraphView& view) {
  const size_t count = view.nodes.size();
  Layout out;
  out.nodes.assign(count, {});
  out.label_right.assign(count, true);
  size_t entities = 0;
  while (entities < count && view.nodes[entities].entity >= 0) ++entities;
  std::vector<bool> linked(count, false);
  for (const Edge& e : view.edges) linked[e.source] = linked[e.target] = true;

  // The circle, centred on (0, 0); the box is computed at the end.
  std::vector<size_t> order = circle_order(view, entities, linked);
  const double radius = order.size() <= 1 ? 0.0 : std::max(90.0, order.size() * kNodeSpacing / (2 * kPi));
  std::vector<double> angle(count, -kPi / 2);
  for (size_t k = 0; k < order.size(); ++k) {
    angle[order[k]] = -kPi / 2 + 2 * kPi * static_cast<double>(k) / static_cast<double>(order.size());
    out.nodes[order[k]] = {radius * std::cos(angle[order[k]]), radius * std::sin(angle[order[k]])};
  }
  // A value node sits outside the first entity it is related to; several on one entity fan out.
  std::map<size_t, std::vector<size_t>> by_anchor;
  std::vector<size_t> unanchored;
  for (size_t n = entities; n < count; ++n) {
    size_t anchor = count;
    for (const Edge& e : view.edges) {
      size_t other = e.source == n ? e.target : e.target == n ? e.source : count;
      if (other < entities) {
        anchor = other;
        break;
      }
    }
    if (anchor < entities) by_anchor[anchor].push_back(n);
    else unanchored.push_back(n);
  }
  for (const auto& [anchor, nodes] : by_anchor) {
    for (size_t i = 0; i < nodes.size(); ++i) {
      double a = angle[anchor] + (static_cast<double>(i) - (nodes.size() - 1) / 2.0) * 0.3;
      double r = radius + kValueRing + (i % 2) * 40.0;
      out.nodes[nodes[i]] = {r * std::cos(a), r * std::sin(a)};
    }
  }
  for (size_t i = 0; i < unanchored.size(); ++i) {
    double a = -kPi / 2 + kPi / 8 + 2 * kPi * static_cast<double>(i) / static_cast<double>(unanchored.size());
    double r = radius + kValueRing;
    out.nodes[unanchored[i]] = {r * std::cos(a), r * std::sin(a)};
  }
  // Labels point away from the centre, so they do not run over the circle.
  for (size_t n = 0; n < count; ++n)
    if (linked[n]) out.label_right[n] = out.nodes[n].x >= -1;

  // The box of the drawing so far, labels included.
  double min_x = 0, max_x = 0, min_y = 0, max_y = 0;
  bool any = false;
  auto extend = [&](size_t n) {
    const Point p = out.nodes[n];
    const double label = 12 + kCharWidth * std::min(code_points(view.nodes[n].label), kLabelChars + 1);
    const double left = p.x - (out.label_right[n] ? kNodeRadius : label);
    const double right = p.x + (out.label_right[n] ? label : kNodeRadius);
    if (!any) min_x = left, max_x = right, min_y = p.y - 12, max_y = p.y + 12;
    min_x = std::min(min_x, left), max_x = std::max(max_x, right);
    min_y = std::min(min_y, p.y - 12), max_y = std::max(max_y, p.y + 12);
    any = true;
  };
  for (size_t n = 0; n < count; ++n)
    if (linked[n]) extend(n);
  for (const Edge& e : view.edges)  // a loop rises above its node
    if (e.source == e.target) min_y = std::min(min_y, out.nodes[e.source].y - 62);

  // Entities without relations: rows below, grouped by type.
  std::vector<size_t> alone;
  for (size_t n = 0; n < entities; ++n)
    if (!linked[n]) alone.push_back(n);
  std::stable_sort(alone.begin(), alone.end(), [&](size_t a, size_t b) { return view.nodes[a].type < view.nodes[b].type; });
  if (!alone.empty()) {
    const double width = std::max(any ? max_x - min_x : 0.0, 4 * kColumnWidth);
    const size_t columns = std::max<size_t>(1, static_cast<size_t>(width / kColumnWidth));
    const double top = any ? max_y + 40 : 0, left = any ? min_x : 0;
    for (size_t i = 0; i < alone.size(); ++i)
      out.nodes[alone[i]] = {left + kNodeRadius + kColumnWidth * static_cast<double>(i % columns),
                             top + kRowHeight * static_cast<double>(i / columns)};
    for (size_t n : alone) extend(n);
  }

  for (Point& p : out.nodes) p = {p.x - min_x + kPadding, p.y - min_y + kPadding};
  out.width = max_x - min_x + 2 * kPadding;
  out.height = max_y - min_y + 2 * kPadding;
  return out;
}

std::string graph_svg(const GraphView& view, std::string_view id_prefix) {
  if (view.nodes.empty()) return "";
  const Layout l = layout(view);
  const std::string arrow = std::string(id_prefix) + "-arrow";
  std::string out = "<svg class=\"graph\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + num(l.width) + " " +
                    num(l.height) + "\" width=\"" + num(l.width) + "\" height=\"" + num(l.height) +
                    "\" role=\"img\">\n<defs><marker id=\"" + arrow +
                    "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
                    "orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>\n";

  // Edges first, so that nodes are drawn over them. Edges between the same two nodes bend apart.
  std::map<std::pair<size_t, size_t>, int> seen;
  for (const Edge& e : view.edges) {
    const Point a = l.nodes[e.source], b = l.nodes[e.target];
    int k = seen[{std::min(e.source, e.target), std::max(e.source, e.target)}]++;
    std::string path;
    Point label;
    if (e.source == e.target) {  // a loop above the node
      path = "M" + num(a.x - 5) + "," + num(a.y - kNodeRadius) + " C" + num(a.x - 40) + "," + num(a.y - 60) + " " +
             num(a.x + 40) + "," + num(a.y - 60) + " " + num(a.x + 5) + "," + num(a.y - kNodeRadius);
      label = {a.x, a.y - 50};
    } else {
      double dx = b.x - a.x, dy = b.y - a.y, length = std::max(1.0, std::hypot(dx, dy));
      double ux = dx / length, uy = dy / length;
      double bend = k == 0 ? 0.0 : (k % 2 ? 1 : -1) * 28.0 * ((k + 1) / 2);
      Point control{(a.x + b.x) / 2 - uy * bend * 2, (a.y + b.y) / 2 + ux * bend * 2};
      Point from{a.x + ux * kNodeRadius, a.y + uy * kNodeRadius}, to{b.x - ux * (kNodeRadius + 2), b.y - uy * (kNodeRadius + 2)};
      path = "M" + num(from.x) + "," + num(from.y) + " Q" + num(control.x) + "," + num(control.y) + " " + num(to.x) +
             "," + num(to.y);
      label = {(a.x + b.x) / 4 + control.x / 2, (a.y + b.y) / 4 + control.y / 2};  // the curve's midpoint
    }
    out += "<g class=\"edge\" data-edge=\"" + xml_escape(e.id) + "\" data-type=\"" + xml_escape(e.type) + "\"><title>" +
           xml_escape(e.id + " " + e.label) + "</title><path d=\"" + path + "\" marker-end=\"url(#" + xml_escape(arrow) +
           ")\"/><text x=\"" + num(label.x) + "\" y=\"" + num(label.y) + "\">" + xml_escape(shorten(e.label, kLabelChars)) +
           "</text></g>\n";
  }
  for (size_t i = 0; i < view.nodes.size(); ++i) {
    const Node& n = view.nodes[i];
    const Point p = l.nodes[i];
    const bool right = l.label_right[i];
    out += "<g class=\"node" + std::string(n.mention >= 0 ? " value" : "") + "\" data-node=\"" + xml_escape(n.id) +
           "\" data-type=\"" + xml_escape(n.type) + "\"><title>" + xml_escape(n.id + " · " + n.type + " · " + n.label) +
           "</title><circle cx=\"" + num(p.x) + "\" cy=\"" + num(p.y) + "\" r=\"" + num(kNodeRadius) + "\" fill=\"" +
           std::string(type_colour(n.type)) + "\"/><text x=\"" + num(p.x + (right ? 12 : -12)) + "\" y=\"" +
           num(p.y + 4) + "\" text-anchor=\"" + (right ? "start" : "end") + "\">" +
           xml_escape(shorten(n.label, kLabelChars)) + "</text></g>\n";
  }
  return out + "</svg>";
}

}  // namespace glaneur::io
