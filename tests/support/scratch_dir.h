// A folder a test writes its files into: unique to the process and to the test, empty at the
// start, removed at the end.
//
//   testing_support::ScratchDir scratch("glaneur-cli");
//   std::string path = scratch.write("a.jsonl", "{…}\n");           // parents created as needed
//   scratch.write_all({{"tables/devises.tsv", "…"}, {"money.rules", "…"}});
#pragma once

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

namespace glaneur::testing_support {

// Files of a folder: a path inside it, and its text.
using Files = std::vector<std::pair<std::string, std::string>>;

class ScratchDir {
 public:
  explicit ScratchDir(const std::string& prefix) {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            (prefix + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() { std::filesystem::remove_all(path_); }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  // Writes one file (bytes as given) and returns its path.
  std::string write(const std::string& name, const std::string& content) const {
    std::filesystem::path p = path_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }

  void write_all(const Files& files, const std::string& under = "") const {
    for (const auto& [name, content] : files) write(under.empty() ? name : under + "/" + name, content);
  }

 private:
  std::filesystem::path path_;
};

}  // namespace glaneur::testing_support
