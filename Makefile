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

# The Dagster UI on http://127.0.0.1:3000 (asset graph, checks, runs); the
# inbox sensor watches ./inbox, the warehouse is ./warehouse unless the
# UNION_METRICS_INBOX / UNION_METRICS_WAREHOUSE environment variables say otherwise.
ui: $(BIN)/.installed
	mkdir -p .dagster_home && touch .dagster_home/dagster.yaml
	DAGSTER_HOME=$(CURDIR)/.dagster_home $(BIN)/dagster dev -h 127.0.0.1 -p 3000

clean:
	rm -rf $(VENV) warehouse .dagster_home
