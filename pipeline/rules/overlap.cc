// Tested by tests/rules/overlap_test.cc
#include "rules/overlap.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace glaneur::rules {
namespace {

// True when a ranks before b.
bool ranks_before(const RankedSpan& a, const RankedSpan& b) {
  uint32_t la = a.end - a.begin, lb = b.end - b.begin;
  if (la != lb) return la > lb;
  if (a.priority != b.priority) return a.priority > b.priority;
  if (a.order != b.order) return a.order < b.order;
  return a.begin < b.begin;
}

std::string clause(const RankedSpan& winner, const RankedSpan& loser) {
  if (winner.end - winner.begin != loser.end - loser.begin) return "shorter span";
  if (winner.priority != loser.priority) return "lower priority";
  if (winner.order != loser.order) return "later rule";
  return "later start";
}

}  // namespace

OverlapDecision resolve_overlaps(const std::vector<RankedSpan>& spans) {
  std::vector<size_t> order(spans.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return ranks_before(spans[a], spans[b]); });
  OverlapDecision d;
  d.beaten_by.assign(spans.size(), -1);
  d.why.assign(spans.size(), "");
  std::map<uint32_t, size_t> taken;  // begin → kept index, non-overlapping
  for (size_t i : order) {
    const RankedSpan& s = spans[i];
    // The kept span that could overlap: the last one starting before s.end.
    auto it = taken.lower_bound(s.end);
    if (it != taken.begin()) {
      auto prev = std::prev(it);
      if (spans[prev->second].end > s.begin) {
        d.beaten_by[i] = static_cast<long>(prev->second);
        d.why[i] = clause(spans[prev->second], s);
        continue;
      }
    }
    taken.emplace(s.begin, i);
  }
  for (const auto& [begin, i] : taken) d.kept.push_back(i);
  return d;
}

}  // namespace glaneur::rules
