#!/usr/bin/env bash
# scripts/dask_ingest.py against one `dyad ingest` (not a test): a generated
# corpus coded on a LocalCluster of N workers on loopback and loaded with
# `dyad load`, against `dyad ingest --threads N` of the same file. Reports the
# wall time of each and checks that the event exports are identical.
#
#   bench/dask_ingest.sh [MB] [WORKERS]     # defaults: 20 MB, 2 workers
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mb="${1:-20}"
workers="${2:-2}"
bin="${DYAD_BIN:-$root/build/dyad}"
dir="${DYAD_BENCH_DIR:-${TMPDIR:-/tmp}/dyad-bench}"
mkdir -p "$dir"
corpus="$dir/corpus-${mb}mb-seed1.jsonl"
if [ ! -s "$corpus" ]; then
  /usr/bin/python3 "$root/bench/gen_corpus.py" --mb "$mb" --seed 1 --out "$corpus.tmp"
  mv "$corpus.tmp" "$corpus"
fi
work="$(mktemp -d "$dir/dask-bench-XXXXXX")"
trap 'rm -rf "$work"' EXIT

seconds() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); x = 0; for (i = 1; i <= n; i++) x = x * 60 + t[i]; print x }' "$1"; }
cpu() { awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { print u + s }' "$1"; }

/usr/bin/time -v -o "$work/one.time" "$bin" ingest --quiet --threads "$workers" --db "$work/one.db" "$corpus"
echo "dyad ingest --threads $workers, $mb MB: $(seconds "$work/one.time") s wall, $(cpu "$work/one.time") s CPU"
/usr/bin/time -v -o "$work/dask.time" /usr/bin/python3 "$root/scripts/dask_ingest.py" --quiet --workers "$workers" \
  --dyad "$bin" --db "$work/dask.db" "$corpus"
echo "scripts/dask_ingest.py --workers $workers, $mb MB: $(seconds "$work/dask.time") s wall, $(cpu "$work/dask.time") s CPU (the script, its local workers and dyad load)"
"$bin" events --db "$work/one.db" --format jsonl > "$work/one.events"
"$bin" events --db "$work/dask.db" --format jsonl > "$work/dask.events"
if cmp -s "$work/one.events" "$work/dask.events"; then
  echo "event exports identical ($(wc -l < "$work/one.events") events)"
else
  echo "event exports DIFFER" >&2
  exit 1
fi
