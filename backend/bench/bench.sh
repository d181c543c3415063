#!/usr/bin/env bash
# make bench: the API against pgbench (the same SQL, -M prepared) on the benchmark database, alternating, per scenario:
# saturation (wrk, CONNECTIONS connections) for throughput, then half that rate for p50/p99 (wrk with a delay per
# connection: wrk2 is not available), then pgbench with the SQL the API sends for such a request (the token check
# included). Scenarios: detail, list (keyword + status), listfresh (the same, every request a search of its own),
# page1, page500 (by the cursor of page 499, as the SPA walks deep), page500offset (page=500, the deepest page a
# number may reach), action (receive, each on a fresh item).
# Prints requests/s, latencies, API ÷ pgbench, CPU ms per request of the java process, its RSS (and peak) and the
# plans; then bench/sweep.sh and bench/stats.sh where they exist. Environment: DURATION (s, default 15),
# CONNECTIONS (16), SCENARIOS (all of the above), BENCH_EXTRAS (the scripts run after; default bench/sweep.sh
# bench/stats.sh, empty: none), ACTION_ITEMS (the fewest items awaiting reception the action scenario runs on; default
# 600 × DURATION: each run receives thousands for good, see make seed-big), see env.sh. Every GET scenario is warmed once before the first phase (the JVM's JIT),
# then again right before its own.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/env.sh
DURATION=${DURATION:-15}
ACTION_ITEMS=${ACTION_ITEMS:-$((DURATION * 600))} # what two phases of receive can take at up to 300/s
CONNECTIONS=${CONNECTIONS:-16}
OUT=${BENCH_OUT:-target/bench}
mkdir -p "$OUT"
PSQL=(psql -qtA -h "$BENCH_DB_HOST" -p "$BENCH_DB_PORT" -U "$BENCH_DB_USER" "$BENCH_DB")
TICKS=$(getconf CLK_TCK)

started=no
if ! curl -fs -o /dev/null "$BENCH_URL/q/health/ready"; then
    bench/start-system.sh
    started=yes
fi
trap '[ $started = yes ] && bench/stop-system.sh' EXIT
PID=$(cat "$BENCH_DATA_DIR/system.pid")

login() { # role → access token of the first demo account with that role
    local phone password
    read -r phone password < <(awk -F'\t' -v r="$1" '$1 == r { print $3, $4; exit }' "$BENCH_DATA_DIR/demo-accounts.txt")
    curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"$phone\",\"password\":\"$password\"}" \
        "$BENCH_URL/api/v1/auth/login" | jq -r .accessToken
}
cpu() { awk '{ print $14 + $15 }' "/proc/$PID/stat"; }
rss() { awk '/VmRSS/ { print $2 / 1024 " MB" }' "/proc/$PID/status"; }
FRESH_START=0
wrk_run() { # rate method paths → wrk summary file; listfresh: each phase on paths no phase used before
    local start=0
    if [[ $3 == *listfresh* ]]; then start=$FRESH_START; FRESH_START=$((FRESH_START + 25000)); fi
    RATE=$1 METHOD=$2 PATHS=$3 CONNECTIONS=$CONNECTIONS TOKEN=$TOKEN START=$start \
        wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/lua/rate.lua "$BENCH_URL" 2>&1
}
rps() { awk '/Requests\/sec/ { print $2 }'; }
pct() { awk -v p="$1" '$1 == p { print $2 }'; }

MAXID=$("${PSQL[@]}" -c "select max(id) from pakn")
ROWS=$("${PSQL[@]}" -c "select count(*) from pakn")
first_account() { # role → id of the first demo account with that role (pgbench checks its token as the API does)
    local phone
    phone=$(awk -F'\t' -v r="$1" '$1 == r { print $3; exit }' "$BENCH_DATA_DIR/demo-accounts.txt")
    "${PSQL[@]}" -c "select id from account where phone = '$phone'"
}
fresh_items() { # items the operator can receive, each once, with If-Match "0"
    "${PSQL[@]}" -c "select '/api/v1/pakn/' || id || '/actions/receive' from pakn where status = 'AWAITING_RECEPTION'
        and version = 0 order by id desc"
}
"${PSQL[@]}" -c "select '/api/v1/pakn/' || id from pakn where id % 997 = 1 order by id limit 2000" >"$OUT/detail.paths"
echo "/api/v1/pakn?q=rac%20thai&status=WAITING" >"$OUT/list.paths"
# the same search, each request with a reporting date "from" of its own (days before the data: the same rows, the same
# work), so that no request finds its estimate kept by an earlier one (KeywordEstimates); 4 phases of at most 25,000
# requests per wrk thread fit before the second thread's half
"${PSQL[@]}" -c "select '/api/v1/pakn?q=rac%20thai&status=WAITING&from=' || (date '1400-01-01' + g)
    from generate_series(0, 199999) g" >"$OUT/listfresh.paths"
echo "/api/v1/pakn?page=1" >"$OUT/page1.paths"
# the cursor the API returns with page 499 (sort -reportedAt): the sort, the last row's id and reporting time
read -r CURSOR_ID CURSOR_AT < <("${PSQL[@]}" -F ' ' -c "select id, to_char(reported_at at time zone 'UTC',
    'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') from pakn order by reported_at desc, id desc offset 9979 limit 1")
