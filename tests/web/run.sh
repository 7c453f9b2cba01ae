#!/usr/bin/env bash
# Browser tests of the dashboard on the seed stories. Builds the web bundle (and nothing else),
# ingests the seeds into a temporary store with the given dyad binary, starts `dyad serve` on a free
# loopback port, runs tests/web/dashboard.test.mjs against it and stops the server.
#
#   tests/web/run.sh [DYAD_BIN] [SEEDS_DIR] [ARTIFACTS_DIR]
#
#   DYAD_BIN       default $DYAD_BIN, else build/dyad
#   SEEDS_DIR      default ../shared/seeds; when absent, prints "skipped: seeds absent" and exits 0
#   ARTIFACTS_DIR  screenshots; default build/web-artifacts
#   DYAD_DATA      passed through to dyad (dictionaries), as everywhere
#   DYAD_WEB_MOCK=1  serve with tests/web/mock-server.mjs instead of `dyad serve` (it is also used,
#                  with a warning, when the binary has no `serve` command); needs the sqlite3 shell.
#
# Needs node, npm and /usr/bin/chromium (scripts/install-web-deps.sh). The last line of output is
# "N passed, M failed"; the exit status is non-zero on any failure.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
bin="${1:-${DYAD_BIN:-build/dyad}}"
seeds="${2:-$root/../shared/seeds}"
artifacts="${3:-build/web-artifacts}"

if [ ! -d "$seeds" ] || [ -z "$(ls -A "$seeds" 2>/dev/null)" ]; then
  echo "tests/web/run.sh: skipped: seeds absent ($seeds)"
  exit 0
fi
if [ ! -x "$bin" ]; then
  echo "tests/web/run.sh: no dyad binary at $bin (build it first, or pass its path)" >&2
  exit 1
fi
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
for need in node npm /usr/bin/chromium; do
  if ! command -v "$need" >/dev/null; then
    echo "tests/web/run.sh: $need is missing (run scripts/install-web-deps.sh)" >&2
    exit 1
  fi
done

tmp="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

echo "== web bundle"
web/build.sh "$tmp/web"

echo "== ingest $seeds and the sample stories in Chinese and Vietnamese"
"$bin" ingest --db "$tmp/seeds.db" "$seeds" "$root/data/samples/zh-chn-vnm-visit.txt" "$root/data/samples/vi-vnm-lao-talks.txt"

port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
mock="${DYAD_WEB_MOCK:-0}"
if [ "$mock" != 1 ] && ! "$bin" serve --help >/dev/null 2>&1; then
  echo "tests/web/run.sh: warning: $bin has no serve command; using tests/web/mock-server.mjs" >&2
  mock=1
fi
if [ "$mock" = 1 ]; then
  echo "== mock server on 127.0.0.1:$port"
  node tests/web/make-fixture.mjs "$bin" "$tmp/seeds.db" "${DYAD_DATA:-$root/data}" > "$tmp/fixture.json"
  node tests/web/mock-server.mjs --fixture "$tmp/fixture.json" --port "$port" --bind 127.0.0.1 --web "$tmp/web" \
    > "$tmp/server.log" 2>&1 &
else
  echo "== dyad serve on 127.0.0.1:$port"
  "$bin" serve --db "$tmp/seeds.db" --port "$port" --bind 127.0.0.1 --web "$tmp/web" > "$tmp/server.log" 2>&1 &
fi
server_pid=$!

# Wait (at most 20 s) until the API answers.
url="http://127.0.0.1:$port/"
if ! node -e '
  const url = process.argv[1] + "api/dyads";
  const end = Date.now() + 20000;
  (async () => {
    while (Date.now() < end) {
      try { const r = await fetch(url); if (r.ok) process.exit(0); } catch {}
      await new Promise((r) => setTimeout(r, 200));
    }
    process.exit(1);
  })();' "$url"; then
  echo "tests/web/run.sh: the server did not answer on $url; its log:" >&2
  cat "$tmp/server.log" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

echo "== browser tests ($url)"
status=0
node tests/web/dashboard.test.mjs --url "$url" --out "$artifacts" | tee "$tmp/test.out" || status=$?
if [ "$status" -ne 0 ]; then
  echo "-- server log (last 40 lines)"
  tail -n 40 "$tmp/server.log" || true
  # The count stays the last line.
  grep -E '^[0-9]+ passed, [0-9]+ failed$' "$tmp/test.out" || echo "0 passed, 1 failed"
fi
exit "$status"
