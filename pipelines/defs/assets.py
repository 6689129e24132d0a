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

import dagster as dg
import pandas as pd

from pipelines import processing
from pipelines.checks import check_results, check_specs
from pipelines.inventory import batch_files, mark_complete
from pipelines.resources import AnalysisResource, WarehouseResource
from pipelines.report import build_report
from pipelines.schema import TABLES

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
        rows = processing.read_documents(batch_files(wh, batch), known)
        written = wh.write_partition("documents", batch, rows)
        paths = set(rows["path"])
        replaced = wh.drop_rows_elsewhere("documents", batch, lambda r: ~r["path"].isin(paths), ["path"])
    yield dg.MaterializeResult(metadata={
        "rows": written, "replaced_versions": replaced,
        **{f"status_{k}": int(v) for k, v in rows["status"].value_counts().items()},
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
    docs = wh.read_partition("documents", batch)
    found = processing.analyze_documents(docs, analyzer.workers, analyzer.progress).frames()
    tables = {
        "articles": found["articles"], "mentions": found["mentions"], "facts": found["facts"],
        "quarantine": pd.concat([processing.quarantine_rows(docs), found["failures"]], ignore_index=True),
    }
    written, dropped = {}, {}
    with wh.lock():
        # Rows of a document version no longer in `documents` (its file changed) go.
        live = wh.read_table("documents", columns=["doc_id", "status"])
        live_ids = set(live.loc[live["status"] != "duplicate", "doc_id"])
        for table, rows in tables.items():
            written[table] = wh.write_partition(table, batch, rows)
            dropped[table] = wh.drop_rows_elsewhere(table, batch, lambda r: r["doc_id"].isin(live_ids), ["doc_id"])
        mark_complete(wh, batch)
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
        summary = processing.metric_summary(wh.read_table("facts"))
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
    tables = {name: wh.read_table(name) for name in TABLES}
    page = build_report(tables, latest_check_results(context.instance))
    wh.write_bytes("report.html", page.encode("utf-8"))
    facts = tables["facts"]
    top = facts.nlargest(10, "value")[["metric", "value", "unit", "surface", "doc"]] if len(facts) else facts
    return dg.MaterializeResult(metadata={
        "path": wh.path("report.html"), "bytes": len(page.encode("utf-8")),
        "preview": dg.MetadataValue.md(
            f"{len(tables['documents'])} documents, {len(facts)} facts. Largest figures:\n\n" + markdown_table(top)
        ),
    })


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
