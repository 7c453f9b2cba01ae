#!/usr/bin/env bash
# The hostile-input batch benchmark (not a test): writes the batch that
# tests/cli/hostile_batch_test.cc checks (issue 11's hostile inputs beside 88
# good stories; tests/cli/hostile_batch.h) with build/tests/cli/dyad_hostile_batch,
# runs one `dyad ingest` over it RUNS times into a fresh store each time, and
# reports wall time and peak memory (/usr/bin/time -v) of each run and their
# median, for docs/reliability.md.
#
#   bench/hostile_batch.sh [RUNS]                 # default 3, release build in build/
#   bench/hostile_batch.sh --keep DIR [RUNS]      # leave the batch in DIR (not removed)
#   DYAD_BUILD_DIR=out bench/hostile_batch.sh
#
# The batch names a FIFO nobody writes to: DYAD_FIFO_TIMEOUT=1 (as in the
# test) makes it one second of the time. As root, dyad runs without the
# capabilities that would let it read the batch's unreadable directory.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${DYAD_BUILD_DIR:-$root/build}"
bin="$build/dyad"
gen="$build/tests/cli/dyad_hostile_batch"
keep=""
if [ "${1:-}" = "--keep" ]; then
  keep="${2:?--keep needs a directory}"
  shift 2
fi
runs="${1:-3}"

for tool in "$bin" "$gen" /usr/bin/time; do
  if [ ! -x "$tool" ]; then
    echo "hostile_batch: $tool is missing (build first: ninja -C $build dyad dyad_hostile_batch; apt-get install time)" >&2
    exit 1
  fi
done

if [ -n "$keep" ]; then
  dir="$keep"
  mkdir -p "$dir"
else
  dir="$(mktemp -d "${TMPDIR:-/tmp}/dyad-hostile-XXXXXX")"
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/dyad-hostile-run-XXXXXX")"
cleanup() {
  rm -rf "$work"
  # The batch holds a directory of mode 0.
  if [ -z "$keep" ]; then chmod -R u+rwX "$dir" 2>/dev/null || true; rm -rf "$dir"; fi
}
trap cleanup EXIT

mapfile -t inputs < <("$gen" "$dir")
wrap=()
if [ "$(id -u)" = 0 ]; then
  wrap=(/usr/bin/setpriv --bounding-set -dac_override,-dac_read_search --)
fi

walls=()
peaks=()
for run in $(seq 1 "$runs"); do
  db="$work/run$run.db"
  status=0
  (cd "$dir" && DYAD_FIFO_TIMEOUT=1 /usr/bin/time -v -o "$work/time$run.txt" \
    "${wrap[@]}" "$bin" ingest --db "$db" "${inputs[@]}" 2>"$work/err$run.txt") || status=$?
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$work/time$run.txt")
  peak_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time$run.txt")
  summary=$(grep ' documents read: ' "$work/err$run.txt" || true)
  echo "run $run: ${wall} s wall, $((peak_kb / 1024)) MB peak RSS, exit $status; ${summary#dyad ingest: }"
  walls+=("$wall")
  peaks+=("$peak_kb")
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
echo "median of $runs: $(median "${walls[@]}") s wall, $(($(median "${peaks[@]}") / 1024)) MB peak RSS" \
  "($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
echo "command: (cd BATCH && DYAD_FIFO_TIMEOUT=1 /usr/bin/time -v ${wrap[*]} $bin ingest --db DB ${inputs[*]})"
[ -n "$keep" ] && echo "batch kept in $dir"
exit 0
