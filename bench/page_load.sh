#!/usr/bin/env bash
# What a dashboard page load costs `dyad serve` (not a test): the server's CPU
# time for N loads of /, /app.js and /app.css with a browser's Accept-Encoding,
# read from /proc before and after.
#
#   bench/page_load.sh [DB]          # default: a store of data/samples
#   DYAD_BIN=build/dyad LOADS=50 WEB=build/web bench/page_load.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${DYAD_BIN:-$root/build/dyad}"
web="${WEB:-$root/build/web}"
loads="${LOADS:-50}"
tmp="$(mktemp -d)"
db="${1:-$tmp/samples.db}"
[ -s "$db" ] || "$bin" ingest --quiet --db "$db" "$root/data/samples"
"$bin" serve --db "$db" --port 0 --web "$web" 2> "$tmp/serve.log" &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 50); do grep -q "listening" "$tmp/serve.log" && break; sleep 0.1; done
port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$tmp/serve.log")
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
before=$(ticks)
for _ in $(seq "$loads"); do
  for path in / /app.js /app.css; do
    curl -s -o /dev/null -H 'Accept-Encoding: gzip, deflate, br' "http://127.0.0.1:$port$path"
  done
done
after=$(ticks)
echo "$loads page loads: $(( (after - before) * 1000 / hz )) ms of server CPU in all," \
     "$(( (after - before) * 1000000 / hz / loads )) us per page load"
