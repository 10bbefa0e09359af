// Escaping for the markup glaneur writes (GraphML, the HTML report, its inline SVG): any article
// text must give a well-formed document, so besides & < > " ' the characters XML 1.0 forbids even
// when escaped (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF) become U+FFFD.
//
//   out += "<td title=\"" + xml_escape(rule) + "\">" + xml_escape(text) + "</td>";
#pragma once

#include <string>
#include <string_view>

namespace glaneur::io {

// Text of valid UTF-8, escaped for XML and HTML element content and quoted attribute values.
std::string xml_escape(std::string_view text);

// A JSON string of UTF-8 text, appended to `out` as json.dumps(ensure_ascii=False) and nlohmann's
// dump write it: quoted; ", \ and the C0 controls escaped (\n, \u0001); everything else as it is.
void append_json_string(std::string& out, std::string_view utf8);

// The first `max_code_points` code points of valid UTF-8 text, plus "…" when it was longer.
std::string shorten(std::string_view text, size_t max_code_points);

}  // namespace glaneur::io
