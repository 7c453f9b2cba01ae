#!/usr/bin/env bash
# Installs dyad's build and test dependencies from Debian 12's packages.
# Idempotent: when every package is already present it only checks and exits (well under a second).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libicu-dev libsqlite3-dev nlohmann-json3-dev libsimdjson-dev libcli11-dev libfmt-dev
  libgumbo-dev libxml2-dev libcpp-httplib-dev libmimalloc-dev
  libpqxx-dev postgresql  # the PostgreSQL store; its tests start their own server (tests/pg/)
  python3-distributed  # scripts/dask_ingest.py (Dask, with python3-dask)
  libcld2-dev libopencc-dev  # language identification; traditional Chinese to simplified (with opencc-data)
  libgtest-dev libgmock-dev libbenchmark-dev
  python3 time
  ccache  # a clean clone's build reuses the objects of earlier builds of the same sources (scripts/lib/build.sh)
  python3-pandas r-cran-readr  # the export tests load dyad's tables with them
  iso-codes  # ISO 3166 alpha-2 to alpha-3 for scripts/gazetteer.mjs (and its test)
)

# One dpkg-query for all packages: the check costs milliseconds when nothing is missing.
installed=" $(dpkg-query -W -f='${db:Status-Abbrev}|${Package}\n' "${packages[@]}" 2>/dev/null |
  awk -F'|' '$1 ~ /^ii/ { printf "%s ", $2 }' || true) "
missing=()
for p in "${packages[@]}"; do
  [[ "$installed" == *" $p "* ]] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages: ${missing[*]}; run this script as root" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
