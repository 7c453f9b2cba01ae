// dyad_hostile_batch DIR: writes the hostile-input batch of
// tests/cli/hostile_batch_test.cc under DIR (made if missing) and prints the
// inputs to name, one a line, for bench/hostile_batch.sh. The batch holds a
// directory of mode 0; `chmod -R u+rwX DIR` before removing it.
#include <cstdio>
#include <filesystem>
#include <string>

#include "hostile_batch.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: dyad_hostile_batch DIR\n");
    return 2;
  }
  std::error_code ec;
  std::filesystem::create_directories(argv[1], ec);
  dyad::testing::HostileBatch batch = dyad::testing::WriteHostileBatch(argv[1]);
  if (!batch.error.empty()) {
    std::fprintf(stderr, "dyad_hostile_batch: %s\n", batch.error.c_str());
    return 1;
  }
  for (const std::string& arg : batch.args) std::printf("%s\n", arg.c_str());
  std::fprintf(stderr, "dyad_hostile_batch: %zu good stories, %zu inputs to reject, %zu warnings; DYAD_FIFO_TIMEOUT=%s\n",
               batch.good_ids.size(), batch.rejected.size(), batch.warnings.size(), batch.fifo_timeout.c_str());
  return 0;
}
