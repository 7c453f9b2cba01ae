// `dyad learn`: trains the pair model from sentence sets and writes it whole.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "testing/run_process.h"
#include "testing/temp_dir.h"

namespace dyad {
namespace {

using testing::ProcessOptions;
using testing::ProcessResult;
using testing::TempDir;

class LearnTest : public ::testing::Test {
 protected:
  ProcessResult Dyad(std::vector<std::string> args) {
    args.insert(args.begin(), DYAD_BINARY);
    ProcessOptions options;
    options.cwd = dir_.path();
    options.unset.push_back("DYAD_DATA");
    return testing::Run(args, options, scratch_.path());
  }
  void Write(const std::string& name, const std::string& text) {
    std::filesystem::create_directories(std::filesystem::path(dir_.Path(name)).parent_path());
    std::ofstream(dir_.Path(name)) << text;
  }
  std::string Read(const std::string& name) {
    std::ifstream in(dir_.Path(name));
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
  TempDir dir_;
  TempDir scratch_;
};

TEST_F(LearnTest, WritesAModelFromASentenceSet) {
  Write("set/sentences.jsonl",
        R"({"id": "s1", "published": "2024-05-07", "text": "Russian troops shelled Ukrainian towns on Monday."})"
        "\n"
        R"({"id": "s2", "published": "2024-05-07", "text": "Kenya's president visited Somalia on Tuesday."})"
        "\n");
  Write("set/gold.jsonl",
        R"({"doc": "s1", "countries": ["RUS", "UKR"], "required": [{"source": "RUS", "target": "UKR", "code": "195"}]})"
        "\n"
        R"({"doc": "s2", "countries": ["KEN", "SOM"], "required": [{"source": "KEN", "target": "SOM", "code": "042"}]})"
        "\n");
  ProcessResult r = Dyad({"learn", "--out", "model.tsv", "--threshold", "0.7", "--min-count", "1", "set"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("2 documents"), std::string::npos) << r.err;
  std::string model = Read("model.tsv");
  EXPECT_EQ(model.rfind("# The pair model", 0), 0u);
  EXPECT_NE(model.find("\nthreshold\t0.70\n"), std::string::npos);
  EXPECT_NE(model.find("\nfeature\tw:shell\t"), std::string::npos) << model.substr(0, 400);
  EXPECT_FALSE(std::filesystem::exists(dir_.Path("model.tsv.tmp")));
}

TEST_F(LearnTest, ASetWithoutItsGoldWritesNothing) {
  Write("set/sentences.jsonl", R"({"id": "s1", "text": "Russian troops shelled Ukrainian towns."})" "\n");
  ProcessResult r = Dyad({"learn", "--out", "model.tsv", "set"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("set/gold.jsonl"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir_.Path("model.tsv")));
}

TEST_F(LearnTest, NoSetIsAUsageError) {
  ProcessResult r = Dyad({"learn", "--out", "model.tsv"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
}

}  // namespace
}  // namespace dyad
