// TextView: the text rules match on, built from an article's original text, with a map back.
//
// The original text is never altered. The view is its folded form (see fold.h): lower case, no
// accents, ’ → ', NBSP / narrow NBSP → space, dashes → -. Every stage works in view byte offsets;
// original() and to_original_*() give the original bytes back, and io/ turns those into the
// code points of the output contract.
//
//   TextView v = TextView::build("A l’Économie");
//   v.text();                      // "a l'economie"
//   v.to_original_start(2);        // 2  (the "l")
//   v.to_original_end(12);         // 15 (É and ’ take more bytes in the original)
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace glaneur::text {

class TextView {
 public:
  // `original` must be valid UTF-8 and must outlive the view.
  static TextView build(std::string_view original);

  std::string_view text() const { return folded_; }
  std::string_view original() const { return original_; }

  // Original byte offset of a view offset used as the start / the end of a span. An offset inside
  // the folded form of one original character maps to that character's start (for a start) or end
  // (for an end), so a mapped span always covers whole original characters.
  size_t to_original_start(size_t view_offset) const { return to_original(view_offset, false); }
  size_t to_original_end(size_t view_offset) const { return to_original(view_offset, true); }

  // View offset of an original byte offset that starts a character (or is the text's end).
  size_t to_view(size_t original_offset) const;

 private:
  // Pieces of the mapping. A copy anchor starts a run whose bytes are the same length in both
  // texts; a replaced anchor is one original character whose fold has another length. Characters
  // that fold to nothing get no anchor: their bytes fall between two anchors.
  struct Anchor {
    uint32_t view;
    uint32_t original;
    bool copy;
  };

  size_t to_original(size_t view_offset, bool is_end) const;
  size_t to_original_by_anchors(size_t view_offset, bool is_end) const;

  std::string_view original_;
  std::string folded_;
  std::vector<Anchor> anchors_;
  // By view offset, its original offset as a start, or kInsideFold: rules and names ask this of
  // nearly every token, and a lookup is cheaper than a search among the anchors.
  std::vector<uint32_t> original_start_;
  static constexpr uint32_t kInsideFold = UINT32_MAX;
};

}  // namespace glaneur::text
