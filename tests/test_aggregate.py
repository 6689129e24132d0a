"""DuckDB over the warehouse: what a query sees, and a query that outgrows its memory limit."""
from __future__ import annotations

import pandas as pd
import pytest

from pipelines.aggregate import register_warehouse_table, with_duckdb
from pipelines.warehouse import Warehouse

BATCHES = ["2026-03-01-080000", "2026-03-02-080000"]


def _quarantine_rows(batch: str, n: int) -> pd.DataFrame:
    return pd.DataFrame([dict(doc=f"{batch}-{i}.txt", doc_id=f"{batch}-{i}", path=f"/in/{batch}/{i}.txt",
                              stage="decode", reason="decode: empty") for i in range(n)])


@pytest.fixture
def warehouse(tmp_path) -> Warehouse:
    wh = Warehouse(str(tmp_path / "w"))
    for n, batch in enumerate(BATCHES, start=2):
        wh.write_partition("quarantine", batch, _quarantine_rows(batch, n))
    # a write under way (or left by a killed run): never read
    stray = tmp_path / "w" / "quarantine" / f"batch={BATCHES[0]}" / "_tmp-0123"
    stray.write_bytes((tmp_path / "w" / "quarantine" / f"batch={BATCHES[0]}" / "part-0.parquet").read_bytes())
    return wh


def _query(wh: Warehouse, table: str, sql: str):
    def work(con):
        register_warehouse_table(con, wh, table)
        return con.execute(sql).fetchall()

    return with_duckdb(work)


WHAT_A_QUERY_SEES = [
    ("published_rows_only", "quarantine", "SELECT count(*) FROM quarantine", [(5,)]),
    ("batch_column_from_the_path", "quarantine",
     "SELECT batch, count(*) FROM quarantine GROUP BY batch ORDER BY batch", [(BATCHES[0], 2), (BATCHES[1], 3)]),
    ("absent_table_is_empty", "facts", "SELECT count(*) FROM facts", [(0,)]),
]


@pytest.mark.parametrize("table,sql,expected", [c[1:] for c in WHAT_A_QUERY_SEES],
                         ids=[c[0] for c in WHAT_A_QUERY_SEES])
def test_what_a_query_sees(warehouse, table, sql, expected):
    assert _query(warehouse, table, sql) == expected


def test_a_query_out_of_memory_runs_again_under_a_larger_limit():
    limits = []

    def work(con):
        limits.append(con.execute("SELECT current_setting('memory_limit')").fetchone()[0])
        return con.execute("SELECT count(DISTINCT i::VARCHAR) FROM range(1000000) t(i)").fetchone()[0]

    assert with_duckdb(work, memory_limit_mb=1) == 1_000_000
    assert len(limits) > 1
