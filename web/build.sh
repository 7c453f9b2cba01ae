#!/usr/bin/env bash
# Builds dyad's dashboard: web/src/main.js bundled by esbuild into OUTDIR/app.js (minified), and
# web/src/index.html and web/src/app.css copied beside it. `dyad serve --web OUTDIR` serves the result
# at /.
#
#   web/build.sh [OUTDIR]        # default web/dist
#
#   DYAD_WEB_SOURCEMAP=1  also writes OUTDIR/app.js.map, for debugging in a browser's devtools. Off by
#                  default: the map (about 5 MB) holds every bundled source, and `dyad serve` refuses
#                  to serve *.map files anyway. A build without it removes a map left by an earlier one.
#
# Idempotent. Runs `npm ci` only when node_modules is missing or was installed from another
# package-lock.json, so it works offline once node_modules exists.
set -euo pipefail

web="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$web/dist}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
cd "$web"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "web/build.sh: node and npm are needed (scripts/install-web-deps.sh installs them)" >&2
  exit 1
fi

# One build at a time in this tree (a CMake build and tests/web/run.sh may overlap).
exec 9>"$web/.build.lock"
flock 9

# node_modules is current when it was installed from this very package-lock.json.
stamp=node_modules/.dyad-lock.sha256
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || [ ! -x node_modules/.bin/esbuild ]; then
  echo "web/build.sh: npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi

sourcemap=()
if [ "${DYAD_WEB_SOURCEMAP:-0}" = 1 ]; then
  sourcemap=(--sourcemap)
else
  rm -f "$out/app.js.map"
fi
node_modules/.bin/esbuild src/main.js --bundle --format=esm --minify "${sourcemap[@]}" \
  --target=es2020 --legal-comments=linked --log-level=warning --outfile="$out/app.js"
cp src/index.html src/app.css "$out/"
# Compressed once here, so that `dyad serve` never compresses per request
# (-n: no name or time inside, the same bytes every build).
for f in app.js app.css index.html; do
  gzip -9 -n -k -f "$out/$f"
done
echo "web/build.sh: built $out (app.js $(( $(stat -c %s "$out/app.js") / 1024 )) KiB)" >&2
