// Tested by tests/text/text_view_test.cc
#include "text/text_view.h"

#include <algorithm>

#include "text/fold.h"
#include "text/utf8.h"

namespace glaneur::text {

TextView TextView::build(std::string_view original) {
  TextView view;
  view.original_ = original;
  view.folded_.reserve(original.size());
  std::string& out = view.folded_;
  bool in_copy_run = false;
  size_t i = 0;
  const size_t n = original.size();
  while (i < n) {
    auto c = static_cast<unsigned char>(original[i]);
    if (c < 0x80) {
      if (!in_copy_run) {
        view.anchors_.push_back({static_cast<uint32_t>(out.size()), static_cast<uint32_t>(i), true});
        in_copy_run = true;
      }
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      ++i;
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
  for (size_t k = 0; k + 1 < view.anchors_.size(); ++k) {
    const Anchor& a = view.anchors_[k];
    for (uint32_t v = a.view; v < view.anchors_[k + 1].view; ++v)
      view.original_start_[v] = a.copy ? a.original + (v - a.view) : v == a.view ? a.original : kInsideFold;
  }
  view.original_start_[out.size()] = static_cast<uint32_t>(n);
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
