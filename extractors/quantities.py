"""Quantities in running text (facts.md, layer 1).

``find_quantities(text)`` returns every cardinal quantity of ``text`` in order:
a number (Arabic, Chinese or mixed) with its qualifiers and measure word,
its value scaled into the canonical unit.

How it works, and why it is fast: one compiled pattern scans the text for
numeral runs (digits, Chinese numerals, 百分之N), which is the only pass over
the whole text. Everything else happens at a hit and looks only at the few
characters around it: the measure word after the run (longest match in
``units.toml``), qualifier words before and after (``qualifiers.toml``), a
range's second number, and the non-quantity contexts of
``non_quantities.toml`` (dates, ordinals, identifiers, quoted names, idioms,
ages, 一 as an article). The numeral itself is read by
``extractors.numbers.read_number``.

Vocabulary is data: adding a measure word, an idiom or a date context is an
edit to those tables, not to this module.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick
import regex

from extractors.numbers import NumberReading, read_number
from extractors.patterns import char_guard, compile_fast, compile_guarded, compile_words
from extractors.records import Number, Quantity
from extractors.vocabulary import load_table

# Numeral characters. 两/几/数/半/双 are numerals only in some contexts, which
# the checks at each hit sort out; 多/余 are qualifiers, read separately.
_ARABIC_DIGITS = "0-9０-９"
_CHINESE_NUMERALS = "零〇一二三四五六七八九十百千万亿两几数半双壹贰叁肆伍陆柒捌玖拾佰仟"
_SCALE_CHARS = frozenset("十百千万亿拾佰仟")
_SPACES = " \u3000\u00a0"
_ARABIC_DIGIT_SET = frozenset("0123456789０１２３４５６７８９")
_COUNTLIKE_CHARS = frozenset("万亿几数")  # a run holding one reads as a count even alone


# --------------------------------------------------------------- vocabulary

@dataclass(frozen=True)
class _MeasureWord:
    unit: str
    scale: Number


@dataclass(frozen=True)
class _Vocabulary:
    """The tables of units.toml, non_quantities.toml and qualifiers.toml in the
    shapes the scanner needs, built once per process."""

    run_re: re.Pattern  # the one scan of the whole text (standard re: faster here)
    measure_re: re.Pattern               # longest measure word at a position
    measure_led_noun_re: re.Pattern      # 项目, 场景: not a measure word
    infix_measure_re: regex.Pattern      # 个多月: 个 + 多/余 + rest
    infix_first_chars: frozenset[str]    # what an infix (多, 余) starts with
    measure_words: dict[str, _MeasureWord]
    # what a measure word, a noun led by one or an infixed one starts with:
    # most numerals have none after them, told by one set lookup
    measure_first_chars: frozenset[str]
    trailing_more_units: frozenset[str]
    tenth_units: frozenset[str]
    magnitudes: dict[str, Number]
    da_marker: str
    da_default_unit: str
    magnitude_orders: tuple[str, ...]
    magnitude_order_qualifier: str
    lexical: dict[str, tuple[Number, str]]
    bare_default_unit: str
    bare_noun_re: re.Pattern | None
    bare_noun_units: dict[str, str]
    per_unit_re: regex.Pattern
    # qualifiers
    prefixes: tuple[tuple[str, str], ...]  # longest first
    prefix_words: tuple[str, ...]
    suffixes: tuple[tuple[str, str], ...]
    infixes: dict[str, str]
    scale_prefixes: dict[str, str]
    connectors: tuple[str, ...]
    # first characters of the suffix words and range connectors: most
    # quantities have neither after them, told by one set lookup
    suffix_first_chars: frozenset[str]
    connector_first_chars: frozenset[str]
    # non-quantities
    max_run: int
    never_alone: frozenset[str]
    magnitude_needs_qualifier: frozenset[str]
    cardinal_only_before: dict[str, tuple[str, ...]]
    clock_units: frozenset[str]
    clock_after: tuple[str, ...]
    run_blockers: dict[str, frozenset[str]]
    ordinal_before: tuple[str, ...]
    rank_before: tuple[str, ...]
    rank_units: tuple[str, ...]
    not_rank: tuple[str, ...]
    rank_after_noun: tuple[str, ...]
    weekday_before: tuple[str, ...]
    weekday_numerals: frozenset[str]
    after_re: regex.Pattern
    before_words: tuple[str, ...]
    year_units: frozenset[str]
    year_arabic_re: regex.Pattern
    year_chinese_re: regex.Pattern
    date_units: frozenset[str]
    date_allowed_runs: frozenset[str]
    date_duration_after: tuple[str, ...]   # 15日内: a time limit, not a date
    date_duration_before: tuple[str, ...]  # 延长至30日
    latin_identifiers: bool
    name_pairs: tuple[tuple[str, str], ...]
    name_max: int
    speech_marks: tuple[str, ...]
    title_pairs: tuple[tuple[str, str], ...]
    title_max: int
    # any opener of a name or a title: a numeral with none within title_max
    # characters before it is inside no quote (most numerals), one scan
    opener_re: re.Pattern
    idioms: ahocorasick.Automaton  # every idiom; finds those around a numeral in one pass
    idiom_max: int                 # the longest idiom's length
    idiom_not_after: dict[str, tuple[str, ...]]  # 为期四周: no idiom after these words
    parallel_re: regex.Pattern
    qualifier_blockers: dict[str, frozenset[str]]
    suffix_blockers: dict[str, frozenset[str]]


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    units = load_table("units")
    nonq = load_table("non_quantities")
    quals = load_table("qualifiers")

    measure_words = {
        word: _MeasureWord(row["unit"], row.get("scale", 1))
        for word, row in units["measure_words"].items()
    }
    infix_words = units["infix_more"]["measure_words"]
    infix_alt = "|".join(
        regex.escape(w[0]) + "(?P<infix>" + _alternation(quals["infix"]) + ")" + regex.escape(w[1:])
        for w in infix_words
    )
    infixes = dict(quals["infix"])
    max_run = nonq["numeral_runs"]["max_length"]
    # One pass over the text: 百分之N, or a run of numeral characters with
    # decimal points and thousands separators only between digits. The run is
    # possessive and capped one past max_run, so a hostile run costs linear
    # time and is dropped by its length.
    numeral = (
        rf"[{_ARABIC_DIGITS}]"
        rf"|(?<=[{_ARABIC_DIGITS}])[.．](?=[{_ARABIC_DIGITS}])"
        rf"|(?<=[{_ARABIC_DIGITS}]),(?=[0-9]{{3}}(?![0-9]))"
        rf"|[{_CHINESE_NUMERALS}]"
    )
    # A run starts with 百 (百分之), a digit or a Chinese numeral (or a point
    # or comma after a digit, which the lookbehinds check): the guard skips
    # every other position by one set lookup. The pattern needs nothing of
    # `regex` (plain sets, fixed lookbehinds, possessive loops: Python 3.11),
    # and the standard `re` scans it about twice as fast (4.8 -> 2.6 ms per
    # 125k chars of seeds; the guard alone took 7.5 -> 4.8).
    first_chars = "百0123456789０１２３４５６７８９.．," + _CHINESE_NUMERALS
    run_re = re.compile(rf"{char_guard(first_chars)}(?:百分之(?:{numeral})++|(?:{numeral})++)")

    # place names with a numeral inside are dropped like idioms (三台县)
    fixed_words = nonq["idioms"]["words"] + nonq["place_names"]["words"]
    idioms = ahocorasick.Automaton()
    for w in fixed_words:
        idioms.add_word(w, len(w))
    idioms.make_automaton()

    after = nonq["after"]
    # asked at every candidate's end: guarded by the first characters
    after_re = compile_guarded(
        [regex.escape(w) for w in sorted(after["words"], key=len, reverse=True)] + list(after.get("patterns", []))
    )
    noun_units = dict(units["bare_count"]["noun_units"])
    per_units = units["per_unit"]["denominators"]
    return _Vocabulary(
        run_re=run_re,
        # plain word lists, asked at every numeral's end: compiled by `re`
        # (patterns.compile_words), half the cost of a `regex` call
        measure_re=compile_words(measure_words),
        measure_led_noun_re=compile_words(units["nouns_led_by_measure_word"]["words"]),
        infix_measure_re=regex.compile(infix_alt),
        infix_first_chars=frozenset(w[0] for w in quals["infix"]),
        measure_words=measure_words,
        measure_first_chars=frozenset(
            w[0] for w in (*measure_words, *units["nouns_led_by_measure_word"]["words"], *infix_words)
        ),
        trailing_more_units=frozenset(units["trailing_more"]["units"]),
        tenth_units=frozenset(units["tenths"]["units"]),
        magnitudes=dict(units["magnitudes"]),
        da_marker=units["counted_with_da"]["marker"],
        da_default_unit=units["counted_with_da"]["default_unit"],
        magnitude_orders=tuple(units["order_of_magnitude"]["measure_words"]),
        magnitude_order_qualifier=units["order_of_magnitude"]["qualifier"],
        lexical={w: (r["value"], r["unit"]) for w, r in units["lexical_quantities"].items()},
        bare_default_unit=units["bare_count"]["default_unit"],
        bare_noun_re=compile_words(noun_units) if noun_units else None,
        bare_noun_units=noun_units,
        per_unit_re=compile_fast(rf"[/／](?:{_alternation(per_units)})"),
        prefixes=tuple(sorted(quals["prefix"].items(), key=lambda kv: -len(kv[0]))),
        prefix_words=tuple(quals["prefix"]),
        suffixes=tuple(sorted(quals["suffix"].items(), key=lambda kv: -len(kv[0]))),
        infixes=infixes,
        scale_prefixes=dict(quals["scale_prefix"]),
        connectors=tuple(sorted(quals["range"]["connectors"], key=len, reverse=True)),
        suffix_first_chars=frozenset(w[0] for w in quals["suffix"]),
        connector_first_chars=frozenset(w[0] for w in quals["range"]["connectors"]),
        max_run=max_run,
        never_alone=frozenset(nonq["numeral_runs"]["never_alone"]),
        magnitude_needs_qualifier=frozenset(nonq["numeral_runs"]["magnitude_needs_qualifier"]),
        cardinal_only_before={k: tuple(v) for k, v in nonq["numeral_runs"]["cardinal_only_before"].items()},
        clock_units=frozenset(nonq["clock"]["units"]),
        clock_after=tuple(nonq["clock"]["after"]),
        run_blockers={k: frozenset(v) for k, v in nonq["numeral_run_blockers"].items()},
        ordinal_before=tuple(nonq["ordinal_before"]["words"]),
        rank_before=tuple(nonq["rank_before"]["words"]),
        rank_units=tuple(nonq["rank_before"]["units"]),
        not_rank=tuple(nonq["rank_before"]["not_rank"]),
        rank_after_noun=tuple(nonq["rank_before"]["rank_after_noun"]),
        weekday_before=tuple(nonq["weekdays"]["before"]),
        weekday_numerals=frozenset(nonq["weekdays"]["numerals"]),
        after_re=after_re,
        before_words=tuple(nonq["before"]["words"]),
        year_units=frozenset(nonq["years"]["units"]),
        year_arabic_re=compile_fast(nonq["years"]["arabic_pattern"]),
        year_chinese_re=compile_fast(nonq["years"]["chinese_pattern"]),
        date_units=frozenset(nonq["dates"]["units"]),
        date_allowed_runs=frozenset(nonq["dates"]["allowed_runs"]),
        date_duration_after=tuple(nonq["dates"].get("duration_after", ())),
        date_duration_before=tuple(nonq["dates"].get("duration_before", ())),
        latin_identifiers=nonq["identifiers"]["latin_letters"],
        name_pairs=tuple(tuple(p) for p in nonq["quotes"]["name_pairs"]),
        name_max=nonq["quotes"]["name_max_length"],
        speech_marks=tuple(nonq["quotes"]["speech_marks"]),
        title_pairs=tuple(tuple(p) for p in nonq["quotes"]["title_pairs"]),
        title_max=nonq["quotes"]["title_max_length"],
        opener_re=re.compile("|".join(re.escape(o) for o, _ in (*nonq["quotes"]["name_pairs"],
                                                                 *nonq["quotes"]["title_pairs"]))),
        idioms=idioms,
        idiom_max=max(map(len, fixed_words), default=0),
        idiom_not_after={k: tuple(v) for k, v in nonq["idioms"].get("not_after", {}).items()},
        parallel_re=compile_fast(nonq["idioms"]["parallel_pattern"]),
        qualifier_blockers={k: frozenset(v) for k, v in nonq["qualifier_blockers"].items()},
        suffix_blockers={k: frozenset(v) for k, v in nonq["suffix_blockers"].items()},
    )


# ------------------------------------------------------------------ scanning

@dataclass(slots=True)
class _Reading:
    """One quantity being assembled at a hit."""

    start: int           # where the surface starts (qualifier included)
    end: int             # where it ends
    expression: str      # the number expression handed to read_number
    unit: str | None
    scale: Number = 1
    qualifier: str | None = None   # set when the context decides it (千万级)


def find_quantities(text: str) -> list[Quantity]:
    """Every cardinal quantity of ``text``, in order, never overlapping."""
    if not isinstance(text, str) or not text:
        return []
    vocab = _vocabulary()
    found: list[Quantity] = []
    taken = 0  # end of the last quantity: later hits may not start before it
    for m in vocab.run_re.finditer(text):
        start, end = m.span()
        if start < taken:
            continue
        run = m.group()
        try:
            reading = _read_at(text, start, end, run, taken, vocab)
            quantity = _to_quantity(text, reading) if reading else None
        except ValueError:  # read_number: not a number after all
            quantity = None
        if quantity is not None:
            found.append(quantity)
            taken = quantity.end
    return found


def _read_at(text: str, start: int, end: int, run: str, taken: int,
             vocab: _Vocabulary) -> _Reading | None:
    """The quantity whose numeral is ``text[start:end]``, or None."""
    if len(run) > vocab.max_run or run in vocab.never_alone:
        return None
    if run.startswith("百分之"):
        return _read_percent_words(text, start, end, run, taken, vocab)
    first = run[0]
    if run in vocab.cardinal_only_before and not text.startswith(vocab.cardinal_only_before[run], end):
        return None
    if "双" in run:
        return _read_lexical(text, start, vocab)
    blockers = vocab.run_blockers.get(first)
    if blockers and start and text[start - 1] in blockers:
        # 人数, 总数: a word, not a numeral; the run may go on with one
        # (会员总数86.5万人, 总数十万人), read from the next character
        return _read_at(text, start + 1, end, run[1:], taken, vocab) if len(run) > 1 else None
    reading = _assemble(text, start, end, run, taken, vocab)
    # Most runs (一些, 数据, 万家) end here without a reading; the context
    # rules, which cost more, only judge the few that look like quantities.
    if reading is None or _is_excluded_context(text, start, end, run, vocab):
        return None
    return reading


def _assemble(text: str, start: int, end: int, run: str, taken: int,
              vocab: _Vocabulary) -> _Reading | None:
    """The quantity a numeral run would make, before the context rules."""
    prefix_start, prefix_word = _prefix_qualifier(text, start, run, taken, vocab)

    # 40余万元, 2万余人次, 1200余名: an infix 余/多, then maybe a detached scale.
    pos = end
    infix = ""
    if pos < len(text) and text[pos] in vocab.infixes:
        infix = text[pos]
        pos += 1
        while pos < len(text) and text[pos] in _SCALE_CHARS:
            infix += text[pos]
            pos += 1
    expression = prefix_word + run + infix

    # The measure word, allowing one space between (10087 名).
    unit_pos = pos + 1 if pos < len(text) and text[pos] in _SPACES else pos
    measure = _measure_at(text, unit_pos, vocab)
    if measure is None and unit_pos != pos:
        unit_pos = pos
    if measure is not None and vocab.bare_noun_re is not None:
        # 数十万年薪: the noun 年薪 (pay) is longer than the measure word 年.
        nm = vocab.bare_noun_re.match(text, unit_pos)
        if nm and len(nm.group()) > len(measure[0]):
            measure = None
    if measure is not None and not infix:
        # 5个多月: the qualifier sits inside the measure word.
        im = _infix_measure_at(text, unit_pos, vocab)
        if im:
            expression += im.group("infix")
    if measure is None:
        return _read_without_measure(text, prefix_start, start, end, pos, run,
                                     expression, prefix_word, infix, vocab)

    word, mw, unit_end = measure
    if not _measure_allowed(run, word, prefix_start, unit_end, text, prefix_word or infix, vocab):
        return None
    if run in vocab.magnitude_needs_qualifier and not (prefix_word or infix):
        return None
    if run in vocab.cardinal_only_before and word not in vocab.cardinal_only_before[run]:
        return None  # 二次会议, 二级: 二 alone is an ordinal
    if word in vocab.clock_units and start and text[start - 1] in vocab.clock_after:
        return None  # 9时30分: a clock time
    if word in vocab.tenth_units and len(run) == 2 and not infix:
        expression = prefix_word + _digit_and_tenth(run)  # 八五折 -> 8.5
    qualifier = None
    if word in vocab.magnitude_orders and _SCALE_CHARS.issuperset(run):
        qualifier = vocab.magnitude_order_qualifier  # 千万级: an order of magnitude

    reading = _Reading(prefix_start, unit_end, expression, mw.unit, mw.scale, qualifier)
    ranged = _read_range(text, reading, start, run, vocab)
    if ranged is not None:
        return ranged
    if reading.unit is None:
        return None
    _read_suffixes(text, reading, word, vocab)
    return reading


def _read_without_measure(text, prefix_start, start, end, pos, run, expression,
                          prefix_word, infix, vocab) -> _Reading | None:
    """A numeral with no measure word right after it: a range whose unit comes
    after the high end (3至5年), a percent (85%), N大X (9大行动), or a bare
    count (150余商户, 21万播放量)."""
    reading = _Reading(prefix_start, pos, expression, None)
    ranged = _read_range(text, reading, start, run, vocab)
    if ranged is not None:
        return ranged
    # N大X: the count of X, in X's measure word when it is one (5大类).
    if pos < len(text) and text[pos] == vocab.da_marker and not infix:
        if run in vocab.magnitude_needs_qualifier or _SCALE_CHARS.issuperset(run) and len(run) > 1:
            return None
        measure = _measure_at(text, pos + 1, vocab)
        if measure is not None:
            word, mw, unit_end = measure
            return _Reading(prefix_start, unit_end, expression, mw.unit, mw.scale)
        return _Reading(prefix_start, pos + 1, expression, vocab.da_default_unit)
    # A bare count: only a numeral that is plainly a count (a qualifier, a
    # magnitude or a vague digit) and not a lone scale character.
    if _SCALE_CHARS.issuperset(run):
        return None
    if _SCALE_CHARS.isdisjoint(run) and _ARABIC_DIGIT_SET.isdisjoint(run):
        return None  # 数据, 几乎, 统一数据: a vague digit alone is no count
    countlike = bool(prefix_word or infix) or not _COUNTLIKE_CHARS.isdisjoint(run) or _is_adjacent_range(run)
    if not countlike:
        return None
    unit = vocab.bare_default_unit
    if vocab.bare_noun_re is not None:
        nm = vocab.bare_noun_re.match(text, pos)
        if nm:
            unit = vocab.bare_noun_units[nm.group()]
    _read_suffixes(text, reading, "", vocab)
    reading.unit = unit
    return reading


def _digit_and_tenth(run: str) -> str:
    """Two single digits before 折/成 (八五, 85): a digit and a tenth."""
    if not _SCALE_CHARS.isdisjoint(run):
        return run
    ones, tenths = read_number(run[0]).value, read_number(run[1]).value
    return f"{ones}.{tenths}"


def _is_adjacent_range(run: str) -> bool:
    try:
        return read_number(run).qualifier == "range"
    except ValueError:
        return False


def _measure_at(text: str, pos: int, vocab: _Vocabulary) -> tuple[str, _MeasureWord, int] | None:
    """The longest measure word starting at ``pos``: (word, row, end)."""
    if text[pos:pos + 1] not in vocab.measure_first_chars:
        return None  # no word of the three patterns starts here
    if vocab.measure_led_noun_re.match(text, pos):
        return None
    im = _infix_measure_at(text, pos, vocab)
    if im:
        word = im.group().replace(im.group("infix"), "", 1)
        return word, vocab.measure_words[word], im.end()
    mm = vocab.measure_re.match(text, pos)
    if mm:
        return mm.group(), vocab.measure_words[mm.group()], mm.end()
    return None


def _infix_measure_at(text: str, pos: int, vocab: _Vocabulary) -> regex.Match | None:
    """An infixed measure word at ``pos`` (个多月: 个 + 多 + 月). Its second
    character opens an infix: one set lookup spares the pattern (a `regex`
    call) at the positions where it cannot match, nearly all of them."""
    if text[pos + 1:pos + 2] not in vocab.infix_first_chars:
        return None
    return vocab.infix_measure_re.match(text, pos)


def _measure_allowed(run: str, word: str, start: int, unit_end: int, text: str, qualified: str,
                     vocab: _Vocabulary) -> bool:
    """Dates and years wear measure words too: 4月16日, 2025年, 2024届; but
    15日内 and 延长至30日 are time limits."""
    if word in vocab.date_units and run not in vocab.date_allowed_runs:
        limit = (text.startswith(vocab.date_duration_after, unit_end)
                 or text[max(0, start - 4):start].endswith(vocab.date_duration_before))
        if not limit:
            return False
    if word in vocab.year_units and not qualified and (
        vocab.year_arabic_re.match(run) or vocab.year_chinese_re.match(run)
    ):
        return False
    return True


def _is_excluded_context(text: str, start: int, end: int, run: str, vocab: _Vocabulary) -> bool:
    """The context rules of non_quantities.toml that look around the run."""
    before = text[max(0, start - 4):start]
    # ordinals: 第五届; ranks: 前10名 (but not 目前10名, 税前8000元)
    if before.endswith(vocab.ordinal_before):
        return True
    if before.endswith(vocab.rank_before) and text.startswith(vocab.rank_units, end):
        wider = text[max(0, start - 6):start]
        if not wider.endswith(vocab.not_rank) or wider.endswith(vocab.rank_after_noun):
            return True
    # weekdays: 每周三
    if run in vocab.weekday_numerals and before.endswith(vocab.weekday_before):
        return True
    if before.endswith(vocab.before_words):
        return True
    if vocab.after_re.match(text, end):
        return True
    if end < len(text) and text[end] in vocab.infixes and vocab.after_re.match(text, end + 1):
        return True  # 70多岁: an age with its 多
    # identifiers: a numeral touching a Latin letter (FM93.4, B1层, T3)
    if vocab.latin_identifiers:
        if start and text[start - 1].isascii() and text[start - 1].isalpha():
            return True
        if end < len(text) and text[end].isascii() and text[end].isalpha():
            return True
    if _inside_quoted_name(text, start, end, vocab):
        return True
    return _inside_idiom(text, start, end, vocab)


def _inside_quoted_name(text: str, start: int, end: int, vocab: _Vocabulary) -> bool:
    """Inside a short “…” (a name or slogan) or any 《…》 (a title)."""
    if not vocab.opener_re.search(text, max(0, start - max(vocab.name_max, vocab.title_max)), start):
        return False  # no opener close enough before the numeral
    for pairs, limit in ((vocab.name_pairs, vocab.name_max), (vocab.title_pairs, vocab.title_max)):
        for opener, closer in pairs:
            lo = max(0, start - limit)
            o = text.rfind(opener, lo, start)
            if o < 0:
                continue
            if opener != closer and text.find(closer, o + 1, start) >= 0:
                continue  # the quote closed before the numeral
            c = text.find(closer, end, o + limit + 2)
            if c >= 0 and c - o - 1 <= limit:
                if pairs is vocab.title_pairs:
                    return True
                quoted = text[o + 1:c]
                if not any(mark in quoted for mark in vocab.speech_marks):
                    return True
    return False


def _inside_idiom(text: str, start: int, end: int, vocab: _Vocabulary) -> bool:
    # an idiom written over any character of the numeral: look for idioms in
    # the window an idiom overlapping the numeral can lie in
    reach = vocab.idiom_max - 1
    if reach >= 0:
        lo = max(0, start - reach)
        # a slice: the automaton converts the whole string it is given
        for last, length in vocab.idioms.iter(text[lo:end + reach]):
            last += lo
            if last >= start and last + 1 - length < end:
                first = last + 1 - length
                words_before = vocab.idiom_not_after.get(text[first:last + 1])
                if words_before and text[max(0, first - 4):first].endswith(words_before):
                    continue  # 为期四周: the words make it a count again
                return True
    if end - start == 1:
        # 百团万人, 千辛万苦: the numeral is the first or third of a parallel idiom
        if vocab.parallel_re.match(text, start) or (start >= 2 and vocab.parallel_re.match(text, start - 2)):
            return True
    return False


def _prefix_qualifier(text: str, start: int, run: str, taken: int,
                      vocab: _Vocabulary) -> tuple[int, str]:
    """A qualifier word right before the numeral (超过, 近, 上 before 千)."""
    lo = max(taken, start - 4)
    if start > lo:
        before = text[lo:start]
        for word, _ in (vocab.prefixes if before.endswith(vocab.prefix_words) else ()):
            if before.endswith(word):
                at = start - len(word)
                blockers = vocab.qualifier_blockers.get(word)
                if blockers and at > 0 and text[at - 1] in blockers:
                    return start, ""
                return at, word
        c = text[start - 1]
        if c in vocab.scale_prefixes and run[0] in _SCALE_CHARS:
            blockers = vocab.qualifier_blockers.get(c)
            if not (blockers and start >= 2 and text[start - 2] in blockers):
                return start - 1, c
    return start, ""


def _read_suffixes(text: str, reading: _Reading, word: str, vocab: _Vocabulary) -> None:
    """Words after the measure word: 以上, 左右 (2万名以上, 5000人左右), a
    remainder after a duration (半年多), a rate's denominator (500元/人)."""
    pos = reading.end
    if word and word in vocab.trailing_more_units and pos < len(text) and text[pos] in vocab.infixes:
        reading.expression += text[pos]
        reading.end = pos = pos + 1
        return
    for suffix, _ in vocab.suffixes if text[pos:pos + 1] in vocab.suffix_first_chars else ():
        if text.startswith(suffix, pos):
            blockers = vocab.suffix_blockers.get(suffix)
            after = text[pos + len(suffix):pos + len(suffix) + 1]
            if blockers and after and after in blockers:
                return
            reading.expression += suffix
            reading.end = pos + len(suffix)
            return
    if reading.unit is not None:
        pm = vocab.per_unit_re.match(text, pos)
        if pm:
            reading.end = pm.end()


