// Test helper: a mention value (graph::Value) as compact JSON, so that test tables can state the
// expected value the way rule examples do: {"amount": 3700000000, "currency": "EUR"}.
// Integers print as integers and doubles always show a fraction or an exponent ("3700000000.0"),
// so a value that should be an integer but came out as a double is a visible difference.
#pragma once

#include <charconv>
#include <string>
#include <variant>

#include "graph/fact_graph.h"

namespace glaneur::testing_support {

inline std::string scalar_text(const graph::Scalar& s) {
  if (const bool* b = std::get_if<bool>(&s)) return *b ? "true" : "false";
  if (const int64_t* i = std::get_if<int64_t>(&s)) return std::to_string(*i);
  if (const double* d = std::get_if<double>(&s)) {
    char buffer[64];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, *d);  // shortest round-trip form
    std::string out(buffer, end);
    if (out.find_first_of(".en") == std::string::npos) out += ".0";
    return out;
  }
  return "\"" + std::get<std::string>(s) + "\"";
}

inline std::string value_text(const graph::Value& value) {
  std::string out = "{";
  for (const auto& [key, scalar] : value) {
    if (out.size() > 1) out += ", ";
    out += "\"" + key + "\": " + scalar_text(scalar);
  }
  return out + "}";
}

}  // namespace glaneur::testing_support
