"""The steps that run at the end of a run, one by one, on a finished warehouse:
how much memory each adds and how long it takes, so that one that grows with
the corpus shows (compare a 10 MB and a 100 MB warehouse).

Each step runs in a fresh process, first on the sample corpus's warehouse
(modules imported, vocabulary loaded), then on the warehouse measured; the
figure is the process's peak RSS minus its RSS before that second run.

    python -m bench.bench_end_steps --warehouse /tmp/w10 /tmp/w100
    python -m bench.bench_end_steps --corpus 10 100    # builds the warehouses first (bench/out)

Steps: ``metric_summary`` (the asset's aggregation), ``report`` (summarize
the warehouse and draw the page), ``checks:<table>`` (every check of every
partition of the table, as the assets run them), ``cli_summary`` (the run's
one-line count).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

STEPS = ("metric_summary", "report", "checks:documents", "checks:articles", "checks:mentions", "checks:facts",
         "checks:quarantine", "cli_summary")
OUT = Path(__file__).resolve().parent / "out"
SAMPLE_CORPUS = Path(__file__).resolve().parents[1] / "pipelines" / "sample_corpus"


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_step(step: str, root: str, warm_root: str) -> dict:
    """In this process: run the step once on a small warehouse (imports,
    vocabulary tables and caches are then loaded), then on ``root``, measured."""
    _step(step, warm_root)
    before = _rss_mb()
    started = time.perf_counter()
    _step(step, root)
    seconds = time.perf_counter() - started
    return {"step": step, "seconds": seconds, "before_mb": before, "added_mb": max(0.0, _peak_mb() - before)}


def _step(step: str, root: str) -> None:
    from pipelines import processing
    from pipelines.checks import check_results
    from pipelines.cli import _summary
    from pipelines.report import build_report, summarize_warehouse
    from pipelines.warehouse import Warehouse

    wh = Warehouse(root)
    if step == "metric_summary":
        processing.warehouse_metric_summary(wh)
    elif step == "report":
        build_report(summarize_warehouse(wh), [])
    elif step.startswith("checks:"):
        table = step.split(":", 1)[1]
        for batch in wh.batches(table) or [None]:
            list(check_results(wh, table, batch))
    elif step == "cli_summary":
        _summary(wh, SimpleNamespace(files=[], pending=[], batches=wh.batches("documents")), 0.0)


def measure(step: str, root: str, warm_root: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "bench.bench_end_steps", "--one", step, root, warm_root],
                         capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1])
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def build_warehouse(folder: Path, name: str) -> str:
    root = OUT / f"warehouse-{name}"
    if not (root / "report.html").exists():
        subprocess.run([sys.executable, "-m", "pipelines.cli", "run", "--input", str(folder),
                        "--warehouse", str(root)], check=True, capture_output=True)
    return str(root)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_end_steps", description=__doc__.splitlines()[0])
    parser.add_argument("--warehouse", nargs="+", default=[], help="finished warehouses to measure on")
    parser.add_argument("--corpus", type=float, nargs="+", default=[],
                        help="corpus sizes in MB: build their warehouses under bench/out first")
    parser.add_argument("--one", nargs=3, metavar=("STEP", "WAREHOUSE", "WARM"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_step(*args.one)))
        return 0
    from bench.bench_scale import corpus

    roots = args.warehouse + [build_warehouse(corpus(mb), f"{mb:g}mb") for mb in args.corpus]
    if not roots:
        parser.error("give --warehouse or --corpus")
    warm = build_warehouse(SAMPLE_CORPUS, "sample")
    print(f"{'step':<18}" + "".join(f"{Path(r).name[-22:]:>24}" for r in roots))
    for step in STEPS:
        cells = []
        for root in roots:
            m = measure(step, root, warm)
            cells.append(f"{m['added_mb']:>9.0f} MB {m['seconds']:>7.2f} s  ")
        print(f"{step:<18}" + "".join(f"{c:>24}" for c in cells), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
