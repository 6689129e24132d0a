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
# Files under this prefix are writes under way (readers skip a leading ``_``).
TMP_PREFIX = "_tmp-"
# A ``_tmp-…`` file untouched this long was left by a run that died
# (``Warehouse.sweep_orphans``); writers touch theirs at every row group.
ORPHAN_AGE_S = 3600.0
# Readers stream a part file through a buffer this large (see iter_partition).
READ_BUFFER_BYTES = 2**20

# Test-only (tests/test_killed_runs.py): seconds to wait before each rename
# that publishes a written file, so that a test can kill a run while its new
# files exist only under ``_tmp-…`` names. Unset in real runs.
PAUSE_BEFORE_RENAME_ENV = "UNION_METRICS_TEST_PAUSE_BEFORE_RENAME_S"


def _pause_before_rename() -> None:
    seconds = os.environ.get(PAUSE_BEFORE_RENAME_ENV)
    if seconds:
        time.sleep(float(seconds))


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
        tmp = f"{directory}/{TMP_PREFIX}{uuid.uuid4().hex}"
        try:
            write(tmp)
            _pause_before_rename()
            # Local rename replaces the target in one step; an object store's
            # PUT is atomic per object, so the copy it does here is too.
            self.fs.move(tmp, path)
        finally:
            if self.fs.get_file_info(tmp).type != pafs.FileType.NotFound:
                self.fs.delete_file(tmp)

    def write_partition(self, table: str, batch: str | None, rows: pd.DataFrame) -> int:
        """Replace one partition (or the whole unpartitioned table) with ``rows``."""
        with self.partition_writer(table, batch) as writer:
            writer.write(to_arrow(TABLES[table], rows))
        return writer.rows

    def open_partition_writer(self, table: str, batch: str | None) -> "PartitionWriter":
        """A writer of a new version of one partition: rows go to a file readers
        skip (``_tmp-…``) as they come; ``commit()`` moves it over the partition
        in one rename, ``abort()`` deletes it and leaves the old version."""
        path = f"{self.partition_dir(table, batch)}/{PART_FILE}"
        directory = path.rsplit("/", 1)[0]
        self.fs.create_dir(directory, recursive=True)
        return PartitionWriter(self.fs, f"{directory}/{TMP_PREFIX}{uuid.uuid4().hex}", path, TABLES[table])

    @contextmanager
    def partition_writer(self, table: str, batch: str | None) -> Iterator["PartitionWriter"]:
        """``open_partition_writer`` as a block: committed when the block ends
        without an error, aborted otherwise."""
        writer = self.open_partition_writer(table, batch)
        try:
            yield writer
        except BaseException:
            writer.abort()
            raise
        writer.commit()

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

    def iter_partition(self, table: str, batch: str | None, columns: list[str] | None = None,
                       batch_rows: int = 1024) -> Iterator[pa.RecordBatch]:
        """One partition's rows as Arrow record batches of at most ``batch_rows``
        rows, read one after another (nothing if the partition is absent).

        The file is read through a buffer of ``READ_BUFFER_BYTES``, a data page
        at a time: unbuffered, Arrow reads each column chunk of a row group
        whole, and a row group of `documents` holds ~13 MB of text (at 100 MB,
        picking 50 texts for the report took +50 MB of RSS, +17 MB buffered)."""
        path = f"{self.partition_dir(table, batch)}/{PART_FILE}"
        try:
            source = self.fs.open_input_file(path)
        except FileNotFoundError:
            return
        with source:
            reader = pq.ParquetFile(source, buffer_size=READ_BUFFER_BYTES, pre_buffer=False)
            yield from reader.iter_batches(batch_size=batch_rows, columns=columns, use_threads=False)

    def partition_rows(self, table: str, batch: str | None) -> int:
        """Row count of one partition, from the file's footer (0 if absent)."""
        try:
            with self.fs.open_input_file(f"{self.partition_dir(table, batch)}/{PART_FILE}") as source:
                return pq.ParquetFile(source).metadata.num_rows
        except FileNotFoundError:
            return 0

    def read_arrow(self, table: str, columns: list[str]) -> pa.Table:
        """``columns`` of every partition as one Arrow table (labels decoded to
        plain strings, so partitions with different dictionaries combine),
        with the ``batch`` column for partitioned tables."""
        schema = TABLES[table]
        plain_schema = pa.schema([pa.field(c, _plain_type(schema.arrow_schema.field(c).type)) for c in columns])
        parts = []
        for batch in (self.batches(table) if schema.partitioned else [None]):
            path = f"{self.partition_dir(table, batch)}/{PART_FILE}"
            try:
                part = pq.read_table(path, filesystem=self.fs, columns=columns).cast(plain_schema)
            except FileNotFoundError:
                continue
            if schema.partitioned:
                part = part.append_column(PARTITION_COLUMN, pa.array([batch] * part.num_rows, pa.string()))
            parts.append(part)
        if not parts:
            empty = plain_schema.empty_table()
            return empty.append_column(PARTITION_COLUMN, pa.array([], pa.string())) if schema.partitioned else empty
        return pa.concat_tables(parts)

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
        ``keep(rows[columns])`` is False. Returns how many rows were dropped.
        A partition is probed on ``columns`` only and, if it must change,
        copied a record batch at a time, never read whole."""
        dropped = 0
        for other in self.batches(table):
            if other == batch:
                continue
            probe = self.read_partition(table, other, columns)
            mask = keep(probe)
            if mask.all():
                continue
            with self.partition_writer(table, other) as writer:
                for part in self.iter_partition(table, other, batch_rows=4096):
                    rows = plain(pa.Table.from_batches([part.select(columns)]).to_pandas())
                    writer.write(part.filter(pa.array(keep(rows).to_numpy(dtype=bool))))
            dropped += int((~mask).sum())
        return dropped

    # --- what a killed run leaves --------------------------------------------

    def sweep_orphans(self, older_than_s: float = ORPHAN_AGE_S) -> list[str]:
        """Delete the ``_tmp-…`` files of writes that can no longer finish (a
        run killed with SIGKILL never reaches its cleanup); the paths removed.

        Readers skip these files, so they cost only disk. A live writer's file
        is touched at every row group it flushes, and a run holds the
        warehouse while it writes; a file untouched for ``older_than_s`` is
        left by a dead run. The age also keeps the sweep safe beside a write
        that does not take the run lock (a materialization from the UI)."""
        now = time.time()
        removed = []
        for info in self.fs.get_file_info(pafs.FileSelector(self.base, recursive=True, allow_not_found=True)):
            if (info.type == pafs.FileType.File and info.base_name.startswith(TMP_PREFIX)
                    and info.mtime is not None and now - info.mtime.timestamp() > older_than_s):
                try:
                    self.fs.delete_file(info.path)
                except FileNotFoundError:  # its writer finished or aborted meanwhile
                    continue
                removed.append(info.path)
        return removed

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


def rows_to_arrow(schema: TableSchema, rows: list[dict]) -> pa.Table:
    """Row dicts straight to an Arrow table of the table's schema (no pandas on
    the way: this runs in the worker processes, once per document chunk)."""
    return pa.Table.from_pylist(rows, schema=schema.arrow_schema)


def _plain_type(t: pa.DataType) -> pa.DataType:
    return t.value_type if pa.types.is_dictionary(t) else t


class PartitionWriter:
    """Appends Arrow tables to one Parquet file, a row group at a time.

    Small tables (a chunk of documents' rows) are buffered until a row group
    is full (``ROW_GROUP_ROWS`` rows or ``ROW_GROUP_BYTES`` of Arrow data,
    whichever first), so the file has few, reasonably large row groups and the
    writer never holds more than one of them."""

    # Four writers buffer at once while a batch is analyzed (and one while
    # documents are read): at 100,000 rows / 32 MB their buffers, and the
    # row groups DuckDB and the checks read back, were ~100 MB more at 100 MB
    # than at 10 MB, where no table fills one.
    ROW_GROUP_ROWS = 25_000
    ROW_GROUP_BYTES = 8 * 2**20

    def __init__(self, fs: pafs.FileSystem, tmp: str, target: str, schema: TableSchema) -> None:
        self.fs, self.tmp, self.target, self.schema = fs, tmp, target, schema
        self.rows = 0
        self._buffer: list[pa.Table] = []
        self._buffered_rows = self._buffered_bytes = 0
        self._writer: pq.ParquetWriter | None = pq.ParquetWriter(
            tmp, schema.arrow_schema, filesystem=fs, compression="zstd",
            use_dictionary=schema.label_columns or False,
        )

    def write(self, rows: pa.Table | pa.RecordBatch) -> None:
        if rows.num_rows == 0:
            return
        if isinstance(rows, pa.RecordBatch):
            rows = pa.Table.from_batches([rows])
        if not rows.schema.equals(self.schema.arrow_schema):
            rows = rows.cast(self.schema.arrow_schema)  # e.g. nullability lost on a round trip
        self._buffer.append(rows)
        self._buffered_rows += rows.num_rows
        self._buffered_bytes += rows.nbytes
        self.rows += rows.num_rows
        if self._buffered_rows >= self.ROW_GROUP_ROWS or self._buffered_bytes >= self.ROW_GROUP_BYTES:
            self._flush()

    def _flush(self) -> None:
        if self._buffer:
            # One row group per flush (row_group_size: never split it further).
            group = pa.concat_tables(self._buffer)
            self._writer.write_table(group, row_group_size=max(group.num_rows, 1))
        self._buffer, self._buffered_rows, self._buffered_bytes = [], 0, 0

    def commit(self) -> int:
        """Finish the file and move it over the partition; the rows written."""
        try:
            self._flush()
            self._writer.close()
            self._writer = None
            _pause_before_rename()
            # Local rename replaces the target in one step; an object store's
            # PUT is atomic per object, so the copy it does here is too.
            self.fs.move(self.tmp, self.target)
        except BaseException:
            self.abort()
            raise
        return self.rows

    def abort(self) -> None:
        """Drop the new version; the partition keeps the one it had."""
        self._buffer = []
        if self._writer is not None:
            try:
                self._writer.close()
            except Exception:  # a half-written file: closing it may fail too
                pass
            self._writer = None
        if self.fs.get_file_info(self.tmp).type != pafs.FileType.NotFound:
            self.fs.delete_file(self.tmp)


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