def _read_range(text: str, low: _Reading, start: int, run: str,
                vocab: _Vocabulary) -> _Reading | None:
    """X至Y / X-Y with the unit after Y (3至5年) or after both (200元-500元)."""
    pos = low.end
    if text[pos:pos + 1] not in vocab.connector_first_chars:
        return None  # no connector starts here
    for connector in vocab.connectors:
        if text.startswith(connector, pos):
            break
    else:
        return None
    hi_start = pos + len(connector)
    hm = vocab.run_re.match(text, hi_start)
    if not hm or hm.group().startswith("百分之"):
        return None
    hi_run = hm.group()
    if len(hi_run) > vocab.max_run or hi_run in vocab.never_alone:
        return None
    if vocab.after_re.match(text, hm.end()):
        return None
    measure = _measure_at(text, hm.end(), vocab)
    if measure is None:
        return None
    word, mw, unit_end = measure
    if low.unit is not None and low.unit != mw.unit:
        return None
    if not _measure_allowed(run, word, low.start, unit_end, text, "", vocab):
        return None
    if not _measure_allowed(hi_run, word, low.start, unit_end, text, "", vocab):
        return None
    low_expression = low.expression
    reading = _Reading(low.start, unit_end, f"{low_expression}至{hi_run}", mw.unit, mw.scale)
    _read_suffixes(text, reading, word, vocab)
    return reading


