#!/usr/bin/env bash
# Builds dyad with warnings as errors and runs every test; then builds again
# with AddressSanitizer and UndefinedBehaviorSanitizer (a Debug build: it
# compiles faster) and runs the unit and command-line tests under them.
# Idempotent: the build directories are reused, so a second run only re-tests.
#
#   scripts/test.sh                        # as root on a fresh Debian 12 machine
#   DYAD_SKIP_SANITIZE=1 scripts/test.sh   # only the first pass
#   DYAD_BUILD_DIR=out DYAD_SANITIZE_BUILD_DIR=out-asan DYAD_JOBS=2 scripts/test.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build="${DYAD_BUILD_DIR:-build}"
sanitize_build="${DYAD_SANITIZE_BUILD_DIR:-build-sanitize}"
jobs="${DYAD_JOBS:-$(nproc)}"

scripts/install-deps.sh
source scripts/lib/build.sh

phase_start=$SECONDS
phase() {
  echo "== $* ($((SECONDS - phase_start)) s so far)"
}

phase "build in $build, warnings are errors"
# Line tables only (-g1): backtraces keep file and line, and compiling takes a third less time.
dyad_configure "$build" -DDYAD_WERROR=ON -DDYAD_SANITIZE=OFF "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG"
dyad_build "$build" "$jobs"
phase "all tests"
dyad_ctest "$build" "$jobs"

if [ "${DYAD_SKIP_SANITIZE:-0}" = 1 ]; then
  exit 0
fi
phase "build in $sanitize_build with ASan and UBSan"
dyad_configure "$sanitize_build" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 -DDYAD_WERROR=ON -DDYAD_SANITIZE=ON -DDYAD_BUILD_BENCH=OFF -DDYAD_BUILD_WEB=OFF
dyad_build "$sanitize_build" "$jobs"
phase "unit and command-line tests under the sanitizers"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
dyad_ctest "$sanitize_build" "$jobs" -L 'unit|cli'
phase "done"
