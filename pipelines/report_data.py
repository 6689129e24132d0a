"""What the report shows, aggregated where the rows are.

The report never holds a whole table: ``summarize_warehouse`` runs DuckDB
queries over the warehouse's Parquet files (read as pyarrow datasets, so any
pyarrow filesystem works, with only the columns a query names), and brings
back sums per metric × unit × place or period, the top rows per metric, and
the first rows of unmapped quantities: a few thousand rows whatever the
corpus size. DuckDB runs on one thread under a memory limit and spills to a
temporary folder beyond it (``pipelines.aggregate``), so its memory is
bounded too.

``summarize_tables`` runs the same queries over DataFrames (small tables,
tests). ``pipelines.report.build_report`` draws the page from the result.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from pipelines.aggregate import duckdb_session, plain_schema, register_warehouse_table, with_duckdb
from pipelines.schema import PARTITION_COLUMN

REPORT_TABLES = ("documents", "articles", "mentions", "facts", "quarantine")

# Qualifiers by the direction in which the true figure may lie from the value.
UPWARD = frozenset({"more_than", "at_least"})
DOWNWARD = frozenset({"nearly", "at_most"})
SPREAD = frozenset({"range", "several"})

# Figures that are shares, not counts: shown one by one, never summed.
UNSUMMABLE_UNITS = frozenset({"%"})

MAX_BARS = 25  # rows per chart; the rest is summed into one "other places" row
LARGEST_PER_METRIC = 3
PLANNED_PER_METRIC = 20
UNMAPPED_SHOWN = 60
QUARANTINE_SHOWN = 200
TOP_FACTS = 10  # the asset's metadata preview

# What an analyst reads about one fact (largest figures, planned targets, rates).
FACT_FIELDS = ("metric", "value", "value_high", "qualifier", "unit", "object", "subject", "province", "city",
               "district", "period", "sentence", "doc")


@dataclass
class ReportData:
    """Everything the page shows, already aggregated and cut to what it shows."""

    counts: dict[str, int] = field(default_factory=dict)  # rows per table
    statuses: list[tuple[str, int]] = field(default_factory=list)  # documents per status, most first
    quarantine: pd.DataFrame = field(default_factory=pd.DataFrame)  # doc, stage, reason (first QUARANTINE_SHOWN)
    # Achieved facts per metric and unit: facts, documents, low (sum), upward (facts read "more than").
    metric_totals: pd.DataFrame = field(default_factory=pd.DataFrame)
    # Achieved facts in summable units per metric, unit and place label: facts, documents, low, high, qualifiers.
    place_totals: pd.DataFrame = field(default_factory=pd.DataFrame)
    # Achieved facts in unsummable units (rates): the MAX_BARS largest per metric and unit, FACT_FIELDS.
    rates: pd.DataFrame = field(default_factory=pd.DataFrame)
    # Achieved facts per metric, unit and period (named): facts, documents, low, high, qualifiers.
    period_totals: pd.DataFrame = field(default_factory=pd.DataFrame)
    largest: pd.DataFrame = field(default_factory=pd.DataFrame)  # LARGEST_PER_METRIC per metric and unit
    planned: pd.DataFrame = field(default_factory=pd.DataFrame)  # PLANNED_PER_METRIC per metric
    planned_count: int = 0
    # Mentions per unit: mentions, unmapped (in no fact).
    mention_units: pd.DataFrame = field(default_factory=pd.DataFrame)
    unmapped_shown: pd.DataFrame = field(default_factory=pd.DataFrame)  # first UNMAPPED_SHOWN by doc, position
    texts: dict[str, str] = field(default_factory=dict)  # doc_id -> text, for the unmapped rows shown
    top_facts: pd.DataFrame = field(default_factory=pd.DataFrame)  # TOP_FACTS largest, any metric

    @property
    def unmapped_count(self) -> int:
        return int(self.mention_units["unmapped"].sum()) if len(self.mention_units) else 0


# --- sources ---------------------------------------------------------------------------


def summarize_warehouse(wh) -> ReportData:
    """The report's figures from the warehouse's files, in bounded memory."""
    def work(con: duckdb.DuckDBPyConnection) -> ReportData:
        for table in REPORT_TABLES:
            register_warehouse_table(con, wh, table)
        return summarize(con, lambda shown: _texts_from_warehouse(wh, shown))

    return with_duckdb(work)


def summarize_tables(tables: dict[str, pd.DataFrame]) -> ReportData:
    """The report's figures from DataFrames (missing tables and columns are empty)."""
    arrow = {name: _frame_to_arrow(name, tables.get(name)) for name in REPORT_TABLES}
    with duckdb_session() as con:
        for name, table in arrow.items():
            con.register(name, table)
        return summarize(con, lambda shown: _texts_from_table(arrow["documents"], shown))


