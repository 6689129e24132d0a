"""Standalone number expressions -> values.

``parse_number`` reads one number expression as it is written in Chinese news
(``1.38万``, ``两万``, ``40余万``, ``百分之八十五``, ``两三``, ``3至5万``) and
returns its value; ``read_number`` returns the same value plus the qualifier
the expression carries (facts.md: exact, more_than, at_least, nearly, approx,
at_most, range, several), for ``find_quantities``.

How an expression is read, outside in:

1. normalize: NFKC (full-width digits, ``％``, ``，``), traditional numeral
   characters to simplified ones, spaces dropped next to Chinese characters;
2. qualifier words before and after the number (``超过``, ``左右`` ...), from
   ``data/qualifiers.toml``;
3. an explicit range ``X至Y`` / ``X-Y`` (each side read by steps 4-7, a scale
   written only on the high end shared with the low end: ``3至5万``);
4. percent markers ``百分之`` / ``%`` (the value is the number of percent);
5. the infix ``余``/``多`` before a trailing scale (``40余万``, ``十多``);
6. ``上千``-style scale words, vague digits (``几``, ``数``) and adjacent
   numerals (``两三``, ``七八十``);
7. the numeral core: Arabic (with separators and ``万``/``亿`` scaling) on a fast
   path, mixed Arabic-Chinese, and pure Chinese numerals through cn2an with
   its known mistakes corrected first.

Whatever is not a number raises ``ValueError``; a wrong number is worse than
none. Values are exact (``decimal.Decimal`` inside) and bounded by
``MAX_ABS_VALUE``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import cn2an

from extractors.records import Number
from extractors.vocabulary import MEMO_SIZE, load_table

# The warehouse stores values as float64, which holds every integer up to 2**53
# exactly; anything larger is either a misreading or no count a union reports.
MAX_ABS_VALUE = 2**53

# Digit characters and their values (simplified, financial and variant forms).
# 两/俩 are digits only before a scale or as a whole count, never in a digit
# string (两两 is not 22).
CHINESE_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}
# Scale characters and their factors; 廿 (20) is a whole number cn2an knows.
SCALES: dict[str, int] = {
    "十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000,
    "万": 10**4, "亿": 10**8,
}
# Traditional or colloquial characters mapped to the ones cn2an reads.
CHARACTER_VARIANTS = str.maketrans({
    "萬": "万", "億": "亿", "點": "点", "兩": "两", "倆": "两", "俩": "两",
    "幾": "几", "數": "数", "餘": "余", "貳": "贰", "陸": "陆", "參": "叁",
    "廿": "二十", "卅": "三十",  # 20 and 30 in one character
})
HALF = "半"  # 半 = 0.5, 半百 = 50
PERCENT_PREFIXES = ("百分之", "佰分之")  # 佰: the financial form
PERCENT_SUFFIX = "%"
DECIMAL_POINT = "点"

_SCALE_CHARS = "".join(SCALES)
_DIGIT_CHARS = "".join(CHINESE_DIGITS)
_CHINESE_NUMERAL_CHARS = _DIGIT_CHARS + _SCALE_CHARS + "廿" + DECIMAL_POINT

_ARABIC = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
_ARABIC_RE = re.compile(_ARABIC, re.ASCII)
# 1.38万, 20万亿, 3千万, 10万万: Arabic number times a chain of scales.
_ARABIC_SCALED_RE = re.compile(rf"({_ARABIC})([十百千拾佰仟]?(?:万|亿){{0,2}})", re.ASCII)
# 3万5千, 1万2, 2千零30万, 100万三千, 一百点123: Arabic digit runs inside a
# Chinese numeral. A run must touch a scale, 零 or 点 (or the end) on both
# sides, so digit soup such as 1二3 is rejected.
_MIXED_RUN_RE = re.compile(r"\d+")
_MIXED_NEIGHBOURS = frozenset("十百千万亿拾佰仟零点")
# Plain ASCII numbers with an optional 万/亿 scale skip every other step.
_FAST_RE = re.compile(r"(\d+(?:\.\d+)?)(万亿|万|亿)?", re.ASCII)
# Whitespace is dropped when it touches a Chinese character (七 万5 千, 1000  万)
# but kept between Arabic digits, where "1 2" is two numbers, not 12.
_SPACE_RE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class NumberReading:
    """A number expression read: its value (the low end for ranges and vague
    counts), the high end where there is one, and its qualifier."""

    value: Number
    value_high: Number | None
    qualifier: str
    percent: bool = False

    def as_value(self) -> Number | tuple[Number, Number]:
        """What ``parse_number`` returns: the value, or (low, high)."""
        if self.value_high is None:
            return self.value
        return (self.value, self.value_high)


def parse_number(s: str) -> Number | tuple[Number, Number]:
    """The value of a standalone number expression (see module doc)."""
    return read_number(s).as_value()


@lru_cache(maxsize=MEMO_SIZE)
def read_number(s: str) -> NumberReading:
    """Parse ``s`` and tell which qualifier it carries."""
    if not isinstance(s, str):
        raise TypeError(f"expected str, got {type(s).__name__}")
    fast = _FAST_RE.fullmatch(s)
    if fast:  # the common case, 1200 or 1.38万: no normalizing, no cn2an
        value = Decimal(fast.group(1))
        for c in fast.group(2) or "":
            value *= SCALES[c]
        return NumberReading(_to_number(value), None, "exact")
    text = _normalize(s)
    if not text:
        raise ValueError(f"not a number: {s!r}")
    text, qualifier = _strip_outer_qualifiers(text)
    if not text:
        raise ValueError(f"not a number: {s!r}")
    ranged = _read_connector_range(text)
    if ranged is not None:
        return ranged
    return _read_single(text, qualifier, s)


# --------------------------------------------------------------- normalizing

def _normalize(s: str) -> str:
    text = unicodedata.normalize("NFKC", s).translate(CHARACTER_VARIANTS).strip()
    if " " in text or "\t" in text or "\n" in text or "\u3000" in text:
        text = _SPACE_RE.sub(_drop_space_near_chinese, text)
    return text


def _drop_space_near_chinese(m: re.Match[str]) -> str:
    text = m.string
    before = text[m.start() - 1] if m.start() else ""
    after = text[m.end()] if m.end() < len(text) else ""
    if _is_arabic_char(before) and _is_arabic_char(after):
        return m.group()
    return ""


def _is_arabic_char(c: str) -> bool:
    return c.isascii() and (c.isdigit() or c in ".,")


# ---------------------------------------------------------------- qualifiers

@lru_cache(maxsize=1)
def _vocabulary() -> dict:
    table = load_table("qualifiers")
    by_length = lambda words: sorted(words, key=len, reverse=True)  # noqa: E731
    return {
        "prefix": [(w, table["prefix"][w]) for w in by_length(table["prefix"])],
        "suffix": [(w, table["suffix"][w]) for w in by_length(table["suffix"])],
        "infix": dict(table["infix"]),
        "scale_prefix": dict(table["scale_prefix"]),
        "connectors": by_length(table["range"]["connectors"]),
        "openers": by_length(table["range"]["openers"]),
        "vague": frozenset(table["vague"]["digits"]),
        "adjacent": {tuple(pair) for pair in table["adjacent"]["pairs"]},
    }


def _strip_outer_qualifiers(text: str) -> tuple[str, str | None]:
    """Remove one qualifier word before and one after the number; the word
    before decides when both are there (约200左右 is approx either way)."""
    vocab = _vocabulary()
    qualifier = None
    for word, q in vocab["suffix"]:
        if text.endswith(word) and len(text) > len(word):
            text, qualifier = text[: -len(word)], q
            break
    for word, q in vocab["prefix"]:
        if text.startswith(word) and len(text) > len(word):
            text, qualifier = text[len(word):], q
            break
    return text, qualifier


# -------------------------------------------------------------------- ranges

def _read_connector_range(text: str) -> NumberReading | None:
    """``X至Y``, ``X-Y``, ``从X到Y``: None when ``text`` has no connector."""
    vocab = _vocabulary()
    for connector in vocab["connectors"]:
        at = text.find(connector, 1)
        if at > 0:
            break
    else:
        return None
    low_text, high_text = text[:at], text[at + len(connector):]
    for opener in vocab["openers"]:
        if low_text.startswith(opener):
            low_text = low_text[len(opener):]
            break
    high = _read_single(high_text, None, text)
    low = _read_single(low_text, None, text)
    if low.value_high is not None or high.value_high is not None:
        raise ValueError(f"not a number: {text!r} (nested range)")
    low_value = _share_scale(low_text, low.value, high_text, high.value)
    if not low_value < high.value:
        raise ValueError(f"not a range: {text!r} (low end not below high end)")
    # 30-50% and 百分之三十至五十: a percent marker written once covers both ends.
    return NumberReading(low_value, high.value, "range", low.percent or high.percent)


def _share_scale(low_text: str, low: Number, high_text: str, high: Number) -> Number:
    """The low end of ``3至5万`` is 3万: a scale written only after the high end
    applies to the low end when that makes both ends the same kind of number.

    The trailing scales of the high end are tried longest first (九百亿: 百亿,
    then 亿); one is shared when the low end lies between a hundredth of the
    high end's mantissa and that mantissa (8到九百亿 -> 800亿, 十八至三十万 ->
    18万, 一百二十到一百五十万 -> 120万), so 5000至1万 stays 5000.
    """
    if "万" in low_text or "亿" in low_text:
        return low  # the low end carries its own scale: 1万至5万
    tail = len(high_text)
    while tail and high_text[tail - 1] in _SCALE_CHARS:
        tail -= 1
    trailing = high_text[tail:]
    low_d, high_d = Decimal(str(low)), Decimal(str(high))
    for start in range(len(trailing)):
        if trailing[start] in "十拾":
            continue  # 三十万: the shared scale is 万, never 十万
        factor = 1
        for c in trailing[start:]:
            factor *= SCALES[c]
        mantissa = high_d / factor
        if mantissa / 100 <= low_d < mantissa:
            return _to_number(low_d * factor)
    return low


# ------------------------------------------------------------- single number

def _read_single(text: str, qualifier: str | None, original: str) -> NumberReading:
    percent = False
    if text.startswith(PERCENT_PREFIXES):
        text, percent = text[3:], True
    elif text.endswith(PERCENT_SUFFIX):
        text, percent = text[:-1], True
    if not text:
        raise ValueError(f"not a number: {original!r}")
    vocab = _vocabulary()

    # 40余万, 十多, 1200余, 万余: the infix says "more than"; the value is the
    # numeral with the infix removed.
    for word, q in vocab["infix"].items():
        at = text.find(word)
        if at > 0 and all(c in _SCALE_CHARS for c in text[at + 1:]):
            text = text[:at] + text[at + 1:]
            qualifier = qualifier or q
            break

    # 上千, 成百: a scale word alone, "at least one of it".
    if len(text) >= 2 and text[0] in vocab["scale_prefix"] and all(
        c in _SCALE_CHARS for c in text[1:]
    ):
        qualifier = qualifier or vocab["scale_prefix"][text[0]]
        text = text[1:]

    vague = _read_vague(text)
    if vague is not None:
        return NumberReading(vague[0], vague[1], "several", percent)
    adjacent = _read_adjacent(text)
    if adjacent is not None:
        return NumberReading(adjacent[0], adjacent[1], "range", percent)
    try:
        value = _parse_core(text)
    except ValueError:
        raise ValueError(f"not a number: {original!r}") from None
    return NumberReading(value, None, qualifier or "exact", percent)


def _read_vague(text: str) -> tuple[Number, Number] | None:
    """几, 十几, 几十, 数十万, 一百零几: each vague digit read as 2..9, or 1..9
    right after 十 or 零, where it fills the units of a ten (十几 -> 11..19)."""
    vague = _vocabulary()["vague"]
    at = next((i for i, c in enumerate(text) if c in vague), -1)
    if at < 0:
        return None
    before = text[at - 1] if at else ""
    # The unknown digit stands where a digit would: first, or after a scale or
    # 零, and before a scale or the end (几十, 十几, 一百零几万, not 一几三).
    if any(c in vague for c in text[at + 1:]) or not all(c in _SCALE_CHARS for c in text[at + 1:]):
        raise ValueError(f"not a number: {text!r}")
    if before and before not in _SCALE_CHARS and before not in "零〇":
        raise ValueError(f"not a number: {text!r}")
    if text[at] == "数" and at:
        raise ValueError(f"not a number: {text!r}")  # 数 leads: 数十, 数百万
    lowest = "一" if at and text[at - 1] in "十零拾" else "二"
    low = _parse_core(text[:at] + lowest + text[at + 1:])
    high = _parse_core(text[:at] + "九" + text[at + 1:])
    return low, high


def _read_adjacent(text: str) -> tuple[Number, Number] | None:
    """两三, 七八十, 三四百万, 十三四, 一百五六十: two neighbouring numerals for a
    rough range; the rest of the expression is shared by both readings."""
    pairs = _vocabulary()["adjacent"]
    for i in range(len(text) - 1):
        if (text[i], text[i + 1]) in pairs:
            head, tail = text[:i], text[i + 2:]
            # A head must end in a scale (一百|五六十) and the tail must be
            # scales only; otherwise the pair is part of a digit string (一二三).
            if head and head[-1] not in _SCALE_CHARS:
                return None
            if not all(c in _SCALE_CHARS for c in tail):
                return None
            low = _parse_core(head + text[i] + tail)
            high = _parse_core(head + text[i + 1] + tail)
            return (low, high) if low < high else None
    return None


# ---------------------------------------------------------------- core parse

@lru_cache(maxsize=MEMO_SIZE)
def _parse_core(text: str) -> Number:
    """A plain numeral (no qualifier, percent or range) -> int or float."""
    m = _ARABIC_SCALED_RE.fullmatch(text)
    if m:
        if m.group(2)[:1] and m.group(2)[0] in "十百千拾佰仟" and not re.fullmatch(r"[1-9](?:\.\d+)?", m.group(1)):
            raise ValueError(f"not a number: {text!r}")  # 54千, 10十: 千 takes one digit
        value = Decimal(m.group(1).replace(",", ""))
        for c in m.group(2):
            value *= SCALES[c]
        return _to_number(value)
    if _is_mixed(text):
        return _to_number(_parse_mixed(text))
    if text[0] == HALF and all(c in _SCALE_CHARS for c in text[1:]):
        value = Decimal("0.5")
        for c in text[1:]:
            value *= SCALES[c]
        return _to_number(value)
    if all(c in _CHINESE_NUMERAL_CHARS for c in text):
        return _to_number(_parse_chinese(text))
    raise ValueError(f"not a number: {text!r}")


def _is_mixed(text: str) -> bool:
    if not any(c in _SCALE_CHARS for c in text):
        return False
    for m in _MIXED_RUN_RE.finditer(text):
        before = text[m.start() - 1] if m.start() else None
        after = text[m.end()] if m.end() < len(text) else None
        if before is not None and before not in _MIXED_NEIGHBOURS:
            return False
        if after is not None and after not in _MIXED_NEIGHBOURS:
            return False
    stripped = _MIXED_RUN_RE.sub("", text)
    return stripped != text and all(c in _CHINESE_NUMERAL_CHARS for c in stripped)


def _spell_run(m: re.Match[str]) -> str:
    """An Arabic run in Chinese: after 点 digit by digit (decimals), with a
    leading zero as 零 (1百01 is 一百零一), else as a numeral (30 -> 三十)."""
    run = m.group()
    if m.start() and m.string[m.start() - 1] == DECIMAL_POINT:
        return "".join(_ARABIC_TO_CHINESE_DIGIT[d] for d in run)
    spelled = cn2an.an2cn(str(int(run)))
    if run.startswith("0") and int(run):
        return "零" + spelled
    return spelled


_ARABIC_TO_CHINESE_DIGIT = dict(zip("0123456789", "零一二三四五六七八九"))


def _parse_mixed(text: str) -> Decimal:
    # Spell each Arabic run in Chinese and read the whole as one Chinese numeral.
    return _parse_chinese(_MIXED_RUN_RE.sub(_spell_run, text))


def _parse_chinese(text: str) -> Decimal:
    text = _correct_for_cn2an(text)
    try:
        value = cn2an.cn2an(text, "normal")
    except Exception as e:  # cn2an raises ValueError, KeyError, IndexError...
        raise ValueError(f"not a number: {text!r}") from e
    return Decimal(str(value))


def _correct_for_cn2an(text: str) -> str:
    """Rewrite the forms cn2an misreads or rejects into ones it reads right."""
    if text.endswith(DECIMAL_POINT) or text.startswith(DECIMAL_POINT):
        raise ValueError(f"not a number: {text!r}")  # 五点 is a time, 点五 malformed
    if (
        len(text) > 1
        and text.endswith(("零", "〇"))
        and DECIMAL_POINT not in text
        and any(c in _SCALE_CHARS for c in text)
    ):
        raise ValueError(f"not a number: {text!r}")  # 一千零: dangling zero
    if "两" in text and not any(c in _SCALE_CHARS for c in text) and len(text) > 1:
        raise ValueError(f"not a number: {text!r}")  # 两两 is no digit string
    if text[0] in "百千万亿佰仟":
        if text.startswith(("万万", "亿亿")):
            raise ValueError(f"not a number: {text!r}")  # 万万 means "absolutely"
        text = "一" + text  # 千三, 万余 -> 一千三, 一万
    if text.startswith("零十"):
        text = text[1:]
    text = text.replace("百零十", "百一十")  # 一百零十万 = 一百一十万
    # 四万万, 十万万: the old way to write 亿.
    text = re.sub(r"(?<=[^万])万万", "亿", text)
    _check_structure(text.partition(DECIMAL_POINT)[0])
    return text


_SMALL_SCALE_RANK = {"十": 1, "拾": 1, "百": 2, "佰": 2, "千": 3, "仟": 3}
_ZEROS = "零〇"


def _check_structure(integer: str) -> None:
    """Reject integer parts cn2an would read as a wrong number instead of
    raising (三一百三 -> 430, 一万五万五, 七六 -> 76, 一千两 -> 1200).

    亿 (or 万亿) occurs once and multiplies all before it; 万 occurs once on
    each side of it; between them 千, 百, 十 fall in order;
    two non-zero digits never touch; 两 always stands before a scale.
    Strings of digits alone (二〇二五, 一七二零) are read digit by digit when
    they have three or more, or start with a zero; two digits side by side
    (七六) are a range or an idiom, not a number.
    """
    if not any(c in _SCALE_CHARS for c in integer):
        if len(integer) == 2 and integer[0] not in _ZEROS or "两" in integer[:-1] or (
            "两" in integer and len(integer) > 1
        ):
            raise ValueError(f"not a number: {integer!r}")
        return
    seen_yi, seen_wan, last_small, previous = False, False, 99, ""
    i = 0
    while i < len(integer):
        c = integer[i]
        if c == "亿" or integer.startswith("万亿", i):
            # 亿 multiplies all before it (一万五千亿), so it may follow 万 once.
            if seen_yi:
                raise ValueError(f"not a number: {integer!r} (亿 twice)")
            i += c == "万"
            seen_yi, seen_wan, last_small = True, False, 99
        elif c == "万":
            if seen_wan:
                raise ValueError(f"not a number: {integer!r} (万 twice)")
            seen_wan, last_small = True, 99
        elif c in _SMALL_SCALE_RANK:
            if previous in ("万", "亿"):
                raise ValueError(f"not a number: {integer!r} (亿千五: no digit before 千)")
            rank = _SMALL_SCALE_RANK[c]
            if rank >= last_small:
                raise ValueError(f"not a number: {integer!r} (scales out of order)")
            last_small = rank
        elif c in _ZEROS:
            if previous in _ZEROS:
                raise ValueError(f"not a number: {integer!r} (double zero)")
        else:  # a non-zero digit
            if previous and previous not in _SCALE_CHARS and previous not in _ZEROS:
                raise ValueError(f"not a number: {integer!r} (digits side by side)")
            if c == "两" and (i + 1 == len(integer) or integer[i + 1] not in _SCALE_CHARS):
                raise ValueError(f"not a number: {integer!r} (两 without a scale)")
        previous = c
        i += 1


def _to_number(value: Decimal) -> Number:
    try:
        if not value.is_finite() or abs(value) > MAX_ABS_VALUE:
            raise ValueError(f"number out of range: {value}")
        integral = value == value.to_integral_value()
    except InvalidOperation as e:
        raise ValueError(f"not a number: {value}") from e
    return int(value) if integral else float(value)
