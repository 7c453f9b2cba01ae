#!/usr/bin/env bash
# Installs what the dashboard's build and browser tests need from Debian 12's packages: node and
# npm (only when missing: a newer node may already be on the machine), Chromium for playwright-core
# (never a downloaded browser), the sqlite3 shell (tests/web's mock server) and fonts (Latin with Vietnamese, and CJK).
# Idempotent: when everything is present it only checks and exits.
set -euo pipefail

missing=()
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v sqlite3 >/dev/null || missing+=(sqlite3)
dpkg-query -W -f='${Status}' fonts-dejavu-core 2>/dev/null | grep -q "install ok installed" || missing+=(fonts-dejavu-core)
# Chinese stories in the screenshots: a CJK font (Vietnamese is covered by DejaVu).
dpkg-query -W -f='${Status}' fonts-wqy-zenhei 2>/dev/null | grep -q "install ok installed" || missing+=(fonts-wqy-zenhei)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-web-deps: missing packages: ${missing[*]}; run this script as root" >&2
  exit 1
fi
echo "install-web-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"

major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$major" -lt 20 ]; then
  echo "install-web-deps: warning: node $major is older than playwright-core needs (20); the build works, the browser tests may not" >&2
fi
