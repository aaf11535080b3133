# CDVL Centers — `make run` starts the whole system locally, `make test` runs every test.
# Ports are variables: make run APP_PORT=8081 KC_PORT=8181 PG_PORT=15434
SHELL := /bin/bash
APP_PORT ?= 8080
KC_PORT ?= 8180
KC_MANAGEMENT_PORT ?= 9180
PG_PORT ?= 15432
MVNW := ./mvnw -B
LAUNCHER := infra/launcher/target/cdvl-local-launcher.jar

.PHONY: help run build backend frontend launcher openapi test test-backend test-frontend test-e2e test-reliability clean seed-national bench

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

run: build ## build, then start PostgreSQL, Keycloak and the app (Ctrl-C stops all three)
	java -jar $(LAUNCHER) --data-dir .data/run --app-port $(APP_PORT) --kc-port $(KC_PORT) \
	  --kc-management-port $(KC_MANAGEMENT_PORT) --pg-port $(PG_PORT) --demo-data infra/local/demo-lampang.sql

build: frontend backend launcher ## build the SPA, the backend (with the SPA inside) and the launcher

frontend/node_modules/.package-lock.json: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund

frontend: frontend/node_modules/.package-lock.json ## build the SPA into frontend/dist
	cd frontend && npm run build

backend: ## package the backend (writes openapi/openapi.yaml from the annotations)
	$(MVNW) -q -f backend/pom.xml package -DskipTests

openapi: backend ## regenerate the contract and the SPA's types from it
	cd frontend && npm run gen:api

launcher: ## build the local launcher (embedded PostgreSQL, Keycloak from its distribution)
	$(MVNW) -q -f infra/launcher/pom.xml package -DskipTests

test: frontend/node_modules/.package-lock.json launcher ## every test: backend, frontend, browser end-to-end, reliability
	bash infra/local/test-all.sh

test-backend: ## backend tests only (needs the test Keycloak of `make test` on :18180)
	$(MVNW) -f backend/pom.xml verify

test-frontend: frontend/node_modules/.package-lock.json ## frontend lint and unit tests only
	cd frontend && npm run lint && npm test

seed-national: backend launcher ## national data set for load tests (bench/seed/README.md); FRESH=1 from scratch, KEEP_RUNNING=1 leaves it up
	$(MVNW) -q -f bench/seed/pom.xml package -DskipTests
	bash bench/seed-national.sh

test-reliability: launcher ## the packaged app under kill -9, database and Keycloak outages, racing writers
	bash infra/local/test-reliability.sh

bench: ## load benchmarks (issue 7): seeds the national data, starts everything on the bench ports, writes bench/results/ (~15 min; see bench/README.md)
	bash bench/run-bench.sh

clean: ## remove build output (keeps .data/, the local database and Keycloak)
	$(MVNW) -q -f backend/pom.xml clean
	$(MVNW) -q -f infra/launcher/pom.xml clean
	rm -rf frontend/dist
