"""parse_number against the test cases of other number parsers.

The suites (../shared/peer-suites/, read at test time) come from
Recognizers-Text (Chinese number, percent and currency models), cn2an and
JioNLP's money parser. Every case is a test of its own, named by the case's
source. A case outside our scope is not dropped: it is skipped with the named
rule that excludes it, so the report lists what we do not cover and why.

What "value" means here: for a number span, the number; for a percent span,
the number of percent (百分之五 -> 5, as "5%" in the suite; 个百分点 is a unit,
its number part is compared); for a currency span, the number part before the
currency word (36.57亿元 -> 36.57亿 -> 3657000000).
"""
from __future__ import annotations

import json
import math
import re
from decimal import Decimal
from typing import Callable, NamedTuple

import pytest

from extractors.numbers import parse_number
from conftest import PEER_SUITES


class Case(NamedTuple):
    text: str  # what parse_number is given
    expected: object  # a number, a (low, high) tuple, or ValueError


def _load(name: str) -> list[dict]:
    path = PEER_SUITES / name
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _matches(got: object, expected: object) -> bool:
    if isinstance(expected, tuple):
        return isinstance(got, tuple) and all(_matches(g, e) for g, e in zip(got, expected))
    if isinstance(got, tuple) or isinstance(got, bool):
        return False
    return math.isclose(float(got), float(expected), rel_tol=1e-9, abs_tol=1e-12)


# --------------------------------------------------------------- exclusions
# Each rule: (reason shown in the skip, predicate on the text given to us).
# Rules are about the kind of expression, never about one case.

Rule = tuple[str, Callable[[str], bool]]

SHARED_RULES: list[Rule] = [
    ("negative numbers: counts in union news are never negative",
     lambda t: bool(re.match(r"\s*[-－负負]", t))),
    ("fractions (X分之Y) are not counts; only 百分之 percent is in scope",
     lambda t: "分之" in re.sub(r"\s", "", t) and not re.sub(r"\s", "", t).startswith(("百分之", "佰分之"))),
    ("scientific, power and slash-fraction notation (2e5, 2^5, 3/5) is not newspaper text",
     lambda t: bool(re.search(r"\d[eE][-+]?\d|\^|/", t))),
    ("Latin k/w/m multipliers (15k, 30w) are not union-news usage",
     lambda t: bool(re.search(r"\d\s*[kKwWmM]", t))),
    ("兆 is ambiguous (10^6 in metric usage, 10^12 in Taiwan) and not used for counts",
     lambda t: "兆" in t),
    ("打 (a dozen) is a measure word, bound by find_quantities, not a numeral",
     lambda t: "打" in t),
    ("几 is a vague count: facts.md reads it as a (low, high) range, the suite as its scale",
     lambda t: any(c in t for c in "几幾")),
    ("two Chinese digits side by side (一一, 七六) are a rough range or an idiom, never read as 11",
     lambda t: bool(re.fullmatch(r"[一二三四五六七八九壹贰叁肆伍陆柒捌玖]{2}(点.*)?", t))),
    ("幺 (one, in phone numbers) only occurs in identifiers, never in counts",
     lambda t: "幺" in t),
]

RECOGNIZERS_TYPE_EXCLUDED = {
    "dimension": "dimensions (米, 千克, 字节) are measure words bound by find_quantities",
    "age": "ages are not quantities (facts.md)",
    "temperature": "temperatures are not union quantities",
}
# Ordinals (第三) are not quantities (facts.md): parse_number must reject them.
RECOGNIZERS_MUST_RAISE = {"ordinal"}

PERCENT_RULES: list[Rule] = [
    ("成/折 are measure words: facts.md keeps 七折 as 7 折, not 70%",
     lambda t: bool(re.search(r"[成折]\s*[半六]?$", t))),
]

CURRENCY_RULES: list[Rule] = [
    ("currency sub-units (角, 毛, 分, 美分) are not parsed by parse_number",
     lambda t: bool(re.search(r"[角毛分銭]", t))),
]


