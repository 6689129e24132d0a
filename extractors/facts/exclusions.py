"""What is no fact: figures of quoted speech, partners, venues per place,
differences, parts and vague details, and clauses or sentences excluded as
a whole.
"""
from __future__ import annotations

import re

from extractors.records import Quantity
from extractors.taxonomy import Taxonomy
from extractors.facts.sentences import Span
from extractors.facts.context import _compiled, _context
from extractors.facts.metrics import QuantityIndex, _units_of


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
        if _inside_quote(text, clause.start, m.start()):
            continue  # “法治同行·携手筑梦”普法宣讲: a word of a campaign's name
        last = m
    if last is None or c["partner_verb"].search(text, last.end(), q.start):
        return False
    return not c["partner_exempt"].match(text, q.end)


def _inside_quote(text: str, start: int, at: int) -> bool:
    """``at`` lies inside a “…” opened after ``start``."""
    return text.count("“", start, at) > text.count("”", start, at)


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


def portrays_economy(text: str, sentence: Span) -> bool:
    """The sentence portrays a place's economy (产业基地, 常住人口…)."""
    return bool(_compiled()["economy_sentence"].search(text, sentence.start, sentence.end))


def economy_figure(text: str, clause: Span) -> bool:
    """In a sentence portraying a place's economy, a figure is the place's
    unless its own clause tells a union's program (…常住人口约45万人，下一步
    计划再建设10个驿站): the clause names no economy word and has a union or
    a program verb."""
    c = _compiled()
    return bool(c["economy_sentence"].search(text, clause.start, clause.end)) \
        or not c["economy_program_clause"].search(text, clause.start, clause.end)
