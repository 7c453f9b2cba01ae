// Throughput of the later stages with all dictionaries loaded: dictionary
// load time, actor matching (MB/s), actor resolution, and whole-story coding
// (stories/s, sentences/s, MB/s). Input: a JSON Lines corpus from
// bench/gen_corpus.py ($DYAD_BENCH_CORPUS, default /tmp/dyad-bench/corpus-5mb.jsonl,
// generated on first use).
//
//   build/bench/dyad_bench_pipeline [--benchmark_filter=Code]
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "actors/actor_dictionary.h"
#include "actors/actor_resolver.h"
#include "actors/document_tokens.h"
#include "bench_corpus.h"
#include "engine/analyzer.h"
#include "ingest/agency_table.h"
#include "ingest/input_reader.h"
#include "ingest/jsonl_reader.h"
#include "text/sentence_splitter.h"

namespace dyad {
namespace {

const std::string kData = std::string(DYAD_SOURCE_DIR) + "/data";

const std::vector<Document>& Stories() {
  static const std::vector<Document>* stories = [] {
    auto* out = new std::vector<Document>();
    InputReader reader(AgencyTable::Load(kData + "/ingest/agencies.tsv").value());
    ReadJsonLines(bench::CorpusBytes(), bench::CorpusPath(), "bench", [&](Document&& d) {
      reader.Prepare(&d, [](InputProblem&&) {});
      out->push_back(std::move(d));
    }, [](InputProblem&&) {});
    return out;
  }();
  return *stories;
}

size_t Bytes() {
  size_t n = 0;
  for (const Document& d : Stories()) n += d.text.size();
  return n;
}

void BM_LoadDictionaries(benchmark::State& state) {
  for (auto _ : state) {
    auto d = ActorDictionary::Load(kData + "/actors");
    benchmark::DoNotOptimize(d);
  }
}
BENCHMARK(BM_LoadDictionaries)->Unit(benchmark::kMillisecond);

void BM_LoadEverything(benchmark::State& state) {
  for (auto _ : state) {
    auto a = Analyzer::Create(kData);
    benchmark::DoNotOptimize(a);
  }
}
BENCHMARK(BM_LoadEverything)->Unit(benchmark::kMillisecond);

void BM_MatchActors(benchmark::State& state) {
  auto dict = ActorDictionary::Load(kData + "/actors").value();
  const auto& stories = Stories();
  std::vector<std::vector<SentenceSpan>> sentences;
  for (const Document& d : stories) sentences.push_back({{0, static_cast<uint32_t>(d.text.size())}});
  size_t matches = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < stories.size(); ++i) {
      DocumentTokens t = TokenizeDocument(stories[i].text, sentences[i], dict->matcher());
      matches += dict->matcher().FindAll(t.ids).size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Bytes()));
  state.counters["matches"] = static_cast<double>(matches) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_MatchActors)->Unit(benchmark::kMillisecond);

void BM_CodeStories(benchmark::State& state) {
  auto analyzer = Analyzer::Create(kData).value();
  const auto& stories = Stories();
  size_t sentences = 0, events = 0;
  for (auto _ : state) {
    for (const Document& d : stories) {
      AnalyzedDocument a = analyzer->Analyze(d);
      sentences += a.sentences.size();
      events += a.events.size();
    }
  }
  double iters = static_cast<double>(state.iterations());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Bytes()));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * stories.size()));
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["events/story"] = static_cast<double>(events) / iters / static_cast<double>(stories.size());
}
BENCHMARK(BM_CodeStories)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyad

BENCHMARK_MAIN();
