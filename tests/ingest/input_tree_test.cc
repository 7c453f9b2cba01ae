#include "ingest/input_tree.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "testing/temp_dir.h"
#include "testing/without_read_override.h"

namespace dyad {
namespace {

using testing::TempDir;
using testing::WithoutReadOverride;

struct Listing {
  std::vector<std::string> files;
  std::vector<InputProblem> problems;
};

Listing List(const std::string& dir) {
  Listing l;
  l.files = InputFilesUnder(dir, [&](InputProblem&& p) { l.problems.push_back(std::move(p)); });
  return l;
}

TEST(InputTreeTest, RegularFilesSortedByPathAtAnyDepth) {
  TempDir dir;
  std::string b = dir.Write("t/b.txt", "x");
  std::string ac = dir.Write("t/a/c.txt", "x");
  std::string a = dir.Write("t/a.txt", "x");
  std::string deep = dir.Write("t/z/y/x/w/v.txt", "x");
  Listing l = List(dir.Path("t"));
  EXPECT_TRUE(l.problems.empty());
  EXPECT_EQ(l.files, (std::vector<std::string>{a, ac, b, deep}));
}

TEST(InputTreeTest, OnlyFilesAndLinksToFilesAreInputs) {
  TempDir dir;
  std::string story = dir.Write("t/story.txt", "x");
  ASSERT_EQ(::mkfifo(dir.Path("t/fifo").c_str(), 0600), 0);
  ASSERT_EQ(::symlink(story.c_str(), dir.Path("t/link.txt").c_str()), 0);
  // A link to a directory is not followed: a link to the tree's own root
  // would otherwise make it endless.
  ASSERT_EQ(::symlink(dir.Path("t").c_str(), dir.Path("t/loop").c_str()), 0);
  Listing l = List(dir.Path("t"));
  EXPECT_TRUE(l.problems.empty());
  EXPECT_EQ(l.files, (std::vector<std::string>{dir.Path("t/link.txt"), story}));
}

TEST(InputTreeTest, DanglingLinkIsReportedAndTheRestListed) {
  TempDir dir;
  std::string a = dir.Write("t/a.txt", "x");
  std::string z = dir.Write("t/z/z.txt", "x");
  ASSERT_EQ(::symlink(dir.Path("gone.txt").c_str(), dir.Path("t/m.txt").c_str()), 0);
  Listing l = List(dir.Path("t"));
  EXPECT_EQ(l.files, (std::vector<std::string>{a, z}));
  ASSERT_EQ(l.problems.size(), 1u);
  EXPECT_EQ(l.problems[0].where, dir.Path("t/m.txt"));
  EXPECT_EQ(l.problems[0].message, "no such file or directory (dangling symbolic link)");
  EXPECT_TRUE(l.problems[0].rejected);
}

TEST(InputTreeTest, UnreadableSubdirectoryIsReportedAndTheRestListed) {
  // Runs as root too: the thread gives up root's power to read anything.
  WithoutReadOverride no_override;
  if (!no_override.ok()) GTEST_SKIP() << "cannot drop CAP_DAC_OVERRIDE here";
  TempDir dir;
  std::string a = dir.Write("t/a.txt", "x");
  dir.Write("t/locked/hidden.txt", "x");
  std::string z = dir.Write("t/z/z.txt", "x");
  std::string locked = dir.Path("t/locked");
  ASSERT_EQ(::chmod(locked.c_str(), 0), 0);
  Listing l = List(dir.Path("t"));
  ::chmod(locked.c_str(), 0700);  // so that TempDir can remove it
  EXPECT_EQ(l.files, (std::vector<std::string>{a, z}));
  ASSERT_EQ(l.problems.size(), 1u);
  EXPECT_EQ(l.problems[0].where, locked);
  EXPECT_EQ(l.problems[0].message, "cannot read directory: Permission denied");
  EXPECT_TRUE(l.problems[0].rejected);
}

TEST(InputTreeTest, UnreadableTopDirectoryIsReported) {
  WithoutReadOverride no_override;
  if (!no_override.ok()) GTEST_SKIP() << "cannot drop CAP_DAC_OVERRIDE here";
  TempDir dir;
  dir.Write("t/a.txt", "x");
  std::string top = dir.Path("t");
  ASSERT_EQ(::chmod(top.c_str(), 0), 0);
  Listing l = List(top);
  ::chmod(top.c_str(), 0700);
  EXPECT_TRUE(l.files.empty());
  ASSERT_EQ(l.problems.size(), 1u);
  EXPECT_EQ(l.problems[0].where, top);
  EXPECT_EQ(l.problems[0].message, "cannot read directory: Permission denied");
}

}  // namespace
}  // namespace dyad
