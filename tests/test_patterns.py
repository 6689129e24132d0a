"""The fast forms of vocabulary patterns (extractors.patterns) find what the
plain alternations find: same matches for guarded ones, same yes/no for
existence forms."""
from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.facts.context import _context
from extractors.patterns import (
    AnyOf, compile_existence, compile_fast, compile_guarded, compile_words, existence_form, first_chars, same_in_re,
)

FIRST_CHARS = [
    ("literal word", "年薪", {"年"}),
    ("literal then optional group", "人均(?:可支配|年)?收入", {"人"}),
    ("group of words", "(?:今年|去年|\\d{4}年)以来", {"今", "去", "\\d"}),
    ("after a lookbehind", "(?<!截)至\\d{4}年", {"至"}),
    ("lookahead after the word", "年内(?!已)", {"年"}),
    ("a branch of branches", "评论|时评", {"评", "时"}),
    ("a set of plain characters", "[一二]个", {"一二"}),
    ("a set inside a group", "(?:家|[，、])[两三]个", {"家", "，、"}),
]
NO_FIRST_CHARS = [
    ("optional first character", "的?\\p{Han}{0,8}可申请"),
    ("leading Han run", "\\p{Han}{0,4}及配套企业"),
    ("optional group", "(?:及|或)?以上"),
    ("a negated set", "[^一二]个"),
    ("a set with an escape", "[\\d一]个"),
    ("a set opening with a dash", "[-一]个"),
    ("an optional set", "[一二]?个"),
    ("any character", ".以来"),
    ("starred first character", "a*b"),
    ("empty", ""),
]
EXISTENCE_FORMS = [
    ("leading Han run dropped", "\\p{Han}{0,4}及配套企业", "及配套企业"),
    ("a run of at least one kept", "\\p{Han}{1,4}有", "\\p{Han}{1,4}有"),
    ("a lazy run kept", "\\p{Han}{0,4}?有", "\\p{Han}{0,4}?有"),
    ("a branch of branches kept", "\\p{Han}{0,2}a|b", "\\p{Han}{0,2}a|b"),
    ("a run alone kept", "\\p{Han}{0,4}", "\\p{Han}{0,4}"),
]

# compile_fast hands a pattern to the standard re only when it means the same there
SAME_IN_RE = [
    ("literal words", "评论|时评", True),
    ("a decimal digit", "\\d{4}年", True),
    ("lookarounds and named groups", "(?<![\\d月])(?P<m>\\d{1,2})月(?=底)", True),
    ("an escaped backslash before a letter", "\\\\s", True),
    ("tab and unicode escapes", "[\\t\\u3000]+", True),
    ("a counted repeat", "[0-9]{2,3}", True),
]
NOT_SAME_IN_RE = [
    ("Han property", "\\p{Han}{2}"),
    ("whitespace class (not the same set)", "\\s+"),
    ("word boundary", "\\b年"),
    ("reverse search flag", "(?r)[省市]"),
    ("inline flags", "(?i)ab"),
    ("fuzzy matching braces", "(?:工会){e<=1}"),
    ("POSIX class", "[[:alpha:]]"),
]


@pytest.mark.parametrize("source, expected", [c[1:] for c in SAME_IN_RE], ids=[c[0] for c in SAME_IN_RE])
def test_same_in_re(source, expected):
    assert same_in_re(source) is expected


@pytest.mark.parametrize("source", [c[1] for c in NOT_SAME_IN_RE], ids=[c[0] for c in NOT_SAME_IN_RE])
def test_not_same_in_re(source):
    assert not same_in_re(source)
    assert isinstance(compile_fast(source), regex.Pattern)


@pytest.mark.parametrize("branch, expected", [c[1:] for c in FIRST_CHARS], ids=[c[0] for c in FIRST_CHARS])
def test_first_chars(branch, expected):
    assert first_chars(branch) == expected


@pytest.mark.parametrize("branch", [c[1] for c in NO_FIRST_CHARS], ids=[c[0] for c in NO_FIRST_CHARS])
def test_no_first_chars(branch):
    assert first_chars(branch) is None


@pytest.mark.parametrize("branch, expected", [c[1:] for c in EXISTENCE_FORMS], ids=[c[0] for c in EXISTENCE_FORMS])
def test_existence_form(branch, expected):
    assert existence_form(branch) == expected


def _tables() -> dict[str, list[str]]:
    c = _context()
    return {
        "exclude.clause": c["exclude"]["clause"],
        "exclude.sentence": c["exclude"]["sentence"],
        "plan.cues": c["plan"]["cues"],
        "period.patterns": c["period"]["patterns"],
    }


