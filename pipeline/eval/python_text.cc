// Tested by tests/eval/python_text_test.cc
#include "eval/python_text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "io/escape.h"
#include "text/utf8.h"

namespace glaneur::eval {
namespace {

// str.isprintable() of one code point: not a control, format, surrogate, private-use, unassigned
// or separator character, the ASCII space aside.
bool printable(UChar32 c) {
  if (c == ' ') return true;
  switch (u_charType(c)) {
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
    case U_SURROGATE:
    case U_PRIVATE_USE_CHAR:
    case U_UNASSIGNED:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
    case U_SPACE_SEPARATOR:
      return false;
    default:
      return true;
  }
}

void append_hex(std::string& out, const char* prefix, unsigned value, int digits) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%s%0*x", prefix, digits, value);
  out += buffer;
}

// A JSON number as Python holds it: an int stays an int, anything else is a float.
std::string number_text(const Json& value, bool json) {
  if (value.is_number_unsigned()) return std::to_string(value.get<uint64_t>());
  if (value.is_number_integer()) return std::to_string(value.get<int64_t>());
  const double d = value.get<double>();
  if (json && std::isnan(d)) return "NaN";
  if (json && std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  return py_float(d);
}

// Python's spelling of a value: JSON's (json.dumps) or the interpreter's (str of a dict or list,
// where strings are repr'd and null is None).
void append_value(std::string& out, const Json& value, bool json) {
  if (value.is_string()) {
    const auto& s = value.get_ref<const std::string&>();
    if (json) io::append_json_string(out, s);
    else out += py_repr(s);
  } else if (value.is_null()) {
    out += json ? "null" : "None";
  } else if (value.is_boolean()) {
    out += value.get<bool>() ? (json ? "true" : "True") : (json ? "false" : "False");
  } else if (value.is_number()) {
    out += number_text(value, json);
  } else if (value.is_array()) {
    out += '[';
    bool first = true;
    for (const Json& item : value) {
      if (!first) out += ", ";
      first = false;
      append_value(out, item, json);
    }
    out += ']';
  } else if (value.is_object()) {
    out += '{';
    bool first = true;
    for (const auto& [key, item] : value.items()) {
      if (!first) out += ", ";
      first = false;
      if (json) io::append_json_string(out, key);
      else out += py_repr(key);
      out += ": ";
      append_value(out, item, json);
    }
    out += '}';
  }
}

void append_indented(std::string& out, const Json& value, int level) {
  const bool object = value.is_object();
  if (!(object || value.is_array()) || value.empty()) {
    append_value(out, value, true);
    return;
  }
  const std::string inner = "\n" + std::string(static_cast<size_t>(level + 1), ' ');
  out += object ? '{' : '[';
  bool first = true;
  for (const auto& [key, item] : value.items()) {
    out += first ? inner : "," + inner;
    first = false;
    if (object) {
      io::append_json_string(out, key);
      out += ": ";
    }
    append_indented(out, item, level + 1);
  }
  out += '\n' + std::string(static_cast<size_t>(level), ' ');
  out += object ? '}' : ']';
}

}  // namespace

std::string py_float(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  // The shortest digits that read back, as d.ddde±x; Python then writes them in fixed notation
  // for exponents from -4 to 15 and in scientific notation (two exponent digits at least) outside.
  char buffer[64];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
  std::string text(buffer, end);
  std::string out;
  if (text[0] == '-') {
    out += '-';
    text.erase(0, 1);
  }
  const size_t e = text.find('e');
  const int exponent = std::atoi(text.c_str() + e + 1);
  std::string digits = text.substr(0, e);
  if (digits.size() > 1) digits.erase(1, 1);  // the '.'
  if (exponent < -4 || exponent >= 16) {
    out += digits[0];
    if (digits.size() > 1) out += "." + digits.substr(1);
    char exp[16];
    std::snprintf(exp, sizeof exp, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    return out + exp;
  }
  if (exponent < 0) return out + "0." + std::string(static_cast<size_t>(-exponent - 1), '0') + digits;
  const size_t integer_digits = static_cast<size_t>(exponent) + 1;
  if (digits.size() <= integer_digits) return out + digits + std::string(integer_digits - digits.size(), '0') + ".0";
  return out + digits.substr(0, integer_digits) + "." + digits.substr(integer_digits);
}

std::string py_repr(std::string_view utf8) {
  const bool single = utf8.find('\'') == std::string_view::npos || utf8.find('"') != std::string_view::npos;
  const char quote = single ? '\'' : '"';
  std::string out(1, quote);
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto n = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) c = 0xFFFD;
    if (c == quote || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < ' ' || c == 0x7F) {
      append_hex(out, "\\x", static_cast<unsigned>(c), 2);
    } else if (c < 0x7F || printable(c)) {
      text::append_utf8(out, static_cast<char32_t>(c));
    } else if (c <= 0xFF) {
      append_hex(out, "\\x", static_cast<unsigned>(c), 2);
    } else if (c <= 0xFFFF) {
      append_hex(out, "\\u", static_cast<unsigned>(c), 4);
    } else {
      append_hex(out, "\\U", static_cast<unsigned>(c), 8);
    }
  }
  return out + quote;
}

std::string py_str(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  std::string out;
  append_value(out, value, false);
  return out;
}

std::string py_dumps(const Json& value) {
  std::string out;
  append_value(out, value, true);
  return out;
}

std::string py_dump_indented(const Json& value) {
  std::string out;
  append_indented(out, value, 0);
  return out;
}

}  // namespace glaneur::eval
