#!/usr/bin/env bash
# Scores dyad on a gold set: ingests the stories into a temporary store and runs `dyad eval`.
#   scripts/eval.sh STORIES GOLD [dyad eval options, e.g. --match root]
#   DYAD_BIN=/path/to/dyad DYAD_DATA=/path/to/data scripts/eval.sh ...   (an older build codes, this one scores)
# STORIES is a folder of story files or a JSON Lines file of stories ({"id", "published", "text"}).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${DYAD_BIN:-$root/build/dyad}"
data="${DYAD_DATA:-$root/data}"
stories="$1"
gold="$2"
shift 2
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$bin" ingest --quiet --data "$data" --db "$tmp/eval.db" "$stories"
"$root/build/dyad" eval --db "$tmp/eval.db" --gold "$gold" "$@"
