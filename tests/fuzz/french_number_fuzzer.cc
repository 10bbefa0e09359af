// Fuzz target: extract::parse_french_number and the {nombre} built-in the rules use.
//
// Two ways in: the raw bytes straight into parse_french_number (whose contract is "the value, or
// nullopt when the text is not one"), and the way the pipeline goes, where the input is an article
// text, folded into a view, and every match of kFrenchNumberPattern in it goes through the
// {nombre} built-in (parse, then rules::number_value). A value is a number JSON can write: never
// NaN or infinite, and an integral one is written as an integer.
#include <re2/re2.h>

#include <cmath>
#include <variant>

#include "extract/number_fr.h"
#include "fuzz_support.h"
#include "rules/vocabulary.h"
#include "text/text_view.h"

using namespace glaneur;

namespace {

void check_scalar(const rules::Scalar& v) {
  if (auto d = std::get_if<double>(&v)) FUZZ_CHECK(std::isfinite(*d));
  FUZZ_CHECK(std::holds_alternative<int64_t>(v) || std::holds_alternative<double>(v));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes = fuzz::as_text(data, size);
  if (auto v = extract::parse_french_number(bytes)) check_scalar(rules::number_value(*v));
  extract::is_number_word(bytes);

  auto text = fuzz::article_text(data, size);
  if (!text) return 0;
  static const rules::BuiltinPattern* nombre = rules::builtin_vocabulary().builtin("nombre");
  static const RE2 pattern("(" + std::string(extract::kFrenchNumberPattern) + ")");
  FUZZ_CHECK(nombre && pattern.ok());
  text::TextView view = text::TextView::build(*text);
  re2::StringPiece rest(view.text().data(), view.text().size());
  re2::StringPiece match;
  while (RE2::FindAndConsume(&rest, pattern, &match)) {
    FUZZ_CHECK(!match.empty());  // an empty match would loop forever
    if (auto v = nombre->parse(std::string_view(match.data(), match.size()))) check_scalar(*v);
  }
  return 0;
}
