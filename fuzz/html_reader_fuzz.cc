// libFuzzer target: ReadHtml and HtmlFragmentToText must neither crash nor
// throw on any bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/html_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)dyad::ReadHtml(bytes, "fuzz.html");
  (void)dyad::HtmlFragmentToText(bytes);
  return 0;
}
