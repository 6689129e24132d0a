"""Raw page text -> repaired text with an offset map back to the raw text.

What repair does (every change deletes characters or replaces one by one, so
``MappedText.raw_offsets`` stays strictly increasing):

- line ends: CRLF -> LF, lone CR -> LF;
- spaces: NBSP, ideographic and other Unicode spaces and tabs -> ASCII space;
  zero-width characters and stray BOMs deleted; spaces at the start and end of
  lines deleted (paragraph indents carry no meaning);
- blank lines: a run of blank lines becomes either one blank line (a paragraph
  break, ``\\n\\n``) or two (a *box break*, ``\\n\\n\\n``: the layout's frame
  around a photo, caption or another article) -- segmentation reads the
  difference;
- soft wraps: a single line end inside a paragraph, after an unfinished
  sentence, is deleted;
- layout repeats: the second printing of a block (a caption or paragraph
  printed twice, a headline group re-printed as a running header) is deleted,
  except a re-printed headline group right before new text: that is the
  layout's "continued from" marker, kept so that ``segment_page`` knows which
  article the next text continues (it drops the marker from the article).

Paragraphs broken across a blank line (``活动往\\n\\n往``) are rejoined by
``segment_page``, which knows which article each fragment belongs to (on an
interleaved page the next block after a broken paragraph may belong to another
article). ``is_unfinished`` is the grammar both steps share.
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import regex

from extractors.patterns import compile_fast
from extractors.records import MappedText
from extractors.vocabulary import MEMO_SIZE, load_table

PARAGRAPH_BREAK = "\n\n"
BOX_BREAK = "\n\n\n"


class computed_once:
    """A property computed on first access and kept in the instance (like
    functools.cached_property, whose Python 3.11 version takes a lock on
    every first access: ~1 us, paid for every block of every page)."""

    def __init__(self, compute):
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


@dataclass(frozen=True)
class Block:
    """A paragraph-level block of the page: lines between blank lines."""

    text: MappedText
    box_break_before: bool = False  # separated from the previous block by a box break

    @computed_once  # read by several layout rules per block
    def lines(self) -> list[str]:
        return self.text.text.split("\n")


@lru_cache(maxsize=1)
def _layout() -> dict:
    return load_table("layout")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, regex.Pattern]:
    t = _layout()
    chars = t["characters"]
    return {
        "spaces": compile_fast("[" + regex.escape(chars["spaces"]) + "]"),
        "invisible": regex.compile("[" + regex.escape(chars["invisible"]) + "]+"),
        "markdown": compile_fast(t["headline"]["markdown"]),
        "toc_entry_end": compile_fast(t["markers"]["toc_entry_end"]),
        "signed_end": compile_fast(t["markers"]["signed_end"]),
        "dated_title_end": compile_fast(t["markers"]["dated_title_end"]),
        "item_number": compile_fast(t["markers"]["item_number"]),
        "web_meta": compile_fast(t["markers"]["web_meta"]),
        "staff": compile_fast(t["markers"]["staff"]),
        "page_section_line": compile_fast(t["markers"]["page_section_line"]),
        "photo_number": compile_fast(t["markers"]["photo_number"]),
    }


# ---------------------------------------------------------------- edits


def _translate(page: MappedText, table: dict[int, str], present: regex.Pattern) -> MappedText:
    """Replace characters one for one (offsets unchanged); ``present`` finds
    one of them, so a page that has none is not copied (most pages)."""
    if not present.search(page.text):
        return page
    return MappedText(page.text.translate(table), page.raw_offsets)


def _delete(page: MappedText, pattern: regex.Pattern) -> MappedText:
    """Delete every match of ``pattern``; the offsets of kept characters follow."""
    text = page.text
    kept_text: list[str] = []
    kept = array("q")
    pos = 0
    for m in pattern.finditer(text):
        if m.start() == m.end():
            continue
        kept_text.append(text[pos:m.start()])
        kept.extend(page.raw_offsets[pos:m.start()])
        pos = m.end()
    if pos == 0 and not kept_text:
        return page
    kept_text.append(text[pos:])
    kept.extend(page.raw_offsets[pos:])
    return MappedText("".join(kept_text), kept)


_CR_IN_CRLF = regex.compile(r"\r(?=\n)")
_CR = regex.compile(r"\r")
_LINE_EDGE_SPACES = regex.compile(r"(?m)^ +| +$")
_EXTRA_BLANKS = regex.compile(r"(?<=\n\n\n)\n+")
_PAGE_EDGE_NEWLINES = regex.compile(r"^\n+|\n+$")


def normalize(raw: str) -> MappedText:
    """Line ends, spaces and blank-line runs normalized; nothing else touched."""
    p = _patterns()
    # MappedText.identity builds the offsets from a Python range, ~50x slower
    # than NumPy's arange for a page
    offsets = array("q")
    offsets.frombytes(np.arange(len(raw), dtype=np.int64).tobytes())
    page = MappedText(raw, offsets)
    page = _delete(page, _CR_IN_CRLF)
    page = _translate(page, {ord("\r"): "\n"}, _CR)
    page = _delete(page, p["invisible"])
    page = _translate(page, {ord(c): " " for c in _layout()["characters"]["spaces"]}, p["spaces"])
    page = _delete(page, _LINE_EDGE_SPACES)
    page = _delete(page, _EXTRA_BLANKS)
    return _delete(page, _PAGE_EDGE_NEWLINES)


# ---------------------------------------------------------------- grammar


def _strip_closers(text: str) -> str:
    return text.rstrip(_layout()["sentence"]["closers"] + " ")


def ends_sentence(text: str) -> bool:
    """The text's last sentence is complete (final punctuation, maybe quoted)."""
    core = _strip_closers(text)
    return bool(core) and core[-1] in _layout()["sentence"]["final"]


