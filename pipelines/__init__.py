"""union-metrics pipelines: Dagster wiring, the Parquet warehouse and the CLI.

Thin on purpose: extraction lives in ``extractors`` (pure, no I/O); this
package reads files, calls it, and owns every write to the warehouse.
"""
import os
import sys

# Arrow's default allocator in these wheels (mimalloc) keeps the pages of
# freed buffers: every row group the checks and the report read stayed in the
# process, so a one-worker run's peak RSS grew with the corpus (10 MB 359 MB,
# 100 MB 469 MB: 1.31x). The system allocator hands them back (321 and 373
# MB: 1.16x) at no measurable cost in speed. Arrow reads the choice once, when
# it is first imported, so it is made here, before anything of ours imports
# pyarrow; spawned workers inherit it. ARROW_DEFAULT_MEMORY_POOL set by the
# user wins. Where pyarrow is already loaded (a notebook), only the buffers
# pyarrow's Python layer allocates can be moved to the system allocator.
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
if "pyarrow" in sys.modules and os.environ["ARROW_DEFAULT_MEMORY_POOL"] == "system":
    import pyarrow as _pa

    _pa.set_memory_pool(_pa.system_memory_pool())


def _give_large_frees_back() -> None:
    """glibc serves a large allocation with mmap only until the first one is
    freed; then it raises its threshold and carves the next ones out of the
    heap, where the Arrow buffers of every written row group left holes that
    were never returned: a one-worker run grew by ~45 MB per 3,000 documents
    analyzed and written. A fixed threshold (setting it turns the raising
    off) keeps large buffers in mmap, handed back on free: flat."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:  # not glibc (musl): no such knob, nothing to do
        return
    m_mmap_threshold = -3  # malloc.h
    libc.mallopt(m_mmap_threshold, 256 * 1024)


_give_large_frees_back()
