"""Text units of the fact layer: spans, sentences and paragraphs, the
clauses of a sentence, and the cells and columns of a flattened table.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

import regex

from extractors.patterns import compile_fast
from extractors.records import Quantity


# Bounded cost (issue 6): a sentence is read in pieces of at most this many
# characters, and a figure's evidence comes from trigger words at most
# WINDOW_CHARS before or after it, so each figure costs the same whatever the
# length of its sentence.
MAX_SENTENCE_CHARS = 400
WINDOW_CHARS = 60


# ---------------------------------------------------------------- text units

# Spans and trigger words are made by the ten thousand per MB: named tuples
# build ~4x faster than frozen dataclasses and read the same (.start, .end).
class Span(NamedTuple):
    start: int
    end: int


_SENTENCE_END = compile_fast(r"[。！？!?]+[”’\"]?")
# a plain set: the standard re scans it ~1.5x faster than regex (ClauseBreaks
# runs it over every article with a figure)
# A colon right before a figure is no break: a label introduces its figure
# (基层工会组织：1.86万个, a data box's line), so the label is the clause's
# context as it would be written without the colon.
_CLAUSE_BREAK = re.compile(r"[，,；;]|[：:](?![ \u3000]*[0-9０-９])")
_LINE = regex.compile(r"\n+")
# A line that ends without punctuation and is short is a heading: it ends a
# sentence. A long line that stops mid-sentence is a layout break and does not.
_HEADING_MAX = 40
# Last characters of a stripped line (tested as characters: a regex `…$`
# search would scan the whole line for each)
_OPEN_LINE_END = frozenset("，,、；;")
_CLOSED_LINE_END = frozenset("。！？!?”」』）)")
_PARAGRAPH_END = frozenset("。！？!?”）)")
# a line that is only a figure (4860家, 23.6万名, 96.5%, 约1.2亿元)
_BARE_FIGURE_MAX = 12
_BARE_FIGURE = compile_fast(r"^[约近超逾]?[0-9０-９][0-9０-９.．,，]*\s*[万亿]?(?:[%％]|[^\s0-9０-９]{1,3})$")


def split_sentences(text: str) -> list[Span]:
    """Sentence spans of ``text``: cut at final punctuation and at headings,
    not at a line break in the middle of a sentence."""
    cuts: set[int] = {m.end() for m in _SENTENCE_END.finditer(text)}
    pos = 0
    labelled = False  # the line before was a box's bare figure: this line is its label
    for line in text.split("\n"):
        end = pos + len(line)
        stripped = line.strip()
        if stripped:
            if len(stripped) <= _HEADING_MAX and stripped[-1] not in _OPEN_LINE_END:
                if not labelled:
                    cuts.add(pos)
                # 96.5%⏎职工对工会服务的满意率: a box prints a figure on a line of
                # its own above its label; the two are one statement
                labelled = len(stripped) <= _BARE_FIGURE_MAX and bool(_BARE_FIGURE.match(stripped))
                if not labelled:
                    cuts.add(end)
            else:
                labelled = False
                if stripped[-1] in _CLOSED_LINE_END:
                    cuts.add(end)
        pos = end + 1
    cuts.add(0)
    cuts.add(len(text))
    ordered = sorted(cuts)  # every cut lies in 0..len(text)
    spans = []
    for a, b in zip(ordered, ordered[1:]):
        if b - a <= MAX_SENTENCE_CHARS:
            if not text[a:b].isspace():
                spans.append(Span(a, b))
            continue
        for part in _capped(text, Span(a, b)):
            if text[part.start:part.end].strip():
                spans.append(part)
    return spans


def _capped(text: str, span: Span) -> list[Span]:
    """``span`` cut into pieces of at most ``MAX_SENTENCE_CHARS``, each at
    its last clause mark when it has one: no sentence of a real page is that
    long, and one that is (a run of commas) must not make the cost of the
    sentences' reading grow with its square."""
    pieces, start = [], span.start
    while span.end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        mark = None
        for m in _CLAUSE_BREAK.finditer(text, start + MAX_SENTENCE_CHARS // 2, limit):
            mark = m
        cut = mark.end() if mark else limit
        pieces.append(Span(start, cut))
        start = cut
    pieces.append(Span(start, span.end))
    return pieces


_LINE_BREAK = regex.compile(r"\n\s*\n|\n")


def split_paragraphs(text: str) -> list[Span]:
    """Paragraph spans: a blank line after a finished sentence ends one."""
    spans, start = [], 0
    for m in _LINE_BREAK.finditer(text):
        before = text[start:m.start()].rstrip()
        if before and before[-1] in _PARAGRAPH_END or len(before) <= _HEADING_MAX:
            spans.append(Span(start, m.start()))
            start = m.end()
    spans.append(Span(start, len(text)))
    return [s for s in spans if s.end > s.start]


class ClauseBreaks:
    """Where an article's clause marks (，；：) are, found once, so that the
    clause around a figure is two binary searches."""

    def __init__(self, text: str):
        # every mark is one character: a break at p ends a clause at p and
        # starts the next at p + 1
        self.positions = [m.start() for m in _CLAUSE_BREAK.finditer(text)]

    def clause(self, sentence: Span, pos: int, end: int) -> Span:
        """The clause of ``sentence`` holding ``text[pos:end]``: from after
        the last mark before ``pos`` to the first mark at or after ``end``."""
        breaks = self.positions
        start = sentence.start
        i = bisect_left(breaks, pos) - 1
        if i >= 0 and breaks[i] >= sentence.start:
            start = breaks[i] + 1
        j = bisect_left(breaks, end)
        stop = breaks[j] if j < len(breaks) and breaks[j] < sentence.end else sentence.end
        return Span(start, stop)


class TableCell(NamedTuple):
    """A figure's cell in a flattened table: its column head and the row's
    first cell (what the row is about: a county, a unit)."""

    head: Span
    row_label: Span


# Cells of a flattened table row are parted by a full-width space, a tab or
# spaces
# (repair may have made each gap one space); a table's head is a line of such
# cells with no figure, whose first cell may close the sentence that
# introduces the table (…情况如下：县（市）).
_CELL_GAP = regex.compile(r"[ \u3000\t]+")
_HEAD_CELL_MAX = 12  # a column head is a short label
_DIGIT = regex.compile(r"[0-9０-９]")


class TableColumns:
    """The flattened tables of an article: a head line of bare labels over
    consecutive lines with as many cells holding figures (县（市）　新建工会
    组织　发展会员 / 某县　38家　1985名). A figure in a row counts what its
    column's head names, however far the head is from the row."""

    def __init__(self, text: str):
        self.rows: list[tuple[int, int, list[Span], list[Span]]] = []  # start, end, cells, heads
        self.starts: list[int] = []
        if not _CELL_GAP.search(text):
            return
        heads: list[Span] | None = None
        pos = 0
        for line in text.split("\n"):
            end = pos + len(line)
            cells = self._cells(text, pos, end)
            if len(cells) < 2:
                heads = None
            elif heads is not None and len(cells) == len(heads) and _DIGIT.search(line):
                self.rows.append((pos, end, cells, heads))
                self.starts.append(pos)
            elif not _DIGIT.search(line) and all(c.end - c.start <= _HEAD_CELL_MAX for c in cells[1:]):
                heads = cells
            else:
                heads = None
            pos = end + 1

    @staticmethod
    def _cells(text: str, start: int, end: int) -> list[Span]:
        cells, at = [], start
        for gap in _CELL_GAP.finditer(text, start, end):
            if gap.start() > at:
                cells.append(Span(at, gap.start()))
            at = gap.end()
        if end > at and text[at:end].strip():
            cells.append(Span(at, end))
        return cells

    def cell_of(self, q: Quantity) -> TableCell | None:
        """The column head and row label of the table cell holding ``q``."""
        if not self.rows:
            return None
        i = bisect_right(self.starts, q.start) - 1
        if i < 0 or q.end > self.rows[i][1]:
            return None
        _, _, cells, heads = self.rows[i]
        for k, cell in enumerate(cells):
            if cell.start <= q.start and q.end <= cell.end:
                return TableCell(heads[k], cells[0]) if k > 0 else None
        return None


_PLACE_LABEL = regex.compile(r"^\p{Han}{1,8}(?:市|县|区|旗|州|盟)$")


def _row_union(label: str) -> str | None:
    """The union of the place a table row is about (某县 -> 某县总工会), or
    None when the row's label names no place."""
    label = label.strip()
    return label + "总工会" if _PLACE_LABEL.match(label) else None


def _containing(starts: list[int], pos: int) -> int:
    """Index of the span (given by its sorted ``starts``) holding ``pos``:
    the last one starting at or before it, else the first."""
    return max(bisect_right(starts, pos) - 1, 0)
