// Tests of extract/names.h, through the whole Analyzer with the bundled rules: short texts → the
// ORG, PER and LOC mentions (type, surface, canonical name), and the entities that group them.
// One case per way the header says a name gets its type.
#include "extract/names.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>
#include <string>
#include <variant>
#include <vector>

#include "analyzer.h"
#include "io/article.h"
#include "rules/rule_set.h"
#include "support/rule_fixtures.h"

namespace glaneur::extract {
namespace {

using testing_support::bundled_rules;

bool is_name_type(const std::string& type) { return type == "ORG" || type == "PER" || type == "LOC"; }

std::string name_of(const graph::Mention& m) {
  for (const auto& [key, scalar] : m.value)
    if (key == "name" && std::holds_alternative<std::string>(scalar)) return std::get<std::string>(scalar);
  return "(no name)";
}

// "PER [Durand] Marie Durand": type, surface in the original text, canonical name.
std::vector<std::string> name_mentions(const std::string& text, const Document& doc) {
  std::vector<std::string> out;
  for (const graph::Mention& m : doc.graph.mentions)
    if (is_name_type(m.type))
      out.push_back(m.type + " [" + text.substr(m.begin, m.end - m.begin) + "] " + name_of(m));
  return out;
}

Document analyze(const io::Article& article) {
  Analyzer analyzer(bundled_rules());
  return analyzer.analyze(article);
}

// A text → every ORG, PER and LOC mention in it, in text order.
struct NamesCase {
  std::string name;
  std::string text;
  std::vector<std::string> mentions;
  friend void PrintTo(const NamesCase& c, std::ostream* os) { *os << "«" << c.text << "»"; }
};

class Names : public testing::TestWithParam<NamesCase> {};

TEST_P(Names, AreFoundWithTheirTypeAndCanonicalName) {
  const NamesCase& c = GetParam();
  io::Article article{"t", "2024-05-22", "", c.text};
  Document doc = analyze(article);
  EXPECT_EQ(name_mentions(c.text, doc), c.mentions) << "«" << c.text << "»";
}

INSTANTIATE_TEST_SUITE_P(
    Texts, Names,
    testing::Values(
        // A title before the name makes a person; the title is not part of the span.
        NamesCase{"title_is_left_out_of_the_person",
                  "Le projet a été présenté par la présidente Marie Durand devant les élus.",
                  {"PER [Marie Durand] Marie Durand"}},
        NamesCase{"title_makes_a_person_of_unknown_first_name",
                  "Le projet a été présenté par la présidente Ysolde Karadec devant les élus.",
                  {"PER [Ysolde Karadec] Ysolde Karadec"}},
        // A surname alone is the person named in full.
        NamesCase{"surname_after_mme_is_the_person_named_in_full",
                  "La présidente Marie Durand a ouvert la séance. Mme Durand a ensuite répondu aux questions.",
                  {"PER [Marie Durand] Marie Durand", "PER [Durand] Marie Durand"}},
        NamesCase{"surname_after_m_is_the_person_named_in_full",
                  "Le directeur Paul Rivière a signé l'accord. M. Rivière a salué le travail des équipes.",
                  {"PER [Paul Rivière] Paul Rivière", "PER [Rivière] Paul Rivière"}},
        // A speech verb before the name.
        NamesCase{"speech_verb_makes_a_person", "« Le marché progresse vite », explique Paul Rivière.",
                  {"PER [Paul Rivière] Paul Rivière"}},
        NamesCase{"speech_verb_makes_a_person_of_unknown_first_name",
                  "« Le marché progresse vite », explique Ysolde Karadec.", {"PER [Ysolde Karadec] Ysolde Karadec"}},
        // A role in apposition after the name.
        NamesCase{"role_in_apposition_makes_a_person",
                  "Ysolde Karadec, directrice générale de la société Hydrolux, a présenté les comptes.",
                  {"PER [Ysolde Karadec] Ysolde Karadec", "ORG [Hydrolux] Hydrolux"}},
        NamesCase{"role_in_apposition_with_a_known_first_name",
                  "La start-up Hydrolux recrute. Sophie Lemaire, directrice générale de Hydrolux, a présenté les "
                  "comptes.",
                  {"ORG [Hydrolux] Hydrolux", "PER [Sophie Lemaire] Sophie Lemaire", "ORG [Hydrolux] Hydrolux"}},
        // An organisation head noun before the name.
        NamesCase{"organisation_after_its_head_noun", "La start-up Kolibri a levé deux millions d'euros.",
                  {"ORG [Kolibri] Kolibri"}},
        NamesCase{"one_sense_per_article", "La start-up Kolibri recrute. Kolibri vise de nouveaux clients.",
                  {"ORG [Kolibri] Kolibri", "ORG [Kolibri] Kolibri"}},
        // An acronym the gazetteer spells out names its organisation, as when both forms are written.
        NamesCase{"written_as_an_acronym", "Le député (LR) Hugues Delmas a voté contre. Les Républicains ont protesté.",
                  {"ORG [LR] LR", "PER [Hugues Delmas] Hugues Delmas", "ORG [Les Républicains] LR"}},
        NamesCase{"a_case_variant_is_the_same_name", "L'INSERM recrute.", {"ORG [INSERM] Inserm"}},
        // A company's English word after a first name: a firm, not a person.
        NamesCase{"first_name_then_a_firms_word", "Pour Paul Girard, analyste chez Valmont Securities, le prix est élevé.",
                  {"PER [Paul Girard] Paul Girard", "ORG [Valmont Securities] Valmont Securities"}},
        // Long form and acronym: one organisation, the acronym canonical.
        NamesCase{"gazetteer_long_form_and_acronym",
                  "Le Centre national de la recherche scientifique (CNRS) ouvre un nouveau laboratoire.",
                  {"ORG [Centre national de la recherche scientifique] CNRS", "ORG [CNRS] CNRS"}},
        NamesCase{"long_form_before_its_acronym_in_parentheses",
                  "Selon l'Agence de l'environnement et de la maîtrise de l'énergie (Ademe), la demande progresse.",
                  {"ORG [Agence de l'environnement et de la maîtrise de l'énergie] Ademe", "ORG [Ademe] Ademe"}},
        NamesCase{"long_form_before_its_acronym_in_capitals",
                  "Selon l'Agence de l'environnement et de la maîtrise de l'énergie (ADEME), la demande progresse.",
                  {"ORG [Agence de l'environnement et de la maîtrise de l'énergie] Ademe", "ORG [ADEME] Ademe"}},
        NamesCase{"long_form_of_an_acronym_no_table_knows",
                  "Selon l'Observatoire régional des mobilités douces (ORMD), le trafic cycliste a doublé.",
                  {"ORG [Observatoire régional des mobilités douces] ORMD", "ORG [ORMD] ORMD"}},
        // A person, then "de" and a name in quotes: the body she speaks for.
        NamesCase{"quoted_body_after_a_person_and_de", "« C'est parti », dit Anne Kerhervé, d'« Iroise et Patrimoine ».",
                  {"PER [Anne Kerhervé] Anne Kerhervé", "ORG [Iroise et Patrimoine] Iroise et Patrimoine"}},
        // A short name whose letters the long form does not spell, only its initial.
        NamesCase{"short_name_after_a_long_form_it_does_not_spell",
                  "Le Syndicat national des marins bretons (Synmab) proteste. Le Synmab appelle à la grève.",
                  {"ORG [Syndicat national des marins bretons] Synmab", "ORG [Synmab] Synmab", "ORG [Synmab] Synmab"}},
        // "à la tête de" names what someone leads; a league is no body ("en tête du National").
        NamesCase{"body_led_after_a_la_tete_de", "Arrivé à la tête de Kerlivio, il a mené Plouvien en tête du National.",
                  {"ORG [Kerlivio] Kerlivio"}},
        // An unknown name before a body's long form in parentheses is that body, here and elsewhere;
        // not before a place's name ("Kerlivio (Pays de Morlaix)").
        NamesCase{"unknown_name_before_its_long_form",
                  "Le Synmab (Syndicat national des marins bretons) proteste. Le Synmab appelle à la grève. Il a vu "
                  "Kerlivio (Pays de Morlaix) hier.",
                  {"ORG [Synmab] Synmab", "ORG [Syndicat national des marins bretons] Synmab", "ORG [Synmab] Synmab"}},
        // In lower case, a long form that spells the acronym names the body when its head says it is
        // one; not a diploma's or a procedure's ("la VAE (validation…)").
        NamesCase{"body_long_form_in_lower_case_after_its_acronym",
                  "Le contrat a été signé par la DGA (direction générale de l'armement) hier.",
                  {"ORG [DGA] DGA", "ORG [direction générale de l'armement] DGA"}},
        // The long form of a thing (an allowance, a tax) makes its acronym no body, wherever it stands.
        NamesCase{"acronym_spelt_by_a_things_long_form_is_no_body",
                  "Elle touche l'allocation personnalisée à l'autonomie (APA) depuis mai. L'APA est versée chaque mois.", {}},
        // A known body the table writes in lower case too is found so; one it capitalises is not.
        NamesCase{"known_body_in_lower_case", "Le gouverneur de la banque de France parle au parti socialiste. La réunion a lieu.",
                  {"ORG [banque de France] Banque de France", "ORG [parti socialiste] Parti socialiste"}},
        // Places.
        NamesCase{"known_place_after_a", "Le salon se tiendra à Toulouse en octobre.", {"LOC [Toulouse] Toulouse"}},
        NamesCase{"place_preposition_makes_a_place", "Une usine ouvrira à Figeac l'an prochain.",
                  {"LOC [Figeac] Figeac"}},
        // No name.
        NamesCase{"sentence_initial_common_word_is_no_name", "Dans la ville, les loyers augmentent encore.", {}},
        NamesCase{"common_acronym_is_no_organisation", "Le groupe investit dans l'IA générative.", {}},
        // Institutions: a head noun goes on with its adjectives and complements.
        NamesCase{"capitalised_head_with_adjective_and_complement",
                  "L'Agence régionale de la mobilité durable a publié son rapport.",
                  {"ORG [Agence régionale de la mobilité durable] Agence régionale de la mobilité durable"}},
        NamesCase{"ministry_with_two_portfolios",
                  "Le ministère de l'Agriculture et de la Souveraineté alimentaire a répondu aux éleveurs.",
                  {"ORG [ministère de l'Agriculture et de la Souveraineté alimentaire] ministère de l'Agriculture et de la "
                   "Souveraineté alimentaire"}},
        NamesCase{"places_after_a_complement_name_the_branch",
                  "L'Agence de l'eau Rhône Méditerranée Corse finance les travaux à Lyon.",
                  {"ORG [Agence de l'eau Rhône Méditerranée Corse] Agence de l'eau Rhône Méditerranée Corse",
                   "LOC [Lyon] Lyon"}},
        NamesCase{"et_joins_complements_not_the_head", "Le projet associe l'Agence régionale et des communes voisines.",
                  {"ORG [Agence régionale] Agence régionale"}},
        NamesCase{"lower_case_head_before_a_known_place",
                  "Le tribunal administratif de Rennes a annulé l'arrêté.",
                  {"ORG [tribunal administratif de Rennes] tribunal administratif de Rennes"}},
        NamesCase{"lower_case_head_and_its_adjective_before_a_known_place",
                  "Le tribunal correctionnel de Marseille a condamné la société.",
                  {"ORG [tribunal correctionnel de Marseille] tribunal correctionnel de Marseille"}},
        NamesCase{"prosecutors_named_by_their_town", "Le parquet de Vesoul a ouvert une enquête.",
                  {"ORG [parquet de Vesoul] parquet de Vesoul"}},
        NamesCase{"the_floor_a_match_is_played_on_is_no_body",
                  "Les Vésuliens se sont inclinés sur le parquet de Nancy, puis sur leur parquet du Palais des sports.",
                  {"LOC [Nancy] Nancy"}},
        // Heads of many words; the whole name, not the body its first lower-case words make.
        NamesCase{"institution_of_many_words",
                  "Il saisit le tribunal de grande instance de Quimper et écrit à la caisse primaire d'assurance maladie de Brest.",
                  {"ORG [tribunal de grande instance de Quimper] tribunal de grande instance de Quimper",
                   "ORG [caisse primaire d'assurance maladie de Brest] caisse primaire d'assurance maladie de Brest"}},
        NamesCase{"the_state_is_an_organisation", "Le chantier recevra une aide de l'État et de la commune.",
                  {"ORG [État] État"}},
        NamesCase{"d_etat_is_no_organisation", "Le secrétaire d'État a visité le chantier.", {}},
        NamesCase{"acronym_in_mixed_case_spelt_by_lower_case_words",
                  "La direction régionale des digues du littoral (Drdl) publiera un bilan. La Drdl promet des travaux "
                  "rapides.",
                  {"ORG [direction régionale des digues du littoral] Drdl", "ORG [Drdl] Drdl", "ORG [Drdl] Drdl"}},
        NamesCase{"hyphenated_name_spells_one_letter_a_part", "L'université Rhône-Vallée (URV) ouvre un campus.",
                  {"ORG [université Rhône-Vallée] URV", "ORG [URV] URV"}},
        NamesCase{"plural_capitalised_noun_before_a_name", "Les Forges de Kerbrat ont fermé en mars.",
                  {"ORG [Forges de Kerbrat] Forges de Kerbrat"}},
        // A place, or a known organisation, opening a longer name.
        NamesCase{"gazetteer_entry_after_a_sentence_initial_word", "Selon Airbus, les livraisons reprennent.",
                  {"ORG [Airbus] Airbus"}},
        NamesCase{"run_ending_with_an_organisation_head", "Les élus de Kervignac Agglomération ont voté.",
                  {"ORG [Kervignac Agglomération] Kervignac Agglomération"}},
        NamesCase{"plan_name_is_no_organisation", "Le plan Horizon Littoral financera les digues.", {}},
        NamesCase{"place_then_organisation_head", "Rennes Métropole financera la nouvelle ligne.",
                  {"ORG [Rennes Métropole] Rennes Métropole"}},
        NamesCase{"known_organisation_and_its_region", "L'Insee Bretagne publie ses chiffres.",
                  {"ORG [Insee Bretagne] Insee Bretagne"}},
        NamesCase{"known_company_and_its_branch", "Airbus Helicopters recrute à Marignane.",
                  {"ORG [Airbus Helicopters] Airbus Helicopters", "LOC [Marignane] Marignane"}},
        // What is said of a company around its name.
        NamesCase{"head_noun_with_adjectives_before_the_name",
                  "Le groupe agroalimentaire breton Kerlivio rachète une usine.", {"ORG [Kerlivio] Kerlivio"}},
        NamesCase{"adjective_of_origin_before_the_name", "Le nantais Ondulia a levé des fonds.",
                  {"ORG [Ondulia] Ondulia"}},
        NamesCase{"word_in_capitals_after_a_head_noun", "Le tour de table réunit le fonds SPI de Bpifrance.",
                  {"ORG [SPI] SPI", "ORG [Bpifrance] Bpifrance"}},
        NamesCase{"organisations_listed_together", "Les salariés ont défilé à l'appel de la CGT, de FO et de SUD.",
                  {"ORG [CGT] CGT", "ORG [FO] FO", "ORG [SUD] SUD"}},
        // People.
        NamesCase{"civility_then_particle_or_article",
                  "Mme de Kervennic a présidé la réunion, puis Mme Le Goff a répondu.",
                  {"PER [de Kervennic] de Kervennic", "PER [Le Goff] Le Goff"}},
        NamesCase{"particle_surname_is_the_person_named_in_full",
                  "La maire Anne-Sophie Le Guern a signé. Mme Le Guern a ensuite répondu.",
                  {"PER [Anne-Sophie Le Guern] Anne-Sophie Le Guern", "PER [Le Guern] Anne-Sophie Le Guern"}},
        NamesCase{"role_with_its_article_in_apposition",
                  "Ysolde Karadec, la présidente de l'association Ondes Vives, a ouvert la séance.",
                  {"PER [Ysolde Karadec] Ysolde Karadec", "ORG [Ondes Vives] Ondes Vives"}},
        NamesCase{"age_in_apposition", "Ysolde Karadec, 54 ans, a repris la ferme.", {"PER [Ysolde Karadec] Ysolde Karadec"}},
        // An age, then the verb: still an age; "N ans après" or "à eux deux" is no one's age.
        NamesCase{"age_in_apposition_before_the_verb", "Ysolde Karadec, 22 ans n'a jamais quitté Brest.",
                  {"PER [Ysolde Karadec] Ysolde Karadec", "LOC [Brest] Brest"}},
        NamesCase{"years_after_a_band_are_no_age", "L'orchestre Kerlivio, 20 ans après, joue encore.", {"ORG [Kerlivio] Kerlivio"}},
        NamesCase{"speech_verb_in_the_past", "« Nous tiendrons les délais », a assuré Ysolde Karadec.",
                  {"PER [Ysolde Karadec] Ysolde Karadec"}},
        NamesCase{"people_listed_after_mm", "MM. Tanguy, Kerhervé et Perrin ont voté contre.",
                  {"PER [Tanguy] Tanguy", "PER [Kerhervé] Kerhervé", "PER [Perrin] Perrin"}},
        NamesCase{"unknown_names_listed_with_a_person", "Le conseil a entendu Guivarch, Quéré et Yannick Morvan.",
                  {"PER [Guivarch] Guivarch", "PER [Quéré] Quéré", "PER [Yannick Morvan] Yannick Morvan"}},
        // A first name alone, then "et" and a name: two people; not a capitalised common word.
        NamesCase{"name_listed_after_a_first_name_alone", "Chez les filles, Aurélie et Gwenola Kerhervé ont gagné.",
                  {"PER [Aurélie] Aurélie", "PER [Gwenola Kerhervé] Gwenola Kerhervé"}},
        NamesCase{"common_word_after_a_first_name_is_no_person", "Merci à Julien et Bravo à tous les bénévoles.",
                  {"PER [Julien] Julien"}},
        NamesCase{"unknown_name_listed_with_two_companies", "Les ventes de Kerlivio, Michelin et Danone progressent.",
                  {"ORG [Kerlivio] Kerlivio", "ORG [Michelin] Michelin", "ORG [Danone] Danone"}},
        // Lists of villages are common, and one of them may be read as a body ("l'Aroffe", "ROPPE").
        NamesCase{"unknown_names_listed_with_one_company_stay_unknown", "Les ventes de Kerlivio, Ondulia et Danone progressent.",
                  {"ORG [Danone] Danone"}},
        NamesCase{"initial_and_surname", "Le texte est signé par J. Kerboul.", {"PER [J. Kerboul] J. Kerboul"}},
        NamesCase{"civility_before_a_company_name", "M. Renault a pris la parole.", {"PER [Renault] Renault"}},
        NamesCase{"business_after_its_head", "Les fonderies Kerlivio et le studio photo Mary recrutent.",
                  {"ORG [Kerlivio] Kerlivio", "ORG [Mary] Mary"}},
        NamesCase{"unknown_word_after_chez_is_a_business", "Les skis sont en vente chez Kerlivio jusqu'à samedi.",
                  {"ORG [Kerlivio] Kerlivio"}},
        NamesCase{"body_named_after_two_places", "Le président de la Communauté de communes Moselle et Madon parle.",
                  {"ORG [Communauté de communes Moselle et Madon] Communauté de communes Moselle et Madon"}},
        NamesCase{"capitalised_word_led_by_someone", "Yann Kerhervé, président de Liseron, remercie le trésorier du Pacha.",
                  {"PER [Yann Kerhervé] Yann Kerhervé", "ORG [Liseron] Liseron", "ORG [Pacha] Pacha"}},
        NamesCase{"acronym_then_a_persons_name", "Le président du CDT Yann Kerhervé parle.",
                  {"ORG [CDT] CDT", "PER [Yann Kerhervé] Yann Kerhervé"}},
        NamesCase{"surname_that_is_a_title", "Merci à Thérèse Maire et à Christophe Maréchal. Le Président Kerhervé parle.",
                  {"PER [Thérèse Maire] Thérèse Maire", "PER [Christophe Maréchal] Christophe Maréchal", "PER [Kerhervé] Kerhervé"}},
        NamesCase{"religious_titles", "Soeur Germain reçoit, selon Dom Calmet ; la sœur de Paul Kerhervé aussi.",
                  {"PER [Germain] Germain", "PER [Calmet] Calmet", "PER [Paul Kerhervé] Paul Kerhervé"}},
        NamesCase{"government_named_after_its_head", "Le gouvernement Kerjean a démissionné.",
                  {"PER [Kerjean] Kerjean"}},
        NamesCase{"signature_first_name_then_surname_in_capitals",
                  "La kermesse a réuni trois cents visiteurs.\nGwenaël KERDRAON",
                  {"PER [Gwenaël KERDRAON] Gwenaël KERDRAON"}},
        NamesCase{"feast_that_is_a_first_name_before_a_surname", "Le trophée a été remis par Noël Kerbrat.",
                  {"PER [Noël Kerbrat] Noël Kerbrat"}},
        NamesCase{"unknown_first_name_and_surname_shaped_as_a_person", "Le club a fait venir Dragan Ivkovic cet hiver.",
                  {"PER [Dragan Ivkovic] Dragan Ivkovic"}},
        NamesCase{"english_company_word_ends_an_organisation", "Le fonds Kermor Capital a soutenu la levée.",
                  {"ORG [Kermor Capital] Kermor Capital"}},
        // The town in parentheses after a ranked person is where the person's club is: a place.
        NamesCase{"surnames_ranked_in_results", "Minimes : 1. Floch (Quimper) ; 2. Guivarch (Brest).",
                  {"PER [Floch] Floch", "LOC [Quimper] Quimper", "PER [Guivarch] Guivarch", "LOC [Brest] Brest"}},
        // A ranked club: the town in parentheses is where it comes from, no club of its own.
        NamesCase{"town_of_a_ranked_club_is_no_club", "Classement : 1. FC Kerlivio (Plouvien) ; 2. Kerhervé (Tréflez).",
                  {"ORG [FC Kerlivio] FC Kerlivio", "PER [Kerhervé] Kerhervé", "LOC [Tréflez] Tréflez"}},
        NamesCase{"common_words_in_a_list_of_surnames", "L'équipe alignait Yannick Kerhervé, Richard, Vergnes et Bel.",
                  {"PER [Yannick Kerhervé] Yannick Kerhervé", "PER [Richard] Richard", "PER [Vergnes] Vergnes", "PER [Bel] Bel"}},
        NamesCase{"guessed_name_ending_with_a_place_gives_no_surname",
                  "Hier, Kerlann de Pontivy était présent. Le marché se tient à Pontivy.",
                  {"LOC [Pontivy] Pontivy"}},
        NamesCase{"surname_alone_without_title_is_the_person_named_in_full",
                  "Yannick Kerbrat a signé hier. Selon le club, Kerbrat jouera samedi.",
                  {"PER [Yannick Kerbrat] Yannick Kerbrat", "PER [Kerbrat] Yannick Kerbrat"}},
        NamesCase{"first_name_that_is_a_common_word_inside_a_sentence", "Le bébé avait six mois lorsque Marcel partit.",
                  {"PER [Marcel] Marcel"}},
        NamesCase{"heading_in_capitals_ends_before_a_capitalised_word",
                  "SECTEUR DE PLOUHINEC Médecin : docteur Kerhervé.", {"LOC [PLOUHINEC] PLOUHINEC", "PER [Kerhervé] Kerhervé"}},
        NamesCase{"association_named_in_quotes", "Il préside l'association « Passerelles » depuis dix ans.",
                  {"ORG [Passerelles] Passerelles"}},
        NamesCase{"where_a_player_comes_from_is_no_part_of_his_name", "Le match sera arbitré par le Finistérien Yann Le Goff.",
                  {"PER [Yann Le Goff] Yann Le Goff"}},
        NamesCase{"town_after_a_persons_full_name", "Les inscriptions se font auprès de Gaëlle Kermarec de Saint-Pol-de-Léon.",
                  {"PER [Gaëlle Kermarec] Gaëlle Kermarec", "LOC [Saint-Pol-de-Léon] Saint-Pol-de-Léon"}},
        // A word no dictionary knows after an elided article, then "de" and a town: a body and
        // where it is, no person.
        NamesCase{"unknown_word_after_an_elided_article_then_de_and_a_town", "La section rejoint l'Amarok de Plourin cette saison.",
                  {"ORG [Amarok] Amarok", "LOC [Plourin] Plourin"}},
        NamesCase{"organisation_then_person_without_comma",
                  "Le chiffre a été confirmé à l'Agence Ouest Info Martine Le Dantec.",
                  {"ORG [Agence Ouest Info] Agence Ouest Info", "PER [Martine Le Dantec] Martine Le Dantec"}},
        // No organisation.
        NamesCase{"unit_after_a_number_is_no_acronym", "La centrale produira 40 MW dès 2026.", {}},
        NamesCase{"roman_numerals_are_no_acronyms", "Les classes III et IV sont concernées.", {}},
        NamesCase{"acronym_written_with_full_stops", "Le conseil d'administration des C. F. F. a voté le budget.",
                  {"ORG [C. F. F.] C. F. F."}},
        NamesCase{"title_in_quotes", "Chaque semaine, l'émission « Terres Vivantes » attire des milliers d'auditeurs.", {}},
        NamesCase{"heading_in_capitals", "GAZETTE DE LA SEMAINE ET NOUVELLES DU CANTON", {}},
        NamesCase{"place_in_capitals_opening_a_dispatch", "QUIMPERLÉ, le 3 mars. — La foire a rouvert.",
                  {"LOC [QUIMPERLÉ] QUIMPERLÉ"}},
        NamesCase{"street_after_its_lower_case_head", "Le cabinet a ouvert rue Kerautret, près du port.",
                  {"LOC [Kerautret] Kerautret"}},
        NamesCase{"street_opening_a_sentence", "Rue Kerautret, les travaux reprennent lundi.",
                  {"LOC [Rue Kerautret] Rue Kerautret"}},
        NamesCase{"head_noun_opening_a_sentence_keeps_its_complement",
                  "Association des Amis de Kernével : la fête aura lieu samedi.",
                  {"ORG [Association des Amis de Kernével] Association des Amis de Kernével"}},
        NamesCase{"initials_of_a_signature", "La fête a réuni tout le village.\nY.K.", {}},
        NamesCase{"acronym_of_a_tax_is_no_organisation", "La hausse de la CSG pèse sur les retraités.", {}},
        NamesCase{"model_with_a_number_is_no_acronym", "Deux hélicoptères KA-52 ont survolé la ville.", {}},
        NamesCase{"club_and_rank_in_parentheses_are_no_long_form", "Le tournoi attend Ysolde Karadec (Quimper, B-2).",
                  {"PER [Ysolde Karadec] Ysolde Karadec", "LOC [Quimper] Quimper"}},
        NamesCase{"another_body_joined_by_et_du",
                  "Le projet a reçu l'aide de la Caisse d'allocations familiales et du conseil départemental.",
                  {"ORG [Caisse d'allocations familiales] CAF"}},
        NamesCase{"full_stop_ends_the_head_before_a_name",
                  "Le dossier a été transmis à la clinique. Ysolde a signé le registre.", {}},
        NamesCase{"competition_opening_a_name", "Le club vise la Coupe de Bretagne cette saison.", {}},
        NamesCase{"participle_and_its_complement_end_an_institution",
                  "L'Office régional des cidres basé à Rennes a publié ses chiffres.",
                  {"ORG [Office régional des cidres] Office régional des cidres", "LOC [Rennes] Rennes"}},
        NamesCase{"place_in_capitals_after_its_article_opens_a_dispatch", "LA BAULE. _ Le casino a rouvert.",
                  {"LOC [LA BAULE] LA BAULE"}},
        NamesCase{"market_hall_named_cours_is_no_court", "Le Cours des Halles fermera ce soir.", {}},
        NamesCase{"year_before_a_heading_is_no_rank", "Les dons ont été versés en 2002. Kermesse (suite) : la vente continue.", {}},
        NamesCase{"grammatical_word_after_an_elision_stays_in_the_name", "Le trophée revient au Kerlouan Club d'Or.",
                  {"ORG [Kerlouan Club d'Or] Kerlouan Club d'Or"}},
        NamesCase{"title_with_a_match_is_no_dateline", "ASPTT - Kerhuel, match remis ?", {"ORG [ASPTT] ASPTT"}},
        NamesCase{"saint_abbreviated_is_no_initial", "La fête de St. Jean attire la foule.", {}},
        NamesCase{"news_agency_of_a_dispatch", "BREST, 12 (Armorpresse). — Le port a rouvert.",
                  {"LOC [BREST] Brest", "ORG [Armorpresse] Armorpresse"}},
        NamesCase{"role_then_de_names_a_body", "Yann Le Goff, trésorier, a rencontré la présidente de Kernavel mardi.",
                  {"PER [Yann Le Goff] Yann Le Goff", "ORG [Kernavel] Kernavel"}},
        NamesCase{"staff_then_de_names_their_employer", "Les salariés de Brestimex ont voté la grève.",
                  {"ORG [Brestimex] Brestimex"}},
        NamesCase{"mayor_of_a_town_names_no_body", "Le maire de Kerlouanec a inauguré la salle.", {"LOC [Kerlouanec] Kerlouanec"}},
        NamesCase{"acronym_after_a_union_branch_is_part_of_it", "L'Union départementale CGT appelle à manifester.",
                  {"ORG [Union départementale CGT] Union départementale CGT"}},
        NamesCase{"surname_then_first_name_in_results", "Classement : 1. Kerhervé Maël ; 2. Gourvès Annick.",
                  {"PER [Kerhervé Maël] Kerhervé Maël", "PER [Gourvès Annick] Gourvès Annick"}},
        NamesCase{"a_full_name_and_a_town_apart_by_a_comma_are_no_list",
                  "Les gagnants : Maël Kerhervé, Plounévez ; Anne Quéméner, Ploudalmézeau.",
                  {"PER [Maël Kerhervé] Maël Kerhervé", "PER [Anne Quéméner] Anne Quéméner"}},
        NamesCase{"a_name_after_a_title_and_a_town_apart_by_a_comma_are_no_list",
                  "Médecin : docteur Kerboul, Plounévez, tél. 02.98.00.00.00. Trésorier : Yann Quéré, de Kerlouan. "
                  "Plus loin, Colette, de Plouvien, fait ses courses.",
                  {"PER [Kerboul] Kerboul", "PER [Yann Quéré] Yann Quéré", "PER [Colette] Colette"}},
        NamesCase{"sector_of_a_notice_column_and_a_bus_stop_are_places",
                  "Secteur Gray Cugney : musée, tous les jours. Uriménil Côney à 12 h 37 ; Plouvien Kergoff à 12 h 40.",
                  {"LOC [Secteur Gray Cugney] Secteur Gray Cugney", "LOC [Uriménil Côney] Uriménil Côney",
                   "LOC [Plouvien Kergoff] Plouvien Kergoff"}},
        NamesCase{"adjective_opening_a_capitalised_run_names_a_place",
                  "La course part de la Petite Croix et passe par les Hauts de Plougastel, comme le veut la Haute Autorité de santé.",
                  {"LOC [Petite Croix] Petite Croix", "LOC [Hauts de Plougastel] Hauts de Plougastel",
                   "ORG [Haute Autorité de santé] HAS"}},
        NamesCase{"towns_listed_with_a_body_are_no_bodies",
                  "L'aide ira aux communes suivantes : Kerlaz, Plonévez-du-Faou, Sivom du Val d'Élorn et Sizun.",
                  {"LOC [Plonévez-du-Faou] Plonévez-du-Faou", "ORG [Sivom du Val d'Élorn] Sivom du Val d'Élorn"}},
        NamesCase{"imperative_opening_a_sentence_is_no_name", "Renseignements en mairie. Contactez Yann Kerhervé au secrétariat.",
                  {"PER [Yann Kerhervé] Yann Kerhervé"}},
        NamesCase{"profession_before_a_name_makes_a_person", "Le débat a été animé par le cinéaste Gwenaël Kerdoncuff du Rest.",
                  {"PER [Gwenaël Kerdoncuff du Rest] Gwenaël Kerdoncuff du Rest"}},
        NamesCase{"role_after_a_body_is_someone_elses", "Il dirige l'Orchestre régional de Quimper, la comédienne Anne Quéméner l'accompagne.",
                  {"ORG [Orchestre régional de Quimper] Orchestre régional de Quimper", "PER [Anne Quéméner] Anne Quéméner"}},
        NamesCase{"school_named_after_a_person_is_no_person", "Les élèves du Lycée Yves Kerhervé exposent au Gymnase Anne Quéméner.",
                  {"ORG [Lycée Yves Kerhervé] Lycée Yves Kerhervé", "LOC [Gymnase Anne Quéméner] Gymnase Anne Quéméner"}},
        NamesCase{"place_before_a_full_name", "Le projet, explique à Brest Yann Kerhervé, avance.",
                  {"LOC [Brest] Brest", "PER [Yann Kerhervé] Yann Kerhervé"}},
        NamesCase{"heading_run_into_a_full_name", "Garder la Confiance Yann Kerhervé insiste sur ce point.",
                  {"PER [Yann Kerhervé] Yann Kerhervé"}},
        NamesCase{"club_named_with_its_departement", "Le président de l'ASK 29 a salué ses 40 licenciés.",
                  {"ORG [ASK 29] ASK 29"}},
        NamesCase{"count_after_an_acronym_is_no_departement", "On compte au RCK 29 joueurs licenciés.", {"ORG [RCK] RCK"}},
        NamesCase{"compound_ending_with_a_head", "Il s'entraîne au ski-club Kerlouan depuis l'an dernier.",
                  {"ORG [Kerlouan] Kerlouan"}},
        NamesCase{"adjective_and_place_head", "La Grande Rue sera fermée lundi, annonce Yann Kerhervé.",
                  {"LOC [Grande Rue] Grande Rue", "PER [Yann Kerhervé] Yann Kerhervé"}},
        NamesCase{"ranked_town_is_a_team", "Classement : 1. Kerlaz (2) ; 2. Plounévez-du-Faou ; 3. Kerlaz (1).",
                  {"ORG [Kerlaz] Kerlaz", "ORG [Plounévez-du-Faou] Plounévez-du-Faou", "ORG [Kerlaz] Kerlaz"}},
        NamesCase{"an_article_ranking_teams_ranks_teams", "Poule B : 1. Kerlaz (2) ; 2. Tréflez ; 3. Sizun.",
                  {"ORG [Kerlaz] Kerlaz", "ORG [Tréflez] Tréflez", "ORG [Sizun] Sizun"}},
        NamesCase{"ranked_unknown_names_without_teams_stay_unknown", "Cross : 1. Tréflez ; 2. Sizun.", {}},
        // A match report's fixtures without their scores: the teams either side of the dash; not a
        // pair of players.
        NamesCase{"fixtures_without_scores",
                  "Plouvien bat Tréflez 2-1. Matches : 14 h 18, Kerlouan 1 - Sizun ; 14 h 30, Landéda - Sizun. "
                  "Il a vu le tandem Kerhervé - Quéméner. Doublette : Abgrall - Kerjean ;",
                  {"ORG [Plouvien] Plouvien", "ORG [Tréflez] Tréflez", "ORG [Kerlouan] Kerlouan", "ORG [Sizun] Sizun",
                   "ORG [Landéda] Landéda", "ORG [Sizun] Sizun"}},
        // A team named by its town after "l'équipe de"; not a league ("une équipe de National").
        NamesCase{"team_named_after_equipe_de",
                  "L'équipe cadettes de Tréflez a battu l'équipe de Sizun 2-1. L'équipe de National 2 viendra.",
                  {"ORG [Tréflez] Tréflez", "ORG [Sizun] Sizun"}},
        // Single names listed in parentheses in a match report are players; places there are not.
        NamesCase{"players_listed_in_parentheses",
                  "Après la victoire 2-1, l'entraîneur compte sur ses cadres (Kerhervé, Quéméner, Chrétien) et deux succès "
                  "(Brest et Quimper) le rassurent.",
                  {"PER [Kerhervé] Kerhervé", "PER [Quéméner] Quéméner", "PER [Chrétien] Chrétien", "LOC [Brest] Brest",
                   "LOC [Quimper] Quimper"}},
        NamesCase{"team_named_after_its_squad_or_its_visit",
                  "Après la défaite 2-1, l'effectif de Plouvien se prépare à la réception de Landerneau.",
                  {"ORG [Plouvien] Plouvien", "ORG [Landerneau] Landerneau"}},
        // Those who lead a body, in capitals too: "le PDG de".
        NamesCase{"body_led_by_an_abbreviated_leader", "Yann Kerhervé, PDG de Districoupe, et Anne Quéméner signent.",
                  {"PER [Yann Kerhervé] Yann Kerhervé", "ORG [Districoupe] Districoupe", "PER [Anne Quéméner] Anne Quéméner"}},
        // A player named by his surname alone, by what he does on the field; a team that equalises
        // is none.
        NamesCase{"players_by_what_they_do_on_the_field",
                  "Plouvien bat Tréflez 2-1. Sur un centre de Kerhervé, Quéméner frappe. Tréflez égalisait.",
                  {"ORG [Plouvien] Plouvien", "ORG [Tréflez] Tréflez", "PER [Kerhervé] Kerhervé", "PER [Quéméner] Quéméner",
                   "ORG [Tréflez] Tréflez"}},
        // A player's position before his name; a role after a place is not the place's.
        NamesCase{"position_before_a_player", "Le match fut sauvé par le gardien Kerhervé.", {"PER [Kerhervé] Kerhervé"}},
        NamesCase{"role_after_a_place_is_not_its", "Absent à Plouvien, le défenseur de l'équipe reviendra.", {"LOC [Plouvien] Plouvien"}},
        // A person named in full, then by her first name alone; not a feast ("Noël"), nor a first
        // name that is also someone's surname.
        NamesCase{"first_name_alone_after_the_full_name",
                  "Gaëlle Kerhervé a 90 ans. Gaëlle aime le goûter. Noël Quéméner fête Noël.",
                  {"PER [Gaëlle Kerhervé] Gaëlle Kerhervé", "PER [Gaëlle] Gaëlle Kerhervé", "PER [Noël Quéméner] Noël Quéméner"}},
        NamesCase{"first_name_that_is_a_surname_says_neither",
                  "Julien Thomas et Thomas Durand signent. Thomas a dit oui.",
                  {"PER [Julien Thomas] Julien Thomas", "PER [Thomas Durand] Thomas Durand", "PER [Thomas] Julien Thomas"}},
        // Standings: ranked towns with their points are teams, not scorers.
        NamesCase{"standings_rank_teams_with_their_points",
                  "Plouvien bat Tréflez 2-1. Classement : 1. Plounévez-du-Faou 17 pts ; 2. Tréflez 19 ; 3. Sizun 22.",
                  {"ORG [Plouvien] Plouvien", "ORG [Tréflez] Tréflez", "ORG [Plounévez-du-Faou] Plounévez-du-Faou",
                   "ORG [Tréflez] Tréflez", "ORG [Sizun] Sizun"}},
        // Without a match report, or a town's shape: a ranked name with "points", "pts" or "pt"
        // right after it is a team in standings.
        NamesCase{"ranked_names_with_their_points_are_teams",
                  "Classement de la poule : 1. Quimperlé 9 points ; 2. Landerneau 6 pts ; 3. Gouesnou 1 pt.",
                  {"ORG [Quimperlé] Quimperlé", "ORG [Landerneau] Landerneau", "ORG [Gouesnou] Gouesnou"}},
        NamesCase{"minutes_of_an_hour_are_no_rank", "Messes : samedi à 18 h 30. PLOUNÉVEZ-DU-FAOU : dimanche à 10 h.",
                  {"LOC [PLOUNÉVEZ-DU-FAOU] PLOUNÉVEZ-DU-FAOU"}},
        NamesCase{"signature_whose_first_name_is_a_place", "La fête a réuni le village.\nFrance KERHERVÉ",
                  {"PER [France KERHERVÉ] France KERHERVÉ"}},
        NamesCase{"opponent_is_a_team", "Le club s'est imposé face à Plouzévédé samedi.", {"ORG [Plouzévédé] Plouzévédé"}},
        NamesCase{"firm_named_after_its_family", "La société Kerhervé recrute, explique Yann Kerhervé.",
                  {"ORG [Kerhervé] Kerhervé", "PER [Yann Kerhervé] Yann Kerhervé"}},
        NamesCase{"street_named_with_de_la", "Il habite rue de la Libération depuis 1990.", {"LOC [Libération] Libération"}},
        NamesCase{"beside_a_body_is_no_street", "Le fonds investit aux côtés de Kerinvest.", {}},
        NamesCase{"review_is_a_body", "Il lit la Revue lorraine chaque mois.", {"ORG [Revue lorraine] Revue lorraine"}},
        NamesCase{"lower_case_first_name_inside_a_body", "La Société d'aménagement urbain et rural gère le réseau.",
                  {"ORG [Société d'aménagement urbain et rural] Société d'aménagement urbain et rural"}},
        NamesCase{"new_year_is_no_body", "Le concert du Nouvel An aura lieu mardi.", {}},
        NamesCase{"nationality_before_a_full_name", "Le Norvégien a devancé l'Allemand Torben Kerstedt de peu.",
                  {"PER [Torben Kerstedt] Torben Kerstedt"}},
        NamesCase{"town_written_saint_apart", "Les habitants de Plouvien et de St Thégonnec se retrouvent.",
                  {"LOC [Plouvien] Plouvien", "LOC [St Thégonnec] St Thégonnec"}},
        NamesCase{"villa_named_after_a_person_is_a_place", "Le conseil s'est tenu à la villa Kerhervé lundi.", {"LOC [Kerhervé] Kerhervé"}},
        NamesCase{"shop_before_its_name", "Les vendeurs du magasin Kerfoto ont été formés.", {"ORG [Kerfoto] Kerfoto"}},
        // A town after a body named after its head says where the body is, no part of its name;
        // a common word before "de" keeps it ("les Amis de Kerlouanec").
        NamesCase{"town_after_a_body_named_after_its_head",
                  "Il a travaillé trente ans à l'entreprise Kerfoto de Plougastel, puis chez les Amis de Kerlouanec.",
                  {"ORG [Kerfoto] Kerfoto", "LOC [Plougastel] Plougastel", "ORG [Amis de Kerlouanec] Amis de Kerlouanec"}},
        NamesCase{"friendly_society_and_choir_are_bodies", "Les joueurs de l'Amicale laïque chantent avec la chorale Kanerien.",
                  {"ORG [Amicale laïque] Amicale laïque", "ORG [Kanerien] Kanerien"}},
        NamesCase{"country_acronym_is_a_place", "Il a joué trois saisons aux USA.", {"LOC [USA] USA"}},
        NamesCase{"street_named_after_a_person_of_the_article_stays_a_street",
                  "Yann Kerhervé a vécu rue Yann Kerhervé, devant la maison de l'entreprise Kerhervé.",
                  {"PER [Yann Kerhervé] Yann Kerhervé", "LOC [Yann Kerhervé] Yann Kerhervé", "ORG [Kerhervé] Kerhervé"}},
        NamesCase{"signature_in_capitals_after_a_particle", "Le bal a fini tard.\nDE KERGUÉLEN",
                  {"PER [DE KERGUÉLEN] DE KERGUÉLEN"}},
        NamesCase{"signature_with_an_unknown_first_name_ends_the_article", "Le bal a fini tard.\nMaëlys KERHERVÉ",
                  {"PER [Maëlys KERHERVÉ] Maëlys KERHERVÉ"}},
        NamesCase{"heading_in_capitals_is_no_signature", "LES RÉSULTATS\nLe bal a fini tard.", {}},
        NamesCase{"ranked_name_that_is_also_a_word", "Cadets : 1. Faucheur (Plabennec) 497 pts ; 2. Kerhervé (Sizun) 471 pts.",
                  {"PER [Faucheur] Faucheur", "LOC [Plabennec] Plabennec", "PER [Kerhervé] Kerhervé", "LOC [Sizun] Sizun"}},
        NamesCase{"teams_with_their_league_level", "Poule 1 : Plouvien (DH), Tréflez (2) (PH), Sizun et Brest.",
                  {"ORG [Plouvien] Plouvien", "ORG [Tréflez] Tréflez", "ORG [Sizun] Sizun", "ORG [Brest] Brest"}},
        NamesCase{"society_named_after_de_and_an_article", "Les membres du club de l'Amitié et du club des Goélands ont dansé.",
                  {"ORG [Amitié] Amitié", "ORG [Goélands] Goélands"}},
        NamesCase{"club_of_a_town_names_the_town", "Il a signé au club de Plouzané cet été.", {}},
        NamesCase{"quoted_name_after_its_head", "Le club « Les Goélands bleus » a fêté ses vingt ans.",
                  {"ORG [Les Goélands bleus] Les Goélands bleus"}},
        NamesCase{"a_lowercase_article_in_quotes_is_no_part_of_the_name", "Le magasin « le Chamois » a fermé.", {"ORG [Chamois] Chamois"}},
        NamesCase{"known_town_faced_is_a_team", "Le club s'est imposé face à Quimper (2-1).", {"ORG [Quimper] Quimper"}},
        // "face au", "les couleurs de": the team of a town that takes an article, the club a player plays for.
        NamesCase{"team_faced_after_au_and_team_whose_colours_are_worn",
                  "Battus 2-1 face au Havre, ils regrettent l'époque où Yann Kerhervé portait les couleurs de Plouzané.",
                  {"ORG [Havre] Havre", "PER [Yann Kerhervé] Yann Kerhervé", "ORG [Plouzané] Plouzané"}},
        // A match report's team after its captain or "sa formation"; not the country of a cup.
        NamesCase{"team_after_its_captain_and_its_formation",
                  "Battu 2-1, le capitaine de Plouzané regrette. Sa formation de Plouzané, éliminée avec sa formation en coupe de France, repart.",
                  {"ORG [Plouzané] Plouzané", "ORG [Plouzané] Plouzané", "LOC [France] France"}},
        // A title is a body's adjective after its head, and still opens a person's name elsewhere.
        NamesCase{"title_word_as_the_adjective_of_a_body", "Le Conseil Général des Vosges a salué le Général Leclerc.",
                  {"ORG [Conseil Général des Vosges] Conseil Général des Vosges", "PER [Leclerc] Leclerc"}},
        // In a match report, a town written with its article is a team as one without is; not
        // where players come from.
        NamesCase{"town_with_its_article_as_a_team", "Battu 2-1 face à Lille, Le Havre a confirmé. Ses joueurs en provenance de La Réunion restent.",
                  {"ORG [Lille] Lille", "ORG [Le Havre] Le Havre", "LOC [La Réunion] La Réunion"}},
        // Towns read as teams make their list one of teams, unknown names included; a town before
        // a list of players does not.
        NamesCase{"list_of_towns_read_as_teams", "Besançon a battu Brest 80-75. Clermont, Kerlouan, Antibes et Orléans ont perdu.",
                  {"ORG [Besançon] Besançon", "ORG [Brest] Brest", "ORG [Clermont] Clermont", "ORG [Kerlouan] Kerlouan",
                   "ORG [Antibes] Antibes", "ORG [Orléans] Orléans"}},
        // A town the report makes a place once is a team where it plays, not where a venue is.
        NamesCase{"town_made_a_place_elsewhere_as_a_team",
                  "Battu 2-1 face à Lille, le club reçoit à Kerlouan. Kerlouan a confirmé au gymnase de Kerlouan.",
                  {"ORG [Lille] Lille", "LOC [Kerlouan] Kerlouan", "ORG [Kerlouan] Kerlouan", "LOC [Kerlouan] Kerlouan"}},
        NamesCase{"maiden_name_after_nee", "Anne Kerhervé, née Quéméner, est décédée.",
                  {"PER [Anne Kerhervé] Anne Kerhervé", "PER [Quéméner] Quéméner"}},
        NamesCase{"teams_of_a_score_line", "Résultats : Plouvien - Tréflez 2-1 ; Brest - Sizun 0-0.",
                  {"ORG [Plouvien] Plouvien", "ORG [Tréflez] Tréflez", "ORG [Brest] Brest", "ORG [Sizun] Sizun"}},
        NamesCase{"grace_a_names_no_place", "Grâce à Kerlivio et Ondulia, ils ont gagné.", {}},
        NamesCase{"athletes_with_their_club_in_results",
                  "Judo. - 60 kg : Kerlivio (Plouvien) ; - 65 kg : Quéméner (Tréflez). Seul : Ondulia (Kerlaz).",
                  {"PER [Kerlivio] Kerlivio", "PER [Quéméner] Quéméner"}},
        NamesCase{"towns_listed_with_a_club_are_teams", "Sont qualifiés : Plouvien, Tréflez, FC Sizun et Brest.",
                  {"ORG [Plouvien] Plouvien", "ORG [Tréflez] Tréflez", "ORG [FC Sizun] FC Sizun", "ORG [Brest] Brest"}},
        NamesCase{"employer_after_a_job_and_chez", "Il fut employé chez Kerhervé, puis il travailla chez Paul Rivière à Brest.",
                  {"ORG [Kerhervé] Kerhervé", "ORG [Paul Rivière] Paul Rivière", "LOC [Brest] Brest"}},
        NamesCase{"host_after_chez_is_a_person", "Il dîne chez Paul Rivière ce soir.", {"PER [Paul Rivière] Paul Rivière"}},
        NamesCase{"well_known_surnames_alone", "Poutine a reçu Bush et Blair.",
                  {"PER [Poutine] Poutine", "PER [Bush] Bush", "PER [Blair] Blair"}},
        NamesCase{"well_known_surname_after_a", "Les notables avaient écrit à Clemenceau.", {"PER [Clemenceau] Clemenceau"}},
        // A first name that is also a word ("julien", "rêne") opening a sentence before a comma or
        // another first name; a first name after "à".
        NamesCase{"first_names_opening_a_sentence",
                  "Julien, le seul garçon, sourit. René et Odile rentrent. Contrairement à Agnès, il reste.",
                  {"PER [Julien] Julien", "PER [René] René", "PER [Odile] Odile", "PER [Agnès] Agnès"}},
        NamesCase{"surname_opened_by_a_particle", "Le couple De Kerhervé tient la boutique.", {"PER [De Kerhervé] De Kerhervé"}},
        NamesCase{"middle_initial_inside_a_name", "Hier, George W. Bush a parlé.", {"PER [George W. Bush] George W. Bush"}},
        NamesCase{"particle_surname_after_a_rank", "Il servit sous le maréchal de Kerhervé.", {"PER [de Kerhervé] de Kerhervé"}},
        NamesCase{"clubs_of_ranked_people", "Moins de 70 kg : 1. Kerhervé (Dojo vosgien) ; 2. Calais (AJ 29).",
                  {"PER [Kerhervé] Kerhervé", "ORG [Dojo vosgien] Dojo vosgien", "PER [Calais] Calais", "ORG [AJ 29] AJ 29"}},
        NamesCase{"countries_of_ranked_people", "Slalom : 1. Kerhervé (Fra), 1'39''21 ; 2. Ertl (AUT), 1'39''45.",
                  {"PER [Kerhervé] Kerhervé", "LOC [Fra] Fra", "PER [Ertl] Ertl", "LOC [AUT] AUT"}},
        NamesCase{"spouse_of_a_person_named_in_full", "Il est l'époux de Marie Kerhervé.", {"PER [Marie Kerhervé] Marie Kerhervé"}},
        NamesCase{"teams_a_match_report_plays", "Le club recevra Tréflez samedi, après sa défaite devant Plouvien (94-100).",
                  {"ORG [Tréflez] Tréflez", "ORG [Plouvien] Plouvien"}},
        NamesCase{"teams_that_beat_and_are_beaten", "Demi-finales : Plouvien bat Tréflez 2-1.",
                  {"ORG [Plouvien] Plouvien", "ORG [Tréflez] Tréflez"}},
        // The dateline in capitals is where the match was played; the town alone is the club's team.
        NamesCase{"a_town_that_is_a_team_once_is_one_everywhere",
                  "BRIANÇON. _ Le Quimper HC bat Briançon 5-4. À la dernière seconde, Briançon pensait égaliser ; Quimper tenait.",
                  {"LOC [BRIANÇON] BRIANÇON", "ORG [Quimper HC] Quimper HC", "ORG [Briançon] Briançon", "ORG [Briançon] Briançon",
                   "ORG [Quimper] Quimper"}},
        // An adjective ending in "-if" the dictionary knows names the body too; a noun so ending
        // does not ("le syndicat d'initiative" is a kind of body).
        NamesCase{"body_named_in_lower_case_with_an_adjective_in_if",
                  "Il coordonne le comité consultatif national d'éthique. Le syndicat d'initiative ouvre.",
                  {"ORG [comité consultatif national d'éthique] comité consultatif national d'éthique"}},
        // "foyer" heads the names of the associations that run village halls.
        NamesCase{"foyer_heads_a_body", "Le foyer rural de Plouvien organise une belote. Il adhère au Foyer laïc.",
                  {"ORG [foyer rural de Plouvien] foyer rural de Plouvien", "ORG [Foyer laïc] Foyer laïc"}},
        NamesCase{"body_named_in_lower_case", "Il préside la fédération française d'athlétisme ; elle, l'association des commerçants et artisans de Quimper.",
                  {"ORG [fédération française d'athlétisme] fédération française d'athlétisme",
                   "ORG [association des commerçants et artisans de Quimper] association des commerçants et artisans de Quimper"}},
        NamesCase{"body_opening_a_sentence_in_a_list", "Médailles. Communauté de l'agglomération quimpéroise : Yann Kerhervé.",
                  {"ORG [Communauté de l'agglomération quimpéroise] Communauté de l'agglomération quimpéroise",
                   "PER [Yann Kerhervé] Yann Kerhervé"}},
        NamesCase{"european_union_and_post_office", "La Turquie veut entrer dans l'UE ; la Poste ferme.",
                  {"LOC [Turquie] Turquie", "ORG [UE] UE", "ORG [Poste] La Poste"}},
        // A head and one common complement name a kind of body; "organise" is a verb, not "organisé".
        NamesCase{"kind_of_body_is_no_name", "Le comité de pilotage se réunit ; l'association organise des stages de voile.", {}},
        NamesCase{"scorers_and_the_minutes_of_their_goals", "Plouvien bat Tréflez 2-1. Les buts : Kerhervé (8'), Quéméner (29e et 31e).",
                  {"ORG [Plouvien] Plouvien", "ORG [Tréflez] Tréflez", "PER [Kerhervé] Kerhervé", "PER [Quéméner] Quéméner"}},
        NamesCase{"family_and_rank_before_a_surname", "La famille Kerhervé ouvre ; le lieutenant-colonel Quéméner relativise.",
                  {"PER [Kerhervé] Kerhervé", "PER [Quéméner] Quéméner"}},
        // A match report between teams it names: a known town, or one shaped like a town, is one more
        // team, unless it is where something happens ("à Pau").
        NamesCase{"towns_of_a_match_report_are_teams",
                  "Le Brest HC bat Lorient 5-4. Il est lanterne rouge avec Strasbourg et Plouguerneau-sur-Aber ; le prochain "
                  "match se joue à Pau.",
                  {"ORG [Brest HC] Brest HC", "ORG [Lorient] Lorient", "ORG [Strasbourg] Strasbourg",
                   "ORG [Plouguerneau-sur-Aber] Plouguerneau-sur-Aber", "LOC [Pau] Pau"}},
        // One team named is enough; a country with its article, or where a club is from, stays a place.
        NamesCase{"towns_of_a_sport_article_with_one_team",
                  "Le Brest HC prépare la saison avec son entraîneur : le match face à Lorient compte. Nantes et Rennes ont "
                  "perdu ; le club ira au Portugal puis à Pampelune (Espagne).",
                  {"ORG [Brest HC] Brest HC", "ORG [Lorient] Lorient", "ORG [Nantes] Nantes", "ORG [Rennes] Rennes",
                   "LOC [Portugal] Portugal", "LOC [Pampelune] Pampelune", "LOC [Espagne] Espagne"}},
        // An item's heading ends with the town its news comes from, before ". -": no team, even in
        // a column that speaks of a club; nor is a player the minute of his shot follows, but a time
        // with its seconds is no minute.
        NamesCase{"town_closing_an_items_heading_is_no_team",
                  "Vestiaires neufs Plouguerneau-sur-Aber. - Le club de football a battu Lorient 2-1 ; ce raté de Quimper 78', "
                  "le but refusé à Guipavas ; Brest 36'38''.",
                  {"LOC [Plouguerneau-sur-Aber] Plouguerneau-sur-Aber", "ORG [Lorient] Lorient", "LOC [Quimper] Quimper",
                   "LOC [Guipavas] Guipavas", "ORG [Brest] Brest"}},
        // A match report that names no club: its known towns are teams all the same, not one in an
        // address ("29200 Brest") or in a longer place name ("Territoire de Belfort").
        NamesCase{"towns_of_a_match_report_without_a_club",
                  "Le match avec Lorient reste son meilleur souvenir de la saison, avec son entraîneur, avant le championnat. "
                  "Écrire au club, 29200 Brest.",
                  {"ORG [Lorient] Lorient", "LOC [Brest] Brest"}},
        // The teams drawn into groups, in a match report; the next group's name is none.
        NamesCase{"teams_of_a_group",
                  "La saison reprend : l'entraîneur prépare dix matches. Groupe A : Plouvien, Tréflez, Kerlouan - Groupe B : Plounéour, Lesneven.",
                  {"ORG [Plouvien] Plouvien", "ORG [Tréflez] Tréflez", "ORG [Kerlouan] Kerlouan", "ORG [Plounéour] Plounéour",
                   "ORG [Lesneven] Lesneven"}},
        // A capitalised common noun and a word shaped like the people of a town, which no dictionary
        // knows: a local society; not a place ("le Val dunois").
        NamesCase{"local_society_named_after_its_town",
                  "La Gaule dambenoise tient son assemblée et le Cycle golbéen court au Val dunois.",
                  {"ORG [Gaule dambenoise] Gaule dambenoise", "ORG [Cycle golbéen] Cycle golbéen"}},
        // A body the article speaks of by its capitalised head alone; not a school.
        NamesCase{"body_named_by_its_head", "L'avis est transmis à la Ligue et à la Préfecture ; l'Ecole est fermée.",
                  {"ORG [Ligue] Ligue", "ORG [Préfecture] Préfecture"}},
        // A medical rota's sector is a town, in capitals too.
        NamesCase{"sector_of_a_medical_rota", "Secteur de PESMES : Médecin : Docteur Pageaut, tél. 03.84.32.80.68.",
                  {"LOC [PESMES] PESMES", "PER [Pageaut] Pageaut"}},
        // Towns listed in capitals after one: towns, whatever word or acronym they spell.
        NamesCase{"towns_listed_in_capitals", "SECTEUR DE PLOUVIEN, KERLAZ, FONTAINE ET TRÉFLEZ Médecin de garde : docteur Kerhervé.",
                  {"LOC [PLOUVIEN] PLOUVIEN", "LOC [KERLAZ] KERLAZ", "LOC [FONTAINE] FONTAINE", "LOC [TRÉFLEZ] TRÉFLEZ",
                   "PER [Kerhervé] Kerhervé"}},
        // A body's own name after its lower-case words, capitalised or in quotes.
        NamesCase{"own_name_after_a_body_s_words",
                  "Il est soigné au Centre hospitalier Jean-Minjoz ; la Communauté de communes « Saône et Coney » paie.",
                  {"ORG [Centre hospitalier Jean-Minjoz] Centre hospitalier Jean-Minjoz",
                   "ORG [Communauté de communes « Saône et Coney »] Communauté de communes « Saône et Coney »"}},
        // A name in quotes after a lower-case head and its adjectives.
        NamesCase{"quoted_name_after_a_head_and_its_adjectives",
                  "La troupe théâtrale « Plateau Ivre » et la communauté de communes « Porte d'Alsace » se réunissent.",
                  {"ORG [Plateau Ivre] Plateau Ivre", "ORG [Porte d'Alsace] Porte d'Alsace"}},
        NamesCase{"quoted_name_after_a_head_and_what_it_does",
                  "Le cabinet d'architecture « Kerbrat Conseil » a remis son projet au quatuor Ondulia.",
                  {"ORG [Kerbrat Conseil] Kerbrat Conseil", "ORG [Ondulia] Ondulia"}},
        // A body's capitalised head and its acronym are one name.
        NamesCase{"head_and_acronym", "Le Syndicat CGT des cheminots et l'Entente RBC signent.",
                  {"ORG [Syndicat CGT des cheminots] Syndicat CGT des cheminots", "ORG [Entente RBC] Entente RBC"}},
        // A club's team numbered after its town, its number in its name; not a scorer and his points.
        NamesCase{"teams_numbered_after_their_town",
                  "En poule 1, Plouvien 1 et Tréflez 2, éliminés, laissent passer Kerlouan. Marqueurs : Kerhervé 6, Le Goff 2.",
                  {"ORG [Plouvien 1] Plouvien 1", "ORG [Tréflez 2] Tréflez 2", "PER [Kerhervé] Kerhervé", "PER [Le Goff] Le Goff"}},
        // Scorers and their points after their team; a club's total is no player's.
        NamesCase{"scorers_and_their_points",
                  "Plouvien bat Tréflez 67-49. Tréflez : Kerhervé (18), Quéméner (15), Guéguen (2). Plouvien : Abgrall 28, Kerjean 6. "
                  "Au classement des clubs, Kerlouan (1169 pts) précède Plounéour (2) (956 pts).",
                  {"ORG [Plouvien] Plouvien", "ORG [Tréflez] Tréflez", "ORG [Tréflez] Tréflez", "PER [Kerhervé] Kerhervé",
                   "PER [Quéméner] Quéméner", "PER [Guéguen] Guéguen", "ORG [Plouvien] Plouvien", "PER [Abgrall] Abgrall",
                   "PER [Kerjean] Kerjean", "ORG [Kerlouan] Kerlouan"}},
        // Points, then how many three-pointers, in a box score.
        NamesCase{"scorers_and_their_three_pointers", "Plouvien bat Tréflez 83-71. Plouvien : Kerhervé 30 (1), Quéméner 21 (4), Tanguy 17.",
                  {"ORG [Plouvien] Plouvien", "ORG [Tréflez] Tréflez", "ORG [Plouvien] Plouvien", "PER [Kerhervé] Kerhervé",
                   "PER [Quéméner] Quéméner", "PER [Tanguy] Tanguy"}},
        // Goals, then how many were penalties; a player's position before her name, as a title.
        NamesCase{"scorers_and_their_penalties",
                  "Plouvien bat Tréflez 31-30. Plouvien : Kerhervé 9 dont 4 pen., Abgrall 2. La demi-centre Quéméner a brillé.",
                  {"ORG [Plouvien] Plouvien", "ORG [Tréflez] Tréflez", "ORG [Plouvien] Plouvien", "PER [Kerhervé] Kerhervé",
                   "PER [Abgrall] Abgrall", "PER [Quéméner] Quéméner"}},
        // Sets ("6-4, 6-3"): players, not teams; nothing else says what they are.
        NamesCase{"players_of_a_draw_are_no_teams", "Tableau : Kerhervé bat Quéméner 6-4, 6-3 ; Quéméner s'est imposé devant Tréflez.", {}},
        // After a person and a comma, a first name that is a word too ("colin", a fish) opens a full name.
        NamesCase{"first_name_that_is_a_word_in_a_list_of_people", "Avec Yann Kerhervé, Colin Quéméner, (2 h 05).",
                  {"PER [Yann Kerhervé] Yann Kerhervé", "PER [Colin Quéméner] Colin Quéméner"}},
        // Where a person comes from, in apposition after her name.
        NamesCase{"nationality_in_apposition", "Nicolo Fonte, l'Américain, danse.", {"PER [Nicolo Fonte] Nicolo Fonte"}},
        // A list of births: the child, her father by his first name, then her mother.
        NamesCase{"birth_the_child_and_her_parents",
                  "NAISSANCES. Lila Kerhervé de Pascal, cadre, et d'Anne Quéméner. Zaïna Nunaev de Zhebir et de Milana Tanguy. "
                  "Jessy Guilly de Jessica.",
                  {"PER [Lila Kerhervé] Lila Kerhervé", "PER [Pascal] Pascal", "PER [Anne Quéméner] Anne Quéméner",
                   "PER [Zaïna Nunaev] Zaïna Nunaev", "PER [Zhebir] Zhebir", "PER [Milana Tanguy] Milana Tanguy",
                   "PER [Jessy Guilly] Jessy Guilly", "PER [Jessica] Jessica"}},
        // Under "Les naissances", a child's first name, a comma, then "de" and a parent named in full.
        NamesCase{"birth_the_child_before_a_comma",
                  "Les naissances. Maëlys, de Yann Kerhervé, marin, et de Anne Quéméner. Ange, de Loïc Tanguy.",
                  {"PER [Maëlys] Maëlys", "PER [Yann Kerhervé] Yann Kerhervé", "PER [Anne Quéméner] Anne Quéméner",
                   "PER [Ange] Ange", "PER [Loïc Tanguy] Loïc Tanguy"}},
        // Not a birth: after a word no list knows, "et de" and a town, no mother.
        NamesCase{"person_from_a_town_and_another_town", "Le maire Joël Kerhervé de Kerzhebir et de Brest a parlé.",
                  {"PER [Joël Kerhervé] Joël Kerhervé", "LOC [Kerzhebir] Kerzhebir", "LOC [Brest] Brest"}},
        // Particles, one or more, open a surname.
        NamesCase{"surname_opened_by_two_particles", "La course fut remportée par Van Der Kerhof.", {"PER [Van Der Kerhof] Van Der Kerhof"}},
        // In a list of useful numbers, a help line named by capitalised words, maybe with its
        // département; not a service named by one word, nor a person to call.
        NamesCase{"help_lines_in_a_directory",
                  "Accompagner : tél. 03.83.35.45.05. Enfance Maltraitée : tél. 08.10.27.69.12. Écoute Allaitement 29 : tél. "
                  "02.98.00.00.00. Yann Kerhervé : tél. 02.98.11.11.11.",
                  {"ORG [Enfance Maltraitée] Enfance Maltraitée", "ORG [Écoute Allaitement 29] Écoute Allaitement 29",
                   "PER [Yann Kerhervé] Yann Kerhervé"}},
        // A retirement home by its town keeps its head (a commune of France, even one no gazetteer
        // lists); named after its founder, the shop rule.
        NamesCase{"retirement_home_by_its_town_or_its_name",
                  "Elle vit à la maison de retraite de Plouguerneau, lui à la maison de retraite Kerhervé.",
                  {"ORG [maison de retraite de Plouguerneau] maison de retraite de Plouguerneau", "ORG [Kerhervé] Kerhervé"}},
        // A known body named in words keeps the place of its branch; an acronym does not.
        NamesCase{"known_body_and_the_place_of_its_branch", "Elle travaille au Crédit agricole de Plouguerneau, pas à la CPAM de Brest.",
                  {"ORG [Crédit agricole de Plouguerneau] Crédit agricole de Plouguerneau", "ORG [CPAM] CPAM", "LOC [Brest] Brest"}},
        // So does a body's capitalised name.
        NamesCase{"capitalised_body_and_the_place_of_its_branch", "Il publie aux Éditions Kerhervé de Bretagne depuis 1990.",
                  {"ORG [Éditions Kerhervé de Bretagne] Éditions Kerhervé de Bretagne"}},
        // A body named in full, then by its first word after an article or "ce": "l'Observatoire", "la Région".
        NamesCase{"body_called_again_by_its_first_word",
                  "La Région Bretagne finance. L'Observatoire régional de la sécurité routière publie une étude. Selon "
                  "l'Observatoire, la vitesse baisse, avec l'aide de la Région.",
                  {"ORG [Région Bretagne] Région Bretagne",
                   "ORG [Observatoire régional de la sécurité routière] Observatoire régional de la sécurité routière",
                   "ORG [Observatoire] Observatoire régional de la sécurité routière",
                   "ORG [Région] Région Bretagne"}},
        // Not where the article named two bodies with that noun: which one is meant is not said.
        NamesCase{"body_called_by_a_first_word_two_bodies_share",
                  "La Région Bretagne et la Région Normandie financent l'étude. Selon la Région, la vitesse baisse.",
                  {"ORG [Région Bretagne] Région Bretagne", "ORG [Région Normandie] Région Normandie"}},
        // A person, then "pour" and the body she speaks for, in quotes.
        NamesCase{"person_for_a_body_in_quotes", "Yann Kerhervé pour « Sports et Loisirs » a pris la parole.",
                  {"PER [Yann Kerhervé] Yann Kerhervé", "ORG [Sports et Loisirs] Sports et Loisirs"}},
        // A role in apposition makes a person of a name ("chargée de", "membre"); not of where
        // someone is from, after its article.
        NamesCase{"roles_in_apposition_and_an_origin_that_has_one",
                  "Au square, Maïwenn, chargée de l'atelier, accueille Yann Kerhervé, un Brestois, membre du club.",
                  {"PER [Maïwenn] Maïwenn", "PER [Yann Kerhervé] Yann Kerhervé"}},
        // Where the article reports matches, the club a player is lent to, and a French town in
        // parentheses after a player.
        NamesCase{"players_clubs_in_a_transfer_report",
                  "Football. Le milieu de terrain, auteur de deux buts en championnat cette saison, a été prêté à Guingamp. "
                  "Yann Kerhervé (Lorient) et Loïc Tanguy (Brest) sont retenus pour le match.",
                  {"ORG [Guingamp] Guingamp", "PER [Yann Kerhervé] Yann Kerhervé", "ORG [Lorient] Lorient",
                   "PER [Loïc Tanguy] Loïc Tanguy", "ORG [Brest] Brest"}},
        // A draw's results: each player before her ranking and club in parentheses; a title as a
        // heading in capitals makes no name of the word after it.
        NamesCase{"tennis_draw_with_rankings_and_clubs",
                  "MESSIEURS Demi-finales : Kerhervé (-2/6, Lawn Brest) bat Quéméner (4/6, Forêt de Plouvien) : 7/5, 6/1. "
                  "MADAME Tanguy a remis la coupe.",
                  {"PER [Kerhervé] Kerhervé", "ORG [Lawn Brest] Lawn Brest", "PER [Quéméner] Quéméner", "PER [Tanguy] Tanguy"}},
        // Without sport words, a score alone makes no match report: no player.
        NamesCase{"no_player_named_twice_without_sport_words", "Le bilan est de 3-1. Hier, Kerzhoc a vendu. Ensuite, Kerzhoc a acheté.", {}},
        // In a match report (three kinds of sport words), a word no list knows, written twice, is a
        // player; not after an article.
        NamesCase{"player_named_twice_in_a_match_report",
                  "Basket. En championnat, Nancy bat Pau 85-80, une victoire de saison. Hier soir, Kerzhoc était là. Ensuite, "
                  "Kerzhoc a souri. Comme l'Euroligue l'exige, "
                  "l'Euroligue attendra.",
                  {"ORG [Nancy] Nancy", "ORG [Pau] Pau", "PER [Kerzhoc] Kerzhoc", "PER [Kerzhoc] Kerzhoc"}},
        // A job a few words before "à la", "à l'" or "aux" and a name: the employer; not a town nor a
        // place's people.
        NamesCase{"employer_after_a_job_and_a_la",
                  "Yann Kerhervé, ouvrier à La Courneuve, puis employé à la Kerzhoc à Brest, a travaillé aux Forges.",
                  {"PER [Yann Kerhervé] Yann Kerhervé", "ORG [Kerzhoc] Kerzhoc", "LOC [Brest] Brest", "ORG [Forges] Forges"}},
        NamesCase{"employer_after_a_job_not_a_places_people", "Elle a travaillé aux Brestois, puis fut employée à l'Hermine.",
                  {"ORG [Hermine] Hermine"}},
        // Bodies listed after a plural head and a comma; not teams after "Par équipes,".
        NamesCase{"bodies_listed_after_a_plural_head", "La fermeture de deux sociétés bretonnes, Kerzhoc et Tanvez, inquiète.",
                  {"ORG [Kerzhoc] Kerzhoc", "ORG [Tanvez] Tanvez"}},
        // After a rank, a capitalised particle opens the surname.
        NamesCase{"ranked_surnames_opened_by_particles", "Autos : 1. Kerhervé (Fra, BMW), à 2'. 2. De Quéméner (Bel, BMW), à 4'.",
                  {"PER [Kerhervé] Kerhervé", "ORG [BMW] BMW", "PER [De Quéméner] De Quéméner", "ORG [BMW] BMW"}},
        // Siblings by their family name, after "frères" or "sœurs" in lower case (capitalised, an order's).
        NamesCase{"siblings_by_their_family_name", "Les frères Kerhervé ont gagné, comme les sœurs Quéméner. Les Sœurs Clarisses chantent.",
                  {"PER [Kerhervé] Kerhervé", "PER [Quéméner] Quéméner", "ORG [Sœurs Clarisses] Sœurs Clarisses"}},
        // A body's adjective the dictionary knows ("foncière"), then its town: a body with a name of its own.
        NamesCase{"lower_case_body_with_an_adjective_in_iere", "La commune adhère à l'association foncière de Plouvien.",
                  {"ORG [association foncière de Plouvien] association foncière de Plouvien"}},
        // A directory's pharmacy on duty is named after its owner; a sentence after the heading is none.
        NamesCase{"pharmacy_on_duty_in_a_directory",
                  "Médecin : docteur Kerhervé. Pharmacie de garde : Quéméner à Plouvien. Pharmacie : Appeler le 15.",
                  {"PER [Kerhervé] Kerhervé", "ORG [Quéméner] Quéméner", "LOC [Plouvien] Plouvien"}},
        // In an agenda without stops, a capitalised weekday opens the next item.
        NamesCase{"weekday_ends_a_name_in_an_agenda", "Exposition. Galerie Kerhervé Lundi de 14 h à 19 h.",
                  {"ORG [Galerie Kerhervé] Galerie Kerhervé"}},
        NamesCase{"shop_named_after_its_owner", "La boulangerie Kerhervé ouvre. M. Kerhervé est ravi.",
                  {"ORG [Kerhervé] Kerhervé", "PER [Kerhervé] Kerhervé"}},
        NamesCase{"shops_and_hotels_named_after_their_trade", "La pharmacie Kerhervé est de garde ; la confiserie Quéméner ouvre, comme l'hôtel Ty Mad.",
                  {"ORG [Kerhervé] Kerhervé", "ORG [Quéméner] Quéméner", "ORG [Ty Mad] Ty Mad"}},
        // The team's article may come between the cue and its name; a nationality before a player's
        // name is no team ("devant la Russe Svetlana Kuznetsova").
        NamesCase{"national_teams_after_their_article",
                  "Tennis : elle s'incline 6-4, 6-4 devant la Russe Svetlana Kuznetsova. Handball : la Norvège a battu la Suède 28-25.",
                  {"PER [Svetlana Kuznetsova] Svetlana Kuznetsova", "ORG [Norvège] Norvège", "ORG [Suède] Suède"}},
        // A digest of results: the players of a draw ("6-4, 6-3") stay no teams, the teams of a score do.
        NamesCase{"digest_of_a_draw_and_a_team_match", "Tennis : Kerhervé bat Quéméner 6-4, 6-3. Handball : la Norvège a battu la Suède 28-25.",
                  {"ORG [Norvège] Norvège", "ORG [Suède] Suède"}},
        // A head after a comma describes the name before it, unless it has a name of its own: a list.
        NamesCase{"body_described_after_a_comma_but_not_a_listed_one",
                  "Le circuit passe par Kerlouan, la fromagerie de Morlaix et le musée. On visite Kerhervé, la fromagerie qui exporte.",
                  {"ORG [Kerhervé] Kerhervé"}},
        NamesCase{"opponents_after_verbs_of_a_fixture",
                  "Handball. Après la victoire 28-25 de samedi, les joueuses affrontent Plouvien, les garçons se mesurent à Kerlouan.",
                  {"ORG [Plouvien] Plouvien", "ORG [Kerlouan] Kerlouan"}},
        // A team elsewhere in the article ("l'équipe de France") is a place where a title or a
        // record is of it.
        NamesCase{"team_elsewhere_is_a_place_after_a_title",
                  "Score 3-1. L'équipe de France a gagné. Elle vise le record de France, puis le championnat de France.",
                  {"ORG [France] France", "LOC [France] France", "LOC [France] France"}},
        // Ranked with a prize in parentheses, a town is a team, no athlete; "transports" before a
        // name no dictionary knows is a haulier's.
        NamesCase{"ranked_town_with_its_prize_and_a_haulier",
                  "Score 3-1. Classement : 4. Plouvien (coupe du député) ; 5. Kerlouan. Les transports Kerhervé s'installent.",
                  {"ORG [Plouvien] Plouvien", "ORG [Kerlouan] Kerlouan", "ORG [Kerhervé] Kerhervé"}},
        // A list of scorers: the team before its colon, each player before his points.
        NamesCase{"list_of_scorers",
                  "Score 89-48. Les marqueurs : Plouvien : Kerhervé 32 pts ; Le Gall 20 ; Quéméner (18). Kerlouan : Tanguy 16.",
                  {"ORG [Plouvien] Plouvien", "PER [Kerhervé] Kerhervé", "PER [Le Gall] Le Gall", "PER [Quéméner] Quéméner",
                   "ORG [Kerlouan] Kerlouan", "PER [Tanguy] Tanguy"}},
        // The teams' line-ups: each team before its colon, its players between commas.
        NamesCase{"line_ups_after_a_match_report",
                  "Score 3-1. Les équipes : Plouvien : Kerhervé, Quéméner, Le Gall. Entraîneur : Tanguy.",
                  {"ORG [Plouvien] Plouvien", "PER [Kerhervé] Kerhervé", "PER [Quéméner] Quéméner", "PER [Le Gall] Le Gall",
                   "PER [Tanguy] Tanguy"}},
        // A selection announced with its colon: each team before its colon, its players up to the semicolon.
        NamesCase{"players_selected_by_team",
                  "Voici les joueuses sélectionnées pour le stage de janvier : Plouvien : Kerhervé, Quéméner ; Kerlouan : Tanguy.",
                  {"ORG [Plouvien] Plouvien", "PER [Kerhervé] Kerhervé", "PER [Quéméner] Quéméner", "ORG [Kerlouan] Kerlouan",
                   "PER [Tanguy] Tanguy"}},
        // The coach ("sélectionneur") announcing a list opens none.
        NamesCase{"a_selectors_words_open_no_selection", "Le sélectionneur a annoncé sa liste hier : Plouvien : Kerzhoc, Tanvez.", {}},
        // Teams listed after "équipes" without a colon are no line-up: no players.
        NamesCase{"teams_listed_are_no_line_up", "Par équipes, Plouvien, Kerlouan et Tréflez se partagent les médailles.", {}},
        // In a match report, "le toulonnais X" is a player; the next list's heading is no team; the
        // place's people and a sport name their club.
        NamesCase{"player_by_his_origin_in_a_match_report",
                  "Score 89-48. Le toulonnais Kerhervé a brillé. Les marqueurs : Plouvien : Kerhervé (25). Brest : Marqueurs : "
                  "Tanguy (9). La Bacchamoise Gymnastique a fêté cela.",
                  {"PER [Kerhervé] Kerhervé", "ORG [Plouvien] Plouvien", "PER [Kerhervé] Kerhervé", "LOC [Brest] Brest",
                   "PER [Tanguy] Tanguy", "ORG [Bacchamoise Gymnastique] Bacchamoise Gymnastique"}},
        // Sport words of three kinds report a match, even without its score; a title is of a place, no team.
        NamesCase{"opponent_of_a_match_without_a_score",
                  "L'entraîneur prépare la saison : le match contre Lorient compte, puis le championnat de France.",
                  {"ORG [Lorient] Lorient", "LOC [France] France"}},
        // A word no dictionary knows after an elided article is a body; after "le", "du" or "au"
        // a place (a mountain, a hamlet), as after "la"; not a compound of a word, someone from a
        // town, nor a river ending in "e".
        NamesCase{"unknown_word_after_an_elided_article_is_a_body",
                  "Elle milite à l'Udaf et un Quimpérois préside l'Ascap, loin du Caire et du Haut-Doubs, du Hohneck et "
                  "du Thillot. La Moselotte déborde, l'Aroffe aussi.",
                  {"ORG [Udaf] Udaf", "ORG [Ascap] Ascap"}},
        // A verb after the town that ends a body's name is no part of it, whatever adjective it also spells.
        NamesCase{"verb_after_a_body_named_by_its_town", "L'office de tourisme de Quimper informe les visiteurs.",
                  {"ORG [office de tourisme de Quimper] office de tourisme de Quimper"}},
        // A capitalised article after a head opens the body's own name, and belongs to it.
        NamesCase{"name_with_its_article_after_a_head", "Le repas aura lieu au restaurant Le Goéland, avec la compagnie Les Korrigans.",
                  {"ORG [Le Goéland] Le Goéland", "ORG [Les Korrigans] Les Korrigans"}},
        // A name in quotes after a lower-case head, lower-case words and all; its article is no part of it.
        NamesCase{"quoted_name_after_a_head", "Il tient le magasin « Mieux vivre » ; elle chante au club des « Chardons bleus ».",
                  {"ORG [Mieux vivre] Mieux vivre", "ORG [Chardons bleus] Chardons bleus"}},
        // "ES" is also a verb's form: a club's letters in capitals before a name open the club's name.
        NamesCase{"club_letters_that_are_a_word", "Comme d'autres, l'ES Thaon a profité du mercato d'hiver.",
                  {"ORG [ES Thaon] ES Thaon"}},
        NamesCase{"a_ranked_athletes_club_with_its_article",
                  "Minimes : 1. H. Perrin (La Bressaude) 12'35 ; 2. Y. Arnould (Ranspach) 13'10.",
                  {"PER [H. Perrin] H. Perrin", "ORG [Bressaude] Bressaude", "PER [Y. Arnould] Y. Arnould", "LOC [Ranspach] Ranspach"}},
        NamesCase{"a_body_in_lower_case_named_by_a_count_and_a_name",
                  "La commission tourisme de la communauté de communes des 3 Vallées se réunit.",
                  {"ORG [communauté de communes des 3 Vallées] communauté de communes des 3 Vallées"}},
        // A commune's name no dictionary knows (communes.tsv) is a team where the article reports a
        // match; a surname it shares, in a list of people, stays a person's.
        NamesCase{"a_commune_in_a_match_report_is_a_team",
                  "Le FC Kerlivio a battu Plouvien 2-1. Les défaites conjuguées de Gilley et de Charquemont, samedi soir, "
                  "permettent au club de remonter.",
                  {"ORG [FC Kerlivio] FC Kerlivio", "ORG [Plouvien] Plouvien", "ORG [Gilley] Gilley", "ORG [Charquemont] Charquemont"}},
        NamesCase{"a_commune_named_like_a_listed_person", "Les rameurs du huit : Chenon, Dehove, Muller et Ribet. Le score : 2-1.",
                  {"PER [Chenon] Chenon", "PER [Dehove] Dehove", "PER [Muller] Muller", "PER [Ribet] Ribet"}},
        NamesCase{"a_commune_in_capitals_is_no_acronym", "AZERAILLES : Mme Vozelle, tél. 03.83.75.20.86. FLIN : Soeur Germain.",
                  {"PER [Vozelle] Vozelle", "PER [Germain] Germain"}},
        NamesCase{"teams_ranked_by_ordinals", "Classement : 3e. Vercel ; 4e. Pontarlier. Le score : 2-1. Nantes mène à la 35e. Grosses inquiétudes.",
                  {"ORG [Vercel] Vercel", "ORG [Pontarlier] Pontarlier", "ORG [Nantes] Nantes"}},
        NamesCase{"players_named_by_a_foul_and_a_miss", "Le score : 1-0. Après une faute de Kerjean, Quéméner rata le cadre.",
                  {"PER [Kerjean] Kerjean", "PER [Quéméner] Quéméner"}},
        NamesCase{"a_name_and_a_pastime_joined_by_a_hyphen", "Les membres de Pompey-Philatélie se réunissent avec le Canoë-Kayak.",
                  {"ORG [Pompey-Philatélie] Pompey-Philatélie"}},
        NamesCase{"a_quoted_name_listed_after_bodies", "Étaient présents l'ACPG, l'ASBM, « Rendez-vous à Kerlivio », « Avancer ensemble » et d'autres.",
                  {"ORG [ACPG] ACPG", "ORG [ASBM] ASBM", "ORG [Rendez-vous à Kerlivio] Rendez-vous à Kerlivio",
                   "ORG [Avancer ensemble] Avancer ensemble"}},
        NamesCase{"a_known_body_and_a_name_joined_by_a_hyphen",
                  "La section UNSA-Éducation et FO-Cheminots appellent à la grève avant ASNL-Valence.",
                  {"ORG [UNSA-Éducation] UNSA-Éducation", "ORG [FO-Cheminots] FO-Cheminots"}},
        NamesCase{"a_surname_opened_by_an_arabic_article",
                  "Son homologue syrien, Farouk al-Chareh, a parlé après Bachar el-Assad, en vacances à Charm el-Cheikh.",
                  {"PER [Farouk al-Chareh] Farouk al-Chareh", "PER [Bachar el-Assad] Bachar el-Assad", "LOC [Charm el-Cheikh] Charm el-Cheikh"}},
        NamesCase{"a_first_name_opening_a_sentence_as_a_subject",
                  "Elle vit à Lantenot. Louise était très fière de ses petits-enfants. Marié à Jeanne, il vécut à Brest.",
                  {"LOC [Lantenot] Lantenot", "PER [Louise] Louise", "PER [Jeanne] Jeanne", "LOC [Brest] Brest"}},
        NamesCase{"a_first_name_opening_a_sentence_before_est", "Le magasin a rouvert. Isabelle est opticienne depuis dix ans.",
                  {"PER [Isabelle] Isabelle"}},
        NamesCase{"a_commune_with_its_article_as_an_opponent", "Le score : 3-1. Gilley a battu Les Fourgs puis a perdu contre Le Val-d'Ajol.",
                  {"ORG [Gilley] Gilley", "ORG [Fourgs] Fourgs", "ORG [Val-d'Ajol] Val-d'Ajol"}},
        NamesCase{"a_civility_after_a_lower_case_head_opens_a_person", "Le feu a pris dans la chambre des enfants de M. et Mme Gilles Perry.",
                  {"PER [Gilles Perry] Gilles Perry"}},
        NamesCase{"a_players_former_club", "Depuis que l'ex-joueur de Kerlivio a renfilé le maillot, tout va mieux.",
                  {"ORG [Kerlivio] Kerlivio"}},
        NamesCase{"an_administration_by_its_short_name", "Les agents de l'Equipement sont intervenus après un contrôle des Fraudes.",
                  {"ORG [Equipement] Équipement", "ORG [Fraudes] Répression des fraudes"}},
        // A body's short name that is a common word, opening a sentence, is that word.
        NamesCase{"a_common_word_opening_a_sentence_is_no_body", "Urgences : 15. Poste de police : 17. Carrefour fermé.", {}},
        NamesCase{"quoted_name_in_lower_case_after_its_article", "Des friandises offertes par l'association « l'eaudici ».",
                  {"ORG [eaudici] eaudici"}},
        NamesCase{"quoted_name_after_who_leads_it", "Le patron de « Meubles et sièges » expose ; le directeur du « Ballet du Nord » aussi.",
                  {"ORG [Meubles et sièges] Meubles et sièges", "ORG [Ballet du Nord] Ballet du Nord"}},
        // A capitalised run before a time in a timetable is a stop, no body.
        NamesCase{"bus_stops_before_their_times", "Horaires : Kerlouan Loge Blanche à 12 h 20 ; Vieux Tréflez à 12 h 30.",
                  {"LOC [Kerlouan Loge Blanche] Kerlouan Loge Blanche", "LOC [Vieux Tréflez] Vieux Tréflez"}},
        // An initial before a name that is also a word or a company's: the person.
        NamesCase{"initial_before_a_word_or_a_company", "Il sera présenté par M. P. Millet. Plouvien bat Tréflez 3-1 : F. Roche (5e).",
                  {"PER [P. Millet] P. Millet", "ORG [Plouvien] Plouvien", "ORG [Tréflez] Tréflez", "PER [F. Roche] F. Roche"}},
        NamesCase{"initials_joined_by_a_hyphen", "Sont élus J-P Kerhervé (Brest) et J-B. Quéméner.",
                  {"PER [J-P Kerhervé] J-P Kerhervé", "LOC [Brest] Brest", "PER [J-B. Quéméner] J-B. Quéméner"}},
        // Joined initials and their full stop end no sentence, even before a name that is also a word.
        NamesCase{"joined_initials_before_a_word", "Correspondant : J-P. Folio, tél. 02.98.00.00.00.", {"PER [J-P. Folio] J-P. Folio"}},
        NamesCase{"adverb_before_a_first_name", "Il le dit : « Dorénavant Adeline s'attache à gagner ».", {"PER [Adeline] Adeline"}},
        // A firm or a band named after a person is no person; school classes are no bodies.
        NamesCase{"firm_named_after_a_person",
                  "Il a travaillé aux Ets Quéméner puis chez Paul Rivière SARL. Les classes de CE2 et CM1 viendront.",
                  {"ORG [Ets Quéméner] Ets Quéméner", "ORG [Paul Rivière SARL] Paul Rivière"}},
        // A headline in capitals: its subject, named again below, and not the verb after it.
        NamesCase{"subject_of_a_headline_in_capitals", "QUÉMÉNER ÉLIMINÉ EN DEMI-FINALE Tennis. Le Breton Yann Quéméner a perdu hier.",
                  {"PER [QUÉMÉNER] Yann Quéméner", "PER [Yann Quéméner] Yann Quéméner"}},
        NamesCase{"town_after_a_full_name", "Marie Kerhervé de Plouvien a gagné ; Charles de Gaulle aussi.",
                  {"PER [Marie Kerhervé] Marie Kerhervé", "LOC [Plouvien] Plouvien", "PER [Charles de Gaulle] Charles de Gaulle"}},
        NamesCase{"acronym_after_a_surname_and_de_is_another_name", "Mme Kerhervé de la FNSEA a parlé.",
                  {"PER [Kerhervé] Kerhervé", "ORG [FNSEA] FNSEA"}},
        NamesCase{"category_heading_is_no_name", "Carabine Hommes Cadets : 1. Kerhervé (Brest).",
                  {"PER [Kerhervé] Kerhervé", "LOC [Brest] Brest"}},
        NamesCase{"name_again_at_a_sentence_start", "La direction d'Air Kerhervé a parlé. Air Kerhervé a joué sa survie.",
                  {"ORG [Air Kerhervé] Air Kerhervé", "ORG [Air Kerhervé] Air Kerhervé"}},
        NamesCase{"company_name_in_a_list_of_people", "MM. Kerhervé, Michelin et Quéméner ont voté.",
                  {"PER [Kerhervé] Kerhervé", "PER [Michelin] Michelin", "PER [Quéméner] Quéméner"}},
        NamesCase{"one_word_ending_with_a_head", "Les nageurs du Kerhervé-Club sont là.", {"ORG [Kerhervé-Club] Kerhervé-Club"}},
        NamesCase{"body_named_after_a_person", "Le goûter a lieu au centre Paul Rivière ; la secrétaire de mairie Marie Kerhervé l'organise.",
                  {"ORG [Paul Rivière] Paul Rivière", "PER [Marie Kerhervé] Marie Kerhervé"}},
        NamesCase{"role_opening_the_next_clause_is_no_apposition", "Pour Kerlouan, le maire a renouvelé sa demande.", {}},
        NamesCase{"portfolio_then_a_particle_name", "Le ministre des Transports Paul de Kerhervé a parlé.",
                  {"PER [Paul de Kerhervé] Paul de Kerhervé"}},
        NamesCase{"ranked_surname_first_that_is_also_a_word", "Cadets : 7. Debouche Romain, Plouvien.",
                  {"PER [Debouche Romain] Debouche Romain"}},
        NamesCase{"acronym_that_spells_a_word_after_an_article", "La SAUR a purgé les conduites ; le président du COS Kerlouan parle.",
                  {"ORG [SAUR] SAUR", "ORG [COS Kerlouan] COS Kerlouan"}},
        NamesCase{"head_word_alone_in_a_heading_is_no_name", "Medtech : la start-up Kolibri lève deux millions.", {"ORG [Kolibri] Kolibri"}},
        NamesCase{"world_war_is_no_name", "Après la Seconde Guerre mondiale, il rentre.", {}},
        NamesCase{"name_after_a_nationality", "Le Finlandais Kervinen a gagné devant le Japonais Okuda.",
                  {"PER [Kervinen] Kervinen", "PER [Okuda] Okuda"}},
        NamesCase{"name_after_a_lower_case_adjective_ending_like_a_nationality", "Il courra au prochain Kerbol de Plouha.", {}},
        NamesCase{"known_body_written_after_a_common_word", "Météo-France annonce du gel ; selon Météo France, il durera.",
                  {"ORG [Météo-France] Météo-France", "ORG [Météo France] Météo-France"}},
        // Not a team: a family, and "face à" names no place.
        NamesCase{"family_pair_faced_is_no_team", "Ils perdent face à Kerhervé père et fils.", {"PER [Kerhervé] Kerhervé"}},
        NamesCase{"town_in_capitals_after_a", "Expositions. A PLOUHA - « Regards », de 10 h à 18 h.", {"LOC [PLOUHA] PLOUHA"}},
        NamesCase{"known_place_whose_later_word_is_in_lower_case_is_a_common_phrase",
                  "La réunion a eu lieu à Saint-Denis de La Réunion.",
                  {"LOC [Saint-Denis] Saint-Denis", "LOC [La Réunion] La Réunion"}},
        NamesCase{"the_management_of_a_company_is_not_in_its_name",
                  "Le plan présenté par la direction d'Air Kerhervé a été rejeté.", {"ORG [Air Kerhervé] Air Kerhervé"}},
        NamesCase{"conducted_by_a_person_is_no_body", "L'orchestre joue sous la direction de Paul Rivière.",
                  {"PER [Paul Rivière] Paul Rivière"}},
        NamesCase{"head_with_a_complement_no_dictionary_knows", "Elle expose avec l'Association des fabophiles bretons.",
                  {"ORG [Association des fabophiles bretons] Association des fabophiles bretons"}},
        NamesCase{"medical_acronym_is_no_organisation", "Le joueur passera une IRM lundi.", {}},
        // A first name that is also a word ("henry", a unit), opening a sentence before a surname.
        NamesCase{"first_name_that_is_a_word_opening_a_sentence", "Bons résultats. Henry Kerhervé, président, a parlé.",
                  {"PER [Henry Kerhervé] Henry Kerhervé"}},
        // A prefix ("italo-") is no word: "Italo" then a surname is a person.
        NamesCase{"first_name_that_is_a_prefix", "Médailles : Yann Le Gall pour 15 ans, Italo Gambone pour 20 ans.",
                  {"PER [Yann Le Gall] Yann Le Gall", "PER [Italo Gambone] Italo Gambone"}},
        NamesCase{"participle_opening_a_sentence_is_no_name", "Née Anne Quéméner à Brest, elle a tenu l'épicerie.",
                  {"PER [Anne Quéméner] Anne Quéméner", "LOC [Brest] Brest"}},
        // A local page's notice: its town opens the line, then its heading or its date.
        NamesCase{"town_opening_a_notice_is_no_part_of_its_heading",
                  "Le loto a fait salle comble.\nKerlouan Calme retrouvé. _ Le bal reprend samedi.\nPlouvien Les 24 et 25 janvier, concert.",
                  {"LOC [Kerlouan] Kerlouan", "LOC [Plouvien] Plouvien"}},
        NamesCase{"line_opened_by_a_capitalised_name_that_is_no_notice", "Le loto a fait salle comble.\nKerlouan Vitesse sur le départ",
                  {"ORG [Kerlouan Vitesse] Kerlouan Vitesse"}},
        NamesCase{"body_by_its_capitalised_head_with_its_adjectives",
                  "Le concert de l'Harmonie municipale suit celui du Cercle plouvinois. La Préfecture rappelle les règles.",
                  {"ORG [Harmonie municipale] Harmonie municipale", "ORG [Cercle plouvinois] Cercle plouvinois", "ORG [Préfecture] Préfecture"}},
        // A shop by its name after its trade ("la boulangerie Lang"), a bar, a café, a tobacconist
        // too; a town ending with such a word stays a town.
        NamesCase{"bar_cafe_and_tobacconist_by_their_names",
                  "On le voit au bar Le Florentin, au café Kerbrat, au tabac Foch et chez les chaussures Quéméner.",
                  {"ORG [Le Florentin] Le Florentin", "ORG [Kerbrat] Kerbrat", "ORG [Foch] Foch", "ORG [Quéméner] Quéméner"}},
        NamesCase{"town_ending_with_a_trade_is_a_town", "Il habite Savonnières-devant-Bar depuis dix ans.",
                  {"LOC [Savonnières-devant-Bar] Savonnières-devant-Bar"}},
        NamesCase{"football_district_and_management_centre_are_bodies",
                  "Le district du Finistère soutient le tournoi ; le centre de gestion de Bretagne recrute.",
                  {"ORG [district du Finistère] district du Finistère", "ORG [centre de gestion de Bretagne] centre de gestion de Bretagne"}},
        // A military unit: its number before its acronym is part of its name; "RA" is no first name.
        NamesCase{"military_unit_keeps_its_number",
                  "Le colonel a salué le 8e RA de Commercy ; le 1er RI défilera aussi, avec les anciens de la 1ère DFL.",
                  {"ORG [8e RA] 8e RA", "ORG [1er RI] 1er RI", "ORG [1ère DFL] 1ère DFL"}},
        // A body of a département keeps its number, not a street's ("24, rue"); the CCFD is known.
        NamesCase{"department_number_or_street_number",
                  "La CGT 29, qui manifeste. Écrire à la Croix-Bleue 24, rue de Siam, ou au Comité catholique contre la faim et pour le "
                  "développement.",
                  {"ORG [CGT 29] CGT 29", "ORG [Croix-Bleue] Croix-Bleue", "LOC [Siam] Siam",
                   "ORG [Comité catholique contre la faim et pour le développement] CCFD"}},
        // A post office box's letters name no body; a known body's head opens its long form though
        // it gives its acronym no letter.
        NamesCase{"post_office_box_and_a_long_form_with_its_head",
                  "Écrire au 1, rue de Siam, BP 13202, 29200 Brest ; le Comité catholique contre la faim et pour le "
                  "développement (CCFD) répondra.",
                  {"LOC [Siam] Siam", "LOC [Brest] Brest", "ORG [Comité catholique contre la faim et pour le développement] CCFD",
                   "ORG [CCFD] CCFD"}},
        // A maiden name after a full name; "de" and a known place after a title or before a role say
        // where one is from, no person's name (nothing, for a town no list knows as a place: "de
        // Landerneau"), but a noble's title or a civility keeps its particle name.
        NamesCase{"maiden_name_and_where_one_is_from",
                  "Marie Kerhervé née Quéméner, un futur citoyen de Quimper et l'industriel de Landerneau, président du club, "
                  "ont reçu M. de Brest et le marquis de Brest.",
                  {"PER [Marie Kerhervé] Marie Kerhervé", "PER [Quéméner] Quéméner", "LOC [Quimper] Quimper", "PER [de Brest] de Brest",
                   "PER [de Brest] de Brest"}},
        // A school's class is no military unit.
        NamesCase{"school_class_is_no_military_unit", "Les élèves de 1ere STT1 ont remis un chèque à Marie Kerhervé.",
                  {"PER [Marie Kerhervé] Marie Kerhervé"}},
        // A town's team keeps its number; the town alone later in the report is that team too.
        NamesCase{"numbered_team_keeps_its_number",
                  "Tournoi de football en salle. Pour la troisième place, s'affrontaient Plouzané 1 et Guipavas 1. Après un score nul, "
                  "les tirs au but donnaient raison à Plouzané.",
                  {"ORG [Plouzané 1] Plouzané 1", "ORG [Guipavas 1] Guipavas 1", "ORG [Plouzané] Plouzané"}},
        // A team's letter is part of its name, as its number is; not an initial before a name; the
        // team's region is a place where something happens in it.
        NamesCase{"lettered_team_keeps_its_letter",
                  "Tournoi de football. Plouzané passe aux dépens de Guipavas B et de Brest A, 3-1. Faute de neige dans le "
                  "Finistère, les équipes du Finistère A et jeunes partent. Avec Morlaix B. Kerhervé, l'entraîneur.",
                  {"ORG [Plouzané] Plouzané", "ORG [Guipavas B] Guipavas B", "ORG [Brest A] Brest A", "LOC [Finistère] Finistère",
                   "ORG [Finistère A] Finistère A", "ORG [Morlaix] Morlaix", "PER [B. Kerhervé] B. Kerhervé"}},
        // Two initials joined by a hyphen ("J.-F.") open a person's name; "M.-C." is no title then.
        NamesCase{"two_initials_joined_by_a_hyphen_open_a_name",
                  "Le bureau est formé de J.-F. KERVELLA, trésorier, et de M.-C. Le Goff, secrétaire.",
                  {"PER [J.-F. KERVELLA] J.-F. KERVELLA", "PER [M.-C. Le Goff] M.-C. Le Goff"}},
        // A person's full name after a body and "de" is whose the thing is, not part of the body.
        NamesCase{"full_name_after_a_body_and_de_is_a_person",
                  "Le décès est survenu au centre hospitalier de Morlaix, de Yann Kerlann, ancien marin.",
                  {"ORG [centre hospitalier de Morlaix] centre hospitalier de Morlaix", "PER [Yann Kerlann] Yann Kerlann"}},
        // A married name after "épouse" is a person's; "épouse de Jacques" names the husband.
        NamesCase{"married_name_after_epouse",
                  "Il laisse deux filles : Annick épouse Kervella, à Brest, et Marie, épouse de Jean Kerbrat.",
                  {"PER [Annick] Annick", "PER [Kervella] Kervella", "LOC [Brest] Brest", "PER [Marie] Marie", "PER [Jean Kerbrat] Jean Kerbrat"}},
        // A boxing card: two boxers per bout, each with his club, the dash glued to the second one.
        NamesCase{"boxers_of_a_bout_with_their_clubs",
                  "Cadets : Kerjean (BC Morlaix) -Tanguy (Ring Brestois) Juniors : Quéré (BC Morlaix) -Abgrall (Ring Brestois)",
                  {"PER [Kerjean] Kerjean", "ORG [BC Morlaix] BC Morlaix", "PER [Tanguy] Tanguy", "ORG [Ring Brestois] Ring Brestois",
                   "PER [Quéré] Quéré", "ORG [BC Morlaix] BC Morlaix", "PER [Abgrall] Abgrall", "ORG [Ring Brestois] Ring Brestois"}},
        // A given name the dictionary does not know, then a well-known surname: a person.
        NamesCase{"unknown_given_name_before_a_famous_surname",
                  "Le chef de la diplomatie américaine, Colin Powell, a répondu hier.",
                  {"PER [Colin Powell] Colin Powell"}},
        // Ranked athletes written with an initial, each with the club in parentheses after the name;
        // a town after an initial is a surname ("E. Laval"); a country in capitals is a nationality.
        // The town in parentheses is where the athlete's club is: a place; a name no list of towns
        // knows is the club's own ("Carhaix": the commune is Carhaix-Plouguer).
        NamesCase{"ranked_athletes_with_initials_and_their_clubs",
                  "Saut en longueur : 1. J. Kermarrec (Quimperlé) 6,12 m ; 2. A-C. Le Bihan (Landerneau) 5,98 m ; 3. E. Laval (Carhaix) 5,40 m ; "
                  "4. R. Fletcher (USA) 5,31 m.",
                  {"PER [J. Kermarrec] J. Kermarrec", "LOC [Quimperlé] Quimperlé", "PER [A-C. Le Bihan] A-C. Le Bihan",
                   "LOC [Landerneau] Landerneau", "PER [E. Laval] E. Laval", "ORG [Carhaix] Carhaix", "PER [R. Fletcher] R. Fletcher",
                   "LOC [USA] USA"}},
        // "le président de X" names X's body, unless X is a well-known person's surname.
        NamesCase{"famous_surname_after_president_de",
                  "Le traité fut signé par le président de Gaulle et le chancelier Adenauer.",
                  {"PER [Gaulle] Gaulle", "PER [Adenauer] Adenauer"}},
        // An age in apposition, ", un Brestois de 24 ans", makes a person; a demonym after its article is none.
        NamesCase{"age_in_an_apposition_with_a_noun",
                  "Le tribunal reproche à Kerim Yildaz, un Brestois de 24 ans, d'avoir menti. Le Brestois, âgé de 24 ans, conteste.",
                  {"PER [Kerim Yildaz] Kerim Yildaz"}},
        // An agenda without full stops: a capitalised preposition or an article before a date opens the next item.
        NamesCase{"agenda_items_run_together",
                  "Lecture de contes Par Jean-Loup Kermarec. Quimper Le 12 février Fest-noz à la salle des fêtes.",
                  {"PER [Jean-Loup Kermarec] Jean-Loup Kermarec", "LOC [Quimper] Quimper"}},
        // A body's head after "de la" opens a name of its own; an event's name keeps its "de la Ligue".
        NamesCase{"head_after_de_la_opens_another_name",
                  "Le préfet a visité le site Seveso de la Coopérative Agricole Lorraine avant le match de Coupe de la Ligue.",
                  {"ORG [Coopérative Agricole Lorraine] Coopérative Agricole Lorraine"}},
        // A club and the towns it stands for, joined by a hyphen.
        NamesCase{"club_and_its_hyphenated_towns",
                  "Le SLUC Nancy-Laxou a battu l'ASPTT Thionville-Yutz.",
                  {"ORG [SLUC Nancy-Laxou] SLUC Nancy-Laxou", "ORG [ASPTT Thionville-Yutz] ASPTT Thionville-Yutz"}},
        // A body's complement may count what it groups; a cause after the head is part of the name,
        // not what a body pays for after its complement.
        NamesCase{"complements_with_a_count_or_a_cause",
                  "La Communauté de communes des 3 cantons soutient l'Association pour la promotion de Maîche. "
                  "Une aide est accordée à l'Association des anciens combattants pour les frais de la cérémonie.",
                  {"ORG [Communauté de communes des 3 cantons] Communauté de communes des 3 cantons",
                   "ORG [Association pour la promotion de Maîche] Association pour la promotion de Maîche",
                   "ORG [Association des anciens combattants] Association des anciens combattants"}},
        // A capitalised elided article opens a surname after a first name.
        NamesCase{"elided_article_opens_a_surname",
                  "Les correspondants : Emmanuel L'Huillier et Jean D'Ormesson.",
                  {"PER [Emmanuel L'Huillier] Emmanuel L'Huillier", "PER [Jean D'Ormesson] Jean D'Ormesson"}},
        // "Amis" opens an association's name; a head noun names nothing past its sentence's end.
        NamesCase{"amis_open_an_association", "Les Amis de la Maison du peuple organisent une conférence.",
                  {"ORG [Amis de la Maison du peuple] Amis de la Maison du peuple"}},
        NamesCase{"a_head_noun_stays_in_its_sentence", "Il a été fêté par ses amis footballeurs\n\nGuénolé très entouré par les dirigeants.",
                  {"PER [Guénolé] Guénolé"}},
        // A club's section keeps its sport; a rubric after a headline in capitals is no section.
        NamesCase{"a_club_section_keeps_its_sport", "Le COB tennis reçoit la Ligue lorraine handisport et Kervel VTT.",
                  {"ORG [COB tennis] COB tennis", "ORG [Ligue lorraine handisport] Ligue lorraine handisport",
                   "ORG [Kervel VTT] Kervel VTT"}},
        NamesCase{"a_rubric_after_a_headline_is_no_section",
                  "PIERCE BATTUE A AUCKLAND Tennis. Mary Pierce a été éliminée au deuxième tour.",
                  {"PER [PIERCE] Mary Pierce", "LOC [AUCKLAND] AUCKLAND", "PER [Mary Pierce] Mary Pierce"}},
        // Heads: with an adjective before an acronym, trades before a name; a street's head is no adjective.
        NamesCase{"heads_of_firms_before_their_name",
                  "L'avion de la compagnie péruvienne TANS s'est posé. Le voyage est organisé avec l'autocariste "
                  "Kerhervé. Inscriptions chez Cycles Morvan avenue Foch.",
                  {"ORG [TANS] TANS", "ORG [Kerhervé] Kerhervé", "ORG [Cycles Morvan] Cycles Morvan", "LOC [Foch] Foch"}},
        // In a match report told in the simple past, players named by their surname alone.
        NamesCase{"players_in_a_match_told_in_the_simple_past",
                  "Le match fut rude. Malgré tout, Quéffelec trouva la solution et le penalty manqué par Kerlann ne "
                  "changea rien. Le score final : 2-1.",
                  {"PER [Quéffelec] Quéffelec", "PER [Kerlann] Kerlann"}},
        // A quoted name after a body's head is no place the gazetteer knows; a known acronym after a
        // place's head runs the place.
        NamesCase{"a_quoted_name_before_the_gazetteer", "Le syndicat adhère à l'association « Vosges itinérances ».",
                  {"ORG [Vosges itinérances] Vosges itinérances"}},
        NamesCase{"an_acronym_after_a_place_head", "Le bureau ouvre dans l'ancienne gare SNCF.", {"ORG [SNCF] SNCF"}},
        // A town ranked in a list of teams is no scorer; a role after a copula makes a person.
        NamesCase{"a_ranked_town_is_no_scorer", "Participaient aussi les équipes de Baume-les-Dames (5e). Le score : 3-2.",
                  {"ORG [Baume-les-Dames] Baume-les-Dames"}},
        NamesCase{"one_word_ranked_in_a_match_report_is_a_team",
                  "Classement final : 1. Reims ; 2. Kervignac ; 3. Locarnau. Le score de la finale : 2-1.",
                  {"ORG [Reims] Reims", "ORG [Kervignac] Kervignac", "ORG [Locarnau] Locarnau"}},
        NamesCase{"a_ranked_athlete_with_his_club_stays_a_person",
                  "Classement : 1. Dorfmeister (ASPTT Nancy) ; 2. Kervignac (US Lorient). Le score : 2-1.",
                  {"PER [Dorfmeister] Dorfmeister", "ORG [ASPTT Nancy] ASPTT Nancy", "PER [Kervignac] Kervignac",
                   "ORG [US Lorient] US Lorient"}},
        NamesCase{"a_role_after_a_copula", "De Chaucenne, Alexandrine Grillet est vice-présidente.",
                  {"PER [Alexandrine Grillet] Alexandrine Grillet"}},
        NamesCase{"a_fixture_between_teams_with_their_places_in_the_standings",
                  "La prochaine journée : Rueil (3e) - Vandœuvre (12e), Nantes (15e) - Kervignac (4e).",
                  {"ORG [Rueil] Rueil", "ORG [Vandœuvre] Vandœuvre", "ORG [Nantes] Nantes", "ORG [Kervignac] Kervignac"}},
        NamesCase{"a_body_of_a_departement_keeps_its_number_at_a_sentence_end",
                  "Le spectacle est monté avec la troupe de la FOL 70.", {"ORG [FOL 70] FOL 70"}},
        NamesCase{"teams_ranked_by_ordinals_and_commas", "Classement du cross : 1er, Saint-Max ; 2ème, Pont-à-Mousson ; 3e, Dombasle-sur-Meurthe.",
                  {"ORG [Saint-Max] Saint-Max", "ORG [Pont-à-Mousson] Pont-à-Mousson", "ORG [Dombasle-sur-Meurthe] Dombasle-sur-Meurthe"}},
        NamesCase{"an_ordinal_and_a_comma_inside_a_sentence_rank_nothing", "Il a terminé 3e, Bussang a suivi.", {}},
        NamesCase{"a_ranked_team_keeps_its_points_apart", "Classement : 23. Rehon 43 ; 24. Marienau 49. Le score : 2-1.",
                  {"ORG [Rehon] Rehon", "ORG [Marienau] Marienau"}},
        NamesCase{"a_century_in_roman_numerals_is_no_name",
                  "Au XVIIe, le roi affirme son pouvoir. Le premier président de la IIIe République arrive.", {}},
        NamesCase{"goals_minutes_are_no_places_in_the_standings", "Score final : 2-1. Buts : Pagis (29e et 31e), Kervella (3e).",
                  {"PER [Pagis] Pagis", "PER [Kervella] Kervella"}},
        // A first name no dictionary knows (rules/tables/prenoms.tsv), then its surname: a person;
        // not before a town's name, which makes a shop's.
        NamesCase{"a_first_name_no_dictionary_knows_then_a_surname", "Hier soir, Erminio Vezzoli a présenté le chantier.",
                  {"PER [Erminio Vezzoli] Erminio Vezzoli"}},
        NamesCase{"a_first_name_no_dictionary_knows_then_a_particle", "Hier soir, Guylène Le Gal a ouvert la séance.",
                  {"PER [Guylène Le Gal] Guylène Le Gal"}},
        NamesCase{"a_known_body_then_a_person_named_by_a_first_name_no_dictionary_knows",
                  "Le secrétaire général de l'ONU Kofi Annan assistera au sommet.",
                  {"ORG [ONU] ONU", "PER [Kofi Annan] Kofi Annan"}},
        NamesCase{"a_towns_name_that_is_a_first_name_then_a_surname", "Hier, Milan Kubis a marqué le premier but.",
                  {"PER [Milan Kubis] Milan Kubis"}},
        // After "MM.", a list of people goes on past ";" and past where each lives.
        NamesCase{"people_listed_after_mm_with_their_towns",
                  "Étaient présents MM. et Mmes Besse ; Gagelin et Lambert, de Clerval ; Enard, de Roche-lès-Clerval.",
                  {"PER [Besse] Besse", "PER [Gagelin] Gagelin", "PER [Lambert] Lambert", "LOC [Clerval] Clerval", "PER [Enard] Enard",
                   "LOC [Roche-lès-Clerval] Roche-lès-Clerval"}},
        NamesCase{"people_listed_after_mm_each_with_a_town", "Médaille d'or : MM. Rémi Cassard, Goumois ; Eli Cuenin, Vennes ; André Goux, Sochaux.",
                  {"PER [Rémi Cassard] Rémi Cassard", "LOC [Goumois] Goumois", "PER [Eli Cuenin] Eli Cuenin", "LOC [Vennes] Vennes",
                   "PER [André Goux] André Goux", "LOC [Sochaux] Sochaux"}},
        NamesCase{"a_clubs_letters_then_its_towns_people", "L'AS héricourtoise a gagné.", {"ORG [AS héricourtoise] AS héricourtoise"}},
        NamesCase{"a_clubs_letters_then_its_towns_people_inside_a_sentence", "Au total, l'US montbéliardaise a réuni cent équipes.",
                  {"ORG [US montbéliardaise] US montbéliardaise"}},
        // Commercial galleries are organisations; "spécialiste" heads none ("des spécialistes comme…" are people).
        NamesCase{"a_gallery_named_after_its_head", "Il expose à la galerie Ovadia jusqu'au 20 mai.", {"ORG [Ovadia] Ovadia"}},
        NamesCase{"specialists_such_as_people", "On guettera d'authentiques spécialistes comme Morel, Pagnier et Derepas.",
                  {"PER [Morel] Morel", "PER [Pagnier] Pagnier", "PER [Derepas] Derepas"}},
        NamesCase{"a_radio_station_written_with_a_hyphen", "Elle sera sur France-Culture lundi.", {"ORG [France-Culture] France Culture"}},
        NamesCase{"a_first_name_no_dictionary_knows_after_a_bodys_head", "Elle rejoint la fondation genevoise Helvetia Klima.",
                  {"ORG [Helvetia Klima] Helvetia Klima"}},
        NamesCase{"a_first_name_before_a_town_names_a_shop", "Les courses se font chez Cora Verdun le samedi.",
                  {"ORG [Cora Verdun] Cora Verdun"}},
        // Where a person works or comes from, right before the full name, is no part of it.
        NamesCase{"a_town_before_a_persons_full_name", "Le maire de Valay Joseph Magaud a présenté ses vœux.",
                  {"LOC [Valay] Valay", "PER [Joseph Magaud] Joseph Magaud"}},
        NamesCase{"a_demonym_in_in_before_a_first_name", "Le Bisontin Michel Vautrot arbitrera la finale.",
                  {"PER [Michel Vautrot] Michel Vautrot"}},
        NamesCase{"a_head_of_three_words_before_a_bodys_name", "Elle vit à la maison de retraite Lataye depuis mai.",
                  {"ORG [Lataye] Lataye"}},
        NamesCase{"a_capitalised_title_of_two_words_names_no_one", "Au cours de ces 25 ans de Premier Magistrat, il a tout vu.", {}},
        NamesCase{"a_medical_specialtys_letters_name_no_body", "Un pépin d'origine musculaire, ORL ou gastrique, doit alerter.", {}},
        NamesCase{"a_club_named_by_its_sport_and_its_town",
                  "Le club de karaté de Neufchâteau gagne, le club de judo dellois aussi ; le club de gymnastique attend.",
                  {"ORG [club de karaté de Neufchâteau] club de karaté de Neufchâteau", "ORG [club de judo dellois] club de judo dellois"}},
        NamesCase{"an_acronym_that_is_a_word_after_a_leaders_cue", "Il fut le président d'IDEAL jusqu'en 1995.", {"ORG [IDEAL] IDEAL"}},
        NamesCase{"a_surname_after_a_presidency_is_a_person", "La séance s'ouvre sous la présidence de Durand.", {"PER [Durand] Durand"}},
        NamesCase{"a_lowercase_institution_of_a_town",
                  "Le conseil d'administration du centre communal d'action sociale de Villers se réunit.",
                  {"ORG [centre communal d'action sociale de Villers] centre communal d'action sociale de Villers"}},
        NamesCase{"the_opponents_town_after_their_counterparts", "Score 2-1 entre les benjamins du FC Sochaux et leurs homologues de Fesches.",
                  {"ORG [FC Sochaux] FC Sochaux", "ORG [Fesches] Fesches"}},
        NamesCase{"a_surname_two_people_share_calls_neither", "Jean Fontaine et Paul Fontaine sont venus. Fontaine ne le regrette pas.",
                  {"PER [Jean Fontaine] Jean Fontaine", "PER [Paul Fontaine] Paul Fontaine"}},
        NamesCase{"a_qualifier_in_apposition_is_no_role", "Le Lachor, excellent hier, a gagné.", {}},
        NamesCase{"a_surname_that_is_a_word_opening_a_sentence_after_the_full_name",
                  "Le maire Jean Fontaine a parlé. Fontaine ne le regrette pas.",
                  {"PER [Jean Fontaine] Jean Fontaine", "PER [Fontaine] Jean Fontaine"}},
        NamesCase{"a_briefs_sport_after_its_heading_in_capitals",
                  "Le match est fini.\nKOUBEK GAGNE A DOHA Tennis. L'Autrichien Stefan Koubek a remporté le tournoi.",
                  {"PER [KOUBEK] Stefan Koubek", "LOC [DOHA] DOHA", "PER [Stefan Koubek] Stefan Koubek"}},
        NamesCase{"a_name_no_dictionary_knows_with_its_article_after_a_leader", "Le directeur de la Sermed s'est aussitôt transporté sur les lieux.",
                  {"ORG [Sermed] Sermed"}},
        NamesCase{"a_capitalised_elided_article_opens_a_name_after_a_head_and_its_adjective",
                  "l'association paroissiale L'Avenir a participé pour 1.600 euros.", {"ORG [L'Avenir] L'Avenir"}},
        NamesCase{"a_head_of_three_words_with_an_elided_article", "Il intervient pour l'agence de l'eau Rhin-Meuse.", {"ORG [Rhin-Meuse] Rhin-Meuse"}},
        NamesCase{"a_word_that_qualifies_a_person_before_the_name", "Le ballon trompe l'infortuné Gigelmann.", {"PER [Gigelmann] Gigelmann"}},
        NamesCase{"a_lowercase_orchestra_of_a_town", "Le concert de l'orchestre philharmonique de Strasbourg est annoncé.",
                  {"ORG [orchestre philharmonique de Strasbourg] orchestre philharmonique de Strasbourg"}},
        NamesCase{"a_lowercase_state_service", "Un marché est passé avec la direction départementale de l'agriculture et de la forêt.",
                  {"ORG [direction départementale de l'agriculture et de la forêt] direction départementale de l'agriculture et de la forêt"}},
        NamesCase{"towns_listed_after_clubs_such_as_are_the_teams", "De grands clubs comme Marseille, Monaco et Bordeaux ont des soucis.",
                  {"ORG [Marseille] Marseille", "ORG [Monaco] Monaco", "ORG [Bordeaux] Bordeaux"}},
        NamesCase{"towns_listed_after_formations_such_as", "Il rejoint des formations comme Nancy et Metz.",
                  {"ORG [Nancy] Nancy", "ORG [Metz] Metz"}},
        NamesCase{"a_shooting_club_and_its_town", "Il est vice-président du club de tir de Liverdun.",
                  {"ORG [club de tir de Liverdun] club de tir de Liverdun"}},
        NamesCase{"players_such_as_are_people", "Des joueurs comme Zidane arrivent.", {"PER [Zidane] Zidane"}},
        NamesCase{"a_publisher_named_alone", "Son livre paraît chez Gallimard.", {"ORG [Gallimard] Gallimard"}},
        NamesCase{"a_shop_then_its_owner_whose_first_name_opens_a_known_name", "Les cartes sont en vente au Tabac Journaux Robert Voltz.",
                  {"ORG [Tabac Journaux] Tabac Journaux", "PER [Robert Voltz] Robert Voltz"}},
        NamesCase{"a_clubs_letters_after_a_family_open_no_surname", "Il rejoint la grande famille du FC Sochaux ce lundi.", {"ORG [FC Sochaux] FC Sochaux"}},
        NamesCase{"a_nationality_the_endings_miss_before_a_name", "Elle a battu l'Allemande Roesch puis la Russe Bovina.",
                  {"PER [Roesch] Roesch", "PER [Bovina] Bovina"}},
        NamesCase{"a_lowercase_community_of_towns", "Il siège à la communauté des communes de l'agglomération de Vesoul.",
                  {"ORG [communauté des communes de l'agglomération de Vesoul] communauté des communes de l'agglomération de Vesoul"}},
        NamesCase{"clubs_letters_in_a_ranking_make_its_towns_and_surnames_teams", "Poussins : 1. FC Vesoul ; 2. Rioz ; 3. US Lure ; 4. Bart.",
                  {"ORG [FC Vesoul] FC Vesoul", "ORG [Rioz] Rioz", "ORG [US Lure] US Lure", "ORG [Bart] Bart"}},
        NamesCase{"a_club_ranked_with_its_town_in_parentheses", "Tournoi : 1. Milan AC (Grand-Charmont) ; 2. AS Nanah (Bethoncourt).",
                  {"ORG [Milan AC] AC Milan", "ORG [AS Nanah] AS Nanah"}},
        NamesCase{"a_clubs_letters_its_name_and_its_number", "Classement : 10. Risoux 3 ; 11. US Turchet 1.",
                  {"ORG [Risoux 3] Risoux 3", "ORG [US Turchet 1] US Turchet 1"}},
        NamesCase{"a_company_by_its_staff", "Manuval, confection, 77 salariés, a déposé son bilan.", {"ORG [Manuval] Manuval"}},
        NamesCase{"a_towns_staff_is_a_factorys", "La tréfilerie, à Xertigny, 89 salariés, a déposé son bilan.", {"LOC [Xertigny] Xertigny"}},
        NamesCase{"another_company_in_apposition", "Il y a eu d'autres dépôts de bilan, comme Boussac-Nomexy, autre entreprise historique.",
                  {"ORG [Boussac-Nomexy] Boussac-Nomexy"}},
        NamesCase{"a_subsidiary_in_apposition", "Cette fonction est confiée à Gefco, filiale de PSA.", {"ORG [Gefco] Gefco", "ORG [PSA] PSA"}},
        NamesCase{"a_ministers_portfolio_is_no_employer", "Il cite le secrétaire américain à la Défense.", {}},
        NamesCase{"a_known_companys_branch_named_by_a_noun", "Les ventes de Peugeot Motocycles baissent, dit Havas Voyages.",
                  {"ORG [Peugeot Motocycles] Peugeot Motocycles", "ORG [Havas Voyages] Havas Voyages"}},
        NamesCase{"a_heading_run_into_a_known_bodys_name", "Logement de La Poste Etude de faisabilité : une étude est confiée.",
                  {"ORG [La Poste] La Poste"}},
        NamesCase{"an_imperative_and_its_pronoun_names_no_one", "Rassurez-vous, le directeur technique est là.", {}},
        NamesCase{"a_clubs_name_in_quotes_opening_an_item_keeps_its_article", "Club « Les joyeux vagabonds », salle communale dès 14 h.",
                  {"ORG [Les joyeux vagabonds] Les joyeux vagabonds"}},
        NamesCase{"who_organises_in_quotes", "Le tournoi est organisé par « Le Pion tissalien », au théâtre.",
                  {"ORG [Le Pion tissalien] Le Pion tissalien"}},
        NamesCase{"a_lowercase_name_in_quotes_after_a_legal_form", "On reproche au gérant de la SARL « boulangerie comtoise » ses retards.",
                  {"ORG [boulangerie comtoise] boulangerie comtoise"}},
        NamesCase{"a_word_in_quotes_after_a_possessive_names_no_body", "Il fait part de sa « surprise » aux élus.", {}},
        NamesCase{"a_capitalised_word_after_a_leader_and_an_elided_article", "La présidente de l'Eperon annonce la nouvelle.",
                  {"ORG [Eperon] Eperon"}},
        NamesCase{"a_society_opening_an_item_of_the_weeks_meetings",
                  "Messe à 10 h. Harmonie municipale : répétition à 20 h. Office de tourisme : ouvert de 9 h à 12 h.",
                  {"ORG [Harmonie municipale] Harmonie municipale"}},
        NamesCase{"a_lowercase_long_form_headed_like_the_acronym_up_to_a_comma",
                  "La SAFC (société anonyme d'HLM de Franche-Comté, basée à Montbéliard) construira.",
                  {"ORG [SAFC] SAFC", "ORG [société anonyme d'HLM de Franche-Comté] SAFC", "LOC [Montbéliard] Montbéliard"}},
        NamesCase{"an_unknown_name_before_its_lowercase_long_form", "Le Syngof (syndicat national des gynécologues) n'a rien décidé.",
                  {"ORG [Syngof] Syngof", "ORG [syndicat national des gynécologues] Syngof"}},
        NamesCase{"a_battle_and_an_affair_are_events", "On commémore la Bataille de Nancy et l'Affaire Dominici.", {}},
        NamesCase{"a_side_named_by_its_people_and_town_or_its_own_name",
                  "Ils ont battu les Suisses de Berne puis perdu face aux Turcs de Denizlispor.", {"ORG [Denizlispor] Denizlispor"}},
        NamesCase{"doctors_listed_after_their_plural_title", "Vétérinaires : docteurs Skora et Piros, rue du Château.",
                  {"PER [Skora] Skora", "PER [Piros] Piros", "LOC [Château] Château"}},
        NamesCase{"a_body_called_by_its_first_word_after_au", "Elle entra au Tissage Laedrich en 1931, puis resta au Tissage.",
                  {"ORG [Tissage Laedrich] Tissage Laedrich", "ORG [Tissage] Tissage Laedrich"}},
        NamesCase{"a_verb_after_its_reflexive_pronoun_in_a_headline", "NYS S'IMPOSE A LIÉVIN. Le Belge Sven Nys a gagné.",
                  {"PER [NYS] Sven Nys", "LOC [LIÉVIN] LIÉVIN", "PER [Sven Nys] Sven Nys"}},
        NamesCase{"a_street_number_with_bis_is_no_departement", "Il repose à la chambre funéraire Colinmaire 40 bis, rue Foch.",
                  {"ORG [chambre funéraire Colinmaire] chambre funéraire Colinmaire", "LOC [Foch] Foch"}},
        NamesCase{"a_surname_in_a_headline_in_capitals_before_its_rubric", "41 POINTS POUR JORDAN Basket. Michael Jordan a brillé.",
                  {"PER [JORDAN] Michael Jordan", "PER [Michael Jordan] Michael Jordan"}},
        NamesCase{"a_title_in_words_after_a_civility_and_a_lowercase_article",
                  "Mme le Principal a confisqué la trottinette de M. Le Blanc.", {"PER [Le Blanc] Le Blanc"}},
        NamesCase{"a_make_and_a_ranked_judoka_who_bears_its_name", "Moins de 70 kg : 1. Renault (Custines). Il roule en Honda.",
                  {"PER [Renault] Renault", "LOC [Custines] Custines", "ORG [Honda] Honda"}},
        NamesCase{"a_first_name_after_a_capitalised_article_is_a_places", "En 2001, elle quitte La Madeleine, où Marie vivait.",
                  {"PER [Marie] Marie"}},
        NamesCase{"the_club_a_coach_trained", "Score : 2-1. Il entraînait alors Louhans-Cuiseaux.",
                  {"ORG [Louhans-Cuiseaux] Louhans-Cuiseaux"}}),
    [](const testing::TestParamInfo<NamesCase>& info) { return info.param.name; });

// ---------------------------------------------------------------------------------------------
// Entities: one per canonical name, its other surfaces as aliases, its mentions listed.

std::vector<graph::Entity> entities_of_type(const Document& doc, const std::string& type) {
  std::vector<graph::Entity> out;
  for (const graph::Entity& e : doc.graph.entities)
    if (e.type == type) out.push_back(e);
  return out;
}

std::vector<std::string> surfaces_of(const std::string& text, const Document& doc, const graph::Entity& e) {
  std::vector<std::string> out;
  for (int i : e.mentions) {
    const graph::Mention& m = doc.graph.mentions.at(i);
    out.push_back(text.substr(m.begin, m.end - m.begin));
  }
  return out;
}

TEST(NameEntities, ASurnameJoinsThePersonNamedInFull) {
  const std::string text = "La présidente Marie Durand a ouvert la séance. Mme Durand a ensuite répondu aux questions.";
  io::Article article{"t", "2024-05-22", "", text};
  Document doc = analyze(article);
  std::vector<graph::Entity> people = entities_of_type(doc, "PER");
  ASSERT_EQ(people.size(), 1u);
  EXPECT_EQ(people[0].name, "Marie Durand");
  EXPECT_EQ(people[0].aliases, std::vector<std::string>{"Durand"});
  EXPECT_EQ(surfaces_of(text, doc, people[0]), (std::vector<std::string>{"Marie Durand", "Durand"}));
}

TEST(NameEntities, LongFormAndAcronymAreOneOrganisation) {
  const std::string text = "Le Centre national de la recherche scientifique (CNRS) ouvre un nouveau laboratoire.";
  io::Article article{"t", "2024-05-22", "", text};
  Document doc = analyze(article);
  std::vector<graph::Entity> organisations = entities_of_type(doc, "ORG");
  ASSERT_EQ(organisations.size(), 1u);
  EXPECT_EQ(organisations[0].name, "CNRS");
  EXPECT_EQ(organisations[0].aliases, std::vector<std::string>{"Centre national de la recherche scientifique"});
  EXPECT_EQ(surfaces_of(text, doc, organisations[0]),
            (std::vector<std::string>{"Centre national de la recherche scientifique", "CNRS"}));
}

TEST(NameEntities, EveryMentionPointsToItsEntity) {
  const std::string text =
      "La start-up Kolibri recrute. Sophie Lemaire, directrice générale de Kolibri, explique que Kolibri "
      "s'installera à Toulouse.";
  io::Article article{"t", "2024-05-22", "", text};
  Document doc = analyze(article);
  ASSERT_FALSE(doc.graph.entities.empty());
  for (size_t i = 0; i < doc.graph.mentions.size(); ++i) {
    const graph::Mention& m = doc.graph.mentions[i];
    if (!is_name_type(m.type)) continue;
    ASSERT_GE(m.entity, 0) << m.type << " [" << text.substr(m.begin, m.end - m.begin) << "] has no entity";
    const graph::Entity& e = doc.graph.entities.at(m.entity);
    EXPECT_EQ(e.type, m.type);
    EXPECT_EQ(e.name, name_of(m));
    EXPECT_NE(std::find(e.mentions.begin(), e.mentions.end(), static_cast<int>(i)), e.mentions.end());
  }
  std::vector<graph::Entity> organisations = entities_of_type(doc, "ORG");
  ASSERT_EQ(organisations.size(), 1u);
  EXPECT_EQ(organisations[0].name, "Kolibri");
  EXPECT_EQ(organisations[0].mentions.size(), 3u);
  EXPECT_TRUE(organisations[0].aliases.empty());
}

}  // namespace
}  // namespace glaneur::extract
