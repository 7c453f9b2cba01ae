// Chinese word boundaries, two ways (issue 14): ICU's dictionary-based word
// break against maximum matching over dyad's own lexicon (data/native/zh),
// on the Chinese development stories. Reports MB/s for each and, as counters,
// how many of the lexicon's phrases found by maximum matching ICU would have
// split (a phrase that straddles an ICU boundary cannot be matched over ICU's
// words: "外交部发言人" is one title to dyad, three words to ICU).
//
//   build/bench/dyad_bench_han [--benchmark_min_time=2]
#include <benchmark/benchmark.h>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "actors/actor_dictionary.h"
#include "native/native_lexicon.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

std::string Corpus() {
  std::string all;
  fs::path dir = fs::path(DYAD_SOURCE_DIR) / "tests/golden/dev/native-zh/stories";
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    std::ifstream in(f);
    std::stringstream ss;
    ss << in.rdbuf();
    all += ss.str();
  }
  return all;
}

const std::string& Text() {
  static const std::string text = Corpus();
  return text;
}

const NativeLexicon& Lexicon() {
  static const ActorDictionary* dict = ActorDictionary::Load(std::string(DYAD_SOURCE_DIR) + "/data/actors")->release();
  static const NativeLexicon* lex =
      NativeLexicon::Load(std::string(DYAD_SOURCE_DIR) + "/data/native/zh", *dict, DefaultHanConverter(), false)
          ->release();
  return *lex;
}

// ICU word boundaries, as UTF-16 offsets.
std::set<int32_t> IcuBoundaries(const icu::UnicodeString& u) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
  words->setText(u);
  std::set<int32_t> out;
  for (int32_t b = words->first(); b != icu::BreakIterator::DONE; b = words->next()) out.insert(b);
  return out;
}

void BM_IcuWordBreak(benchmark::State& state) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(Text());
  size_t boundaries = 0;
  for (auto _ : state) boundaries = IcuBoundaries(u).size();
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Text().size()));
  state.counters["boundaries"] = static_cast<double>(boundaries);
}
BENCHMARK(BM_IcuWordBreak);

void BM_MaximumMatching(benchmark::State& state) {
  const NativeLexicon& lex = Lexicon();
  std::vector<NativeToken> tokens =
      NativeTokenize(Text(), 0, static_cast<uint32_t>(Text().size()), DefaultHanConverter());
  size_t phrases = 0;
  for (auto _ : state) {
    phrases = 0;
    for (size_t i = 0; i < tokens.size();) {
      NativeLexicon::Match m = lex.Longest(tokens, i, tokens.size());
      phrases += m.length > 1;
      i += m.length > 0 ? m.length : 1;
    }
    benchmark::DoNotOptimize(phrases);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Text().size()));
  // How many of those phrases ICU's boundaries would have split.
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(Text());
  std::set<int32_t> icu_breaks = IcuBoundaries(u);
  // UTF-16 offset of every byte that starts a code point.
  std::vector<int32_t> utf16(Text().size() + 1, 0);
  int32_t units = 0;
  for (size_t b = 0; b < Text().size(); ++b) {
    unsigned char c = static_cast<unsigned char>(Text()[b]);
    utf16[b] = units;
    if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;
  }
  utf16[Text().size()] = units;
  size_t split = 0, found = 0;
  for (size_t i = 0; i < tokens.size();) {
    NativeLexicon::Match m = lex.Longest(tokens, i, tokens.size());
    if (m.length > 1) {
      ++found;
      int32_t begin = utf16[tokens[i].begin], end = utf16[tokens[i + m.length - 1].end];
      for (int32_t b = begin + 1; b < end; ++b) {
        if (icu_breaks.count(b)) {
          ++split;
          break;
        }
      }
    }
    i += m.length > 0 ? m.length : 1;
  }
  state.counters["phrases"] = static_cast<double>(found);
  state.counters["split_by_icu"] = static_cast<double>(split);
}
BENCHMARK(BM_MaximumMatching);

}  // namespace
}  // namespace dyad

BENCHMARK_MAIN();
