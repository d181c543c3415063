#!/usr/bin/env bash
# make bench-sweep: the deadline sweep escalating N (default 100,000) overdue PAKN, with their history and messages,
# on a database of its own (pakn_sweep, made from scratch on the PostgreSQL 15 server), against one hand-written SQL
# statement doing the same work in the same run (then rolled back); detail GET p99 (wrk at a fixed rate) idle and
# during the sweep; a second sweep must escalate nothing. Run it holding the bench lock:
#   flock /tmp/pakn-bench.lock backend/bench/sweep.sh
# Environment: N, RATE (GET/s, default 100), CONNECTIONS (8), WINDOW (s of wrk during the sweep, 8), LEAD (s from
# writing the overdue items to their deadline, 90), JAVA_OPTS and PAKN_SWEEP_LANES (of the system, see start-system.sh
# and README.md); see env.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/sweep-env.sh
N=${N:-100000}
WINDOW=${WINDOW:-8}
LEAD=${LEAD:-90}
OUT=${BENCH_OUT:-target/bench-sweep}
LOG=$BENCH_DATA_DIR/system.log
mkdir -p "$OUT"

pg_ctlcluster 15 main start 2>/dev/null || true

"${PSQL[@]}" -d postgres -c "drop database if exists $BENCH_DB" -c "create database $BENCH_DB owner $BENCH_DB_USER"
rm -rf "$BENCH_DATA_DIR"
export BENCH_DB BENCH_PORT BENCH_DATA_DIR # the system of bench/start-system.sh, on this database, sweeping every second
PAKN_SWEEP_EVERY=1s bench/start-system.sh
trap bench/stop-system.sh EXIT

seed() { # batch n [deadline (an SQL expression; default an hour past)] [progress (default OVERDUE)]
    sql -1 -c "select set_config('sweep.batch', '$1', false), set_config('sweep.n', '$2', false),
        set_config('sweep.deadline', (${3:-null::timestamptz})::text, false),
        set_config('sweep.progress', '${4:-}', false)" -f bench/sql/sweep-overdue.sql >/dev/null
}
p99_ms() { # wrk output → 99th percentile in ms
    awk '$1 == "99%" { v = $2; u = v; gsub(/[0-9.]/, "", u); gsub(/[a-z]/, "", v);
        print (u == "us" ? v / 1000 : u == "s" ? v * 1000 : v) }'
}
# Items that are not due, for the detail GETs; the yardstick's items (due only to it: see sweep-baseline.sql); then
# the yardstick, rolled back.
seed bg 10000 "now() + interval '30 days'" NOT_DUE
seed base "$N" "timestamptz '2100-01-01 00:00+07'"
sql -tAc "select '/api/v1/pakn/' || id from pakn where code like 'SWbg-%' order by id" >"$OUT/detail.paths"
sql -c "vacuum analyze" >/dev/null
sql -c "checkpoint" # start clean: dirty buffers of an earlier benchmark are not written during this one
baseline=$(sql -c "begin" -c '\timing on' -f bench/sql/sweep-baseline.sql -c '\timing off' -c "rollback" |
    awk '/^Time:/ { print $2 }')
sql -c "vacuum analyze" >/dev/null
sql -c "checkpoint" # nor the statement's

TOKEN=$(login)
detail_wrk 10 >/dev/null  # the JIT warm, the demo data's own messages sent
detail_wrk "$WINDOW" >"$OUT/idle.txt"
# The items fall due LEAD seconds after they are written, vacuumed and analysed by then (as items that fall due are
# rows written long before, not a second before: the yardstick's are too); wrk starts a second before.
seed run "$N" "now() + interval '$LEAD seconds'"
due=$(sql -tAc "select ceil(extract(epoch from max(deadline)))::bigint from pakn where code like 'SWrun-%'")
sql -c "vacuum analyze" >/dev/null
sql -c "checkpoint" >/dev/null
wal_before=$(sql -tAc "select wal_bytes || ' ' || wal_fpi from pg_stat_wal")
wait=$((due - $(date +%s) - 1))
[ $wait -ge 0 ] || echo "the items fell due $((-wait)) s before they were vacuumed: raise LEAD" >&2
sleep $((wait > 0 ? wait : 0))
detail_wrk "$WINDOW" >"$OUT/sweep.txt" &
WRK=$!
for _ in $(seq 600); do grep -q "escalated=$N," "$LOG" && break; sleep 0.5; done
wait $WRK
wal_after=$(sql -tAc "select wal_bytes || ' ' || wal_fpi from pg_stat_wal")
line=$(grep -o "Deadline sweep in [0-9]* ms: Report\[[^]]*escalated=$N,[^]]*\]" "$LOG" || true)
sweep_ms=$(echo "$line" | awk '{ print $4 }')
sleep 3
again=$(grep "Deadline sweep" "$LOG" | sed -n "/escalated=$N,/,\$p" | tail -n +2 | wc -l)
events=$(sql -tAc "select count(*) from deadline_event where kind = 'ESCALATION'")
at_top=$(sql -tAc "select count(*) from pakn p join process_step s on s.id = p.current_step_id
    where s.code <> 'LANH_DAO_SO' and p.code like 'SWrun-%'")
history=$(sql -tAc "select count(*) from pakn_history where action = 'escalate'")
changes=$(sql -tAc "select coalesce(sum(jsonb_array_length(changes)), 0) from pakn_history where action = 'escalate'")
messages=$(sql -tAc "select count(*) from outbox_message where message_key like 'escalation:%'")
idle_p99=$(p99_ms <"$OUT/idle.txt")
sweep_p99=$(p99_ms <"$OUT/sweep.txt")

echo "== deadline sweep bench: $(date -u '+%F %T UTC'), $(nproc) cores, load: $(uptime | sed 's/.*load/load/')"
bench/server-settings.sh
echo "   $N overdue PAKN (+10,000 not due, +$N for the statement) in $BENCH_DB; chunks of 5,000, ${PAKN_SWEEP_LANES:-1} at once (PAKN_SWEEP_LANES); detail GET at $RATE/s, $CONNECTIONS connections"
echo "sweep:               ${sweep_ms:-?} ms   ($line)"
echo "one SQL statement:   ${baseline:-?} ms   (bench/sql/sweep-baseline.sql, rolled back)"
awk -v s="${sweep_ms:-0}" -v b="${baseline:-1}" 'BEGIN { printf "sweep / statement:   %.2f  (limit 3)\n", s / b }'
echo "detail GET p99:      idle ${idle_p99} ms, during the sweep ${sweep_p99} ms" \
    "$(awk -v i="$idle_p99" -v s="$sweep_p99" 'BEGIN { printf "(%.2f x, limit 2)", s / i }')"
grep -E 'Non-2xx|Socket errors' "$OUT/idle.txt" "$OUT/sweep.txt" || true
echo "WAL during the sweep: $(echo "$wal_before $wal_after" | awk '{ printf "%.0f MB, %d full-page images", ($3 - $1) / 1048576, $4 - $2 }')"
echo "written:             $events deadline events, $history history entries with $changes field changes, $messages messages"
echo "after the sweep:     $again later sweeps did anything (0 expected), $at_top items not at Lãnh đạo sở ban ngành"
