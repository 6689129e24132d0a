"""union-metrics pipelines: Dagster wiring, the Parquet warehouse and the CLI.

Thin on purpose: extraction lives in ``extractors`` (pure, no I/O); this
package reads files, calls it, and owns every write to the warehouse.
"""
