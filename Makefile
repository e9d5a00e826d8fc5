# videoapi-specs — every target installs what it needs into .venv (pinned by uv.lock).
SHELL := /bin/bash
PYTHON ?= python3.11
UV_VERSION := 0.13.8
UV := .uv/bin/uv
VENV := .venv
PY := $(VENV)/bin/python
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: setup generate test lint lint-specs unit check-generated contract contract-live dist bench emulator diff doc-check drift clean help

# Make prints none of its own lines (no command echo): what a target writes is its tool's.
# (Run from another make, GNU make adds "Entering directory" lines unless given
# --no-print-directory, as `make test` does for its steps.)
.SILENT:

help:
	@echo "make generate   validate specs and regenerate generated/"
	@echo "make test       everything CI checks"
	@echo "make lint       import contracts (ARCHITECTURE.md), ruff and mypy on hand-written code,"
	@echo "                the CI workflows (GitHub's schema, zizmor --offline)"
	@echo "make lint-specs validate specs, examples and house rules"
	@echo "make check-generated  fail when generated/ or a version record is stale"
	@echo "make dist       reproducible wheels and sdists of the generated packages in dist/"
	@echo "make contract   schemathesis: every spec against the emulator (build/contract/emulator)"
	@echo "make contract-live  the same against the real clouds, read-only (needs credentials)"
	@echo "make bench      benchmarks (client vs official SDK; emulator vs Prism; in-process vs HTTP;"
	@echo "                state scaling)"
	@echo "make emulator   the local emulator on 127.0.0.1:8080"
	@echo "make diff       API changes since BASE (default: merge base with main), what breaks,"
	@echo "                and each package's next version;"
	@echo "                exit 0 nothing breaks, 2 something breaks or an error (make has no 1:"
	@echo "                gate CI on .venv/bin/python -m toolchain diff, which exits 0/1/2)"
	@echo "make doc-check PAGE=page.txt [OPERATION=Name] [FORMAT=json]  a saved vendor page vs the spec;"
	@echo "                exit 0 agree, 2 disagree or an error (python -m toolchain doc-check: 0/1/2)"
	@echo "make drift      the specs vs the installed vendor metadata (tccli, Huawei SDK)"

# uv itself is bootstrapped into .uv/ with pip, pinned.
$(UV):
	$(PYTHON) -m venv .uv
	.uv/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# The .pth file puts this checkout on the venv's path, so that `PATH/.venv/bin/python -m
# toolchain` works from any directory (vendor verify/update run from the host project).
$(VENV)/.synced: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --python $(PYTHON) --quiet
	$(PY) -c 'import pathlib, sysconfig; pathlib.Path(sysconfig.get_path("purelib"), "videoapi-specs.pth").write_text(str(pathlib.Path.cwd().resolve()) + "\n")'
	touch $@

setup: $(VENV)/.synced

lint-specs: setup
	$(PY) -m toolchain lint-specs

generate: lint-specs
	$(PY) -m toolchain generate

lint: setup
	$(VENV)/bin/lint-imports --no-logo --no-cache
	$(VENV)/bin/ruff check speclib clouds generator toolchain emulator contract tests benchmarks
	$(VENV)/bin/ruff format --check speclib clouds generator toolchain emulator contract tests benchmarks
	$(VENV)/bin/mypy
	$(VENV)/bin/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	$(VENV)/bin/zizmor --offline --quiet .github/workflows

# generated/ as the specs and the generator make it, and each package's version record
# (generator/versions/) holding the digests of those specs and of its public Python API:
# after a spec or generator change, `python -m toolchain versions --write` was not forgotten.
check-generated: setup
	status=0; \
	$(PY) -m toolchain check-generated || status=1; \
	$(PY) -m toolchain versions --check || status=1; \
	exit $$status

unit: setup
	$(PY) -m pytest

# Everything CI checks. Every step runs even when one before it failed; the last line is
# `N passed, M failed` over the test cases of pytest and of the contract run (their JUnit
# reports), and the recipe fails (make exits 2) when a test or a step failed. The contract
# run (one core) goes on beside the other steps; its output is shown after theirs.
RESULTS := build/test-results
test: setup
	rm -rf $(RESULTS) build/contract/emulator; mkdir -p $(RESULTS); failed=(); \
	$(PY) -m contract > $(RESULTS)/contract.log 2>&1 & contract=$$!; \
	for step in lint lint-specs check-generated; do \
		$(MAKE) --no-print-directory $$step || failed+=(--failed-step $$step); \
	done; \
	$(PY) -m pytest --junitxml=$(RESULTS)/pytest.xml || failed+=(--failed-step pytest); \
	wait $$contract || failed+=(--failed-step contract); \
	cat $(RESULTS)/contract.log; \
	$(PY) -m toolchain test-summary "$${failed[@]}" --write $(RESULTS)/summary.txt \
		$(RESULTS)/pytest.xml build/contract/emulator/*/junit.xml

# Contract tests: schemathesis holds every spec against a local emulator (ARGS, e.g.
# ARGS="--api tencentcloud-tiw-2019-09-19", go to `python -m contract`).
contract: setup
	$(PY) -m contract $(ARGS)

# The same against the live endpoints: read-only, positive data, rate-limited; each cloud is
# skipped with a message until its credentials and resource IDs are set (README).
contract-live: setup
	$(PY) -m contract --live $(ARGS)

# Wheels and sdists of generated/ as committed (so it must be current), byte for byte
# reproducible: SOURCE_DATE_EPOCH is the source commit's time unless set.
dist: check-generated
	rm -rf dist
	$(PY) -m toolchain dist --out dist

# The local emulator on 127.0.0.1:8080 (flags: make emulator ARGS="--data state.sqlite").
emulator: setup
	$(PY) -m emulator $(ARGS)

# Benchmarks report ratios measured side by side in one run (build/bench/*.json).
bench: setup
	$(PY) -m benchmarks.client_overhead
	$(PY) -m benchmarks.emulator_vs_prism
	$(PY) -m benchmarks.in_process
	$(PY) -m benchmarks.state_scaling
	$(PY) -m benchmarks.generate_time

# API changes from BASE to the working tree, classified. The report alone is on stdout
# (`make diff FORMAT=json > f.json` is valid JSON). make exits 0 when nothing breaks and 2 when
# something breaks or the tool failed (make turns every failing recipe into 2); the gate that
# tells the two apart is the command itself, `.venv/bin/python -m toolchain diff` (0/1/2).
# make diff BASE=origin/main FORMAT=markdown|json|github ARGS="--allow-breaking --changelog CHANGES.md"
# Without BASE: the merge base with main (or origin/main); without either, HEAD.
FORMAT ?= markdown
diff: setup
	$(PY) -m toolchain diff $(if $(BASE),--base $(BASE)) --format $(FORMAT) $(ARGS)
# A vendor API page saved as text against our spec. make exits 0 when they agree and 2 when
# they disagree or the tool failed; `.venv/bin/python -m toolchain doc-check` gives 0/1/2.
doc-check: setup
	test -n "$(PAGE)" || { echo "usage: make doc-check PAGE=page.txt [OPERATION=Name] [FORMAT=json]" >&2; exit 2; }
	$(PY) -m toolchain doc-check "$(PAGE)" $(if $(OPERATION),--operation $(OPERATION)) $(if $(FORMAT),--format $(FORMAT))

# The specs against the vendors' machine-readable metadata installed in .venv (offline).
drift: setup
	$(PY) -m toolchain drift $(if $(FORMAT),--format $(FORMAT))

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
