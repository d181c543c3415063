# Shared settings of the sweep benchmarks (sourced after `cd backend`): their database, port and data directory, and
# the detail GETs they measure. SWEEP_DB, SWEEP_PORT, SWEEP_DATA_DIR override them; RATE (GET/s, default 100) and
# CONNECTIONS (8) shape the GETs.
BENCH_DB=${SWEEP_DB:-pakn_sweep}
BENCH_PORT=${SWEEP_PORT:-18090}
BENCH_DATA_DIR=${SWEEP_DATA_DIR:-/tmp/pakn-sweep-data}
. bench/env.sh
RATE=${RATE:-100}
CONNECTIONS=${CONNECTIONS:-8}
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$BENCH_DB_HOST" -p "$BENCH_DB_PORT" -U "$BENCH_DB_USER")
sql() { "${PSQL[@]}" -d "$BENCH_DB" "$@"; }

login() { # → an access token of the demo's administrator
    local phone password
    read -r phone password < <(awk -F'\t' '$1 == "ADMIN" { print $3, $4; exit }' "$BENCH_DATA_DIR/demo-accounts.txt")
    curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"$phone\",\"password\":\"$password\"}" \
        "$BENCH_URL/api/v1/auth/login" | jq -r .accessToken
}

detail_wrk() { # seconds → wrk output of detail GETs at RATE over the paths in $OUT/detail.paths, with $TOKEN
    RATE=$RATE METHOD=GET PATHS=$OUT/detail.paths CONNECTIONS=$CONNECTIONS TOKEN=$TOKEN \
        wrk -t2 -c"$CONNECTIONS" -d"$1s" --latency -s bench/lua/rate.lua "$BENCH_URL" 2>&1
}
