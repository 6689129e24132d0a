"""Quantities -> union metric facts (facts.md, layer 2).

For each quantity of an article: is it a statistic of a union program, and of
which metric; then what it counts (object), whose it is (subject and region),
the period it covers and whether it is a plan. Every word list lives in
``data/taxonomy.toml`` (metrics and their triggers) and
``data/fact_context.toml`` (exclusions, periods, plans, bodies); this module
holds only the grammar: sentences, clauses, distances and fallbacks.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import itemgetter
from typing import Any, NamedTuple, Sequence

import regex

from extractors.patterns import AnyOf, compile_existence, compile_fast, compile_guarded, compile_words
from extractors.records import Article, Fact, Mention, Quantity
from extractors.regions import (NO_REGION, Region, district_in_places, is_municipality, is_national, resolve_first,
                                resolve_place, resolve_within, writes_its_place)
from extractors.subjects import Body, all_levels_words, NameIndex, SuffixIndex, clause_place, expand_short_form, paragraph_county, find_bodies, institution_union_named
from extractors.taxonomy import Taxonomy, TriggerWord, load_taxonomy
from extractors.vocabulary import load_table

# A metric needs this much evidence (weights of taxonomy.toml times nearness).
MIN_SCORE = 2.0
# Evidence from earlier clauses of the sentence counts for this share.
EARLIER_CLAUSE_SHARE = 0.3
# A figure stated as a part (其中…) keeps the metric of the whole unless its
# own evidence is at least this strong.
STRONG_SCORE = 4.0
# Only words of at least this weight count from earlier clauses: a hint
# (职工, 服务) there says nothing about this figure.
EARLIER_CLAUSE_MIN_WEIGHT = 2.0
# Earlier clauses together count for at most this much per metric: a long
# enumeration of venues before a figure does not make it a venue count.
EARLIER_CLAUSES_CAP = 1.5
# Bounded cost (issue 6): a sentence is read in pieces of at most this many
# characters, and a figure's evidence comes from trigger words at most
# WINDOW_CHARS before or after it, so each figure costs the same whatever the
# length of its sentence.
MAX_SENTENCE_CHARS = 400
WINDOW_CHARS = 60
# Evidence beyond a neighbouring quantity of the clause counts for this share.
ACROSS_QUANTITY_SHARE = 0.6


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
_STARTS_HAN = regex.compile(r"\p{Han}")
# a line that is only a figure (4860家, 23.6万名, 96.5%, 约1.2亿元)
_BARE_FIGURE_MAX = 12
_BARE_FIGURE = compile_fast(r"^[约近超逾]?[0-9０-９][0-9０-９.．,，]*\s*[万亿]?(?:[%％]|[^\s0-9０-９]{1,3})$")
_NOUN_HEAD_JUNK = compile_fast(r"^(?:了|共|已|累计|达|有|约|共计)+")
_NOUN_TAIL_JUNK = compile_fast(r"(?:达|为|共|有|超|近|约)$")


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


def score_column(q: Quantity, head: Span, taxonomy: Taxonomy, text: str) -> dict[str, float]:
    """Evidence for each metric from a figure's column head, read as words
    written right before it (新建工会组织 / 发展会员): per metric the best
    word of each word not inside another counts."""
    weights_of = taxonomy.before_by_unit.get(q.unit, _NO_WEIGHTS)
    evidence: dict[tuple[str, int], float] = {}
    outer_end, outer_start = -1, -1
    for word, ws, we in taxonomy.find_trigger_words(text, head.start, head.end):
        if ws >= outer_end or we > outer_end:
            outer_start, outer_end = ws, we
        for name, weight in weights_of.get(word, ()):
            key = (name, outer_start)
            evidence[key] = max(evidence.get(key, 0.0), weight)
    scores: dict[str, float] = {}
    for (name, _), v in evidence.items():
        scores[name] = scores.get(name, 0.0) + v
    return scores


def _containing(starts: list[int], pos: int) -> int:
    """Index of the span (given by its sorted ``starts``) holding ``pos``:
    the last one starting at or before it, else the first."""
    return max(bisect_right(starts, pos) - 1, 0)


# ---------------------------------------------------------------- vocabulary

@lru_cache(maxsize=1)
def _context() -> dict:
    return load_table("fact_context")


@lru_cache(maxsize=1)
def _compiled() -> dict[str, Any]:  # regex.Pattern, or AnyOf for existence-only tables
    """The context tables as patterns, in their fast forms (``patterns``):
    guarded alternations, and existence forms for the ones only asked
    whether they occur (exclusions, commentary markers)."""
    c = _context()

    def longest_first(words) -> list[str]:
        return sorted(words, key=len, reverse=True)

    def alt(words):
        return compile_guarded(longest_first(words))

    def any_of(words):  # only ever asked bool(search(...))
        return compile_existence(longest_first(words))

    return {
        "period": compile_guarded(c["period"]["patterns"], group_each=True),
        "plan": alt(c["plan"]["cues"]),
        "done": compile_words(c["plan"]["done"]),
        "exclude_clause": AnyOf(c["exclude"]["clause"]),
        "exclude_sentence": AnyOf(c["exclude"]["sentence"]),
        "rule_clause": any_of(c["exclude"]["rule_clause"]),
        "body_speech": any_of(c["exclude"]["body_speech"]),
        "threshold_after": alt(c["exclude"]["threshold_after"]),
        "difference_before": compile_fast("(?:" + "|".join(f"(?:{p})" for p in c["exclude"]["difference_before"]) + ")$"),
        "exclude_object": compile_words(c["exclude"]["objects"]),
        "grouping_then_items": regex.compile(c["exclude"]["grouping_then_items"]),
        "partner_object": compile_fast("|".join(f"(?:{p})" for p in c["exclude"]["partner_objects"])),
        "partner_cue": alt(c["grammar"]["partner_cues"]),
        "partner_exempt": compile_fast("|".join(f"(?:{p})" for p in c["grammar"]["partner_exempt_objects"])),
        "partner_verb": compile_words(c["grammar"]["partner_verbs"]),
        "part_cue": compile_words(c["grammar"]["part_cues"]),
        "contingent_link": compile_fast(c["grammar"]["contingent_link"]),
        "contingent_union_bodies": compile_fast(c["grammar"]["contingent_union_bodies"]),
        "item_head": regex.compile(c["grammar"]["item_head"]),
        "column_word": compile_words(c["commentary"]["column_words"]),
        "op_ed_marker": compile_words(c["commentary"]["byline_markers"]),
        "box_header": compile_fast("|".join(f"(?:{p})" for p in c["restatement"]["box_headers"])),
        "venue_per_place_before": regex.compile(c["grammar"]["venue_per_place_before"]),
        "venue_per_place_after": regex.compile(c["grammar"]["venue_per_place_after"]),
    }


# ---------------------------------------------------------------- classifier

def _nearness_before(distance: int) -> float:
    return 1.0 if distance <= 2 else 0.85 if distance <= 6 else 0.65 if distance <= 12 else 0.45


def _nearness_after(distance: int) -> float:
    return 1.0 if distance <= 1 else 0.8 if distance <= 4 else 0.5 if distance <= 10 else 0.3


Trigger = TriggerWord  # a trigger word found in a sentence: (word, start, end)


_START = itemgetter(1)  # a trigger word's start


class ArticleTriggers:
    """The trigger words of the spans of an article that hold a figure (most
    of an article holds none, so it is not scanned whole)."""

    def __init__(self, text: str, taxonomy: Taxonomy):
        self.text = text
        self.taxonomy = taxonomy

    def within(self, span: Span) -> list[Trigger]:
        """The trigger words inside ``span`` (a sentence, the clause before a
        figure), overlaps included (会员 in 新会员), by one pass of the
        taxonomy's automaton over the span."""
        return self.taxonomy.find_trigger_words(self.text, span.start, span.end)

    def within_part(self, found: list[Trigger], part: Span) -> list[Trigger]:
        """The trigger words inside ``part`` of a span whose words are
        ``found``: those of the span that fit in the part, unless one runs
        past its end (the part alone may hold a shorter word there)."""
        # ``found`` is in order of start: the part's words are one slice of it
        inside = found[bisect_left(found, part.start, key=_START):bisect_left(found, part.end, key=_START)]
        if any(t.end > part.end for t in inside):
            return self.within(part)
        return inside


