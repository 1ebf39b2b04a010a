#!/usr/bin/env bash
# Login throughput: starts Nexus on its embedded database with sign-in limits lifted (the bench
# measures hashing and token issuing, not the limiter), registers one member, then runs wrk.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18080}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-8}
DATA=$(mktemp -d)
./mvnw -q package -DskipTests
JAVA=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)/bin/java
[ -x "$JAVA" ] || JAVA=java
NEXUS_DATABASE_EMBEDDED_DATA_DIRECTORY="$DATA/pg" \
NEXUS_ACCOUNTS_LIMITS_LOGIN_PER_ACCOUNT=100000000 \
NEXUS_ACCOUNTS_LIMITS_LOGIN_PER_IP=100000000 \
NEXUS_HTTP_RATE_LIMIT_ANONYMOUS_REQUESTS=100000000 \
PORT=$PORT "$JAVA" -jar target/project-nexus-*.jar > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -sf "localhost:$PORT/actuator/health" > /dev/null && break; sleep 0.5; done
curl -sf -o /dev/null -H 'Content-Type: application/json' "localhost:$PORT/api/v1/auth/register" -d \
  '{"handle":"bench-user","email":"bench@example.org","password":"correct horse battery staple","displayName":"Bench","track":"BACKEND"}'
wrk -t2 -c"$CONNECTIONS" -d10s -s bench/accounts/login.lua "http://localhost:$PORT/api/v1/auth/login" > /dev/null  # warm-up
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/accounts/login.lua "http://localhost:$PORT/api/v1/auth/login"