CURSOR=$(printf 'REPORTED_AT_DESC|%s|v%s' "$CURSOR_ID" "$CURSOR_AT" | base64 -w0 | tr '+/' '-_' | tr -d '=')
echo "/api/v1/pakn?after=$CURSOR" >"$OUT/page500.paths"
echo "/api/v1/pakn?page=500" >"$OUT/page500offset.paths"

# the JIT compiles the shared paths (security, JSON, the pool) on whatever runs first: warm them all before any phase
TOKEN=$(login ADMIN)
for scenario in detail list listfresh page1 page500; do wrk_run 0 GET "$OUT/$scenario.paths" >/dev/null; done

echo "== PAKN bench: $(date -u '+%F %T UTC'), $(nproc) cores, load: $(uptime | sed 's/.*load/load/')"
bench/server-settings.sh
echo "   $ROWS PAKN in $BENCH_DB; java pid $PID; $CONNECTIONS connections, ${DURATION}s per phase"
printf '%-9s %10s %10s %7s %9s %9s %11s %10s\n' scenario api_rps pg_tps ratio p50_ms p99_ms cpu_ms/req rss
for scenario in ${SCENARIOS:-detail list listfresh page1 page500 page500offset action}; do
    method=GET
    role=ADMIN
    if [ $scenario = action ]; then
        method=POST; role=OPERATOR; fresh_items >"$OUT/action.paths"
        # each run receives a few thousand items for good: a short supply would time answers that refuse (409)
        if [ "$(wc -l <"$OUT/action.paths")" -lt "$ACTION_ITEMS" ]; then
            echo "action: skipped — $(wc -l <"$OUT/action.paths") items await reception (version 0), fewer than" \
                "$ACTION_ITEMS; add some: make seed-big N=200000 (5 % of them await reception)"
            continue
        fi
    fi
    TOKEN=$(login $role)
    ACCOUNT=$(first_account $role)
    [ $scenario != action ] && wrk_run 0 GET "$OUT/$scenario.paths" >/dev/null # warm-up
    before=$(cpu)
    wrk_run 0 $method "$OUT/$scenario.paths" >"$OUT/$scenario.saturated.txt"
    after=$(cpu)
    api=$(rps <"$OUT/$scenario.saturated.txt")
    requests=$(awk '/requests in/ { print $1 }' "$OUT/$scenario.saturated.txt")
    cpu_ms=$(awk -v a="$after" -v b="$before" -v n="$requests" -v t="$TICKS" 'BEGIN { printf "%.2f", (a - b) * 1000 / t / n }')
    half=$(awk -v r="$api" 'BEGIN { printf "%d", r / 2 }')
    [ $scenario = action ] && fresh_items >"$OUT/action.paths" && TOKEN=$(login $role)
    wrk_run "$half" $method "$OUT/$scenario.paths" >"$OUT/$scenario.fixed.txt"
    p50=$(pct 50% <"$OUT/$scenario.fixed.txt")
    p99=$(pct 99% <"$OUT/$scenario.fixed.txt")
    pgbench -n -M prepared -c "$CONNECTIONS" -j 2 -T "$DURATION" -D maxid="$MAXID" -D account="$ACCOUNT" \
        -D cursor_at="$CURSOR_AT" -D cursor_id="$CURSOR_ID" -f "bench/sql/$scenario.sql" \
        -h "$BENCH_DB_HOST" -p "$BENCH_DB_PORT" -U "$BENCH_DB_USER" "$BENCH_DB" >"$OUT/$scenario.pgbench.txt" 2>&1
    pg=$(awk '/^tps/ { print $3 }' "$OUT/$scenario.pgbench.txt")
    ratio=$(awk -v a="$api" -v p="$pg" 'BEGIN { printf "%.2f", a / p }')
    printf '%-9s %10s %10.0f %7s %9s %9s %11s %10s\n' $scenario "$api" "$pg" "$ratio" "$p50" "$p99" "$cpu_ms" "$(rss)"
    grep -E 'Non-2xx|Socket errors' "$OUT/$scenario.saturated.txt" "$OUT/$scenario.fixed.txt" || true
done

echo "   peak RSS of the java process: $(awk '/VmHWM/ { print $2 / 1024 " MB" }' "/proc/$PID/status")"

echo; echo "== plans (EXPLAIN ANALYZE, BUFFERS) of the rows query of each list scenario, and of the keyword total"
for scenario in list page1 page500 page500offset; do
    echo "-- $scenario"
    head -1 "bench/sql/$scenario.sql" | sed "s/^/explain (analyze, buffers) /; s/:cursor_at/'$CURSOR_AT'/; s/:cursor_id/$CURSOR_ID/" \
        | "${PSQL[@]}"
done
echo "-- list: the planner's estimate the API reports as the total (explain (format json) of this count query)"
sed -n 1p bench/sql/list-estimate.sql | sed 's/^explain (format json) /explain /' | "${PSQL[@]}"

for extra in ${BENCH_EXTRAS-bench/sweep.sh bench/stats.sh}; do
    if [ -x "$extra" ]; then echo; "$extra"; elif [ -f "$extra" ]; then echo; bash "$extra"; fi
done
