"""First run vs rerun of `union-metrics run` over the same folder (goal: rerun ≥ 10× faster).

Generates pages with bench.corpus into a temporary folder, runs the whole
asset graph in-process into a fresh warehouse, then again over the same
files (which must write nothing), then once more after changing one file
(which must rewrite only that file's rows). Prints the three times and the ratio.

    python bench/bench_rerun.py [--mb 1.0] [--workers 0]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import generate_corpus
from pipelines.runner import run_folder
from pipelines.warehouse import Warehouse


def timed_run(folder: Path, wh: Warehouse, workers: int) -> tuple[float, int]:
    started = time.perf_counter()
    with wh.lock("_run.lock", wait_s=0):
        outcome = run_folder(folder, wh, workers)
    assert outcome.success, "run failed"
    return time.perf_counter() - started, len(outcome.pending)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="size of the generated corpus")
    parser.add_argument("--workers", type=int, default=0, help="analysis processes (0: one per CPU)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        files = generate_corpus(folder, args.mb, seed=1)
        wh = Warehouse(str(Path(tmp) / "warehouse"))

        first, n_first = timed_run(folder, wh, args.workers)
        rows = len(wh.read_table("facts"))
        rerun, n_rerun = timed_run(folder, wh, args.workers)
        assert n_rerun == 0 and len(wh.read_table("facts")) == rows, "a rerun wrote something"
        files[0].write_text(files[0].read_text(encoding="utf-8") + "\n本报讯 某区总工会开展活动12场。\n", encoding="utf-8")
        changed, n_changed = timed_run(folder, wh, args.workers)

    print(f"corpus: {len(files)} files, {args.mb:g} MB, {rows} facts")
    print(f"first run:        {first:7.2f} s ({n_first} documents)")
    print(f"rerun, no change: {rerun:7.2f} s ({n_rerun} documents)")
    print(f"one file changed: {changed:7.2f} s ({n_changed} document)")
    print(f"rerun speed-up:   {first / rerun:7.1f}× (goal ≥ 10×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
