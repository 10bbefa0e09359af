// Tested by tests/eval/mention_scores_test.cc (value accuracy cases)
#include "eval/value_match.h"

#include <cmath>

namespace glaneur::eval {
namespace {

// Python's ints: JSON integers and booleans (True is 1).
bool as_integer(const Json& v, __int128& out) {
  if (v.is_boolean()) out = v.get<bool>() ? 1 : 0;
  else if (v.is_number_unsigned()) out = v.get<uint64_t>();
  else if (v.is_number_integer()) out = v.get<int64_t>();
  else return false;
  return true;
}

bool numeric(const Json& v) { return v.is_number() || v.is_boolean(); }

double as_double(const Json& v) { return v.is_boolean() ? (v.get<bool>() ? 1.0 : 0.0) : v.get<double>(); }

// A Python int and float compare exactly, not after rounding the int to a double.
bool integer_equals_float(__int128 i, double d) {
  if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 1.7e38) return false;
  return static_cast<__int128>(d) == i;
}

bool falsy(const Json& v) {
  if (v.is_null()) return true;
  if (v.is_boolean()) return !v.get<bool>();
  if (v.is_number()) return v.get<double>() == 0.0;
  return v.empty();  // "", [], {}
}

}  // namespace

bool py_equal(const Json& a, const Json& b) {
  if (numeric(a) && numeric(b)) {
    __int128 ia, ib;
    const bool a_int = as_integer(a, ia), b_int = as_integer(b, ib);
    if (a_int && b_int) return ia == ib;
    if (a_int) return integer_equals_float(ia, b.get<double>());
    if (b_int) return integer_equals_float(ib, a.get<double>());
    return a.get<double>() == b.get<double>();
  }
  if (a.type() != b.type()) return false;
  if (a.is_array()) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
      if (!py_equal(a[i], b[i])) return false;
    return true;
  }
  if (a.is_object()) {
    if (a.size() != b.size()) return false;
    for (const auto& [key, value] : a.items()) {
      auto it = b.find(key);
      if (it == b.end() || !py_equal(value, *it)) return false;
    }
    return true;
  }
  return a == b;  // strings, null
}

std::optional<bool> value_right(const Json& gold, const Json& system) {
  if (falsy(gold)) return std::nullopt;
  if (!gold.is_object()) return false;
  static const Json kNull;
  for (const auto& [key, want] : gold.items()) {
    if (key == "timex_type") continue;
    const auto found = system.is_object() ? system.find(key) : system.end();
    const Json& got = system.is_object() && found != system.end() ? *found : kNull;
    if (py_equal(got, want)) continue;
    // Two ints that differ differ by 1 at least; an int and a float, or two floats, may be within 1e-6.
    __int128 unused;
    const bool both_integers = as_integer(want, unused) && as_integer(got, unused);
    if (numeric(want) && numeric(got) && !both_integers && std::fabs(as_double(want) - as_double(got)) < 1e-6) continue;
    return false;
  }
  return true;
}

}  // namespace glaneur::eval
