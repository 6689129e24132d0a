"""The whole chain on the seed pages, scored against the hand-made gold with
the shared instrument (../shared/tools/score.py --layer mentions).

analyze_document runs decode-repair-segment-quantities on each seed's text;
its mentions are written as JSONL rows and score.py is run on them in a
subprocess, exactly as the project's figures are measured. The seeds and gold
are read from ../shared at run time and never copied into the repo.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from extractors import analyze_document
from conftest import GOLD, TOOLS, needs_shared, seed_paths

MIN_F1 = 0.97
MIN_ATTRIBUTE = 0.97
MIN_F1_PER_SEED = 0.95

pytestmark = needs_shared


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    attributes: dict[str, float]
    report: str


def mention_rows(path: Path) -> list[dict]:
    """The mentions of one seed page as rows of the `mentions` table."""
    text = path.read_text(encoding="utf-8")
    rows = []
    for m in analyze_document(text, path.name).mentions:
        q = m.quantity
        rows.append({
            "doc": path.name, "surface": q.surface, "value": q.value,
            "value_high": q.value_high, "qualifier": q.qualifier, "unit": q.unit,
            "char_start": m.char_start, "char_end": m.char_end,
        })
    return rows


def score(gold_dir: Path, rows: list[dict], out: Path) -> Score:
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(TOOLS / "score.py"), str(gold_dir), str(out), "--layer", "mentions", "--detail"],
        capture_output=True, text=True, check=True,
    )
    lines = done.stdout.strip().splitlines()
    last = re.search(r"P=([\d.]+) R=([\d.]+) F1=([\d.]+)", lines[-1])
    assert last, f"unexpected score.py output: {lines[-1]!r}"
    attributes = {
        m.group(1): float(m.group(2))
        for line in lines if (m := re.match(r"attribute (\w+): \d+/\d+ = ([\d.]+)", line))
    }
    return Score(float(last.group(1)), float(last.group(2)), float(last.group(3)), attributes, done.stdout)


@pytest.fixture(scope="module")
def all_seeds_score(tmp_path_factory) -> Score:
    rows = [row for path in seed_paths() for row in mention_rows(path)]
    return score(GOLD, rows, tmp_path_factory.mktemp("mentions") / "mentions.jsonl")


def test_mentions_f1(all_seeds_score):
    print(all_seeds_score.report)
    assert all_seeds_score.f1 >= MIN_F1, all_seeds_score.report


@pytest.mark.parametrize("attribute", ["unit", "qualifier"])
def test_attributes_of_matched_mentions(all_seeds_score, attribute):
    assert all_seeds_score.attributes[attribute] >= MIN_ATTRIBUTE, all_seeds_score.report


@pytest.mark.parametrize("path", seed_paths(), ids=lambda p: p.stem[:3])
def test_mentions_f1_per_seed(path, tmp_path):
    # score.py reads every gold file of a directory, so each seed gets a
    # directory holding its own gold only (a copy in pytest's tmp_path).
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    shutil.copy(GOLD / f"{path.stem}.mentions.jsonl", gold_dir)
    result = score(gold_dir, mention_rows(path), tmp_path / "mentions.jsonl")
    print(f"{path.name}: P={result.precision:.3f} R={result.recall:.3f} F1={result.f1:.3f}")
    assert result.f1 >= MIN_F1_PER_SEED, result.report
