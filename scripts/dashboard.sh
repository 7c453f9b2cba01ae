#!/usr/bin/env bash
# Builds dyad and its dashboard, ingests the sample corpus (data/samples) and
# serves it at http://127.0.0.1:8080/ until Ctrl-C. Idempotent: a second run
# reuses the build and the store.
#
#   scripts/dashboard.sh [PORT]          # as root on Debian 12
#   DYAD_CORPUS=../shared/seeds scripts/dashboard.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build="${DYAD_BUILD_DIR:-build}"
port="${1:-8080}"
corpus="${DYAD_CORPUS:-data/samples}"

scripts/install-deps.sh
scripts/install-web-deps.sh
source scripts/lib/build.sh
dyad_configure "$build"
dyad_build "$build" "$(nproc)" dyad
web/build.sh "$build/web" >/dev/null

db="$build/dashboard.db"
"$build/dyad" ingest --quiet --db "$db" "$corpus"
echo "dyad dashboard on $corpus: http://127.0.0.1:$port/ (Ctrl-C stops it)"
exec "$build/dyad" serve --db "$db" --port "$port" --web "$build/web"