def _skip_reason(text: str, rules: list[Rule]) -> str | None:
    for reason, applies in rules:
        if applies(text):
            return reason
    return None


def _param(case: Case, case_id: str, reason: str | None):
    marks = [pytest.mark.skip(reason=reason)] if reason else []
    return pytest.param(case, id=case_id, marks=marks)


# --------------------------------------------------------- Recognizers-Text

# The number part of a percent span: 个百分点 (percentage points) is a unit.
_POINTS_RE = re.compile(r"\s*[个個]\s*百\s*分\s*[点點]\s*$")
# The number part of a currency span: what precedes the currency word.
_CURRENCY_SYMBOL_RE = re.compile(r"^[$￥¥]")
_NUMBER_PART_RE = re.compile(r"^[\d.,，\s零〇一二两兩三四五六七八九十百千万萬亿億点點壹贰貳叁肆伍陆陸柒捌玖拾佰仟余多]+")


def _recognizers_cases() -> list:
    params = []
    for record in _load("recognizers_zh.jsonl"):
        for i, span in enumerate(record["expected"]):
            kind, text, value = span.get("type"), span["text"], span.get("value")
            case_id = f"{record['source'].split('/')[-1]}:{i}:{text}"
            if kind in RECOGNIZERS_TYPE_EXCLUDED:
                params.append(_param(Case(text, None), case_id, RECOGNIZERS_TYPE_EXCLUDED[kind]))
                continue
            if kind in RECOGNIZERS_MUST_RAISE:
                params.append(_param(Case(text, ValueError), case_id, None))
                continue
            if value is None:
                params.append(_param(Case(text, None), case_id, "span carries no number (a bare currency name)"))
                continue
            rules = list(SHARED_RULES)
            if kind == "percentage":
                rules += PERCENT_RULES
                value = value.rstrip("%")
                text = _POINTS_RE.sub("", text)
            elif kind == "currency":
                rules += CURRENCY_RULES
            reason = _skip_reason(text, rules)
            if kind == "currency" and reason is None:
                m = _NUMBER_PART_RE.match(_CURRENCY_SYMBOL_RE.sub("", text))
                text = m.group().strip() if m else text
            expected = Decimal(value)
            params.append(_param(Case(text, expected), case_id, reason))
    return params


def assert_parses_as_expected(case: Case) -> None:
    """parse_number gives the suite's value, or raises where the case expects it."""
    if case.expected is ValueError:
        with pytest.raises(ValueError):
            parse_number(case.text)
        return
    got = parse_number(case.text)
    assert _matches(got, case.expected), f"{case.text!r}: got {got!r}, expected {case.expected}"


RECOGNIZERS_CASES = _recognizers_cases()


@pytest.mark.skipif(not RECOGNIZERS_CASES, reason="../shared/peer-suites not beside the clone")
@pytest.mark.parametrize("case", RECOGNIZERS_CASES or [None])
def test_recognizers_span(case: Case) -> None:
    assert_parses_as_expected(case)


# -------------------------------------------------------------------- cn2an

CN2AN_RULES: list[Rule] = SHARED_RULES + [
    ("currency words (元, 圆, 整, 角, 分) are bound by find_quantities; parse_number reads bare numbers",
     lambda t: bool(re.search(r"[元圆整正角分]", t))),
]

# Inputs cn2an's strict mode rejects which we read, because newspapers write
# them: colloquial tails (三万五), Arabic with scales (10.1万), digit strings
# of three or more (一七二零) and the forms with an omitted 一 (百十一).
# Everything else in the strict-error list must raise ValueError, as must
# two digits side by side (一一), which we never read as a number.
STRICT_ERRORS_WE_READ: dict[str, int | float] = {
    "一一一": 111, "壹壹壹": 111, "一二三": 123,
    "一七二零": 1720, "一七二零点一": 1720.1, "一七二零点一三四": 1720.134,
    "零点零": 0, "零点零零": 0, "〇": 0, "百十一": 111,
    "100万": 1000000, "10.1万": 101000, "16.4亿": 1640000000, "35.1亿": 3510000000,
    "1百01": 101, "1万600": 10600, "10.1": 10.1, "100万三千": 1003000,
    "200亿零四千230": 20000004230, "一百点123": 100.123,
    "三万五": 35000, "十三万五": 135000, "两千六": 2600, "兩千六": 2600, "一百二": 120,
    "一百十一": 111, "一百十六": 116, "一千一十": 1010, "一百二十万三": 1203000,
    "十万零一千": 101000, "一百九十万零三千九百七十一": 1903971,
    "一亿五千万零六千三百五十五": 150006355, "壹拾万零叁仟肆佰伍拾叁": 103453,
}


