#!/usr/bin/env bash
# make bench-stats: the statistics reports and Excel export at a million PAKN (issue 5). Runs on its own copy of the
# benchmark database (STATS_BENCH_DB, cloned from pakn_bench when missing) so that the statistics migrations never
# get ahead of other branches benchmarking pakn_bench, and on its own port and data directory. The backend runs with
# -Xmx256m throughout. Steps: rate a share of completed items if none is rated (then rebuild the rollup); for each
# report over one year, all units: wrk with 8 connections (p50/p95/p99) and the numbers against a naive GROUP BY run
# now; an ad-hoc report over arbitrary filters; the list as Excel for ~100,000 rows (total time, first byte) against
# COPY of the same rows, then for every row (1,000,000). Run holding the lock: flock /tmp/pakn-bench.lock bench/stats.sh
# Environment: DURATION (s per report, default 15), EXCEL_ONLY=1 (only the Excel part), STATS_BENCH_DB, STATS_PORT, STATS_DATA_DIR, see env.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/env.sh
SOURCE_DB=$BENCH_DB
export BENCH_DB=${STATS_BENCH_DB:-pakn_bench_stats}
export BENCH_PORT=${STATS_PORT:-18090}
export BENCH_DATA_DIR=${STATS_DATA_DIR:-/tmp/pakn-bench-stats}
BENCH_URL=http://localhost:$BENCH_PORT
DURATION=${DURATION:-15}
CONNECTIONS=8
OUT=${BENCH_OUT:-target/bench-stats}
mkdir -p "$OUT" "$BENCH_DATA_DIR"
PSQL=(psql -qtA -v ON_ERROR_STOP=1 -h "$BENCH_DB_HOST" -p "$BENCH_DB_PORT" -U "$BENCH_DB_USER")

if [ -z "$("${PSQL[@]}" postgres -c "select 1 from pg_database where datname = '$BENCH_DB'")" ]; then
    echo "cloning $SOURCE_DB into $BENCH_DB"
    "${PSQL[@]}" postgres -c "create database $BENCH_DB template $SOURCE_DB"
fi
PSQL+=("$BENCH_DB")
[ -f "$BENCH_DATA_DIR/demo-accounts.txt" ] || cp "${SOURCE_DATA_DIR:-/tmp/pakn-bench-data}/demo-accounts.txt" "$BENCH_DATA_DIR/"

started=no
if ! curl -fs -o /dev/null "$BENCH_URL/q/health/ready"; then
    started=yes
    trap 'bench/stop-system.sh' EXIT
    bench/start-system.sh # the first start migrates the copy: start-system.sh waits up to 10 minutes
fi
PID=$(cat "$BENCH_DATA_DIR/system.pid")

login() { # role → access token of the first demo account with that role
    local phone password
    read -r phone password < <(awk -F'\t' -v r="$1" '$1 == r { print $3, $4; exit }' "$BENCH_DATA_DIR/demo-accounts.txt")
    curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"$phone\",\"password\":\"$password\"}" \
        "$BENCH_URL/api/v1/auth/login" | jq -r .accessToken
}
ms() { date +%s%3N; }

echo "== statistics bench: $(date -u '+%F %T UTC'), $(nproc) cores, load: $(uptime | sed 's/.*load/load/')"
bench/server-settings.sh
echo "   $("${PSQL[@]}" -c "select count(*) from pakn") PAKN in $BENCH_DB; java pid $PID, $(tr '\0' ' ' </proc/$PID/environ | grep -o 'JAVA_TOOL_OPTIONS=[^ ]*')"

if [ "$("${PSQL[@]}" -c "select count(*) from pakn_rating")" = 0 ]; then
    t=$(ms)
    # One statement rates 60% of the completed items (the rating trigger copies them onto pakn); the rollup is then
    # recounted once instead of following 400,000 row changes.
    "${PSQL[@]}" -c "begin; alter table pakn disable trigger pakn_stat_update;
        insert into pakn_rating (pakn_id, rating, comment, rated_at)
        select id, (array['SATISFIED', 'SATISFIED', 'NEUTRAL', 'DISSATISFIED'])[1 + id % 4], null, updated_at
        from pakn where status = 'COMPLETED' and id % 10 < 6;
        alter table pakn enable trigger pakn_stat_update; commit; select pakn_stat_rebuild(); analyze pakn_stat;"
    echo "prep: rated $("${PSQL[@]}" -c "select count(*) from pakn_rating") completed items, rollup rebuilt in $(( $(ms) - t )) ms"