def _read_percent_words(text, start, end, run, taken, vocab) -> _Reading | None:
    """百分之八十五: the value is the number of percent."""
    if _inside_quoted_name(text, start, end, vocab):
        return None
    prefix_start, prefix_word = _prefix_qualifier(text, start, run, taken, vocab)
    reading = _Reading(prefix_start, end, prefix_word + run, "%")
    _read_suffixes(text, reading, "", vocab)
    return reading


def _read_lexical(text: str, start: int, vocab: _Vocabulary) -> _Reading | None:
    """Words that are a number and its unit in one: 双倍."""
    for word, (value, unit) in vocab.lexical.items():
        if text.startswith(word, start):
            return _Reading(start, start + len(word), str(value), unit)
    return None


def _to_quantity(text: str, r: _Reading) -> Quantity | None:
    number: NumberReading = read_number(r.expression)
    value, high = number.value, number.value_high
    if r.scale != 1:
        value = _scaled(value, r.scale)
        high = _scaled(high, r.scale) if high is not None else None
    unit = "%" if number.percent else r.unit
    if unit is None:  # a reading is complete only with its measure word
        return None
    qualifier = r.qualifier or number.qualifier
    return Quantity(text[r.start:r.end], value, high, qualifier, unit, r.start, r.end)


def _scaled(value: Number, scale: Number) -> Number:
    v = value * scale
    return int(v) if float(v).is_integer() else v
