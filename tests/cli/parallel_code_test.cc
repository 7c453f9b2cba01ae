// `dyad code` with several coding threads writes what one thread writes, in
// the same order, and reports a bad line the same way.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "testing/run_process.h"
#include "testing/temp_dir.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

TEST(ParallelCodeTest, ThreeThreadsWriteTheSameBytesAsOne) {
  testing::TempDir dir;
  // Every development sentence (a few hundred KB: many runs of stories
  // travel between threads), with one broken line in the middle.
  std::string input = dir.path() + "/in.jsonl";
  {
    std::ofstream out(input);
    for (const char* set : {"a", "b", "c", "d"}) {
      out << testing::SlurpFile((fs::path(DYAD_SOURCE_DIR) / "tests/golden/dev" / set / "sentences.jsonl").string());
      if (std::string(set) == "b") out << "{\"id\": \"broken\", \"text\": \n";
    }
  }
  testing::ProcessOptions options;
  options.stdin_path = input;
  options.cwd = dir.path();
  testing::TempDir scratch;
  auto one = testing::Run({DYAD_BINARY, "code", "--threads", "1"}, options, scratch.path());
  auto three = testing::Run({DYAD_BINARY, "code", "--threads", "3"}, options, scratch.path());
  EXPECT_EQ(one.exit_code, 1) << one.err;  // the broken line is rejected, the rest coded
  EXPECT_EQ(three.exit_code, 1) << three.err;
  EXPECT_GT(one.out.size(), 100000u);
  EXPECT_EQ(one.out, three.out);
  EXPECT_EQ(one.err, three.err);
  EXPECT_NE(one.err.find("stdin"), std::string::npos) << one.err;
}

}  // namespace
}  // namespace dyad
