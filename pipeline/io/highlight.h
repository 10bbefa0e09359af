// Highlighting mentions in their text: the text cut at mention bounds into a sequence of text pieces
// and open/close marks, well nested, which `glaneur show` prints with colours or brackets and the
// HTML report writes as <mark> elements. A mention inside another (the ORG "Institut national"
// inside "Institut national de la santé…") nests in it; a mention that crosses another's bound
// cannot be marked up and is left out (the fact tables still list it).
//
//   for (const Piece& p : highlight(text, graph.mentions)) switch (p.kind) {
//     case Piece::kText:  out += escape(text.substr(p.begin, p.end - p.begin)); break;
//     case Piece::kOpen:  out += "<mark>"; break;   // graph.mentions[p.mention]
//     case Piece::kClose: out += "</mark>"; break;
//   }
#pragma once

#include <string_view>
#include <vector>

#include "graph/fact_graph.h"

namespace glaneur::io {

struct Piece {
  enum Kind { kText, kOpen, kClose } kind;
  size_t begin = 0;  // kText: the bytes of the text it covers
  size_t end = 0;
  int mention = -1;  // kOpen, kClose: index into the mentions
};

// Mentions are taken in text order (longer first at the same start), whatever their order in the
// vector. `left_out`, when given, receives the indexes of the mentions that crossed another.
std::vector<Piece> highlight(std::string_view text, const std::vector<graph::Mention>& mentions,
                             std::vector<int>* left_out = nullptr);

}  // namespace glaneur::io
