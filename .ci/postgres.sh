#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the store tests (Debian packages; runs as root, no
# stdin). Installs the server if it is missing, initialises a cluster under $PGDATA (default
# /tmp/rasd-pg), starts it on $PGPORT (default 54329, localhost only), creates the user and
# database rasd_test, and prints, as its last line on stdout:
#   export RASD_TEST_POSTGRES_URL=postgresql://rasd:rasd@127.0.0.1:PORT/rasd_test
# Everything else goes to stderr. Running it again reuses a running server.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
PGDATA="${PGDATA:-/tmp/rasd-pg}"
PGPORT="${PGPORT:-54329}"
say() { echo "postgres.sh: $*" >&2; }

find_bin() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
    done
    return 1
}

if ! BIN="$(find_bin)"; then
    say "installing the PostgreSQL server from Debian packages"
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >&2
    BIN="$(find_bin)"
fi

run_pg() {  # run a command as the postgres user (the server refuses to run as root)
    if [ "$(id -u)" = "0" ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

if ! id postgres >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres
fi

if ! "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT"; then
    if [ ! -s "$PGDATA/PG_VERSION" ]; then
        say "initialising a cluster in $PGDATA"
        mkdir -p "$PGDATA"
        [ "$(id -u)" = "0" ] && chown postgres:postgres "$PGDATA"
        chmod 700 "$PGDATA"
        run_pg "$BIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >&2
    fi
    say "starting the server on port $PGPORT"
    run_pg "$BIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 \
        -o "-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off" start >&2
fi

psql_pg() { run_pg "$BIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(psql_pg -c "SELECT 1 FROM pg_roles WHERE rolname = 'rasd'")" != "1" ]; then
    psql_pg -c "CREATE ROLE rasd LOGIN PASSWORD 'rasd'" >&2
fi
if [ "$(psql_pg -c "SELECT 1 FROM pg_database WHERE datname = 'rasd_test'")" != "1" ]; then
    psql_pg -c "CREATE DATABASE rasd_test OWNER rasd" >&2
fi
say "ready"
echo "export RASD_TEST_POSTGRES_URL=postgresql://rasd:rasd@127.0.0.1:${PGPORT}/rasd_test"
