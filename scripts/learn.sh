#!/usr/bin/env bash
# Retrains the pair model (src/events/pair_model.h) from the development sets:
#   scripts/learn.sh            writes data/events/pair_model.tsv with build/dyad
# Run it after changing the lexicon, the dictionaries or a dev set: the
# model's features include what the patterns code, and the golden test
# PairModelFileTest fails while the shipped model is not the one the sets train.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
sets=()
for d in tests/golden/dev/*/; do
  [ -f "$d/gold.jsonl" ] && sets+=("${d%/}")
done
build/dyad learn --data data --out data/events/pair_model.tsv "${sets[@]}"
