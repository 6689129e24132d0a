"""parse_number and read_number on number expressions as union news writes them.

Table-driven: each list holds the cases of one kind of expression, each case
runs as its own test named by its input. Known failures are marked xfail
(strict) with the reason.
"""
from __future__ import annotations

import math

import pytest

from extractors.numbers import MAX_ABS_VALUE, NumberReading, parse_number, read_number

# ------------------------------------------------------------------- values

ARABIC = [
    ("0", 0),
    ("7", 7),
    ("268", 268),
    ("1200", 1200),
    ("1,200", 1200),
    ("12,345", 12345),
    ("3,056,700", 3056700),
    ("4.32", 4.32),
    ("0.5", 0.5),
    (".5", 0.5),
    ("97.30", 97.3),
    ("2025", 2025),
    (" 86 ", 86),
]

FULL_WIDTH = [
    ("１２３", 123),
    ("４．５", 4.5),
    ("１，８００", 1800),
    ("3，600", 3600),  # full-width comma between digit groups
    ("612,350，000", 612350000),
    ("１．２万", 12000),
]

CHINESE_SIMPLE = [
    ("零", 0),
    ("一", 1),
    ("两", 2),
    ("十", 10),
    ("十二", 12),
    ("三十六", 36),
    ("一百零八", 108),
    ("两百", 200),
    ("两万", 20000),
    ("一万二千", 12000),
    ("一万零五", 10005),
    ("十万八千", 108000),
    ("三千零六十", 3060),
    ("四十五万", 450000),
    ("一千二百万", 12000000),
    ("二〇二五", 2025),
    ("二零一九", 2019),
    ("廿", 20),
    ("卅", 30),
    ("万", 10000),
    ("千", 1000),
    ("千万", 10000000),
    ("百万", 1000000),
    ("千三", 1300),  # a leading scale means one of it
    ("一万二", 12000),  # a colloquial tail counts in the next lower unit
    ("两千六", 2600),
    ("一百五", 150),
    ("一百零十万", 1100000),
    ("四万万", 400000000),  # the old way to write 亿
    ("半", 0.5),
    ("半百", 50),
    ("俩", 2),
    ("兩萬", 20000),  # traditional characters
    ("一百 二十", 120),  # a space left by the layout
]

CHINESE_FINANCIAL = [
    ("壹", 1),
    ("拾", 10),
    ("壹佰", 100),
    ("贰仟零伍", 2005),
    ("叁万肆仟", 34000),
    ("伍拾陆", 56),
    ("柒佰捌拾玖", 789),
    ("玖亿", 900000000),
    ("壹拾贰万", 120000),
]

MIXED = [
    ("1.38万", 13800),
    ("2.3亿", 230000000),
    ("5万", 50000),
    ("60万", 600000),
    ("1.5万", 15000),
    ("2.46亿", 246000000),
    ("0.8万", 8000),
    ("3千万", 30000000),
    ("12万亿", 12000000000000),
    ("3万5千", 35000),
    ("1万2", 12000),
    ("8千零50", 8050),
    ("1百05", 105),
    ("4万3000", 43000),
    ("600万两千", 6002000),
    ("1,200万", 12000000),
    ("3.125万", 31250),
    ("1000 万", 10000000),
]

PERCENT = [
    ("97.3%", 97.3),
    ("９７％", 97),
    ("100%", 100),
    ("0.6%", 0.6),
    ("百分之八十五", 85),
    ("百分之九十点五", 90.5),
    ("百分之35", 35),
    ("百分之百", 100),
    ("百分之五", 5),
    ("百分之零点八", 0.8),
]

RANGES = [
    ("两三", (2, 3)),
    ("一两", (1, 2)),
    ("三五", (3, 5)),
    ("七八十", (70, 80)),
    ("三四百", (300, 400)),
    ("五六千", (5000, 6000)),
    ("二三十万", (200000, 300000)),
    ("十三四", (13, 14)),
    ("一百五六十", (150, 160)),
    ("3至5", (3, 5)),
    ("200-500", (200, 500)),
    ("3~5", (3, 5)),
    ("三到五", (3, 5)),
    ("3至5万", (30000, 50000)),
    ("1至1.5万", (10000, 15000)),
    ("8000至1.2万", (8000, 12000)),
    ("1万-3万", (10000, 30000)),
    ("二十至三十万", (200000, 300000)),
    ("一千到两千万", (10000000, 20000000)),
    ("60%-80%", (60, 80)),
    ("60-80%", (60, 80)),
    ("百分之六十至七十", (60, 70)),
    ("从300到500", (300, 500)),
    ("2——4万", (20000, 40000)),
]

