"""Building units: starting the items of digests and columns of briefs, adding
lines, bylines and caption text, and turning a unit into an ``Article``."""
from __future__ import annotations

from array import array

from extractors.records import Article, MappedText
from extractors.repair import Block, ends_sentence, strip_markdown
from extractors.segment.block_kinds import CREDIT
from extractors.segment.headlines import _brief_item_head, _key, _opens_with_summary, _read_headline_group
from extractors.segment.layout import _layout, _rx, photo_credit
from extractors.segment.page import _Page
from extractors.segment.units import _Unit


def _fold_note_only_heads(units: list[_Unit]) -> None:
    """A roundup's head whose only text is its editor's note (a post's title,
    编者按：… , then the reports it introduces): no article of its own, the
    head of the first report under it, as a page's running header is."""
    k = 0
    while k + 1 < len(units):
        unit, nxt = units[k], units[k + 1]
        if unit.kind == "article" and nxt.kind == "article" and len(unit.body) == 1 \
                and unit.body_skip == 0 and _opens_with_summary(unit.body[0].text) and nxt.head:
            nxt.head[:0] = unit.head + unit.body
            del units[k]
            continue
        k += 1


def _start_brief_item(p: _Page, i: int, label: list[Block] | None = None) -> _Unit:
    """A brief from paragraph ``i``, whose title is printed with its text;
    ``label``: the column's label above it, kept in its head."""
    part = p.blocks[i].text
    cut, start = _brief_item_head(part.text)
    title = _read_headline_group([line for blk in label for line in blk.lines])[0] if label else None
    unit = p.new_unit("article", part.text[:cut].strip().lstrip(_layout()["markers"]["brief_glyphs"]).strip(), title)
    unit.head += [blk.text for blk in label or []]
    # the run-in colon (标题：text) is the head's punctuation
    unit.head.append(part.slice(0, cut + 1 if part.text[cut] in "：:" else cut))
    unit.vocabulary = [i]
    unit.add_body(part.slice(start, len(part.text)), i)
    _close_on_trailing_byline(unit, part.text)
    return unit


def _start_bullet_item(p: _Page, i: int, label: list[Block] | None = None) -> _Unit:
    """An untitled item of a column (●某县总工会近日…。) from block i, the
    bullet and the column's ``label`` above it in its head."""
    part = p.blocks[i].text
    start = _rx()["bullet_item"].match(part.text).end()
    unit = p.new_unit("article")
    unit.head += [blk.text for blk in label or []]
    unit.head.append(part.slice(0, start))
    unit.vocabulary = [i]
    unit.add_body(part.slice(start, len(part.text)), i)
    _close_on_trailing_byline(unit, part.text)
    return unit


def _add_new_lines(unit: _Unit, blocks: list[Block]) -> None:
    """The lines of a re-printed headline group that the unit's head does not
    print, into its body (a subheading printed beside the repeat)."""
    own = {_key(line) for part in unit.head for line in part.text.split("\n")}
    for blk in blocks:
        pos = 0
        for line in blk.lines:
            end = pos + len(line)
            if _key(line) not in own and line.strip():
                unit.add_body(blk.text.slice(pos, end))
            pos = end + 1


def _close_on_trailing_byline(unit: _Unit, text: str) -> None:
    rx = _rx()
    m = rx["trailing"].search(text) if text.endswith(("）", ")")) else None
    if m and ends_sentence(text[: m.start()] or "。") and (
            rx["trailing_closes"].search(m.group()) or rx["trailing_names"].search(m.group())):
        unit.byline = unit.byline or m.group()
        unit.closed = True
        return
    m = rx["trailing_spaced"].search(text)
    if m:
        unit.byline = unit.byline or m.group().strip()
        unit.closed = True


def _add_caption_text(unit: _Unit, part: MappedText, kind: str) -> None:
    text = part.text
    if not unit.body and kind != CREDIT and (m := _rx()["photo_pointer"].match(text)) and m.end() < len(text):
        # the pointer to the photo run in before its caption (（图）某日，…):
        # a label, in the caption's head as 【图说】 is
        unit.head.append(part.slice(0, m.end()))
        part, text = part.slice(m.end(), len(text)), text[m.end():]
    if kind == CREDIT:
        unit.byline = unit.byline or text
    else:
        m = _rx()["credit"].search(text) or _rx()["trailing_spaced"].search(text)
        if m is None and text.endswith(photo_credit().supplied):
            m = _rx()["supplied_credit"].search(text)  # (… 某区总工会 供图)
        if m is None and text.endswith(("）", ")")):
            m = _rx()["trailing"].search(text)
        if m and unit.byline is None:
            unit.byline = m.group().strip()
    unit.add_body(part)


def _concat(parts: list[MappedText], seps: list[str]) -> MappedText:
    """Parts joined, separator k placed before part k (seps[0] unused); each
    separator maps to raw offsets right after the previous part."""
    chars: list[str] = []
    offsets = array("q")
    for k, part in enumerate(parts):
        if k and seps[k]:
            anchor = offsets[-1] + 1 if len(offsets) else 0
            chars.append(seps[k])
            offsets.extend([anchor] * len(seps[k]))
        chars.append(part.text)
        offsets.extend(part.raw_offsets)
    return MappedText("".join(chars), offsets)


def _to_article(u: _Unit, k: int) -> Article:
    parts = list(u.head)
    seps = ["\n"] * len(parts)
    body_index = len(parts)
    for idx, part in enumerate(u.body):
        parts.append(part)
        seps.append("" if u.glue[idx] else "\n")
    text = _concat(parts, seps)
    # the head's length in the text: its parts and a line end between each two
    head_len = sum(len(part.text) for part in u.head) + len(u.head) - 1 if u.head else 0
    body_start = head_len + (1 if u.head and u.body else 0) + (u.body_skip if u.body else 0)
    if body_index == len(parts):
        body_start = len(text)
    title = strip_markdown(u.title)[1] if u.title else None
    if title:
        # a related item's posting date printed after its title (…（2026-07-22）)
        title = _rx()["dated_title_end"].sub("", title) or title
    return Article(f"a{k + 1:02d}", u.kind, title, u.subtitle, u.byline, u.place, u.date, text,
                   min(body_start, len(text)))
