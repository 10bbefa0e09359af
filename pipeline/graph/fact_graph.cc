// Tested by tests/graph/fact_graph_test.cc
#include "graph/fact_graph.h"

#include <algorithm>
#include <numeric>

namespace glaneur::graph {

std::vector<int> insert_mentions(FactGraph& graph, std::vector<Mention> added) {
  size_t existing = graph.mentions.size();
  for (Mention& m : added) graph.mentions.push_back(std::move(m));
  std::vector<int> order(graph.mentions.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    const Mention& x = graph.mentions[a];
    const Mention& y = graph.mentions[b];
    return x.begin != y.begin ? x.begin < y.begin : x.end < y.end;
  });
  std::vector<int> new_index(order.size());
  std::vector<Mention> sorted;
  sorted.reserve(order.size());
  for (size_t i = 0; i < order.size(); ++i) {
    new_index[order[i]] = static_cast<int>(i);
    sorted.push_back(std::move(graph.mentions[order[i]]));
  }
  graph.mentions = std::move(sorted);
  for (Entity& e : graph.entities) {
    for (int& m : e.mentions) m = new_index[m];
    std::sort(e.mentions.begin(), e.mentions.end());
  }
  for (Relation& r : graph.relations) {
    for (Ref* ref : {&r.subject, &r.object})
      if (ref->kind == Ref::kMention) ref->index = new_index[ref->index];
  }
  return std::vector<int>(new_index.begin() + static_cast<long>(existing), new_index.end());
}

}  // namespace glaneur::graph
