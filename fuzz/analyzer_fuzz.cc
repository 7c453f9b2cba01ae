// libFuzzer target: any bytes as a story through the whole analysis
// (metadata, sentences, actors, events). Must never crash or hang.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "engine/analyzer.h"
#include "ingest/agency_table.h"
#include "ingest/input_reader.h"

#ifndef DYAD_DATA_DIR
#define DYAD_DATA_DIR "data"
#endif

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static dyad::Analyzer* analyzer = dyad::Analyzer::Create(DYAD_DATA_DIR).value().release();
  static dyad::InputReader* reader =
      new dyad::InputReader(dyad::AgencyTable::Load(std::string(DYAD_DATA_DIR) + "/ingest/agencies.tsv").value());
  reader->ReadBytes(std::string(reinterpret_cast<const char*>(data), size), "fuzz.txt",
                    [](dyad::Document&& doc) {
                      dyad::Document copy = doc;
                      (void)analyzer->Analyze(std::move(doc));
                      (void)analyzer->CodeEvents(std::move(copy));  // the path `dyad code` takes
                    },
                    [](dyad::InputProblem&&) {});
  return 0;
}
