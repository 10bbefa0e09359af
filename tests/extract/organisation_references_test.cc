// The subjects that take up an organisation named before: a pronoun ("puisqu'elle consacre"), a
// noun ("L'entreprise emploie"), and what the graph phase makes of them.
#include "extract/organisation_references.h"

#include <gtest/gtest.h>

#include "support/rule_fixtures.h"

namespace glaneur::extract {
namespace {

struct TakeUpCase {
  std::string name;
  std::string text;
  std::vector<std::string> expected;  // "word -> organisation", in the order of the text
  friend void PrintTo(const TakeUpCase& c, std::ostream* os) { *os << c.text; }
};

class TakenUp : public testing::TestWithParam<TakeUpCase> {};

TEST_P(TakenUp, StandsForTheOrganisationNamedAsTheSubjectBefore) {
  const TakeUpCase& c = GetParam();
  io::Article article{"t", "2024-05-22", "", c.text};
  Analyzer analyzer(testing_support::bundled_rules());
  Document doc = analyzer.analyze(article);
  std::vector<std::string> got;
  for (const rules::Reference& r : organisation_references(doc, *analyzer.name_resources())) {
    std::string word = c.text.substr(doc.view.to_original_start(r.begin), doc.view.to_original_end(r.end) - doc.view.to_original_start(r.begin));
    const graph::Mention& m = doc.graph.mentions[r.mention];
    got.push_back(word + " -> " + c.text.substr(m.begin, m.end - m.begin));
  }
  EXPECT_EQ(got, c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Pronouns, TakenUp,
    testing::Values(
        TakeUpCase{"in_its_sentence",
                   "A l'occasion du salon, la Région Occitanie – la seule à dépasser l'objectif – puisqu'elle consacre 3,7 % de son PIB.",
                   {"elle -> Région Occitanie"}},
        TakeUpCase{"in_the_sentence_before", "Le groupe Valmer a racheté l'usine. Il emploie 300 salariés.", {"Il -> Valmer"}},
        TakeUpCase{"passed_on", "Le groupe Valmer a racheté l'usine. Il emploie 300 salariés. Il recrute.", {"Il -> Valmer", "Il -> Valmer"}},
        TakeUpCase{"the_gender_contradicts", "La société Valmer a racheté l'usine. Il emploie 300 salariés.", {}},
        TakeUpCase{"a_person_is_the_subject", "Paul Vidal, président de Valmer, a parlé. Il a promis 300 emplois.", {}},
        TakeUpCase{"impersonal", "Le groupe Valmer a racheté l'usine. Il faut 300 salariés.", {}},
        TakeUpCase{"after_a_preposition", "Le groupe Valmer a racheté l'usine, un tournant pour elle.", {}},
        TakeUpCase{"the_name_is_in_a_complement",
                   "Le bâtiment, financé par l'État et la Région Bretagne, a coûté 46 M€. Il accueillera 2 400 étudiants.", {}},
        TakeUpCase{"the_subject_is_plural", "L'université de Strasbourg et l'Inserm créent un institut. Il regroupe cinq équipes.", {}}),
    [](const testing::TestParamInfo<TakeUpCase>& info) { return info.param.name; });

INSTANTIATE_TEST_SUITE_P(
    Nouns, TakenUp,
    testing::Values(
        TakeUpCase{"a_company", "La société Valmer Industries s'installe à Metz. L'entreprise emploie 120 salariés.",
                   {"L'entreprise -> Valmer Industries"}},
        TakeUpCase{"then_a_pronoun", "La société Valmer Industries s'installe à Metz. L'entreprise emploie 120 salariés. Elle recrute.",
                   {"L'entreprise -> Valmer Industries", "Elle -> Valmer Industries"}},
        TakeUpCase{"not_a_public_body", "L'État apportera 30 M€. Le groupe emploie 2 300 salariés.", {}},
        TakeUpCase{"a_named_kind", "L'université Grenoble-Alpes ouvre un campus. L'université accueille 300 étudiants.",
                   {"L'université -> université Grenoble-Alpes"}},
        TakeUpCase{"another_kind", "Le groupe Valmer a signé. L'université accueille 300 étudiants.", {}},
        TakeUpCase{"with_its_own_name", "Le groupe Valmer a signé. Le groupe Arvel emploie 300 salariés.", {}},
        TakeUpCase{"plural", "Le groupe Valmer a signé. Les entreprises emploient 300 salariés.", {}}),
    [](const testing::TestParamInfo<TakeUpCase>& info) { return info.param.name; });

// What relation rules make of them: the organisation as the subject, never as another end.
std::vector<std::string> relations_of(const std::string& text) {
  io::Article article{"t", "2024-05-22", "", text};
  Analyzer analyzer(testing_support::bundled_rules());
  Document doc = analyzer.analyze(article);
  std::vector<std::string> out;
  for (const graph::Relation& r : doc.graph.relations) {
    auto name = [&](const graph::Ref& ref) {
      if (ref.kind == graph::Ref::kEntity) return doc.graph.entities[ref.index].name;
      const graph::Mention& m = doc.graph.mentions[ref.index];
      return text.substr(m.begin, m.end - m.begin);
    };
    out.push_back(r.type + " " + name(r.subject) + " -> " + name(r.object));
  }
  return out;
}

TEST(TakenUpInRelations, TheOrganisationIsTheSubject) {
  EXPECT_EQ(relations_of("La société Valmer Industries s'installe à Metz. L'entreprise emploie 120 salariés."),
            std::vector<std::string>{"COUNT Valmer Industries -> 120 salariés"});
}

TEST(TakenUpInRelations, NotAnotherEnd) {
  // relation.role.title_before reads an organisation anywhere before a title: not "il".
  for (const std::string& r : relations_of("Le club Valmer a fermé. Il restera fermé, ajoute le président Paul Vidal."))
    EXPECT_EQ(r.rfind("ROLE", 0), std::string::npos) << r;
}

}  // namespace
}  // namespace glaneur::extract
