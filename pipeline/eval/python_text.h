// The Python spellings of the scorer's output. tools/eval was a Python script; its table, error
// lines and --json file are read by people, by tools/gate and by older notes, so glaneur eval
// writes them byte for byte as Python did: repr() of a string, str() of a value, json.dumps and
// json.dump(indent=1), and repr() of a float (the shortest digits that read back).
//
//   py_repr("1\u00a0900 euros")                    // '1\xa0900 euros'
//   py_repr("l’an dernier")                        // 'l’an dernier'   (printable: kept)
//   py_repr("l'an")                                // "l'an"
//   py_float(0.975) == "0.975"; py_float(1.0) == "1.0"; py_float(1e-6) == "1e-06"
//   py_dumps(Json::parse(R"({"amount":42000000,"currency":"EUR"})"))
//                                                 // {"amount": 42000000, "currency": "EUR"}
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace glaneur::eval {

// Keys keep their file order, as Python's dicts do: error lines print values as the gold wrote them.
using Json = nlohmann::ordered_json;

// repr(float): "3.7", "50000000.0", "1e-06", "1e+16", "nan", "inf".
std::string py_float(double value);

// repr(str) of UTF-8 text: quoted, with Python's escapes for what is not printable.
std::string py_repr(std::string_view utf8);

// str(value): a string as it is; anything else as Python prints it ({'name': 'Kolibri'}, None, True).
std::string py_str(const Json& value);

// json.dumps(value, ensure_ascii=False): one line, ", " and ": ", NaN for a NaN.
std::string py_dumps(const Json& value);

// json.dump(value, file, indent=1): one key a line, one space per level, no final newline.
std::string py_dump_indented(const Json& value);

}  // namespace glaneur::eval
