"""Per-document budgets on untrusted input: a file too large, or an analysis
too long, is quarantined with the reason instead of stalling the run.

- **Size** (``max_bytes``, default 16 MiB): checked from the file's size
  before it is read. A newspaper page is 10–50 KB; 16 MiB is hundreds of
  pages in one file, which is not a page but a dump (or a mistake), and the
  chain's cost on one document grows faster than its length (see bench/).
- **Time** (``max_seconds``, default 120 s): a deadline on one document's
  analysis. It is enforced by ``SIGALRM`` in the process that analyzes (a
  worker process, or the run's own process for small batches): the alarm
  interrupts Python code and the ``regex`` and ``re`` matchers alike, costs
  nothing when it does not fire, and needs no extra process per document.
  Off the main thread (where signals cannot be delivered) the budget is not
  enforced; the CLI and Dagster's executors run steps on the main thread.

``0`` turns a budget off. Both are read from the environment
(``UNION_METRICS_SIZE_BUDGET_MB``, ``UNION_METRICS_TIME_BUDGET_S``), like the
warehouse and inbox settings, so that the CLI (``--size-budget``,
``--time-budget``), ``dagster dev``, the daemon and the worker processes
(which inherit the environment) all see the same budgets.
"""
from __future__ import annotations

import os
import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

DEFAULT_MAX_BYTES = 16 * 2**20
DEFAULT_MAX_SECONDS = 120.0
SIZE_ENV = "UNION_METRICS_SIZE_BUDGET_MB"
TIME_ENV = "UNION_METRICS_TIME_BUDGET_S"


@dataclass(frozen=True)
class Budgets:
    max_bytes: int = DEFAULT_MAX_BYTES
    max_seconds: float = DEFAULT_MAX_SECONDS


def from_environment() -> Budgets:
    """The budgets in force: the environment's, else the defaults."""
    size_mb = os.environ.get(SIZE_ENV)
    seconds = os.environ.get(TIME_ENV)
    return Budgets(
        max_bytes=int(float(size_mb) * 2**20) if size_mb else DEFAULT_MAX_BYTES,
        max_seconds=float(seconds) if seconds else DEFAULT_MAX_SECONDS,
    )


def set_in_environment(size_mb: float | None = None, seconds: float | None = None) -> None:
    """Set the budgets for this process and the processes it starts."""
    if size_mb is not None:
        os.environ[SIZE_ENV] = f"{size_mb:g}"
    if seconds is not None:
        os.environ[TIME_ENV] = f"{seconds:g}"


class OverTime(Exception):
    """One document's analysis ran past its time budget."""

    def __init__(self, seconds: float):
        super().__init__(f"timed out after {seconds:g} s (time budget)")
        self.seconds = seconds


def too_large(size: int, max_bytes: int) -> str | None:
    """The quarantine reason for a file of ``size`` bytes, or None if it fits."""
    if max_bytes and size > max_bytes:
        return f"too large: {size} bytes > budget {max_bytes} bytes"
    return None


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``OverTime`` in this block once ``seconds`` have passed."""
    usable = seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def on_alarm(signum, frame):
        raise OverTime(seconds)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
