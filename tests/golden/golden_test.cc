// Golden end-to-end tests: each tests/golden/cases/<case>/input.txt is read
// as `dyad ingest` reads a file (date line, dateline, credits), coded, and
// its events compared with expected.txt, one "SRC>TGT:CAMEO@DATE" per line;
// "~SRC>TGT:CAMEO@DATE" is a known false event of the pair model
// (src/events/pair_model.h): tolerated and reported, never required.
// DYAD_UPDATE_GOLDEN=1 rewrites expected.txt from the current output (mark
// the false events again by hand).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest/input_reader.h"
#include "testing/analyzer_fixture.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;
const fs::path kCases = fs::path(DYAD_SOURCE_DIR) / "tests" / "golden" / "cases";

std::vector<std::string> CodeFile(const fs::path& input) {
  auto agencies = AgencyTable::Load(std::string(DYAD_SOURCE_DIR) + "/data/ingest/agencies.tsv");
  EXPECT_TRUE(agencies.ok());
  InputReader reader(std::move(agencies).value());
  std::vector<std::string> keys;
  reader.ReadBytes(
      testing::Slurp(input), input.string(),
      [&](Document&& doc) {
        AnalyzedDocument a = testing::SharedAnalyzer().Analyze(std::move(doc));
        for (const std::string& k : testing::EventKeys(a)) keys.push_back(k);
      },
      [&](InputProblem&& p) { ADD_FAILURE() << p.where << ": " << p.message; });
  std::sort(keys.begin(), keys.end());
  return keys;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') out.push_back(line);
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(GoldenTest, EveryCaseCodesItsExpectedEvents) {
  ASSERT_TRUE(fs::is_directory(kCases));
  bool update = std::getenv("DYAD_UPDATE_GOLDEN") != nullptr;
  int cases = 0;
  std::vector<fs::path> dirs;
  for (const auto& e : fs::directory_iterator(kCases)) dirs.push_back(e.path());
  std::sort(dirs.begin(), dirs.end());
  for (const fs::path& dir : dirs) {
    ++cases;
    std::vector<std::string> got = CodeFile(dir / "input.txt");
    if (update) {
      std::ofstream out(dir / "expected.txt");
      for (const std::string& k : got) out << k << "\n";
      continue;
    }
    std::vector<std::string> want, known_false;
    for (std::string& k : Lines(testing::Slurp(dir / "expected.txt"))) {
      if (k[0] == '~') {
        known_false.push_back(k.substr(1));
      } else {
        want.push_back(std::move(k));
      }
    }
    std::sort(known_false.begin(), known_false.end());
    std::vector<std::string> missing, extra;
    std::set_difference(want.begin(), want.end(), got.begin(), got.end(), std::back_inserter(missing));
    std::set_difference(got.begin(), got.end(), want.begin(), want.end(), std::back_inserter(extra));
    for (const std::string& k : missing) ADD_FAILURE() << dir.filename() << ": missing " << k;
    for (const std::string& k : extra) {
      if (std::binary_search(known_false.begin(), known_false.end(), k)) {
        std::printf("%s: known false event %s\n", dir.filename().c_str(), k.c_str());
      } else {
        ADD_FAILURE() << dir.filename() << ": unexpected " << k;
      }
    }
  }
  EXPECT_GE(cases, 5);
}

}  // namespace
}  // namespace dyad
