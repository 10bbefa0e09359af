// Fuzz target: article text → text::TextView, Tokenizer and SentenceSplitter.
//
// Fed as the reader feeds them: only valid, non-blank UTF-8 gets past the reader, so other inputs
// are turned away (and kept out of the corpus). Checks that offsets are never lost: the view is
// valid UTF-8 and maps back inside the original on character boundaries, tokens and sentences are
// non-empty, in order, apart, and inside the view.
#include "fuzz_support.h"
#include "text/sentences.h"
#include "text/text_view.h"
#include "text/tokenizer.h"
#include "analyzer.h"

using namespace glaneur;

namespace {

// A span of the view [begin, end) and its original bytes: inside both texts, on boundaries.
void check_span(const text::TextView& view, size_t begin, size_t end) {
  std::string_view folded = view.text(), original = view.original();
  FUZZ_CHECK(begin < end);
  FUZZ_CHECK(end <= folded.size());
  FUZZ_CHECK(fuzz::on_boundary(folded, begin) && fuzz::on_boundary(folded, end));
  size_t from = view.to_original_start(begin), to = view.to_original_end(end);
  FUZZ_CHECK(from < to);
  FUZZ_CHECK(to <= original.size());
  FUZZ_CHECK(fuzz::on_boundary(original, from) && fuzz::on_boundary(original, to));
}

void check_view(const text::TextView& view, std::string_view original) {
  FUZZ_CHECK(view.original().data() == original.data() && view.original().size() == original.size());
  FUZZ_CHECK(!text::first_invalid_utf8(view.text()));
  // Original boundaries map to view boundaries, in order, the end to the end.
  size_t previous = 0;
  for (size_t o = 0; o <= original.size(); o += o < original.size() ? text::utf8_sequence_length(original[o]) : 1) {
    size_t v = view.to_view(o);
    FUZZ_CHECK(v >= previous);
    FUZZ_CHECK(v <= view.text().size());
    previous = v;
  }
  FUZZ_CHECK(view.to_view(original.size()) == view.text().size());
  FUZZ_CHECK(view.to_original_end(view.text().size()) == original.size());
}

}  // namespace

// Loads the bundled rules before the first input: when they do not load (a rule being edited),
// the run stops here, with their first error, instead of blaming an input.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::bundled_rules();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto original = fuzz::article_text(data, size);
  if (!original) return -1;
  // One of each per thread, reused from article to article, as Analyzer does.
  static text::Tokenizer tokenizer;
  static text::SentenceSplitter splitter(abbreviations_from(fuzz::bundled_rules()));

  text::TextView view = text::TextView::build(*original);
  check_view(view, *original);

  std::vector<text::Token> tokens = tokenizer.tokenize(view);
  for (size_t i = 0; i < tokens.size(); ++i) {
    check_span(view, tokens[i].begin, tokens[i].end);
    FUZZ_CHECK(tokens[i].kind <= text::TokenKind::kUrl);
    if (i > 0) FUZZ_CHECK(tokens[i - 1].end <= tokens[i].begin);
  }

  std::vector<text::Sentence> sentences = splitter.split(view);
  for (size_t i = 0; i < sentences.size(); ++i) {
    check_span(view, sentences[i].begin, sentences[i].end);
    if (i > 0) FUZZ_CHECK(sentences[i - 1].end <= sentences[i].begin);
  }
  return 0;
}
