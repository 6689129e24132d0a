"""Two runs on one warehouse at once: never a corrupted or half-merged table.

- Two ``union-metrics run`` commands: the second stops at once with a clear
  error naming the lock (exit 1), the first finishes; or, if the first was
  already done, the second finds nothing new. Either way the tables are
  consistent afterwards.
- A ``union-metrics run`` and a run of the asset graph that does not take
  the run lock (what a sensor-launched Dagster run does), over different
  folders at the same time: their writes are serialized by the warehouse's
  write lock, and afterwards every file of both folders is in the tables once.

"Consistent": every input file in `documents` exactly once, no key twice in
any table, every mention and fact of a document that is in `documents`,
every batch finished, and pandas and DuckDB read the same row counts.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from conftest import REPO
from run_helpers import KEYS, UNION_METRICS, generate_corpus
from pipelines.warehouse import PAUSE_BEFORE_RENAME_ENV

LOCK_MESSAGE = "warehouse is in use by another run"



def start_run(input_dir: Path, warehouse: Path, **env: str) -> subprocess.Popen:
    return subprocess.Popen([UNION_METRICS, "run", "--input", str(input_dir), "--warehouse", str(warehouse),
                             "--workers", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **env})


def finish(proc: subprocess.Popen) -> tuple[int, str]:
    _, err = proc.communicate(timeout=600)
    return proc.returncode, err


def assert_consistent(warehouse: Path, files: list[Path]) -> None:
    tables = {t: pd.read_parquet(warehouse / t) for t in KEYS}
    documents = tables["documents"]
    assert sorted(documents["path"].astype(str)) == sorted(map(str, files))
    for table, key in KEYS.items():
        assert not tables[table].duplicated(key).any(), f"a key twice in {table}"
        pattern = warehouse / table / "**" / "*.parquet"
        assert duckdb.sql(f"select count(*) from read_parquet('{pattern}')").fetchall()[0][0] == len(tables[table])
    for table in ("articles", "mentions", "facts"):
        assert set(tables[table]["doc_id"]) <= set(documents["doc_id"])
    assert set(documents["status"]) <= {"ok", "duplicate", "quarantined"}
    for manifest in (warehouse / "_batches").glob("*.json"):
        assert '"complete": true' in manifest.read_text()


@pytest.fixture(scope="module")
def corpora(tmp_path_factory) -> dict[str, list[Path]]:
    root = tmp_path_factory.mktemp("concurrent")
    return {"a": generate_corpus(root / "a", 0.2, seed=11), "b": generate_corpus(root / "b", 0.2, seed=12)}


def copy_of(files: list[Path], folder: Path) -> list[Path]:
    folder.mkdir(parents=True)
    for f in files:
        shutil.copy(f, folder / f.name)
    return sorted(p.resolve() for p in folder.glob("*.txt"))


def wait_for_holder(lock: Path, proc: subprocess.Popen, timeout_s: float = 120) -> None:
    """Until the run writes its name into the lock file (it holds the lock)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and proc.poll() is None:
        if lock.exists() and lock.read_text().strip():
            return
        time.sleep(0.05)
    pytest.fail("the first run never took the lock")


def test_a_second_run_stops_with_an_error_naming_the_lock(corpora, tmp_path):
    files = copy_of(corpora["a"], tmp_path / "input")
    warehouse = tmp_path / "warehouse"
    # the first run pauses before each rename: it holds the lock for seconds
    first = start_run(tmp_path / "input", warehouse, **{PAUSE_BEFORE_RENAME_ENV: "0.5"})
    wait_for_holder(warehouse / "_run.lock", first)
    second = start_run(tmp_path / "input", warehouse)
    code, err = finish(second)
    assert code == 1
    assert LOCK_MESSAGE in err and f"pid {first.pid}" in err and "_run.lock" in err
    assert finish(first)[0] == 0
    assert_consistent(warehouse, files)


def test_two_runs_started_together_leave_consistent_tables(corpora, tmp_path):
    files = copy_of(corpora["a"], tmp_path / "input")
    warehouse = tmp_path / "warehouse"
    runs = [start_run(tmp_path / "input", warehouse), start_run(tmp_path / "input", warehouse)]
    outcomes = [finish(r) for r in runs]
    for code, err in outcomes:
        assert code == 0 or (code == 1 and LOCK_MESSAGE in err), err[-2000:]
    assert any(code == 0 for code, _ in outcomes)
    assert_consistent(warehouse, files)


# A run of the graph without the CLI's run lock, as a sensor-launched run.
GRAPH_RUN = """
import sys
from pathlib import Path
from pipelines.runner import run_folder
from pipelines.warehouse import Warehouse
outcome = run_folder(Path(sys.argv[1]), Warehouse(sys.argv[2]), workers=1)
sys.exit(0 if outcome.success else 1)
"""


def test_a_run_and_a_sensor_style_run_on_other_folders_merge_cleanly(corpora, tmp_path):
    files = copy_of(corpora["a"], tmp_path / "input" / "a") + copy_of(corpora["b"], tmp_path / "inbox")
    warehouse = tmp_path / "warehouse"
    cli_run = start_run(tmp_path / "input", warehouse, **{PAUSE_BEFORE_RENAME_ENV: "0.2"})
    graph_run = subprocess.Popen([sys.executable, "-c", GRAPH_RUN, str(tmp_path / "inbox"), str(warehouse)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 env={**os.environ, PAUSE_BEFORE_RENAME_ENV: "0.2"})
    assert finish(cli_run)[0] == 0
    code, err = finish(graph_run)
    assert code == 0, err[-3000:]
    assert_consistent(warehouse, files)