class QuantityIndex:
    """The article's quantities sorted by start, to ask which lie in a span
    without scanning them all for every figure."""

    def __init__(self, quantities: list[Quantity], text: str = ""):
        self.text = text
        self.quantities = sorted(quantities, key=lambda o: o.start)
        self.starts = [o.start for o in self.quantities]

    def item_end(self, q: Quantity, limit: int) -> int:
        """Where ``q``'s item of a 、-list ends: at the last 、 before the next
        figure (工匠100名、技术能手300名: 技术能手 is the next item's noun,
        written topic first), else at ``limit`` (its clause's end)."""
        i = bisect_right(self.starts, q.start)
        while i < len(self.starts) and self.quantities[i].start < q.end:
            i += 1  # quantities overlapping q
        if i == len(self.starts) or self.starts[i] >= limit:
            return limit
        cut = self.text.rfind("、", q.end, self.starts[i])
        return cut if cut >= 0 else limit

    def next_after(self, q: Quantity) -> Quantity | None:
        """The first quantity starting at or after ``q``'s end."""
        i = bisect_left(self.starts, q.end)
        return self.quantities[i] if i < len(self.quantities) else None

    def paired_with_previous(self, q: Quantity, a: int) -> Quantity | None:
        """``q`` is the second of two counts of one verb joined by 、
        (疗休养42批次、1800余人): the only quantity after ``a`` before ``q``,
        of another unit, ending right before the 、 that opens ``q``; else None."""
        if q.start < 1 or self.text[q.start - 1] != "、":
            return None
        i = bisect_left(self.starts, a)
        between = [o for o in self.quantities[i:] if o.start < q.start and o is not q]
        if len(between) == 1 and between[0].end == q.start - 1 and between[0].unit != q.unit:
            return between[0]
        return None

    def other_between(self, q: Quantity, a: int, b: int) -> bool:
        """Some quantity other than ``q`` lies wholly inside ``a..b``."""
        i = bisect_left(self.starts, a)
        # a quantity ending by b starts before b: only those starts need a look
        while i < len(self.starts) and self.starts[i] < b:
            o = self.quantities[i]
            if o is not q and o.end <= b:
                return True
            i += 1
        return False


# a before-word this far from the figure or farther may be separated from it
# only by a 、-list of its objects (see score_metrics)
LIST_DISTANCE_FROM = 6

_NO_WEIGHTS: dict = {}  # a unit no trigger word gives weight to

# the counted noun of a people figure may open this many characters after it
# (N名青年职工: a modifier between)
COUNTED_NOUN_GAP = 2
# A listed people noun before a figure: its joiner and a modifier of up to two
# characters (和生产一线职工) lie between it and the noun before it.
LISTED_NOUN_GAP = 3
PEOPLE_UNITS = frozenset({"人", "人次", "户"})


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    return frozenset(_context()["grammar"]["people_nouns"])


@lru_cache(maxsize=1)
def _noun_joiners() -> frozenset[str]:
    return frozenset(_context()["grammar"]["noun_joiners"])


def _counted_noun_end(q_end: int, item_end: int, triggers: list[Trigger], text: str) -> tuple[int, int]:
    """Where the people nouns a figure counts, written right after it, begin
    and end (130名货车司机、网约车司机, 4200名劳模和一线职工): one noun phrase,
    so the verb after it (加入工会, 参加疗休养) is as near as its last noun,
    and the nouns are one piece of evidence. (-1, q_end) when there is none."""
    people, joiners = _people_nouns(), _noun_joiners()
    start, end = -1, q_end
    for word, ws, we in triggers:
        if ws < q_end:
            continue
        if we > item_end:
            if ws >= item_end:
                break
            continue
        if ws < end:  # inside the nouns found, or a longer noun at their start
            if start >= 0 and word in people and we > end:
                end = we
            continue
        if word not in people:
            break
        gap = text[end:ws]
        if start < 0 and ws - q_end > COUNTED_NOUN_GAP:
            break
        if start >= 0 and gap and not all(ch in joiners for ch in gap):
            break
        if start < 0:
            start = ws
        end = we
    return start, end


def _counted_nouns_before(q_start: int, clause_start: int, triggers: list[Trigger], text: str) -> int:
    """Where a 、-list of people nouns written right before a figure begins
    (走访慰问困难职工、环卫工人和新就业形态劳动者860人): the list names who
    the figure counts, one noun phrase and so one piece of evidence, however
    many kinds of people it lists. -1 when there is none."""
    people, joiners = _people_nouns(), _noun_joiners()
    start = -1
    for word, ws, we in reversed(triggers):
        if we > q_start:
            continue
        if ws < clause_start:
            break
        if word not in people:  # a word between two nouns breaks the gap test below
            continue
        if start >= 0 and we > start:  # inside the run, or a longer noun ending in it
            start = min(start, ws)
            continue
        gap = text[we:q_start] if start < 0 else text[we:start]
        if start < 0 and len(gap) > COUNTED_NOUN_GAP:
            break
        # the next noun may carry a short modifier (和生产一线职工, 、困难职工)
        if start >= 0 and not (gap and gap[0] in joiners and len(gap) <= LISTED_NOUN_GAP):
            break
        start = ws
    return start


def score_metrics(
    q: Quantity, clause: Span, triggers: list[Trigger], others: QuantityIndex, taxonomy: Taxonomy
) -> dict[str, float]:
    """Evidence for each unit-compatible metric from the trigger words around
    ``q`` (``triggers``: those of its window of the sentence).

    A word found inside a longer found word (职工 in 一线职工) is the same
    evidence, not more: per metric the best of them counts. Earlier clauses
    are context: together they count at most ``EARLIER_CLAUSES_CAP``."""
    evidence: dict[tuple[str, int, str], float] = {}  # (metric, outer word's start, side) -> best weight
    earlier: dict[str, float] = {}  # metric -> evidence from earlier clauses
    q_start, q_end, unit = q.start, q.end, q.unit
    before_weights = taxonomy.before_by_unit.get(unit, _NO_WEIGHTS)
    after_weights = taxonomy.after_by_unit.get(unit, _NO_WEIGHTS)
    outer_start, outer_end = -1, -1  # the last word not inside another
    item_end = others.item_end(q, clause.end)
    noun_start, noun_end = _counted_noun_end(q_end, item_end, triggers, others.text) if unit in PEOPLE_UNITS else (-1, q_end)
    nouns_before = _counted_nouns_before(q_start, clause.start, triggers, others.text) if unit in PEOPLE_UNITS else -1
    for word, ws, we in triggers:
        if ws >= outer_end or we > outer_end:
            outer_start, outer_end = ws, we
        if we <= q_start:
            weights = before_weights.get(word)
            if not weights:
                continue
            if ws < clause.start:
                for name, weight in weights:
                    if weight >= EARLIER_CLAUSE_MIN_WEIGHT:
                        earlier[name] = earlier.get(name, 0.0) + weight * EARLIER_CLAUSE_SHARE
                continue
            if 0 <= nouns_before <= ws:
                outer_start = nouns_before  # the listed people are one piece of evidence
            distance = q_start - we
            paired = others.paired_with_previous(q, we)
            if paired is not None:  # the verb is as near as to the first count
                distance = paired.start - we
            if paired is None and others.other_between(q, we, q_start):
                factor = _nearness_before(distance) * ACROSS_QUANTITY_SHARE
            else:
                if distance > LIST_DISTANCE_FROM:
                    # 慰问环卫工人、快递员、外卖骑手等1.1万人次: a 、-list of
                    # objects is one phrase; the verb is as near as its last item
                    # its last item may be joined by 和 (困难职工和困难农民工320户)
                    cut = max(others.text.rfind("、", we, q_start), others.text.rfind("和", we, q_start))
                    if cut >= 0:
                        distance = q_start - cut - 1
                    # 评选出“某某茶艺工匠”10名: a quoted title right before the
                    # count is one name; the verb is as near as its opening mark
                    elif others.text[q_start - 1:q_start] == "”":
                        opening = others.text.rfind("“", we, q_start)
                        if opening >= 0:
                            distance = opening - we
                factor = _nearness_before(distance)
            side = "before"
        elif ws >= q_end and we <= item_end:
            weights = after_weights.get(word)
            if not weights:
                continue
            if noun_start <= ws < noun_end:
                outer_start = noun_start  # the counted nouns are one piece of evidence
            if others.other_between(q, q_end, ws):
                factor = _nearness_after(ws - q_end) * ACROSS_QUANTITY_SHARE
            elif ws >= noun_end > q_end and word not in _people_nouns():
                factor = _nearness_after(ws - noun_end)  # the verb after the counted nouns
            else:
                factor = _nearness_after(ws - q_end)
            side = "after"
        else:
            continue
        for name, weight in weights:
            key = (name, outer_start, side)
            value, best = weight * factor, evidence.get(key, 0.0)
            evidence[key] = value if value > best else best  # max(best, value)
    scores: dict[str, float] = {}
    for (name, _, _), v in evidence.items():
        scores[name] = scores.get(name, 0.0) + v
    for name, v in earlier.items():
        scores[name] = scores.get(name, 0.0) + min(v, EARLIER_CLAUSES_CAP)
    priors = taxonomy.priors
    if priors:
        for name in scores:
            scores[name] += priors.get((name, unit), 0.0)
    return scores


