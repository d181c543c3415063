#!/usr/bin/env bash
# make seed-big N=…: migrates the benchmark database (one start of the packaged system with demo data, if the schema
# is missing), then adds N PAKN with SeedBig (COPY). Environment: BENCH_DB_HOST, BENCH_DB_PORT, BENCH_DB, BENCH_DB_USER,
# BENCH_DB_PASSWORD, BENCH_DATA_DIR, BENCH_PORT.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/env.sh
N=${N:-1000000}
PSQL=(psql -qtA -h "$BENCH_DB_HOST" -p "$BENCH_DB_PORT" -U "$BENCH_DB_USER")
test "$("${PSQL[@]}" -d postgres -c "select 1 from pg_database where datname = '$BENCH_DB'")" = 1 ||
    "${PSQL[@]}" -d postgres -c "create database $BENCH_DB owner $BENCH_DB_USER"
if ! "${PSQL[@]}" -d "$BENCH_DB" -c "select 1 from pakn limit 1" >/dev/null 2>&1; then
    bench/start-system.sh
    bench/stop-system.sh
fi
./mvnw -B -q test-compile
./mvnw -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.pakn.bench.SeedBig \
    -Dexec.args="$N jdbc:postgresql://$BENCH_DB_HOST:$BENCH_DB_PORT/$BENCH_DB $BENCH_DB_USER $BENCH_DB_PASSWORD"
"${PSQL[@]}" -d "$BENCH_DB" -c "select pakn_stat_rebuild(); analyze pakn_stat"
