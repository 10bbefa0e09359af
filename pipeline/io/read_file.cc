// Used by the rule loader, the gold reader, the French dictionaries and `explain --file`.
#include "io/read_file.h"

#include <fstream>

namespace glaneur::io {

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  // Sized once from the file's length: the dictionaries are several MB and start-up waits for them.
  in.seekg(0, std::ios::end);
  std::string content(static_cast<size_t>(in.tellg()), '\0');
  in.seekg(0);
  in.read(content.data(), static_cast<std::streamsize>(content.size()));
  return content;
}

}  // namespace glaneur::io
