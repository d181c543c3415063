#!/usr/bin/env bash
# Stops the system that start-system.sh started (by its pid only).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/env.sh
if [ -f "$BENCH_DATA_DIR/system.pid" ]; then
    kill "$(cat "$BENCH_DATA_DIR/system.pid")" 2>/dev/null || true
    rm -f "$BENCH_DATA_DIR/system.pid"
fi
