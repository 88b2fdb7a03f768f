# Two commands set everything up on a fresh machine with Python 3.11 and make:
#   make run    creates .venv, installs Dyad and opens it on the bundled seeds
#   make test   creates .venv with the test extras and runs ruff, mypy and pytest
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip
# Exact versions of everything make test and make dist install, so a fresh machine builds what CI
# tested; `make constraints` refreshes it from a new environment.
CONSTRAINTS := constraints.txt

.PHONY: run test lint bench eval eval-ratchet constraints screenshots dist selftest-dist install-desktop uninstall-desktop clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml $(CONSTRAINTS) | $(BIN)/python
	$(PIP) install --quiet -c $(CONSTRAINTS) -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(CONSTRAINTS) | $(BIN)/python
	$(PIP) install --quiet -c $(CONSTRAINTS) -e '.[test]'
	touch $@ $(VENV)/.installed-run

$(VENV)/.installed-dist: pyproject.toml $(CONSTRAINTS) | $(BIN)/python
	$(PIP) install --quiet -c $(CONSTRAINTS) -e '.[dist]'
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(BIN)/dyad

lint: $(VENV)/.installed-test
	$(BIN)/ruff check app tests tools bench
	$(BIN)/ruff format --check app tests tools bench
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	$(BIN)/python -m pytest -q

# The extractor scored on the seeds and every visible set in ../shared/eval (per kind, then headlines).
eval: $(VENV)/.installed-test
	$(BIN)/python tools/evaluate.py $(if $(EXPLAIN),--explain,)

# Raise the committed floors of tests/extract/test_eval_sets.py to what the sets score now (never lowers one).
eval-ratchet: $(VENV)/.installed-test
	$(BIN)/python tools/evaluate.py --ratchet

# Refresh constraints.txt: install the test and dist extras into a throwaway environment, newest releases.
constraints:
	rm -rf build/constraints-venv
	$(PYTHON) -m venv build/constraints-venv
	build/constraints-venv/bin/python -m pip install --quiet --upgrade pip
	build/constraints-venv/bin/python -m pip install --quiet '.[test,dist,postgres]'
	(echo '# Exact versions make test and make dist install (pip -c). Refresh with: make constraints'; \
	 build/constraints-venv/bin/python -m pip freeze --exclude-editable | grep -v '^dyad') > $(CONSTRAINTS)
	rm -rf build/constraints-venv

bench: $(VENV)/.installed-test
	$(BIN)/python -m bench

# The window driven through its main states (offscreen), as PNGs in build/screenshots: look at each.
screenshots: $(VENV)/.installed-test
	$(BIN)/python tools/screenshots.py build/screenshots
	QT_SCALE_FACTOR=2 $(BIN)/python tools/screenshots.py build/screenshots

# The standalone bundle for this platform, in dist/dyad/ (dist/Dyad.app on macOS).
dist: $(VENV)/.installed-dist
	$(BIN)/python packaging/build.py

selftest-dist: dist
	dist/dyad/dyad --self-test

install-desktop:
	packaging/install_desktop.sh

uninstall-desktop:
	packaging/install_desktop.sh --uninstall

clean:
	rm -rf $(VENV) build dist packaging/build-icons .pytest_cache .mypy_cache .ruff_cache
