"""Configurable resources: where the warehouse and the inbox are, how to analyze."""
from __future__ import annotations

import os

import dagster as dg

from pipelines.warehouse import Warehouse

# Deployment settings come from the environment so `dagster dev`, the daemon
# and a k8s run pod all see the same places without code changes.
WAREHOUSE_ENV = "UNION_METRICS_WAREHOUSE"
INBOX_ENV = "UNION_METRICS_INBOX"


class WarehouseResource(dg.ConfigurableResource):
    """The Parquet warehouse: a local folder or an object-store URI (s3://bucket/prefix)."""

    root: str = "warehouse"
    lock_timeout_s: float = 600.0

    def open(self) -> Warehouse:
        return Warehouse(self.root, self.lock_timeout_s)


class AnalysisResource(dg.ConfigurableResource):
    """How the analysis step runs: worker processes (0: one per CPU for a batch of 6 MB or
    more of text, else in-process; processing.worker_count), a progress bar."""

    workers: int = 0
    progress: bool = False


class InboxResource(dg.ConfigurableResource):
    """The folder the sensor and the daily schedule watch for new pages."""

    path: str = "inbox"


def default_resources() -> dict[str, dg.ConfigurableResource]:
    return {
        "warehouse": WarehouseResource(root=os.environ.get(WAREHOUSE_ENV, "warehouse")),
        "analyzer": AnalysisResource(),
        "inbox": InboxResource(path=os.environ.get(INBOX_ENV, "inbox")),
    }
