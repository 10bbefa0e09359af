// Tests of io/read_file.h: a whole file, or nothing when there is no file to read.
#include "io/read_file.h"

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <string>
#include <thread>

#include "support/scratch_dir.h"

namespace glaneur::io {
namespace {

using testing_support::ScratchDir;

TEST(ReadFile, ReadsEveryByte) {
  ScratchDir dir("read_file");
  std::string bytes = "Le budget atteint 2 M€.\n";
  bytes += std::string(1, '\0') + "après un octet nul";
  EXPECT_EQ(read_file(dir.write("article.txt", bytes)), bytes);
}

TEST(ReadFile, AnEmptyFileIsEmpty) {
  ScratchDir dir("read_file");
  EXPECT_EQ(read_file(dir.write("vide.txt", "")), std::string());
}

TEST(ReadFile, ReadsAPipeToItsEnd) {
  ScratchDir dir("read_file");
  std::string fifo = (dir.path() / "tube").string();
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  std::thread writer([&] { std::ofstream(fifo, std::ios::binary) << "deux millions d'euros"; });
  EXPECT_EQ(read_file(fifo), "deux millions d'euros");
  writer.join();
}

TEST(ReadFile, NothingForAMissingFileOrADirectory) {
  ScratchDir dir("read_file");
  EXPECT_EQ(read_file((dir.path() / "absent.txt").string()), std::nullopt);
  EXPECT_EQ(read_file(dir.path().string()), std::nullopt);
}

}  // namespace
}  // namespace glaneur::io