fi
echo "   rollup: $("${PSQL[@]}" -c "select count(*) from pakn_stat") cells"

TODAY=$(TZ=Asia/Ho_Chi_Minh date +%F)
FROM=$(TZ=Asia/Ho_Chi_Minh date -d "$TODAY -1 year +1 day" +%F)
PERIOD="from=$FROM&to=$TODAY"
WHERE="p.reported_at >= '$FROM'::date::timestamp at time zone 'Asia/Ho_Chi_Minh'
    and p.reported_at < ('$TODAY'::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'"
TOKEN=$(login ADMIN)
api() { curl -fs -H "Authorization: Bearer $TOKEN" "$BENCH_URL/api/v1/statistics/$1"; }

# The naive GROUP BY of each report over the raw rows, as "unit numbers…" lines; and the same lines from the API.
naive() {
    case $1 in
        status) echo "select status, count(*) from pakn p where $WHERE group by 1 order by 1" ;;
        identity) echo "select coalesce(main_unit_id, 0), count(*), count(*) filter (where identity_disclosed)
            from pakn p where $WHERE group by 1 order by 1" ;;
        rating) echo "select coalesce(main_unit_id, 0), count(rating), count(*) filter (where rating = 'SATISFIED'),
            count(*) filter (where rating = 'NEUTRAL'), count(*) filter (where rating = 'DISSATISFIED')
            from pakn p where $WHERE group by 1 order by 1" ;;
        progress) echo "select coalesce(main_unit_id, 0),
            count(*) filter (where progress in ('ON_TIME', 'LATE', 'OVERDUE')),
            count(*) filter (where progress = 'ON_TIME' and not deadline_extended),
            count(*) filter (where progress in ('LATE', 'OVERDUE')),
            count(*) filter (where progress = 'ON_TIME' and deadline_extended) from pakn p where $WHERE group by 1 order by 1" ;;
    esac
}
from_api() {
    case $1 in
        status) jq -r '.byStatus[] | select(.count > 0) | "\(.status)|\(.count)"' | sort ;;
        identity) jq -r '.rows[] | "\(.unitId // 0)|\(.total)|\(.disclosed)"' | sort -t'|' -k1,1n ;;
        rating) jq -r '.rows[] | "\(.unitId // 0)|\(.total)|\(.satisfied)|\(.neutral)|\(.dissatisfied)"' | sort -t'|' -k1,1n ;;
        progress) jq -r '.rows[] | "\(.unitId // 0)|\(.total)|\(.onTime)|\(.late)|\(.extended)"' | sort -t'|' -k1,1n ;;
    esac
}

if [ -z "${EXCEL_ONLY:-}" ]; then
echo; echo "== reports: one year ($FROM .. $TODAY), all units, $CONNECTIONS connections, ${DURATION}s each"
printf '%-9s %8s %8s %8s %8s %8s %7s %9s %-14s\n' report rps p50_ms p95_ms p99_ms max_ms non2xx naive_ms equal_naive
report_path() { # report → its request over the period
    if [ "$1" = list ]; then echo "/api/v1/statistics/list?$PERIOD&page=1&size=50"; else echo "/api/v1/statistics/$1?$PERIOD"; fi
}
# Every report warmed once before the first is measured (a JVM just started compiles for a while: the first report
# measured paid for it), then again right before its own phase, as bench.sh does.
for report in status identity rating progress list; do
    PATH_Q=$(report_path $report) TOKEN=$TOKEN wrk -t2 -c$CONNECTIONS -d5s -s bench/lua/stats.lua "$BENCH_URL" >/dev/null 2>&1