def _sentence_reading(text: str, sentence: Span, clause: Span, q: Quantity, metric: str) -> str:
    """The metric a sentence's topic gives its figures (a 疗休养 sentence's
    people took part in it), where the clause read another one. A semicolon
    ends a topic (体检惠及职工5800人；组织疗休养14批次: two programs), and so
    does a clause naming a program of its own (…疗休养620人，为1200名劳模开展
    免费健康体检: the check-ups' headcount is no stay's)."""
    readings = [(word, to, own) for word, to, replaces, own in _sentence_readings() if metric in replaces]
    if not readings:
        return metric  # most figures: no topic replaces their metric
    start = max(text.rfind("；", sentence.start, q.start), text.rfind(";", sentence.start, q.start)) + 1 or sentence.start
    ends = [i for i in (text.find("；", q.end, sentence.end), text.find(";", q.end, sentence.end)) if i >= 0]
    end = min(ends, default=sentence.end)
    own_clause = text[clause.start:clause.end]
    for word, to, own in readings:
        if word not in own_clause and any(o in own_clause for o in own):
            continue  # the figure's clause is about another program
        if text.find(word, max(start, sentence.start), end) >= 0:
            return to
    return metric


def _clause_reading(text: str, clause: Span, q: Quantity, metric: str, taxonomy: Taxonomy) -> str:
    """The metric a clause's verb gives a figure read as something else: venues
    a clause honours (评出五星级驿站N个) are awards (fact_context.toml
    [grammar] clause_readings)."""
    for pattern, to, replaces, units in _clause_readings():
        if (metric in replaces and q.unit in (units or _units_of(taxonomy, to))
                and pattern.search(text, clause.start, clause.end)):
            return to
    return metric


@lru_cache(maxsize=1)
def _clause_readings() -> tuple[tuple[regex.Pattern, str, frozenset[str], frozenset[str]], ...]:
    """(pattern, metric, the readings it replaces, the units it is for: all of
    the metric's when none are listed)."""
    return tuple((regex.compile(r["pattern"]), r["metric"], frozenset(r["replaces"]), frozenset(r.get("units", ())))
                 for r in _context()["grammar"].get("clause_readings", ()))


def _units_of(taxonomy: Taxonomy, name: str) -> frozenset[str]:
    return frozenset(taxonomy.metric(name).units)


@lru_cache(maxsize=1)
def _sentence_readings() -> tuple[tuple[str, str, frozenset[str], tuple[str, ...]], ...]:
    return tuple((r["word"], r["metric"], frozenset(r["replaces"]), tuple(r.get("unless_clause_names", ())))
                 for r in _context()["grammar"].get("sentence_readings", ()))


def _best(scores: dict[str, float], taxonomy: Taxonomy) -> str | None:
    if not scores:
        return None
    order = taxonomy.rank
    name, score = max(scores.items(), key=lambda kv: (kv[1], -order[kv[0]]))
    return name if score >= MIN_SCORE else None


# ---------------------------------------------------------------- exclusions

# 5家三甲医院, 3家律师事务所: a partner's noun lies this close after its count.
PARTNER_NOUN_CHARS = 12
# 5大模块的30门: the next count starts this close after a group count's end.
GROUPING_CHARS = 6

_QUOTE = re.compile(r"“[^“”]*”")  # plain sets: the standard re scans it faster


def _quoted_speech(text: str, max_chars: int) -> list[Span]:
    return [Span(m.start(), m.end()) for m in _QUOTE.finditer(text) if m.end() - m.start() - 2 > max_chars]


def speaks_for_body(text: str, sentence: Span) -> bool:
    """A sentence of a quote in which an official speaks for the body (我们
    计划…, 今年我们共…): its figures are the body's, not an anecdote's."""
    return bool(_compiled()["body_speech"].search(text, sentence.start, sentence.end))


def is_excluded(text: str, q: Quantity, clause: Span, sentence: Span) -> bool:
    """Context, not a union program statistic (facts.md): economy, biography,
    rules of a scheme, co-organizers, the size of a place, another body."""
    return clause_excluded(text, clause) or sentence_excluded(text, sentence)


def counts_partners(text: str, q: Quantity, clause: Span) -> bool:
    """联合4所院校和25家企业开设…: a figure after a partner cue of its clause
    with no verb between them names the partners of an event."""
    c = _compiled()
    last = None
    for m in c["partner_cue"].finditer(text, clause.start, q.start):
        last = m
    if last is None or c["partner_verb"].search(text, last.end(), q.start):
        return False
    return not c["partner_exempt"].match(text, q.end)


def counts_no_output(text: str, q: Quantity) -> bool:
    """五个方面, 三个环节: what the number counts is never a program's output;
    5家医院, 3家律所: it counts a scheme's partners."""
    c = _compiled()
    return bool(c["exclude_object"].match(text, q.end, q.end + 4)
                or c["partner_object"].match(text, q.end, q.end + PARTNER_NOUN_CHARS)
                or c["grouping_then_items"].match(text, q.start, q.end + GROUPING_CHARS))


def counts_venue_per_place(text: str, q: Quantity, clause: Span) -> bool:
    """在全县8个乡镇设立了职工法律服务工作站: a venue set up in each of the N
    places the figure counts, so the places count the venues."""
    c = _compiled()
    return bool(c["venue_per_place_before"].search(text, max(clause.start, q.start - 24), q.start)
                and c["venue_per_place_after"].match(text, q.end, clause.end))


def _venue_per_place_metric() -> str:
    return _context()["grammar"]["venue_per_place_metric"]


def _venue_units(taxonomy: Taxonomy) -> frozenset[str]:
    """The units the venue metric counts in (个, 处, 家…)."""
    return _units_of(taxonomy, _venue_per_place_metric())


def counts_contingent_bodies(text: str, q: Quantity, clause: Span, quantities: QuantityIndex) -> bool:
    """吸引86家企业的2100余名职工参赛, 62所高校的1200名教师: a count of
    bodies joined by 的 to the people figure right after it in the clause
    counts the bodies the people come from (fact_context.toml [grammar])."""
    g = _context()["grammar"]
    if q.unit not in g["contingent_units"]:
        return False
    people = quantities.next_after(q)
    if people is None or people.unit not in g["contingent_people_units"] or people.start >= clause.end:
        return False
    return bool(_compiled()["contingent_link"].fullmatch(text, q.end, people.start))


