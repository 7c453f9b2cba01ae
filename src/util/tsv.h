// Reading the line-oriented TSV data files dyad keeps its dictionaries in:
// '#' starts a comment line, blank lines are skipped, fields are separated by
// tabs, and every error names the file and the line.
#pragma once

#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "util/string_hash.h"

namespace dyad {

struct TsvLine {
  std::string_view file;  // for messages
  size_t number = 0;      // 1-based line number
  std::vector<std::string_view> fields;

  // An InvalidArgument "file:line: message".
  Status Error(std::string_view message) const;
};

// Calls `visit` for every data line that has between `min_fields` and
// `max_fields` fields; a line with another count, or a failing `visit`, stops
// the scan with an error naming the file and line.
Status ForEachTsvLine(std::string_view text, std::string_view file, size_t min_fields, size_t max_fields,
                      const std::function<Status(const TsvLine&)>& visit);

// One list of a file of named word lists, and the set it fills.
struct NamedWordList {
  std::string_view name;
  StringSet* words;
};

// Reads a file of named word lists ("<name> <TAB> word|word|…": verb classes,
// compound participles): each name is one of `lists` and stands on one line
// only, each word is lower-case ASCII letters; with `one_list_per_word` no
// word stands in two lists. Errors name the file and line.
Status ParseNamedWordLists(std::string_view tsv, std::string_view file, std::initializer_list<NamedWordList> lists,
                           bool one_list_per_word);

// Splits a '|'-separated list, trimming spaces and dropping empty items.
std::vector<std::string_view> SplitList(std::string_view field);

// The space-separated words of `s` (runs of spaces make no empty words).
std::vector<std::string_view> SplitWords(std::string_view s);

// True when `s` begins with `prefix`, ASCII letters compared without case.
bool StartsWithNoCase(std::string_view s, std::string_view prefix);

// Trims ASCII white space from both ends.
std::string_view Trim(std::string_view s);

}  // namespace dyad
