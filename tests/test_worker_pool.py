"""Worker processes of the analysis step: started ahead of it by ``run_folder``
(``processing.warm_workers``), released as soon as the documents are analyzed,
and the executable's quick exit after a run."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipelines import processing

# Our own sentences, enough documents that workers are worth starting.
DOCUMENTS = [
    (f"doc{i}.txt", f"id{i}", f"/in/doc{i}.txt",
     f"本报讯 今年以来，柳江区总工会新建职工驿站{i + 3}个，发展新会员{120 + i}名，慰问困难职工{40 + i}户。")
    for i in range(processing.PARALLEL_FROM + 2)
]


def _analyzed(workers: int) -> list[tuple]:
    rows = []
    for chunk in processing.analyze_stream(iter(DOCUMENTS), workers, total=len(DOCUMENTS)):
        rows += [(r["doc"], r["metric"], r["value"]) for r in chunk.facts.to_pylist()]
    return rows


@pytest.fixture(scope="module")
def in_process() -> list[tuple]:
    return _analyzed(1)


def test_warm_pool_serves_the_analysis_and_gives_the_same_rows(in_process) -> None:
    with processing.warm_workers(2, len(DOCUMENTS)):
        assert processing._warm_pool is not None
        pool = processing._warm_pool[1]
        rows = _analyzed(2)
        # the analysis let its workers go once the stream was exhausted
        assert pool._shutdown_thread
    assert processing._warm_pool is None
    assert rows == in_process and rows


def test_workers_started_for_the_step_are_released_when_the_stream_ends(in_process) -> None:
    assert _analyzed(2) == in_process


def test_a_second_step_starts_its_own_pool(in_process) -> None:
    with processing.warm_workers(2, len(DOCUMENTS)):
        first = _analyzed(2)  # takes the warm pool and shuts it down when done
        second = _analyzed(2)  # e.g. the next batch of the run
    assert first == second == in_process


@pytest.mark.parametrize("workers, documents", [
    pytest.param(1, 100, id="one-worker-runs-in-process"),
    pytest.param(2, processing.PARALLEL_FROM - 1, id="batch-too-small-for-workers"),
])
def test_no_pool_is_started_when_workers_would_not_be_used(workers: int, documents: int) -> None:
    with processing.warm_workers(workers, documents):
        assert processing._warm_pool is None


def test_a_warm_pool_of_another_size_is_not_used(in_process) -> None:
    with processing.warm_workers(3, len(DOCUMENTS)):
        warm = processing._warm_pool[1]
        assert _analyzed(2) == in_process
        assert not warm._shutdown_thread  # still the warm pool's, for a step that asks for 3


# --- the executable's exit ------------------------------------------------------------

EXIT_SCRIPT = """
import atexit, sys
from pipelines import cli
atexit.register(lambda: print("exit handler ran", flush=True))
sys.argv = ["union-metrics", *sys.argv[1:]]
cli.console_main()
print("not reached")
"""


def _console(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", EXIT_SCRIPT, *args], capture_output=True, text=True, timeout=300)


def test_console_exit_runs_exit_handlers_and_flushes_output(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(DOCUMENTS[0][3], encoding="utf-8")
    done = _console("extract", str(page), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert any('"metric": "stations"' in line for line in lines)
    assert lines[-1] == "exit handler ran"
    assert "not reached" not in done.stdout


def test_console_exit_keeps_the_commands_exit_code(tmp_path: Path) -> None:
    done = _console("extract", str(tmp_path / "missing.txt"))
    assert done.returncode == 2
    assert "exit handler ran" in done.stdout


# --- how many workers a batch gets ------------------------------------------------------

MB = 2**20


@pytest.mark.parametrize("asked, batch_bytes, expected", [
    pytest.param(0, 1 * MB, 1, id="auto-small-batch-in-process"),
    pytest.param(0, processing.AUTO_PARALLEL_FROM_BYTES, "cpus", id="auto-large-batch-every-cpu"),
    pytest.param(0, None, "cpus", id="auto-size-unknown-every-cpu"),
    pytest.param(2, 1 * MB, 2, id="asked-for-two-small-batch"),
    pytest.param(1, 100 * MB, 1, id="asked-for-one-large-batch"),
])
def test_worker_count(asked: int, batch_bytes: int | None, expected) -> None:
    import os

    want = (os.cpu_count() or 1) if expected == "cpus" else expected
    assert processing.worker_count(asked, batch_bytes) == want


def test_no_pool_is_started_for_a_small_batch_left_to_auto() -> None:
    with processing.warm_workers(0, 100, batch_bytes=1 * MB):
        assert processing._warm_pool is None
