"""Tests on single lines of a page: headline groups and their titles, kickers,
bylines and credits, mastheads and datelines, the heads of brief items,
back-issue labels."""
from __future__ import annotations

from functools import lru_cache

import regex

from extractors.repair import ends_sentence, looks_like_headline, strip_markdown
from extractors.segment.layout import layout_table, layout_patterns, photo_credit


def strip_item_marker(text: str) -> str:
    """The text without a digest's item marker (▌, 01｜): layout, not words."""
    m = layout_patterns()["item"].match(text)
    return text[m.end():].lstrip() if m else text


def strip_item_glyph(text: str) -> str:
    """A title without the glyph that marks a digest's item (▌); an item's
    number printed on the title's line (01｜…) is kept: the title as the page
    prints it."""
    return text[1:].lstrip() if text[:1] and text[0] in layout_table()["markers"]["item_glyphs"] else text


@lru_cache(maxsize=1)
def back_issues_starts() -> frozenset[str]:
    """First two characters of the back-issues labels: a cheap test first."""
    return frozenset(label[:2] for label in layout_table()["markers"]["back_issues"])


def back_issues_label(line: str) -> str | None:
    """The label of a list of back issues or related links (往期回顾,
    相关新闻：) opening ``line``: alone, or with a colon and the list's first
    entry run on after it (相关新闻：· 某某…)."""
    label = strip_item_marker(line[:12]).strip()
    for colon in "：:":
        if (k := label.find(colon)) != -1:
            label = label[:k]
            break
    else:
        if len(line) > 12:
            return None
    return label if label in layout_table()["markers"]["back_issues"] else None


def opens_with_summary(text: str) -> bool:
    """A summary box printed inline: 编者按：… (the marker, a colon, its
    text), or the marker in brackets: 【编者按】…"""
    if text[:1] == "【" and "】" in text[:7]:
        return text[1:text.index("】")] in layout_table()["markers"]["summary"]
    return text[:6].split("：", 1)[0].split(":", 1)[0] in layout_table()["markers"]["summary"] and \
        ("：" in text[:6] or ":" in text[:6])


def is_bare_lead(line: str) -> bool:
    """A lead byline alone on its line (本报讯（记者 某某 通讯员 某某）), the
    text on the lines below: a byline line of the head above, no title."""
    return line[:2] == "本报" and line[-1:] in "）)" and bool(layout_patterns()["lead"].fullmatch(line))


def opens_with_byline(text: str) -> bool:
    """A byline or a staff line opens the text: it starts afresh."""
    rx = layout_patterns()
    first = text.split("\n", 1)[0]
    return bool(rx["line"].match(first) or rx["lead"].match(first) or rx["staff"].match(first))


_KEY_JUNK = regex.compile(r"[\s#]+")


def title_key(s: str | None) -> str:
    return _KEY_JUNK.sub("", s or "")


def _is_inline_kicker_head(line: str, rx: dict, h: dict) -> bool:
    """Whether a one-line head is "kicker——title": the part before the last
    dash is a sentence of facts (a clause comma, a union as its subject)."""
    dash = h["kicker_end"]
    if (dash not in line or line.endswith(dash) or line.startswith(h["deck_start"])
            or line.endswith(tuple(h["deck_nouns"]))
            # (a post's title under its column's name, 栏目｜A——B, is one title)
            or rx["section_tag"].match(line) or rx["column_prefix"].match(line)):
        return False
    kicker = line[:line.rindex(dash)]
    return any(c in kicker for c in h["inline_kicker_clause"]) or bool(rx["union_subject"].match(kicker))


