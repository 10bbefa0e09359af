// The overlap policy, in one place: when spans overlap, the longer span wins, then the higher
// priority, then the rule that comes first in load order (files in name order, rules in file
// order), then the earlier start. The result does not depend on the order candidates arrive in.
//
//   std::vector<size_t> kept = resolve_overlaps(spans);   // indexes into spans, sorted by begin
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace glaneur::rules {

struct RankedSpan {
  uint32_t begin, end;  // half-open
  int priority;
  int order;
};

struct OverlapDecision {
  std::vector<size_t> kept;       // sorted by begin
  std::vector<long> beaten_by;    // for each span: the kept span that beat it, or -1 when kept
  std::vector<std::string> why;   // for each beaten span: "shorter span", "lower priority", "later rule", "later start"
};

OverlapDecision resolve_overlaps(const std::vector<RankedSpan>& spans);

}  // namespace glaneur::rules