def contingent_metric(text: str, q: Quantity) -> str:
    """The metric of contingent bodies: the firms or units a program reached,
    or, when the bodies are unions (28家基层工会的84名职工), union organizations."""
    g = _context()["grammar"]
    if _compiled()["contingent_union_bodies"].match(text, q.end):
        return g["contingent_union_metric"]
    return g["contingent_metric"]


def opens_with_part_cue(text: str, clause: Span) -> bool:
    """The clause states a part of the figure before it (其中…有31个), or
    follows a cue standing alone (其中，货车司机3100余名，网约车司机2400名)."""
    part_cue = _compiled()["part_cue"]
    if part_cue.match(text, clause.start, clause.start + 4):
        return True
    mark = clause.start - 1
    return mark >= 2 and text[mark] in LONE_CUE_MARKS and any(
        part_cue.fullmatch(text, mark - n, mark) for n in (2, 3))


# 较上年同期增加了约: a difference cue lies this close before its figure.
DIFFERENCE_CUE_CHARS = 12


# A part cue standing alone as a clause ends with one of these marks.
LONE_CUE_MARKS = "，,：:"


def clause_excluded(text: str, clause: Span, q: Quantity | None = None) -> bool:
    """Context or a rule, not a statistic: the clause matches an exclusion,
    or states a rule (按照…) of a figure that is not money paid at its rate."""
    c = _compiled()
    if c["exclude_clause"].search(text, clause.start, clause.end):
        return True
    if q is not None and c["threshold_after"].match(text, q.end, clause.end):
        return True  # 费用超过3万元的职工可申请: the figure is a condition
    if (q is not None and q.unit not in _context()["exclude"]["difference_kept_units"]
            and c["difference_before"].search(text, max(clause.start, q.start - DIFFERENCE_CUE_CHARS), q.start)):
        return True  # 比去年增加了14个: the figure is a change, not an output
    return (q is None or q.unit != "元") and bool(c["rule_clause"].search(text, clause.start, clause.end))


def is_vague_detail(q: Quantity) -> bool:
    """几家企业, 好几次活动: a vague count of a few is an anecdote's detail."""
    return q.qualifier == "several" and (q.value_high or q.value) < _context()["exclude"]["vague_below"]


def sentence_excluded(text: str, sentence: Span) -> bool:
    return bool(_compiled()["exclude_sentence"].search(text, sentence.start, sentence.end))


# ---------------------------------------------------------------- attributes

_OBJECT_STOP = regex.compile(
    r"[，,。；;、：:（(“”\s]|的|和|及|与|参加|参与|参赛|实现|获得|获奖|达成|提供|入会|注册|组成|同台|在|进行|接受|加入|从|到|扩大"
)
_LEADING_JUNK = regex.compile(r"^[，,、：:\s]+")
_OBJECT_WRAPPING = " \t\n“”\"'‘’（）()【】《》"


def find_object(
    text: str, q: Quantity, clause: Span, sentence_triggers: list[Trigger], triggers: ArticleTriggers
) -> str | None:
    """What is counted, as written: the noun after the number (12起劳动纠纷),
    else the noun before it (职工之家8处). ``sentence_triggers``: the trigger
    words of the figure's sentence."""
    after = text[q.end:clause.end]
    stop = _OBJECT_STOP.search(after)
    noun: str | None = after[: stop.start() if stop else len(after)][:14].strip()
    if noun and _STARTS_HAN.match(noun):
        return noun
    before = text[clause.start:q.start]
    # The noun before the number follows the last trigger verb (调解劳动纠纷15起
    # -> 劳动纠纷); when the trigger is the noun itself, take it.
    noun, noun_end = None, -1  # noun_end: where the trigger taken as the noun ends
    for t in triggers.within_part(sentence_triggers, Span(clause.start, q.start)):
        rest = text[t.end:q.start].strip(_OBJECT_WRAPPING)  # “五一劳动奖章”（26名）
        if rest:
            noun, noun_end = rest, -1
        elif noun_end != t.end:  # the longest trigger ending there (五一劳动奖章, not 奖章)
            noun, noun_end = t.word, t.end
    if noun is None:
        noun = before
    noun = _LEADING_JUNK.sub("", noun)[-12:]
    noun = _NOUN_HEAD_JUNK.sub("", noun)
    noun = _NOUN_TAIL_JUNK.sub("", noun)
    return noun or None


class SentenceCues:
    """The period words, plan cues and completion words of one sentence,
    found once, so that each figure of it asks by binary search (a scan per
    figure from the sentence's start grew with the square of its length)."""

    def __init__(self, text: str, sentence: Span):
        c = _compiled()
        self.text = text
        self.periods = [m.span() for m in c["period"].finditer(text, sentence.start, sentence.end)]
        self.plans = [m.span() for m in c["plan"].finditer(text, sentence.start, sentence.end)]
        self.sentence = sentence
        self._dones: list[int] | None = None  # looked for only after a plan cue (few sentences have one)
        self.period_ends = [e for _, e in self.periods]
        self.plan_ends = [e for _, e in self.plans]

    @property
    def dones(self) -> list[int]:
        """Where the sentence's completion words start."""
        if self._dones is None:
            s = self.sentence
            self._dones = [m.start() for m in _compiled()["done"].finditer(self.text, s.start, s.end)]
        return self._dones

    def period(self, q: Quantity) -> str | None:
        """The time span the figure covers, as written, nearest before it in
        the sentence; a report's date (近日) is not a period."""
        i = bisect_right(self.period_ends, q.start) - 1
        if i < 0:
            return None
        a, b = self.periods[i]
        return self.text[a:b]

    def planned(self, q: Quantity, clause: Span) -> bool:
        """A plan or target: a cue before the figure in its sentence with no
        completed result (已, 累计) between, or 将… right after it in its
        clause."""
        i = bisect_right(self.plan_ends, q.start) - 1
        if i >= 0:
            cue_end = self.plans[i][1]
            j = bisect_left(self.dones, cue_end)
            if not (j < len(self.dones) and self.dones[j] < q.start):
                return True
        k = bisect_left(self.plans, (q.end, -1))
        return k < len(self.plans) and self.plans[k][0] < clause.end and self.text[self.plans[k][0]] == "将"


# ---------------------------------------------------------------- subjects

@dataclass(frozen=True)
class _ArticleBodies:
    bodies: list[Body]  # named, organizer role, short forms expanded
    lead: Body | None  # the body the article is about
    context: Region  # the article's place, for bodies that name none
    qualify: "PlaceQualifier"  # a bare district read with the city the article gives it
    starts: Sequence[int] = ()  # the bodies' starts, for binary search
    # a bulletin's numbered items: (start of the item, its union or None), in order
    items: Sequence[tuple[int, Body | None]] = ()

    def item_lead(self, pos: int) -> Body | None:
        """The union of the numbered item ``pos`` is in, if it has one."""
        k = bisect_right(self.items, pos, key=itemgetter(0)) - 1
        return self.items[k][1] if k >= 0 else None


def _item_heads(article: Article) -> list[tuple[int, int]]:
    """(start, end) of the numbered items' head lines in the article's body,
    when their heads name two or more places (二、某区总工会…, 三、某市…): a
    bulletin's items of different unions. Numbered parts of one story
    (一、技能提升：…) name none and stay one article's."""
    text = article.text.text
    if "、" not in text:
        return []
    heads = [m.span() for m in _compiled()["item_head"].finditer(text, article.body_start)]
    if len(heads) < 2:
        return []
    places = {_head_place(text[a:b]) for a, b in heads} - {None}
    return heads if len(places) >= 2 else []


def _head_place(head: str) -> str | None:
    """The district or city an item's head names as written, if any."""
    place = resolve_place(head)
    name = place.district or place.city
    return name if name and name in head else None


def _in_same_item(bodies: list[Body], heads: list[tuple[int, int]], pos: int) -> list[Body]:
    """The bodies of the item ``pos`` is in: a short form in an item stands
    for a body of that item, not for another item's union named before it."""
    k = bisect_right(heads, pos, key=itemgetter(0)) - 1
    if k < 0:
        return bodies
    end = heads[k + 1][0] if k + 1 < len(heads) else len(bodies) and bodies[-1].end + 1
    return [b for b in bodies if heads[k][0] <= b.start < end]