def _cn2an_cases() -> list:
    params = []
    for n, record in enumerate(_load("cn2an_cases.jsonl")):
        mode, text, expected = record["mode"], record["input"], record["expected"]
        case_id = f"{mode}#{n}:{text}"
        if mode.startswith("transform"):
            params.append(_param(Case(text, None), case_id,
                                 "text transform (numbers inside a sentence): find_quantities' scope"))
            continue
        reason = _skip_reason(text, CN2AN_RULES)
        if isinstance(expected, dict):  # cn2an:strict:error
            expected = STRICT_ERRORS_WE_READ.get(text, ValueError)
            if expected is not ValueError:
                expected = Decimal(str(expected))
            reason = None if expected is ValueError else reason
        else:
            expected = Decimal(str(expected))
        params.append(_param(Case(text, expected), case_id, reason))
    return params


CN2AN_CASES = _cn2an_cases()


@pytest.mark.skipif(not CN2AN_CASES, reason="../shared/peer-suites not beside the clone")
@pytest.mark.parametrize("case", CN2AN_CASES or [None])
def test_cn2an_case(case: Case) -> None:
    assert_parses_as_expected(case)


# ------------------------------------------------------------------- JioNLP

# Currency words and annotations around the number in JioNLP's money cases.
_MONEY_WORDS_RE = re.compile(
    r"人民币|新台币|台币|港币|港元|美元|欧元|日元|日币|泰铢|卢布|韩元|澳元|块钱|块|钱|元|圆|整|（含）|\(含\)"
)

JIONLP_RULES: list[Rule] = SHARED_RULES + CURRENCY_RULES + [
    ("多 is more_than with no high end (facts.md); JioNLP reads 3000多 as 3000..4000",
     lambda t: "多" in t),
    ("数 is a vague count read 2..9 (facts.md); JioNLP reads 数十亿 as 10亿..100亿",
     lambda t: "数" in t),
    ("个 between numeral and scale (两个亿) is colloquial; find_quantities' measure-word scope",
     lambda t: bool(re.search(r"个[万亿]", t))),
]

# Where the suite's reading disagrees with ours by design, with why.
JIONLP_DISAGREEMENTS: dict[str, str] = {
    "八到九百亿泰铢": "a scale written on the high end is shared when both ends are "
                  "then the same size: we read 800亿..900亿, JioNLP 8亿..900亿",
}


def _jionlp_cases() -> list:
    params = []
    for n, record in enumerate(_load("jionlp_money.jsonl")):
        text = record["input"]
        case_id = f"{record['suite']}#{n}:{text}"
        if record["suite"] != "jionlp_money_parse":
            params.append(_param(Case(text, None), case_id,
                                 "span extraction without values: find_quantities' scope"))
            continue
        (span,) = record["expected"]
        number_part = _MONEY_WORDS_RE.sub("", span["text"]).strip()
        low = Decimal(span["value"])
        expected = low if span["value_high"] is None else (low, Decimal(span["value_high"]))
        reason = JIONLP_DISAGREEMENTS.get(text) or _skip_reason(span["text"], JIONLP_RULES)
        params.append(_param(Case(number_part, expected), case_id, reason))
    return params


JIONLP_CASES = _jionlp_cases()


@pytest.mark.skipif(not JIONLP_CASES, reason="../shared/peer-suites not beside the clone")
@pytest.mark.parametrize("case", JIONLP_CASES or [None])
def test_jionlp_money_case(case: Case) -> None:
    assert_parses_as_expected(case)