def _frame_to_arrow(table: str, frame: pd.DataFrame | None) -> pa.Table:
    schema = plain_schema(table)
    if frame is None or len(frame.columns) == 0:
        return schema.empty_table()
    columns = []
    for f in schema:
        if f.name in frame:
            values = frame[f.name].astype("object").where(frame[f.name].notna(), None)
            columns.append(pa.array(values.tolist(), type=f.type))
        else:
            columns.append(pa.nulls(len(frame), f.type))
    return pa.Table.from_arrays(columns, schema=schema)


def _texts_from_table(documents: pa.Table, shown: pd.DataFrame) -> dict[str, str]:
    wanted = set(shown["doc_id"])
    return {i: t for i, t in zip(documents["doc_id"].to_pylist(), documents["text"].to_pylist())
            if i in wanted and t is not None}


def _texts_from_warehouse(wh, shown: pd.DataFrame) -> dict[str, str]:
    """The text of just the documents shown, read a record batch at a time
    from the batches that hold them (document text is most of the warehouse).
    A record batch is filtered in Arrow before any text becomes a Python
    string, record batches are small, and reading stops when every text is
    found: converting all texts, 256 at a time, to pick a few was the
    end-of-run peak of RSS at 100 MB (+50 MB; now the first row group only)."""
    wanted = pa.array(sorted(set(shown["doc_id"])), pa.string())
    batches = sorted(set(shown[PARTITION_COLUMN].dropna())) if PARTITION_COLUMN in shown else wh.batches("documents")
    texts: dict[str, str] = {}
    for batch in batches:
        for part in wh.iter_partition("documents", batch, columns=["doc_id", "text"], batch_rows=64):
            picked = part.filter(pc.is_in(part.column("doc_id"), value_set=wanted))
            texts.update((i, t) for i, t in zip(picked.column("doc_id").to_pylist(), picked.column("text").to_pylist()) if t)
            if len(texts) == len(wanted):
                return texts  # the rows shown come first by name, as the files were read: usually early
    return texts


# --- the queries -------------------------------------------------------------------------


def summarize(con: duckdb.DuckDBPyConnection, texts_of: Callable[[pd.DataFrame], dict[str, str]]) -> ReportData:
    """Run the report's queries on a connection where the tables of
    ``REPORT_TABLES`` are registered; ``texts_of`` gives the texts of the
    documents of the unmapped rows shown."""
    from pipelines.report import place_label  # one definition of a place's label, used by the page too

    def frame(sql: str, params: list | None = None) -> pd.DataFrame:
        return con.execute(sql, params or []).df()

    data = ReportData()
    data.counts = {name: int(con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]) for name in REPORT_TABLES}
    data.statuses = [tuple(r) for r in con.execute(
        "SELECT status, count(*) AS n FROM documents GROUP BY status ORDER BY n DESC, status").fetchall()]
    data.quarantine = frame(f"SELECT doc, stage, reason FROM quarantine LIMIT {QUARANTINE_SHOWN}")

    con.execute("CREATE OR REPLACE TEMP VIEW achieved AS SELECT * FROM facts WHERE NOT coalesce(planned, false)")
    # A place's label is drawn by place_label over the distinct (province, city)
    # pairs, then joined back: two pairs with one label (a municipality named
    # with or without its province) are one bar, as the reader sees them.
    pairs = frame("SELECT DISTINCT province, city FROM achieved")
    labels = [place_label(p, c) for p, c in zip(pairs["province"], pairs["city"])]
    con.register("place_labels", pa.table({
        "province": pa.array(pairs["province"].astype(object).where(pairs["province"].notna(), None), pa.string()),
        "city": pa.array(pairs["city"].astype(object).where(pairs["city"].notna(), None), pa.string()),
        "label": pa.array(labels, pa.string()),
    }))
    unsummable = sorted(UNSUMMABLE_UNITS)
    data.metric_totals = _totals(con, "SELECT * FROM achieved", ["metric", "unit"])
    data.place_totals = _totals(
        con, "SELECT f.*, p.label FROM achieved f JOIN place_labels p ON f.province IS NOT DISTINCT FROM p.province "
        f"AND f.city IS NOT DISTINCT FROM p.city WHERE NOT list_contains({_sql_list(unsummable)}, f.unit)",
        ["metric", "unit", "label"])
    data.rates = _top_per_group(con, "achieved", ["metric", "unit"], MAX_BARS, FACT_FIELDS,
                                "list_contains($1, unit)", [unsummable])
    data.period_totals = _totals(con, "SELECT * FROM achieved WHERE period IS NOT NULL", ["metric", "unit", "period"])
    data.largest = _top_per_group(con, "achieved", ["metric", "unit"], LARGEST_PER_METRIC, FACT_FIELDS)
    data.planned = _top_per_group(con, "facts", ["metric"], PLANNED_PER_METRIC, FACT_FIELDS,
                                  "coalesce(planned, false)")
    data.planned_count = int(con.execute("SELECT count(*) FROM facts WHERE coalesce(planned, false)").fetchone()[0])
    data.top_facts = frame(f"SELECT metric, value, unit, surface, doc FROM facts "
                           f"ORDER BY value DESC, doc, char_start LIMIT {TOP_FACTS}")

    # A mention is mapped when a fact has its span (a figure can count for
    # several metrics: the spans are taken once).
    con.execute("CREATE OR REPLACE TEMP VIEW used AS SELECT DISTINCT doc_id, char_start, char_end FROM facts")
    data.mention_units = frame(
        "SELECT m.unit, count(*) AS mentions, count(*) FILTER (WHERE u.doc_id IS NULL) AS unmapped "
        "FROM mentions m LEFT JOIN used u ON m.doc_id = u.doc_id AND m.char_start = u.char_start "
        "AND m.char_end = u.char_end GROUP BY m.unit ORDER BY unmapped DESC, m.unit")
    data.unmapped_shown = frame(
        "SELECT m.* FROM mentions m ANTI JOIN used u ON m.doc_id = u.doc_id AND m.char_start = u.char_start "
        f"AND m.char_end = u.char_end ORDER BY m.doc, m.char_start, m.doc_id, m.char_end LIMIT {UNMAPPED_SHOWN}")
    data.texts = texts_of(data.unmapped_shown) if len(data.unmapped_shown) else {}
    return data


