// One Analyzer over the repository's dictionaries, shared by the tests that
// code text end to end.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "engine/analyzer.h"

namespace dyad::testing {

inline const Analyzer& SharedAnalyzer() {
  static const Analyzer* analyzer = [] {
    Result<std::unique_ptr<Analyzer>> a = Analyzer::Create(std::string(DYAD_SOURCE_DIR) + "/data");
    if (!a.ok()) {
      ADD_FAILURE() << a.status().message();
      std::abort();
    }
    return std::move(a).value().release();
  }();
  return *analyzer;
}

// The whole file at `path` ("" when it cannot be read).
inline std::string Slurp(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Codes `text` as a story published on `published` ("" for none).
inline AnalyzedDocument CodeStory(const std::string& text, const std::string& published = "",
                                  const std::string& dateline = "", int dateline_month = 0, int dateline_day = 0) {
  Document doc;
  doc.id = "test";
  doc.text = text;
  doc.published = published;
  doc.dateline = dateline;
  doc.dateline_month = dateline_month;
  doc.dateline_day = dateline_day;
  return SharedAnalyzer().Analyze(std::move(doc));
}

// "SRC>TGT:CODE@DATE" for every event, e.g. "PHL>CHN:114@2024-03-05"; the
// target is "-" when there is none and the date is left out when unknown.
inline std::vector<std::string> EventKeys(const AnalyzedDocument& a) {
  std::vector<std::string> out;
  for (const EventRecord& e : a.events) {
    std::string key = (e.source.country.empty() ? "-" : e.source.country) + ">" +
                      (e.target.country.empty() ? "-" : e.target.country) + ":" + e.cameo;
    if (!e.date.empty()) key += "@" + e.date;
    out.push_back(key);
  }
  return out;
}

// One case of a construction: a text, the events it must code
// ("SRC>TGT:CAMEO@DATE"; "IDN>MMR:02" matches any code under 02) and the
// prefixes it must not.
struct ConstructionCase {
  const char* name;
  const char* text;
  const char* published;
  std::vector<std::string> must;
  std::vector<std::string> must_not;
};

inline void CheckConstruction(const ConstructionCase& c) {
  AnalyzedDocument a = CodeStory(c.text, c.published);
  std::vector<std::string> keys = EventKeys(a);
  std::string coded;
  for (const std::string& k : keys) coded += k + " ";
  auto matches = [](const std::string& got, const std::string& want) {
    size_t at = want.find('@');
    std::string code = want.substr(0, at), got_code = got.substr(0, got.find('@'));
    if (got_code.rfind(code, 0) != 0) return false;
    return at == std::string::npos || (got.find('@') != std::string::npos && got.substr(got.find('@')) == want.substr(at));
  };
  for (const std::string& k : c.must) {
    bool found = false;
    for (const std::string& got : keys) found = found || matches(got, k);
    EXPECT_TRUE(found) << c.name << ": missing " << k << "; coded: " << coded;
  }
  for (const std::string& k : c.must_not) {
    for (const std::string& got : keys) {
      EXPECT_NE(got.rfind(k, 0), 0u) << c.name << ": must not code " << k << "; coded: " << coded;
    }
  }
}

}  // namespace dyad::testing