def read_headline_group(lines: list[str]) -> tuple[str | None, str | None]:
    """(title, subtitle) of a headline group's lines, in page order.

    The title is the markdown ``#`` line if any; else the text after a kicker
    (``kicker——title`` on one line, or the line under a ``——`` line); else the last line that is
    not a column tag. Everything else is the subtitle, lines joined by ``\\n``.
    """
    rx, h = layout_patterns(), layout_table()["headline"]
    dash, deck = h["kicker_end"], h["deck_start"]
    items: list[tuple[int, str]] = [strip_markdown(l) for l in lines
                                    if l.strip() and not (len(l) <= 4 and rx["item_number"].match(l))]
    # split "kicker——title" printed on one line, when the part before the
    # dash reads as a kicker (see layout.toml inline_kicker_clause)
    split: list[tuple[int, str]] = []
    for level, line in items:
        if _is_inline_kicker_head(line, rx, h):
            cut = line.rindex(dash) + len(dash)
            split += [(level, line[:cut]), (level, line[cut:].strip())]
        else:
            split.append((level, line))
    items = split
    if not items:
        return None, None
    titled = [i for i, (lv, _) in enumerate(items) if lv == 1]
    kicker = [i for i, (_, l) in enumerate(items) if l.endswith(dash)]
    plain = [i for i, (_, l) in enumerate(items)
             if not rx["column_tag"].match(l) and not rx["section_tag"].match(l) and not l.endswith(dash)
             and not l.startswith(deck) and not (len(l) <= 12 and rx["briefs"].match(l))
             # (the page's staff line, 本版编辑：…, printed among the page's
             # head lines over the first story, names no story)
             and not rx["staff"].match(l)]
    if titled:
        t = titled[0]
    elif kicker and kicker[-1] + 1 < len(items) and kicker[-1] + 1 in plain:
        t = kicker[-1] + 1
    elif plain and len(plain) >= 2 and any(len(l) <= 4 and rx["item_number"].match(l) for l in lines):
        # a digest's item number (01) alone over the item's head: the line
        # under the number is the item's title, a deck follows it
        t = plain[0]
    elif plain:
        t = _title_of_plain_lines([(i, items[i][1]) for i in plain], rx)
    elif tagged := [i for i, (_, l) in enumerate(items)
                    if (m := rx["section_tag"].match(l)) and l[m.end():].strip()]:
        t = tagged[-1]  # 【访谈】title over a deck: the tagged line holds the title
    else:
        t = len(items) - 1
    title = strip_item_glyph(items[t][1])
    rest = [l for i, (_, l) in enumerate(items) if i != t]
    if not rest:
        # a one-line "deck title" group: split at the last space when long
        parts = title.rsplit(" ", 1)
        # (a second half stating the count is the figures of one title)
        # (a digest's item head under its number, 01, is typed as one title
        # by the post's editor, the space in it included: no deck)
        numbered = len(items) < len([l for l in lines if l.strip()])
        if (len(parts) == 2 and len(title) >= h["split_min_chars"] and not numbered
                and min(len(parts[0]), len(parts[1])) >= h["split_min_part"]
                and not rx["head_count"].search(parts[1]) and not rx["place_colon_title"].match(title)
                # (a roundup's item head behind its place tag, 【某市】A B, is
                # typed by the post's editor as one line: a couplet, no deck)
                and not rx["section_tag"].match(title)
                # (nor a digest's numbered item from a place, 三、某县：A B)
                and not rx["digest_place_item"].match(title)
                # (nor a post's title behind its column's label or rank,
                # 聚焦丨A B / 次条｜A B: one line typed as one title)
                and not rx["column_prefix"].match(title)
                # (a space inside a quotation, “当好主人翁 建功新时代”, is
                # the slogan's own: no break between deck and title)
                and all(parts[0].count(a) <= parts[0].count(b) for a, b in layout_table()["sentence"]["pairs"])):
            return parts[1], parts[0]
    return title, ("\n".join(rest) or None)


_DIGIT = regex.compile(r"[\d０-９]")
BARE_NAME = regex.compile(r"\p{Han}{2,3}")  # a writer's name alone on its line (4 characters may be a title)
HAN = regex.compile(r"\p{Han}")  # compiled once: regex.search(str, …) looks its cache up per call


def _is_quote_line(line: str) -> bool:
    """The line is one quotation, marks around it all (“…”)."""
    line = line.strip()
    return len(line) > 2 and line[0] == "“" and line[-1] == "”" and "“" not in line[1:-1]


def _title_of_plain_lines(plain: list[tuple[int, str]], rx: dict[str, regex.Pattern]) -> int:
    """Index of the title among a head's plain lines (kicker, title, deck)."""
    lines = [(i, l) for i, l in plain
             if HAN.search(l) and not rx["masthead"].search(l)]
    if len(lines) == 3:
        return lines[1][0]
    if len(lines) == 2:
        # a list of the news's items is the kicker
        listed = [bool(rx["list_line"].match(l)) for _, l in lines]
        if listed.count(True) == 1:
            return lines[listed.index(False)][0]
        # a spaced pair (一碗热汤面　一张安稳床) may be a kicker, a title or a
        # deck: leave such heads to the page order
        # (a union as a colon's label, 某区总工会：…, heads a title: no subject)
        # a deck of figures in clauses (今年以来新建…46处，累计服务…) under a
        # title whose subject is a union: the count decides before the union
        counted = [bool(rx["head_count"].search(l)) and "，" in l for _, l in lines]
        if counted.count(True) == 1:
            return lines[counted.index(False)][0]
        # a line closing on the news's figures (…新增会员3800余名) printed
        # under a line without any figure is its deck, whoever the title names
        # (over the title, such a line is the title itself: 参赛超50万人次)
        # (one opening on them, 208名职工获资助, is a deck there as well)
        if ((rx["figures_close_deck"].search(lines[1][1]) or rx["figures_deck"].match(lines[1][1]))
                and not _DIGIT.search(lines[0][1])):
            return lines[0][0]
        # over a line without any figure it is the title (…筹集帮扶资金1860万元 / 持续做好…)
        if rx["figures_close_deck"].search(lines[0][1]) and not _DIGIT.search(lines[1][1]):
            return lines[0][0]
        # a voice in quotes (“…心里踏实多了”) printed under a plain line is
        # the deck of that line's news, whoever the title names
        if _is_quote_line(lines[1][1]) and not _is_quote_line(lines[0][1]):
            return lines[0][0]
        # a union's deed over a deck of its count (某市总工会发放助学金… /
        # 1046名…受助; 某市总工会组织… / 今年共安排4600余名…): the deed is
        # the title, figures in it or not
        if rx["union_subject"].match(lines[0][1]) and not rx["place_colon_title"].match(lines[0][1]) \
                and (rx["figures_deck"].match(lines[1][1]) or rx["period_count_deck"].match(lines[1][1])):
            return lines[0][0]
        # a line closing on the news's figure over a period's total
        # (某市驿站增至126个 / 全年服务…超过40万人次): the period is the deck
        if rx["figures_close_deck"].search(lines[0][1]) and rx["period_count_deck"].match(lines[1][1]) \
                and not rx["period_count_deck"].match(lines[0][1]):
            return lines[0][0]
        named = [bool(rx["union_subject"].match(l)) and not rx["place_colon_title"].match(l) for _, l in lines]
        if named.count(True) == 1 and not any(rx["spaced_pair"].match(l) for _, l in lines):
            return lines[named.index(False)][0]
        # a place and a colon open a title (某县：…); a figure opens a deck;
        # a genre's name closes one (…活动综述)
        for form, is_title in (("place_colon_title", True), ("figures_deck", False), ("genre_deck", False)):
            shaped = [bool(rx[form].match(l)) for _, l in lines]
            if shaped.count(True) == 1:
                return lines[shaped.index(is_title)][0]
        # else the line giving the news's count in figures is the deck
        counted = [bool(rx["head_count"].search(l)) for _, l in lines]
        if counted.count(True) == 1:
            return lines[counted.index(False)][0]
    return plain[-1][0]


