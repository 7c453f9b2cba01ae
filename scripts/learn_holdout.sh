#!/usr/bin/env bash
# Scores pair-model training options on sets the model does not see:
#   scripts/learn_holdout.sh "bk bl bm" [dyad learn options...]
# trains on every development set but the named ones (build/dyad learn, into a
# copy of data/ under a temporary folder) and scores those (sentences, then
# stories, --match root), printing each set and the sums (recall / precision).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
[ $# -ge 1 ] || { echo "usage: $0 \"SET SET ...\" [learn options...]" >&2; exit 2; }
held=" $1 "; shift
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
cp -r data "$tmp/data"
sets=()
for d in tests/golden/dev/*/; do
  s="$(basename "$d")"
  case "$held" in *" $s "*) continue ;; esac
  [ -f "$d/gold.jsonl" ] && sets+=("${d%/}")
done
build/dyad learn --data "$tmp/data" --out "$tmp/data/events/pair_model.tsv" "$@" "${sets[@]}" > /dev/null
for s in $held; do
  d=tests/golden/dev/$s
  echo "$s sentences $(DYAD_DATA="$tmp/data" scripts/eval.sh "$d/sentences.jsonl" "$d/gold.jsonl" --match root 2>&1 | grep '^recall=')"
  echo "$s stories $(DYAD_DATA="$tmp/data" scripts/eval.sh "$d/stories" "$d/stories_gold.jsonl" --match root 2>&1 | grep '^recall=')"
done | tee "$tmp/out"
python3 - "$tmp/out" <<'PY'
import re, sys
sums = {}
for line in open(sys.argv[1]):
    m = re.search(r'(\w+) recall=\S+ \((\d+)/(\d+)\) precision=\S+ \((\d+)/(\d+)\)', line)
    if m:
        t = sums.setdefault(m.group(1), [0, 0, 0, 0])
        for i in range(4): t[i] += int(m.group(i + 2))
for kind, (a, b, c, d) in sums.items():
    print(f"all {kind} recall={a / b:.4f} ({a}/{b}) precision={c / d:.4f} ({c}/{d})")
PY
