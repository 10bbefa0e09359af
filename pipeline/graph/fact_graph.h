// The fact graph of one article: mentions (typed spans with normalised values), the entities they
// refer to, and the relations between them. Stages fill it; io/json_writer.h writes it in the shape
// of the mention contract (../shared/contract.md). Offsets here are original-text bytes; the writer
// turns them into code points.
#pragma once

#include <cstdint>
#include <functional>
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

// What a relation points at: an entity ("e3"), or a mention ("m7": a value, or a name that no
// entity groups). Indexes, so that mentions can still be reordered; the writer makes the ids.
struct Ref {
  enum Kind { kEntity, kMention } kind;
  int index;
  bool operator==(const Ref&) const = default;
};

struct Relation {
  std::string type;                  // ROLE, ALIAS, PART_OF, AMOUNT, SHARE, COUNT, DATE, PARTNER, ANNOUNCE
  Ref subject;
  Ref object;
  Value attributes;                  // role, trigger, of, via…
  uint32_t evidence_begin;           // original bytes
  uint32_t evidence_end;
  std::string rule;
};

struct FactGraph {
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  std::vector<Relation> relations;
};

// Adds mentions and keeps `mentions` sorted by start (then end), renumbering what points at them:
// entities' mention lists and relations' mention refs. Returns the new index of each added one.
std::vector<int> insert_mentions(FactGraph& graph, std::vector<Mention> added);

// Removes the mentions `drop` says yes to, renumbering the same way. No relation may point at one.
void remove_mentions(FactGraph& graph, const std::function<bool(const Mention&)>& drop);

}  // namespace glaneur::graph
