#!/usr/bin/env bash
# Web pages next to the JSON API (see bench/web/README.md): on the 100k-entry data set of
# bench/entries, the search page and the entry page against the API calls that give the same
# data, at 32 concurrent clients, the pairs taking turns.
#
# Environment:
#   BASE_URL      the running Nexus (default http://localhost:8080), on the bench database
#   PGHOST PGPORT PGUSER PGDATABASE PGPASSWORD   that database, for psql (default 127.0.0.1 / 5432 / postgres / nexus_bench)
#   QUERY         the search (default "redis cache invalidation")
#   SIMILAR=1     also the similar entries the entry page loads after it is shown (slow: seconds each)
#   WARMUP DURATION THREADS CONNECTIONS ROUNDS   wrk settings (default 10s / 20s / 2 / 32 / 2)
set -euo pipefail
cd "$(dirname "$0")"

BASE_URL=${BASE_URL:-http://localhost:8080}
BASE_URL=${BASE_URL%/}
export PGHOST=${PGHOST:-127.0.0.1}
export PGPORT=${PGPORT:-5432}
export PGUSER=${PGUSER:-postgres}
export PGDATABASE=${PGDATABASE:-nexus_bench}
QUERY=${QUERY:-redis cache invalidation}
WARMUP=${WARMUP:-10s}
DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
ROUNDS=${ROUNDS:-2}

command -v wrk > /dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 1; }
curl -sf -o /dev/null "$BASE_URL/actuator/health" || { echo "Nexus does not answer at $BASE_URL" >&2; exit 1; }

# A public challenge with a solution, comments or not, as the bench data has them.
ENTRY=$(psql -X -qAt -c "select id from entry where visibility = 'PUBLIC' and kind = 'CHALLENGE'
                          order by views desc, id limit 1")
[ -n "$ENTRY" ] || { echo "no public challenge in $PGDATABASE: generate the data first (bench/entries)" >&2; exit 1; }
q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$QUERY")

echo "== $BASE_URL, query '$QUERY', entry $ENTRY; $THREADS threads, $CONNECTIONS connections, $DURATION per run"

measure() {
    local name=$1 path=$2 accept=$3
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s get.lua "$BASE_URL" -- "$path" "$accept" > /dev/null
    printf '%-28s ' "$name"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s get.lua "$BASE_URL" -- "$path" "$accept" | grep -E '^(RESULT|first)'
}

for round in $(seq 1 "$ROUNDS"); do
    echo "-- round $round"
    measure "api search" "/api/v1/search?q=$q&limit=20" json
    measure "page search" "/search?q=$q" html
    measure "api entry" "/api/v1/entries/$ENTRY" json
    measure "page entry" "/entries/$ENTRY" html
    measure "api comments" "/api/v1/entries/$ENTRY/comments?limit=100" json
    measure "api revisions" "/api/v1/entries/$ENTRY/revisions" json
done
if [ "${SIMILAR:-0}" = 1 ]; then
    # What the entry page loads after it is shown; seconds per request on this data (see README).
    measure "page similar" "/entries/$ENTRY/similar" html
    measure "api similar" "/api/v1/entries/$ENTRY/similar?limit=5" json
fi
