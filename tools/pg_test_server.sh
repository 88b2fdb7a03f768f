#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store's tests: 127.0.0.1 only, in a temporary folder.
#   tools/pg_test_server.sh start   installs PostgreSQL from the system packages when it is missing,
#                                   starts a server and prints the URL for DYAD_TEST_PG_URL
#   tools/pg_test_server.sh stop    stops the server it started and removes its folder
set -euo pipefail
DIR=${DYAD_PG_DIR:-/tmp/dyad-pg-test}
PORT=${DYAD_PG_PORT:-54329}
FSYNC=${DYAD_PG_FSYNC:-off}  # off for tests (a throwaway server); the benchmark turns it on

find_bin() {
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)
    if [[ -z "$found" ]]; then
        found=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
    fi
    [[ -x "$found/initdb" && -x "$found/pg_ctl" ]] && echo "$found"
}

as_owner() {  # PostgreSQL refuses to run as root: run its tools as the postgres user then
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start() {
    local bin
    bin=$(find_bin || true)
    if [[ -z "$bin" ]]; then
        echo "PostgreSQL is missing: installing it from the system packages" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >&2
        apt-get install -y -qq postgresql >&2
        bin=$(find_bin)
    fi
    if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
        useradd --system --no-create-home postgres
    fi
    stop_quietly
    mkdir -p "$DIR"
    [[ $(id -u) -eq 0 ]] && chown postgres "$DIR"
    as_owner "$bin/initdb" -D "$DIR/data" -U dyad --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    as_owner "$bin/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=$FSYNC -c max_connections=200" start >/dev/null
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$PORT" -U dyad dyad_test
    echo "postgresql+psycopg://dyad@127.0.0.1:$PORT/dyad_test"
}

stop_quietly() {
    local bin
    bin=$(find_bin || true)
    if [[ -n "$bin" && -f "$DIR/data/postmaster.pid" ]]; then
        as_owner "$bin/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$DIR"
}

case "${1:-}" in
    start) start ;;
    stop) stop_quietly ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