# text made of the tables' own characters, digits and punctuation, so that
# matches are frequent
_ALPHABET = sorted({ch for words in _tables().values() for w in words for ch in w if "\u4e00" <= ch <= "\u9fff"}
                   | set("0123456789，。、 的年月日"))
TEXTS = st.text(alphabet=_ALPHABET, max_size=60)


@pytest.mark.parametrize("table", sorted(_tables()))
@settings(max_examples=300, deadline=None)
@given(text=TEXTS, cut=st.integers(0, 60))
def test_guarded_alternation_finds_the_same_matches(table, text, cut):
    branches = sorted(_tables()[table], key=len, reverse=True)
    plain = regex.compile("|".join(f"(?:{b})" for b in branches))
    fast = compile_guarded(branches, group_each=True)
    assert [m.span() for m in fast.finditer(text, 0, cut)] == [m.span() for m in plain.finditer(text, 0, cut)]


@pytest.mark.parametrize("table", sorted(_tables()))
@settings(max_examples=300, deadline=None)
@given(text=TEXTS, start=st.integers(0, 60), end=st.integers(0, 60))
def test_existence_form_says_the_same(table, text, start, end):
    branches = sorted(_tables()[table], key=len, reverse=True)
    plain = regex.compile("|".join(branches))
    fast = compile_existence(branches)
    assert bool(fast.search(text, start, end)) == bool(plain.search(text, start, end))


@pytest.mark.parametrize("table", sorted(_tables()))
@settings(max_examples=300, deadline=None)
@given(text=TEXTS, start=st.integers(0, 60), end=st.integers(0, 60))
def test_any_of_says_the_same(table, text, start, end):
    branches = _tables()[table]
    plain = regex.compile("|".join(sorted(branches, key=len, reverse=True)))
    assert AnyOf(branches).search(text, start, end) == bool(plain.search(text, start, end))


def _body_words() -> list[str]:
    from extractors.subjects import _vocab

    v = _vocab()
    keys = ("union_suffixes", "employer_suffixes", "other_bodies", "department_suffixes", "breakers")
    return [w for k in keys for w in v[k]] + ["市总", "省总工会", "区总体", "县总"]


BODY_TEXTS = st.lists(st.one_of(st.sampled_from(_body_words()), st.sampled_from(list("的和在省市区县总人工会公司"))),
                      max_size=16).map("".join)


@settings(max_examples=500, deadline=None)
@given(text=BODY_TEXTS)
def test_body_suffixes_found_as_by_the_regex_scan(text):
    from extractors.subjects import _patterns, _suffix_matches

    suffixes = _patterns()[0]
    expected = [(m.span(), m.lastgroup) for m in suffixes.finditer(text)]
    assert [(m.span(), m.lastgroup) for m in _suffix_matches(text)] == expected


def _layout_sources() -> dict[str, str]:
    """The layout table's patterns (what segment compiles with compile_fast)."""
    from extractors.segment.layout import layout_table

    t = layout_table()
    sources = {f"markers.{k}": v for k, v in t["markers"].items() if isinstance(v, str)}
    sources |= {f"headline.{k}": v for k, v in t["headline"].items() if isinstance(v, str)}
    return {k: v for k, v in sources.items() if same_in_re(v)}


LAYOUT_TEXTS = st.text(alphabet=sorted({ch for v in _layout_sources().values() for ch in v} | set("0123456789年月日版 ")),
                       max_size=40)


@pytest.mark.parametrize("name", sorted(_layout_sources()))
@settings(max_examples=200, deadline=None)
@given(text=LAYOUT_TEXTS, start=st.integers(0, 40))
def test_compile_fast_finds_what_regex_finds(name, text, start):
    source = _layout_sources()[name]
    fast, plain = compile_fast(source), regex.compile(source)
    assert [m.span() for m in fast.finditer(text, start)] == [m.span() for m in plain.finditer(text, start)]
    assert bool(fast.match(text, start)) == bool(plain.match(text, start))


@settings(max_examples=300, deadline=None)
@given(text=BODY_TEXTS, start=st.integers(0, 30))
def test_compile_words_finds_what_the_regex_alternation_finds(text, start):
    words = _body_words()
    plain = regex.compile("|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)))
    assert [m.span() for m in compile_words(words).finditer(text, start)] == \
        [m.span() for m in plain.finditer(text, start)]