done
for report in status identity rating progress list; do
    path=$(report_path $report)
    PATH_Q=$path TOKEN=$TOKEN wrk -t2 -c$CONNECTIONS -d3s -s bench/lua/stats.lua "$BENCH_URL" >/dev/null 2>&1
    PATH_Q=$path TOKEN=$TOKEN wrk -t2 -c$CONNECTIONS -d"${DURATION}s" -s bench/lua/stats.lua "$BENCH_URL" \
        >"$OUT/$report.wrk.txt" 2>&1
    read -r p50 p95 p99 max requests non2xx < <(awk '/^PCT/ { print $2, $3, $4, $5, $6, $7 }' "$OUT/$report.wrk.txt")
    rps=$(awk '/Requests\/sec/ { print $2 }' "$OUT/$report.wrk.txt")
    equal=-; naive_ms=-
    if [ $report = list ]; then
        t=$(ms)
        total=$("${PSQL[@]}" -c "select count(*) from pakn p where $WHERE")
        naive_ms=$(( $(ms) - t ))
        [ "$(api "list?$PERIOD&size=1" | jq .total)" = "$total" ] && equal="yes (total $total)" || equal="NO"
    else
        t=$(ms)
        "${PSQL[@]}" -F'|' -c "$(naive $report)" | sort -t'|' -k1,1n >"$OUT/$report.naive.txt"
        naive_ms=$(( $(ms) - t ))
        api "$report?$PERIOD" | from_api $report >"$OUT/$report.api.txt"
        if [ $report = status ]; then sort -o "$OUT/$report.naive.txt" "$OUT/$report.naive.txt"; fi
        if diff -q "$OUT/$report.naive.txt" "$OUT/$report.api.txt" >/dev/null; then
            equal="yes ($(wc -l <"$OUT/$report.api.txt") rows)"
        else
            equal="NO: see $OUT/$report.*.txt"
        fi
    fi
    printf '%-9s %8s %8s %8s %8s %8s %7s %9s %-14s\n' $report "$rps" "$p50" "$p95" "$p99" "$max" "$non2xx" "$naive_ms" "$equal"
done

echo; echo "== ad hoc: arbitrary filters (category, channel, unit, odd periods), one request each, then the naive count"
printf '%-72s %8s %9s %s\n' filters api_ms naive_ms equal
for i in 1 2 3 4 5 6; do
    read -r category channel unit < <("${PSQL[@]}" -F' ' -c "select (select id from category order by random() limit 1),
        (select id from channel order by random() limit 1), (select id from unit where kind <> 'CALL_CENTER' order by random() limit 1)")
    from=$(TZ=Asia/Ho_Chi_Minh date -d "$TODAY -$((100 + i * 97)) days" +%F)
    to=$(TZ=Asia/Ho_Chi_Minh date -d "$TODAY -$((i * 13)) days" +%F)
    case $i in
        1|4) filters="from=$from&to=$to&categoryId=$category" ; cond="category_id = $category" ;;
        2|5) filters="from=$from&to=$to&channelId=$channel&categoryId=$category" ; cond="channel_id = $channel and category_id = $category" ;;
        *) filters="from=$from&to=$to&unitId=$unit&channelId=$channel" ; cond="main_unit_id = $unit and channel_id = $channel" ;;
    esac
    report=$( [ $((i % 2)) = 0 ] && echo progress || echo status )
    t=$(ms)
    body=$(api "$report?$filters")
    api_ms=$(( $(ms) - t ))
    where="p.reported_at >= '$from'::date::timestamp at time zone 'Asia/Ho_Chi_Minh' and p.reported_at < ('$to'::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh' and $cond"
    t=$(ms)
    if [ $report = status ]; then
        naive_n=$("${PSQL[@]}" -c "select count(*) from pakn p where $where")
        api_n=$(jq .total <<<"$body")
    else
        naive_n=$("${PSQL[@]}" -c "select count(*) from pakn p where $where and progress in ('ON_TIME', 'LATE', 'OVERDUE')")
        api_n=$(jq .totals.total <<<"$body")
    fi
    naive_ms=$(( $(ms) - t ))
    printf '%-72s %8s %9s %s\n' "$report?$filters" "$api_ms" "$naive_ms" "$([ "$naive_n" = "$api_n" ] && echo "yes ($api_n)" || echo "NO ($api_n vs $naive_n)")"
done
fi # EXCEL_ONLY

