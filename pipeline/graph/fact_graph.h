// The fact graph of one article: mentions (typed spans with normalised values), the entities they
// refer to, and the relations between them. Stages fill it; io/json_writer.h writes it in the shape
// of the mention contract (../shared/contract.md). Offsets here are original-text bytes; the writer
// turns them into code points.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace glaneur::graph {

// A normalised value: the contract's keys in the order they are written, e.g.
// {("amount", 50000000), ("currency", "EUR"), ("approx", true)}.
using Scalar = std::variant<bool, int64_t, double, std::string>;
using Value = std::vector<std::pair<std::string, Scalar>>;

struct Mention {
  std::string type;   // MONEY, PERCENT, DATE, QUANTITY, ORG, PER, LOC
  uint32_t begin;     // original bytes, half-open
  uint32_t end;
  Value value;
  std::string rule;   // id of the rule that produced it
  int entity = -1;    // index into FactGraph::entities, or -1
};

struct Entity {
  std::string type;
  std::string name;                  // canonical
  std::vector<std::string> aliases;
  std::vector<int> mentions;         // indexes into FactGraph::mentions
};

struct Relation {
  std::string type;                  // ROLE, ALIAS, PART_OF, AMOUNT, SHARE, COUNT, DATE, ...
  std::string subject;               // entity or mention id as written in the output ("e1", "m4"):
                                     // set once the graph's mentions are in their final order
  std::string object;
  Value attributes;
  uint32_t evidence_begin;           // original bytes
  uint32_t evidence_end;
  std::string rule;
};

struct FactGraph {
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  std::vector<Relation> relations;
};

}  // namespace glaneur::graph
