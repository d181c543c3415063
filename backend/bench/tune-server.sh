#!/usr/bin/env bash
# Applies bench/server.conf to the benchmark PostgreSQL (ALTER SYSTEM, then a restart of the local cluster) and
# prints the settings in force; on a fresh cluster it first creates the benchmark role. `make bench-server`; the
# bench scripts print these settings with their figures.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/env.sh
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$BENCH_DB_HOST" -p "$BENCH_DB_PORT" -U "$BENCH_DB_USER" -d postgres)
pg_ctlcluster 15 main start 2>/dev/null || true
# A fresh cluster has no benchmark role: make it (the benches create and drop their databases, hence superuser).
if ! "${PSQL[@]}" -c "select 1" >/dev/null 2>&1; then
    role="create role $BENCH_DB_USER login superuser password '$BENCH_DB_PASSWORD'"
    if [ "$(id -u)" = 0 ]; then su postgres -c "psql -X -q -c \"$role\""; else sudo -u postgres psql -X -q -c "$role"; fi
fi
grep -E '^[a-z_]+ *=' bench/server.conf | while IFS='=' read -r name value; do
    "${PSQL[@]}" -c "alter system set $(echo $name) = '$(echo $value)'"
done
pg_ctlcluster 15 main restart
for _ in $(seq 30); do "${PSQL[@]}" -c "select 1" >/dev/null 2>&1 && break; sleep 1; done
bench/server-settings.sh
