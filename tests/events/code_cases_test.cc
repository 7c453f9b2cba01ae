// The lexicon's test sentences: tests/events/code_cases/*.tsv hold, per CAMEO
// root, sentences written for these tests with the events each must code.
// Columns: expected <TAB> published <TAB> sentence. `expected` is a
// space-separated list of "SRC>TGT:CODE" (CODE a prefix: "17" or "173"),
// "!SRC>TGT:CODE" for an event that must not be coded, "-" for a sentence
// that must code no event of roots 02-20 between two states, or
// "?SRC>TGT:CODE" for a known gap: wanted, reported when missing, not failed;
// "~SRC>TGT:CODE" for a known false event of the pair model
// (src/events/pair_model.h): unwanted, reported when coded, not failed.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "testing/analyzer_fixture.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;
const fs::path kCases = fs::path(DYAD_SOURCE_DIR) / "tests" / "events" / "code_cases";

bool Scored(const std::string& key) {
  // "SRC>TGT:CODE@DATE" with two different states and a root 02-20 or 018.
  size_t gt = key.find('>'), colon = key.find(':');
  std::string src = key.substr(0, gt), tgt = key.substr(gt + 1, colon - gt - 1), code = key.substr(colon + 1, 3);
  if (src == "-" || tgt == "-" || src == tgt) return false;
  int root = std::stoi(code.substr(0, 2));
  return (root >= 2 && root <= 20) || code == "018";
}

bool Matches(const std::string& got, const std::string& want) { return got.rfind(want, 0) == 0; }

TEST(CodeCasesTest, EverySentenceCodesWhatItSays) {
  ASSERT_TRUE(fs::is_directory(kCases));
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(kCases)) {
    if (e.path().extension() == ".tsv") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  int cases = 0, failures = 0, gaps = 0, false_events = 0;
  for (const fs::path& f : files) {
    std::ifstream in(f);
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      if (line.empty() || line[0] == '#') continue;
      std::istringstream row(line);
      std::string expected, published, sentence;
      std::getline(row, expected, '\t');
      std::getline(row, published, '\t');
      std::getline(row, sentence);
      ASSERT_FALSE(sentence.empty()) << f.filename().string() << ":" << n << ": three tab-separated columns";
      ++cases;
      std::vector<std::string> keys = testing::EventKeys(testing::CodeStory(sentence, published));
      std::string coded;
      for (const std::string& k : keys) coded += k + " ";
      std::string where = f.filename().string() + ":" + std::to_string(n) + ": ";
      std::istringstream wants(expected);
      for (std::string want; wants >> want;) {
        bool ok = true;
        if (want[0] == '~') {
          false_events += std::any_of(keys.begin(), keys.end(), [&](const std::string& k) { return Matches(k, want.substr(1)); });
          continue;
        }
        if (want[0] == '?') {
          bool coded_now = std::any_of(keys.begin(), keys.end(), [&](const std::string& k) { return Matches(k, want.substr(1)); });
          if (!coded_now) ++gaps;
          continue;
        }
        if (want == "-") {
          // "-" with "~" items: no event but the known false ones.
          ok = std::none_of(keys.begin(), keys.end(), [&](const std::string& k) {
            if (!Scored(k)) return false;
            std::istringstream known(expected);
            for (std::string w; known >> w;) {
              if (w[0] == '~' && Matches(k, w.substr(1))) return false;
            }
            return true;
          });
        } else if (want[0] == '!') {
          ok = std::none_of(keys.begin(), keys.end(), [&](const std::string& k) { return Matches(k, want.substr(1)); });
        } else {
          ok = std::any_of(keys.begin(), keys.end(), [&](const std::string& k) { return Matches(k, want); });
        }
        if (!ok) {
          ++failures;
          ADD_FAILURE() << where << "expected " << want << "; coded: " << coded << "\n  " << sentence;
        }
      }
    }
  }
  EXPECT_GT(cases, 0);
  std::printf("%d sentences, %d failed expectations, %d known gaps, %d known false events\n", cases, failures, gaps,
              false_events);
}

}  // namespace
}  // namespace dyad
