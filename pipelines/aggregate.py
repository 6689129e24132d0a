"""Aggregating the warehouse without reading it whole: DuckDB over pyarrow datasets.

A table is handed to DuckDB as a pyarrow dataset of its Parquet files (any
pyarrow filesystem, the files a run is still writing, ``_tmp-…``, skipped);
DuckDB reads only the columns a query names, a record batch at a time, on
one thread (sums in one order: the same figures every run) and under a
memory limit past which its aggregates and joins spill to a temporary folder.
The end-of-run steps (``metric_summary``, the report) hold only their results.
"""
from __future__ import annotations

import shutil
import tempfile
from contextlib import contextmanager
from typing import Iterator

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.fs as pafs

from pipelines.schema import PARTITION_COLUMN, TABLES

# DuckDB's working memory; past it, aggregates and joins spill to disk.
DUCKDB_MEMORY_LIMIT = "192MB"


@contextmanager
def duckdb_session() -> Iterator[duckdb.DuckDBPyConnection]:
    """An in-memory DuckDB on one thread (deterministic sums, little memory)
    that spills to a temporary folder of its own, removed afterwards."""
    spill = tempfile.mkdtemp(prefix="union-metrics-duckdb-")
    con = duckdb.connect(config={"threads": 1, "memory_limit": DUCKDB_MEMORY_LIMIT, "temp_directory": spill})
    try:
        yield con
    finally:
        con.close()
        shutil.rmtree(spill, ignore_errors=True)


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


