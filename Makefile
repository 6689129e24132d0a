# Two commands a new user needs: `make run` and `make test`. Both create
# .venv on first use, so a fresh clone needs nothing but Python 3.11.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test bench ui clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

run: $(BIN)/.installed
	$(BIN)/union-metrics run

test: $(BIN)/.installed
	$(BIN)/python -m pytest -q

bench: $(BIN)/.installed
	$(BIN)/python -m bench

ui: $(BIN)/.installed
	DAGSTER_HOME=$(CURDIR)/.dagster_home $(BIN)/dagster dev

clean:
	rm -rf $(VENV) warehouse .dagster_home
