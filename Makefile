# PAKN 1022 — the map of the repository. `make help` lists every target.
SHELL := /bin/bash
.DEFAULT_GOAL := help

MVN      := cd backend && ./mvnw -B -q
NPM      := cd frontend && npm
JAR      := backend/target/quarkus-app/quarkus-run.jar
DATA_DIR ?= $(HOME)/.pakn1022

.PHONY: help run test dev build api test-backend test-frontend test-e2e frontend-deps clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-15s %s\n", $$1, $$2}'

run: build ## Build and start the whole system with demo data at http://localhost:8080
	PAKN_DEMO=true PAKN_DATA_DIR=$(DATA_DIR) java -jar $(JAR)

test: test-frontend test-backend test-e2e ## Every test: frontend unit, backend (real PostgreSQL), browser end-to-end

build: frontend-deps ## Build the SPA and the backend (which serves it) without running tests
	$(NPM) run build
	$(MVN) package -DskipTests

frontend-deps:
	@if [ ! -d frontend/node_modules ] || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then \
		cd frontend && npm ci --no-audit --no-fund; fi

test-frontend: frontend-deps ## Frontend unit tests (Vitest), including the generated-client staleness check
	$(NPM) run build
	$(NPM) test

test-backend: ## Backend tests against PostgreSQL (embedded unless PAKN_DB_URL is set); also packages the app
	$(MVN) verify; status=$$?; node src/test/surefire-summary.mjs target/surefire-reports target/failsafe-reports; exit $$status

test-e2e: frontend-deps ## Browser tests (Playwright + system Chromium) against the packaged system
	@test -f $(JAR) || $(MAKE) build
	frontend/e2e/with-backend.sh

dev: frontend-deps ## Quarkus dev mode (live reload, demo data) + Vite dev server on http://localhost:5173
	@trap 'kill 0' EXIT; (cd backend && PAKN_DATA_DIR=$(DATA_DIR)-dev ./mvnw quarkus:dev) & (cd frontend && npm run dev) & wait

api: frontend-deps ## Regenerate the SPA's API client from the backend's OpenAPI document
	$(MVN) package -DskipTests
	cp backend/target/openapi/openapi.json frontend/src/lib/api/openapi.json
	$(NPM) run gen:api

clean: ## Remove build outputs (not the demo data in ~/.pakn1022)
	rm -rf backend/target frontend/dist frontend/test-results

# Benchmark (issue #3): an external PostgreSQL with a million PAKN; not part of `make test`. See backend/docs/BENCHMARKS.md.
.PHONY: seed-big bench
N ?= 1000000

seed-big: ## Fill the benchmark database (PostgreSQL pakn_bench on localhost) with N PAKN (default 1000000)
	N=$(N) backend/bench/seed-big.sh

bench: ## Benchmark detail, list search, page 500 and an action against pgbench on the benchmark database
	backend/bench/bench.sh

# Statistics benchmark (issue 5): reports p95 at 8 connections against a naive GROUP BY, ad-hoc reports, Excel export.
.PHONY: bench-stats
bench-stats: ## Benchmark the statistics reports and the Excel export at a million PAKN (holds /tmp/pakn-bench.lock)
	flock /tmp/pakn-bench.lock backend/bench/stats.sh

# Deadline sweep benchmark (issue 4).
.PHONY: bench-sweep
bench-sweep: ## Benchmark the deadline sweep: 100,000 overdue PAKN escalated vs one SQL statement (own database pakn_sweep)
	flock /tmp/pakn-bench.lock backend/bench/sweep.sh

.PHONY: bench-sweep-whatif
bench-sweep-whatif: ## After bench-sweep: its yardstick statement without some indexes, foreign keys or the statistics trigger (rolled back)
	flock /tmp/pakn-bench.lock backend/bench/sweep-whatif.sh

.PHONY: bench-server
bench-server: ## Apply backend/bench/server.conf to the local PostgreSQL 15 (ALTER SYSTEM + restart) before benchmarks
	backend/bench/tune-server.sh
