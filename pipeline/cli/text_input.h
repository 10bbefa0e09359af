// The text a debugging command reads: a command-line argument, or --file F. Shared by explain
// and tokens.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>

namespace glaneur::cli {

struct TextInput {
  std::string text;
  std::string file;

  // Adds the positional text and --file (one or the other; read() says when neither is given).
  void add_to(CLI::App& command, const std::string& what);
  // The text, checked for valid UTF-8; nullopt after printing why on stderr.
  std::optional<std::string> read() const;
};

}  // namespace glaneur::cli
