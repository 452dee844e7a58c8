# Two commands do all set-up on a fresh Debian machine with python3:
#   make run   - the desktop app (for now: the command line) on the default vault
#   make test  - lint, format check, types and every test
#   make bench - the benchmarks against their budgets (bench/README.md)
#   make package - the Linux release artefacts in dist/ (scripts/package.py, packaging/)
#   make release - sign dist/ with minisign; SVIEDKA_RELEASE_KEY names the secret key file
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PACKAGE_STAMP := $(VENV)/.package-installed

.PHONY: run test lint bench clean package package-test reproducible release

$(STAMP): pyproject.toml scripts/bootstrap
	sh scripts/bootstrap "$(PYTHON)" "$(VENV)"
	touch $(STAMP)

# PyInstaller (pinned `package` extra) and the Debian tools the build and its test use.
$(PACKAGE_STAMP): $(STAMP) pyproject.toml scripts/package_deps
	sh scripts/package_deps "$(VENV)"
	touch $(PACKAGE_STAMP)

run: $(STAMP)
	$(BIN)/sviedka

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# tests/packaging builds the Linux artefacts once (about 3 minutes) and runs them unpacked.
test: lint $(PACKAGE_STAMP)
	$(BIN)/pytest

package: $(PACKAGE_STAMP)
	$(BIN)/python scripts/package.py

package-test: $(PACKAGE_STAMP)
	$(BIN)/pytest tests/packaging -p no:cacheprovider

# Builds twice and compares the bytes (about twice `make package`; not run by `make test`).
reproducible: $(PACKAGE_STAMP)
	sh scripts/reproducible_check "$(BIN)/python"

release: package
	sh scripts/release dist

# Benchmarks (bench/README.md): not part of `make test`. `make bench ARGS=--quick` for a smoke run.
bench: $(PACKAGE_STAMP)  # package_start builds the package
	$(BIN)/python -m bench $(ARGS)

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache build dist
