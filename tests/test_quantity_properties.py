"""Properties of find_quantities that hold on any text (hypothesis).

Whatever the input, find_quantities never raises, returns quantities in
order with spans inside the text that never overlap, and each surface is
exactly the text of its span. Hostile inputs (very long numeral runs) are
checked for bounded output here; their speed is measured in bench/, not in
tests.
"""
from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.quantities import find_quantities
from extractors.records import QUALIFIERS
from extractors.vocabulary import load_table

# Text built from what quantities are made of, so that hypothesis reaches the
# interesting paths (qualifiers, measure words, ranges, quotes) often.
NUMERALS = list("0123456789０１２３零〇一二三四五六七八九十百千万亿两几数半双.,")
WORDS = sorted(load_table("units")["measure_words"]) + [
    w for table in ("prefix", "suffix", "infix", "scale_prefix") for w in load_table("qualifiers")[table]
] + ["至", "到", "-", "~", "大", "第", "前", "年", "月", "日", "号", "岁", "周年", "“", "”", "《", "》",
     "职工", "商户", "年薪", "\n\n", " ", "，", "。", "FM", "+", "%", "百分之", "个多月", "以上"]
QUANTITY_TEXT = st.lists(
    st.one_of(st.sampled_from(NUMERALS), st.sampled_from(WORDS)), max_size=60
).map("".join)
ANY_TEXT = st.text(max_size=200)


def assert_well_formed(text: str) -> None:
    found = find_quantities(text)
    previous_end = 0
    for x in found:
        assert 0 <= x.start < x.end <= len(text)
        assert x.start >= previous_end, "spans overlap or are out of order"
        assert text[x.start:x.end] == x.surface
        assert x.qualifier in QUALIFIERS
        assert isinstance(x.unit, str) and x.unit
        assert isinstance(x.value, (int, float)) and math.isfinite(x.value)
        if x.value_high is not None:
            assert x.value_high > x.value
        previous_end = x.end


@settings(max_examples=400, deadline=None)
@given(ANY_TEXT)
def test_any_unicode_text_is_well_formed(text):
    assert_well_formed(text)


@settings(max_examples=600, deadline=None)
@given(QUANTITY_TEXT)
def test_quantity_like_text_is_well_formed(text):
    assert_well_formed(text)


@settings(max_examples=300, deadline=None)
@given(QUANTITY_TEXT)
def test_a_paragraph_before_shifts_spans_only(text):
    # Quantities are decided by their near surroundings: a paragraph of
    # filler before the text moves every span by its length and changes
    # nothing else.
    filler = "工会" * 20 + "\n\n"
    alone = [(x.surface, x.value, x.unit, x.start) for x in find_quantities(text)]
    shifted = [(x.surface, x.value, x.unit, x.start - len(filler)) for x in find_quantities(filler + text)]
    assert shifted == alone


@given(st.sampled_from(["一", "9", "万", "两", "几", "1.", "〇"]), st.integers(10_000, 200_000))
@settings(max_examples=10, deadline=None)
def test_long_numeral_runs_are_no_quantity(char, n):
    assert find_quantities(char * n + "名职工") == []
