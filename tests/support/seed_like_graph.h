// A small fact graph built by hand, as the pipeline would make it for a sentence like the seed's:
// the tests of the graph's outputs (DOT, GraphML, SVG, show's text) read it in full.
#pragma once

#include <cstdint>
#include <string>

#include "graph/fact_graph.h"
#include "io/article.h"

namespace glaneur::testing_support {

// "Le plan IA est doté de 50 millions d’euros. Jalil Benabdillah, vice-président de la Région
// Occitanie, l’a présenté." with its mentions, three entities and two relations, as the pipeline
// would make them.
struct SeedLikeGraph {
  io::Article article{"seed-like", "2024-05-22", "",
                      "Le plan IA est doté de 50 millions d’euros. Jalil Benabdillah, vice-président de la "
                      "Région Occitanie, l’a présenté."};
  graph::FactGraph graph;

  uint32_t at(const std::string& piece) const { return static_cast<uint32_t>(article.text.find(piece)); }
  uint32_t after(const std::string& piece) const { return at(piece) + static_cast<uint32_t>(piece.size()); }

  SeedLikeGraph() {
    graph.mentions = {
        {"TOPIC", at("plan IA"), after("plan IA"), {{"name", std::string("plan IA")}}, "topic.head", 0},
        {"MONEY", at("50 millions"), after("d’euros"),
         {{"amount", int64_t{50000000}}, {"currency", std::string("EUR")}}, "money.amount", -1},
        {"PER", at("Jalil"), after("Benabdillah"), {{"name", std::string("Jalil Benabdillah")}}, "names.person", 1},
        {"ORG", at("Région"), after("Occitanie"), {{"name", std::string("Région Occitanie")}}, "names.head", 2},
    };
    graph.entities = {{"TOPIC", "plan IA", {}, {0}},
                      {"PER", "Jalil Benabdillah", {}, {2}},
                      {"ORG", "Région Occitanie", {}, {3}}};
    using Ref = glaneur::graph::Ref;
    graph.relations = {
        {"AMOUNT", {Ref::kEntity, 0}, {Ref::kMention, 1}, {{"trigger", std::string("doté de")}}, 0, after("euros."),
         "relation.amount.dote"},
        {"ROLE", {Ref::kEntity, 1}, {Ref::kEntity, 2}, {{"role", std::string("vice-président")}}, at("Jalil"),
         after("présenté."), "names.role.apposition"},
    };
  }
};

}  // namespace glaneur::testing_support
