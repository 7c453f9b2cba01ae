// Throughput of the text stages on news-like text: folding, sentence
// splitting and tokenizing, in bytes per second of input.
//
//   build/bench/dyad_bench_ingest [--benchmark_filter=Fold]
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
#include <vector>

#include "text/folding.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace dyad {
namespace {

// About 1 MB of agency-style copy built from templates: ASCII and Vietnamese
// text, abbreviations, quotes and dashes, paragraphs of one to three sentences.
const std::string& Corpus() {
  static const std::string* corpus = [] {
    static const char* kSentences[] = {
        "HÀ NỘI — Deputy Prime Minister Trần Văn Minh received the visiting Japanese delegation on Monday.",
        "The Philippines lodged a diplomatic protest with China on March 4 over a water cannon incident.",
        "The U.S. Secretary of State met the U.N. Secretary-General in New York on Jan. 9.",
        "“We will not be intimidated,” the foreign ministry’s spokesperson said in Manila.",
        "Indonesia and Malaysia signed an agreement on fisheries – the first in a decade – on Tuesday.",
        "Gen. Nguyễn Đức Anh and Dr. Lê Thị Lan attended the ceremony at No. 12 Harbour Road.",
        "Russia and India agreed to expand trade to 100 billion US dollars by 2030, officials said.",
        "Đà Nẵng will host the next round of talks between Việt Nam and Australia in September.",
        "China’s vice foreign minister called on Japan to handle the issue prudently.",
        "The two sides agreed to upgrade their ties to a comprehensive strategic partnership.",
    };
    auto* s = new std::string();
    uint32_t x = 12345;
    while (s->size() < (1u << 20)) {
      int in_paragraph = 1 + static_cast<int>(x % 3);
      for (int i = 0; i < in_paragraph; ++i) {
        x = x * 1103515245u + 12345u;
        *s += kSentences[(x >> 16) % (sizeof kSentences / sizeof kSentences[0])];
        *s += ' ';
      }
      s->back() = '\n';
      *s += '\n';
    }
    return s;
  }();
  return *corpus;
}

void BM_Fold(benchmark::State& state) {
  const std::string& text = Corpus();
  for (auto _ : state) {
    FoldedText f = Fold(text);
    benchmark::DoNotOptimize(f.text.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_Fold)->Unit(benchmark::kMillisecond);

void BM_FoldString(benchmark::State& state) {
  const std::string& text = Corpus();
  for (auto _ : state) {
    std::string f = FoldString(text);
    benchmark::DoNotOptimize(f.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_FoldString)->Unit(benchmark::kMillisecond);

void BM_SplitSentences(benchmark::State& state) {
  const std::string& text = Corpus();
  size_t sentences = 0;
  for (auto _ : state) {
    std::vector<SentenceSpan> spans = SplitSentences(text);
    sentences = spans.size();
    benchmark::DoNotOptimize(spans.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
  state.counters["sentences"] = static_cast<double>(sentences);
}
BENCHMARK(BM_SplitSentences)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  const std::string folded = FoldString(Corpus());
  size_t tokens = 0;
  for (auto _ : state) {
    std::vector<Token> t = Tokenize(folded);
    tokens = t.size();
    benchmark::DoNotOptimize(t.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(folded.size()));
  state.counters["tokens"] = static_cast<double>(tokens);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyad

BENCHMARK_MAIN();
