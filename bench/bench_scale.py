"""`union-metrics run` at scale: throughput, peak memory, worker speed-up, rerun.

For each corpus size (generated once by bench.corpus and cached under
``bench/out/corpus-<mb>mb``), runs ``union-metrics run --workers N`` in a
subprocess into a fresh temporary warehouse and measures:

- seconds and chars/s end to end (process start to exit, Dagster included);
- peak RSS of the whole process tree (the run and its worker processes,
  summed, sampled every 50 ms with psutil) and of its largest single process;
- the speed-up of N workers over one;
- the rerun over the same folder (nothing new: should write nothing);
- CPU seconds of the run and its workers, and the machine's load average:
  on a shared machine the wall-clock speed-up is only as good as the cores
  that were free, which these two columns let a reader judge.

Beside it, the extraction library's own chars/s (``analyze_document`` over
the same files, one process, no I/O), so the pipeline's overhead shows.

    python -m bench.bench_scale                      # 10 MB, 1 and 2 workers
    python -m bench.bench_scale --mb 10 100          # the scaling figures
    python -m bench.bench_scale --mb 100 --rounds 3  # turns of 1 and 2 workers, best of each
    BENCH_SCALE_MB="10 100" make bench               # the same through make
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import psutil

from bench.corpus import fingerprint, generate_corpus

OUT = Path(__file__).resolve().parent / "out"
SIZES_ENV = "BENCH_SCALE_MB"
ROUNDS_ENV = "BENCH_SCALE_ROUNDS"
# The library figure is taken on at most this much of each corpus: it is a
# rate, and timing 100 MB twice would double the benchmark for no new figure.
LIBRARY_SAMPLE_CHARS = 3_000_000


@dataclass
class Measured:
    seconds: float
    cpu_seconds: float  # user + system, the run and every worker it waited for
    load: float  # the machine's 1-minute load average when the run ended
    peak_tree_mb: float
    peak_process_mb: float
    summary: str


def corpus(mb: float, seed: int = 1) -> Path:
    """The cached corpus of ``mb`` MB; a marker file says it was written whole."""
    folder = OUT / f"corpus-{mb:g}mb"
    done = folder / ".complete"  # hidden: not an input file
    signature = f"seed {seed} generator {fingerprint()}\n"
    if not done.exists() or done.read_text() != signature:
        if folder.exists():
            shutil.rmtree(folder)  # stale: written by another generator or sources
        generate_corpus(folder, mb, seed)
        done.write_text(signature)
    return folder


def corpus_chars(folder: Path) -> tuple[int, list[Path]]:
    files = sorted(folder.glob("*.txt"))
    return sum(len(p.read_text(encoding="utf-8")) for p in files), files


def library_rate(files: list[Path]) -> float:
    """chars per CPU second of extractors.analyze_document alone, one process."""
    from extractors import analyze_document

    texts, chars = [], 0
    for p in files:
        if chars >= LIBRARY_SAMPLE_CHARS:
            break
        texts.append((p.name, p.read_text(encoding="utf-8")))
        chars += len(texts[-1][1])
    analyze_document(texts[0][1], texts[0][0])  # warm caches (vocabulary tables, compiled patterns)
    # CPU time, not wall time: on a shared machine other processes' load
    # would otherwise be counted against the library.
    started = time.process_time()
    for name, text in texts:
        analyze_document(text, name)
    return chars / (time.process_time() - started)


def tree_rss(root: psutil.Process) -> tuple[int, int]:
    """(sum, max) RSS in bytes over a process and its descendants."""
    sizes = []
    for p in [root, *root.children(recursive=True)]:
        try:
            sizes.append(p.memory_info().rss)
        except psutil.Error:
            pass  # ended between listing and reading
    return sum(sizes), max(sizes, default=0)


def run_pipeline(folder: Path, warehouse: Path, workers: int) -> Measured:
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}  # an ephemeral instance
    command = [sys.executable, "-m", "pipelines.cli", "run", "--input", str(folder),
               "--warehouse", str(warehouse), "--workers", str(workers)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    root = psutil.Process(proc.pid)
    peak_tree = peak_process = 0
    while proc.poll() is None:
        total, largest = tree_rss(root)
        peak_tree, peak_process = max(peak_tree, total), max(peak_process, largest)
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    out, err = proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"union-metrics run failed ({proc.returncode}): {err[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return Measured(seconds, cpu, os.getloadavg()[0], peak_tree / 2**20, peak_process / 2**20, out.strip())


def best_of(kept: Measured | None, new: Measured) -> Measured:
    """Time from the faster of two runs (a shared host slows some runs down),
    memory from the higher peak of either."""
    if kept is None:
        return new
    faster = new if new.seconds < kept.seconds else kept
    return replace(faster, peak_tree_mb=max(kept.peak_tree_mb, new.peak_tree_mb),
                   peak_process_mb=max(kept.peak_process_mb, new.peak_process_mb))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_scale", description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+",
                        default=[float(x) for x in os.environ.get(SIZES_ENV, "10").split()],
                        help=f"corpus sizes in MB (default: ${SIZES_ENV} or 10)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts (default 1 2)")
    parser.add_argument("--rounds", type=int, default=int(os.environ.get(ROUNDS_ENV, "1")),
                        help=f"runs of each worker count, taking turns (default: ${ROUNDS_ENV} or 1); the table "
                             "shows the fastest run of each and the highest memory peak of any")
    args = parser.parse_args(argv)

    print(f"machine: {os.cpu_count()} CPUs, {psutil.virtual_memory().total / 2**30:.0f} GB, "
          f"Python {sys.version.split()[0]}", flush=True)
    header = (f"{'MB':>6} {'workers':>7} {'seconds':>8} {'CPU s':>6} {'load':>5} {'chars/s':>10} {'lib chars/s':>11} "
              f"{'overhead':>8} {'speed-up':>8} {'tree RSS MB':>11} {'max proc MB':>11} {'rerun s':>7}")
    rows, peaks = [], {}
    for mb in args.mb:
        folder = corpus(mb)
        chars, files = corpus_chars(folder)
        library = library_rate(files)
        print(f"{mb:g} MB: {len(files)} files, {chars:,} chars; library alone {library:,.0f} chars/s", flush=True)
        best: dict[int, Measured] = {}
        reruns: dict[int, float] = {}
        for round_no in range(1, args.rounds + 1):
            this_round: dict[int, float] = {}
            for workers in args.workers:
                with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
                    measured = run_pipeline(folder, Path(tmp) / "warehouse", workers)
                    rerun = run_pipeline(folder, Path(tmp) / "warehouse", workers)
                print(f"  round {round_no}, workers={workers}: {measured.seconds:.1f} s (CPU {measured.cpu_seconds:.0f} s, "
                      f"load {measured.load:.1f}), tree RSS {measured.peak_tree_mb:.0f} MB, rerun {rerun.seconds:.1f} s; "
                      f"{measured.summary}", flush=True)
                this_round[workers] = measured.seconds
                best[workers] = best_of(best.get(workers), measured)
                reruns[workers] = min(reruns.get(workers, rerun.seconds), rerun.seconds)
            if len(this_round) > 1:
                first = args.workers[0]
                print("  round speed-up: " + ", ".join(f"{w} workers {this_round[first] / t:.2f}×"
                                                       for w, t in this_round.items() if w != first), flush=True)
        one = best[args.workers[0]].seconds
        for workers in args.workers:
            measured = best[workers]
            rate = chars / measured.seconds
            # Overhead: the share of the run's CPU time (parent and workers) that
            # the library alone would not have spent on these characters.
            overhead = 1 - (chars / library) / measured.cpu_seconds
            peaks[(mb, workers)] = measured.peak_tree_mb
            rows.append(
                f"{mb:>6g} {workers:>7} {measured.seconds:>8.1f} {measured.cpu_seconds:>6.0f} {measured.load:>5.1f} "
                f"{rate:>10,.0f} {library:>11,.0f} "
                + f"{overhead:>8.0%}"
                + f" {one / measured.seconds:>7.2f}× {measured.peak_tree_mb:>11.0f} "
                f"{measured.peak_process_mb:>11.0f} {reruns[workers]:>7.1f}"
            )
    print()
    if args.rounds > 1:
        print(f"best of {args.rounds} rounds (seconds, CPU, chars/s, speed-up); RSS: the highest peak of any round")
    print(header)
    print("\n".join(rows))
    sizes = sorted(args.mb)
    if len(sizes) > 1:
        for workers in args.workers:
            small, large = peaks[(sizes[0], workers)], peaks[(sizes[-1], workers)]
            print(f"peak RSS ratio {sizes[-1]:g} MB / {sizes[0]:g} MB, {workers} worker(s): "
                  f"{large / small:.2f} (goal ≤ 1.2)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
