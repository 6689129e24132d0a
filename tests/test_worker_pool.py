"""Worker processes of the analysis step: started ahead of it by ``run_folder``
(``processing.warm_workers``), analyzing the batch's first files meanwhile,
released as soon as the documents are analyzed; and the executable's quick
exit after a run."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipelines import processing
from pipelines.inventory import content_id

# Our own sentences, enough documents that workers are worth starting.
TEXTS = [
    f"本报讯 今年以来，柳江区总工会新建职工驿站{i + 3}个，发展新会员{120 + i}名，慰问困难职工{40 + i}户。"
    for i in range(processing.PARALLEL_FROM + 2)
]


@pytest.fixture
def files(tmp_path) -> list[Path]:
    paths = []
    for i, text in enumerate(TEXTS):
        path = tmp_path / f"doc{i:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _jobs(paths: list[Path]) -> list[processing.Job]:
    """What the documents step hands the analysis: (doc, doc_id, path, text)."""
    return [(p.name, content_id(p.read_bytes()), str(p), p.read_text(encoding="utf-8")) for p in paths]


def _analyzed(jobs: list[processing.Job], workers: int) -> list[tuple]:
    rows = []
    for chunk in processing.analyze_stream(iter(jobs), workers, total=len(jobs)):
        rows += [(r["doc"], r["doc_id"], r["metric"], r["value"]) for r in chunk.facts.to_pylist()]
    return rows


def test_documents_analyzed_ahead_give_the_rows_of_the_step(files) -> None:
    expected = _analyzed(_jobs(files), 1)
    with processing.warm_workers(2, files):
        warm = processing._warm
        assert set(warm.prefetched) == {str(p) for p in files}
        rows = _analyzed(_jobs(files), 2)
        assert warm.pool._shutdown_thread  # let go once the stream was exhausted
    assert processing._warm is None
    assert rows == expected and rows


def test_a_file_changed_after_it_was_read_ahead_is_analyzed_as_it_is_now(files) -> None:
    with processing.warm_workers(2, files):
        processing._warm.prefetched[str(files[0])].result()  # read ahead in its old version
        files[0].write_text(TEXTS[0].replace("驿站3个", "驿站9个"), encoding="utf-8")
        rows = _analyzed(_jobs(files), 2)
    stations = {(doc, value) for doc, _, metric, value in rows if metric == "stations"}
    assert (files[0].name, 9) in stations and (files[0].name, 3) not in stations


def test_files_the_step_does_not_analyze_are_dropped(files) -> None:
    kept = files[1:]  # e.g. a duplicate or a quarantined file: not in the step's jobs
    with processing.warm_workers(2, files):
        rows = _analyzed(_jobs(kept), 2)
        assert processing._warm is None
    assert {doc for doc, *_ in rows} == {p.name for p in kept}


def test_a_second_step_starts_its_own_pool(files) -> None:
    expected = _analyzed(_jobs(files), 1)
    with processing.warm_workers(2, files):
        first = _analyzed(_jobs(files), 2)
        second = _analyzed(_jobs(files), 2)  # e.g. the next batch of the run
    assert first == second == expected


def test_without_prefetch_the_pool_only_starts(files) -> None:
    with processing.warm_workers(2, files, prefetch=False):
        assert processing._warm.prefetched == {}
        assert _analyzed(_jobs(files), 2) == _analyzed(_jobs(files), 1)


@pytest.mark.parametrize("workers, count", [
    pytest.param(1, None, id="one-worker-runs-in-process"),
    pytest.param(2, processing.PARALLEL_FROM - 1, id="batch-too-small-for-workers"),
])
def test_no_pool_is_started_when_workers_would_not_be_used(files, workers: int, count: int | None) -> None:
    with processing.warm_workers(workers, files[:count]):
        assert processing._warm is None


def test_a_warm_pool_of_another_size_is_left_for_its_step(files) -> None:
    with processing.warm_workers(3, files):
        warm = processing._warm
        assert _analyzed(_jobs(files), 2) == _analyzed(_jobs(files), 1)
        assert processing._warm is warm and not warm.pool._shutdown_thread


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
    page.write_text(TEXTS[0], encoding="utf-8")
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
