// JSON output: one line per article, in the shape of the mention contract (../shared/contract.md).
// This is the only place where byte offsets become code points.
//
// A graph line (keys in this order; offsets are Unicode code points into `text`, half-open, so
// that Python's text[start:end] == mention["text"]):
//   {"id":"a1","date":"2024-05-22","schema":"glaneur/1",
//    "mentions":[{"id":"m1","type":"MONEY","start":87,"end":106,"text":"50 millions d’euros",
//                 "value":{"amount":50000000,"currency":"EUR","approx":true},"rule":"money.scaled"}],
//    "entities":[{"id":"e1","type":"ORG","name":"CNRS","aliases":[],"mentions":["m4","m9"]}],
//    "relations":[{"id":"r1","type":"AMOUNT","subject":"e2","object":"m1","attributes":{},
//                  "evidence":{"start":0,"end":120},"rule":"relation.amount.dote"}]}
// An error line: {"id":"a2","error":"corpus/x.jsonl:3: I003 malformed JSON at byte 57: ..."}
#pragma once

#include <string>

#include "graph/fact_graph.h"
#include "io/article.h"
#include "status.h"

namespace glaneur::io {

// The version of the output's shape, written in every graph line: "schema":"glaneur/1".
inline constexpr const char* kSchema = "glaneur/1";

std::string graph_line(const Article& article, const graph::FactGraph& graph);
// A value as compact JSON, keys in order: {"amount":50000000,"currency":"EUR"}.
std::string value_json(const graph::Value& value);
std::string error_line(const std::string& id, const Error& error);

}  // namespace glaneur::io
