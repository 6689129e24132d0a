"""Segmentation must not collapse or shatter a page on a small variation of
its layout: a page read as one article (a title glued to its lead, no blank
lines between articles) loses every boundary after its first.

Two kinds of checks:
- every dev page (held-out 01-253 and the seeds) yields a number of units in
  a sane band around its gold's count;
- two well-formed articles of our own, joined with or without blank lines,
  read as two articles (hypothesis).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from extractors.decode import decode_bytes
from extractors.repair import repair_text
from extractors.segment import segment_page
from conftest import GOLD, SEEDS, needs_shared

HELDOUT = Path(__file__).parent / "heldout"
LAST_DEV_PAGE = 285  # the last held-out page of the dev set (96, 127, 128 do not exist)
# Pages past LAST_DEV_PAGE already seen and studied, named one by one (the
# pages between them are still being written and scored blind).
LATER_DEV_PAGES: frozenset[int] = frozenset()
# Pages written after the dev set was fixed, kept blind (not yet studied): every
# page past LAST_DEV_PAGE (254 on) is left out; list here any page inside it
# that is still to be studied.
BLIND_PAGES: frozenset[int] = frozenset()


# Dev pages read outside the band today (page number -> why): strict xfails.
OUTSIDE_THE_BAND = {
    172: "a feature page (tegao) whose place-titled items under 【相关链接】/【职工心声】 the gold counts "
         "as units of their own; they stay inside the box: 4 units for 7",
    211: "a WeChat quarterly report split by an inserted 【身边故事】 (its gold marks the report's second "
         "part as continuing it); the story takes the report's rest, its ▲ caption and 往期推荐 "
         "list: 2 units for 4",
    217: "a WeChat page (01-06 sections, a second post, a sign-up notice with numbered rules, a photo "
         "story with three 摄 captions) read as half the units its gold counts, cause not yet studied: 4 units for 8",
}


def _dev_pages() -> list:
    pages = []
    for p in sorted((HELDOUT / "pages").glob("heldout_*.txt")):
        number = int(p.name.split("_")[1])
        if number > LAST_DEV_PAGE and number not in LATER_DEV_PAGES or number in BLIND_PAGES:
            continue
        marks = [pytest.mark.xfail(strict=True, reason=OUTSIDE_THE_BAND[number])] if number in OUTSIDE_THE_BAND else []
        pages.append(pytest.param(p, HELDOUT / "gold" / f"{p.stem}.articles.jsonl", marks=marks))
    if SEEDS.is_dir():
        pages += [(p, GOLD / f"{p.stem}.articles.jsonl") for p in sorted(SEEDS.glob("*.txt"))]
    return pages


def _units_found(page: Path) -> int:
    return len(segment_page(repair_text(decode_bytes(page.read_bytes()).text)))


def _band(gold: int) -> tuple[int, int]:
    """Fewest and most units a sane reading of a page with ``gold`` units finds."""
    return max(1, -(-gold * 6 // 10)), gold * 16 // 10 + 1


@needs_shared
@pytest.mark.parametrize("page, gold", _dev_pages(), ids=lambda v: v.stem.split(".")[0] if isinstance(v, Path) else "")
def test_units_found_within_a_band_of_the_gold(page: Path, gold: Path):
    expected = sum(1 for line in gold.read_text(encoding="utf-8").splitlines() if line.strip() and json.loads(line))
    low, high = _band(expected)
    assert low <= _units_found(page) <= high


# ---------------------------------------------------------------- property

PLACES = ["临夏", "定西", "陇南", "白银", "嘉峪关", "酒泉", "固原", "石嘴山", "吴忠", "中卫"]
ACTIONS = ["开展职工技能培训", "慰问一线环卫工人", "举办职工运动会", "建成户外劳动者驿站", "开展女职工健康体检"]
NAMES = ["王 磊", "李晓东", "赵 敏", "陈志刚", "马 兰"]

BYLINES = [
    lambda place, name: f"本报讯（记者 {name}）",
    lambda place, name: f"本报{place}5月12日电（记者 {name}）",
    lambda place, name: f"（通讯员 {name} 记者 孙 悦）",
    lambda place, name: f"本报讯（通讯员 {name}）",
]


@st.composite
def articles(draw) -> tuple[str, str]:
    """A title and a news article under it: lead byline, two or three paragraphs."""
    place = draw(st.sampled_from(PLACES))
    title = f"{place}市总工会{draw(st.sampled_from(ACTIONS))}"
    byline = draw(st.sampled_from(BYLINES))(place, draw(st.sampled_from(NAMES)))
    count = draw(st.integers(min_value=100, max_value=9000))
    paragraphs = [
        f"{byline}近日，{place}市总工会组织工会干部深入企业和社区，为{count}名职工送去服务。",
        f"活动期间，工会还走访了{draw(st.integers(2, 60))}家企业，听取职工意见建议。",
    ]
    if draw(st.booleans()):
        paragraphs.append("市总工会有关负责人表示，下一步将把服务常态化，让更多职工受益。")
    sep = draw(st.sampled_from(["\n", "\n\n"]))
    return title, title + "\n" + sep.join(paragraphs)


@settings(max_examples=60, deadline=None)
@given(first=articles(), second=articles(), joint=st.sampled_from(["\n", "\n\n", "\n\n\n"]))
def test_two_articles_joined_with_or_without_blank_lines_are_two(first, second, joint):
    (title1, text1), (title2, text2) = first, second
    assume(title1 != title2)  # a repeated title is a running header, by design
    units = segment_page(repair_text(text1 + joint + text2))
    assert [u.title for u in units] == [title1, title2]
