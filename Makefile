# Two commands for a fresh machine (see README): `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
KAFKA_DIR ?= $(CURDIR)/.kafka-local/test
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install demo test test-compiled compile uncompile lint unit system-deps kafka-start kafka-stop bench

$(BIN)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

install: $(BIN)/.installed

demo: install
	$(BIN)/newsradar demo

# promtool and prometheus (deploy checks, the real scrape test); openssl makes the TLS tests' certificates;
# a C compiler and Python's headers build the mypyc test run (test-compiled); Java + Maven run the Kafka broker.
system-deps:
	@command -v promtool >/dev/null && command -v prometheus >/dev/null || \
	  { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends prometheus >/dev/null; }
	@command -v openssl >/dev/null || \
	  { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends openssl >/dev/null; }
	@command -v cc >/dev/null || command -v gcc >/dev/null || \
	  { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends gcc libc6-dev >/dev/null; }
	@$(PY) -c 'import os, sys, sysconfig; sys.exit(not os.path.isfile(os.path.join(sysconfig.get_paths()["include"], "Python.h")))' || \
	  { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends python3-dev >/dev/null; }
	@command -v java >/dev/null && command -v mvn >/dev/null || \
	  { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless maven >/dev/null; }

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy

# The tests without a broker run on every cpu, at most four (each worker process builds its own pipelines); the
# Kafka tests (every test on the broker: tests/conftest.py) run first, one after another, on a machine otherwise
# idle, as their time limits expect. XDIST= runs everything in one process.
XDIST ?= -n auto --maxprocesses 4

# Everything: lint, types, unit tests and integration tests against a real Kafka broker it starts.
test: install system-deps lint
	@set -e; \
	deploy/kafka-local/kafka-local stop --dir "$(KAFKA_DIR)" >/dev/null 2>&1 || true; \
	port=$${KAFKA_PORT:-$$($(BIN)/python -c 'import tests.freeport as f; print(f.free_port_pair())')}; \
	bootstrap=$$(deploy/kafka-local/kafka-local start --dir "$(KAFKA_DIR)" --port $$port | tail -n 1); \
	echo "kafka broker at $$bootstrap"; \
	trap 'deploy/kafka-local/kafka-local stop --dir "$(KAFKA_DIR)" >/dev/null 2>&1 || true' EXIT; \
	export NEWSRADAR_TEST_KAFKA=$$bootstrap NEWSRADAR_NO_SKIPS=1 NEWSRADAR_EXPECT_COMPILED=0; \
	serial=0; $(BIN)/pytest -q -m kafka $(PYTEST_ARGS) || serial=$$?; \
	parallel=0; $(BIN)/pytest -q $(XDIST) -m "not kafka" $(PYTEST_ARGS) || parallel=$$?; \
	case "$$serial $$parallel" in "0 0"|"0 5"|"5 0") ;; *) echo "pytest: kafka run $$serial, the rest $$parallel"; exit 1;; esac
	$(MAKE) --no-print-directory test-compiled

# The enrichment's hot modules compiled to C with mypyc (as the container image runs them), then the tests that
# run them (scoring every fourth of our labelled sets: the plain run scored them all); the tree is plain Python
# again afterwards.
test-compiled: install
	@set -e; \
	trap '$(BIN)/python deploy/compile_enrich.py --clean >/dev/null' EXIT; \
	$(BIN)/python deploy/compile_enrich.py; \
	NEWSRADAR_NO_SKIPS=1 NEWSRADAR_EXPECT_COMPILED=1 NEWSRADAR_SETS_STRIDE=4 \
	  $(BIN)/pytest -q $(XDIST) -m "not kafka" tests/enrich tests/newsradar $(PYTEST_ARGS)

# About 1.25x the enrichment's articles per second (bench/enrich.py says which build it measured). A source
# edited after this refuses to import until `make compile` runs again or `make uncompile` removes the build.
compile: install
	$(BIN)/python deploy/compile_enrich.py

uncompile:
	$(PY) deploy/compile_enrich.py --clean

unit: install
	$(BIN)/pytest -q -m "not kafka" $(PYTEST_ARGS)

bench: install
	$(BIN)/python bench/bus.py
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/enrich.py
	$(BIN)/python bench/accuracy.py
	$(BIN)/python bench/alerts.py
