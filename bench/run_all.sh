#!/usr/bin/env bash
# Every benchmark behind docs/performance.md, from one command (not a test):
# stage micro-benchmarks, `dyad code` throughput, ingest of 100 MB with one and
# two threads, ingest of 100 MB and 1 GB of a feed in date order and of 1 GB
# with dates in random order, start-up time, first-record latency on the
# largest store, and the API load test. Prints a report; takes ~15 minutes.
#
#   bench/run_all.sh [BUILD_DIR]       # default build (needs -DDYAD_BUILD_BENCH=ON, the default)
#   DYAD_BENCH_1GB=0 bench/run_all.sh  # skip the 1 GB run
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
bin="$build/dyad"
dir="${DYAD_BENCH_DIR:-${TMPDIR:-/tmp}/dyad-bench}"
mkdir -p "$dir"
corpus() {  # corpus MB SEED [PER_DAY] -> path; with PER_DAY, stories in date order as a feed arrives
  local path="$dir/corpus-$1mb-seed$2${3:+-chrono}.jsonl"
  [ -s "$path" ] || /usr/bin/python3 "$root/bench/gen_corpus.py" --mb "$1" --seed "$2" ${3:+--per-day "$3"} \
    --out "$path" >&2
  echo "$path"
}
timed() {  # timed LABEL MB CMD... : wall, CPU and peak memory of one command, and MB of input per CPU-second
  local label="$1" mb="$2"
  shift 2
  local out="$dir/time.txt"
  /usr/bin/time -o "$out" -f "%e %U %S %M" "$@"
  read -r wall user sys peak <"$out"
  awk -v l="$label" -v mb="$mb" -v w="$wall" -v u="$user" -v s="$sys" -v p="$peak" 'BEGIN {
    printf "%s: %s s wall, %s s user, %s s sys, %d MB peak", l, w, u, s, p / 1024
    if (mb > 0) printf "; %.1f MB per CPU-second, %.1f MB/s wall", mb / (u + s), mb / w
    printf "\n" }' >&2
  echo "$wall" >"$dir/last-wall.txt"
}

echo "== machine"
echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(lscpu | sed -n 's/^Model name: *//p')"

echo "== stage micro-benchmarks"
"$build/bench/dyad_bench_ingest" --benchmark_min_time=1 2>/dev/null | grep -E "^BM_"
DYAD_BENCH_CORPUS="$(corpus 5 7)" "$build/bench/dyad_bench_pipeline" --benchmark_min_time=2 2>/dev/null | grep -E "^BM_"
DYAD_BENCH_CORPUS="$(corpus 5 7)" "$build/bench/dyad_bench_store" --benchmark_min_time=2 2>/dev/null | grep -E "^BM_"

echo "== start-up with all dictionaries loaded (dyad code on empty input)"
for _ in 1 2 3; do timed "startup" 0 "$bin" code </dev/null; done 2>&1

c100="$(corpus 100 1)"
echo "== dyad code, 100 MB, one thread (stdin to stdout, no database)"
mb100=$(( $(stat -c %s "$c100") / 1000000 ))
timed "code 100MB" "$mb100" "$bin" code <"$c100" >/dev/null

for threads in 1 2; do
  echo "== dyad ingest, 100 MB, --threads $threads"
  rm -f "$dir/b$threads.db"*
  timed "ingest 100MB j$threads" "$mb100" "$bin" ingest --quiet --threads "$threads" --db "$dir/b$threads.db" "$c100"
  cp "$dir/last-wall.txt" "$dir/wall-j$threads.txt"
done
awk -v a="$(cat "$dir/wall-j1.txt")" -v b="$(cat "$dir/wall-j2.txt")" 'BEGIN { printf "two threads: %.2fx one thread\n", a / b }'
echo "== exports identical across thread counts"
cmp <("$bin" events --db "$dir/b1.db" --format jsonl) <("$bin" events --db "$dir/b2.db" --format jsonl) && echo identical

if [ "${DYAD_BENCH_1GB:-1}" = 1 ]; then
  # News arrives in date order: the feed-like corpora show how cost grows
  # with size; the 1 GB corpus with dates in random order is the worst case
  # (every batch touches the whole of the event indexes).
  f1g="$(corpus 1024 3 1000)"
  f100="$dir/corpus-100mb-seed3-chrono-head.jsonl"
  [ -s "$f100" ] || head -c 104857600 "$f1g" | sed '$d' >"$f100"
  for input in "$f100" "$f1g"; do
    mb=$(( $(stat -c %s "$input") / 1000000 ))
    echo "== dyad ingest, $mb MB in date order, --threads 2"
    rm -f "$dir/feed.db"*
    timed "ingest feed ${mb}MB j2" "$mb" "$bin" ingest --quiet --threads 2 --db "$dir/feed.db" "$input"
  done
  c1g="$(corpus 1024 2)"
  echo "== dyad ingest, 1 GB with dates in random order, --threads 2"
  rm -f "$dir/big.db"*
  timed "ingest 1GB j2" "$(( $(stat -c %s "$c1g") / 1000000 ))" "$bin" ingest --quiet --threads 2 --db "$dir/big.db" "$c1g"
  store="$dir/big.db"
else
  store="$dir/b2.db"
fi
events=$(sqlite3 "$store" "select count(*) from events" 2>/dev/null || echo "?")
dyad=$(sqlite3 "$store" "select dyad from events where dyad is not null group by dyad order by count(*) desc limit 1" 2>/dev/null || echo CHN-VNM)
echo "== first record of dyad events --dyad $dyad --from 2024-01 --to 2024-06 on a store of $events events"
for _ in 1 2 3; do
  start=$(date +%s%N)
  ("$bin" events --db "$store" --dyad "$dyad" --from 2024-01 --to 2024-06 --format jsonl | head -1 >/dev/null) || true
  echo "first record after $(( ($(date +%s%N) - start) / 1000000 )) ms"
done

echo "== API load test"
DYAD_BIN="$bin" "$root/bench/api_load.sh" "$dir/b2.db"
