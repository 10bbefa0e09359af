// Tested by tests/cli/debug_commands_test.cc
#include "cli/text_input.h"

#include <iostream>

#include "io/read_file.h"
#include "text/utf8.h"

namespace glaneur::cli {

void TextInput::add_to(CLI::App& command, const std::string& what) {
  auto* positional = command.add_option("text", text, what);
  auto* from_file = command.add_option("--file", file, "Read the text from this file")->type_name("FILE");
  positional->excludes(from_file);
}

std::optional<std::string> TextInput::read() const {
  if (text.empty() && file.empty()) {
    std::cerr << "glaneur: give the text, or --file F\n";
    return std::nullopt;
  }
  std::string content = text;
  if (!file.empty()) {
    std::optional<std::string> read = io::read_file(file);
    if (!read) {
      std::cerr << "glaneur: cannot open " << file << '\n';
      return std::nullopt;
    }
    content = std::move(*read);
  }
  if (auto bad = text::first_invalid_utf8(content)) {
    std::cerr << "glaneur: invalid UTF-8 at byte " << *bad << '\n';
    return std::nullopt;
  }
  return content;
}

}  // namespace glaneur::cli
