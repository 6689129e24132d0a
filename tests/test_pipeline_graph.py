"""The whole asset graph, materialized in-process into a temporary warehouse.

Most tests here swap the extraction library for a stand-in (tests/pipeline_pages.py)
so that they test the pipeline — what is written, replaced, checked — and not
the extractors' current quality; one test runs the real library end to end.
"""
from __future__ import annotations

from pathlib import Path

import dagster as dg
import pandas as pd
import pyarrow.fs as pafs
import pyarrow.parquet as pq
import pytest

from pipeline_pages import PAGES, UNDECODABLE, figures_in, stand_in_analyzer, write_pages
from pipelines import processing
from pipelines.defs.assets import ALL_ASSETS, BATCHES
from pipelines.definitions import defs
from pipelines.inventory import new_batch, text_files
from pipelines.resources import AnalysisResource, InboxResource, WarehouseResource
from pipelines.runner import QUIET, run_folder
from pipelines.schema import PARTITION_COLUMN, TABLES
from pipelines.warehouse import Warehouse

PARTITIONED = [t for t, s in TABLES.items() if s.partitioned]


@pytest.fixture
def stand_in(monkeypatch):
    monkeypatch.setattr(processing, "analyze_document", stand_in_analyzer)


@pytest.fixture
def inbox(tmp_path) -> Path:
    folder = tmp_path / "inbox"
    write_pages(folder)
    (folder / "broken.txt").write_bytes(UNDECODABLE)
    return folder


@pytest.fixture
def wh(tmp_path) -> Warehouse:
    return Warehouse(str(tmp_path / "warehouse"))


def materialize_batch(wh: Warehouse, files: list[Path]) -> dg.ExecuteInProcessResult:
    instance = dg.DagsterInstance.ephemeral()
    batch = new_batch(wh, files)
    instance.add_dynamic_partitions(BATCHES.name, [batch])
    return dg.materialize(
        ALL_ASSETS, partition_key=batch, instance=instance, run_config=QUIET,
        resources={"warehouse": WarehouseResource(root=wh.root), "analyzer": AnalysisResource(workers=1),
                   "inbox": InboxResource()},
    )


def counts(wh: Warehouse) -> dict[str, int]:
    return {t: len(wh.read_table(t)) for t in TABLES}


# --- one run ---------------------------------------------------------------------


@pytest.fixture
def first_run(stand_in, inbox, wh):
    return materialize_batch(wh, text_files(inbox))


@pytest.mark.parametrize("table", list(TABLES), ids=list(TABLES))
def test_every_table_has_its_declared_schema(first_run, wh, table):
    listing = wh.fs.get_file_info(pafs.FileSelector(wh.path(table), recursive=True))
    files = [i.path for i in listing if i.path.endswith(".parquet")]
    assert files
    for f in files:
        assert pq.read_schema(f).equals(TABLES[table].arrow_schema, check_metadata=False)


def test_every_check_of_the_graph_ran_and_passed(first_run):
    evaluations = first_run.get_asset_check_evaluations()
    declared = {(k.asset_key.to_user_string(), k.name) for k in defs().resolve_asset_graph().asset_check_keys}
    assert {(e.asset_key.to_user_string(), e.check_name) for e in evaluations} == declared
    assert [(e.asset_key.to_user_string(), e.check_name) for e in evaluations if not e.passed] == []


def test_every_input_file_is_in_documents_or_quarantine(first_run, inbox, wh):
    documents, quarantine = wh.read_table("documents"), wh.read_table("quarantine")
    assert set(documents["path"]) == {str(p) for p in text_files(inbox)}
    assert set(quarantine["doc"]) == {"broken.txt"}
    assert quarantine["reason"].iloc[0].startswith("decode:")


def test_facts_are_the_analyzers_figures_with_spans_into_the_decoded_text(first_run, wh):
    facts = wh.read_table("facts")
    documents = wh.read_table("documents").set_index("doc_id")
    expected = sorted(v for text in PAGES.values() for _, v, _, _ in figures_in(text))
    assert sorted(facts["value"]) == expected
    for row in facts.itertuples():
        assert documents.loc[row.doc_id, "text"][row.char_start:row.char_end] == row.surface


def test_metric_summary_adds_up_the_facts(first_run, wh):
    summary, facts = wh.read_table("metric_summary"), wh.read_table("facts")
    assert summary["facts"].sum() == len(facts)
    assert summary["value_sum"].sum() == pytest.approx(facts["value"].sum())


