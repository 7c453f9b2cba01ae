#!/usr/bin/env bash
# Opt-in check, not part of CI: runs every fuzz target once over its seeds
# (the committed ones and the generated hostile ones) with the same limits as
# run.sh, no fuzzing. Catches a regression of an issue 11 fix in about half a
# minute once the fuzz build exists (the first build takes much longer).
#
#   fuzz/replay.sh [TARGET...]     (default: all targets)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  targets=(html_reader_fuzz feed_reader_fuzz jsonl_reader_fuzz analyzer_fuzz code_stream_fuzz)
fi

failed=()
for t in "${targets[@]}"; do
  start=$SECONDS
  # -runs=0: execute the seeds, mutate nothing.
  if DYAD_FUZZ_SEEDS_ONLY=1 "$here/run.sh" "$t" 0 -runs=0 >"${TMPDIR:-/tmp}/dyad-replay-$t.log" 2>&1; then
    echo "ok   $t ($((SECONDS - start)) s)"
  else
    echo "FAIL $t ($((SECONDS - start)) s): see ${TMPDIR:-/tmp}/dyad-replay-$t.log"
    failed+=("$t")
  fi
done
[[ ${#failed[@]} -eq 0 ]]
