// libFuzzer target: JSON Lines on any bytes (invalid UTF-8 included: the
// reader repairs it line by line, keeping ids' bytes) must neither crash nor
// throw, through the simdjson path for ordinary lines and nlohmann for the
// rest, and every story it emits must have an id and valid UTF-8 text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "ingest/jsonl_reader.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  dyad::ReadJsonLines(
      bytes, "fuzz.jsonl", "fuzz",
      [](dyad::Document&& doc) {
        if (doc.id.empty() || doc.text.empty()) std::abort();
        std::string text = doc.text;
        if (dyad::RepairUtf8(&text).bad_sequences > 0) std::abort();
      },
      [](dyad::InputProblem&&) {});
  return 0;
}
