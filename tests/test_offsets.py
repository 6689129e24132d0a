"""Offsets survive repair and segmentation; re-wrapping a page changes nothing.

Every quantity found through ``analyze_document`` carries ``char_start`` and
``char_end`` into the decoded text: the text there is the quantity's surface
up to whitespace. Re-wrapping a page the way the layout does (blank-line
breaks inside paragraphs, CRLF, trailing spaces) must not change the
quantities found.
"""
from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import needs_shared, seed_paths
from extractors import analyze_document
from extractors.repair import repair_text

SEEDS = {p.name: p.read_text(encoding="utf-8") for p in seed_paths()}


def squeeze(s: str) -> str:
    return "".join(s.split())


def quantities(text: str) -> Counter:
    return Counter(
        (squeeze(m.quantity.surface), m.quantity.value, m.quantity.value_high, m.quantity.unit)
        for m in analyze_document(text).mentions
    )


def assert_spans_match_surfaces(text: str) -> None:
    for m in analyze_document(text).mentions:
        assert squeeze(text[m.char_start:m.char_end]) == squeeze(m.quantity.surface), m


@needs_shared
@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_spans_match_surfaces(name):
    assert_spans_match_surfaces(SEEDS[name])


@needs_shared
@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_offsets_strictly_increase_after_repair(name):
    offsets = repair_text(SEEDS[name]).raw_offsets
    assert all(a < b for a, b in zip(offsets, offsets[1:]))


def rewrap(page: str, cuts: list[float], crlf: bool, trailing_spaces: bool) -> str:
    """Insert blank-line breaks inside long paragraphs at relative positions."""
    lines = page.split("\n")
    long_lines = [i for i, line in enumerate(lines) if len(line) >= 60]
    for k, cut in enumerate(cuts):
        if not long_lines:
            break
        i = long_lines[k % len(long_lines)]
        line = lines[i]
        pos = 10 + int(cut * (len(line) - 20))
        lines[i] = line[:pos] + ("  " if trailing_spaces else "") + "\n\n" + line[pos:]
    out = "\n".join(lines)
    return out.replace("\n", "\r\n") if crlf else out


CASES = st.tuples(
    st.sampled_from(sorted(SEEDS) or [""]),
    st.lists(st.floats(min_value=0, max_value=1), min_size=1, max_size=6),
    st.booleans(),
    st.booleans(),
)


@needs_shared
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CASES)
def test_rewrapped_page_keeps_spans_and_quantities(case):
    name, cuts, crlf, spaces = case
    page = rewrap(SEEDS[name], cuts, crlf, spaces)
    assert_spans_match_surfaces(page)
    offsets = repair_text(page).raw_offsets
    assert all(a < b for a, b in zip(offsets, offsets[1:]))
    assert quantities(page) == quantities(SEEDS[name])
