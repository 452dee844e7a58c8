# Two commands do all set-up on a fresh Debian machine with python3:
#   make run   - the desktop app (for now: the command line) on the default vault
#   make test  - lint, format check, types and every test
#   make bench - the benchmarks against their budgets (bench/README.md)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml scripts/bootstrap
	sh scripts/bootstrap "$(PYTHON)" "$(VENV)"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/sviedka

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

# Benchmarks (bench/README.md): not part of `make test`. `make bench ARGS=--quick` for a smoke run.
bench: $(STAMP)
	$(BIN)/python -m bench $(ARGS)

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
