#!/usr/bin/env bash
# One line: the benchmark server's settings that the figures depend on.
cd "$(dirname "$0")/.."
. bench/env.sh
psql -X -qtA -h "$BENCH_DB_HOST" -p "$BENCH_DB_PORT" -U "$BENCH_DB_USER" -d postgres -c "select 'server: ' ||
    string_agg(name || '=' || current_setting(name), ', ' order by name) from pg_settings where name in
    ('shared_buffers', 'effective_cache_size', 'random_page_cost', 'jit', 'max_wal_size', 'work_mem', 'wal_compression')"
