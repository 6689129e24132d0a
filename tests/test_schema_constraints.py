"""The warehouse's row constraints (pipelines/schema.py) find the rows that
break them and show a few, and pass clean rows with no examples."""
from __future__ import annotations

import pandas as pd
import pytest

from pipelines.schema import CheckInputs, evaluate, non_negative, not_null, ordered


def _inputs(rows: dict) -> CheckInputs:
    return CheckInputs(pd.DataFrame(rows), document_chars=lambda: pd.Series(dtype="int64"))


CASES = [
    pytest.param(non_negative("value"), {"value": [3.0, 1200.0], "doc": ["a", "b"]}, 0, id="non-negative-clean"),
    pytest.param(non_negative("value"), {"value": [3.0, -2.0], "doc": ["a", "b"]}, 1, id="non-negative-broken"),
    pytest.param(ordered("value", "value_high"), {"value": [2.0, 5.0], "value_high": [3.0, None], "doc": ["a", "b"]},
                 0, id="range-clean-or-open"),
    pytest.param(ordered("value", "value_high"), {"value": [4.0, 5.0], "value_high": [3.0, 1.0], "doc": ["a", "b"]},
                 2, id="range-reversed"),
    pytest.param(not_null("doc"), {"doc": ["a", None, None]}, 2, id="not-null-broken"),
]


@pytest.mark.parametrize("constraint, rows, broken", CASES)
def test_constraint_counts_broken_rows(constraint, rows, broken):
    found = evaluate(constraint, _inputs(rows), ["doc"])
    assert found.count == broken
    # a few rows are shown for a broken rule (their doc column), none for a clean one
    assert len(found.examples) == min(broken, 5)
    assert all(set(e) == {"doc"} for e in found.examples)
