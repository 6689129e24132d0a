"""Ingest without anyone running a command: a sensor on the inbox, a daily schedule."""

from pathlib import Path

import dagster as dg

from pipelines.defs.assets import BATCHES, OUT_ASSETS
from pipelines.inventory import register_pending
from pipelines.resources import InboxResource, WarehouseResource

# The whole graph; a run for one batch also refreshes the unpartitioned out layer.
ingest_job = dg.define_asset_job("ingest", selection=dg.AssetSelection.all(), partitions_def=BATCHES)


@dg.sensor(job=ingest_job, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.RUNNING)
def inbox_sensor(context: dg.SensorEvaluationContext, inbox: InboxResource, warehouse: WarehouseResource):
    """New or changed pages in the inbox become one batch and one run."""
    folder = Path(inbox.path)
    if not folder.is_dir():
        return dg.SkipReason(f"inbox {folder.resolve()} does not exist")
    batch = register_pending(folder, warehouse.open())
    if batch is None:
        return dg.SkipReason("nothing new in the inbox")
    return dg.SensorResult(
        run_requests=[dg.RunRequest(partition_key=batch, run_key=batch)],
        dynamic_partitions_requests=[BATCHES.build_add_request([batch])],
    )


@dg.schedule(
    job=ingest_job, cron_schedule="0 6 * * *", execution_timezone="Asia/Shanghai",
    default_status=dg.DefaultScheduleStatus.RUNNING,
)
def daily_ingest(context: dg.ScheduleEvaluationContext, inbox: InboxResource, warehouse: WarehouseResource):
    """Every morning: whatever the sensor has not picked up (it may be off), then
    the out layer again, so the summary and report are fresh each day."""
    folder = Path(inbox.path)
    batch = register_pending(folder, warehouse.open()) if folder.is_dir() else None
    if batch is not None:
        # Schedules cannot return partition requests, so the partition is added here.
        context.instance.add_dynamic_partitions(BATCHES.name, [batch])
        return dg.RunRequest(partition_key=batch, run_key=batch)
    return dg.RunRequest(asset_selection=[a.key for a in OUT_ASSETS])