def _item_leads(text: str, heads: list[tuple[int, int]], bodies: list[Body]) -> list[tuple[int, Body | None]]:
    """Each item's union: the first its head names, else the first of the
    item named after the place its head names (三、某市调解工作成效明显), else none."""
    leads: list[tuple[int, Body | None]] = []
    for k, (start, head_end) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        inside = [b for b in bodies if start <= b.start < end and b.kind == "union"]
        lead = next((b for b in inside if b.start < head_end), None)
        if lead is None:
            name = _head_place(text[start:head_end])
            if name:
                lead = next((b for b in inside if b.name.startswith(name)), None)
        leads.append((start, lead))
    return leads


class PagePlace:
    """The page's place: that of the first article naming one (the issuing
    union of a digest, the outlet's region of a page): an article naming no
    place of its own (火炬开发区：…, 三乡镇：…) is that place's."""

    def __init__(self, articles: Sequence[Article] = ()) -> None:
        self.region = NO_REGION
        self._articles = articles
        self._named: list[Region] | None = None

    @property
    def named(self) -> list[Region]:
        """The page's places named with their city or province, read the
        first time an article needs them (reading them scans every article's
        bodies: most pages never need it)."""
        if self._named is None:
            self._named = _places_named(self._articles)
        return self._named

    @named.setter
    def named(self, places: list[Region]) -> None:
        self._named = places

    def of_article(self, places: list[str], own: Region, text: str = "") -> Region:
        if own.district and text and not writes_its_place(text, own):
            # a bare district several cities share (朝阳区): the page's
            # named place's (北京市总工会 elsewhere on a Beijing page)
            own = district_in_places(own, self.named)
        if not own.is_empty:
            if self.region.is_empty:
                self.region = own
            return own
        if self.region.is_empty:
            return own
        for p in places:
            region = resolve_within(p, self.region) if p else NO_REGION
            if not region.is_empty:
                return region
        return self.region


def _places_named(articles: Sequence[Article]) -> list[Region]:
    """The places a page names with their city or province written
    (北京市总工会, 福州市鼓楼区), in page order, each once: the frame a bare
    district of the page (朝阳区, a name several cities share) is read in."""
    named: list[Region] = []
    for article in articles:
        text = article.text.text
        names = [article.title or "", article.dateline_place or ""]
        names += [b.name for b in find_bodies(text) if not b.generic and not is_national(b.name)]
        for name in names:
            region = resolve_place(name) if name else NO_REGION
            if region.province and writes_its_place(name, region) and region not in named:
                named.append(region)
        posted = _posted_from(text[:article.body_start])
        if posted is not None and posted not in named:
            named.append(posted)
    return named


def _posted_from(head: str) -> Region | None:
    """The province a post's stamp says it was sent from (2026年6月3日
    08:30 北京): a province or municipality only, its name alone on the line."""
    for line in head.splitlines():
        m = _post_place_line().match(line.strip())
        if m:
            region = resolve_place(m.group("place"))
            if region.province and not region.district and (region.city is None or is_municipality(region.province)):
                return region
    return None


@lru_cache(maxsize=1)
def _post_place_line() -> regex.Pattern:
    return compile_fast(_context()["bodies"]["post_place_line"])


_WHOLE_PLACE = regex.compile(r"全(?:市|区|县|省|州|盟|旗)")


@lru_cache(maxsize=1)
def _enterprise_union_words() -> tuple[tuple[str, ...], str]:
    v = _context()["bodies"]
    return tuple(w + "工会" for w in v["enterprise_union_words"]), v["collective_before_enterprise_union"]


def _enterprise_own_union(text: str, body: Body) -> bool:
    """企业工会 / 酒店工会 written alone (no enterprise named for it to expand
    to) is the union of the enterprise the story visits: its own actor; 各企业工会,
    指导企业工会 are enterprises' unions in general, no one's."""
    names, collective = _enterprise_union_words()
    return body.name in names and text[body.start - 1: body.start] not in collective if body.start else body.name in names


def _enterprise_union_of(text: str, body: Body) -> str | None:
    """A bare 工会 right after an enterprise's possessive (一家新能源企业的工会主席,
    这家酒店的工会) is that enterprise's own union: 企业工会, 酒店工会."""
    if body.name != "工会" or text[body.start - 1: body.start] != "的":
        return None
    for name in _enterprise_union_words()[0]:
        word = name[: -len("工会")]
        if text.endswith(word, 0, body.start - 1):
            return name
    return None


def _article_bodies(article: Article, page: PagePlace | None = None) -> _ArticleBodies:
    text = article.text.text
    found = find_bodies(text)
    named = [b for b in found if not b.generic]
    heads = _item_heads(article)
    endings: SuffixIndex | None = None  # made when a generic body needs it
    expanded: list[Body] = []
    level_forms: list[Body] = []  # 州总工会 with no 某州总工会 named: the article's place's
    # one enterprise's union met in the story (一家企业的工会): it acts in its
    # own sentences but never leads the article
    anecdotal: set[int] = set()
    for b in found:
        if heads:
            named = _in_same_item([n for n in found if not n.generic], heads, b.start)
            endings = None
        name = expand_short_form(b.name, named, b.start, clause_place(text, b.start) or paragraph_county(text, b.start, b.name), text)
        if b.generic and name == b.name:
            if endings is None:
                endings = SuffixIndex(named)
            full = endings.named(b) or institution_union_named(b, expanded, named)
            if full is None and b.role == "organizer" and _enterprise_own_union(text, b):
                full = b.name  # 企业工会帮扶困难职工…: the enterprise's own union acts
            if full is None and b.role == "organizer":
                full = _enterprise_union_of(text, b)  # 一家企业的工会主席说: that enterprise's union
                if full is not None:
                    anecdotal.add(b.start)
            if full is None:
                if _LEVEL_FORM.match(b.name):
                    level_forms.append(b)
                continue
            name = full
        elif b.kind == "union" and name == b.name:
            # an enterprise's union written without its place and company
            # form (港务集团工会 after 九江港务集团有限公司工会) is that one
            if endings is None:
                endings = SuffixIndex(named)
            name = endings.company_named(b) or name
        expanded.append(Body(name, b.kind, b.start, b.end, False, b.role))
    names = NameIndex([b.name for b in expanded])
    expanded = [Body(names.fullest(b.name), b.kind, b.start, b.end, False, b.role) for b in expanded]
    organizers = [b for b in expanded if b.role == "organizer"]
    # a site or account publishing the page (来源：某市总工会网站) or a list of
    # related links is no actor: it is the lead only when no one else is named
    by_source = [b for b in organizers if b.start < article.body_start and _is_source_mention(text, b)]
    actors = [b for b in organizers if b not in by_source] if by_source else organizers
    head = [b for b in actors if b.start < article.body_start]
    unions = [b for b in actors if b.kind == "union" and b.start not in anecdotal]
    employers = [b for b in actors if b.kind == "employer"]
    # the body the headline names, before any other of the head (a page's
    # masthead or a digest's header can sit above the article's own title)
    titled = [b for b in head if b.kind != "other" and article.title and text[b.start:b.end] in article.title]
    label = _TITLE_LABEL.match(article.title or "")
    if label and len(titled) > 1:
        # 某区总工会：某联合会开展协商: the label before the colon is the
        # source; the headline's own clause names the body it is about
        title, label_end = article.title or "", label.end()
        titled.sort(key=lambda b: title.find(text[b.start:b.end]) < label_end)
    lead = next(iter(titled + [b for b in head if b.kind != "other"] + unions + employers + by_source), None)
    places = [article.title or "", article.subtitle or "", article.dateline_place or ""]
    places += [b.name for b in expanded if not is_national(b.name)]
    qualify = PlaceQualifier(text)
    context = resolve_first(qualify(p) for p in places if p)
    if not (context.province or context.city or context.district):
        # a head naming no place it resolves (南康家具…) and no named body:
        # the place the report opens in (赣州市南康区…举行) frames it
        opening = _opening_sentence(text, article.body_start).lstrip()
        opened_in = resolve_place(qualify(opening.removeprefix("在")))  # 在某县的一处园区…
        # only a place written with its city (赣州市南康区) or a county
        # written in full (某某瑶族自治县): a bare 东区 is one of many
        # cities' and the page's place knows better
        if opened_in.city and (opened_in.city[:2] in opening or _county_in_full(opened_in, opening)):
            context = opened_in
    if context.district:
        context = _district_in_named_place(context, places, qualify)
    if page is not None:
        context = page.of_article(places, context, text)
    for b in level_forms:
        if b.role != "organizer":
            continue  # 被省总工会评为, 在市总工会指导下: it did not do the work
        place = _place_of_level(context, b.name[:-3])
        if place:
            organizers.append(Body(place + "总工会", b.kind, b.start, b.end, False, b.role))
            if lead is None or (lead not in titled and b.start < lead.start):
                lead = organizers[-1]  # named first (由自治区总工会、…主办): it leads as a named body would
    if lead is None and "工会" in text[:article.body_start]:
        # a data box or list titled by a place's unions (数说某市工会) naming
        # no body: its figures are that place's federation's
        place = context.district or context.city or context.province
        if place and not is_national(place):
            lead = Body(place + "总工会", "union", 0, 0, False, "organizer")
    organizers.sort(key=lambda b: b.start)
    items = _item_leads(text, heads, organizers) if heads else ()
    return _ArticleBodies(organizers, lead, context, qualify, [b.start for b in organizers], items)


