#!/usr/bin/env python3
"""Codes the lexicon's test sentences (tests/events/code_cases/*.tsv) with a
built dyad and prints each expectation that fails, without rebuilding tests.

  scripts/lexicon-check.py [FILE.tsv ...]      # default: every case file
  DYAD_BIN=build/dyad DYAD_DATA=data scripts/lexicon-check.py
"""
import glob
import json
import os
import subprocess
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = os.environ.get("DYAD_BIN", os.path.join(root, "build", "dyad"))
data = os.environ.get("DYAD_DATA", os.path.join(root, "data"))
files = sys.argv[1:] or sorted(glob.glob(os.path.join(root, "tests", "events", "code_cases", "*.tsv")))

cases = []
for f in files:
    for n, line in enumerate(open(f, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            sys.exit(f"{f}:{n}: three tab-separated columns expected")
        cases.append((f"{os.path.basename(f)}:{n}", parts[0].split(), parts[1], parts[2]))

stories = "".join(json.dumps({"id": f"c{i}", "published": c[2], "text": c[3]}) + "\n" for i, c in enumerate(cases))
out = subprocess.run([binary, "code", "--data", data], input=stories, capture_output=True, text=True)
if out.returncode not in (0, 1):
    sys.exit(out.stderr)
keys = {}
for line in out.stdout.splitlines():
    e = json.loads(line)
    src = e["source"]["country"] if e.get("source") else "-"
    tgt = e["target"]["country"] if e.get("target") else "-"
    keys.setdefault(e["doc"], []).append(f"{src or '-'}>{tgt or '-'}:{e['cameo']}")


def scored(k):
    src, rest = k.split(">")
    tgt, code = rest.split(":")
    return src != "-" and tgt != "-" and src != tgt and (2 <= int(code[:2]) <= 20 or code.startswith("018"))


failed = gaps = 0
for i, (where, wants, _, text) in enumerate(cases):
    got = keys.get(f"c{i}", [])
    for w in wants:
        if w.startswith("?"):
            gaps += not any(k.startswith(w[1:]) for k in got)
            continue
        if w == "-":
            ok = not any(scored(k) for k in got)
        elif w.startswith("!"):
            ok = not any(k.startswith(w[1:]) for k in got)
        else:
            ok = any(k.startswith(w) for k in got)
        if not ok:
            failed += 1
            print(f"{where}: expected {w}; coded: {' '.join(got) or 'nothing'}\n    {text}")
print(f"{len(cases)} sentences, {failed} failed expectations, {gaps} known gaps (?)")
sys.exit(1 if failed else 0)
