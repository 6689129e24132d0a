"""Segmentation against the hand-made gold, measured by the shared instrument.

The `articles` table is built in memory from the text layer
(decode -> repair -> segment), written as Parquet the way the warehouse holds
it, and scored by ``../shared/tools/score_articles.py``.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from extractors.decode import decode_bytes
from extractors.repair import repair_text
from extractors.segment import segment_page
from conftest import GOLD, TOOLS, needs_shared, seed_paths

MIN_F1 = 0.95


def articles_table(paths: list[Path]) -> pd.DataFrame:
    rows = []
    for path in paths:
        page = repair_text(decode_bytes(path.read_bytes()).text)
        for a in segment_page(page):
            rows.append({
                "doc": path.name, "article_id": a.article_id, "kind": a.kind,
                "title": a.title, "subtitle": a.subtitle, "byline": a.byline, "text": a.body,
            })
    # empty strings, not nulls: a null string column reads back as NaN under pandas 3
    return pd.DataFrame(rows).fillna("")


@pytest.fixture(scope="module")
def scored(tmp_path_factory) -> str:
    warehouse = tmp_path_factory.mktemp("warehouse")
    (warehouse / "articles").mkdir()
    articles_table(seed_paths()).to_parquet(warehouse / "articles" / "part-0.parquet", index=False)
    run = subprocess.run(
        [sys.executable, str(TOOLS / "score_articles.py"), str(GOLD), str(warehouse), "--detail"],
        capture_output=True, text=True, check=True,
    )
    return run.stdout


@needs_shared
def test_articles_f1_over_the_seeds(scored):
    m = re.search(r"articles P=([\d.]+) R=([\d.]+) F1=([\d.]+)", scored)
    assert m, scored
    assert float(m.group(3)) >= MIN_F1, scored


@needs_shared
def test_article_ids_are_unique_and_in_page_order():
    for path in seed_paths():
        ids = [a.article_id for a in segment_page(repair_text(decode_bytes(path.read_bytes()).text))]
        assert ids == sorted(ids) and len(set(ids)) == len(ids), path.name
