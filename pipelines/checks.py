"""Dagster asset checks generated from ``pipelines.schema``: one spec per rule.

Every table gets ``schema`` (the written file has exactly the declared Arrow
schema) and ``unique_key`` (no key appears twice in the whole table), then
its own constraints. Checks run inside the asset's step on the partition just
written (``check_specs``), so each partition has its own results in the UI.
"""
from __future__ import annotations

from typing import Iterator

import dagster as dg
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.aggregate import register_warehouse_table, with_duckdb
from pipelines.schema import PARTITION_COLUMN, TABLES, CheckInputs, TableSchema, Violations, evaluate
from pipelines.warehouse import PART_FILE, Warehouse, plain

# Shown beside the key in a failing check's examples, where the table has them.
EXAMPLE_COLUMNS = ("doc", "surface", "value", "value_high", "metric", "status")

# Rows per record batch the rules see: each is a DataFrame of the checked
# columns (100,000 rows of `facts` were ~70 MB of Python objects).
CHECK_BATCH_ROWS = 20_000


def check_specs(table: str) -> list[dg.AssetCheckSpec]:
    schema = TABLES[table]
    specs = [
        dg.AssetCheckSpec("schema", asset=table, description="columns and Arrow types as declared in pipelines/schema.py"),
        dg.AssetCheckSpec("unique_key", asset=table, description=f"no two rows share ({', '.join(schema.key)})"),
    ]
    specs += [dg.AssetCheckSpec(c.name, asset=table, description=c.description) for c in schema.constraints]
    return specs


def check_results(wh: Warehouse, table: str, batch: str | None) -> Iterator[dg.AssetCheckResult]:
    schema = TABLES[table]
    yield _schema_result(wh, schema, batch)
    yield _result(table, "unique_key", True, _duplicate_keys(wh, schema, batch))
    # The rules see the partition a record batch at a time (bounded memory),
    # without the free-text columns no rule reads (document and article texts).
    columns = [c.name for c in schema.columns
               if c.type != pa.string() or c.name in schema.key or c.name in EXAMPLE_COLUMNS]
    found = {c.name: Violations(0) for c in schema.constraints}
    document_chars = _once(lambda: _document_chars(wh))
    for part in wh.iter_partition(table, batch, columns=columns, batch_rows=CHECK_BATCH_ROWS):
        inputs = CheckInputs(plain(part.to_pandas()), document_chars)
        for c in schema.constraints:
            more = evaluate(c, inputs, [*schema.key, *EXAMPLE_COLUMNS])
            seen = found[c.name]
            found[c.name] = Violations(seen.count + more.count, (seen.examples + more.examples)[:5])
    for c in schema.constraints:
        yield _result(table, c.name, c.blocking, found[c.name])


def _once(load):
    cache = []

    def loaded():
        if not cache:
            cache.append(load())
        return cache[0]

    return loaded


def _result(table: str, name: str, blocking: bool, found: Violations) -> dg.AssetCheckResult:
    return dg.AssetCheckResult(
        asset_key=table, check_name=name, passed=found.count == 0,
        severity=dg.AssetCheckSeverity.ERROR if blocking else dg.AssetCheckSeverity.WARN,
        metadata={"violations": found.count, "examples": dg.MetadataValue.json(found.examples)},
    )


def _schema_result(wh: Warehouse, schema: TableSchema, batch: str | None) -> dg.AssetCheckResult:
    path = f"{wh.partition_dir(schema.name, batch)}/{PART_FILE}"
    written = pq.read_schema(path, filesystem=wh.fs)
    expected = schema.arrow_schema
    differences = [
        f"{f.name}: expected {f.type}, found {written.field(f.name).type if f.name in written.names else 'missing'}"
        for f in expected if f.name not in written.names or not written.field(f.name).type.equals(f.type)
    ]
    differences += [f"{n}: not declared" for n in written.names if n not in expected.names]
    return dg.AssetCheckResult(
        asset_key=schema.name, check_name="schema", passed=not differences,
        metadata={"differences": dg.MetadataValue.json(differences), "columns": len(written.names)},
    )


def _duplicate_keys(wh: Warehouse, schema: TableSchema, batch: str | None) -> Violations:
    """Rows of this partition whose key is anywhere else in the table too:
    one DuckDB group-by over the key columns of every partition's file (a
    hash aggregate that spills past DuckDB's memory limit: the keys of the
    whole table were held in memory, ~400 MB for `mentions` at 100 MB)."""
    key = ", ".join(schema.key)
    mine = f"{PARTITION_COLUMN} = $1" if schema.partitioned else "true"

    def work(con) -> tuple[int, list]:
        register_warehouse_table(con, wh, schema.name, "keys_of_table")
        con.execute(f"CREATE TEMP TABLE duplicated AS SELECT {key}, count(*) FILTER (WHERE {mine}) AS mine "
                    f"FROM keys_of_table GROUP BY {key} HAVING count(*) > 1", [batch] if schema.partitioned else [])
        count = con.execute("SELECT coalesce(sum(mine), 0) FROM duplicated").fetchone()[0]
        return int(count), con.execute(f"SELECT {key} FROM duplicated ORDER BY {key} LIMIT 5").fetchall()

    # a plain GROUP BY, which DuckDB spills: it needs no more than this at 100 MB
    count, examples = with_duckdb(work, memory_limit_mb=16)
    return Violations(count, [{k: str(v) for k, v in zip(schema.key, row)} for row in examples])


def _document_chars(wh: Warehouse) -> pd.Series:
    docs = wh.read_table("documents", columns=["doc_id", "chars", "status"])
    docs = docs[docs["status"] == "ok"].drop(columns=[PARTITION_COLUMN, "status"], errors="ignore")
    return docs.drop_duplicates("doc_id").set_index("doc_id")["chars"]