def _county_in_full(region: Region, text: str) -> bool:
    """``text`` writes the region's county with its level (桃江县, 某某自治旗):
    a county's name is one place in the country, unlike a district's (城区)."""
    return bool(region.district) and region.district.endswith(("县", "旗")) and region.district in text


def _opening_sentence(text: str, body_start: int) -> str:
    end = text.find("。", body_start)
    return text[body_start: end if end >= 0 else len(text)]


# A level's short form (州总工会, 市总工会) that no named body of the article expands.
_LEVEL_FORM = compile_fast(r"^(?:[省市区县州盟旗镇乡]|街道|自治区)总工会$")


def _place_of_level(context: Region, level: str) -> str | None:
    """The article's place of a short form's level (州 -> 凉山彝族自治州)."""
    if level in ("省", "自治区"):
        return context.province if context.province and context.province.endswith(level) else None
    for place in (context.district, context.city):
        if place and place.endswith(level) and not is_municipality(place):
            return place
    return None


def _is_source_mention(text: str, body: Body) -> bool:
    """``body`` names the publisher (某市总工会网站, 来源：某总工会) or a
    related link (相关新闻：· …), not the article's actor."""
    v = _context()["bodies"]
    if text.startswith(tuple(v["publisher_tails"]), body.end):
        return True
    line_start = text.rfind("\n", 0, body.start) + 1
    return text[line_start:body.start].lstrip().startswith(tuple(v["source_line_openings"]))


def _district_in_named_place(context: Region, places: list[str], qualify: "PlaceQualifier") -> Region:
    """A bare district read from the head (朝阳区 is in 北京 and 长春) is the
    one in the city or province another body of the article names
    (北京市总工会) or the one a body names with its city (晋城市城区总工会
    for a head's 城区), when that place has a district of the name."""
    for p in places[3:]:
        r = resolve_place(qualify(p))
        if r.province and r.province != context.province and r.district == context.district:
            return r  # the body names the district with its city (某市城区总工会)
        if r.province and r.province != context.province and not r.district and context.district:
            again = resolve_place((r.city or r.province) + context.district)
            if again.district == context.district:
                return again
    return context


# A headline's label: a short source or place before a colon (漳州：…).
_TITLE_LABEL = compile_fast(r"[^：:]{2,16}[：:](?=.)")
_BARE_DISTRICT = regex.compile(r"^\p{Han}{1,3}?[区县](?=\p{Han})")
_QUALIFIER = regex.compile(r"(\p{Han}{2,3}[省市])$")
_BARE_TOWN = regex.compile(r"^\p{Han}{2,3}?(?:街道|镇)(?=\p{Han})")
_TOWN_QUALIFIER = regex.compile(r"(?r)(\p{Han}{2,4}?[区县市])$")  # the shortest: 闵行区, not 走进闵行区


class PlaceQualifier:
    """A name that starts with a bare district (朝阳区总工会) is read with the
    city the article writes it with elsewhere (北京市朝阳区): district names
    repeat across China (朝阳区 is in 北京 and 长春)."""

    MAX_LOOKUPS = 16  # distinct districts searched per article: the cost stays linear

    def __init__(self, text: str):
        self.text = text
        self.found: dict[str, str] = {}

    def _city_before(self, district: str, qualifier: regex.Pattern) -> str:
        """The city or province written right before the first qualified
        occurrence of ``district`` (at most MAX_LOOKUPS occurrences looked at)."""
        text, at = self.text, self.text.find(district)
        for _ in range(self.MAX_LOOKUPS):
            if at < 0:
                break
            m = qualifier.search(text, max(0, at - 5), at)
            if m:
                return m.group(1)
            at = text.find(district, at + 1)
        return ""

    def __call__(self, name: str) -> str:
        m = _BARE_DISTRICT.match(name)
        town = m is None
        if town:
            # a subdistrict's or town's union (江川路街道总工会) is where the
            # article writes that subdistrict (某区江川路街道)
            m = _BARE_TOWN.match(name)
            if not m:
                return name
        district = m.group(0)
        if district not in self.found:
            if len(self.found) >= self.MAX_LOOKUPS:
                return name
            self.found[district] = self._city_before(district, _TOWN_QUALIFIER if town else _QUALIFIER)
        city = self.found[district]
        if not city:
            return name
        if town:
            return city + name if not resolve_place(city).is_empty else name
        if resolve_place(city + district).district is None:
            above = _city_of_new_district(city)
            return above + name if above else name
        return city + name


def _city_of_new_district(written: str) -> str | None:
    """The article writes a district our gazetteer does not know (a new or
    renamed one: 走进长治市潞州区) right after a prefecture city it does:
    the district is that city's."""
    city = resolve_place(written).city
    return city if city and written.endswith(city) else None


def find_subject(
    ab: _ArticleBodies, q: Quantity, sentence: Span, paragraph: Span, sentence_starts: list[int],
    text: str | None = None,
) -> Body | None:
    """The first-named organizer before the figure of the figure's ；-clause,
    else of its sentence, else the
    nearest earlier one in the paragraph, else the article's lead body.
    Bodies are found by binary search on their starts (in text order)."""
    starts = ab.starts
    i = bisect_left(starts, sentence.start)
    if (text is not None and i + 1 < len(starts) and starts[i + 1] < q.start
            and text.startswith(_news_source_tails(), ab.bodies[i].end)
            and not ab.bodies[i + 1].name.endswith(all_levels_words())):
        # 记者从某部获悉，全国各级工会…: the body the news came from is no
        # actor; but a system's unions of all levels (全国某系统各级工会),
        # which no federation of a place stands for, are the source's own
        i += 1
    if i < len(starts) and starts[i] < q.start:
        if i + 1 < len(starts) and starts[i + 1] < q.start and text is not None:
            # two bodies before the figure: a later ；-clause naming its own
            # body (长沙市总工会…；某州总工会…培训N人次) is that body's
            cut = text.rfind("；", starts[i], q.start)
            if cut >= 0:
                k = bisect_left(starts, cut)
                if k < len(starts) and starts[k] < q.start and ab.bodies[k].kind == "union":
                    return ab.bodies[k]
        return ab.bodies[i]
    if text is not None:
        owner = _facility_owner(ab, text, q, sentence, paragraph)
        if owner is not None:
            return owner
    j = i - 1  # the nearest body before the sentence
    if j >= 0 and starts[j] >= paragraph.start:
        # the first-named body of the nearest earlier sentence that names one
        k = _containing(sentence_starts, starts[j])
        first = max(sentence_starts[k] if sentence_starts[k] <= starts[j] else paragraph.start, paragraph.start)
        f = bisect_left(starts, first)
        if text is not None:
            # 某公司的16名农民工来到区总工会…: the firm owns the people the
            # story is about; the next body of that sentence acted
            while f < j and ab.bodies[f].kind == "employer" and _employer_of_people().match(text, ab.bodies[f].end):
                f += 1
            if ab.bodies[f].name in _enterprise_union_words()[0] and _WHOLE_PLACE.search(text, sentence.start, q.start):
                # 全市工会累计开展…: a whole place's figure is not the one
                # enterprise's union an earlier sentence named
                return (ab.item_lead(q.start) if ab.items else None) or ab.lead
        return ab.bodies[f]
    return (ab.item_lead(q.start) if ab.items else None) or ab.lead


