"""The bundled sample corpus: present, UTF-8, our own text, and its gold consistent.

The sample pages are written by us in the style of the seed pages; they must
never carry a passage of a seed (the house hook flags any 40 characters).
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, TOOLS, needs_shared, seed_paths

SAMPLE_CORPUS = REPO / "pipelines" / "sample_corpus"
SAMPLE_GOLD = REPO / "tests" / "sample_gold"
SAMPLE_PAGES = sorted(SAMPLE_CORPUS.glob("*.txt"))
PASSAGE = 40  # characters: the length of a copied passage the house hook flags
WHITESPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    return WHITESPACE.sub("", text)


def page_id(path: Path) -> str:
    return path.stem


def test_corpus_has_four_to_five_pages_named_by_convention():
    names = [p.name for p in SAMPLE_PAGES]
    assert 4 <= len(names) <= 5
    assert all(re.fullmatch(r"sample_\d{2}_[a-z_]+\.txt", n) for n in names), names


@pytest.mark.parametrize("page", SAMPLE_PAGES, ids=page_id)
def test_page_is_utf8_text_of_newspaper_size(page: Path):
    text = page.read_bytes().decode("utf-8")  # raises on anything else
    assert 500 < len(text) < 20000  # characters: a short page to a full broadsheet
    assert "\ufffd" not in text


@pytest.fixture(scope="module")
def seed_passages() -> set[str]:
    """Every 40-character window of every seed page, whitespace removed."""
    passages: set[str] = set()
    for seed in seed_paths():
        text = squash(seed.read_text(encoding="utf-8"))
        passages.update(text[i:i + PASSAGE] for i in range(len(text) - PASSAGE + 1))
    return passages


@needs_shared
@pytest.mark.parametrize("page", SAMPLE_PAGES, ids=page_id)
def test_page_holds_no_passage_of_a_seed(page: Path, seed_passages: set[str]):
    text = squash(page.read_text(encoding="utf-8"))
    copied = [text[i:i + PASSAGE] for i in range(len(text) - PASSAGE + 1)
              if text[i:i + PASSAGE] in seed_passages]
    assert not copied, copied[:3]


# What the pages must show of the newspaper's layout, so the segmenter and the
# repair step meet every artifact on our own text too.
LAYOUT_FEATURES = [
    ("markdown_heading", re.compile(r"^# \S", re.M)),
    ("markdown_subheading", re.compile(r"^## \S", re.M)),
    ("local_news_byline", re.compile(r"本报讯[（(]记者")),
    ("dateline_byline", re.compile(r"本报\S{2,3}\d{1,2}月\d{1,2}日电")),
    ("reporter_and_correspondent_byline", re.compile(r"^本报记者 \S+ 本报通讯员 \S+$", re.M)),
    ("photo_credit", re.compile(r"本报通讯员 \S+ 摄$", re.M)),
    ("table_of_contents", re.compile(r"《\S+》\d{4}年第\d+期\n[\s\S]*……")),
    ("reading_summary_box", re.compile(r"^阅读提示$", re.M)),
    ("sentence_broken_before_a_number", re.compile(r"[^\s。”]\n\n\d")),
]


@pytest.mark.parametrize("name,pattern", LAYOUT_FEATURES, ids=[n for n, _ in LAYOUT_FEATURES])
def test_corpus_shows_layout_feature(name: str, pattern: re.Pattern):
    assert any(pattern.search(p.read_text(encoding="utf-8")) for p in SAMPLE_PAGES)


def repeated_blocks(text: str) -> list[str]:
    """Paragraphs printed more than once on a page (running headers, twice-printed captions)."""
    paragraphs = [p.strip() for p in text.split("\n\n") if len(p.strip()) >= 10]
    return sorted({p for p in paragraphs if paragraphs.count(p) > 1})


def test_corpus_repeats_a_running_header_and_a_caption():
    repeated = [b for p in SAMPLE_PAGES for b in repeated_blocks(p.read_text(encoding="utf-8"))]
    assert any(b.endswith("摄") for b in repeated), "no caption printed twice"
    assert any(not b.endswith("摄") for b in repeated), "no running header repeated"


GOLD_LAYERS = ["facts", "mentions", "articles"]


@pytest.mark.parametrize("layer", GOLD_LAYERS)
@pytest.mark.parametrize("page", SAMPLE_PAGES, ids=page_id)
def test_every_page_has_gold(page: Path, layer: str):
    gold = SAMPLE_GOLD / f"{page.stem}.{layer}.jsonl"
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows and all(r["doc"] == page.name for r in rows)


@needs_shared
def test_gold_passes_the_shared_validator():
    gold = sorted(SAMPLE_GOLD.glob("*.facts.jsonl")) + sorted(SAMPLE_GOLD.glob("*.mentions.jsonl"))
    run = subprocess.run([sys.executable, str(TOOLS / "validate_gold.py"), str(SAMPLE_CORPUS), *map(str, gold)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout
