// Tests of rules/overlap.h: one case per clause of the overlap policy, and its independence from
// the order candidates arrive in.
#include "rules/overlap.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <ostream>
#include <string>
#include <tuple>
#include <vector>

namespace glaneur::rules {
namespace {

std::ostream& operator<<(std::ostream& os, const RankedSpan& s) {
  return os << "[" << s.begin << "," << s.end << ") p" << s.priority << " o" << s.order;
}

// Candidate spans → which are kept (indexes, by begin), which kept span beat each loser, and why.
struct OverlapCase {
  std::string name;
  std::vector<RankedSpan> spans;
  std::vector<size_t> kept;
  std::vector<long> beaten_by;
  std::vector<std::string> why;
  friend void PrintTo(const OverlapCase& c, std::ostream* os) {
    for (const RankedSpan& s : c.spans) *os << s << " ";
  }
};

class ResolveOverlaps : public testing::TestWithParam<OverlapCase> {};

TEST_P(ResolveOverlaps, AppliesThePolicy) {
  const OverlapCase& c = GetParam();
  OverlapDecision d = resolve_overlaps(c.spans);
  EXPECT_EQ(d.kept, c.kept);
  EXPECT_EQ(d.beaten_by, c.beaten_by);
  EXPECT_EQ(d.why, c.why);
}

INSTANTIATE_TEST_SUITE_P(
    Policy, ResolveOverlaps,
    testing::Values(
        OverlapCase{"longer_span_wins_over_priority_and_order",
                    {{0, 10, 0, 1}, {2, 6, 5, 0}}, {0}, {-1, 0}, {"", "shorter span"}},
        OverlapCase{"equal_length_higher_priority_wins",
                    {{0, 5, 0, 0}, {2, 7, 1, 1}}, {1}, {1, -1}, {"lower priority", ""}},
        OverlapCase{"equal_length_and_priority_lower_order_wins",
                    {{0, 5, 1, 3}, {2, 7, 1, 2}}, {1}, {1, -1}, {"later rule", ""}},
        OverlapCase{"all_else_equal_earlier_start_wins",
                    {{2, 7, 0, 4}, {0, 5, 0, 4}}, {1}, {1, -1}, {"later start", ""}},
        OverlapCase{"non_overlapping_spans_are_all_kept",
                    {{0, 3, 0, 0}, {3, 6, 0, 1}, {10, 12, 0, 2}}, {0, 1, 2}, {-1, -1, -1}, {"", "", ""}},
        OverlapCase{"kept_spans_are_sorted_by_begin",
                    {{20, 25, 0, 0}, {10, 15, 0, 0}, {0, 5, 0, 0}}, {2, 1, 0}, {-1, -1, -1}, {"", "", ""}},
        OverlapCase{"inner_span_loses_to_the_span_around_it",
                    {{5, 8, 9, 0}, {0, 20, 0, 7}}, {1}, {1, -1}, {"shorter span", ""}},
        OverlapCase{"one_long_span_beats_both_neighbours",
                    {{0, 4, 0, 0}, {3, 10, 0, 1}, {9, 12, 0, 2}}, {1}, {1, -1, 1}, {"shorter span", "", "shorter span"}},
        OverlapCase{"a_beaten_span_blocks_nothing",
                    {{0, 10, 0, 0}, {8, 14, 0, 1}, {13, 16, 0, 2}}, {0, 2}, {-1, 0, -1}, {"", "shorter span", ""}},
        OverlapCase{"no_candidates", {}, {}, {}, {}}),
    [](const testing::TestParamInfo<OverlapCase>& info) { return info.param.name; });

// The kept spans themselves, and each span's fate, so that results for permuted inputs compare.
using Fate = std::tuple<uint32_t, uint32_t, int, int, bool, std::string>;
std::vector<Fate> fates(const std::vector<RankedSpan>& spans, const OverlapDecision& d) {
  std::vector<Fate> out;
  for (size_t i = 0; i < spans.size(); ++i)
    out.emplace_back(spans[i].begin, spans[i].end, spans[i].priority, spans[i].order, d.beaten_by[i] < 0, d.why[i]);
  std::sort(out.begin(), out.end());
  return out;
}

TEST(ResolveOverlaps, ResultDoesNotDependOnInputOrder) {
  // Every clause at once: lengths, priorities, orders and starts that tie in turn.
  const std::vector<RankedSpan> spans = {
      {0, 6, 0, 2}, {4, 10, 1, 3}, {8, 14, 1, 1}, {12, 18, 0, 0}, {16, 19, 5, 0}, {30, 34, 0, 0}, {31, 35, 0, 0},
  };
  const OverlapDecision reference = resolve_overlaps(spans);
  const std::vector<Fate> expected = fates(spans, reference);
  std::vector<size_t> perm(spans.size());
  std::iota(perm.begin(), perm.end(), 0);
  int permutations = 0;
  do {
    std::vector<RankedSpan> shuffled;
    for (size_t i : perm) shuffled.push_back(spans[i]);
    OverlapDecision d = resolve_overlaps(shuffled);
    ASSERT_EQ(fates(shuffled, d), expected) << "permutation " << permutations;
    std::vector<uint32_t> begins;
    for (size_t k : d.kept) begins.push_back(shuffled[k].begin);
    ASSERT_TRUE(std::is_sorted(begins.begin(), begins.end())) << "permutation " << permutations;
    for (size_t i = 0; i < shuffled.size(); ++i) {
      if (d.beaten_by[i] < 0) continue;
      const RankedSpan& winner = shuffled[d.beaten_by[i]];
      ASSERT_LT(winner.begin, shuffled[i].end);
      ASSERT_LT(shuffled[i].begin, winner.end) << "a span is beaten only by one it overlaps";
      ASSERT_LT(d.beaten_by[d.beaten_by[i]], 0) << "the winner is itself kept";
    }
    ++permutations;
  } while (std::next_permutation(perm.begin(), perm.end()));
  EXPECT_EQ(permutations, 5040);

  // And what the reference decided, by the policy: [4,10) p1 o3 and [8,14) p1 o1 tie on length and
  // priority; the lower order wins, then knocks out [4,10) and [12,18); [0,6) is then free.
  std::vector<std::pair<uint32_t, uint32_t>> kept;
  for (size_t k : reference.kept) kept.emplace_back(spans[k].begin, spans[k].end);
  EXPECT_EQ(kept, (std::vector<std::pair<uint32_t, uint32_t>>{{0, 6}, {8, 14}, {16, 19}, {30, 34}}));
}

}  // namespace
}  // namespace glaneur::rules
