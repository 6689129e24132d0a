"""One in-process run of the whole asset graph over a folder: what ``union-metrics
run``, the benchmark and the tests call."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pipelines.inventory import file_size, new_batch, outputs_out_of_date, scan, unfinished_batches
from pipelines.warehouse import Warehouse

if TYPE_CHECKING:
    import dagster as dg

# Dagster's own event log on the console would bury the one-line summary.
QUIET = {"loggers": {"console": {"config": {"log_level": "ERROR"}}}}


@dataclass(frozen=True)
class RunOutcome:
    files: list[Path]  # every text file in the folder
    pending: list[Path]  # the new or changed ones
    batches: list[str]  # batches materialized (new, and any a dead run left unfinished)
    success: bool
    swept: list[str] = field(default_factory=list)  # half-written files of dead runs, removed


def run_folder(folder: Path, wh: Warehouse, workers: int = 0, progress: bool = False,
               instance: dg.DagsterInstance | None = None) -> RunOutcome:
    """Scan ``folder``, put what is new into a batch, materialize the graph for it.
    The caller holds the warehouse's run lock."""
    swept = wh.sweep_orphans()
    found = scan(folder, wh)
    batches = unfinished_batches(wh)
    if found.pending:
        batches.append(new_batch(wh, found.pending))
    if not batches and not outputs_out_of_date(wh):
        return RunOutcome(found.files, found.pending, [], True, swept)  # up to date: nothing to write
    from pipelines.processing import warm_workers

    with warm_workers(workers, len(found.pending), batch_bytes=_size(found.pending)):
        success = _materialize(batches, wh, workers, progress, instance)
    return RunOutcome(found.files, found.pending, batches, success, swept)


def _size(files: list[Path]) -> int:
    total = 0
    for f in files:
        try:
            total += file_size(f)
        except OSError:
            pass  # the documents step reports it
    return total


def _materialize(batches: list[str], wh: Warehouse, workers: int, progress: bool,
                 instance: dg.DagsterInstance | None) -> bool:
    # Dagster is imported only when there is work: a rerun with nothing new
    # stays a scan (importing it takes longer than the scan itself).
    import dagster as dg

    from pipelines.defs.assets import ALL_ASSETS, BATCHES, OUT_ASSETS
    from pipelines.resources import AnalysisResource, InboxResource, WarehouseResource

    if instance is None:
        # Runs are recorded in $DAGSTER_HOME when it is set (the UI then shows them).
        instance = dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()
    run_resources = {
        "warehouse": WarehouseResource(root=wh.root, lock_timeout_s=wh.lock_timeout_s),
        "analyzer": AnalysisResource(workers=workers, progress=progress),
        "inbox": InboxResource(),
    }
    success = True
    for batch in batches:
        instance.add_dynamic_partitions(BATCHES.name, [batch])
        result = dg.materialize(ALL_ASSETS, partition_key=batch, instance=instance,
                                resources=run_resources, run_config=QUIET, raise_on_error=False)
        success &= result.success
    if not batches:
        result = dg.materialize(ALL_ASSETS, selection=OUT_ASSETS, instance=instance,
                                resources=run_resources, run_config=QUIET, raise_on_error=False)
        success &= result.success
    return success
