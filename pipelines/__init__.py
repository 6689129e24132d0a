"""union-metrics pipelines: Dagster wiring, the Parquet warehouse and the CLI.

Thin on purpose: extraction lives in ``extractors`` (pure, no I/O); this
package reads files, calls it, and owns every write to the warehouse.
"""

import os

import pyarrow as pa

# Arrow's default allocator in these wheels (mimalloc) keeps the pages of
# freed buffers: every record batch the checks and the report read stayed in
# the process, so a one-worker run's peak grew with the corpus (10 MB 359 MB,
# 100 MB 469 MB: 1.31x). The system allocator hands them back (321 and 373
# MB: 1.16x) at no measurable cost in speed. Set ARROW_DEFAULT_MEMORY_POOL to
# choose another. Spawned workers import this package too.
if not os.environ.get("ARROW_DEFAULT_MEMORY_POOL"):
    pa.set_memory_pool(pa.system_memory_pool())
