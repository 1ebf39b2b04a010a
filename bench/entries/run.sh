#!/usr/bin/env bash
# Search and listing bench (see bench/entries/README.md): fills the database of a running Nexus
# with generated members and entries, then runs wrk against GET /api/v1/search,
# GET /api/v1/entries and the same listings through POST /graphql.
#
# Environment:
#   BASE_URL        the running Nexus (default http://localhost:8080)
#   PGHOST PGPORT PGUSER PGDATABASE PGPASSWORD
#                   the database that Nexus uses, for psql (default 127.0.0.1 / 5432 / postgres / nexus_bench)
#   SKIP_GENERATE=1 keep the data already there (default: generate)
#   MEMBERS ENTRIES generator sizes (default 2000 / 100000)
#   REPLACE=1       delete earlier bench members and entries first (default: refuse if there are any)
#   WARMUP DURATION THREADS CONNECTIONS   wrk settings (default 10s / 30s / 2 / 16)
set -euo pipefail
cd "$(dirname "$0")"

BASE_URL=${BASE_URL:-http://localhost:8080}
BASE_URL=${BASE_URL%/}
export PGHOST=${PGHOST:-127.0.0.1}
export PGPORT=${PGPORT:-5432}
export PGUSER=${PGUSER:-postgres}
export PGDATABASE=${PGDATABASE:-nexus_bench}
MEMBERS=${MEMBERS:-2000}
ENTRIES=${ENTRIES:-100000}
REPLACE=${REPLACE:-0}
WARMUP=${WARMUP:-10s}
DURATION=${DURATION:-30s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}

command -v wrk > /dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 1; }
command -v psql > /dev/null || { echo "psql is missing" >&2; exit 1; }

if ! curl -sf -o /dev/null "$BASE_URL/actuator/health"; then
    echo "Nexus does not answer at $BASE_URL/actuator/health; start it first (see README.md)" >&2
    exit 1
fi

if [ "${SKIP_GENERATE:-0}" != 1 ]; then
    echo "== generating $MEMBERS members and $ENTRIES entries into $PGUSER@$PGHOST:$PGPORT/$PGDATABASE"
    start=$(date +%s)
    psql -X -q -v ON_ERROR_STOP=1 -v members="$MEMBERS" -v entries="$ENTRIES" -v replace="$REPLACE" -f generate.sql
    echo "== generated in $(($(date +%s) - start)) s"
fi

echo "== data"
psql -X -q -c "select kind, count(*) filter (where visibility = 'PUBLIC') as public,
                      count(*) filter (where visibility = 'DRAFT') as drafts
               from entry group by kind order by kind"

# The API must see the same database, and its rate limit must not be what is measured.
headers=$(curl -sf -D - -o /dev/null "$BASE_URL/api/v1/entries?limit=1") || {
    echo "GET $BASE_URL/api/v1/entries failed" >&2
    exit 1
}
limit=$(printf '%s' "$headers" | tr -d '\r' | awk -F': ' 'tolower($1) == "ratelimit-limit" {print $2}')
if [ -n "$limit" ] && [ "$limit" -lt 1000000 ]; then
    echo "warning: anonymous rate limit is $limit requests per period; start Nexus with" \
        "NEXUS_HTTP_RATE_LIMIT_ANONYMOUS_REQUESTS=100000000 or wrk will mostly measure 429s" >&2
fi
total=$(curl -sf "$BASE_URL/api/v1/search?q=celery%20retries&limit=1" | grep -c '"entry"' || true)
if [ "$total" = 0 ]; then
    echo "warning: searching 'celery retries' finds nothing: is Nexus running on $PGDATABASE?" >&2
fi

run() {
    local name=$1
    echo
    echo "== $name: warm-up $WARMUP"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$name.lua" "$BASE_URL" > /dev/null
    echo "== $name: $DURATION, $THREADS threads, $CONNECTIONS connections"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$name.lua" "$BASE_URL"
}

run search
run listing
run graphql