def test_report_is_written_beside_the_tables(first_run, wh):
    page = Path(wh.path("report.html")).read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "participants" in page


def test_partition_column_is_only_in_the_directory_name(first_run, wh):
    (batch,) = wh.batches("facts")
    path = Path(wh.partition_dir("facts", batch)) / "part-0.parquet"
    assert PARTITION_COLUMN not in pq.read_schema(path).names
    assert set(pd.read_parquet(Path(wh.root) / "facts")[PARTITION_COLUMN].astype(str)) == {batch}


# --- incremental ------------------------------------------------------------------


def test_a_rerun_over_the_same_files_writes_nothing(stand_in, inbox, wh):
    run_folder(inbox, wh)
    before = counts(wh)
    outcome = run_folder(inbox, wh)
    assert (outcome.pending, outcome.batches) == ([], [])
    assert counts(wh) == before


def test_a_changed_file_replaces_its_own_rows(stand_in, inbox, wh):
    run_folder(inbox, wh)
    (inbox / "page_b.txt").write_text("# 北湾镇工会\n\n北湾镇工会今年调解劳动纠纷31起。\n", encoding="utf-8")
    outcome = run_folder(inbox, wh)
    assert [p.name for p in outcome.pending] == ["page_b.txt"]
    facts = wh.read_table("facts")
    assert sorted(facts.loc[facts["doc"] == "page_b.txt", "value"]) == [31.0]
    assert len(wh.read_table("documents")) == len(text_files(inbox))
    # the other pages' rows are untouched
    assert sorted(facts.loc[facts["doc"] == "page_a.txt", "value"]) == sorted(v for _, v, _, _ in figures_in(PAGES["page_a.txt"]))


def test_a_copy_of_a_known_file_is_a_duplicate_not_analyzed_twice(stand_in, inbox, wh):
    run_folder(inbox, wh)
    (inbox / "copy_of_a.txt").write_text(PAGES["page_a.txt"], encoding="utf-8")
    run_folder(inbox, wh)
    documents = wh.read_table("documents").set_index("doc")
    assert documents.loc["copy_of_a.txt", "status"] == "duplicate"
    assert "copy_of_a.txt" not in set(wh.read_table("facts")["doc"])


def test_an_unfinished_batch_is_finished_by_the_next_run(stand_in, inbox, wh):
    batch = new_batch(wh, text_files(inbox))  # registered, then the run "died"
    outcome = run_folder(inbox, wh)
    assert batch in outcome.batches
    assert len(wh.read_table("documents")) == len(text_files(inbox))


# --- the real extraction library -----------------------------------------------------


def test_real_extractors_end_to_end_keep_the_tables_consistent(inbox, wh):
    outcome = run_folder(inbox, wh)
    assert outcome.success
    documents, quarantine = wh.read_table("documents"), wh.read_table("quarantine")
    assert set(documents["path"]) == {str(p) for p in outcome.files}
    facts = wh.read_table("facts")
    assert facts["value"].ge(0).all()
    assert set(facts["doc_id"]) <= set(documents.loc[documents["status"] == "ok", "doc_id"])
    assert "broken.txt" in set(quarantine["doc"])


# --- automation ------------------------------------------------------------------------


def test_the_sensor_turns_new_inbox_files_into_a_batch_and_a_run(inbox, wh):
    sensor = defs().resolve_sensor_def("inbox_sensor")
    with dg.instance_for_test() as instance:
        context = dg.build_sensor_context(instance=instance, resources={
            "inbox": InboxResource(path=str(inbox)), "warehouse": WarehouseResource(root=wh.root)})
        result = sensor(context)
    (request,) = result.run_requests
    (added,) = result.dynamic_partitions_requests
    assert added.partition_keys == [request.partition_key]
    assert len(wh.read_bytes(f"_batches/{request.partition_key}.json")) > 0


def test_the_sensor_skips_when_nothing_is_new(stand_in, inbox, wh):
    run_folder(inbox, wh)
    sensor = defs().resolve_sensor_def("inbox_sensor")
    with dg.instance_for_test() as instance:
        context = dg.build_sensor_context(instance=instance, resources={
            "inbox": InboxResource(path=str(inbox)), "warehouse": WarehouseResource(root=wh.root)})
        result = sensor(context)
    assert isinstance(result, dg.SkipReason)


def test_the_daily_schedule_runs_on_shanghai_time():
    schedule = defs().resolve_schedule_def("daily_ingest")
    assert (schedule.cron_schedule, schedule.execution_timezone) == ("0 6 * * *", "Asia/Shanghai")
