// Is a value right? The gold says what it knows: a system value is right when it agrees on every
// key the gold gives ("timex_type" aside), numbers within 1e-6, and may carry more keys.
//
//   value_right({"amount": 5e7, "currency": "EUR"}, {"amount": 50000000, "currency": "EUR", "approx": true})  // true
//   value_right({"timex": "2024", "mod": "END"}, {"timex": "2024"})                                          // false
//   value_right(null, {...})                                                                             // nullopt: nothing to check
//
// Equality is Python's, which tools/eval used: 1 == 1.0 == true, objects and lists element-wise.
#pragma once

#include <optional>

#include "eval/python_text.h"

namespace glaneur::eval {

// nullopt when the gold gives no value (null, {} or another empty value): the mention is not
// counted in value accuracy.
std::optional<bool> value_right(const Json& gold, const Json& system);

// Python's == on values read from JSON.
bool py_equal(const Json& a, const Json& b);

}  // namespace glaneur::eval
