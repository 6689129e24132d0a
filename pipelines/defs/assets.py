"""The asset graph, in layers: raw (documents) → core (articles → mentions →
facts, quarantine) → out (metric_summary, report.html).

Partitioned by batch (a dynamic partition per ingest), not by document: a
batch is what one sensor tick or one CLI run found new, so partition counts
stay small (Dagster advises ≤ 100,000 per asset) and the work inside a batch
is spread over worker processes by the analysis step.

Each document is analyzed once per batch: one multi-asset step computes
articles, mentions and facts from the same ``analyze_document`` result and
writes the three tables, whose internal dependencies still show the layers.
"""

from collections import Counter
from typing import Iterable, Iterator

import dagster as dg
import pandas as pd

from pipelines import processing
from pipelines.checks import check_results, check_specs
from pipelines.inventory import batch_files, mark_complete
from pipelines.resources import AnalysisResource, WarehouseResource
from pipelines.report import build_report, summarize_warehouse
from pipelines.schema import TABLES
from pipelines.warehouse import rows_to_arrow, to_arrow

# Files read and decoded per write of the `documents` partition (bounded memory).
DOCUMENTS_PER_WRITE = 256

BATCHES = dg.DynamicPartitionsDefinition(name="batches")
CORE_TABLES = ("articles", "mentions", "facts", "quarantine")


def _spec(table: str, deps: list[str]) -> dg.AssetSpec:
    return dg.AssetSpec(table, deps=deps, description=TABLES[table].description, kinds={"parquet"})