def is_balanced(text: str) -> bool:
    for pair in _layout()["sentence"]["pairs"]:
        if text.count(pair[0]) != text.count(pair[1]):
            return False
    return True


def strip_markdown(line: str) -> tuple[int, str]:
    """(heading level or 0, the line without the markdown marker)."""
    m = _patterns()["markdown"].match(line)
    if not m:
        return 0, line
    return len(m.group(1)), line[m.end():]


@lru_cache(maxsize=MEMO_SIZE)  # a line is judged by repair, classification and stitching
def looks_like_headline(line: str, max_commas: int | None = None) -> bool:
    """A single line that reads as a headline, subheading or deck: short,
    balanced, no sentence end other than ?/!/…, few clause commas."""
    h = _layout()["headline"]
    level, line = strip_markdown(line)
    line = line.strip()
    if not line or "\n" in line:
        return False
    # (a related-news title's posting date, （2026-07-22）, is no cut number)
    line = _patterns()["dated_title_end"].sub("", line) or line
    if line.endswith(h["kicker_end"]):
        return len(line) <= h["kicker_max_chars"] and is_balanced(line)
    if len(line) > h["max_chars"] or not is_balanced(line) or "。" in line:
        return False
    core = _strip_closers(line)
    if not core:
        return False
    last = core[-1]
    # a line ending in a digit, or in a decimal point after one (…4. | 44平方公里),
    # stops inside a number: body text cut by the layout, not a headline
    ends_in_number = last.isdigit() or last in ".．" and core[-2:-1].isdigit()
    if last in "。；;" or last in _layout()["sentence"]["clause"] or ends_in_number and not level:
        return False
    commas = sum(line.count(c) for c in ",，;；")
    if commas and last in h["never_last"]:
        return False  # a clause that stops on a particle: a paragraph cut mid-sentence
    limit = h["max_commas"] if max_commas is None else max_commas
    return commas <= limit or level > 0


