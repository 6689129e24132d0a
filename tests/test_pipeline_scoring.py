"""The project's scoring instruments read the warehouse that `union-metrics run`
writes over the seed pages. Thresholds belong to the layers' own tests; here:
the tools run, parse the tables and print a score."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import GOLD, SEEDS, TOOLS, needs_shared

UNION_METRICS = str(Path(sys.executable).parent / "union-metrics")
SCORE_LINE = re.compile(r"^(\w+) P=(\d\.\d+) R=(\d\.\d+) F1=(\d\.\d+)")

pytestmark = needs_shared


@pytest.fixture(scope="module")
def seed_warehouse(tmp_path_factory) -> Path:
    warehouse = tmp_path_factory.mktemp("seeds") / "warehouse"
    done = subprocess.run([UNION_METRICS, "run", "--input", str(SEEDS), "--warehouse", str(warehouse)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return warehouse


SCORERS = [
    ("facts", ["score.py"], "facts"),
    ("mentions", ["score.py", "--layer", "mentions"], "mentions"),
    ("articles", ["score_articles.py"], "articles"),
]


@pytest.mark.parametrize("tool,layer", [(s[1], s[2]) for s in SCORERS], ids=[s[0] for s in SCORERS])
def test_scoring_tool_reads_the_warehouse(seed_warehouse, tool, layer):
    script, *options = tool
    done = subprocess.run([sys.executable, str(TOOLS / script), str(GOLD), str(seed_warehouse), *options],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    last = done.stdout.strip().splitlines()[-1]
    match = SCORE_LINE.match(last)
    assert match and match.group(1) == layer, last
    assert all(0.0 <= float(x) <= 1.0 for x in match.groups()[1:])
