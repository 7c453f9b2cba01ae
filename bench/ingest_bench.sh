#!/usr/bin/env bash
# The ingest benchmark (not a test): generates a JSON Lines corpus with
# bench/gen_corpus.py, times `dyad ingest --quiet` on it into a fresh database,
# and reports MB/s, documents/s and peak memory.
#
#   bench/ingest_bench.sh [MB] [SEED]      # defaults: 100 MB, seed 1
#   DYAD_BIN=build/dyad DYAD_THREADS=1 DYAD_BENCH_DIR=/tmp/dyad-bench bench/ingest_bench.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mb="${1:-100}"
seed="${2:-1}"
bin="${DYAD_BIN:-$root/build/dyad}"
dir="${DYAD_BENCH_DIR:-${TMPDIR:-/tmp}/dyad-bench}"

if [ ! -x "$bin" ]; then
  echo "ingest_bench: no dyad binary at $bin (build it first, or set DYAD_BIN)" >&2
  exit 1
fi
if [ ! -x /usr/bin/time ]; then
  echo "ingest_bench: needs /usr/bin/time (apt-get install time)" >&2
  exit 1
fi
mkdir -p "$dir"
corpus="$dir/corpus-${mb}mb-seed${seed}.jsonl"
if [ ! -s "$corpus" ]; then
  /usr/bin/python3 "$root/bench/gen_corpus.py" --mb "$mb" --seed "$seed" --out "$corpus.tmp"
  mv "$corpus.tmp" "$corpus"
fi
# A database of its own, so that runs side by side (or bench/run_all.sh) do not collide.
db="$dir/ingest-bench-$$.db"
timing="$dir/ingest-bench-$$.time"
trap 'rm -f "$db" "$db-wal" "$db-shm" "$timing"' EXIT

bytes=$(stat -c %s "$corpus")
docs=$(wc -l < "$corpus")
/usr/bin/time -v -o "$timing" "$bin" ingest --quiet ${DYAD_THREADS:+--threads "$DYAD_THREADS"} --db "$db" "$corpus"

wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$timing")
seconds=$(awk -v t="$wall" 'BEGIN { n = split(t, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }')
peak_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$timing")
user=$(awk -F': ' '/User time/ {print $2}' "$timing")
sys=$(awk -F': ' '/System time/ {print $2}' "$timing")
db_bytes=$(( $(stat -c %s "$db") + $(stat -c %s "$db-wal" 2>/dev/null || echo 0) ))
stored=$("$bin" docs --db "$db" --format jsonl | wc -l)

awk -v b="$bytes" -v d="$docs" -v st="$stored" -v s="$seconds" -v k="$peak_kb" -v u="$user" -v y="$sys" -v db="$db_bytes" 'BEGIN {
  printf "corpus      %.1f MB (%d bytes), %d documents\n", b / 1048576, b, d
  printf "wall        %.2f s (user %.2f s, sys %.2f s)\n", s, u, y
  printf "throughput  %.2f MB/s, %.0f documents/s\n", b / 1048576 / s, d / s
  printf "peak RSS    %.0f MB\n", k / 1024
  printf "database    %.0f MB, %d documents stored\n", db / 1048576, st
}'
