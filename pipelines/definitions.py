"""The code location: everything under pipelines/defs/ (assets, checks, sensor,
schedule, resources), as ``dagster dev`` and ``dg`` find it via pyproject.toml."""
from pathlib import Path

import dagster as dg


@dg.definitions
def defs() -> dg.Definitions:
    return dg.load_from_defs_folder(path_within_project=Path(__file__).parent)


def ingest_job() -> dg.JobDefinition:
    """The whole-graph job, for ``dg.reconstructable`` (multiprocess runs)."""
    return defs().resolve_job_def("ingest")
