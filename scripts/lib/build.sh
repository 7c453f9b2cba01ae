# Shared by scripts/demo.sh and scripts/test.sh: configure and build quietly,
# showing the tool's output only when it fails. Source it; it defines functions.

# Sourced from the repository's root: ccache (when a build uses it) hashes paths relative to it.
if command -v ccache >/dev/null 2>&1; then
  export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"
fi

# dyad_configure DIR [CMAKE_ARGS...]: configures DIR with Ninja. Re-running with
# the same arguments changes nothing, so an existing build is reused as is.
dyad_configure() {
  local dir="$1"
  shift
  local log
  log="$(mktemp)"
  # With ccache (scripts/install-deps.sh), a clean clone compiles only what changed since an earlier build of any
  # checkout: paths are hashed relative to the checkout, and the compile directory not at all.
  local launcher=()
  if [ -z "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ] && command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  fi
  if ! cmake -S . -B "$dir" -G Ninja "${launcher[@]}" "$@" >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "configure failed: cmake -S . -B $dir -G Ninja $*" >&2
    return 1
  fi
  rm -f "$log"
}

# dyad_build DIR JOBS [TARGETS...]: builds; prints nothing when all is up to date.
dyad_build() {
  local dir="$1" jobs="$2"
  shift 2
  local log status
  log="$(mktemp)"
  # Progress on stderr every 10 % of the steps: a first build takes minutes.
  # The status goes through a file: under `set -e -o pipefail` a failing
  # pipeline would end the caller before the log is shown.
  { ninja -C "$dir" -j "$jobs" "$@" 2>&1 && echo 0 >"$log.status" || echo "$?" >"$log.status"; } | tee "$log" |
    awk -F'[][/]' -v dir="$dir" '/^\[[0-9]+\/[0-9]+\]/ && $3 > 20 {
      step = int($2 * 10 / $3); if (step > shown) { shown = step; printf "  %s: built %d of %d\n", dir, $2, $3 > "/dev/stderr" } }'
  status="$(cat "$log.status")"
  rm -f "$log.status"
  if [ "$status" -ne 0 ]; then
    cat "$log" >&2
    rm -f "$log"
    echo "build failed in $dir" >&2
    return 1
  fi
  # Warnings are worth seeing even when the build succeeds.
  grep -E 'warning:' "$log" >&2 || true
  rm -f "$log"
}

# dyad_ctest DIR JOBS [CTEST_ARGS...]: runs the tests; prints the summary when
# they pass and the whole log (with each failing test's output) when not.
dyad_ctest() {
  local dir="$1" jobs="$2"
  shift 2
  local log
  log="$(mktemp)"
  if ! (cd "$dir" && ctest --output-on-failure -j "$jobs" --timeout 600 "$@") >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "tests failed in $dir" >&2
    return 1
  fi
  sed -n '/tests passed/,$p' "$log"
  rm -f "$log"
}
