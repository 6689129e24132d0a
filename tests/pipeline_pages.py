"""Small newspaper-style pages written for the pipeline tests (our own words,
regions and figures), and a stand-in analyzer that makes the pipeline's
output predictable whatever state the extraction library is in."""
from __future__ import annotations

import re
from pathlib import Path

from extractors.records import Article, DocumentAnalysis, Fact, MappedText, Mention, Quantity

PAGES = {
    "page_a.txt": (
        "# 河谷区总工会建起骑手驿站\n\n本报记者 林远\n\n"
        "今年以来，河谷区总工会在商圈和社区新建驿站12处，服务新就业形态劳动者3400名。"
        "区总工会还组织义诊活动15场，发放慰问金8万元。\n"
    ),
    "page_b.txt": (
        "# 北湾镇工会调解劳动纠纷\n\n本报讯（通讯员 程帆）\n\n"
        "截至目前，北湾镇工会调解劳动纠纷27起，帮助职工追回工资60万元，培训调解员45名。\n"
    ),
    "nested/page_c.txt": (
        "# 东岭市总工会举办技能竞赛\n\n东岭市总工会日前举办职工技能竞赛，共有860名职工参赛，"
        "其中52名选手获奖。\n"
    ),
}
UNDECODABLE = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 2  # an image named .txt

_FIGURE = re.compile(r"(\d+)(名|处|场|起|万元)")
_UNITS = {"名": "人", "处": "处", "场": "场", "起": "起", "万元": "元"}


def write_pages(folder: Path, pages: dict[str, str] = PAGES) -> list[Path]:
    paths = []
    for name, text in pages.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def figures_in(text: str) -> list[tuple[str, float, int, int]]:
    """(surface, value, start, end) of every figure the stand-in analyzer finds."""
    out = []
    for m in _FIGURE.finditer(text):
        value = float(m.group(1)) * (10_000 if m.group(2) == "万元" else 1)
        out.append((m.group(0), value, m.start(), m.end()))
    return out


def stand_in_analyzer(text: str, doc: str | None = None) -> DocumentAnalysis:
    """One article per page; every `<digits><unit>` is a mention and a fact."""
    body_start = text.find("\n\n") + 2 if "\n\n" in text else 0
    article = Article("a00", "article", text.splitlines()[0].lstrip("# ") or None, None, None, None, None,
                      MappedText.identity(text), body_start)
    mentions, facts = [], []
    for surface, value, start, end in figures_in(text):
        unit = _UNITS[_FIGURE.match(surface).group(2)]
        q = Quantity(surface, value, None, "exact", unit, start, end)
        mentions.append(Mention("a00", q, start, end))
        facts.append(Fact("a00", "money" if unit == "元" else "participants", value, None, "exact", unit,
                          surface, None, None, None, None, None, None, False, text[max(0, start - 10):end], start, end))
    return DocumentAnalysis([article], mentions, facts)
