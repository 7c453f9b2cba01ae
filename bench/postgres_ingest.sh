#!/usr/bin/env bash
# Ingest into PostgreSQL (not a test): a throw-away server from Debian's
# packages on loopback (tests/pg/pg_server.sh, fsync on, as a server store
# would run), then `dyad ingest` of one generated corpus into SQLite and into
# PostgreSQL with one process, and into PostgreSQL with two processes at once
# (each half of the corpus). Reports wall time, CPU, peak memory of each and MB
# of text per CPU-second of dyad (the server's own CPU is not counted: it is
# printed from the server's process accounting separately). The two-process
# run is checked: every story stored once.
#
#   bench/postgres_ingest.sh [MB] [SEED]     # defaults: 20 MB, seed 1
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mb="${1:-20}"
seed="${2:-1}"
bin="${DYAD_BIN:-$root/build/dyad}"
dir="${DYAD_BENCH_DIR:-${TMPDIR:-/tmp}/dyad-bench}"
mkdir -p "$dir"
corpus="$dir/corpus-${mb}mb-seed${seed}.jsonl"
if [ ! -s "$corpus" ]; then
  /usr/bin/python3 "$root/bench/gen_corpus.py" --mb "$mb" --seed "$seed" --out "$corpus.tmp"
  mv "$corpus.tmp" "$corpus"
fi
work="$(mktemp -d "$dir/pg-bench-XXXXXX")"
server="/tmp/dyad-pg-bench-$$"
trap '"$root/tests/pg/pg_server.sh" stop "$server"; rm -rf "$work"' EXIT
uri="$(DYAD_PG_PORT=${DYAD_PG_PORT:-54329} DYAD_PG_FSYNC=on "$root/tests/pg/pg_server.sh" start "$server")"
lines=$(wc -l < "$corpus")
head -n $((lines / 2)) "$corpus" > "$work/a.jsonl"
tail -n +$((lines / 2 + 1)) "$corpus" > "$work/b.jsonl"

report() {  # report LABEL TIMEFILE...
  local label="$1"
  shift
  awk -v label="$label" -v mb="$mb" -F': ' '
    /User time/ { u += $2 } /System time/ { s += $2 }
    /Maximum resident/ { if ($2 > p) p = $2 }
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); x = 0; for (i = 1; i <= n; i++) x = x * 60 + t[i]; if (x > w) w = x }
    END { printf "%s: %.1f s wall, %.1f s CPU, %d MB peak; %.1f MB per CPU-second, %.1f MB/s wall\n",
                 label, w, u + s, p / 1024, mb / (u + s), mb / w }' "$@"
}

/usr/bin/time -v -o "$work/sqlite.time" "$bin" ingest --quiet --threads 2 --db "$work/s.db" "$corpus"
report "ingest ${mb} MB into SQLite, --threads 2" "$work/sqlite.time"
/usr/bin/time -v -o "$work/pg.time" "$bin" ingest --quiet --threads 2 --db "$uri" "$corpus"
report "ingest ${mb} MB into PostgreSQL (loopback), --threads 2" "$work/pg.time"

two="${uri%/dyad}/two"
runuser -u postgres -- "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/createdb" -h 127.0.0.1 \
  -p "${DYAD_PG_PORT:-54329}" -U dyad two
/usr/bin/time -v -o "$work/a.time" "$bin" ingest --quiet --threads 2 --db "$two" "$work/a.jsonl" &
/usr/bin/time -v -o "$work/b.time" "$bin" ingest --quiet --threads 2 --db "$two" "$work/b.jsonl" &
wait
report "ingest ${mb} MB into PostgreSQL as two processes at once (half each), --threads 2" "$work/a.time" "$work/b.time"
stored=$("$bin" docs --db "$two" --format jsonl | wc -l)
one=$("$bin" docs --db "$uri" --format jsonl | wc -l)
echo "stories stored: $stored by two processes, $one by one process, $("$bin" docs --db "$work/s.db" --format jsonl | wc -l) in SQLite"
