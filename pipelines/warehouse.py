"""The Parquet warehouse: one dataset directory per table, hive-partitioned by batch.

Layout under the root (a local folder or any URI pyarrow.fs understands, e.g.
``s3://bucket/prefix``)::

    documents/batch=2026-11-20-101502/part-0.parquet
    facts/batch=…/part-0.parquet            (articles, mentions, quarantine alike)
    metric_summary/part-0.parquet           (unpartitioned)
    _batches/<batch>.json                   (which files a batch holds; done or not)
    _lock                                   (one writer at a time)

Every file is written under a name readers skip (``_tmp-…``: pyarrow ignores
a leading ``_``, DuckDB's ``*.parquet`` glob does not match it) and then moved
over ``part-0.parquet`` in one rename, so a run killed mid-write leaves the
previous file whole. The partition column lives only in the directory name.
"""
from __future__ import annotations

import json
import os
import socket
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

import pandas as pd
import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from pipelines.schema import PARTITION_COLUMN, TABLES, TableSchema

PART_FILE = "part-0.parquet"


class WarehouseLocked(RuntimeError):
    """Another run holds the warehouse."""


def open_filesystem(root: str) -> tuple[pafs.FileSystem, str]:
    """The filesystem and base path of a warehouse root: a plain path is local."""
    if "://" not in root:
        return pafs.LocalFileSystem(), os.path.abspath(os.path.expanduser(root))
    return pafs.FileSystem.from_uri(root)


@dataclass
class Warehouse:
    root: str
    lock_timeout_s: float = 600.0

    def __post_init__(self) -> None:
        self.fs, self.base = open_filesystem(self.root)
        self.is_local = isinstance(self.fs, pafs.LocalFileSystem)

    # --- paths ----------------------------------------------------------------

    def path(self, *parts: str) -> str:
        return "/".join([self.base.rstrip("/"), *parts])

    def partition_dir(self, table: str, batch: str | None) -> str:
        return self.path(table, f"{PARTITION_COLUMN}={batch}") if batch else self.path(table)

    # --- writing --------------------------------------------------------------

    def _write_atomically(self, path: str, write) -> None:
        directory = path.rsplit("/", 1)[0]
        self.fs.create_dir(directory, recursive=True)
        tmp = f"{directory}/_tmp-{uuid.uuid4().hex}"
        try:
            write(tmp)
            # Local rename replaces the target in one step; an object store's
            # PUT is atomic per object, so the copy it does here is too.
            self.fs.move(tmp, path)
        finally:
            if self.fs.get_file_info(tmp).type != pafs.FileType.NotFound:
                self.fs.delete_file(tmp)

    def write_partition(self, table: str, batch: str | None, rows: pd.DataFrame) -> int:
        """Replace one partition (or the whole unpartitioned table) with ``rows``."""
        schema = TABLES[table]
        arrow = to_arrow(schema, rows)
        self._write_atomically(
            f"{self.partition_dir(table, batch)}/{PART_FILE}",
            lambda tmp: pq.write_table(
                arrow, tmp, filesystem=self.fs, compression="zstd",
                use_dictionary=schema.label_columns or False,
            ),
        )
        return arrow.num_rows

    def write_bytes(self, name: str, data: bytes) -> None:
        def write(tmp: str) -> None:
            with self.fs.open_output_stream(tmp) as out:
                out.write(data)

        self._write_atomically(self.path(name), write)

    def read_bytes(self, name: str) -> bytes | None:
        try:
            with self.fs.open_input_stream(self.path(name)) as f:
                return f.read()
        except FileNotFoundError:
            return None

    # --- reading --------------------------------------------------------------

    def batches(self, table: str) -> list[str]:
        info = self.fs.get_file_info(pafs.FileSelector(self.path(table), allow_not_found=True))
        prefix = f"{PARTITION_COLUMN}="
        names = [i.base_name for i in info if i.type == pafs.FileType.Directory]
        return sorted(n[len(prefix):] for n in names if n.startswith(prefix))

    def read_partition(self, table: str, batch: str | None, columns: list[str] | None = None) -> pd.DataFrame:
        """One partition's rows with plain (not categorical) strings; empty if absent."""
        schema = TABLES[table]
        path = f"{self.partition_dir(table, batch)}/{PART_FILE}"
        try:
            arrow = pq.read_table(path, filesystem=self.fs, columns=columns)
        except FileNotFoundError:
            empty = schema.empty()
            return plain(empty[columns] if columns else empty)
        return plain(arrow.to_pandas())

    def read_table(self, table: str, columns: list[str] | None = None,
                   except_batch: str | None = None) -> pd.DataFrame:
        """All partitions (with the ``batch`` column), optionally leaving one out."""
        schema = TABLES[table]
        if not schema.partitioned:
            return self.read_partition(table, None, columns)
        frames = [
            self.read_partition(table, b, columns).assign(**{PARTITION_COLUMN: b})
            for b in self.batches(table) if b != except_batch
        ]
        if not frames:
            empty = schema.empty()
            return plain(empty[columns] if columns else empty).assign(**{PARTITION_COLUMN: pd.Series(dtype="object")})
        return pd.concat(frames, ignore_index=True)

    # --- keeping one version of each document ----------------------------------

    def drop_rows_elsewhere(self, table: str, batch: str, keep, columns: list[str]) -> int:
        """Rewrite the other partitions of ``table`` without the rows for which
        ``keep(rows[columns])`` is False. Returns how many rows were dropped."""
        dropped = 0
        for other in self.batches(table):
            if other == batch:
                continue
            probe = self.read_partition(table, other, columns)
            mask = keep(probe)
            if mask.all():
                continue
            rows = self.read_partition(table, other)
            self.write_partition(table, other, rows[mask.to_numpy()])
            dropped += int((~mask).sum())
        return dropped

    # --- one writer at a time --------------------------------------------------

    @contextmanager
    def lock(self, name: str = "_lock", wait_s: float | None = None) -> Iterator[None]:
        """Hold the warehouse's lock; wait up to ``wait_s`` (default: lock_timeout_s)
        for another holder, then raise WarehouseLocked saying who holds it."""
        wait_s = self.lock_timeout_s if wait_s is None else wait_s
        if self.is_local:
            with _local_lock(self.path(name), wait_s):
                yield
        else:
            with _marker_lock(self, name, wait_s):
                yield


