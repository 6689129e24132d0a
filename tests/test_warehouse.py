"""The Parquet warehouse: types, layout, atomic writes, readers, the lock."""
from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from pipelines import warehouse as warehouse_module
from pipelines.schema import FACTS, PARTITION_COLUMN
from pipelines.warehouse import Warehouse, WarehouseLocked


def fact_rows(values: list[float], doc: str = "page.txt") -> pd.DataFrame:
    return pd.DataFrame([{
        "doc": doc, "doc_id": "0123456789abcdef", "article_id": "a00", "metric": "events_held",
        "value": v, "value_high": None, "qualifier": "exact", "unit": "场", "surface": f"{v:g}场",
        "object": None, "subject": "某县总工会", "province": "某省", "city": None, "district": None,
        "period": "今年以来", "planned": False, "sentence": "举办活动", "char_start": i * 10, "char_end": i * 10 + 3,
    } for i, v in enumerate(values)], columns=FACTS.column_names)


@pytest.fixture
def wh(tmp_path) -> Warehouse:
    w = Warehouse(str(tmp_path / "w"))
    w.write_partition("facts", "2026-11-20-080000", fact_rows([12, 30]))
    w.write_partition("facts", "2026-11-21-080000", fact_rows([7], doc="other.txt"))
    return w


# --- what is on disk ---------------------------------------------------------------

PHYSICAL = [
    ("repeated strings are dictionaries", "metric", pa.dictionary(pa.int32(), pa.string())),
    ("values are float64", "value", pa.float64()),
    ("offsets are int64", "char_start", pa.int64()),
    ("free text is plain string", "sentence", pa.string()),
]


@pytest.mark.parametrize("column,arrow_type", [c[1:] for c in PHYSICAL], ids=[c[0] for c in PHYSICAL])
def test_column_types_on_disk(wh, column, arrow_type):
    path = Path(wh.partition_dir("facts", "2026-11-20-080000")) / "part-0.parquet"
    assert pq.read_schema(path).field(column).type == arrow_type


def test_files_are_zstd_compressed(wh):
    meta = pq.ParquetFile(Path(wh.partition_dir("facts", "2026-11-20-080000")) / "part-0.parquet").metadata
    assert meta.row_group(0).column(0).compression == "ZSTD"


def test_partitions_are_hive_directories_without_the_partition_column(wh):
    path = Path(wh.root) / "facts" / f"{PARTITION_COLUMN}=2026-11-20-080000" / "part-0.parquet"
    assert PARTITION_COLUMN not in pq.read_schema(path).names


# --- readers --------------------------------------------------------------------------

READERS = [
    ("pandas", lambda root: len(pd.read_parquet(Path(root) / "facts"))),
    ("pyarrow dataset", lambda root: ds.dataset(Path(root) / "facts", format="parquet", partitioning="hive").count_rows()),
    ("duckdb", lambda root: duckdb.sql(f"select count(*) from read_parquet('{root}/facts/**/*.parquet')").fetchall()[0][0]),
]


@pytest.mark.parametrize("read", [r[1] for r in READERS], ids=[r[0] for r in READERS])
def test_standard_readers_read_the_table_whole(wh, read):
    assert read(wh.root) == 3


def test_duckdb_sees_the_batch_as_a_column(wh):
    rows = duckdb.sql(
        f"select batch, sum(value) from read_parquet('{wh.root}/facts/**/*.parquet') group by batch order by batch"
    ).fetchall()
    assert rows == [("2026-11-20-080000", 42.0), ("2026-11-21-080000", 7.0)]


def test_an_unpartitioned_table_reads_with_the_same_glob(tmp_path):
    w = Warehouse(str(tmp_path / "w"))
    summary = pd.DataFrame([{"metric": "events_held", "province": None, "city": None, "period": None, "unit": "场",
                             "planned": False, "facts": 2, "documents": 1, "value_sum": 42.0, "value_min": 12.0,
                             "value_max": 30.0}])
    w.write_partition("metric_summary", None, summary)
    count = duckdb.sql(f"select count(*) from read_parquet('{w.root}/metric_summary/**/*.parquet')").fetchall()[0][0]
    assert count == 1 and len(pd.read_parquet(Path(w.root) / "metric_summary")) == 1


# --- atomic writes ---------------------------------------------------------------------


def test_a_write_that_dies_leaves_the_previous_partition_whole(wh, monkeypatch):
    def dies_midway(writer, table, **kwargs):  # killed while writing a row group
        raise KeyboardInterrupt("killed")

    monkeypatch.setattr(warehouse_module.pq.ParquetWriter, "write_table", dies_midway)
    with pytest.raises(KeyboardInterrupt):
        wh.write_partition("facts", "2026-11-20-080000", fact_rows([1, 2, 3, 4]))
    assert sorted(pd.read_parquet(Path(wh.root) / "facts")["value"]) == [7, 12, 30]
    assert [p.name for p in Path(wh.partition_dir("facts", "2026-11-20-080000")).iterdir()] == ["part-0.parquet"]


def _half_written(wh: Warehouse, name: str, age_s: float) -> Path:
    """A ``_tmp-…`` file beside a published partition, last touched ``age_s`` ago."""
    path = Path(wh.partition_dir("facts", "2026-11-20-080000")) / name
    path.write_bytes(b"PAR1 half a row group")
    then = time.time() - age_s
    os.utime(path, (then, then))
    return path


def test_sweeping_removes_the_files_a_dead_run_left(wh):
    left = _half_written(wh, "_tmp-deadrun", warehouse_module.ORPHAN_AGE_S + 60)
    assert wh.sweep_orphans() == [str(left)]
    assert not left.exists()


def test_sweeping_keeps_a_write_under_way_and_the_published_files(wh):
    under_way = _half_written(wh, "_tmp-liverun", 5)
    assert wh.sweep_orphans() == []
    assert under_way.exists()
    assert sorted(pd.read_parquet(Path(wh.root) / "facts")["value"]) == [7, 12, 30]


def test_rewriting_a_partition_replaces_its_rows(wh):
    wh.write_partition("facts", "2026-11-20-080000", fact_rows([5]))
    assert sorted(wh.read_table("facts")["value"]) == [5, 7]


def test_rows_must_have_every_declared_column(wh):
    with pytest.raises(ValueError, match="lack columns"):
        wh.write_partition("facts", "x", fact_rows([1]).drop(columns=["metric"]))


# --- one writer at a time ----------------------------------------------------------------


def _hold_lock(root: str, held, release) -> None:
    with Warehouse(root).lock():
        held.set()
        release.wait(30)


def test_a_second_writer_gets_a_clear_error_while_the_first_holds_the_lock(wh):
    ctx = multiprocessing.get_context("spawn")
    held, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold_lock, args=(wh.root, held, release))
    holder.start()
    try:
        assert held.wait(30)
        with pytest.raises(WarehouseLocked, match="in use by another run"):
            with wh.lock(wait_s=0.5):
                pass
    finally:
        release.set()
        holder.join(30)
    with wh.lock(wait_s=5):  # free again once the holder is done
        pass


def test_object_store_roots_open_through_pyarrow_fs():
    fs, base = warehouse_module.open_filesystem("file:///tmp/some-warehouse")
    assert base == "/tmp/some-warehouse" and fs.type_name == "local"