@lru_cache(maxsize=1)
def _facility_words() -> tuple[AnyOf, regex.Pattern]:
    v = _context()["bodies"]
    return AnyOf(v["facility_references"]), regex.compile(v["facility_named"])


def _facility_owner(ab: _ArticleBodies, text: str, q: Quantity, sentence: Span, paragraph: Span) -> Body | None:
    """据介绍，该中心去年接待…: a figure its sentence tells of a facility by
    reference belongs to the union of the place the paragraph names that
    facility with (某市职工服务中心 -> 某市总工会), when the article names that
    union; not to the body of an earlier sentence (a visiting 考察组 that
    toured the centre is no actor of the host's figures)."""
    references, named = _facility_words()
    if not references.search(text, sentence.start, q.start):
        return None
    places = [m.group("place") for m in named.finditer(text, paragraph.start, sentence.start)]
    if not places:
        return None
    place, best = places[-1], None
    for body in ab.bodies:
        if body.kind != "union" or not body.name.endswith("总工会"):
            continue
        prefix = body.name[: -len("总工会")]
        if len(prefix) >= 2 and prefix in place and (best is None or len(prefix) > len(best.name) - 3):
            best = body
    if best is not None:
        return best
    # the article names no union of the place (the host only in a headline
    # the unit leaves out): the place's federation, as the place is written
    region = resolve_place(place)
    for level in (region.district, region.city):
        if level and level in place:
            at = text.find(level, paragraph.start, sentence.start)
            return Body(level + "总工会", "union", at, at + len(level), False, "organizer")
    return None


@lru_cache(maxsize=1)
def _employer_of_people() -> regex.Pattern:
    return compile_fast(_context()["bodies"]["employer_of_people"])


@lru_cache(maxsize=1)
def _news_source_tails() -> tuple[str, ...]:
    return tuple(_context()["bodies"]["news_source_tails"])


def _joint_organizer(ab: _ArticleBodies, q: Quantity, sentence: Span) -> Body | None:
    """The first union or employer named in ``sentence`` before the figure
    (人社局、市总工会联合举办…): the union side of a joint program."""
    i = bisect_left(ab.starts, sentence.start)
    while i < len(ab.starts) and ab.starts[i] < q.start:
        if ab.bodies[i].kind != "other":
            return ab.bodies[i]
        i += 1
    return None


def _names_local_body(ab: _ArticleBodies, q: Quantity, sentence: Span) -> bool:
    """The figure's sentence names a body that is not national before it."""
    i = bisect_left(ab.starts, sentence.start)
    while i < len(ab.starts) and ab.starts[i] < q.start:
        if not is_national(ab.bodies[i].name):
            return True
        i += 1
    return False


def region_of(subject: str | None, context: Region) -> Region:
    if subject is None:
        return context
    if is_national(subject):
        return NO_REGION
    region = resolve_within(subject, context)
    if region.province and context.province and region.province != context.province:
        # an ambiguous district name (朝阳区): read it inside the article's place
        again = resolve_place((context.city or context.province) + subject)
        if again.district:
            region = again
    if region.city and not region.district and subject.startswith(region.city):
        # 长治市潞州区总工会 (qualified by the article): a district the
        # gazetteer does not know is still the body's district
        m = _BARE_DISTRICT.match(subject[len(region.city):])
        if m:
            region = Region(region.province, region.city, m.group(0))
    return region.filled_from(context)


_KICKER = compile_fast(r"[【\[〖]([^】\]〗\n]{1,16})[】\]〗]")
_COLUMN_LINE_MAX = 10  # a column's name printed on a line of its own is short
_OP_ED_TAIL = 200  # an op-ed's author line (作者单位：…) closes it


def is_commentary(article: Article) -> bool:
    """A commentary or opinion column (评论, 论坛, 观察, 言论…, fact_context.toml
    [commentary]): its figures are the writer's context (the nation's
    workforce, a trend), not a union's output, unless a sentence names the
    local body whose figure it is. Known by the column kicker in the head
    (【工会论坛】, a short line 记者观察), or by the writer's line (评论员,
    作者单位)."""
    c = _compiled()
    text = article.text.text
    head = text[:article.body_start]
    for kicker in _KICKER.finditer(head):
        if c["column_word"].search(kicker.group(1)):
            return True
    for part in (article.subtitle or "", *head.split("\n")):
        line = part.strip()
        if line and len(line) <= _COLUMN_LINE_MAX and c["column_word"].search(line):
            return True
    if article.byline and c["op_ed_marker"].search(article.byline):
        return True
    return bool(c["op_ed_marker"].search(text, max(0, len(text) - _OP_ED_TAIL)))


_BOX_LABEL = compile_fast(r"(?m)^[ \t　]*[【〖]([^】〗\n]{1,8})[】〗][ \t　]*$")


def commentary_end(article: Article) -> int:
    """Where a commentary's own text ends: at a box label on a line of its own
    (【相关链接】, 【职工心声】) that names no column. A box printed after a
    记者手记 is a unit of its own, with reports whose figures are a union's
    output; when it comes glued to the column, the column stops at its label."""
    c = _compiled()
    text = article.text.text
    for label in _BOX_LABEL.finditer(text, article.body_start):
        if not c["column_word"].search(label.group(1)):
            return label.start()
    return len(text)


# ---------------------------------------------------------------- the layer

def facts_of_article(article: Article, mentions: list[Mention]) -> list[Fact]:
    """The metric facts of one article, one per distinct statistic."""
    return _read_article(article, mentions)[0]