@lru_cache(maxsize=MEMO_SIZE)  # an article's last paragraph is asked again at each new block
def is_unfinished(text: str) -> bool:
    """A paragraph cut by the layout: its last sentence runs on elsewhere."""
    last_line = text.rsplit("\n", 1)[-1]
    if ends_sentence(last_line) or strip_markdown(last_line)[0]:
        return False
    if _patterns()["toc_entry_end"].search(last_line):
        return False  # a contents entry ends on its page number
    if _patterns()["signed_end"].search(last_line):
        return False  # a brief signed by its writer (…。（某某）) ends there
    return not looks_like_headline(last_line, max_commas=1)


@lru_cache(maxsize=1)
def _measure_words() -> tuple[str, ...]:
    return tuple(load_table("units")["measure_words"])


@lru_cache(maxsize=1)
def _long_measure_words() -> tuple[str, ...]:
    """Measure words of two characters or more (a layout can cut inside one)."""
    return tuple(w for w in _measure_words() if len(w) >= 2)


_NUMBER_TAIL = regex.compile(r"\d(\p{Han}{1,3})$")


# A Chinese numeral a layout can cut after (两 | 万名, 三十 | 余人); 一 is left
# out: a headline ends on it (五一, 统一) more often than a cut number does.
# The banker's numerals (伍, 佰) are left out too: they end ordinary words (队伍).
_CHINESE_NUMERAL_TAIL = frozenset("二两三四五六七八九十百千万亿几数")
# A dateline's weekday (星期三, 周五) ends on a numeral that counts nothing.
_WEEKDAY_END = regex.compile(r"(?:星期|周|礼拜)[一二三四五六七日天]$")
# What a cut Chinese numeral's rest opens with: a scale, 余/多, a measure word.
_NUMERAL_REST_OPENERS = frozenset("万亿千百余多")


def ends_mid_number(text: str, following: str) -> bool:
    """``text`` stops inside a quantity that ``following`` completes: a number
    and the first characters of a measure word (…4.44平方 | 公里…), or a
    Chinese numeral and its scale or measure word (…辖区内的两 | 万名职工…).
    Such a block is body text even when it is short enough to pass for a
    headline."""
    if text[-1:] in _CHINESE_NUMERAL_TAIL and following[:1] and not _WEEKDAY_END.search(text[-3:]) \
            and not following.startswith(tuple(_layout()["markers"]["lead_openings"])) \
            and (following[0] in _NUMERAL_REST_OPENERS or following.startswith(_measure_words())):
        return True
    m = _NUMBER_TAIL.search(text[-4:])  # a digit and at most three characters
    if m is None:
        return False
    tail = m.group(1)
    return any(len(w) > len(tail) and w.startswith(tail) and following.startswith(w[len(tail):])
               for w in _long_measure_words())


# ---------------------------------------------------------------- blocks

_BLOCK_SEP = regex.compile(r"\n{2,}")


def block_spans(page: MappedText) -> list[tuple[int, int, bool]]:
    """(start, end, box break before) of each block of the page's text."""
    spans: list[tuple[int, int, bool]] = []
    pos = 0
    box = False
    for m in _BLOCK_SEP.finditer(page.text):
        if m.start() > pos:
            spans.append((pos, m.start(), box))
        box = len(m.group()) >= len(BOX_BREAK)
        pos = m.end()
    if pos < len(page.text):
        spans.append((pos, len(page.text), box))
    return spans


def split_blocks(page: MappedText) -> list[Block]:
    """The page's blocks, each knowing whether a box break precedes it."""
    return [Block(page.slice(start, end), box) for start, end, box in block_spans(page)]


