"""What a fact counts (its object), the period it covers and whether it is a
plan.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex

from extractors.patterns import compile_fast
from extractors.records import Quantity
from extractors.facts.sentences import Span
from extractors.facts.context import _compiled
from extractors.facts.metrics import ArticleTriggers, Trigger


# ---------------------------------------------------------------- attributes

_STARTS_HAN = regex.compile(r"\p{Han}")
_NOUN_HEAD_JUNK = compile_fast(r"^(?:了|共|已|累计|达|有|约|共计)+")
_NOUN_TAIL_JUNK = compile_fast(r"(?:达|为|共|有|超|近|约)$")
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
