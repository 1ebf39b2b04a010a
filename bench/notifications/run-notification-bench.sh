#!/usr/bin/env bash
# Notification throughput through RabbitMQ, end to end: starts Nexus (embedded PostgreSQL, the
# local RabbitMQ at 127.0.0.1:5672 with queues of its own prefix), then posts COMMENTS comments on
# one entry from CONCURRENCY parallel clients and waits until the entry's author has a notification
# for each. Every comment is an event in the outbox → a message on nexus-bench.notify.comment-posted
# → a notification row (+ NOTIFY) → an email job on nexus-bench.email → an email (written to the log:
# no SMTP server here). Prints events/s for posting and end to end.
# Then the consumers alone: the same again with the worker stopped (messages pile up in RabbitMQ),
# then a worker started, timing how fast it drains them.
#   COMMENTS=2000 CONCURRENCY=8 PORT=18082 bench/notifications/run-notification-bench.sh
# Needs the local PostgreSQL (127.0.0.1:5432, user postgres) for the drain part: two processes share it.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18082}
COMMENTS=${COMMENTS:-2000}
CONCURRENCY=${CONCURRENCY:-8}
PREFIX=nexus-bench-$(date +%s)
DATA=$(mktemp -d)
DB=nexus_bench_notifications_$(date +%s)
createdb -h 127.0.0.1 -U postgres "$DB"
./mvnw -q package -DskipTests
JAVA=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)/bin/java
[ -x "$JAVA" ] || JAVA=java
export NEXUS_DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/$DB NEXUS_DATABASE_USER=postgres
export NEXUS_RABBITMQ_HOST=127.0.0.1 NEXUS_MESSAGING_PREFIX="$PREFIX"
export NEXUS_HTTP_RATE_LIMIT_MEMBER_REQUESTS=100000000 NEXUS_HTTP_RATE_LIMIT_ANONYMOUS_REQUESTS=100000000
export NEXUS_ACCOUNTS_LIMITS_REGISTER_PER_IP=1000
PORT=$PORT "$JAVA" -jar target/project-nexus-*.jar > "$DATA/app.log" 2>&1 &
APP=$!
WORKER=
cleanup() {
    kill $APP $WORKER 2> /dev/null || true
    wait $APP $WORKER 2> /dev/null || true
    dropdb -h 127.0.0.1 -U postgres --if-exists "$DB" || true
    for q in notify.comment-posted notify.solution-accepted notify.feedback-given notify.entry-published \
             notify.entry-mentioned email; do
        rabbitmqctl -q delete_queue "$PREFIX.$q" > /dev/null 2>&1 || true
        rabbitmqctl -q delete_queue "$PREFIX.$q.dlq" > /dev/null 2>&1 || true
    done
    rm -rf "$DATA"
}
trap cleanup EXIT
for _ in $(seq 1 120); do curl -sf "localhost:$PORT/actuator/health/readiness" > /dev/null && break; sleep 0.5; done
curl -s "localhost:$PORT/actuator/health/readiness" | grep -q '"rabbit"' || { echo "readiness has no broker" >&2; exit 1; }

API="http://localhost:$PORT/api/v1"
token() {
    curl -sf -H 'Content-Type: application/json' "$API/auth/register" -d \
        "{\"handle\":\"$1\",\"email\":\"$1@example.org\",\"password\":\"correct horse battery staple\",\"displayName\":\"$1\",\"track\":\"BACKEND\"}" > /dev/null
    curl -sf -H 'Content-Type: application/json' "$API/auth/login" \
        -d "{\"login\":\"$1\",\"password\":\"correct horse battery staple\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}
AUTHOR=$(token bench-author)
READER=$(token bench-reader)
ENTRY=$(curl -sf -H "Authorization: Bearer $AUTHOR" -H 'Content-Type: application/json' "$API/entries" \
    -d '{"kind":"CHALLENGE","title":"Bench challenge","body":"b"}' | sed -E 's/^\{"id":"([^"]+)".*/\1/')
unread() {
    curl -sf -H "Authorization: Bearer $AUTHOR" "$API/me/notifications?limit=1" | sed -E 's/^\{"unread":([0-9]+).*/\1/'
}

echo "== $COMMENTS comments, $CONCURRENCY clients, broker queues $PREFIX.*"
start=$(date +%s.%N)
seq 1 "$COMMENTS" | xargs -P "$CONCURRENCY" -I{} curl -sf -o /dev/null -H "Authorization: Bearer $READER" \
    -H 'Content-Type: application/json' "$API/entries/$ENTRY/comments" -d '{"body":"comment {}"}'
posted=$(date +%s.%N)
while [ "$(unread)" -lt "$COMMENTS" ]; do sleep 0.05; done
done_at=$(date +%s.%N)
emails=$(grep -c "Email (no NEXUS_MAIL_HOST" "$DATA/app.log" || true)
awk -v s="$start" -v p="$posted" -v d="$done_at" -v n="$COMMENTS" -v e="$emails" 'BEGIN {
    printf "posting:    %.1f s, %.0f comments/s\n", p - s, n / (p - s)
    printf "end to end: %.1f s, %.0f events/s (all %d notifications made)\n", d - s, n / (d - s), n
    printf "lag after the last post: %.2f s; emails sent so far: %d\n", d - p, e
}'

# The consumers alone: an API-only instance queues, then a worker drains.
kill $APP; wait $APP 2> /dev/null || true
NEXUS_ROLES=api PORT=$PORT "$JAVA" -jar target/project-nexus-*.jar > "$DATA/api.log" 2>&1 &
APP=$!
for _ in $(seq 1 120); do curl -sf "localhost:$PORT/actuator/health/readiness" > /dev/null && break; sleep 0.5; done
AUTHOR=$(token bench-author-2)
READER=$(curl -sf -H 'Content-Type: application/json' "$API/auth/login" \
    -d '{"login":"bench-reader","password":"correct horse battery staple"}' | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
ENTRY=$(curl -sf -H "Authorization: Bearer $AUTHOR" -H 'Content-Type: application/json' "$API/entries" \
    -d '{"kind":"CHALLENGE","title":"Bench challenge 2","body":"b"}' | sed -E 's/^\{"id":"([^"]+)".*/\1/')
seq 1 "$COMMENTS" | xargs -P "$CONCURRENCY" -I{} curl -sf -o /dev/null -H "Authorization: Bearer $READER" \
    -H 'Content-Type: application/json' "$API/entries/$ENTRY/comments" -d '{"body":"queued {}"}'
while [ "$(rabbitmqctl -q list_queues name messages | awk -v q="$PREFIX.notify.comment-posted" '$1 == q {print $2}')" -lt "$COMMENTS" ]; do
    sleep 0.2
done
echo "== $COMMENTS messages waiting in $PREFIX.notify.comment-posted; starting a worker"
start=$(date +%s.%N)
NEXUS_ROLES=worker PORT=$((PORT + 1)) "$JAVA" -jar target/project-nexus-*.jar > "$DATA/worker.log" 2>&1 &
WORKER=$!
for _ in $(seq 1 120); do curl -sf "localhost:$((PORT + 1))/actuator/health" > /dev/null && break; sleep 0.2; done
ready=$(date +%s.%N)
while [ "$(unread)" -lt "$COMMENTS" ]; do sleep 0.05; done
drained=$(date +%s.%N)
awk -v s="$ready" -v d="$drained" -v b="$start" -v n="$COMMENTS" 'BEGIN {
    printf "worker up after %.1f s; drained %d events in %.1f s: %.0f events/s\n", s - b, n, d - s, n / (d - s)
}'
