#!/usr/bin/env bash
# Starts the packaged system (built first if it is not) on the benchmark database (demo data on), waits until it
# answers; pid in $BENCH_DATA_DIR.
# JAVA_OPTS (default -Xmx256m -XX:+UseParallelGC): a heap bound as a deployment would set one; without it the JVM sizes
# its heap from the host's RAM (a quarter of it) and the RSS grows past the issue's 512 MB with garbage it need not
# collect. The throughput collector, as the Dockerfile: on two cores it took 10–20 % off the JVM's CPU per request
# against G1 (docs/BENCHMARKS.md, session 7).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/env.sh
test -f target/quarkus-app/quarkus-run.jar || ./mvnw -B -q package -DskipTests
# A build without `clean` keeps resources deleted from the source: a stale migration in target/ would change the
# benchmark database's schema (one dropped three foreign keys there for half a session of figures).
if ! diff -q <(ls src/main/resources/db/migration) <(ls target/classes/db/migration) >/dev/null; then
    echo "target/ holds other migrations than src/main/resources/db/migration: ./mvnw clean package -DskipTests" >&2
    exit 1
fi
mkdir -p "$BENCH_DATA_DIR"
PAKN_HTTP_PORT=$BENCH_PORT PAKN_DB_URL=postgresql://$BENCH_DB_HOST:$BENCH_DB_PORT/$BENCH_DB \
    PAKN_DB_USER=$BENCH_DB_USER PAKN_DB_PASSWORD=$BENCH_DB_PASSWORD PAKN_DEMO=true PAKN_DATA_DIR=$BENCH_DATA_DIR \
    nohup java ${JAVA_OPTS:--Xmx256m -XX:+UseParallelGC} -jar target/quarkus-app/quarkus-run.jar >"$BENCH_DATA_DIR/system.log" 2>&1 &
pid=$!
echo $pid >"$BENCH_DATA_DIR/system.pid"
for _ in $(seq 600); do # the first start at a million rows migrates (V39 ≈ 2.5 min)
    curl -fs -o /dev/null "$BENCH_URL/q/health/ready" && exit 0
    kill -0 $pid 2>/dev/null || break # it failed to start: no use waiting
    sleep 1
done
echo "the system did not start: see $BENCH_DATA_DIR/system.log" >&2
exit 1