def join_blocks(blocks: list[Block]) -> MappedText:
    """Blocks back into one text, box breaks kept."""
    chars: list[str] = []
    offsets = array("q")
    for i, b in enumerate(blocks):
        if i:
            sep = BOX_BREAK if b.box_break_before else PARAGRAPH_BREAK
            # the separator stands for the raw line ends between the blocks:
            # give it distinct raw offsets there so the map stays increasing
            anchor = offsets[-1] + 1
            offsets.extend(range(anchor, anchor + len(sep)))
            chars.append(sep)
        chars.append(b.text.text)
        offsets.extend(b.text.raw_offsets)
    return MappedText("".join(chars), offsets)


def _unwrap_lines(block: Block) -> Block:
    """Delete single line ends inside a paragraph after an unfinished sentence.

    Lines of tables of contents and lists (leader dots, short headline-like
    lines) stay apart.
    """
    text = block.text.text
    if "\n" not in text or _layout()["markers"]["toc_leader"] in text:
        return block
    lines = text.split("\n")
    if all(looks_like_headline(l) for l in lines):
        return block
    credit = _layout()["photo_credit"]
    pieces: list[MappedText] = []
    pos = 0
    for line, following in zip(lines, lines[1:]):
        end = pos + len(line)
        if (is_unfinished(line) or ends_mid_number(line, following)) \
                and not (len(line) <= 4 and _patterns()["item_number"].match(line)) \
                and not _patterns()["web_meta"].match(line) \
                and not _patterns()["staff"].match(following) \
                and not _patterns()["page_section_line"].match(line) \
                and not (line.endswith(credit["taken"]) and _patterns()["photo_number"].match(following)) \
                and not (line.endswith((credit["taken"], credit["supplied"]))
                         and (line[:1] in credit["marks"] or _patterns()["photo_number"].match(line))):
            # (a digest's item number alone on its line, 01, is no cut sentence;
            # nor is a website's 来源：… 发布时间：2026-05-16 line, which ends on
            # the date's digits: the article under it starts on the next line;
            # nor a masthead's page line, 要闻 01, over the staff line 责任编辑：…;
            # nor a photo's credit, …摄, over the next photo's caption, 图②…,
            # nor a marked or numbered caption's credit, ▲…摄, over the text)
            pieces.append(block.text.slice(pos, end))  # the line end is dropped
        else:
            pieces.append(block.text.slice(pos, end + 1))
        pos = end + 1
    pieces.append(block.text.slice(pos, len(text)))
    return Block(MappedText.join(pieces, sep=""), block.box_break_before)


_SPACES = regex.compile(r"\s+")


def _key(text: str) -> str:
    return _SPACES.sub("", strip_markdown(text)[1])


def drop_layout_repeats(blocks: list[Block]) -> list[Block]:
    """Delete second printings of blocks; keep a re-printed headline group that
    stands right before new text (the jump marker of a continued article)."""
    markers = set(_layout()["markers"]["summary"])
    seen: set[str] = set()
    repeated: list[bool] = []
    for b in blocks:
        k = _key(b.text.text)
        repeated.append(len(k) >= 4 and k not in markers and k in seen)
        seen.add(k)
    keep = [not r for r in repeated]
    i = len(blocks) - 1
    # walk back from each first new block over the repeated headlines above it
    for j in range(len(blocks)):
        if repeated[j] or j == 0 or not repeated[j - 1]:
            continue
        i = j - 1
        while i >= 0 and repeated[i] and all(looks_like_headline(l) for l in blocks[i].lines):
            keep[i] = True
            i -= 1
    out: list[Block] = []
    pending_box = False
    for b, kept in zip(blocks, keep):
        if not kept:
            pending_box = pending_box or b.box_break_before
            continue
        out.append(Block(b.text, b.box_break_before or pending_box) if pending_box else b)
        pending_box = False
    return out


def repair_text(raw: str) -> MappedText:
    """The repaired page: normalized, soft wraps undone, layout repeats dropped."""
    blocks = [_unwrap_lines(b) for b in split_blocks(normalize(raw))]
    return join_blocks(drop_layout_repeats(blocks))
