# videoapi-specs — every target installs what it needs into .venv (pinned by uv.lock).
SHELL := /bin/bash
PYTHON ?= python3.11
UV_VERSION := 0.13.8
UV := .uv/bin/uv
VENV := .venv
PY := $(VENV)/bin/python
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: setup generate test lint lint-specs unit check-generated contract contract-live bench emulator clean help

help:
	@echo "make generate   validate specs and regenerate generated/"
	@echo "make test       everything CI checks"
	@echo "make lint       ruff + mypy on hand-written code"
	@echo "make lint-specs validate specs, examples and house rules"
	@echo "make check-generated  fail when generated/ is stale"
	@echo "make contract   schemathesis: every spec against the emulator (build/contract/emulator)"
	@echo "make contract-live  the same against the real clouds, read-only (needs credentials)"
	@echo "make bench      benchmarks (client vs official SDK; emulator vs Prism)"
	@echo "make emulator   the local emulator on 127.0.0.1:8080"

# uv itself is bootstrapped into .uv/ with pip, pinned.
$(UV):
	$(PYTHON) -m venv .uv
	.uv/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.synced: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --python $(PYTHON) --quiet
	touch $@

setup: $(VENV)/.synced

lint-specs: setup
	$(PY) -m generator lint-specs

generate: lint-specs
	$(PY) -m generator generate

lint: setup
	$(VENV)/bin/ruff check generator emulator contract tests benchmarks
	$(VENV)/bin/ruff format --check generator emulator contract tests benchmarks
	$(VENV)/bin/mypy

check-generated: setup
	$(PY) -m generator check-generated

unit: setup
	$(PY) -m pytest

test: lint lint-specs check-generated unit contract

# Contract tests: schemathesis holds every spec against a local emulator (ARGS, e.g.
# ARGS="--api tencentcloud-tiw-2019-09-19", go to `python -m contract`).
contract: setup
	$(PY) -m contract $(ARGS)

# The same against the live endpoints: read-only, positive data, rate-limited; each cloud is
# skipped with a message until its credentials and resource IDs are set (README).
contract-live: setup
	$(PY) -m contract --live $(ARGS)

# The local emulator on 127.0.0.1:8080 (flags: make emulator ARGS="--data state.sqlite").
emulator: setup
	$(PY) -m emulator $(ARGS)

# Benchmarks report ratios measured side by side in one run (build/bench/*.json).
bench: setup
	$(PY) -m benchmarks.client_overhead
	$(PY) -m benchmarks.emulator_vs_prism

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