VAGUE = [
    ("几", (2, 9)),
    ("十几", (11, 19)),
    ("几十", (20, 90)),
    ("几百", (200, 900)),
    ("几千", (2000, 9000)),
    ("数十", (20, 90)),
    ("数百", (200, 900)),
    ("数十万", (200000, 900000)),
    ("十几万", (110000, 190000)),
    ("二十几", (21, 29)),
    ("一百零几", (101, 109)),
    ("几万", (20000, 90000)),
]

QUALIFIED_VALUES = [
    ("十余", 10),
    ("万余", 10000),
    ("1200余", 1200),
    ("近千", 1000),
    ("上千", 1000),
    ("成千", 1000),
    ("上百", 100),
    ("上万", 10000),
    ("40余万", 400000),
    ("十多万", 100000),
    ("300多", 300),
    ("5000左右", 5000),
    ("超过230万", 2300000),
    ("超2000", 2000),
    ("逾百", 100),
    ("约1.7万", 17000),
    ("将近三千", 3000),
    ("不到200", 200),
    ("90%以上", 90),
    ("近百分之八十", 80),
]

NOT_NUMBERS = [
    "",
    "   ",
    "abc",
    "一切",
    "万万",  # "absolutely", not 10^8
    "十十",
    "1.2.3",
    "第五",
    "第1",
    "首",
    "五点",  # a time of day
    "点五",
    "一千零",
    "两两",
    "1二3",
    "12a",
    "1 2",  # two numbers, not 12
    "3,5",
    "%",
    "百分之",
    "超过",
    "余",
    "几几",
    "5至3",  # a range must rise
    "-5",
    "负三",
    "元",
    "1,2345",
    "五分之一",
    "一万亿亿亿",
]

ABSURD = [
    "1e308",
    "9" * 400,
    "99999999999999999999",
    "一万亿亿",
    "1000000亿亿",
]

# What cn2an alone gets wrong and we correct (cn2an's answer in the comment).
CN2AN_CORRECTIONS = [
    ("两三", (2, 3)),  # cn2an: 23
    ("七八", (7, 8)),  # cn2an: 78
    ("十余", 10),  # cn2an: ValueError
    ("近千", 1000),  # cn2an: ValueError
    ("数百", (200, 900)),  # cn2an: ValueError
    ("万余", 10000),  # cn2an: ValueError
    ("12,345", 12345),  # cn2an: ValueError
    ("百分之三十五", 35),  # cn2an: ValueError
    ("万", 10000),  # cn2an: ValueError
    ("千万", 10000000),  # cn2an: ValueError
    ("百三", 130),  # cn2an: ValueError
    ("零十", 10),  # cn2an: ValueError
]
CN2AN_MUST_RAISE = [
    "两两",  # cn2an: 22
    "五点",  # cn2an: 5
    "一千零",  # cn2an: 1000
]


def _ids(cases):
    return [c[0] if isinstance(c, tuple) else c for c in cases]


def _same(got, expected) -> bool:
    if isinstance(expected, tuple):
        return isinstance(got, tuple) and len(got) == 2 and all(map(_same, got, expected))
    return type(got) is type(expected) and math.isclose(got, expected, rel_tol=1e-12)


@pytest.mark.parametrize("text, expected", ARABIC, ids=_ids(ARABIC))
def test_arabic(text, expected):
    assert _same(parse_number(text), expected)


@pytest.mark.parametrize("text, expected", FULL_WIDTH, ids=_ids(FULL_WIDTH))
def test_full_width(text, expected):
    assert _same(parse_number(text), expected)


@pytest.mark.parametrize("text, expected", CHINESE_SIMPLE, ids=_ids(CHINESE_SIMPLE))
def test_chinese_simple(text, expected):
    assert _same(parse_number(text), expected)


@pytest.mark.parametrize("text, expected", CHINESE_FINANCIAL, ids=_ids(CHINESE_FINANCIAL))
def test_chinese_financial(text, expected):
    assert _same(parse_number(text), expected)


@pytest.mark.parametrize("text, expected", MIXED, ids=_ids(MIXED))
def test_mixed(text, expected):
    assert _same(parse_number(text), expected)


@pytest.mark.parametrize("text, expected", PERCENT, ids=_ids(PERCENT))
def test_percent(text, expected):
    assert _same(parse_number(text), expected)
    assert read_number(text).percent


