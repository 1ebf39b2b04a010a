#!/usr/bin/env bash
# Import throughput: starts Nexus on a throw-away embedded database, then imports a folder of
# READMEs (default: the learner corpus beside the repository) with the command-line importer:
# once as one member per README (a cohort: every file creates its entries), then the same again
# (every item unchanged). Prints the CLI's summary and the server's time per job.
#   CORPUS=path/to/readmes PORT=18081 bench/imports/run-import-bench.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18081}
CORPUS=${CORPUS:-../shared/corpus/readmes}
[ -d "$CORPUS" ] || { echo "no folder of READMEs at $CORPUS (set CORPUS)" >&2; exit 1; }
DATA=$(mktemp -d)
./mvnw -q package -DskipTests
JAVA=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)/bin/java
[ -x "$JAVA" ] || JAVA=java
JAR=$(ls target/project-nexus-*.jar | head -1)
NEXUS_DATABASE_EMBEDDED_DATA_DIRECTORY="$DATA/pg" \
NEXUS_ACCOUNTS_LIMITS_REGISTER_PER_IP=100000000 \
NEXUS_ACCOUNTS_LIMITS_LOGIN_PER_IP=100000000 \
NEXUS_HTTP_RATE_LIMIT_MEMBER_REQUESTS=100000000 \
NEXUS_HTTP_RATE_LIMIT_ANONYMOUS_REQUESTS=100000000 \
PORT=$PORT "$JAVA" -jar "$JAR" > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -sf "localhost:$PORT/actuator/health" > /dev/null && break; sleep 0.5; done

# One member per README, each file in its own folder so one CLI run per member imports it.
n=0
for file in "$CORPUS"/*.md; do
    n=$((n + 1))
    handle="bench-importer-$n"
    mkdir -p "$DATA/in/$n"
    cp "$file" "$DATA/in/$n/"
    curl -sf -o /dev/null -H 'Content-Type: application/json' "localhost:$PORT/api/v1/auth/register" -d \
        "{\"handle\":\"$handle\",\"email\":\"$handle@example.org\",\"password\":\"correct horse battery staple\",\"displayName\":\"Importer $n\",\"track\":\"BACKEND\"}"
    curl -sf -H 'Content-Type: application/json' "localhost:$PORT/api/v1/auth/login" \
        -d "{\"login\":\"$handle\",\"password\":\"correct horse battery staple\"}" |
        sed -E 's/.*"accessToken":"([^"]+)".*/\1/' > "$DATA/in/$n/.token"
done

for pass in first again; do
    start=$(date +%s.%N)
    for dir in "$DATA"/in/*; do
        "$JAVA" -jar "$JAR" import --server "http://localhost:$PORT" --token "$(cat "$dir/.token")" "$dir" \
            2> /dev/null | head -1
    done > "$DATA/$pass.txt"
    end=$(date +%s.%N)
    echo "== $pass pass: $n READMEs, one CLI run each, $(echo "$end - $start" | bc) s wall clock"
    awk '{gsub(/[{},]/, " "); for (i = 1; i <= NF; i++) if ($i ~ /=/) { split($i, kv, "="); sum[kv[1]] += kv[2] } }
         END { for (k in sum) printf "   %s %d\n", k, sum[k] }' "$DATA/$pass.txt"
done
echo "== server time per job (parse + commit), ms"
grep -o 'committed in [0-9]* ms' "$DATA/app.log" | awk '{print $3}' | sort -n |
    awk '{a[NR] = $1; s += $1} END { printf "   jobs %d, mean %.0f, p50 %d, p90 %d, max %d\n", NR, s / NR, a[int(NR * 0.5) + 1], a[int(NR * 0.9) + 1], a[NR] }'
