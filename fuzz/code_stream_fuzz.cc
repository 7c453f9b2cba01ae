// libFuzzer target: the path `dyad code` takes on one thread (stream_coder.cc),
// so the entry points the other targets skip are fuzzed too: the JSON Lines
// stream (pieces, over-long lines passed over unread), the JSON depth limit,
// InputReader::Prepare's percent-encoding of ids with invalid UTF-8, and the
// event records written with the bound-sized writer. Must never crash or hang;
// every story must come out of Prepare with valid UTF-8 id and text, and every
// record must be valid JSON of valid UTF-8.
//
// CodeStream itself is not called: it loads the analyzer on every call.
//
// A first byte 0x01..0x03 (never the start of real JSON Lines) is taken off
// and picks a small line limit: the real one (16 MB) is far over -max_len, so
// without it the fuzzer could never reach the over-long line path.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "engine/analyzer.h"
#include "engine/record_json.h"
#include "ingest/agency_table.h"
#include "ingest/input_reader.h"
#include "ingest/jsonl_stream.h"
#include "text/utf8.h"

#ifndef DYAD_DATA_DIR
#define DYAD_DATA_DIR "data"
#endif

namespace {

bool ValidUtf8(std::string s) { return dyad::RepairUtf8(&s).bad_sequences == 0; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static dyad::Analyzer* analyzer = dyad::Analyzer::Create(DYAD_DATA_DIR).value().release();
  static dyad::InputReader* reader =
      new dyad::InputReader(dyad::AgencyTable::Load(std::string(DYAD_DATA_DIR) + "/ingest/agencies.tsv").value());

  size_t max_line = dyad::kMaxStoryBytes;
  if (size > 0 && data[0] >= 1 && data[0] <= 3) {
    max_line = size_t{1} << (4 * data[0]);  // 16 B, 256 B, 4 KB
    ++data;
    --size;
  }
  // fmemopen of 0 bytes fails; an empty stream is still worth reading.
  std::string bytes(reinterpret_cast<const char*>(data), size);
  std::unique_ptr<FILE, int (*)(FILE*)> in(bytes.empty() ? std::tmpfile() : fmemopen(bytes.data(), bytes.size(), "rb"),
                                           &std::fclose);
  if (in == nullptr) return 0;

  auto report = [](dyad::InputProblem&&) {};
  dyad::ReadJsonLinesStream(
      in.get(), "stdin", "stdin",
      [&](dyad::Document&& doc) {
        reader->Prepare(&doc, report);
        if (doc.id.empty() || !ValidUtf8(doc.id) || !ValidUtf8(doc.text)) std::abort();
        std::string error;
        for (const dyad::EventRecord& e : analyzer->CodeEvents(std::move(doc), &error)) {
          // Exactly the bound, on the heap: ASan reports a write past it.
          size_t bound = dyad::EventJsonBound(e);
          std::unique_ptr<char[]> buf(new char[bound]);
          std::string json(buf.get(), dyad::WriteEventJson(e, buf.get()));
          if (!ValidUtf8(json) || !nlohmann::json::accept(json)) std::abort();
        }
      },
      report, max_line);
  return 0;
}
