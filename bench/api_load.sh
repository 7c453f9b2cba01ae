#!/usr/bin/env bash
# Bounded load test of `dyad serve` on loopback (not a test): wrk against
# /api/events, /api/timeline, /api/places and /api/dyads for a fixed time each, on a store built from a
# generated corpus. Reports requests/s, latency percentiles and errors.
#
#   bench/api_load.sh [DB]        # default: a 20 MB generated corpus in /tmp/dyad-bench
#   DYAD_BIN=build/dyad DURATION=10s CONNECTIONS=32 bench/api_load.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${DYAD_BIN:-$root/build/dyad}"
dir="${DYAD_BENCH_DIR:-${TMPDIR:-/tmp}/dyad-bench}"
duration="${DURATION:-10s}"
connections="${CONNECTIONS:-32}"
db="${1:-}"
command -v wrk >/dev/null || { echo "api_load: needs wrk (apt-get install wrk)" >&2; exit 1; }
mkdir -p "$dir"
if [ -z "$db" ]; then
  db="$dir/api-load.db"
  if [ ! -s "$db" ]; then
    corpus="$dir/corpus-20mb-seed3.jsonl"
    [ -s "$corpus" ] || /usr/bin/python3 "$root/bench/gen_corpus.py" --mb 20 --seed 3 --out "$corpus"
    "$bin" ingest --quiet --db "$db" "$corpus"
  fi
fi
dyad=$("$bin" dyads --db "$db" --format csv | sed -n 2p | cut -d, -f1)  # the busiest pair
log="$dir/serve.log"
"$bin" serve --db "$db" --port 0 --web "" 2> "$log" &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q "listening" "$log" && break; sleep 0.1; done
port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$log")
events=$("$bin" events --db "$db" --format csv | wc -l)
echo "store: $db ($events events), dyad $dyad, $connections connections, $duration per endpoint"
for path in "/api/events?dyad=$dyad&limit=100" "/api/timeline?dyad=$dyad&bucket=month" "/api/places?dyad=$dyad" \
  "/api/dyads"; do
  echo "== GET $path"
  wrk -t2 -c"$connections" -d"$duration" --latency "http://127.0.0.1:$port$path" |
    grep -E "Requests/sec|Latency  |50%|90%|99%|Non-2xx|Socket errors|requests in"
done