def _read_article(article: Article, mentions: list[Mention],
                  page: PagePlace | None = None) -> tuple[list[Fact], set[int]]:
    """The article's facts, one per distinct statistic, and the ids of those
    stated in its head or a summary box (found once, for the article's and
    the page's collapse of restatements)."""
    if article.kind == "toc" or not mentions:
        return [], set()
    taxonomy = load_taxonomy()
    # A figure in a unit no metric counts in (年, 岁) can get no metric, not
    # even by continuing a list (that takes a fact of the same unit): an
    # article without any other figure is done before it is read.
    if not any(m.quantity.unit in taxonomy.units for m in mentions):
        return [], set()
    text = article.text.text
    sentences = split_sentences(text)
    paragraphs = split_paragraphs(text)
    sentence_starts = [s.start for s in sentences]
    paragraph_starts = [p.start for p in paragraphs]
    speech = _quoted_speech(text, _context()["exclude"]["max_quote_chars"])
    speech_starts = [sp.start for sp in speech]
    ab: _ArticleBodies | None = None  # read when a first figure is a fact
    quantities = QuantityIndex([m.quantity for m in mentions], text)
    breaks = ClauseBreaks(text)
    triggers = ArticleTriggers(text, taxonomy)
    tables = TableColumns(text)
    # what is the same for every figure of a sentence, found once per sentence
    triggers_of: dict[int, list[Trigger]] = {}  # sentence index -> its trigger words
    trigger_starts: dict[int, list[int]] = {}  # sentence index -> their starts
    cues_of: dict[int, SentenceCues] = {}
    sentence_is_excluded: dict[int, bool] = {}
    region_of_subject: dict[str | None, Region] = {}
    texts_of: dict[int, str] = {}  # sentence index -> its text, stripped

    def sentence_text(si: int, sentence: Span) -> str:
        if si not in texts_of:
            texts_of[si] = text[sentence.start:sentence.end].strip()
        return texts_of[si]

    commentary = is_commentary(article)
    commentary_stop = commentary_end(article) if commentary else 0
    last_start = -1  # where the figure of the last fact starts
    facts: list[Fact] = []
    previous: tuple[int, str, str] | None = None  # sentence index, metric, unit
    for mention in mentions:
        q = mention.quantity
        if q.unit not in taxonomy.units:
            continue
        si = _containing(sentence_starts, q.start) if sentences else 0
        sentence = sentences[si] if sentences else Span(0, len(text))
        clause = breaks.clause(sentence, q.start, q.end)
        k = bisect_left(speech_starts, q.start) - 1  # the last quote opening before the figure
        if k >= 0 and q.end < speech[k].end and not speaks_for_body(text, sentence):
            continue
        if is_vague_detail(q):
            continue
        if clause_excluded(text, clause, q):
            continue
        contingent = counts_contingent_bodies(text, q, clause, quantities)
        venue_per_place = q.unit in _venue_units(taxonomy) and counts_venue_per_place(text, q, clause)
        if not contingent and not venue_per_place and (counts_no_output(text, q) or counts_partners(text, q, clause)):
            continue
        if clause.start > sentence.start + 1 and opens_with_part_cue(text, clause) \
                and clause_excluded(text, breaks.clause(sentence, clause.start - 1, clause.start - 1)):
            continue  # 我国技术工人超过2亿人，其中…: a part of a context figure is context
        if si not in sentence_is_excluded:
            sentence_is_excluded[si] = sentence_excluded(text, sentence)
        if sentence_is_excluded[si]:
            continue
        if si not in triggers_of:
            triggers_of[si] = triggers.within(sentence)
            trigger_starts[si] = [t.start for t in triggers_of[si]]
        starts = trigger_starts[si]
        near = triggers_of[si][bisect_left(starts, q.start - WINDOW_CHARS):bisect_right(starts, q.end + WINDOW_CHARS)]
        cell = tables.cell_of(q)
        metric: str | None
        if contingent:  # 86家企业的2100名职工: the firms a program reached
            scores, metric = {}, contingent_metric(text, q)
        elif venue_per_place:  # 在8个乡镇设立了…工作站: one venue in each place
            scores, metric = {}, _venue_per_place_metric()
        else:
            scores = score_metrics(q, clause, near, quantities, taxonomy)
            if cell is not None:  # a table's figure is also what its column head names
                for name, v in score_column(q, cell.head, taxonomy, text).items():
                    scores[name] = scores.get(name, 0.0) + v
            metric = _best(scores, taxonomy)
        if metric is None and previous and previous[0] == si and previous[2] == q.unit:
            metric = previous[1]  # a list continues: 专业力量570名，辅助力量2468名
        elif (previous and previous[0] >= si - 1 and previous[2] == q.unit and previous[1] != metric
              and max(scores.values(), default=0.0) < STRONG_SCORE and opens_with_part_cue(text, clause)):
            metric = previous[1]  # a part of the figure before: 52个…，其中…有31个
        if metric is None:
            continue
        metric = _sentence_reading(text, sentence, clause, q, metric)
        metric = _clause_reading(text, clause, q, metric, taxonomy)
        paragraph = paragraphs[_containing(paragraph_starts, q.start)]
        if ab is None:
            ab = _article_bodies(article, page)
        subject_body = find_subject(ab, q, sentence, paragraph, sentence_starts, text)
        if subject_body is not None and subject_body.kind == "other":
            # another body's program (残联, a bureau alone) is out of scope,
            # unless a union or employer of the sentence runs it jointly
            subject_body = _joint_organizer(ab, q, sentence)
            if subject_body is None:
                continue
        if commentary and q.start < commentary_stop and not _names_local_body(ab, q, sentence):
            continue  # a commentary's figure with no local body of its own: context
        subject = subject_body.name if subject_body else None
        if cell is not None:  # a row about a county or city: its union's figure
            subject = _row_union(text[cell.row_label.start:cell.row_label.end]) or subject
        region = region_of_subject.get(subject)
        if region is None:  # the same subject, the same region: read once per article
            region = region_of_subject[subject] = region_of(ab.qualify(subject) if subject else None, ab.context)
        previous = (si, metric, q.unit)
        if si not in cues_of:
            cues_of[si] = SentenceCues(text, sentence)
        cues = cues_of[si]
        facts.append(Fact(
            article_id=article.article_id,
            metric=metric,
            value=q.value,
            value_high=q.value_high,
            qualifier=q.qualifier,
            unit=q.unit,
            surface=q.surface,
            object=find_object(text, q, clause, near, triggers),
            subject=subject,
            province=region.province,
            city=region.city,
            district=region.district,
            period=cues.period(q),
            planned=cues.planned(q, clause),
            sentence=sentence_text(si, sentence),
            char_start=mention.char_start,
            char_end=mention.char_end,
        ))
        if len(facts) > 1 and metric in _CONTINGENT_METRICS:
            _take_contingent(facts, text, clause, q, last_start)
        last_start = q.start
    if not facts:
        return [], set()
    summaries = SpanSet(summary_spans(text, article.body_start))
    start_of = {(m.char_start, m.char_end): m.quantity.start for m in mentions}
    in_summary = {id(f) for f in facts if start_of.get((f.char_start, f.char_end), 0) in summaries}
    kept = collapse_restatements(facts, in_summary)
    return kept, in_summary & {id(f) for f in kept}


# 来自47家企业的185名职工参赛: the firms a contingent comes from count as
# taking part, like its people (the metric of the people figure).
_CONTINGENT_METRICS = frozenset({"participants"})
_CONTINGENT_UNITS = frozenset({"个", "支"})  # 家 and 所: counts_contingent_bodies
_CONTINGENT_GAP = 16  # 家企业的 / 家单位的: the firms' noun between the two figures


def _take_contingent(facts: list[Fact], text: str, clause: Span, q: Quantity, last_start: int) -> None:
    """The fact before ``facts[-1]`` counts the bodies a contingent comes from
    when it lies in the same clause right before the people figure ``q``,
    joined by 的: it takes the people figure's metric."""
    before = facts[-2]
    if before.unit not in _CONTINGENT_UNITS or before.metric == facts[-1].metric:
        return
    if not (clause.start <= last_start < q.start and q.start - last_start <= _CONTINGENT_GAP):
        return
    between = text[last_start:q.start]
    if "的" in between and not any(ch in between for ch in "，,；;、"):
        facts[-2] = replace(before, metric=facts[-1].metric)


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
    ratio = body.value / head.value
    if head.qualifier in ("more_than", "at_least"):
        return 1.0 <= ratio < 1.0 + HEADLINE_ROUNDING
    if head.qualifier == "nearly":
        return 1.0 - HEADLINE_ROUNDING < ratio <= 1.0
    return abs(ratio - 1.0) < HEADLINE_ROUNDING / 2


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


def facts_of_page(articles: list[Article], mentions_of: list[list[Mention]]) -> list[Fact]:
    """The facts of a page's articles (``mentions_of[i]`` the mentions of
    ``articles[i]``), one per statistic: a summary box of the page (数说本周
    over a digest) restates figures of other articles, so a headline's or a
    box's figure that another article states in its body is dropped too."""
    per_article: list[tuple[list[Fact], set[int]]] = []
    page = PagePlace(articles)
    for article, mentions in zip(articles, mentions_of):
        per_article.append(_read_article(article, mentions, page))
    stated = StatedFigures([f for facts, summary_ids in per_article for f in facts if id(f) not in summary_ids])
    return [f for facts, summary_ids in per_article for f in facts
            if id(f) not in summary_ids or not stated.restated_by(f, other_article_only=True)]
