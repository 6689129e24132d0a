"""Several batch partitions materialized with Dagster's multiprocess executor,
each step in its own process, against a persistent (temporary) DAGSTER_HOME —
the way runs execute under `dagster dev` or a run launcher."""
from __future__ import annotations

import dagster as dg
import pytest

from pipeline_pages import PAGES, write_pages
from pipelines.defs.assets import BATCHES
from pipelines.inventory import new_batch
from pipelines.resources import WAREHOUSE_ENV
from pipelines.warehouse import Warehouse

MULTIPROCESS = {"execution": {"config": {"multiprocess": {"max_concurrent": 2}}}}


@pytest.fixture
def dagster_home(tmp_path, monkeypatch):
    home = tmp_path / "dagster_home"
    home.mkdir()
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    return home


def test_several_partitions_with_the_multiprocess_executor(tmp_path, dagster_home, monkeypatch):
    warehouse = tmp_path / "warehouse"
    monkeypatch.setenv(WAREHOUSE_ENV, str(warehouse))  # the run's processes configure themselves from it
    wh = Warehouse(str(warehouse))
    files = write_pages(tmp_path / "pages")
    batches = [new_batch(wh, files[:1]), new_batch(wh, files[1:])]

    from pipelines.definitions import ingest_job

    with dg.DagsterInstance.get() as instance:
        instance.add_dynamic_partitions(BATCHES.name, batches)
        for batch in batches:
            with dg.execute_job(dg.reconstructable(ingest_job), instance, run_config=MULTIPROCESS,
                                tags={"dagster/partition": batch}) as result:
                assert result.success
                engine = [e.message for e in result.all_events if e.event_type_value == "ENGINE_EVENT"]
                assert any("multiprocess" in m for m in engine)

    assert wh.batches("facts") == sorted(batches)
    assert set(wh.read_table("documents")["doc"]) == {p.split("/")[-1] for p in PAGES}
    assert len(wh.read_table("metric_summary")) > 0
