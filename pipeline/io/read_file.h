// A whole file read in one go, as bytes: rule files, gold, the French dictionaries, a text to explain.
//
//   std::optional<std::string> text = io::read_file("rules/money.rules");  // nullopt: cannot be opened
#pragma once

#include <optional>
#include <string>

namespace glaneur::io {

std::optional<std::string> read_file(const std::string& path);

}  // namespace glaneur::io
