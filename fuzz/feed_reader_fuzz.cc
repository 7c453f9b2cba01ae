// libFuzzer target: LooksLikeFeed and ReadFeed must neither crash nor throw on
// any bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/feed_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)dyad::LooksLikeFeed(bytes);
  (void)dyad::ReadFeed(bytes, "fuzz.xml", "fuzz");
  return 0;
}
