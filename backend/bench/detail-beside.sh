#!/usr/bin/env bash
# Detail GET latency (wrk at RATE/s, 100 by default, as make bench-sweep) idle and beside other work that is not the sweep: a busy
# core (nice 0 and 19), a PostgreSQL backend inserting 4 million rows (WAL), the same into a temporary table (no WAL),
# and dd writing with fsync — to tell which part of a sweep's load the GETs feel. Runs on the database and data
# directory the last `make bench-sweep` left (pakn_sweep, its demo accounts); three rounds. Holding the bench lock:
#   flock /tmp/pakn-bench.lock backend/bench/detail-beside.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/sweep-env.sh
OUT=${BENCH_OUT:-target/bench-beside}
mkdir -p "$OUT"
test -f "$BENCH_DATA_DIR/demo-accounts.txt" || { echo "run make bench-sweep first" >&2; exit 1; }
export BENCH_DB BENCH_PORT BENCH_DATA_DIR
bench/start-system.sh
"${PSQL[@]}" -d postgres -c "drop database if exists pakn_beside" -c "create database pakn_beside"
trap 'bench/stop-system.sh; "${PSQL[@]}" -d postgres -c "drop database if exists pakn_beside"; rm -f "$OUT/dd"' EXIT
"${PSQL[@]}" -d pakn_beside -c "create table t (id bigint, pad text)"
sql -tAc "select '/api/v1/pakn/' || id from pakn where code like 'SWbg-%' order by id" >"$OUT/detail.paths"
TOKEN=$(login)
get() { # 8 s of detail GETs → p50, p90, p99
    detail_wrk 8 | awk '$1 == "50%" || $1 == "90%" || $1 == "99%" { printf "%s %-9s", $1, $2 } END { print "" }'
}
beside() { # label command… → the GETs' latency while the command runs (started a second before)
    local label=$1; shift
    "$@" >/dev/null 2>&1 &
    local pid=$!
    sleep 1
    printf '  %-28s' "$label"; get
    kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true
}
insert() { "${PSQL[@]}" -d pakn_beside -c "truncate t" -c "insert into t select g, repeat('x', 200) from generate_series(1, 4000000) g"; }
insert_temp() { "${PSQL[@]}" -d pakn_beside -c "create temp table tt (id bigint, pad text)" -c "insert into tt select g, repeat('x', 200) from generate_series(1, 4000000) g"; }
write_fsync() { for _ in $(seq 10); do dd if=/dev/zero of="$OUT/dd" bs=1M count=60 conv=fsync; done; }

echo "== detail GET beside other work: $(date -u '+%F %T UTC'), $(nproc) cores, $(uptime | sed 's/.*load/load/')"
get >/dev/null; get >/dev/null # warm
for round in 1 2 3; do
    echo "round $round"
    printf '  %-28s' "idle"; get
    beside "a busy core" yes
    beside "a busy core, nice 19" nice -n 19 yes
    beside "insert 4M rows (WAL)" insert
    beside "insert 4M rows (temp, no WAL)" insert_temp
    beside "dd 600 MB with fsync" write_fsync
done
