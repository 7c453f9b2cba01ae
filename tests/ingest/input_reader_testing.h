// Shared by the InputReader tests: the shipped agency table and readers that
// collect documents and problems.
#pragma once

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "ingest/input_reader.h"

namespace dyad::testing {

inline AgencyTable ShippedAgencies() {
  Result<AgencyTable> t = AgencyTable::Load(DYAD_SOURCE_DIR "/data/ingest/agencies.tsv");
  EXPECT_TRUE(t.ok()) << t.status().ToString();
  return t.ok() ? std::move(t).value() : AgencyTable();
}

struct Read {
  std::vector<Document> docs;
  std::vector<InputProblem> problems;
  std::vector<InputProblem> Rejections() const {
    std::vector<InputProblem> out;
    for (const InputProblem& p : problems) {
      if (p.rejected) out.push_back(p);
    }
    return out;
  }
};

inline Read ReadPaths(const std::vector<std::string>& paths,
                     std::chrono::milliseconds fifo_timeout = std::chrono::seconds(10)) {
  InputReader reader(ShippedAgencies());
  reader.set_fifo_timeout(fifo_timeout);
  Read r;
  reader.ReadPaths(
      paths, [&](Document&& d) { r.docs.push_back(std::move(d)); },
      [&](InputProblem&& p) { r.problems.push_back(std::move(p)); });
  return r;
}

inline Read ReadBytes(std::string bytes, const std::string& origin) {
  InputReader reader(ShippedAgencies());
  Read r;
  reader.ReadBytes(
      std::move(bytes), origin, [&](Document&& d) { r.docs.push_back(std::move(d)); },
      [&](InputProblem&& p) { r.problems.push_back(std::move(p)); });
  return r;
}

}  // namespace dyad::testing
