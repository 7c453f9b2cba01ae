#!/usr/bin/env bash
# Installs what dyad needs, builds it, and runs it on the sample corpus in
# data/samples: ingest into a temporary database, then print the documents
# (with the metadata read from the text itself) and the coded events.
# Idempotent and quiet on a second run: the build directory is reused.
#
#   scripts/demo.sh            # as root on a fresh Debian 12 machine
#   DYAD_BUILD_DIR=out scripts/demo.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build="${DYAD_BUILD_DIR:-build}"
jobs="${DYAD_JOBS:-$(nproc)}"

scripts/install-deps.sh
source scripts/lib/build.sh
dyad_configure "$build"
dyad_build "$build" "$jobs" dyad

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
db="$tmp/demo.db"

echo "== dyad ingest data/samples"
"$build/dyad" ingest --db "$db" data/samples
echo
echo "== dyad docs"
"$build/dyad" docs --db "$db"
echo
echo "== dyad events --format table"
"$build/dyad" events --db "$db" --format table
echo
echo "== dyad search \"Ha Noi\""
"$build/dyad" search --db "$db" "Ha Noi"
