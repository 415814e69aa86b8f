# cadretrain developer tasks.
#
# On a fresh machine two commands do everything:
#     make demo    # create .venv, install, run the Jiang'an 2015 demo
#     make test    # create .venv, install, then lint, typecheck, docs, pytest
#
# Every task depends on the file .venv/.installed, which is stamped after
# `python3 -m venv .venv && .venv/bin/pip install -e '.[dev]'` and remade
# whenever pyproject.toml changes. Only PyPI is needed, nothing else.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# Quiet, reproducible pip in CI (root, fresh clone, no network but PyPI).
export PIP_DISABLE_PIP_VERSION_CHECK := 1
export PIP_NO_INPUT := 1
export PIP_ROOT_USER_ACTION := ignore

.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

.PHONY: help install demo test lint typecheck pytest docs bench bench-smoke clean distclean

help: ## List the targets.
	@grep -E '^[a-z][a-z-]*:.*## ' $(MAKEFILE_LIST) \
		| awk 'BEGIN {FS = ":.*## "}; {printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -e '.[dev]'
	touch $@

install: $(STAMP) ## Create .venv and install cadretrain with the dev extras.

demo: $(STAMP) ## Print the Jiang'an 2015 summary.
	$(BIN)/cadretrain demo

# pytest runs last so that its summary line is the last line of `make test`.
test: lint typecheck docs bench-smoke pytest ## Run every check (lint, typecheck, docs, bench smoke, pytest).

lint: $(STAMP) ## ruff check + ruff format --check + lint-imports (the layers).
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: $(STAMP) ## mypy --strict over src and tests (files set in pyproject).
	$(BIN)/mypy

# Exit code 5 means pytest collected no tests: a failure, and said so.
pytest: $(STAMP) ## Run the tests, doctests and the docs' examples.
	@rc=0; $(BIN)/pytest || rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make pytest: FAILED: pytest collected no tests (exit 5)" >&2; fi; \
	exit $$rc

# Figures: benchmarks/results/latest.json (gitignored); nothing in the tests asserts a timing.
bench: $(STAMP) ## Time the user's path, JSON, judging, memory, streaming (~20 min); write the figures.
	$(BIN)/python -m benchmarks.run
	$(BIN)/python -m tests.report.timing

bench-smoke: $(STAMP) ## Run every benchmark at 10 trainees, one round, writing nothing.
	$(BIN)/python -m benchmarks.run --smoke
	$(BIN)/python -m tests.report.timing 10

docs: $(STAMP) ## Build the HTML docs; warnings are errors.
	$(BIN)/sphinx-build -W --keep-going -b html docs docs/_build/html

clean: ## Remove built docs, caches and build outputs (keeps .venv).
	rm -rf docs/_build build dist .mypy_cache .ruff_cache .pytest_cache .hypothesis
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +

distclean: clean ## Also remove .venv (back to a fresh clone).
	rm -rf $(VENV)
