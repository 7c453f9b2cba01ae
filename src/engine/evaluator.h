// Scores coded events against a gold file of key events (the format of
// ../shared/gold/seeds.jsonl), with the same rules as the project's scorer:
// recall of required events, precision over the gold's countries, dates.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/records.h"
#include "dyad/status.h"

namespace dyad {

struct GoldItem {
  std::string source, target;
  std::vector<std::string> codes;  // CAMEO prefixes
  bool symmetric = false;
  std::string date;                // exact day, or ""
  std::string range_first, range_last;
  bool null_date_ok = false;
  std::string what;
  bool HasDate() const { return !date.empty() || !range_first.empty(); }
};

struct GoldDocument {
  std::string doc;
  std::set<std::string> countries;
  std::vector<GoldItem> required;
  std::vector<GoldItem> allowed;
};

// A bad line names `name` and the line number.
Result<std::vector<GoldDocument>> ParseGold(std::string_view jsonl, std::string_view name);

// Cuts every gold code to its CAMEO root (018 stays 018), so that events are
// scored by root and direction only: `dyad eval --match root`.
void TruncateGoldToRoots(std::vector<GoldDocument>* gold);

struct EvalReport {
  int required = 0, found = 0;
  int dated = 0, dated_found = 0;
  int tuples = 0, tuples_ok = 0;
  std::vector<std::string> lines;  // MISSED and EXTRA lines, as the scorer prints them
  // Gold root -> coded root for the same story and direction ("-" when none).
  std::map<std::string, std::map<std::string, int>> confusion;

  double Recall() const { return required ? static_cast<double>(found) / required : 0.0; }
  double Precision() const { return tuples ? static_cast<double>(tuples_ok) / tuples : 0.0; }
  double Dates() const { return dated ? static_cast<double>(dated_found) / dated : 1.0; }
  std::string Summary() const;
  // Recall per gold root, "02 0.800 (16/20)" in root order.
  std::vector<std::string> RecallByRoot() const;
};

EvalReport Evaluate(const std::vector<GoldDocument>& gold, const std::vector<EventRecord>& events);

}  // namespace dyad