def _totals(con: duckdb.DuckDBPyConnection, source: str, keys: list[str]) -> pd.DataFrame:
    """Per group of ``keys`` of the rows of ``source`` (a query): facts, documents, low (sum of values), high (sum of upper
    ends), upward (facts read "more than") and the sorted distinct qualifiers.

    Documents are counted as the rows of a GROUP BY keys and doc, which
    DuckDB spills past its memory limit; ``count(DISTINCT doc)`` needed twice
    the memory at 100 MB and grows with the table."""
    k = ", ".join(keys)
    upward = sorted(UPWARD)
    totals = con.execute(
        f"SELECT {k}, sum(n)::BIGINT AS facts, count(*) AS documents, fsum(low) AS low, fsum(high) AS high, "
        f"sum(up)::BIGINT AS upward FROM (SELECT {k}, doc, count(*) AS n, fsum(value) AS low, "
        "fsum(coalesce(value_high, value)) AS high, count(*) FILTER (WHERE list_contains($1, qualifier)) AS up "
        f"FROM ({source}) GROUP BY {k}, doc) GROUP BY {k} ORDER BY {k}", [upward]).df()
    # a handful of qualifiers per group: a DISTINCT aggregate is small here
    qualifiers = con.execute(
        f"SELECT {k}, list(DISTINCT coalesce(qualifier, 'exact') ORDER BY coalesce(qualifier, 'exact')) "
        f"AS qualifiers FROM ({source}) GROUP BY {k}").df()
    return totals.merge(qualifiers, on=keys, how="left")


def _sql_list(values: list[str]) -> str:
    """Our own constants (units) as a SQL list literal."""
    return "[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


def _top_per_group(con: duckdb.DuckDBPyConnection, source: str, keys: list[str], n: int, fields: tuple[str, ...],
                   where: str = "true", params: list | None = None) -> pd.DataFrame:
    """The ``n`` rows with the largest value in each group of ``keys``, one row
    each, ordered by the keys then value (largest first). ``max_by(…, n)``
    keeps only n candidates per group while it streams, never the group."""
    columns = ", ".join(fields)
    order = "struct_pack(value, doc, char_start)"  # ties: the same rows every time
    grouped = con.execute(
        f"SELECT {', '.join(keys)}, max_by(struct_pack({columns}), {order}, {n}) AS top "
        f"FROM {source} WHERE {where} GROUP BY {', '.join(keys)} ORDER BY {', '.join(keys)}",
        params or []).fetchall()
    rows = [row for *_, top in grouped for row in top]
    return pd.DataFrame(rows, columns=list(fields))