@pytest.mark.parametrize("text, expected", RANGES, ids=_ids(RANGES))
def test_ranges(text, expected):
    assert _same(parse_number(text), expected)


@pytest.mark.parametrize("text, expected", VAGUE, ids=_ids(VAGUE))
def test_vague(text, expected):
    assert _same(parse_number(text), expected)


@pytest.mark.parametrize("text, expected", QUALIFIED_VALUES, ids=_ids(QUALIFIED_VALUES))
def test_qualified_value_is_the_base_value(text, expected):
    assert _same(parse_number(text), expected)


@pytest.mark.parametrize("text", NOT_NUMBERS, ids=_ids(NOT_NUMBERS))
def test_not_numbers_raise(text):
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize("text", ABSURD, ids=[t[:20] for t in ABSURD])
def test_absurd_values_raise(text):
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize("text, expected", CN2AN_CORRECTIONS, ids=_ids(CN2AN_CORRECTIONS))
def test_corrects_cn2an(text, expected):
    assert _same(parse_number(text), expected)


@pytest.mark.parametrize("text", CN2AN_MUST_RAISE, ids=CN2AN_MUST_RAISE)
def test_rejects_what_cn2an_misreads(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_largest_value_is_kept_exactly():
    assert parse_number(str(MAX_ABS_VALUE)) == MAX_ABS_VALUE


def test_just_above_the_bound_raises():
    with pytest.raises(ValueError):
        parse_number(str(MAX_ABS_VALUE + 1))


# --------------------------------------------------------------- qualifiers
# (input, (value, value_high, qualifier))

QUALIFIERS = [
    ("1200", (1200, None, "exact")),
    ("二十三", (23, None, "exact")),
    ("百分之八十五", (85, None, "exact")),
    ("1200余", (1200, None, "more_than")),
    ("40余万", (400000, None, "more_than")),
    ("十多", (10, None, "more_than")),
    ("超过230万", (2300000, None, "more_than")),
    ("超5000", (5000, None, "more_than")),
    ("逾3000", (3000, None, "more_than")),
    ("过万", (10000, None, "more_than")),
    ("2000以上", (2000, None, "at_least")),
    ("不少于50", (50, None, "at_least")),
    ("至少3", (3, None, "at_least")),
    ("上千", (1000, None, "at_least")),
    ("成千", (1000, None, "at_least")),
    ("上万", (10000, None, "at_least")),
    ("近千", (1000, None, "nearly")),
    ("近1.7万", (17000, None, "nearly")),
    ("将近200", (200, None, "nearly")),
    ("接近90%", (90, None, "nearly")),
    ("约5000", (5000, None, "approx")),
    ("大约三百", (300, None, "approx")),
    ("5000左右", (5000, None, "approx")),
    ("六十上下", (60, None, "approx")),
    ("18以下", (18, None, "at_most")),
    ("不超过3000", (3000, None, "at_most")),
    ("最多5", (5, None, "at_most")),
    ("不到100", (100, None, "at_most")),
    ("不足两成", None),  # 成 is a measure word, not ours: must raise
    ("3至5", (3, 5, "range")),
    ("3到5年", None),  # the measure word is find_quantities' business
    ("200-500", (200, 500, "range")),
    ("两三", (2, 3, "range")),
    ("七八十", (70, 80, "range")),
    ("三四百", (300, 400, "range")),
    ("几", (2, 9, "several")),
    ("十几", (11, 19, "several")),
    ("几十", (20, 90, "several")),
    ("数十万", (200000, 900000, "several")),
    ("几百", (200, 900, "several")),
    ("十几万", (110000, 190000, "several")),
]


@pytest.mark.parametrize("text, expected", QUALIFIERS, ids=_ids(QUALIFIERS))
def test_read_number_qualifier(text, expected):
    if expected is None:
        with pytest.raises(ValueError):
            read_number(text)
        return
    reading = read_number(text)
    assert (reading.value, reading.value_high, reading.qualifier) == expected


def test_reading_is_frozen():
    reading = read_number("40余万")
    assert isinstance(reading, NumberReading)
    with pytest.raises(AttributeError):
        reading.value = 1  # type: ignore[misc]


def test_integral_values_are_int_and_others_float():
    assert type(parse_number("1.38万")) is int
    assert type(parse_number("4.32")) is float
    assert type(parse_number("2.0")) is int