def is_masthead_line(text: str, rx: dict[str, regex.Pattern]) -> bool:
    """Every word is a masthead's (outlet, date, page, section), with plain
    short words only beside one of those."""
    words = text.split()
    # each word matched once (the pattern is long; it was run twice a word)
    strong = [rx["masthead_word"].match(w) is not None for w in words]
    return any(strong) and all(is_strong or rx["masthead_filler"].match(w) for w, is_strong in zip(words, strong))


def is_dated_weekday(text: str, rx: dict[str, regex.Pattern]) -> bool:
    """A masthead line with both a date and a weekday among its words."""
    words = text.split()
    return any("年" in w and rx["masthead"].match(w) for w in words) and any(
        w[:-1] in ("星期", "周") and w[-1:] in "一二三四五六日天" for w in words)


def brief_item_head(text: str) -> tuple[int, int]:
    """Where a brief's title printed with its text ends and its text starts,
    (0, 0) when the paragraph has none. A column of briefs prints the title
    on its own line above the text (title / text, no blank line between),
    run in with a space (绥化：…手中 12月10日，…) or with a colon
    (标题：11月以来，…). A glyph may mark each item (■ 标题　text): it is
    skipped, the title is the words after it."""
    t = layout_table()["markers"]
    rx = layout_patterns()
    first_end = text.find("\n")
    first = text if first_end == -1 else text[:first_end]
    glyph = len(first) - len(first[1:].lstrip()) if first[:1] and first[0] in t["brief_glyphs"] else 0
    space, colon = first.find(" ", glyph), min((k for k in (first.find("：", glyph), first.find(":", glyph)) if k != -1),
                                               default=-1)
    if 0 <= colon < (space if space != -1 else len(first)) and colon >= t["brief_colon_head_min"]:
        cut, start = colon, colon + 1  # 标题：text (a short 地名： runs on to a spaced title)
    elif 0 <= space:
        cut, start = space, space + 1
    elif first_end != -1:
        cut, start = first_end, first_end + 1  # the title on the line above its text
    else:
        return 0, 0
    head, rest = text[glyph:cut].strip(), text[start:].lstrip()
    if not 6 <= len(head) <= 30 or len(rest) < 20 or "。" in head or "，" in head or looks_like_headline(rest) \
            or not looks_like_headline(head) or rx["lead"].match(head) or rx["line"].match(head) \
            or rx["qa_turn"].match(head) or head.endswith(tuple(t["speech_verbs"])):
        return 0, 0
    return cut, len(text) - len(rest)


def is_credit(line: str) -> bool:
    """A photo credit line (本报记者 某某 摄), bare or in brackets
    （通讯员 某某 摄）."""
    if line[:1] in "（(" and line[-1:] in "）)":
        line = line[1:-1].strip()
    return line.endswith(photo_credit().taken) and bool(layout_patterns()["credit"].search(line))


def is_marked_photo_caption(line: str) -> bool:
    """A photo's caption numbered (图①　某某在…。 本报记者 某某 摄) or marked
    (▲某某在…。 某区总工会 供图), one sentence credited after a space: a caption
    wherever it stands, never an article's text."""
    credit = photo_credit()
    marked = line[:1] in credit.marks
    if not (marked or layout_patterns()["photo_number"].match(line)):
        return False
    m = layout_patterns()["credit"].search(line) if line.endswith(credit.taken) else \
        layout_patterns()["supplied_credit"].search(line) if marked and line.endswith(credit.supplied) else None
    return m is not None and m.start() > 0 and ends_sentence(line[:m.start()].strip())