def _holder() -> str:
    return f"pid {os.getpid()} on {socket.gethostname()} since {time.strftime('%Y-%m-%d %H:%M:%S')}"


@contextmanager
def _local_lock(path: str, wait_s: float) -> Iterator[None]:
    # flock: released by the kernel when the holder dies, so no stale locks.
    import fcntl

    os.makedirs(os.path.dirname(path), exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait_s
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 200, 0).decode(errors="replace").strip() or "another process"
                    raise WarehouseLocked(
                        f"warehouse is in use by another run ({holder}); lock file {path}"
                    ) from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.pwrite(fd, _holder().encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


@contextmanager
def _marker_lock(wh: Warehouse, name: str, wait_s: float, stale_s: float = 3600) -> Iterator[None]:
    # Object stores have no flock: a marker object, best effort (a check then a
    # write, not atomic), ignored once older than stale_s after a crashed run.
    deadline = time.monotonic() + wait_s
    while True:
        info = wh.fs.get_file_info(wh.path(name))
        stale = info.mtime is not None and time.time() - info.mtime.timestamp() > stale_s
        if info.type == pafs.FileType.NotFound or stale:
            break
        if time.monotonic() >= deadline:
            raise WarehouseLocked(f"warehouse {wh.root} is in use by another run: {wh.read_bytes(name)!r}")
        time.sleep(1)
    wh.write_bytes(name, _holder().encode())
    try:
        yield
    finally:
        wh.fs.delete_file(wh.path(name))


# --- conversions -----------------------------------------------------------------


def to_arrow(schema: TableSchema, rows: pd.DataFrame) -> pa.Table:
    """Rows as an Arrow table of exactly the table's schema (extra columns dropped)."""
    missing = set(schema.column_names) - set(rows.columns)
    if missing:
        raise ValueError(f"{schema.name}: rows lack columns {sorted(missing)}")
    arrays = []
    for column in schema.columns:
        values = rows[column.name]
        plain_type = column.type.value_type if pa.types.is_dictionary(column.type) else column.type
        values = values.astype("object").where(values.notna(), None)
        array = pa.array(values.tolist(), type=plain_type)
        arrays.append(array.dictionary_encode() if pa.types.is_dictionary(column.type) else array)
    return pa.Table.from_arrays(arrays, schema=schema.arrow_schema)


def plain(frame: pd.DataFrame) -> pd.DataFrame:
    """Categorical columns back to objects, for code that compares and concatenates."""
    for c in frame.columns:
        if isinstance(frame[c].dtype, pd.CategoricalDtype):
            frame[c] = frame[c].astype("object")
    return frame


def read_json(wh: Warehouse, name: str) -> dict | None:
    data = wh.read_bytes(name)
    return None if data is None else json.loads(data)


def write_json(wh: Warehouse, name: str, value: dict) -> None:
    wh.write_bytes(name, json.dumps(value, ensure_ascii=False, indent=1).encode())
