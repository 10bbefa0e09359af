// Tested by tests/rules/reader_filter_test.cc
#include "rules/reader_filter.h"

#include <algorithm>

#include "rules/pattern.h"

namespace glaneur::rules {
namespace {

// A reader's pattern with each TOPIC it reads made "anything": the sentence holds no TOPIC marker
// yet. `.*` also cuts the literal strings on either side apart, so that no atom straddles the
// place where the TOPIC will be.
std::string without_topics(std::string regex, std::string_view topic_marker) {
  const std::string anything = "(?s:.*)";
  for (size_t at = regex.find(topic_marker); at != std::string::npos; at = regex.find(topic_marker, at + anything.size()))
    regex.replace(at, topic_marker.size(), anything);
  return regex;
}

}  // namespace

std::unique_ptr<ReaderFilter> ReaderFilter::build(std::vector<std::string> readers, std::string_view topic_marker) {
  if (readers.empty()) return nullptr;
  // FirstMatch tries the readers the atoms allow in the order they were added, until one matches.
  // The shortest first: they are the cheapest to try, and the broadest ("a topic, then a date")
  // settle most sentences at once.
  std::stable_sort(readers.begin(), readers.end(), [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
  auto filter = std::make_unique<ReaderFilter>();
  for (const std::string& reader : readers) {
    int id;
    if (filter->readers_.Add(without_topics(reader, topic_marker), regex_options(), &id) != RE2::NoError) return nullptr;
  }
  std::vector<std::string> atoms;
  filter->readers_.Compile(&atoms);
  if (atoms.empty()) return filter;
  RE2::Options options = regex_options();
  options.set_case_sensitive(false);  // atoms are lowercased; markers are not ("\x01MONEY#")
  filter->atoms_ = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (const std::string& atom : atoms)
    if (filter->atoms_->Add(RE2::QuoteMeta(atom), nullptr) < 0) return nullptr;
  if (!filter->atoms_->Compile()) return nullptr;
  return filter;
}

bool ReaderFilter::readers_possible(std::string_view text) const {
  std::vector<int> found;
  if (atoms_) {
    RE2::Set::ErrorInfo error;
    // Out of DFA memory the set cannot say which atoms are there: any reader may then match.
    if (!atoms_->Match(re2::StringPiece(text.data(), text.size()), &found, &error) && error.kind != RE2::Set::kNoError)
      return true;
  }
  // The atoms say which readers may match; a reader itself (its TOPIC still "anything") says
  // whether it does: sentences that hold a reader's words in another order are skipped too.
  return readers_.FirstMatch(re2::StringPiece(text.data(), text.size()), found) >= 0;
}

}  // namespace glaneur::rules
