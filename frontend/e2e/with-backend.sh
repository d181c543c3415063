#!/usr/bin/env bash
# Starts the packaged system on a free port with a fresh data directory (its own embedded PostgreSQL, or
# PAKN_DB_URL), waits until it is healthy, runs the browser tests against it, and stops it.
set -euo pipefail
cd "$(dirname "$0")/../.."

data_dir=$(mktemp -d -t pakn-e2e-XXXXXX)
port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
log="$data_dir/backend.log"

PAKN_DATA_DIR="$data_dir" PAKN_HTTP_PORT="$port" \
  java -Xmx384m -jar backend/target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
pid=$!
cleanup() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$data_dir"
}
trap cleanup EXIT

for _ in $(seq 1 120); do
  if curl -fsS "http://localhost:$port/q/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then cat "$log"; echo "the backend did not start" >&2; exit 1; fi
  sleep 1
done

if ! BASE_URL="http://localhost:$port" PAKN_INITIAL_ADMIN_FILE="$data_dir/initial-admin.txt" \
  npm --prefix frontend run --silent e2e; then
  echo "--- backend log (last 80 lines) ---"; tail -80 "$log"
  exit 1
fi
