// Tested by tests/graph/fact_graph_test.cc
#include "graph/fact_graph.h"

#include <algorithm>
#include <numeric>

namespace glaneur::graph {

namespace {

// Moves mention i to new_index[i] (or drops it when -1) and renumbers what points at mentions.
void renumber(FactGraph& graph, const std::vector<int>& new_index, size_t kept) {
  std::vector<Mention> moved(kept);
  for (size_t i = 0; i < graph.mentions.size(); ++i)
    if (new_index[i] >= 0) moved[new_index[i]] = std::move(graph.mentions[i]);
  graph.mentions = std::move(moved);
  for (Entity& e : graph.entities) {
    std::vector<int> mentions;
    for (int m : e.mentions)
      if (new_index[m] >= 0) mentions.push_back(new_index[m]);
    std::sort(mentions.begin(), mentions.end());
    e.mentions = std::move(mentions);
  }
  for (Relation& r : graph.relations) {
    for (Ref* ref : {&r.subject, &r.object})
      if (ref->kind == Ref::kMention) ref->index = new_index[ref->index];
  }
}

}  // namespace

void remove_mentions(FactGraph& graph, const std::function<bool(const Mention&)>& drop) {
  std::vector<int> new_index(graph.mentions.size(), -1);
  int kept = 0;
  for (size_t i = 0; i < graph.mentions.size(); ++i)
    if (!drop(graph.mentions[i])) new_index[i] = kept++;
  renumber(graph, new_index, static_cast<size_t>(kept));
}

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
  for (size_t i = 0; i < order.size(); ++i) new_index[order[i]] = static_cast<int>(i);
  renumber(graph, new_index, order.size());
  return std::vector<int>(new_index.begin() + static_cast<long>(existing), new_index.end());
}

}  // namespace glaneur::graph