@dg.asset(
    partitions_def=BATCHES, group_name="raw", kinds={"parquet"},
    description=TABLES["documents"].description, check_specs=check_specs("documents"),
)
def documents(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Read and decode the batch's files; a changed file's older version leaves the table."""
    wh, batch = warehouse.open(), context.partition_key
    with wh.lock():
        known = wh.read_table("documents", columns=["path", "doc_id", "status"], except_batch=batch)
        # A file at a time into bounded row groups: the batch's text is never all in memory.
        statuses: Counter[str] = Counter()
        paths: set[str] = set()
        with wh.partition_writer("documents", batch) as writer:
            for rows in _groups(processing.document_rows(batch_files(wh, batch), known), DOCUMENTS_PER_WRITE):
                writer.write(rows_to_arrow(TABLES["documents"], rows))
                statuses.update(r["status"] for r in rows)
                paths.update(r["path"] for r in rows)
        written = writer.rows
        replaced = wh.drop_rows_elsewhere("documents", batch, lambda r: ~r["path"].isin(paths), ["path"])
    yield dg.MaterializeResult(metadata={
        "rows": written, "replaced_versions": replaced,
        **{f"status_{k}": int(v) for k, v in statuses.most_common()},
    })
    yield from check_results(wh, "documents", batch)


@dg.multi_asset(
    partitions_def=BATCHES, group_name="core",
    specs=[
        _spec("articles", ["documents"]),
        _spec("mentions", ["articles"]),
        _spec("facts", ["mentions"]),
        _spec("quarantine", ["documents"]),
    ],
    check_specs=[spec for table in CORE_TABLES for spec in check_specs(table)],
)
def analysis(context: dg.AssetExecutionContext, warehouse: WarehouseResource, analyzer: AnalysisResource):
    """Analyze each document of the batch once; write articles, mentions, facts, quarantine."""
    wh, batch = warehouse.open(), context.partition_key
    # Rows are written as chunks of documents come back from the workers, to
    # files readers skip; the lock is taken only to put them in place.
    writers = {table: wh.open_partition_writer(table, batch) for table in CORE_TABLES}
    try:
        docs = wh.read_partition("documents", batch, columns=["status", "bytes"])
        ok = docs["status"] == "ok"
        jobs = _ok_documents(wh, batch)
        for chunk in processing.analyze_stream(jobs, analyzer.workers, int(ok.sum()), analyzer.progress,
                                               batch_bytes=int(docs.loc[ok, "bytes"].sum())):
            writers["articles"].write(chunk.articles)
            writers["mentions"].write(chunk.mentions)
            writers["facts"].write(chunk.facts)
            if chunk.failures:
                writers["quarantine"].write(rows_to_arrow(TABLES["quarantine"], chunk.failures))
        not_read = wh.read_partition("documents", batch, columns=["doc", "doc_id", "path", "status", "reason"])
        writers["quarantine"].write(to_arrow(TABLES["quarantine"], processing.quarantine_rows(not_read)))
        written, dropped = {}, {}
        with wh.lock():
            # Rows of a document version no longer in `documents` (its file changed) go.
            live = wh.read_table("documents", columns=["doc_id", "status"])
            live_ids = set(live.loc[live["status"] != "duplicate", "doc_id"])
            for table, writer in writers.items():
                written[table] = writer.commit()
                dropped[table] = wh.drop_rows_elsewhere(table, batch, lambda r: r["doc_id"].isin(live_ids), ["doc_id"])
            mark_complete(wh, batch)
    except BaseException:
        for writer in writers.values():
            writer.abort()
        raise
    for table in CORE_TABLES:
        yield dg.MaterializeResult(asset_key=table, metadata={
            "rows": written[table], "rows_of_replaced_versions_dropped": dropped[table],
        })
    for table in CORE_TABLES:
        yield from check_results(wh, table, batch)


@dg.asset(
    deps=["facts"], group_name="out", kinds={"parquet"},
    description=TABLES["metric_summary"].description, check_specs=check_specs("metric_summary"),
)
def metric_summary(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Recomputed from the whole `facts` table: cheap, and always consistent with it."""
    wh = warehouse.open()
    with wh.lock():
        summary = processing.warehouse_metric_summary(wh)
        written = wh.write_partition("metric_summary", None, summary)
    yield dg.MaterializeResult(metadata={
        "rows": written, "preview": dg.MetadataValue.md(markdown_table(summary.head(15))),
    })
    yield from check_results(wh, "metric_summary", None)


@dg.asset(
    deps=["metric_summary", "documents", "articles", "mentions", "facts", "quarantine"],
    group_name="out", kinds={"html"},
    description="report.html beside the tables: charts per metric and region, largest figures, checks.",
)
def report(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    wh = warehouse.open()
    # Aggregated over the Parquet files by DuckDB: what the page shows, never a whole table.
    data = summarize_warehouse(wh)
    page = build_report(data, latest_check_results(context.instance))
    wh.write_bytes("report.html", page.encode("utf-8"))
    return dg.MaterializeResult(metadata={
        "path": wh.path("report.html"), "bytes": len(page.encode("utf-8")),
        "preview": dg.MetadataValue.md(
            f"{data.counts['documents']} documents, {data.counts['facts']} facts. Largest figures:\n\n"
            + markdown_table(data.top_facts)
        ),
    })


def _ok_documents(wh, batch: str) -> Iterator[processing.Job]:
    """The batch's documents to analyze, read a record batch at a time."""
    for part in wh.iter_partition("documents", batch, columns=["doc", "doc_id", "path", "status", "text"], batch_rows=256):
        columns = part.to_pydict()
        for doc, doc_id, path, status, text in zip(columns["doc"], columns["doc_id"], columns["path"],
                                                   columns["status"], columns["text"]):
            if status == "ok":
                yield doc, doc_id, path, text


def _groups(items: Iterable, size: int) -> Iterator[list]:
    group = []
    for item in items:
        group.append(item)
        if len(group) >= size:
            yield group
            group = []
    if group:
        yield group


def latest_check_results(instance: dg.DagsterInstance) -> list[dict]:
    """The last result of every check, as the report lists them."""
    keys = [dg.AssetCheckKey(dg.AssetKey(t), spec.name) for t in TABLES for spec in check_specs(t)]
    records = instance.event_log_storage.get_latest_asset_check_execution_by_key(keys)
    results = []
    for key, record in records.items():
        evaluation = record.event.dagster_event.event_specific_data if record.event and record.event.dagster_event else None
        if evaluation is None or not hasattr(evaluation, "passed"):
            continue
        violations = evaluation.metadata.get("violations")
        results.append({
            "table": key.asset_key.to_user_string(), "check": key.name, "passed": evaluation.passed,
            "severity": evaluation.severity.value, "violations": violations.value if violations else "",
            "partition": record.partition,
        })
    return results


def markdown_table(frame: pd.DataFrame) -> str:
    if frame.empty:
        return "(no rows)"
    cells = frame.astype(object).where(frame.notna(), "")
    lines = ["| " + " | ".join(map(str, frame.columns)) + " |", "|" + "---|" * len(frame.columns)]
    lines += ["| " + " | ".join(map(str, row)) + " |" for row in cells.itertuples(index=False)]
    return "\n".join(lines)


PARTITIONED_ASSETS = [documents, analysis]
OUT_ASSETS = [metric_summary, report]
ALL_ASSETS = PARTITIONED_ASSETS + OUT_ASSETS
