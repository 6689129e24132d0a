"""The fact layer on the five seed pages, scored with the shared instrument.

Facts are written as JSONL with the columns of the `facts` table
(interface.md) and scored by ../shared/tools/score.py in a subprocess.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from extractors import analyze_document
from extractors.decode import decode_bytes
from conftest import GOLD, TOOLS, needs_shared, seed_paths

FACT_COLUMNS = [
    "doc", "metric", "value", "value_high", "qualifier", "unit", "surface", "object", "subject",
    "province", "city", "district", "period", "planned", "sentence", "char_start", "char_end",
]

pytestmark = needs_shared


@pytest.fixture(scope="module")
def score_output(tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("facts") / "facts.jsonl"
    rows = []
    for path in seed_paths():
        text = decode_bytes(path.read_bytes()).text
        for fact in analyze_document(text, path.name).facts:
            row = asdict(fact) if hasattr(fact, "__dataclass_fields__") else {}
            row["doc"] = path.name
            rows.append({c: row.get(c) for c in FACT_COLUMNS})
    out.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(TOOLS / "score.py"), str(GOLD), str(out)],
        capture_output=True, text=True, check=True,
    )
    print(done.stdout)
    return done.stdout


def _figure(output: str, pattern: str) -> float:
    m = re.search(pattern, output)
    assert m, f"{pattern!r} not in score output:\n{output}"
    return float(m.group(1))


def test_fact_f1(score_output):
    assert _figure(score_output, r"facts P=\S+ R=\S+ F1=([\d.]+)") >= 0.90


@pytest.mark.parametrize("attribute,minimum", [
    ("unit", 0.97), ("qualifier", 0.97), ("subject", 0.85), ("province", 0.90),
], ids=["unit", "qualifier", "subject", "province"])
def test_attribute_agreement(score_output, attribute, minimum):
    assert _figure(score_output, rf"attribute {attribute}: \d+/\d+ = ([\d.]+)") >= minimum


def test_char_offsets_point_at_the_surface():
    # text[char_start:char_end] is the surface up to whitespace (interface.md)
    for path in seed_paths():
        text = decode_bytes(path.read_bytes()).text
        for fact in analyze_document(text, path.name).facts:
            span = re.sub(r"\s+", "", text[fact.char_start:fact.char_end])
            assert span == re.sub(r"\s+", "", fact.surface), (path.name, fact.surface, span)
