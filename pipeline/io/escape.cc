// Tested by tests/io/graph_export_test.cc (Escaping) and tests/io/json_writer_test.cc
#include "io/escape.h"

#include "text/utf8.h"

namespace glaneur::io {

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  // Most of a text needs no escape: append its runs whole, not byte by byte.
  auto plain = [](unsigned char c) { return c >= 0x20 && c != '"' && c != '\\'; };
  for (size_t i = 0; i < s.size();) {
    size_t run = i;
    while (run < s.size() && plain(static_cast<unsigned char>(s[run]))) ++run;
    out.append(s.data() + i, run - i);
    if (run == s.size()) break;
    i = run + 1;
    const auto c = static_cast<unsigned char>(s[run]);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:  // another control character
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
    }
  }
  out += '"';
}

std::string xml_escape(std::string_view text) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '&': out += "&amp;"; continue;
      case '<': out += "&lt;"; continue;
      case '>': out += "&gt;"; continue;
      case '"': out += "&quot;"; continue;
      case '\'': out += "&#39;"; continue;
      case '\t': case '\n': case '\r': out += static_cast<char>(c); continue;
      default: break;
    }
    if (c < 0x20 || c == 0x7F) {
      out += kReplacement;  // forbidden in XML 1.0 (0x7F is allowed but invisible and unwanted)
    } else if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
               (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE) {
      out += kReplacement;  // U+FFFE, U+FFFF: noncharacters XML forbids
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string shorten(std::string_view text, size_t max_code_points) {
  size_t pos = 0;
  for (size_t n = 0; n < max_code_points && pos < text.size(); ++n) pos += text::utf8_sequence_length(text[pos]);
  if (pos >= text.size()) return std::string(text);
  return std::string(text.substr(0, pos)) + "…";
}

}  // namespace glaneur::io
