// Throughput of the first and last stages of ingest: reading JSON Lines
// (parsing alone, then with UTF-8 repair, NFC and metadata from the text)
// and writing analysed stories into a new store (documents, full-text index,
// annotations, events with cross-story merges, in batches as ingest does).
// Input: $DYAD_BENCH_CORPUS as for dyad_bench_pipeline.
//
//   build/bench/dyad_bench_store [--benchmark_filter=Store]
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "bench_corpus.h"
#include "engine/analyzer.h"
#include "ingest/agency_table.h"
#include "ingest/input_reader.h"
#include "ingest/jsonl_reader.h"
#include "store/document_store.h"

namespace dyad {
namespace {

const std::string kData = std::string(DYAD_SOURCE_DIR) + "/data";

using bench::CorpusBytes;

void BM_ReadJsonLines(benchmark::State& state) {
  size_t docs = 0;
  for (auto _ : state) {
    ReadJsonLines(CorpusBytes(), "bench", "bench", [&](Document&&) { ++docs; }, [](InputProblem&&) {});
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * CorpusBytes().size()));
  state.counters["stories/s"] = benchmark::Counter(static_cast<double>(docs), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ReadJsonLines)->Unit(benchmark::kMillisecond);

// What the reader thread does per story: parse, repair, NFC, metadata.
void BM_ReadAndPrepare(benchmark::State& state) {
  InputReader reader(AgencyTable::Load(kData + "/ingest/agencies.tsv").value());
  size_t docs = 0;
  for (auto _ : state) {
    reader.ReadBytes(CorpusBytes(), "bench.jsonl", [&](Document&&) { ++docs; }, [](InputProblem&&) {});
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * CorpusBytes().size()));
  state.counters["stories/s"] = benchmark::Counter(static_cast<double>(docs), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ReadAndPrepare)->Unit(benchmark::kMillisecond);

// The writer's share of ingest: every analysed story of the corpus into a
// new store, 4096 per transaction. Bytes are the stories' text.
void BM_StoreDocuments(benchmark::State& state) {
  InputReader reader(AgencyTable::Load(kData + "/ingest/agencies.tsv").value());
  auto analyzer = Analyzer::Create(kData).value();
  std::vector<AnalyzedDocument> analyzed;
  size_t bytes = 0, events = 0;
  reader.ReadBytes(CorpusBytes(), "bench.jsonl", [&](Document&& d) {
    bytes += d.text.size();
    analyzed.push_back(analyzer->Analyze(std::move(d)));
    events += analyzed.back().events.size();
  }, [](InputProblem&&) {});
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "dyad-store-bench";
  for (auto _ : state) {
    state.PauseTiming();
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    auto store = DocumentStore::Open((dir / "b.db").string()).value();
    state.ResumeTiming();
    if (!store->BeginBatch().ok()) std::abort();
    for (size_t i = 0; i < analyzed.size(); ++i) {
      if (!store->Put(analyzed[i]).ok()) std::abort();
      if ((i + 1) % 4096 == 0 && !(store->CommitBatch().ok() && store->BeginBatch().ok())) std::abort();
    }
    if (!store->CommitBatch().ok()) std::abort();
  }
  std::filesystem::remove_all(dir);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * analyzed.size()));
  state.counters["events/s"] = benchmark::Counter(static_cast<double>(state.iterations() * events),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_StoreDocuments)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyad

BENCHMARK_MAIN();
