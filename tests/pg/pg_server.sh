#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL server for the tests, from Debian's
# packages: a cluster initialised in DIR, listening only on a Unix socket in
# DIR, owned by an unprivileged user (postgres refuses to run as root).
#
#   tests/pg/pg_server.sh start DIR   # prints the store's URI on stdout
#   tests/pg/pg_server.sh stop DIR
#
# With DYAD_PG_PORT set, the server listens on 127.0.0.1 at that port too and
# the URI printed is the loopback one (bench/postgres_ingest.sh measures so).
# Exit status 3 when PostgreSQL is not installed.
set -euo pipefail

cmd="${1:-}"
dir="${2:-}"
if [ -z "$cmd" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "pg_server: PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 3
fi

# Run as the invoking user unless that is root; then as postgres (or nobody).
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  user=postgres
  id "$user" >/dev/null 2>&1 || user=nobody
  as_user=(runuser -u "$user" --)
fi

case "$cmd" in
  start)
    # A fresh cluster every run: a server left by an interrupted run is stopped first.
    if [ -f "$dir/data/postmaster.pid" ]; then
      "${as_user[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    if [ "${#as_user[@]}" -gt 0 ]; then chown "$user" "$dir"; fi
    # C collation: dyad compares dates and codes byte by byte, as in SQLite.
    "${as_user[@]}" "$bin/initdb" -D "$dir/data" -U dyad -A trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; exit 1; }
    port="${DYAD_PG_PORT:-5432}"
    listen="''"
    [ -n "${DYAD_PG_PORT:-}" ] && listen=127.0.0.1
    # fsync off: a test server's data does not outlive the run.
    "${as_user[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-k $dir -p $port -c listen_addresses=$listen -c fsync=${DYAD_PG_FSYNC:-off} -c max_connections=60" start \
      >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    "${as_user[@]}" "$bin/createdb" -h "$dir" -p "$port" -U dyad dyad 2>/dev/null || true
    if [ -n "${DYAD_PG_PORT:-}" ]; then
      echo "postgresql://dyad@127.0.0.1:$port/dyad"
    else
      echo "postgresql://dyad@/dyad?host=$dir"
    fi
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      "${as_user[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
