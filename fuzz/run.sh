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
# - max_len 4 MiB for the readers: 100k nested '[' is ~200 KB and 100k
#   nested <div> 500 KB; gumbo's quadratic shapes (unclosed <div><p>) need
#   about a MB to take seconds. 1 MiB for the targets that analyse the text:
#   the analysis is linear but ~15 us a byte under ASan, so a 4 MiB story
#   would take a minute and look like a stall; 1 MiB still holds every
#   hostile shape. The 16 MB line limit is out of reach either way (each
#   input is copied several times a run), so code_stream_fuzz lowers it
#   instead (see its first byte).
# - timeout 25 s: the slowest legitimate input, a 1 MiB story, takes up to
#   ~15 s with ASan+UBSan on a busy machine; the quadratic stalls of issue
#   11 took 39-77 s even unsanitized (and 2 minutes for 256 KB of names in
#   the chunker, found this way).
# - rss 4096 MB: the analysing targets peak near 700 MB (ASan quarantine,
#   the analyzer's dictionaries), the readers under 100 MB; an entity bomb
#   (GBs) still trips it. libFuzzer applies the same limit to one malloc.
case $target in
  analyzer_fuzz | code_stream_fuzz) max_len=1048576 ;;
  *) max_len=4194304 ;;
esac
timeout=25
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

# DYAD_FUZZ_SEEDS_ONLY=1 (replay.sh) leaves the working corpus out: it grows
# to 100+ MB of MB-sized inputs, too slow to replay in a quick check.
if [[ ${DYAD_FUZZ_SEEDS_ONLY:-0} == 1 ]]; then
  seeds=("$generated")
else
  seeds=("$corpus" "$generated")
fi
[[ -d $here/seeds/$target ]] && seeds+=("$here/seeds/$target")

# The first directory is the only one libFuzzer writes to.
exec "$build/fuzz/$target" \
  -max_len="$max_len" -timeout="$timeout" -rss_limit_mb="$rss_mb" \
  -max_total_time="$seconds" -artifact_prefix="$artifacts/" \
  -print_final_stats=1 "$@" "${seeds[@]}"
