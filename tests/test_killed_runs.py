"""A run killed with SIGKILL in the middle of writing loses nothing.

A first run writes the warehouse for corpus A. Corpus B is added and a
second ``union-metrics run`` is started with the test-only pause before each
rename that publishes a file (``UNION_METRICS_TEST_PAUSE_BEFORE_RENAME_S``,
pipelines/warehouse.py), and killed — the run and its worker processes, with
SIGKILL — once a new file of the table under test exists under its ``_tmp-…``
name. Then:

- the tables are whole: pandas and DuckDB read them, every row the first
  run wrote is still there, and the table being written when the run died
  reads as its previous version (half-written files are invisible to both);
- a third run, not paused, finishes the work: its tables hold the same keys
  as one clean run over A and B, no key twice, and a summary of all facts.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from conftest import REPO
from run_helpers import KEYS, UNION_METRICS, generate_corpus
from pipelines.processing import metric_summary
from pipelines.warehouse import ORPHAN_AGE_S, PAUSE_BEFORE_RENAME_ENV


SUMMARY = ["metric", "province", "city", "period", "unit", "planned", "facts", "documents", "value_sum"]


def run(input_dir: Path, warehouse: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([UNION_METRICS, "run", "--input", str(input_dir), "--warehouse", str(warehouse),
                           "--workers", "2"], capture_output=True, text=True, timeout=600,
                          env={**os.environ, **env})


def tables(warehouse: Path) -> dict[str, pd.DataFrame]:
    return {t: pd.read_parquet(warehouse / t) for t in [*KEYS, "metric_summary"]}


def as_strings(frame: pd.DataFrame) -> list[tuple]:
    return sorted(map(tuple, frame.astype(object).fillna("").astype(str).to_numpy().tolist()))


def keys(frame: pd.DataFrame, table: str) -> list[tuple]:
    return as_strings(frame[KEYS[table]])


def summary(frame: pd.DataFrame) -> list[tuple]:
    # sums rounded: float addition in another order differs in the last bits
    return as_strings(frame[SUMMARY].assign(value_sum=frame["value_sum"].astype(float).round(6)))



@pytest.fixture(scope="module")
def corpora(tmp_path_factory) -> Path:
    """input/a (about 0.4 MB of generated pages) now, input/b added later."""
    root = tmp_path_factory.mktemp("corpora")
    generate_corpus(root / "input" / "a", 0.4, seed=1)
    generate_corpus(root / "b", 0.4, seed=2)
    return root


@pytest.fixture(scope="module")
def clean_run_of_both(corpora, tmp_path_factory) -> dict[str, pd.DataFrame]:
    both = tmp_path_factory.mktemp("both")
    shutil.copytree(corpora / "input" / "a", both / "input" / "a")
    shutil.copytree(corpora / "b", both / "input" / "b")
    done = run(both / "input", both / "warehouse")
    assert done.returncode == 0, done.stderr[-3000:]
    return tables(both / "warehouse")


def kill_while_writing(input_dir: Path, warehouse: Path, table: str) -> list[Path]:
    """Start a paused run; SIGKILL it and its workers once ``table`` has a
    file under a ``_tmp-`` name. Returns the half-written files."""
    proc = subprocess.Popen([UNION_METRICS, "run", "--input", str(input_dir), "--warehouse", str(warehouse),
                             "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, PAUSE_BEFORE_RENAME_ENV: "3"}, start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and proc.poll() is None:
            half_written = list((warehouse / table).rglob("_tmp-*"))
            if half_written:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                return half_written
            time.sleep(0.02)
        pytest.fail(f"the run wrote no temporary file in {table} (exit {proc.poll()})")
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


# Tables a run writes one after another: the batch's documents, the analysis
# tables (articles, mentions, facts, quarantine), then the summary over all.
KILLED_WHILE_WRITING = ["documents", "articles", "metric_summary"]


@pytest.fixture(scope="module", params=KILLED_WHILE_WRITING, ids=lambda t: f"killed-writing-{t}")
def killed(request, corpora, tmp_path_factory):
    """A first run over A; B added to the input; a second run killed mid-write."""
    root = tmp_path_factory.mktemp(f"killed-{request.param}")
    shutil.copytree(corpora / "input" / "a", root / "input" / "a")
    done = run(root / "input", root / "warehouse")
    assert done.returncode == 0, done.stderr[-3000:]
    before = tables(root / "warehouse")
    shutil.copytree(corpora / "b", root / "input" / "b")
    half_written = kill_while_writing(root / "input", root / "warehouse", request.param)
    return root, before, half_written


def test_the_run_was_killed_with_files_half_written(killed):
    _, _, half_written = killed
    assert half_written and all(p.name.startswith("_tmp-") for p in half_written)


def rows(frame: pd.DataFrame, table: str) -> list[tuple]:
    return summary(frame) if table == "metric_summary" else keys(frame, table)


@pytest.mark.parametrize("table", [*KEYS, "metric_summary"])
def test_pandas_reads_every_table_and_no_row_is_lost(killed, table):
    root, before, _ = killed
    after = Counter(rows(pd.read_parquet(root / "warehouse" / table), table))
    assert not Counter(rows(before[table], table)) - after


def test_the_table_being_written_is_its_previous_version(killed):
    root, before, half_written = killed
    table = half_written[0].relative_to(root / "warehouse").parts[0]
    assert rows(pd.read_parquet(root / "warehouse" / table), table) == rows(before[table], table)


@pytest.mark.parametrize("table", [*KEYS, "metric_summary"])
def test_duckdb_reads_what_pandas_reads(killed, table):
    root, _, _ = killed
    pattern = root / "warehouse" / table / ("*.parquet" if table == "metric_summary" else "**/*.parquet")
    count = duckdb.sql(f"select count(*) from read_parquet('{pattern}')").fetchall()[0][0]
    assert count == len(pd.read_parquet(root / "warehouse" / table))


@dataclass
class Rerun:
    tables: dict[str, pd.DataFrame]
    summary_line: str


@pytest.fixture(scope="module")
def rerun(killed) -> Rerun:
    """The next run, started after the killed run's half-written files have
    lain untouched for longer than ORPHAN_AGE_S (their times are set back)."""
    root, _, _ = killed
    long_ago = time.time() - ORPHAN_AGE_S - 60
    for path in (root / "warehouse").rglob("_tmp-*"):  # every table's, not only the one watched
        os.utime(path, (long_ago, long_ago))
    done = run(root / "input", root / "warehouse")
    assert done.returncode == 0, done.stderr[-3000:]
    return Rerun(tables(root / "warehouse"), done.stdout)


def test_the_next_run_removes_the_half_written_files(killed, rerun):
    root, _, half_written = killed
    assert not [p for p in half_written if p.exists()]
    assert not list((root / "warehouse").rglob("_tmp-*"))
    assert "half-written" in rerun.summary_line


@pytest.mark.parametrize("table", list(KEYS))
def test_the_next_run_adds_no_duplicate_keys(rerun, table):
    assert not rerun.tables[table].duplicated(KEYS[table]).any()


@pytest.mark.parametrize("table", list(KEYS))
def test_the_next_run_finishes_the_work(rerun, clean_run_of_both, table):
    def relative(frame: pd.DataFrame) -> pd.DataFrame:  # the two warehouses read different folders
        if "path" in frame:
            frame = frame.assign(path=frame["path"].astype(str).str.extract(r"(/input/.*)$")[0])
        return frame

    assert keys(relative(rerun.tables[table]), table) == keys(relative(clean_run_of_both[table]), table)


def test_the_next_run_brings_the_summary_up_to_date(rerun):
    # (a run killed while writing the summary used to leave it stale: the next
    # run found no unfinished batch and called the warehouse up to date)
    assert summary(rerun.tables["metric_summary"]) == summary(metric_summary(rerun.tables["facts"]))
