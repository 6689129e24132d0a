"""Aggregating the warehouse without reading it whole: DuckDB over its Parquet files.

``register_warehouse_table`` makes a table queryable by DuckDB: a local
warehouse through DuckDB's own Parquet reader, an object store through a
pyarrow dataset; either way only the published ``part-0.parquet`` files
(never the ``_tmp-…`` of a write under way), only the columns a query names,
a row group at a time. ``with_duckdb`` runs the queries on one thread (sums
in one order: the same figures every run) under a memory limit past which
DuckDB's aggregates and joins spill to a temporary folder. The end-of-run
steps (``metric_summary``, the report, the duplicate-key check) hold only
their results.
"""
from __future__ import annotations

import shutil
import tempfile
from contextlib import contextmanager
from typing import Callable, Iterator, TypeVar

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.fs as pafs

from pipelines.schema import PARTITION_COLUMN, TABLES
from pipelines.warehouse import PART_FILE

# DuckDB's working memory, by default. Past it, its GROUP BY and joins spill
# to disk; what cannot spill (a join's partition being finished, DISTINCT
# state) grows slowly with the table: at 100 MB the report needs 32-48 MB.
# DuckDB fills what it is allowed, so a step that needs less asks for less.
# A query that still runs out is retried under a limit four times larger, up
# to MAX_MEMORY_LIMIT_MB: a large corpus costs memory, never the run.
DEFAULT_MEMORY_LIMIT_MB = 64
MAX_MEMORY_LIMIT_MB = 4096

T = TypeVar("T")


def with_duckdb(work: Callable[[duckdb.DuckDBPyConnection], T], memory_limit_mb: int = DEFAULT_MEMORY_LIMIT_MB) -> T:
    """``work(con)`` on a fresh ``duckdb_session``, again under a four times
    larger memory limit each time DuckDB runs out of memory."""
    limit = memory_limit_mb
    while True:
        try:
            with duckdb_session(limit) as con:
                return work(con)
        except duckdb.OutOfMemoryException:
            if limit >= MAX_MEMORY_LIMIT_MB:
                raise
            limit = min(limit * 4, MAX_MEMORY_LIMIT_MB)


@contextmanager
def duckdb_session(memory_limit_mb: int = DEFAULT_MEMORY_LIMIT_MB) -> Iterator[duckdb.DuckDBPyConnection]:
    """An in-memory DuckDB on one thread (deterministic sums, little memory)
    that spills to a temporary folder of its own, removed afterwards."""
    spill = tempfile.mkdtemp(prefix="union-metrics-duckdb-")
    con = duckdb.connect(config={"threads": 1, "memory_limit": f"{memory_limit_mb}MB", "temp_directory": spill})
    try:
        yield con
    finally:
        con.close()
        shutil.rmtree(spill, ignore_errors=True)


def register_warehouse_table(con: duckdb.DuckDBPyConnection, wh, table: str, name: str | None = None) -> None:
    """Make a table of the warehouse readable as ``name`` (default: the table's
    name) in ``con``, with the ``batch`` column for partitioned tables.

    A local warehouse is read by DuckDB's own Parquet reader (a row group at
    a time per thread, only the columns a query names); handing DuckDB a
    pyarrow dataset instead let the Arrow scanner read ahead through whole
    files, so memory grew with the table. Other filesystems (object stores)
    go through a pyarrow dataset, which reaches them all."""
    name = name or table
    files = _part_files(wh, table)
    if not files:
        con.register(name, empty_arrow(table))
    elif wh.is_local:
        partitioned = TABLES[table].partitioned
        options = f", hive_partitioning = true, hive_types = {{'{PARTITION_COLUMN}': VARCHAR}}" if partitioned else ""
        listed = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
        con.execute(f'CREATE OR REPLACE TEMP VIEW "{name}" AS SELECT * FROM read_parquet([{listed}]{options})')
    else:
        con.register(name, warehouse_dataset(wh, table))


def _part_files(wh, table: str) -> list[str]:
    """The published part files of a table (never the ``_tmp-…`` files of a
    write under way)."""
    if TABLES[table].partitioned:
        dirs = [wh.partition_dir(table, batch) for batch in wh.batches(table)]
    else:
        dirs = [wh.partition_dir(table, None)]
    paths = [f"{d}/{PART_FILE}" for d in dirs]
    return [i.path for i in wh.fs.get_file_info(paths) if i.type == pafs.FileType.File]


def warehouse_dataset(wh, table: str) -> ds.Dataset | pa.Table:
    """A table of the warehouse as a pyarrow dataset (read lazily, a file
    fragment at a time; files named ``_…`` are skipped), or an empty table."""
    schema = TABLES[table]
    root = wh.path(table)
    if wh.fs.get_file_info(root).type == pafs.FileType.NotFound:
        return empty_arrow(table)
    partitioning = (ds.partitioning(pa.schema([(PARTITION_COLUMN, pa.string())]), flavor="hive")
                    if schema.partitioned else None)
    dataset = ds.dataset(root, filesystem=wh.fs, format="parquet", partitioning=partitioning)
    return dataset if dataset.files else empty_arrow(table)


def empty_arrow(table: str) -> pa.Table:
    return plain_schema(table).empty_table()


def plain_schema(table: str) -> pa.Schema:
    fields = [pa.field(f.name, f.type.value_type if pa.types.is_dictionary(f.type) else f.type)
              for f in TABLES[table].arrow_schema]
    return pa.schema(fields)



