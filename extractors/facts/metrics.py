"""Reading a quantity as a metric: the evidence of trigger words near it
(weights of ``data/taxonomy.toml`` times nearness), clause and sentence
readings, and the best metric of the scores.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from operator import itemgetter

import regex

from extractors.records import Quantity
from extractors.taxonomy import Taxonomy, TriggerWord
from extractors.facts.sentences import Span
from extractors.facts.context import _context


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
# Evidence beyond a neighbouring quantity of the clause counts for this share.
ACROSS_QUANTITY_SHARE = 0.6
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

    def list_last(self, q: Quantity) -> Quantity | None:
        """The last member of a 、-list of figures in ``q``'s unit that ``q``
        opens or continues (分别给予3000元、2000元、1000元的奖励), each member
        right after the 、 that ends the one before; None if ``q`` is the last
        or no list follows it."""
        last = None
        o = self.next_after(q)
        while o is not None and o.unit == q.unit and self.text[(last or q).end:o.start] == "、":
            last = o
            o = self.next_after(o)
        return last

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
PEOPLE_UNITS = frozenset({"人", "人次", "户", "户次"})


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


def default_reading(text: str, clause: Span, q: Quantity, taxonomy: Taxonomy) -> str | None:
    """The metric a figure's unit is by itself (taxonomy.toml default_units:
    受众达N人次 is participation) when no metric's words reached the
    threshold (weak evidence for another metric does not stop it: held-out
    gold reads 观众达N人次 after 演出N场 as participants); None when the clause
    gives one day's count (一天能有N人次) or other grammar of not_default."""
    name = taxonomy.default_metric.get(q.unit)
    if name is None:
        return None
    if _default_blocker().search(text, clause.start, q.start):
        return None
    return name


@lru_cache(maxsize=1)
def _default_blocker() -> regex.Pattern:
    return regex.compile("|".join(_context()["grammar"]["not_default"]))


def _best(scores: dict[str, float], taxonomy: Taxonomy) -> str | None:
    if not scores:
        return None
    order = taxonomy.rank
    name, score = max(scores.items(), key=lambda kv: (kv[1], -order[kv[0]]))
    return name if score >= MIN_SCORE else None
