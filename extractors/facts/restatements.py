"""One fact per statistic: summary boxes and headlines restate figures of
the body, and a restated figure is kept once.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from extractors.records import Fact
from extractors.facts.sentences import Span
from extractors.facts.context import _compiled


# A headline rounds the body's figure (八千余万元 for 8200余万元): a headline
# figure within this share of a body figure of the same metric and unit,
# on the side its qualifier allows, restates it.
HEADLINE_ROUNDING = 0.25
# A restatement may count heads where the body counts visits (1.2万人 in a
# box, 1.2万人次 in the body): these units restate each other.
_SAME_COUNT_UNITS = {"人次": "人"}


def _rounds(head: Fact, body: Fact) -> bool:
    """``head`` (a headline figure) is a rounding of ``body``."""
    if head.value_high is not None or body.value_high is not None or head.value <= 0:
        return False
    if head.qualifier == "exact" and _significant_digits(head.value) >= _significant_digits(body.value):
        return False  # 1.1万 beside 1.2万: as precise as the body's, so another figure
    ratio = body.value / head.value
    if head.qualifier in ("more_than", "at_least"):
        return 1.0 <= ratio < 1.0 + HEADLINE_ROUNDING
    if head.qualifier == "nearly":
        return 1.0 - HEADLINE_ROUNDING < ratio <= 1.0
    return abs(ratio - 1.0) < HEADLINE_ROUNDING / 2


def _significant_digits(value: float) -> int:
    """How precisely a figure is written: 12000 and 1.2万 have 2 digits,
    12345 has 5. A rounding is written less precisely than what it rounds."""
    digits = f"{value:.6f}".rstrip("0").rstrip(".").replace(".", "").lstrip("0")
    return max(len(digits.rstrip("0")), 1)


def _restates(summary: Fact, body: Fact) -> bool:
    """``summary`` (a figure of a headline or a summary box) states ``body``
    again, in whatever form: the same value (一千二百余名 / 1200余名 / 0.12万名)
    or a rounding of it (2.5万 / 24600余), of the same kind of unit, whatever
    metric each was read as (a box line has less context than the body)."""
    if _SAME_COUNT_UNITS.get(summary.unit, summary.unit) != _SAME_COUNT_UNITS.get(body.unit, body.unit):
        return False
    if summary.value == body.value and summary.value_high == body.value_high:
        return True
    return _rounds(summary, body)


_BOX_BULLETS = frozenset("●•·■□◆◇▲△★☆○◎▪▶►-—")
_BOX_HEADER_MAX = 14  # a box's header is a short line of its own
_BOX_MAX_LINES = 24  # a box is a handful of lines: the scan after a header stops here
# an unbulleted line of a box is short and no sentence (no 。): a longer
# line or a finished sentence is the body again
_BOX_ITEM_MAX = 40
_SENTENCE_FINAL = frozenset("。！？!?")
_BOX_HEADER_BRACKETS = "【】[]〖〗（）()「」《》:：|｜ 　"


def summary_spans(text: str, body_start: int) -> list[Span]:
    """Where an article restates figures rather than states them: its head
    (headline, deck, 阅读提示 before the body) and its summary boxes (数说,
    一组数据, 阅读提示, 数据…, fact_context.toml [restatement]) anywhere in it.
    A box is its header line and the bulleted or short lines after it, or the
    one paragraph after it when it opens with a long line."""
    spans = [Span(0, body_start)] if body_start > 0 else []
    header = _compiled()["box_header"]
    pos, n = 0, len(text)
    while pos < n:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        line = text[pos:end].strip(_BOX_HEADER_BRACKETS + "\t\r")
        if line and len(line) <= _BOX_HEADER_MAX and header.fullmatch(line):
            box_end, nxt, lines, bulleted = end, end + 1, 0, False
            while nxt < n and lines < _BOX_MAX_LINES:
                stop = text.find("\n", nxt)
                stop = n if stop < 0 else stop
                item = text[nxt:stop].strip()
                lines += 1
                if item and (item[0] in _BOX_BULLETS
                             or len(item) <= _BOX_ITEM_MAX and item[-1] not in _SENTENCE_FINAL):
                    box_end, bulleted = stop, True  # an item: ●3200个驿站, 1.2万人次 受益职工
                elif item:
                    if not bulleted:
                        box_end = stop  # a summary paragraph (阅读提示)
                    break
                nxt = stop + 1
            spans.append(Span(pos, box_end))
            end = box_end
        pos = end + 1
    return spans


class SpanSet:
    """Sorted, merged spans, asked by binary search (an article may hold many
    boxes: a scan of them per figure would grow with their product)."""

    def __init__(self, spans: list[Span]):
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


class StatedFigures:
    """The figures an article or a page states in its body, by kind of unit,
    to ask whether a summary's figure restates one of them (same value, or a
    rounding: ``_rounds``) by binary search instead of a scan of them all."""

    # body figures looked at per summary figure: a page of thousands of equal
    # figures must not make each summary figure cost them all
    MAX_CANDIDATES = 64

    def __init__(self, facts: list[Fact]):
        self.by_unit: dict[str, list[tuple[float, Fact]]] = {}
        for f in facts:
            self.by_unit.setdefault(_SAME_COUNT_UNITS.get(f.unit, f.unit), []).append((f.value, f))
        for values in self.by_unit.values():
            values.sort(key=lambda vf: vf[0])
        self.keys = {u: [v for v, _ in vs] for u, vs in self.by_unit.items()}

    def restated_by(self, summary: Fact, other_article_only: bool = False) -> bool:
        unit = _SAME_COUNT_UNITS.get(summary.unit, summary.unit)
        values = self.keys.get(unit)
        if not values:
            return False
        # a rounding lies within HEADLINE_ROUNDING of the summary's value
        low = summary.value * (1.0 - HEADLINE_ROUNDING)
        high = summary.value * (1.0 + HEADLINE_ROUNDING)
        entries = self.by_unit[unit]
        first = bisect_left(values, min(low, high))
        last = min(bisect_right(values, max(low, high)), first + self.MAX_CANDIDATES)
        for i in range(first, last):
            body = entries[i][1]
            if other_article_only and body.article_id == summary.article_id:
                continue
            if _restates(summary, body):
                return True
        return False


def collapse_restatements(facts: list[Fact], summary_ids: set[int]) -> list[Fact]:
    """One fact per statistic: a figure restated in headline, lead, summary
    box and body (same metric, value and unit, whatever the qualifier) is one
    row, with the body statement's fields; a headline's or a box's figure that
    restates a body figure in another form (a rounding, another unit of the
    same count, another metric read from less context) is the same statistic.
    ``summary_ids``: the ids of the facts stated in the article's head or
    boxes (``summary_spans``)."""

    def in_summary(f: Fact) -> bool:
        return id(f) in summary_ids

    kept: dict[tuple, Fact] = {}
    for f in facts:
        key = (f.metric, f.value, f.value_high, f.unit)
        if key not in kept:
            kept[key] = f
            continue
        if not in_summary(f) and in_summary(kept[key]):
            kept[key] = f
    stated = StatedFigures([f for f in kept.values() if not in_summary(f)])
    for key, f in list(kept.items()):
        if in_summary(f) and stated.restated_by(f):
            del kept[key]
    order = {id(f): i for i, f in enumerate(facts)}
    return sorted(kept.values(), key=lambda f: order[id(f)])
