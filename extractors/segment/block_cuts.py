"""Repair's blocks cut further: where a head, a lead (本报讯…), a brief item or
a breadcrumb stands inside one block, the block is split there."""
from __future__ import annotations

import regex

from extractors.repair import ends_sentence, looks_like_headline
from extractors.segment.headlines import (
    is_marked_photo_caption,
    HAN,
    back_issues_label,
    brief_item_head,
    is_bare_lead,
    is_credit,
    is_masthead_line,
    opens_with_summary,
)
from extractors.segment.layout import BREADCRUMB_ARROWS, layout_table, layout_patterns, photo_credit


def _lead_cuts(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """A block cut before each of its lines (but the first) that opens with a
    lead byline (本报讯（记者…）, 本报某地某日电, （通讯员… 记者…）): such a
    line starts an article's body wherever it stands, blank lines or not, and
    the headline-like lines right above it are that article's head (a block
    of their own). Pages printed without blank lines between articles, or
    with a title glued to its lead, would otherwise read as one article."""
    rx = layout_patterns()
    lines = text[start:end].split("\n")
    offsets = [start]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    cuts: list[int] = []  # line indexes where a new block starts

    def head_above(i: int) -> int:
        """First of the headline-like lines right above line i (at most 3)."""
        k = i
        while k > 0 and k > (cuts[-1] if cuts else 0) and i - k < 3 and looks_like_headline(lines[k - 1]) \
                and not rx["lead"].match(lines[k - 1]) and not rx["line"].match(lines[k - 1]) \
                and not rx["folio"].match(lines[k - 1]) and not is_masthead_line(lines[k - 1], rx) \
                and not rx["staff"].match(lines[k - 1]) and not (lines[k - 1][-2:].rstrip("）)").endswith(photo_credit().taken) and is_credit(lines[k - 1])):
            k -= 1
        return k

    top = 0
    while top < len(lines) - 1 and len(lines[top]) <= 60 and (rx["folio"].match(lines[top]) or is_masthead_line(lines[top], rx)):
        top += 1
        cuts.append(top)  # the page's masthead printed on the first lines of the text (a bulletin's name, issue, office)
    if len(lines) >= 4 and top == 0 and len(lines[0]) <= 12 and rx["afterword"].match(lines[0]) \
            and looks_like_headline(lines[1]) and len(lines[1]) <= 30:
        # a note's label, its title and its writer's name printed over its
        # text with no blank lines (记者手记 / title / name / text): label,
        # title and name each a line of their own, as when blank lines frame
        # them, so the note is read as titled
        cuts += [1, 2] + ([3] if len(lines[2]) <= 4 and HAN.search(lines[2]) and not ends_sentence(lines[2]) else [])
    if top == 0 and len(lines) >= 2 and len(lines[0]) <= 60 and (lines[0][:2] == "原创" or "年" in lines[0]) \
            and rx["post_meta"].match(lines[0]) and looks_like_headline(lines[1]) and not rx["post_meta"].match(lines[1]):
        # a post's line printed over its title (原创 + account + time / title,
        # each post of a digest opening so): the post line a block of its own,
        # so the title under it is read as a headline, not as platform chrome
        cuts.append(1)
    if top == 0 and len(lines) >= 2 and len(lines[0]) <= 12 and lines[0][:1] in layout_table()["markers"]["brief_glyphs"] \
            and (rx["photo_heading"].match(lines[0]) or rx["briefs"].match(lines[0])) and not looks_like_headline(lines[1]):
        # a column's or a photo's label printed over its text with no blank
        # line (■简讯 / ●item…, ■图片新闻 / caption): the label a line of its
        # own, as when a blank line frames it
        cuts.append(1)
    briefs_at = next((i for i, line in enumerate(lines[:-1]) if len(line) <= 12 and rx["briefs"].match(line)
                      and (brief_item_head(lines[i + 1])[0] or _titles_brief(lines, i + 1))), None)
    for i in range(1, len(lines)):
        line = lines[i]
        new: tuple[int, ...]
        if briefs_at is not None and i > briefs_at and "\n" not in line and brief_item_head(line)[0]:
            # under a column of briefs (工会动态) printed without blank
            # lines, an item run in with its title (title　text) on a line
            # of its own is a paragraph of its own: the column's label and
            # each item apart
            new = (briefs_at, i)
        elif briefs_at is not None and i > briefs_at and (i == briefs_at + 1 or ends_sentence(lines[i - 1])) \
                and _titles_brief(lines, i):
            # under a column of briefs (工会动态) printed without blank
            # lines, each item's title on its line over its text: the
            # column's label, each title and each text apart, as when blank
            # lines part them
            new = (briefs_at, i, i + 1)
        elif line[:1] in layout_table()["markers"]["brief_glyphs"] and line[:1] == lines[i - 1][:1] \
                and brief_item_head(line)[0] and brief_item_head(lines[i - 1])[0]:
            # a run of marked briefs, each on its line with its title run in
            # (●标题　text / ●标题　text), printed without blank lines: each
            # item a paragraph of its own, as when blank lines part them
            new = (i,)
        elif line[:1] in "本（(" and len(line) > 20 and rx["lead"].match(line):
            new = (head_above(i), i)
        elif len(line) <= 40 and "年" in line and ends_sentence(lines[i - 1]) and is_masthead_line(line, rx) \
                and rx["masthead"].search(line):
            # the dated running header printed right under a paragraph, with
            # no blank line (the next article's title may follow it on the
            # next line): a line of its own, as when blank lines frame it
            new = (i, i + 1) if i + 1 < len(lines) else (i,)
        elif ("：" in line[:6] or ":" in line[:6]) and rx["web_meta"].match(line):
            # a website's line under its title (来源：… 发布时间：…): the
            # title above it is an article's head, printed on the line above;
            # the text under it (no blank line) is the body, a block of its own
            new = (head_above(i), i, i + 1) if i + 1 < len(lines) else (head_above(i), i)
        elif (line[:2] == "原创" and i + 1 < len(lines) or "年" in line) and len(line) <= 60 and head_above(i) < i \
                and len(lines[i - 1]) > 12 and rx["post_meta"].match(line):
            # a post's line (原创 + account + time, account + date) printed
            # between its title and its text with no blank lines: the title,
            # the post line, the text, each a block, as when blank lines frame
            # them (an account's short name over that line is no title: see
            # classify)
            new = (head_above(i), i, i + 1) if i + 1 < len(lines) else (head_above(i), i)
        elif line[-2:].rstrip("）)").endswith(photo_credit().taken) and 2 <= i < len(lines) - 1 and is_credit(line) and not looks_like_headline(lines[i - 1]) \
                and (k := head_above(i - 1)) < i - 1 and (k == 0 or ends_sentence(lines[k - 1]) or is_credit(lines[k - 1])):
            # a photo caption printed without blank lines inside a block:
            # its head lines, the text its credit closes, the credit; what
            # follows starts afresh
            new = (k, i - 1, i, i + 1)
        elif i == 1 and len(lines) == 2 and len(lines[0]) <= 20 and lines[0][:1] not in "【[" and looks_like_headline(lines[0]) \
                and line.endswith(photo_credit().taken) and rx["trailing_spaced"].search(line) and is_credit(rx["trailing_spaced"].search(line).group().strip()) \
                and not rx["lead"].match(line):
            # a photo's title glued to its caption, the credit run in at its
            # end (title / 图为…。　某某 摄): the title a line of its own, as
            # when a blank line frames it, so the caption is read as titled
            new = (1,)
        elif line[:1] == "【" and len(line) <= 14 and i + 1 < len(lines) and rx["section_tag"].fullmatch(line) \
                and looks_like_headline(lines[i + 1]):
            # a tag alone on its line over a headline (【一线·某省】, 【短评】)
            # opens a unit wherever it stands: the tag, its head lines (a
            # commentary's writer under its title), then the text
            j = i + 1
            while j < len(lines) and j - i <= 3 and looks_like_headline(lines[j]):
                j += 1
            new = (i, i + 1, *range(i + 2, j + 1))
        elif i + 1 < len(lines) and opens_with_summary(line) and looks_like_headline(lines[i - 1]):
            # an editor's note (编者按：…) under a series' head: a paragraph
            # of its own, never the text of the head's lines above it
            new = (i, i + 1)
        elif i + 1 < len(lines) and len(line) <= 30 and rx["line"].match(line) and head_above(i) < i \
                and not looks_like_headline(lines[i + 1]):
            # a byline on its own line between a head and the body (title /
            # □ 某某 / text): the head, the byline, the body
            new = (head_above(i), i, i + 1)
        else:
            continue
        cuts += [c for c in new if 0 < c and (not cuts or c > cuts[-1])]
    last = len(lines) - 1
    if last >= 2 and is_credit(lines[-1]) \
            and not looks_like_headline(lines[-2]) and (k := head_above(last - 1)) < last - 1 \
            and (k == 0 or ends_sentence(lines[k - 1]) or is_credit(lines[k - 1])):
        # a photo caption printed without blank lines: its head lines right
        # above the text its credit closes
        cuts += [c for c in (k, last - 1, last) if 0 < c and (not cuts or c > cuts[-1])]
    if not cuts:
        return [(start, end, False)]
    bounds = [0, *cuts, len(lines)]
    return [(offsets[a], offsets[b] - 1, False) for a, b in zip(bounds, bounds[1:])]


def _titles_brief(lines: list[str], i: int) -> bool:
    """Line i is a brief's title on its own line over the brief's text: a
    short line in words (no sentence) with a sentence under it."""
    return i + 1 < len(lines) and 6 <= len(lines[i]) <= 40 and looks_like_headline(lines[i]) \
        and not ends_sentence(lines[i]) and not looks_like_headline(lines[i + 1]) and ends_sentence(lines[i + 1])


def breadcrumb_line(lines: list[str]) -> int | None:
    """The index of a website's breadcrumb among a block's first lines
    (首页 > 新闻中心 > …, perhaps under or behind the site's short name),
    when every line above it is such a name."""
    rx = layout_patterns()
    for k, line in enumerate(lines[:2]):
        if not BREADCRUMB_ARROWS.isdisjoint(line) and rx["breadcrumb"].match(line.strip()):
            return k if all(len(above) <= 16 and looks_like_headline(above) or rx["nav_bar"].match(above.strip())
                            for above in lines[:k]) else None
    return None


def _brief_item(text: str, start: int, end: int) -> bool:
    """A roundup's brief item: its marked head (①某县：…) glued to its one
    paragraph, the whole item one block.  A run of them beside each other is
    one unit, a 速览 under the head above it, not an article per item; items
    whose text runs on over blank lines (or opens on a source line) are
    articles of their own."""
    rx = layout_patterns()
    lines = text[start:end].split("\n")
    return (len(lines) >= 2 and lines[0][:1] in layout_table()["markers"]["item_glyphs"] and rx["item"].match(lines[0])
            is not None and looks_like_headline(lines[0]) and ends_sentence(lines[-1])
            and not looks_like_headline(lines[1]) and not rx["source_line"].match(lines[1]))


def is_box_over_title(label: str, line: str) -> bool:
    """A box's label alone on its line over a line in words that titles the
    box: no sentence and no question (链接 / 怎么办？ heads an explainer
    inside the article)."""
    return len(label) <= 12 and bool(layout_patterns()["box_label"].match(label)) and looks_like_headline(line) \
        and not ends_sentence(line) and not line.rstrip().endswith(("？", "?"))


def split_heads(text: str, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Blocks of their own for a digest item's marked headline printed on the
    line above its text (▌title / text, no blank line between), for a
    byline printed on the line under its headline (title / 本报记者 …), and
    for a lead byline's paragraph and the head above it (``_lead_cuts``)."""
    rx = layout_patterns()
    out: list[tuple[int, int, bool]] = []
    spans = _lead_spans(text, spans)
    for at, (start, end, box) in enumerate(spans):
        cut = text.find("\n", start, end)
        if cut == -1:
            out.append((start, end, box))
            continue
        if rx["item"].match(text[start:cut]) and looks_like_headline(text[start:cut]) and not (
                _brief_item(text, start, end) and any(_brief_item(text, *spans[k][:2]) for k in (at - 1, at + 1)
                                                      if 0 <= k < len(spans))):
            out += [(start, cut, box), (cut + 1, end, False)]
            continue
        if text[start] == "【" and rx["section_tag"].fullmatch(text[start:cut]) and (
                rx["bullet_item"].match(text[cut + 1:end]) or rx["section_bullet"].match(text[cut + 1:end])):
            # a column's bracketed label (【基层快讯】) printed over its
            # bulleted notes with no blank line: the label a block of its own
            out += [(start, cut, box), (cut + 1, end, False)]
            continue
        if text[start] == "【" and (tag := rx["section_tag"].match(text[start:cut])) and tag.end() < cut - start \
                and looks_like_headline(text[start:cut]) and not looks_like_headline(text[cut + 1:end].split("\n", 1)[0]):
            # a tagged headline (【背景】title, 【短评】title) printed on the
            # line above its text: a head of its own
            out += [(start, cut, box), (cut + 1, end, False)]
            continue
        if len(lines := text[start:end].split("\n", 2)) == 3 and is_box_over_title(lines[0], lines[1]):
            # a background box's label (【链接】) straight over its title and
            # text, no blank line between: a label, a head and a text, as a
            # box's frame prints them (``_box_titled_below``)
            title_end = cut + 1 + len(lines[1])
            out += [(start, cut, box), (cut + 1, title_end, False), (title_end + 1, end, False)]
            continue
        lines = text[start:end].split("\n")
        if len(lines) >= 2 and rx["inline_toc"].match(lines[-1]) and "；" in lines[-1] \
                and not any(ends_sentence(line) for line in lines[:-1]):
            # a post's contents run in after its label (本期导读：A；B。)
            # printed right under the post's head: a block of its own
            cut = end - len(lines[-1]) - 1
            out += [(start, cut, box), (cut + 1, end, False)]
            continue
        if any(is_marked_photo_caption(line) for line in lines):
            # photos' numbered or marked captions printed without blank lines,
            # among themselves (图① … 摄 / 图② … 摄) or among an article's
            # paragraphs (… / ▲ 某某在…。 某某 摄 / …): a block, and a
            # caption, each; the paragraphs around one stay together
            bounds = sorted({0, len(lines), *(k for k, line in enumerate(lines) if is_marked_photo_caption(line)),
                             *(k + 1 for k, line in enumerate(lines) if is_marked_photo_caption(line))})
            offsets = [start + sum(len(line) + 1 for line in lines[:b]) for b in bounds]
            out += [(a, b - 1, box if a == start else False) for a, b in zip(offsets, offsets[1:])]
            continue
        numbered = next((k for k in range(1, len(lines) - 1) if len(lines[k]) <= 4 and rx["item_number"].match(lines[k])
                         and ends_sentence(lines[0]) and looks_like_headline(lines[k + 1])), None)
        if numbered is not None:
            # a digest's item number (02) printed under the last paragraph of
            # the item before, no blank line between (past the account's name
            # repeated there): the number and the head under it open an item
            cut = start + sum(len(line) + 1 for line in lines[:numbered]) - 1
            out += [(start, cut, box), (cut + 1, cut + 1 + len(lines[numbered]), False),
                    (cut + 2 + len(lines[numbered]), end, False)]
            continue
        heads = [k for k, line in enumerate(lines) if len(line) <= layout_table()["markers"]["digest_head_max_chars"]
                 and rx["digest_number"].match(line)
                 and looks_like_headline(line) and not ends_sentence(line)
                 and (k + 1 < len(lines) or k > 0) and (k == 0 or ends_sentence(lines[k - 1]))]
        if heads:
            # a numbered head (二、某县：…) printed with no blank line over
            # its text, or under the last paragraph before it: a line of its
            # own, as when blank lines frame it, so that the page's
            # numbering (a digest's items, a feature's parts) reads it
            bounds = sorted({0, len(lines), *heads, *(k + 1 for k in heads)})
            offsets = [start + sum(len(line) + 1 for line in lines[:b]) for b in bounds]
            out += [(a, b - 1, box if a == start else False) for a, b in zip(offsets, offsets[1:])]
            continue
        crumb = breadcrumb_line(lines)
        if crumb is not None and crumb + 1 < len(lines):
            # a website's breadcrumb (under its site's name) printed over the
            # title with no blank line: the page's chrome, a block of its own
            cut = start + sum(len(line) + 1 for line in lines[:crumb + 1]) - 1
            out += [(start, cut, box), (cut + 1, end, False)]
            continue
        below = lines[2] if len(lines) >= 3 else text[spans[at + 1][0]:spans[at + 1][1]] if at + 1 < len(spans) else ""
        if len(lines) >= 2 and len(lines[0]) <= 8 and back_issues_label(lines[0]) \
                and looks_like_headline(lines[1]) and rx["web_meta"].match(below):
            # a website's related-news label printed over its first item, a
            # title with its own date line (相关新闻 / title / 发布时间：…):
            # the label a block of its own, the item an article's head
            out += [(start, cut, box), (cut + 1, end, False)]
            continue
        if len(lines[0]) <= 8 and rx["toc_label"].match(lines[0]):
            # a contents' label with its entries on the lines under it
            # (【本期要目】 / 一、… / 二、…): the label a block of its own
            out += [(start, cut, box), (cut + 1, end, False)]
            continue
        if 3 <= len(lines) <= 5 and len(lines[0]) <= 14 and (rx["column_tag"].match(lines[0]) or rx["section_tag"].fullmatch(lines[0])) \
                and rx["bare_name"].match(lines[-1]) and all(looks_like_headline(line) for line in lines):
            # a commentary's head printed without blank lines (短评 / title /
            # 某某): the column's label, the title, the writer, each a block,
            # as when blank lines frame them
            label_end, name_start = start + len(lines[0]), end - len(lines[-1])
            out += [(start, label_end, box), (label_end + 1, name_start - 1, False), (name_start, end, False)]
            continue
        if len(lines) >= 4 and len(lines[0]) <= 8 and rx["column_tag"].match(lines[0]) and looks_like_headline(lines[1]) \
                and rx["bare_name"].match(lines[2]) and all(ends_sentence(line) for line in lines[3:]):
            # the same head with the commentary's text run on under the
            # writer (短评 / title / 某某 / text): label, title, writer, text
            label_end = start + len(lines[0])
            title_end = label_end + 1 + len(lines[1])
            name_end = title_end + 1 + len(lines[2])
            out += [(start, label_end, box), (label_end + 1, title_end, False),
                    (title_end + 1, name_end, False), (name_end + 1, end, False)]
            continue
        if 2 <= len(lines) <= 3 and lines[-1][:1] in "来稿" and rx["source_line"].match(lines[-1]) \
                and all(looks_like_headline(line) for line in lines[:-1]):
            # a post item's source line printed right under its title: a
            # block of its own (the head's byline, see _mark_source_lines)
            cut = end - len(lines[-1]) - 1
            out += [(start, cut, box), (cut + 1, end, False)]
            continue
        bylines = len(lines)  # the bylines at the end of the block start at this line
        while bylines > 0 and len(lines[bylines - 1]) <= 60 and (
                rx["line"].match(lines[bylines - 1]) or is_bare_lead(lines[bylines - 1])):
            bylines -= 1
        if 0 < bylines < len(lines) and all(looks_like_headline(line) for line in lines[:bylines]):
            cut = start + sum(len(line) + 1 for line in lines[:bylines]) - 1
            out += [(start, cut, box), (cut + 1, end, False)]
            continue
        if _lines_are_paragraphs(lines, rx):
            # a page printed with a line end, no blank line, between
            # paragraphs (blank lines only between posts): each line a block,
            # so that titles and subheadings among them are read as such; the
            # blank line above a title there parts two posts, as a frame's
            # break parts two articles of a newspaper page
            box = True
            pos = start
            for k, line in enumerate(lines):
                if k + 1 < len(lines) and len(line) <= 12 and lines[k + 1].startswith("原创"):
                    # an account's name over its post line: one block (see classify)
                    lines[k + 1] = f"{line}\n{lines[k + 1]}"
                    continue
                out.append((pos, pos + len(line), box if pos == start else False))
                pos += len(line) + 1
            continue
        out.append((start, end, box))
    return out


def _lines_are_paragraphs(lines: list[str], rx: dict[str, regex.Pattern]) -> bool:
    """Whether a block is a post printed without blank lines between its
    paragraphs: its first line a title (no numbered or tagged heading, 一、…
    / 【小标题】… / 01 …, which a section of one article opens), at least
    ``post_min_sentence_lines`` lines of sentences under it (a brief's two
    lines are no post). (Soft wraps were undone by repair: a line end left
    after a finished sentence is a paragraph's end.) A section of a feature
    printed so stays one paragraph block."""
    least = layout_table()["headline"]["post_min_sentence_lines"]
    first = lines[0]
    if len(lines) < least or not looks_like_headline(first) or first[:1] in "【[" or first[:1].isdigit() \
            or rx["section_number"].match(first) or rx["line"].match(first) or is_bare_lead(first):
        return False  # (nor a byline: the text under it is an article's, its head above)
    return sum(1 for line in lines if ends_sentence(line) and not looks_like_headline(line)) >= least


def _lead_spans(text: str, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """``spans`` with each block cut before its lead bylines (``_lead_cuts``);
    the box break stays with the block's first piece."""
    rx = layout_patterns()
    out: list[tuple[int, int, bool]] = []
    for k, (start, end, box) in enumerate(spans):
        if "\n" not in text[start:end]:
            out.append((start, end, box))
            continue
        pieces = _lead_cuts(text, start, end)
        last_start, last_end, _ = pieces[-1]
        cut = text.rfind("\n", last_start, last_end)
        if k + 1 < len(spans) and cut != -1 and rx["lead"].match(text[spans[k + 1][0]:spans[k + 1][0] + 60]) \
                and _titles_next_report(text[last_start:cut].rsplit("\n", 1)[-1], text[cut + 1:last_end]):
            # a report's title printed on the last line of the block above
            # its lead (a box's last item; title), the blank line under it:
            # the title a block of its own, so it heads the report
            pieces[-1:] = [(last_start, cut, False), (cut + 1, last_end, False)]
        out.append((pieces[0][0], pieces[0][1], box))
        out += pieces[1:]
    return out


def _titles_next_report(above: str, line: str) -> bool:
    """``line``, the last of a block, is the title of the report whose lead
    opens the next block: a short head under a line that closes a sentence
    or a list item (。 ；)."""
    return 6 <= len(line) <= 30 and looks_like_headline(line) and not layout_patterns()["lead"].match(line) \
        and (ends_sentence(above) or above.endswith(("；", ";"))) and not looks_like_headline(above)
