// The generated corpus the pipeline and store benchmarks share:
// $DYAD_BENCH_CORPUS, else /tmp/dyad-bench/corpus-5mb.jsonl, written by
// bench/gen_corpus.py (5 MB, seed 7) on first use.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace dyad::bench {

inline const std::string& CorpusPath() {
  static const std::string path = [] {
    const char* env = std::getenv("DYAD_BENCH_CORPUS");
    std::string p = env ? env : "/tmp/dyad-bench/corpus-5mb.jsonl";
    if (!std::filesystem::exists(p)) {
      std::filesystem::create_directories(std::filesystem::path(p).parent_path());
      std::string cmd =
          "/usr/bin/python3 " + std::string(DYAD_SOURCE_DIR) + "/bench/gen_corpus.py --mb 5 --seed 7 --out " + p;
      if (std::system(cmd.c_str()) != 0) std::abort();
    }
    return p;
  }();
  return path;
}

// The corpus file's bytes, read once.
inline const std::string& CorpusBytes() {
  static const std::string bytes = [] {
    std::ifstream in(CorpusPath());
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }();
  return bytes;
}

}  // namespace dyad::bench
