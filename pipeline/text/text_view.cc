// Tested by tests/text/text_view_test.cc
#include "text/text_view.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "text/fold.h"
#include "text/utf8.h"

namespace glaneur::text {

namespace {

// The length of the run of ASCII bytes at the start of `s`, eight bytes at a time: most of an
// article is ASCII, and its bytes are then copied a run at a time.
size_t ascii_run(std::string_view s) {
  size_t i = 0;
  for (uint64_t eight; i + 8 <= s.size(); i += 8) {
    std::memcpy(&eight, s.data() + i, 8);
    if (eight & 0x8080808080808080ULL) break;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

// Appends ASCII `run` to `out`, its capitals in lower case (a loop the compiler vectorises).
void append_lowercase(std::string& out, std::string_view run) {
  size_t at = out.size();
  out.resize(at + run.size());
  char* to = out.data() + at;
  for (size_t k = 0; k < run.size(); ++k) {
    char c = run[k];
    to[k] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
}

}  // namespace

TextView TextView::build(std::string_view original) {
  TextView view;
  view.original_ = original;
  view.folded_.reserve(original.size());
  std::string& out = view.folded_;
  bool in_copy_run = false;
  size_t i = 0;
  const size_t n = original.size();
  while (i < n) {
    if (size_t run = ascii_run(original.substr(i)); run > 0) {
      if (!in_copy_run) {
        view.anchors_.push_back({static_cast<uint32_t>(out.size()), static_cast<uint32_t>(i), true});
        in_copy_run = true;
      }
      append_lowercase(out, original.substr(i, run));
      i += run;
      continue;
    }
    size_t start = i;
    char32_t cp = decode_utf8(original, i);
    std::string_view fold = fold_code_point(cp);
    std::string_view source = original.substr(start, i - start);
    if (fold == source) {
      if (!in_copy_run) {
        view.anchors_.push_back({static_cast<uint32_t>(out.size()), static_cast<uint32_t>(start), true});
        in_copy_run = true;
      }
    } else {
      in_copy_run = false;
      if (!fold.empty()) {
        view.anchors_.push_back({static_cast<uint32_t>(out.size()), static_cast<uint32_t>(start), false});
      }
    }
    out += fold;
  }
  // A final anchor at both ends makes every lookup land between two anchors.
  view.anchors_.push_back({static_cast<uint32_t>(out.size()), static_cast<uint32_t>(n), true});
  view.original_start_.resize(out.size() + 1);
  uint32_t* starts = view.original_start_.data();
  for (size_t k = 0; k + 1 < view.anchors_.size(); ++k) {
    const Anchor& a = view.anchors_[k];
    const uint32_t end = view.anchors_[k + 1].view;
    if (a.copy) {
      for (uint32_t v = a.view; v < end; ++v) starts[v] = a.original + (v - a.view);
    } else if (a.view < end) {
      starts[a.view] = a.original;
      std::fill(starts + a.view + 1, starts + end, kInsideFold);
    }
  }
  starts[out.size()] = static_cast<uint32_t>(n);
  return view;
}

size_t TextView::to_original(size_t view_offset, bool is_end) const {
  if (view_offset >= original_start_.size()) return to_original_by_anchors(view_offset, is_end);
  uint32_t start = original_start_[view_offset];
  return start == kInsideFold ? to_original_by_anchors(view_offset, is_end) : start;
}

size_t TextView::to_original_by_anchors(size_t view_offset, bool is_end) const {
  // The last anchor at or before view_offset.
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), view_offset,
                             [](size_t v, const Anchor& a) { return v < a.view; });
  const Anchor& a = *(it - 1);
  if (a.copy) return a.original + (view_offset - a.view);
  if (view_offset == a.view) return a.original;
  // Inside the fold of one replaced character: snap to its start or its end.
  return is_end ? it->original : a.original;
}

size_t TextView::to_view(size_t original_offset) const {
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), original_offset,
                             [](size_t o, const Anchor& a) { return o < a.original; });
  if (it == anchors_.begin()) return 0;  // inside characters that fold to nothing, before any text
  const Anchor& a = *(it - 1);
  if (it == anchors_.end()) return a.view;  // the end of the text
  if (a.copy) return std::min<size_t>(a.view + (original_offset - a.original), it->view);
  return original_offset == a.original ? a.view : it->view;
}

}  // namespace glaneur::text
