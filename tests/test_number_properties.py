"""Properties of parse_number that must hold for every input (hypothesis)."""
from __future__ import annotations

import math
from decimal import Decimal

import cn2an
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.numbers import parse_number

INTEGERS = st.integers(min_value=0, max_value=10**12 - 1)


@given(INTEGERS)
def test_chinese_numerals_read_back(n: int) -> None:
    assert parse_number(cn2an.an2cn(n)) == n


@given(INTEGERS)
def test_financial_numerals_read_back(n: int) -> None:
    assert parse_number(cn2an.an2cn(n, "up")) == n


@given(INTEGERS)
def test_arabic_with_separators_reads_back(n: int) -> None:
    assert parse_number(f"{n:,}") == n


@given(st.integers(min_value=1, max_value=10**8), st.sampled_from([("万", 4), ("亿", 8)]))
def test_scaled_decimals_read_back_exactly(units: int, scale: tuple[str, int]) -> None:
    # 1.38万 style: a value in units of 10^-2 of the scale, written as a decimal.
    word, power = scale
    mantissa = Decimal(units) / 100
    text = f"{mantissa.normalize():f}{word}"
    expected = int(mantissa * 10**power)
    assert parse_number(text) == expected


@settings(max_examples=300)
@given(st.text())
def test_arbitrary_text_raises_only_value_error(text: str) -> None:
    try:
        value = parse_number(text)
    except ValueError:
        return
    parts = value if isinstance(value, tuple) else (value,)
    assert all(math.isfinite(v) for v in parts)


NUMBER_ALPHABET = st.sampled_from(list("0123456789.,%零〇一二两三四五六七八九十百千万亿几数余多近约超至到-~点分之第 "))


@settings(max_examples=500)
@given(st.text(alphabet=NUMBER_ALPHABET, max_size=12))
def test_numeral_soup_raises_only_value_error(text: str) -> None:
    # Strings made of number characters reach deep into the parser.
    try:
        value = parse_number(text)
    except ValueError:
        return
    parts = value if isinstance(value, tuple) else (value,)
    assert all(math.isfinite(v) and abs(v) <= 2**53 for v in parts)
    if isinstance(value, tuple):
        assert value[0] < value[1]
