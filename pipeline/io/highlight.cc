// Tested by tests/io/graph_export_test.cc (Highlight)
#include "io/highlight.h"

#include <algorithm>
#include <numeric>

namespace glaneur::io {

std::vector<Piece> highlight(std::string_view text, const std::vector<graph::Mention>& mentions,
                             std::vector<int>* left_out) {
  std::vector<int> order(mentions.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    const graph::Mention& x = mentions[static_cast<size_t>(a)];
    const graph::Mention& y = mentions[static_cast<size_t>(b)];
    return x.begin != y.begin ? x.begin < y.begin : x.end > y.end;
  });

  std::vector<Piece> pieces;
  std::vector<int> open;  // the marks open at `pos`, innermost last
  size_t pos = 0;
  auto text_to = [&](size_t end) {
    if (end > pos) pieces.push_back({Piece::kText, pos, end, -1});
    pos = std::max(pos, end);
  };
  auto close_innermost = [&] {
    text_to(mentions[static_cast<size_t>(open.back())].end);
    pieces.push_back({Piece::kClose, 0, 0, open.back()});
    open.pop_back();
  };
  for (int m : order) {
    const graph::Mention& mention = mentions[static_cast<size_t>(m)];
    if (mention.begin > mention.end || mention.end > text.size()) {
      if (left_out) left_out->push_back(m);
      continue;
    }
    while (!open.empty() && mentions[static_cast<size_t>(open.back())].end <= mention.begin) close_innermost();
    if (!open.empty() && mention.end > mentions[static_cast<size_t>(open.back())].end) {
      if (left_out) left_out->push_back(m);
      continue;
    }
    text_to(mention.begin);
    pieces.push_back({Piece::kOpen, 0, 0, m});
    open.push_back(m);
  }
  while (!open.empty()) close_innermost();
  text_to(text.size());
  return pieces;
}

}  // namespace glaneur::io
