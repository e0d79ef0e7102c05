#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on a free loopback port for the storage tests, and
# prints the JDBC URL. Stop it with: .ci/postgres.sh stop DIR
set -euo pipefail
if [ "${1:-}" = "stop" ]; then
  su postgres -s /bin/sh -c "'$(ls -d /usr/lib/postgresql/*/bin | tail -1)/pg_ctl' -D '$2/data' -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$2"
  exit 0
fi
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -1 || true)
if [ -z "$bin" ]; then
  echo "postgres.sh: PostgreSQL server binaries not found; installing postgresql" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) >&2 || exit 1
  bin=$(ls -d /usr/lib/postgresql/*/bin | tail -1)
fi
dir=$(mktemp -d /tmp/sre-ladder-pg.XXXXXX)
chown postgres "$dir"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
su postgres -s /bin/sh -c "'$bin/initdb' -D '$dir/data' -A trust -U postgres" >/dev/null
su postgres -s /bin/sh -c "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w \
  -o \"-p $port -c listen_addresses=127.0.0.1 -k '$dir'\" start" >/dev/null
su postgres -s /bin/sh -c "'$bin/psql' -h 127.0.0.1 -p $port -U postgres -qc 'create database sreladder_test'" >/dev/null
echo "$dir jdbc:postgresql://127.0.0.1:$port/sreladder_test?user=postgres"
