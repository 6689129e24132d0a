"""What the subprocess tests of whole runs share: the command, generated
corpora, and each table's key (from pipelines/schema.py, the one place the
tables are declared)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import REPO
from pipelines.schema import TABLES

UNION_METRICS = str(Path(sys.executable).parent / "union-metrics")

# The key of each table written per document: no two rows may share one.
KEYS = {name: list(TABLES[name].key) for name in ("documents", "articles", "mentions", "facts", "quarantine")}


def generate_corpus(out: Path, megabytes: float, seed: int) -> list[Path]:
    """bench/corpus.py's generated pages (bench/ is beside the package, not in it)."""
    subprocess.run([sys.executable, "-m", "bench.corpus", str(out), "--mb", str(megabytes), "--seed", str(seed)],
                   cwd=REPO, check=True, capture_output=True)
    return sorted(p.resolve() for p in out.glob("*.txt"))
