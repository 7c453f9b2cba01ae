#!/usr/bin/env bash
# Builds one libFuzzer target with clang in its own build directory, writes
# its seeds and fuzzes it for a while, single-process.
#
#   fuzz/run.sh TARGET [SECONDS] [LIBFUZZER_FLAG...]
#
# TARGET: html_reader_fuzz feed_reader_fuzz jsonl_reader_fuzz analyzer_fuzz
# code_stream_fuzz. SECONDS (default 180) bounds the run (-max_total_time).
# Extra flags go to libFuzzer last, so they win (e.g. -runs=0 to only replay
# the corpus). Environment: DYAD_FUZZ_BUILD (default build-fuzz in the
# source tree), DYAD_FUZZ_JOBS (build jobs, default 2).
#
# Directories under $DYAD_FUZZ_BUILD:
#   corpus/TARGET     the working corpus: libFuzzer adds what it finds here
#                     and later runs start from it (delete it to start over)
#   seeds-gen/TARGET  the hostile seeds make_seeds.py writes on every run
#   artifacts/TARGET/ crash-*, timeout-*, oom-* inputs
# The committed seeds (fuzz/seeds/TARGET) are read, never written.
#
# Exit status is libFuzzer's: 0 when nothing was found.
set -euo pipefail

if [[ $# -lt 1 ]]; then
  sed -n '2,20p' "$0" >&2
  exit 2
fi
target=$1
seconds=${2:-180}
shift $(( $# >= 2 ? 2 : 1 ))

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(dirname "$here")
build=${DYAD_FUZZ_BUILD:-$src/build-fuzz}
jobs=${DYAD_FUZZ_JOBS:-2}

# Why these values (fuzz/README.md has the long form):
# - max_len 4 MiB: 100k nested '[' is ~200 KB and 100k nested <div> 500 KB;
#   gumbo's quadratic shapes (unclosed <div><p>) need about a MB to take
#   seconds; the JSON Lines stream cuts 4 MiB pieces. The 16 MB line limit
#   itself is out of reach (every input is copied several times, under ASan),
#   so code_stream_fuzz lowers it instead (see its first byte).
# - timeout 20 s: the largest seed takes under 5 s with ASan+UBSan
#   (analyzer_fuzz's 2 MB story), while the quadratic stalls of issue 11 took
#   39-77 s even unsanitized.
# - rss 4096 MB: ASan's quarantine and the analyzer's dictionaries keep a
#   target near 1 GB, a few copies of a 4 MiB input add little; an entity
#   bomb (GBs) still trips it. libFuzzer applies the same to one malloc.
max_len=4194304
timeout=20
rss_mb=4096

export CMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER:-ccache}
export CMAKE_C_COMPILER_LAUNCHER=${CMAKE_C_COMPILER_LAUNCHER:-ccache}
if [[ ! -f $build/CMakeCache.txt ]]; then
  cmake -S "$src" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DDYAD_BUILD_FUZZ=ON \
    -DDYAD_BUILD_TESTS=OFF -DDYAD_BUILD_BENCH=OFF -DDYAD_BUILD_WEB=OFF >/dev/null
fi
cmake --build "$build" -j "$jobs" --target "$target"

corpus=$build/corpus/$target
generated=$build/seeds-gen/$target
artifacts=$build/artifacts/$target
mkdir -p "$corpus" "$generated" "$artifacts"
python3 "$here/make_seeds.py" "$target" "$generated" "$max_len"

seeds=("$corpus" "$generated")
[[ -d $here/seeds/$target ]] && seeds+=("$here/seeds/$target")

# The first directory is the only one libFuzzer writes to.
exec "$build/fuzz/$target" \
  -max_len="$max_len" -timeout="$timeout" -rss_limit_mb="$rss_mb" \
  -max_total_time="$seconds" -artifact_prefix="$artifacts/" \
  -print_final_stats=1 "$@" "${seeds[@]}"
