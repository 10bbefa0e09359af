// ROLE relations from a role in apposition: person → organisation, with the role as written.
#include <gtest/gtest.h>

#include "analyzer.h"
#include "rules/rule_set.h"
#include "support/rule_fixtures.h"

namespace glaneur::extract {
namespace {

struct RoleCase {
  std::string name;
  std::string text;
  std::string person, organisation, role;  // empty person: no ROLE expected
  friend void PrintTo(const RoleCase& c, std::ostream* os) { *os << c.text; }
};

class RoleRelations : public testing::TestWithParam<RoleCase> {};

TEST_P(RoleRelations, LinkThePersonToTheOrganisation) {
  const RoleCase& c = GetParam();
  io::Article article{"t", "2024-05-22", "", c.text};
  Analyzer analyzer(testing_support::bundled_rules());
  Document doc = analyzer.analyze(article);
  std::vector<std::string> roles;
  for (const graph::Relation& r : doc.graph.relations) {
    if (r.type != "ROLE") continue;
    const auto& person = doc.graph.entities[r.subject.index];
    const auto& organisation = doc.graph.entities[r.object.index];
    roles.push_back(person.name + " -> " + organisation.name + " | " + std::get<std::string>(r.attributes.at(0).second));
  }
  if (c.person.empty()) {
    EXPECT_TRUE(roles.empty()) << roles.front();
  } else {
    EXPECT_EQ(roles, std::vector<std::string>{c.person + " -> " + c.organisation + " | " + c.role});
  }
}

INSTANTIATE_TEST_SUITE_P(
    Apposition, RoleRelations,
    testing::Values(
        RoleCase{"director", "Selon Odile Marchand, directrice générale de la société Vertiflux, la levée est bouclée.",
                 "Odile Marchand", "Vertiflux", "directrice générale"},
        RoleCase{"long_role", "Ce jeudi, Hugo Lemercier, vice-président chargé des transports de la Région Normandie, a signé.",
                 "Hugo Lemercier", "Région Normandie", "vice-président chargé des transports"},
        RoleCase{"at_acronym", "« Rien n'est joué », prévient Inès Carreau, économiste à l'OFCE, avant la réunion.",
                 "Inès Carreau", "OFCE", "économiste"},
        RoleCase{"no_organisation", "Paul Vidal, maire depuis 2014, ne se représente pas.", "", "", ""},
        // A clause or a list item opened before the organisation: the organisation is not the role's.
        RoleCase{"organisation_after_a_clause",
                 "Me Léa Brunet, l'avocate du salarié, qui rappelait ses vingt années au sein de la société Dervaux, a plaidé.", "", "",
                 ""},
        RoleCase{"organisation_after_a_list_item", "Permanences : Paul Vidal, maire, de 14 h à 16 h ; le CCAS, le jeudi.", "", "", ""}),
    [](const testing::TestParamInfo<RoleCase>& info) { return info.param.name; });

// A possessive before the role: "son" is the organisation named last before it, in its sentence
// or the one before.
INSTANTIATE_TEST_SUITE_P(
    Possessive, RoleRelations,
    testing::Values(
        RoleCase{"in_the_sentence_before",
                 "La Métropole de Rennes verse 80 millions d'euros par an au réseau. Son président, Yann Le Goff, appelle au calme.",
                 "Yann Le Goff", "Métropole de Rennes", "président"},
        RoleCase{"in_the_same_sentence", "« Nous restons sur place », a dit le groupe Ardoval par la voix de son PDG, Marc Tessier.",
                 "Marc Tessier", "Ardoval", "PDG"},
        RoleCase{"a_longer_role", "La société Bréval a fermé son usine. Son ancien directeur de site, Paul Roussel, a été condamné.",
                 "Paul Roussel", "Bréval", "ancien directeur de site"},
        RoleCase{"no_organisation_near", "Il pleuvait. Le match a eu lieu. Son président, Yann Le Goff, était absent.", "", "", ""},
        RoleCase{"no_role_word", "La société Bréval a fermé son usine. Son voisin, Paul Roussel, a été condamné.", "", "", ""}),
    [](const testing::TestParamInfo<RoleCase>& info) { return info.param.name; });

}  // namespace
}  // namespace glaneur::extract
