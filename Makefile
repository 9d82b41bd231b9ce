# Continuity: two commands on a fresh machine — `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
SAMPLE := build/seeds.continuity

.PHONY: run test lint bench eval screenshots clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,bench]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m app open seeds --project $(SAMPLE)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m ruff check app tests benchmarks tools
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check app tests benchmarks tools

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.run

eval: $(STAMP)
	$(PY) -m benchmarks.eval.run

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots

clean:
	rm -rf $(VENV) build .pytest_cache
