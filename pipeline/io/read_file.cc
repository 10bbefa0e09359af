// Used by the rule loader, the gold reader, the French dictionaries and `explain --file`.
#include "io/read_file.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace glaneur::io {

std::optional<std::string> read_file(const std::string& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) return std::nullopt;  // opens, but reads as nothing sensible
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  // A regular file is sized once (the dictionaries are several MB and start-up waits for them); a
  // pipe or a device is read to its end.
  if (std::filesystem::is_regular_file(path, error)) {
    std::string content(static_cast<size_t>(std::filesystem::file_size(path, error)), '\0');
    if (error || !in.read(content.data(), static_cast<std::streamsize>(content.size()))) return std::nullopt;
    return content;
  }
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

}  // namespace glaneur::io
