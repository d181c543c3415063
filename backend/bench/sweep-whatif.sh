#!/usr/bin/env bash
# make bench-sweep-whatif: what the sweep's yardstick (bench/sql/sweep-baseline.sql, 100,000 escalations in one
# statement) would cost without some of what it maintains — pakn's list indexes, its other indexes, the foreign keys
# it checks, the outbox's indexes, the statistics trigger — each variant dropped inside the transaction that runs the
# statement and is rolled back, so nothing changes. Rounds interleave the variants (this machine drifts). Run it after
# `make bench-sweep`, whose database (pakn_sweep) holds the yardstick's items; holding the bench lock:
#   flock /tmp/pakn-bench.lock backend/bench/sweep-whatif.sh
# Environment: ROUNDS (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/sweep-env.sh
ROUNDS=${ROUNDS:-3}

pg_ctlcluster 15 main start 2>/dev/null || true
items=$(sql -tAc "select count(*) from pakn where code like 'SWbase-%'")
[ "$items" -gt 0 ] || { echo "no yardstick items in $BENCH_DB: run make bench-sweep first" >&2; exit 1; }

declare -A VARIANTS=(
    ["as it is"]="select 1"
    ["without pakn's 7 list indexes"]="drop index pakn_all_idx, pakn_step_idx, pakn_status_idx, pakn_category_idx,
        pakn_channel_idx, pakn_progress_idx, pakn_main_unit_report_idx"
    ["without pakn's 5 sort and sweep indexes"]="drop index pakn_title_sort_idx, pakn_deadline_sort_idx,
        pakn_due_soon_idx, pakn_remind_idx, pakn_overdue_due_idx"
    ["without the keys to pakn (history, event)"]="alter table pakn_history drop constraint pakn_history_pakn_id_fkey;
        alter table deadline_event drop constraint deadline_event_pakn_id_fkey"
    ["without the keys to account (outbox, history)"]="alter table outbox_message
            drop constraint outbox_message_recipient_account_id_fkey;
        alter table pakn_history drop constraint pakn_history_actor_id_fkey"
    ["without the keys to process_step and unit"]="alter table pakn drop constraint pakn_current_step_id_fkey;
        alter table deadline_event drop constraint deadline_event_unit_id_fkey"
    ["without the outbox's list by status and time"]="drop index outbox_status_time_idx"
    ["without the outbox's due index"]="drop index outbox_due_idx"
    ["without the statistics trigger"]="alter table pakn disable trigger pakn_stat_update"
)
ORDER=("as it is" "without pakn's 7 list indexes" "without pakn's 5 sort and sweep indexes"
    "without the keys to pakn (history, event)" "without the keys to account (outbox, history)"
    "without the keys to process_step and unit" "without the outbox's list by status and time"
    "without the outbox's due index" "without the statistics trigger")

declare -A TIMES
for round in $(seq "$ROUNDS"); do
    for name in "${ORDER[@]}"; do
        # the rolled-back rows of the run before gone, and its dirty pages written, as bench/sweep.sh does
        sql -c "vacuum analyze" -c "checkpoint"
        ms=$(sql -c "begin" -c "${VARIANTS[$name]}" -c '\timing on' -f bench/sql/sweep-baseline.sql \
            -c '\timing off' -c "rollback" | awk '/^Time:/ { print $2 }' | tail -1)
        TIMES[$name]="${TIMES[$name]:-} $ms"
    done
done

echo "== sweep what-if: $(date -u '+%F %T UTC'), $(nproc) cores, load: $(uptime | sed 's/.*load/load/')"
bench/server-settings.sh
echo "   the yardstick statement on $items items in $BENCH_DB, $ROUNDS rounds, each run rolled back"
base=$(echo "${TIMES["as it is"]}" | tr ' ' '\n' | sort -n | awk 'NF { a[n++] = $1 } END { print a[int((n - 1) / 2)] }')
for name in "${ORDER[@]}"; do
    echo "${TIMES[$name]}" | tr ' ' '\n' | sort -n | awk -v name="$name" -v base="$base" '
        NF { a[n++] = $1 } END { m = a[int((n - 1) / 2)]
            printf "%-48s median %8.0f ms  (%+5.1f %%)  runs:", name, m, (m / base - 1) * 100
            for (i = 0; i < n; i++) printf " %.0f", a[i]; printf "\n" }'
done
