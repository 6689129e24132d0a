"""Building units: starting the items of digests and columns of briefs, adding
lines, bylines and caption text, and turning a unit into an ``Article``."""
from __future__ import annotations

from array import array

from extractors.records import Article, MappedText
from extractors.repair import Block, ends_sentence, strip_markdown
from extractors.segment.block_kinds import CREDIT
from extractors.segment.headlines import brief_item_head, title_key, opens_with_summary, read_headline_group
from extractors.segment.layout import layout_table, layout_patterns, photo_credit
from extractors.segment.page import Page
from extractors.segment.units import Unit


def fold_note_only_heads(units: list[Unit]) -> None:
    """A roundup's head whose only text is its editor's note (a post's title,
    编者按：… , then the reports it introduces): no article of its own, the
    head of the first report under it, as a page's running header is."""
    k = 0
    while k + 1 < len(units):
        unit, nxt = units[k], units[k + 1]
        if unit.kind == "article" and nxt.kind == "article" and len(unit.body) == 1 \
                and unit.body_skip == 0 and opens_with_summary(unit.body[0].text) and nxt.head:
            nxt.head[:0] = unit.head + unit.body
            del units[k]
            continue
        k += 1


def start_brief_item(p: Page, i: int, label: list[Block] | None = None) -> Unit:
    """A brief from paragraph ``i``, whose title is printed with its text;
    ``label``: the column's label above it, kept in its head."""
    part = p.blocks[i].text
    cut, start = brief_item_head(part.text)
    title = read_headline_group([line for blk in label for line in blk.lines])[0] if label else None
    unit = p.new_unit("article", part.text[:cut].strip().lstrip(layout_table()["markers"]["brief_glyphs"]).strip(), title)
    unit.head += [blk.text for blk in label or []]
    # the run-in colon (标题：text) is the head's punctuation
    unit.head.append(part.slice(0, cut + 1 if part.text[cut] in "：:" else cut))
    unit.vocabulary = [i]
    unit.add_body(part.slice(start, len(part.text)), i)
    close_on_trailing_byline(unit, part.text)
    return unit


def start_bullet_item(p: Page, i: int, label: list[Block] | None = None) -> Unit:
    """An untitled item of a column (●某县总工会近日…。) from block i, the
    bullet and the column's ``label`` above it in its head."""
    part = p.blocks[i].text
    start = layout_patterns()["bullet_item"].match(part.text).end()
    unit = p.new_unit("article")
    unit.head += [blk.text for blk in label or []]
    unit.head.append(part.slice(0, start))
    unit.vocabulary = [i]
    unit.add_body(part.slice(start, len(part.text)), i)
    close_on_trailing_byline(unit, part.text)
    return unit


def add_new_lines(unit: Unit, blocks: list[Block]) -> None:
    """The lines of a re-printed headline group that the unit's head does not
    print, into its body (a subheading printed beside the repeat)."""
    own = {title_key(line) for part in unit.head for line in part.text.split("\n")}
    for blk in blocks:
        pos = 0
        for line in blk.lines:
            end = pos + len(line)
            if title_key(line) not in own and line.strip():
                unit.add_body(blk.text.slice(pos, end))
            pos = end + 1


def close_on_trailing_byline(unit: Unit, text: str) -> None:
    rx = layout_patterns()
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


def add_caption_text(unit: Unit, part: MappedText, kind: str) -> None:
    text = part.text
    if not unit.body and kind != CREDIT and (m := layout_patterns()["photo_pointer"].match(text)) and m.end() < len(text):
        # the pointer to the photo run in before its caption (（图）某日，…):
        # a label, in the caption's head as 【图说】 is
        unit.head.append(part.slice(0, m.end()))
        part, text = part.slice(m.end(), len(text)), text[m.end():]
    if kind == CREDIT:
        unit.byline = unit.byline or text
    else:
        m = layout_patterns()["credit"].search(text) or layout_patterns()["trailing_spaced"].search(text)
        if m is None and text.endswith(photo_credit().supplied):
            m = layout_patterns()["supplied_credit"].search(text)  # (… 某区总工会 供图)
        if m is None and text.endswith(("）", ")")):
            m = layout_patterns()["trailing"].search(text)
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


def to_article(u: Unit, k: int) -> Article:
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
        title = layout_patterns()["dated_title_end"].sub("", title) or title
    return Article(f"a{k + 1:02d}", u.kind, title, u.subtitle, u.byline, u.place, u.date, text,
                   min(body_start, len(text)))
