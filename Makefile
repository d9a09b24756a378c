# pressroom: `make help` lists every task.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | sha1sum | cut -c1-12)
PRESSROOM := $(PY) -m pressroom.cli
UV_VERSION := 0.13.9

.PHONY: help install browser messages migrate demo run test test-sqlite test-postgres lint format bench bench-full fuzz faults clean

help: ## List the tasks
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet "uv==$(UV_VERSION)"
	$(VENV)/bin/uv pip sync --quiet --python $(PY) requirements.lock
	$(VENV)/bin/uv pip install --quiet --python $(PY) --no-deps --config-settings editable_mode=compat -e .
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP) ## Install pinned dependencies into .venv
	@mkdir -p var

browser: ## Install Debian's Chromium for the browser tests, when missing
	@command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

messages: install ## Compile the interface's message catalogues
	@if ls pressroom/locale/*/LC_MESSAGES/*.po >/dev/null 2>&1; then \
		command -v msgfmt >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null); \
		cd pressroom && ../$(PY) -m django compilemessages --settings=pressroom.settings -v 0; fi

migrate: install messages ## Create or upgrade the database
	$(PRESSROOM) migrate --noinput -v 0

demo: migrate ## Load the demo archive into an empty database
	$(PRESSROOM) demo --if-empty

run: migrate ## Install, migrate, load demo data if empty, serve on 127.0.0.1:8000
	$(PRESSROOM) collectstatic --noinput -v 0
	$(PRESSROOM) demo --if-empty
	$(PRESSROOM) serve

test: install messages browser ## Install and run every test (SQLite; PostgreSQL too, without browser and corpus tests, when PRESSROOM_TEST_POSTGRES is set)
	@$(MAKE) --no-print-directory test-sqlite
	@if [ -n "$$PRESSROOM_TEST_POSTGRES" ]; then $(MAKE) --no-print-directory test-postgres; fi

test-sqlite:
	@$(PY) -m pytest -p no:cacheprovider -n 2 --dist loadgroup -q; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "no tests ran: failing"; exit 1; fi; exit $$rc

test-postgres:
	@DATABASE_URL="$$PRESSROOM_TEST_POSTGRES" $(PY) -m pytest -p no:cacheprovider -n 2 --dist loadgroup -q -m "not browser and not corpus"; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "no tests ran: failing"; exit 1; fi; exit $$rc

lint: install ## ruff (lint and format check), mypy, and the layers (lint-imports)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy pressroom
	$(VENV)/bin/lint-imports

format: install ## Format the code with ruff
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

bench: install ## Quick benchmarks; results in docs/benchmarks.md
	$(PY) bench/run.py --quick $(BENCH_FLAGS)

bench-full: install ## Full benchmarks: 100,000 and 1,000,000 events, SQLite and PostgreSQL (long)
	$(PY) bench/run.py --full --postgres $(BENCH_FLAGS)

fuzz: install ## The text and page parsers under hypothesis for ten minutes (FUZZ_SECONDS)
	FUZZ_SECONDS=$${FUZZ_SECONDS:-600} $(PY) -m pytest -p no:cacheprovider -q -s tests/fuzz

faults: install messages ## The fault tests at full length: 500 idle and 50 slow clients for 60 s (FAULT_SECONDS)
	FAULT_SECONDS=$${FAULT_SECONDS:-60} $(PY) -m pytest -p no:cacheprovider -q -s tests/faults

clean: ## Remove the virtualenv and local data
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache .import_linter_cache
