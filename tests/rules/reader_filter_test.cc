// Tests of rules/reader_filter.h: which sentences may hold a match of a rule reading TOPICs, told
// from the strings such a match needs. Readers are written as the pattern compiler writes them
// (a {TYPE:x} is its marker regex); sentences as a graph stage reads them (folded, with markers).
#include "rules/reader_filter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "rules/pattern.h"

namespace glaneur::rules {
namespace {

std::string marker(const std::string& type) { return mention_marker_regex(type); }

std::unique_ptr<ReaderFilter> filter_of(const std::vector<std::string>& readers) {
  return ReaderFilter::build(readers, marker("TOPIC"));
}

TEST(ReaderFilter, NeedsTheMentionAReaderLinksTo) {
  auto filter = filter_of({marker("TOPIC") + " (de|d'environ) " + marker("MONEY")});
  ASSERT_NE(filter, nullptr);
  EXPECT_TRUE(filter->readers_possible("le budget de \x01MONEY#3\x02 sera vote"));
  EXPECT_FALSE(filter->readers_possible("le budget sera vote en \x01" "DATE#2\x02"));
}

TEST(ReaderFilter, NeedsOneOfTheWordsOfAnAlternation) {
  auto filter = filter_of({marker("ORG") + " (annonce|devoile|inaugure) (le |la )?" + marker("TOPIC")});
  ASSERT_NE(filter, nullptr);
  EXPECT_TRUE(filter->readers_possible("\x01ORG#0\x02 devoile son plan"));
  EXPECT_FALSE(filter->readers_possible("\x01ORG#0\x02 a vote son plan"));
  EXPECT_FALSE(filter->readers_possible("on annonce un plan")) << "no ORG";
}

TEST(ReaderFilter, AnyReaderWillDo) {
  auto filter = filter_of({marker("TOPIC") + " de " + marker("PERCENT"), marker("TOPIC") + " de " + marker("QUANTITY")});
  ASSERT_NE(filter, nullptr);
  EXPECT_TRUE(filter->readers_possible("un taux de \x01PERCENT#1\x02"));
  EXPECT_TRUE(filter->readers_possible("une flotte de \x01QUANTITY#4\x02"));
  EXPECT_FALSE(filter->readers_possible("une flotte de \x01MONEY#4\x02"));
}

TEST(ReaderFilter, TheReaderItselfMustMatchNotOnlyItsWords) {
  auto filter = filter_of({marker("TOPIC") + " (est )?dote de " + marker("MONEY")});
  ASSERT_NE(filter, nullptr);
  EXPECT_TRUE(filter->readers_possible("le fonds est dote de \x01MONEY#1\x02"));
  EXPECT_FALSE(filter->readers_possible("\x01MONEY#1\x02 pour le fonds, dote de moyens")) << "its words, another order";
}

TEST(ReaderFilter, TheTopicItselfIsNotNeeded) {
  // The sentence has no TOPIC marker yet: the filter runs before TOPICs are found.
  auto filter = filter_of({marker("TOPIC") + " " + marker("DATE")});
  ASSERT_NE(filter, nullptr);
  EXPECT_TRUE(filter->readers_possible("le budget \x01" "DATE#0\x02"));
}

TEST(ReaderFilter, AReaderWithoutRequiredStringsLetsEverySentenceThrough) {
  auto filter = filter_of({marker("TOPIC") + " de " + marker("MONEY"), marker("TOPIC") + R"( \w+)"});
  ASSERT_NE(filter, nullptr);
  EXPECT_TRUE(filter->readers_possible("le plan est vote"));
}

TEST(ReaderFilter, NoReaderNoFilter) { EXPECT_EQ(filter_of({}), nullptr); }

}  // namespace
}  // namespace glaneur::rules