# The list export's rows as plain COPY: the same columns, joins, filters and order as ListRepository.
copy_sql() {
    echo "copy (select p.id, p.code, p.reporter_name, p.reporter_phone, ru.name, p.title, p.location_text, p.reported_at,
        c.name, ch.name, p.identity_disclosed, p.status, mu.name, p.deadline, p.progress,
        (select max(h.occurred_at) from pakn_history h where h.pakn_id = p.id and h.action = 'complete'), p.rating
        from pakn p join category c on c.id = p.category_id join channel ch on ch.id = p.channel_id
        left join unit ru on ru.id = p.reported_unit_id left join unit mu on mu.id = p.main_unit_id
        where p.reported_at >= '$1'::date::timestamp at time zone 'Asia/Ho_Chi_Minh'
        and p.reported_at < ('$TODAY'::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'
        order by p.reported_at desc, p.id desc) to stdout"
}
export_run() { # from-date label → one line of figures
    local from=$1 rows copy_ms timing first total size xrows
    rows=$("${PSQL[@]}" -c "select count(*) from pakn p where p.reported_at >= '$from'::date::timestamp at time zone 'Asia/Ho_Chi_Minh'
        and p.reported_at < ('$TODAY'::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'")
    t=$(ms)
    "${PSQL[@]}" -c "$(copy_sql "$from")" >/dev/null
    copy_ms=$(( $(ms) - t ))
    timing=$(curl -fs -H "Authorization: Bearer $TOKEN" -o "$OUT/export-$2.xlsx" \
        -w '%{time_starttransfer} %{time_total} %{size_download}' \
        "$BENCH_URL/api/v1/statistics/list/export?from=$from&to=$TODAY")
    read -r first total size <<<"$timing"
    xrows=$(unzip -p "$OUT/export-$2.xlsx" xl/worksheets/sheet1.xml | grep -o '<row ' | wc -l)
    printf '%-6s %9s %8s %13s %11s %8s %10s %11s %10s %s\n' "$2" "$rows" "$copy_ms" \
        "$(awk -v f="$first" 'BEGIN { printf "%.0f", f * 1000 }')" "$(awk -v t="$total" 'BEGIN { printf "%.0f", t * 1000 }')" \
        "$(awk -v t="$total" -v c="$copy_ms" 'BEGIN { printf "%.1f", t * 1000 / c }')" "$((size / 1024)) KB" \
        "$((xrows - 9))" "$(awk '/VmHWM/ { printf "%d MB", $2 / 1024 }' /proc/$PID/status)" "$(kill -0 "$PID" && echo alive)"
}
echo; echo "== Excel: the list export against COPY of the same rows (backend -Xmx256m)"
# Warm up on one day's export (class loading, JIT), as a running server is.
curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "$BENCH_URL/api/v1/statistics/list/export?from=$TODAY&to=$TODAY"
printf '%-6s %9s %8s %13s %11s %8s %10s %11s %10s %s\n' export rows copy_ms first_byte_ms total_ms x_copy size xlsx_rows peak_rss java
FROM_100K=$("${PSQL[@]}" -c "select (reported_at at time zone 'Asia/Ho_Chi_Minh')::date from pakn
    where reported_at < ('$TODAY'::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh' order by reported_at desc offset 99999 limit 1")
export_run "$FROM_100K" 100k
export_run 2000-01-01 all
echo "OutOfMemoryError lines in the system log: $(grep -c 'OutOfMemoryError' "$BENCH_DATA_DIR/system.log" || true)"

echo; echo "== plans"
"${PSQL[@]}" -c "explain (analyze, buffers) select s.main_unit_id, sum(s.total) from pakn_stat s where s.cuboid = 1
    and ((s.grain = 'M' and s.period >= date_trunc('month', '$FROM'::date + 31)::date and s.period < date_trunc('month', '$TODAY'::date + 1)::date)
    or (s.grain = 'D' and ((s.period >= '$FROM' and s.period < date_trunc('month', '$FROM'::date + 31)::date)
    or (s.period >= date_trunc('month', '$TODAY'::date)::date and s.period <= '$TODAY')))) group by 1" | grep -E 'Execution|Index|Seq|rows=' | head -6
