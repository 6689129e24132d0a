"""Dagster definitions, found by ``dg.load_from_defs_folder`` (see pipelines/definitions.py)."""
