#!/usr/bin/env bash
# Start or stop a throwaway PostgreSQL cluster for the storage tests.
#   source .ci/postgres.sh start   -> exports SECONDCHANCE_TEST_DATABASE_URL
#   .ci/postgres.sh stop DIR
set -euo pipefail

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] || { echo "PostgreSQL is not installed" >&2; return 1; }
  echo "$dir"
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
  local bin data port
  "$(dirname "${BASH_SOURCE[0]}")/../scripts/system-packages" postgresql
  bin=$(pg_bin)
  data=$(mktemp -d /tmp/secondchance-pg.XXXXXX)
  chown postgres: "$data"
  port=$(free_port)
  # su keeps the caller's folder, which postgres may not be able to read; this file is
  # sourced, so change folder only in a subshell.
  (cd / && su postgres -c "$bin/initdb -D $data/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null)
  (cd / && su postgres -c "$bin/pg_ctl -D $data/data -l $data/log -o '-p $port -k $data -c listen_addresses=127.0.0.1' -w start" >/dev/null)
  export SECONDCHANCE_TEST_DATABASE_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
  export SECONDCHANCE_TEST_PG_DIR="$data"
  echo "PostgreSQL test cluster on port $port ($data)"
}

stop() {
  local bin data=$1
  bin=$(pg_bin)
  cd /
  [ -d "$data/data" ] && su postgres -c "$bin/pg_ctl -D $data/data -m fast -w stop" >/dev/null || true
  rm -rf "$data"
}

case "${1:-}" in
  start) start ;;
  stop) stop "$2" ;;
  *) echo "usage: postgres.sh start|stop DIR" >&2; exit 2 ;;
esac
