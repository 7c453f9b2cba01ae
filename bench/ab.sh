#!/usr/bin/env bash
# Times two commands in turn, A B A B …, and prints each one's median CPU,
# wall time and peak memory, and the median of the pairs' CPU ratios A/B: on
# a shared, noisy machine a ratio taken pair by pair holds where two separate
# series drift. How docs/performance.md compares one build with another.
#
#   bench/ab.sh [-n PAIRS] 'COMMAND A' 'COMMAND B'      # each run by sh -c; one warm-up each, not counted
#
# Example (the session-5 corpus: python3 bench/gen_corpus.py --mb 10 --seed 1 --out c10.jsonl):
#   bench/ab.sh -n 7 'build/dyad code --data data -j 1 < c10.jsonl > /dev/null' \
#                    'OLD/dyad code --data OLD/data -j 1 < c10.jsonl > /dev/null'
set -euo pipefail
pairs=5
if [ "${1:-}" = "-n" ]; then pairs="$2"; shift 2; fi
if [ $# -ne 2 ] || ! [[ "$pairs" =~ ^[0-9]+$ ]] || [ "$pairs" -lt 1 ]; then
  echo "usage: bench/ab.sh [-n PAIRS] 'COMMAND A' 'COMMAND B'" >&2
  exit 2
fi
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
run() {  # label, command: appends "label user sys wall maxrss_kb"
  /usr/bin/time -f "$1 %U %S %e %M" -o "$out" -a sh -c "$2" > /dev/null
}
run warm "$1"
run warm "$2"
for _ in $(seq "$pairs"); do
  run A "$1"
  run B "$2"
done
python3 - "$out" <<'EOF'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.split() and l.split()[0] in ("A", "B")]
runs = {k: [(float(u) + float(s), float(w), int(m)) for key, u, s, w, m in rows if key == k] for k in "AB"}
for k in "AB":
    cpu, wall, mem = zip(*runs[k])
    print(f"{k}: CPU s median {statistics.median(cpu):.3f} (min {min(cpu):.3f}), wall s median "
          f"{statistics.median(wall):.3f}, peak MiB {max(mem) / 1024:.1f}")
ratios = [a[0] / b[0] for a, b in zip(runs["A"], runs["B"]) if b[0] > 0]
print(f"A/B CPU, median of {len(ratios)} pairs: {statistics.median(ratios):.3f} "
      f"({min(ratios):.3f}-{max(ratios):.3f})")
EOF
