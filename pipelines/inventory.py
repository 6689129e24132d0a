"""Which input files are new or changed, and the batches that carry them.

A document is known by its content hash (``doc_id``) and found by its path:
a file whose path and hash are both in ``documents`` is done; a new path, or
a known path with a new hash, goes into the next batch. A batch is one
partition of every partitioned table; its manifest (``_batches/<id>.json`` in
the warehouse) lists its files so any run, in any process, can (re)build it,
and says whether the whole graph has finished it.
"""
from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from pipelines.warehouse import PART_FILE, Warehouse, read_json, write_json

# Batch ids and the daily schedule follow the newsroom's clock.
TIMEZONE = ZoneInfo("Asia/Shanghai")
TEXT_SUFFIXES = (".txt", ".text")
MANIFESTS = "_batches"


def content_id(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def file_size(path: Path) -> int:
    """A regular file's size; OSError for anything else (reading a named pipe
    named ``*.txt`` would wait for a writer forever)."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise OSError(errno.EINVAL, "not a regular file")
    return info.st_size


def file_content_id(path: Path) -> str:
    """``content_id`` of a file's bytes, read as a stream (a huge file is never held whole)."""
    file_size(path)
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()[:16]


def text_files(folder: Path) -> list[Path]:
    """Every text file under ``folder``, recursively, in a stable order; hidden
    files and folders (editor swap files, .git) are not input."""
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        found += [
            Path(dirpath, f).resolve() for f in sorted(filenames)
            if not f.startswith(".") and f.lower().endswith(TEXT_SUFFIXES)
        ]
    return found


@dataclass(frozen=True)
class Scan:
    files: list[Path]  # every text file found
    pending: list[Path]  # new or changed since the warehouse last saw them

    @property
    def unchanged(self) -> int:
        return len(self.files) - len(self.pending)


def scan(folder: Path, wh: Warehouse) -> Scan:
    files = text_files(folder)
    known = wh.read_table("documents", columns=["path", "doc_id"])
    seen = set(zip(known["path"], known["doc_id"]))
    pending = [f for f in files if _is_new(f, seen)]
    return Scan(files, pending)


def _is_new(path: Path, seen: set[tuple[str, str]]) -> bool:
    try:
        return (str(path), file_content_id(path)) not in seen
    except OSError:
        # Unreadable or gone: known by its path, the id the documents step gives
        # it when it quarantines it, so that it is not a new batch every run.
        return (str(path), content_id(str(path).encode())) not in seen


# --- batches ----------------------------------------------------------------------


def manifest_name(batch: str) -> str:
    return f"{MANIFESTS}/{batch}.json"


def new_batch(wh: Warehouse, files: list[Path], now: datetime | None = None) -> str:
    """Register a batch of files; its id is the ingest time, Asia/Shanghai."""
    stamp = (now or datetime.now(TIMEZONE)).astimezone(TIMEZONE).strftime("%Y-%m-%d-%H%M%S")
    batch, n = stamp, 1
    # Under the lock: two runs registering in the same second must not both
    # see the id free and write the same manifest (one batch's files were lost).
    with wh.lock():
        while wh.read_bytes(manifest_name(batch)) is not None:
            n += 1
            batch = f"{stamp}-{n}"
        write_json(wh, manifest_name(batch), {
            "batch": batch, "files": [str(f) for f in files], "complete": False,
        })
    return batch


def batch_files(wh: Warehouse, batch: str) -> list[Path]:
    manifest = read_json(wh, manifest_name(batch))
    if manifest is None:
        raise FileNotFoundError(f"no manifest for batch {batch} in {wh.root}")
    return [Path(f) for f in manifest["files"]]


def mark_complete(wh: Warehouse, batch: str) -> None:
    manifest = read_json(wh, manifest_name(batch)) or {"batch": batch, "files": []}
    write_json(wh, manifest_name(batch), {**manifest, "complete": True})


def unfinished_batches(wh: Warehouse) -> list[str]:
    """Batches registered but not finished (a run died, or one is under way)."""
    from pyarrow import fs as pafs

    infos = wh.fs.get_file_info(pafs.FileSelector(wh.path(MANIFESTS), allow_not_found=True))
    names = sorted(i.base_name[:-5] for i in infos if i.base_name.endswith(".json"))
    return [b for b in names if not (read_json(wh, manifest_name(b)) or {}).get("complete")]


def outputs_out_of_date(wh: Warehouse) -> bool:
    """Whether ``metric_summary`` or ``report.html`` is missing or older than
    the last batch finished: a run that died after finishing its batch, while
    it wrote them, leaves them stale, and the next run finds no new batch to
    tell it so."""
    from pyarrow import fs as pafs

    summary = wh.fs.get_file_info(wh.path("metric_summary", PART_FILE))
    report = wh.fs.get_file_info(wh.path("report.html"))
    if pafs.FileType.NotFound in (summary.type, report.type):
        return True
    manifests = wh.fs.get_file_info(pafs.FileSelector(wh.path(MANIFESTS), allow_not_found=True))
    last_finished = max((m.mtime for m in manifests if m.mtime is not None), default=None)
    if last_finished is None or summary.mtime is None or report.mtime is None:
        return False
    return summary.mtime < last_finished or report.mtime < summary.mtime


def register_pending(folder: Path, wh: Warehouse) -> str | None:
    """Scan ``folder``; put its new and changed files into a new batch, leaving
    out files already waiting in an unfinished batch. The batch id, or None."""
    waiting = {f for b in unfinished_batches(wh) for f in batch_files(wh, b)}
    pending = [f for f in scan(folder, wh).pending if f not in waiting]
    return new_batch(wh, pending) if pending else None
