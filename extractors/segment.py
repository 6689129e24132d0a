"""Repaired page -> articles, captions, tables of contents.

The page is read block by block (``repair.split_blocks``), in page order:

- a *headline group* (consecutive headline-like lines: section tags 【…】,
  kickers ending with ——, column tags, titles, markdown ``#``) opens an article
  when it carries a section tag, a kicker or a ``#`` title, or when a byline or
  a summary box (阅读提示) follows it; it opens a photo caption when a photo
  credit (…摄) closes the text under it, or when it stands under a box break
  over a short text; otherwise it is a subheading of the current article;
- a headline group that repeats an earlier unit's title is a running header:
  the text after it continues that unit (the header itself is dropped);
- a table of contents opens at a journal-issue line (《…》2025年第11期);
- an untitled single sentence, or short text, under a box break is a caption;
- a paragraph joins the current article, except when its vocabulary belongs
  clearly to another article already begun on the page (IDF-weighted
  character bigrams, thresholds in layout.toml): the layout interleaved the two
  articles, and the text that follows continues that other article (never a
  paragraph leaning on the text above it, 据介绍，…, one opening on the place
  its article's title names, or a bulleted item);
- an article whose last paragraph is unfinished (no final punctuation) gets
  its next paragraph glued on with the break deleted (``活动往\\n\\n往``).

Nothing is lost: text before any headline goes into an untitled article.
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import regex

from extractors.bigrams import PageBigrams
from extractors.patterns import compile_fast
from extractors.records import Article, MappedText, UnitKind
from extractors.repair import (
    Block,
    block_spans,
    computed_once,
    ends_mid_number,
    ends_sentence,
    is_unfinished,
    looks_like_headline,
    strip_markdown,
)
from extractors.vocabulary import load_table


@lru_cache(maxsize=1)
def _layout() -> dict:
    return load_table("layout")


@lru_cache(maxsize=1)
def _rx() -> dict[str, regex.Pattern]:
    t = _layout()
    m, b = t["markers"], t["byline"]

    def byline(name: str) -> regex.Pattern:
        return compile_fast(b[name].replace("{name}", b["name"]))

    return {
        "section_tag": compile_fast(m["section_tag"]),
        "column_tag": compile_fast(m["column_tag"]),
        "toc_head": compile_fast(m["toc_head"]),
        "toc_label": compile_fast(m["toc_label"]),
        "toc_footer": compile_fast(m["toc_footer"]),
        "item": compile_fast(m["item"]),
        "item_number": compile_fast(m["item_number"]),
        "bullet_item": compile_fast(m["bullet_item"]),
        "section_bullet": compile_fast(m["section_bullet"]),
        "photo_label": compile_fast(m["photo_label"]),
        "photo_heading": compile_fast(m["photo_heading"]),
        "photo_pointer": compile_fast(m["photo_pointer"]),
        "photo_opener": compile_fast(m["photo_opener"]),
        "runs_on": compile_fast(t["stitching"]["runs_on"]),
        "notice_box": compile_fast(m["notice_box"]),
        "digest_number": compile_fast(m["digest_number"]),
        "digest_place_item": compile_fast(m["digest_place_item"]),
        "place_item_head": compile_fast(m["place_item_head"]),
        "place_titled_head": compile_fast(m["place_titled_head"]),
        "folio": compile_fast(m["folio"]),
        "breadcrumb": compile_fast(m["breadcrumb"]),
        "nav_bar": compile_fast(m["nav_bar"]),
        "news_lead": compile_fast(m["news_lead"]),
        "period_lead": compile_fast(m["period_lead"]),
        "staff": compile_fast(m["staff"]),
        "post_meta": compile_fast(m["post_meta"]),
        "post_notes": compile_fast(m["post_notes"]),
        "photo_note": compile_fast(m["photo_note"]),
        "briefs": compile_fast(m["briefs"]),
        "figures_box": compile_fast(m["figures_box"]),
        "figure_line": compile_fast(m["figure_line"]),
        "table_row": compile_fast(m["table_row"]),
        "qa_turn": compile_fast(m["qa_turn"]),
        "afterword": compile_fast(m["afterword"]),
        "box_label": compile_fast(m["box_label"]),
        "titled_afterword": compile_fast(m["titled_afterword"]),
        "editors_note": compile_fast(m["editors_note"]),
        "web_meta": compile_fast(m["web_meta"]),
        "source_line": compile_fast(m["source_line"]),
        "account_descriptor": compile_fast(m["account_descriptor"]),
        "signature_date": compile_fast(m["signature_date"]),
        "repost_line": compile_fast(m["repost_line"]),
        "masthead_word": compile_fast(t["headline"]["masthead_word"]),
        "masthead_filler": compile_fast(t["headline"]["masthead_filler"]),
        "commentary": compile_fast(t["stitching"]["commentary"]),
        "continued_from": compile_fast(t["stitching"]["continued_from"]),
        "continued_from_other_page": compile_fast(t["stitching"]["continued_from_other_page"]),
        "section_number": compile_fast(t["headline"]["section_number"]),
        "union_subject": compile_fast(t["headline"]["union_subject"]),
        "spaced_pair": compile_fast(t["headline"]["spaced_pair"]),
        "head_count": compile_fast(t["headline"]["head_count"]),
        "place_colon_title": compile_fast(t["headline"]["place_colon_title"]),
        "figures_deck": compile_fast(t["headline"]["figures_deck"]),
        "figures_close_deck": compile_fast(t["headline"]["figures_close_deck"]),
        "genre_deck": compile_fast(t["headline"]["genre_deck"]),
        "list_line": compile_fast(t["headline"]["list_line"]),
        "column_prefix": compile_fast(t["headline"]["column_prefix"]),
        "masthead": compile_fast(t["headline"]["masthead"]),
        "lead": byline("lead"),
        "line": byline("line"),
        "author": byline("author"),
        "bare_name": byline("bare_name"),
        "trailing": byline("trailing"),
        "trailing_spaced": byline("trailing_spaced"),
        "trailing_names": byline("trailing_names"),
        "trailing_closes": compile_fast("|".join(map(regex.escape, b["trailing_closes"]))),
        "credit": byline("credit"),
    }


# Separators of a website's breadcrumb (a cheap test before its pattern).
_BREADCRUMB_ARROWS = frozenset(">＞›»")
# Bullets opening a column's untitled items (a cheap test before its pattern).
_BULLETS = frozenset("●▲◆")
# Characters a figures-box line can open with: a marker or a digit.
_FIGURE_OPENERS = frozenset("◆●■□▌★·0123456789０１２３４５６７８９")


@lru_cache(maxsize=1)
def _furniture() -> tuple[str, ...]:
    return tuple(_layout()["markers"]["furniture"])


# ---------------------------------------------------------------- block kinds

HEADLINE, KICKER, TAG, COLUMN, ITEM, BRIEFS, SUMMARY, TOC_HEAD, TOC_BODY, BYLINE, CREDIT, FOLIO, META, STAFF, \
    BACK_ISSUES, FIGURES, AFTERWORD, PARA = (
        "headline", "kicker", "tag", "column", "item", "briefs", "summary", "toc_head", "toc_body", "byline",
        "credit", "folio", "post_meta", "staff", "back_issues", "figures_box", "afterword", "para",
    )
HEADISH = {HEADLINE, KICKER, TAG, COLUMN, ITEM, BRIEFS}
MARKED = {TAG, KICKER, COLUMN, ITEM, BRIEFS}  # a headline group with one of these opens an article


def strip_item_marker(text: str) -> str:
    """The text without a digest's item marker (▌, 01｜): layout, not words."""
    m = _rx()["item"].match(text)
    return text[m.end():].lstrip() if m else text


def strip_item_glyph(text: str) -> str:
    """A title without the glyph that marks a digest's item (▌); an item's
    number printed on the title's line (01｜…) is kept: the title as the page
    prints it."""
    return text[1:].lstrip() if text[:1] and text[0] in _layout()["markers"]["item_glyphs"] else text


@lru_cache(maxsize=1)
def _back_issues_starts() -> frozenset[str]:
    """First two characters of the back-issues labels: a cheap test first."""
    return frozenset(label[:2] for label in _layout()["markers"]["back_issues"])


def _back_issues_label(line: str) -> str | None:
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
    return label if label in _layout()["markers"]["back_issues"] else None


# A post line's mark of posting (原创, a time of day): a platform's, never a
# newspaper's running header (paper, page, date)
_POSTED_AT = regex.compile(r"^原创|\d{1,2}:\d{2}")


# A line drawn with dashes or rule characters only (between posts, under a box)
_RULE_LINE = regex.compile(r"[—－\-─━_＿=＝~～·•*＊]{4,}")


def classify(block: Block) -> str:
    rx, t = _rx(), _layout()
    text = block.text.text
    first = block.lines[0]
    if text in t["markers"]["summary"]:
        return SUMMARY
    if (first[:2] in _back_issues_starts() or first[:1] in "▌▍▎") and _back_issues_label(first):
        return BACK_ISSUES  # alone, or with its list right under it
    if len(first) <= 80 and ("：" in first or ":" in first or first[:1] in "【[") and rx["post_meta"].match(first):
        return META  # a website's line under a title (来源：… 发布时间：…), its tool bar
    if 2 <= len(block.lines) <= 3 and len(first) <= 12 and rx["post_meta"].match(block.lines[1]) \
            and block.lines[-1] != first and (len(block.lines) == 2 or block.lines[2].startswith(_furniture())):
        # a post's account name (and column) over its post line (原创 +
        # account + time, date + time + place, outlet + date + time), the
        # platform's bar (点击蓝字 关注我们) perhaps under them
        return META
    if (("：" in first[:8] or ":" in first[:8]) or " " in first and len(first) <= 40) and rx["staff"].match(first) \
            or first.startswith(_furniture()):
        return STAFF
    if len(block.lines) == 2 and len(first) <= 12 and block.lines[1].startswith(_furniture()):
        return STAFF  # the account's name over the post's closing bar (分享 收藏 点赞 在看)
    if len(block.lines) == 2 and len(first) <= 12 and any(kind in block.lines[1] for kind in ("公众号", "服务号", "订阅号")) \
            and rx["account_descriptor"].match(block.lines[1]):
        # the account's header (name over 某区总工会官方微信公众号) repeated
        # over each post: kept in the head of the post under it, as a
        # running header is
        return FOLIO
    if 2 <= len(block.lines) <= 3 and block.lines[-1][-1:] == "日" and rx["signature_date"].match(block.lines[-1]) \
            and all(len(line) <= 20 and not ends_sentence(line) for line in block.lines[:-1]):
        return STAFF  # a notice's signature (某区总工会 / 2027年3月8日): end matter of the notice
    if "\n" not in text and len(text) <= 40 and "转" in text and rx["repost_line"].match(text):
        return FOLIO  # a website's credit over a reposted article (某市总工会网站　转载): its head
    if _RULE_LINE.fullmatch(text):
        return STAFF  # a rule drawn between posts (——————): end matter, no headline
    if text[:1] == "《" and rx["toc_head"].match(text) or len(text) <= 6 and rx["toc_label"].match(text):
        return TOC_HEAD
    leader = t["markers"]["toc_leader"]
    # an entry is "title……author" or a leader line; a headline may end with
    # "……", and a sentence may trail off in one (…等等……。): no entry
    entries = sum(1 for line in block.lines if (leader in line.rstrip(leader) or line.startswith(leader))
                  and "。" not in line) if leader in text else 0
    if entries >= 1 and (entries >= 2 or "\n" in text) or rx["toc_footer"].match(first):
        return TOC_BODY
    if "\n" in text and len(block.lines) == 2 and not _BREADCRUMB_ARROWS.isdisjoint(text) \
            and _breadcrumb_line(block.lines) == 1:
        return FOLIO  # a site's name over its breadcrumb
    if "\n" not in text and len(text) > t["headline"]["kicker_max_chars"]:
        # a line too long for any headline, byline or label: a paragraph
        # (most blocks), unless a section tag opens it
        return TAG if text[:1] == "【" and rx["section_tag"].match(text) and not _opens_with_summary(text) else PARA
    if "\n" not in text:
        # cheap tests of a character first: most single lines are headlines
        if "版" in text and rx["folio"].match(text) or not _BREADCRUMB_ARROWS.isdisjoint(text) and rx["breadcrumb"].match(text):
            return FOLIO  # a page's running header, a website's breadcrumb
        if len(text) <= 60 and (":" in text or "年" in text or text.startswith("原创")) and rx["post_meta"].match(text):
            return META
        if len(text) <= 40 and text[:1] in "（(本全预阅" and rx["post_notes"].match(text):
            return META  # a digest post's notes (本期共8条，阅读时长约6分钟)
        if text[:1] in "▲△" and rx["photo_note"].match(text):
            return STAFF  # a photo's caption under its article: end matter, as staff lines are
        if len(text) <= 8 and text[:1] in "■□◆▌" and rx["photo_heading"].match(text):
            return TAG  # ■图片新闻 reads like a byline (■ + name): a caption's label
        if len(text) <= 8 and rx["column_tag"].match(text):
            return COLUMN  # 评论员文章 reads like a byline: a column's label
        if len(text) <= 12 and rx["briefs"].match(text):
            return BRIEFS  # ■区县传真 reads like a byline (■ + name): a column's label
        if text.rstrip().rstrip("）)").endswith("摄") and rx["credit"].match(text.strip().lstrip("（(").rstrip("）)")):
            return CREDIT  # 本报记者 某某 摄, bare or in brackets
        if len(text) <= 12 and text[:1] in _FIGURE_OPENERS and rx["afterword"].match(text):
            return AFTERWORD  # ■记者手记 reads like a byline (■ + name): a note's label
        if len(text) <= 60 and (rx["line"].match(text) or " " in text and rx["author"].match(text)
                                or rx["trailing"].fullmatch(text) or _is_bare_lead(text)):
            return BYLINE
    if len(text) <= 12 and (rx["afterword"].match(text) or rx["box_label"].match(text)):
        return AFTERWORD
    if len(first) <= 4 and first[:1] in "01" and rx["item_number"].match(first) and all(
            looks_like_headline(line) for line in block.lines[1:2]) and len(block.lines) <= 2:
        return ITEM  # a digest's item number (01), alone or over the item's heading
    if first[:1] in "问答记本主QA" and rx["qa_turn"].match(first):
        return PARA  # a question of an interview, however short
    if (len(first) <= 16 and rx["figures_box"].match(first) or first[:1] in _FIGURE_OPENERS
            and rx["figure_line"].match(first)) and all(
            len(line) <= t["markers"]["figures_box_line_chars"] for line in block.lines):
        return FIGURES
    if "\n" not in text:
        if rx["section_tag"].match(text):
            return PARA if _opens_with_summary(text) else TAG  # 【编者按】… is a note's text
        if len(text) <= 40 and rx["titled_afterword"].match(text):
            return TAG  # 记者手记：title heads a note of its own, as 【记者手记】title does
        if rx["column_tag"].match(text):
            return COLUMN
        if rx["item"].match(text) and looks_like_headline(text):
            return ITEM
        if text.endswith(t["headline"]["kicker_end"]) and looks_like_headline(text):
            return KICKER
        if text.rstrip()[-1:] in t["headline"]["pointer_end"]:
            return PARA  # (…一起来看↓↓↓) a lead-in to the text below: the post's own sentence
    if all(looks_like_headline(line) for line in block.lines):
        # bylines of several people, a line each
        if all(len(line) <= 60 and rx["line"].match(line) for line in block.lines):
            return BYLINE
        if " " in text and any(rx["table_row"].match(line) for line in block.lines):
            return PARA  # a table flattened to text: its rows are body text
        return HEADLINE
    return PARA


# ---------------------------------------------------------------- unit builder


@dataclass
class _Unit:
    kind: UnitKind
    order: int
    head: list[MappedText] = field(default_factory=list)
    title: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    place: str | None = None
    date: str | None = None
    body: list[MappedText] = field(default_factory=list)
    glue: list[bool] = field(default_factory=list)  # body[i] continues body[i-1] mid-sentence
    body_skip: int = 0  # characters of body[0] that are a lead byline
    closed: bool = False  # a closing byline was seen
    vocabulary: list[int] = field(default_factory=list)  # blocks of its vocabulary: head, lead paragraphs
    interleaved: bool = False  # text of it was found among another article's
    last_block: int | None = None  # its last paragraph, when that has a vocabulary
    commentary: bool = False  # an opinion piece: its paragraphs never move to another article
    # a feature under a deck (——…纪实): its unmarked heads are its sections
    feature: bool = False
    bullet_sections: bool = False  # a round-up column whose sections open on bullet heads (▲某县：…)

    @property
    def dangling(self) -> bool:
        # a closing byline ends the text even though it has no final punctuation
        return bool(self.body) and not self.closed and is_unfinished(self.body[-1].text)

    def continued_by(self, text: MappedText) -> bool:
        """Whether ``text`` runs on from the body's last paragraph mid-sentence
        (or mid-quantity: …4.44平方 | 公里…). A byline never continues a sentence."""
        if not self.body or self.closed:
            return False
        last = self.body[-1]
        if not (is_unfinished(last.text) or ends_mid_number(last.text, text.text)):
            return False
        if last.text[-1:].isdigit() and text.raw_offsets[0] - last.raw_offsets[-1] > _layout()["stitching"]["max_gap"]:
            # a number cut by another unit (or a dropped repeat) printed
            # between: read across that, it would span the text in between
            return False
        return not _opens_with_byline(text.text)

    def add_body(self, part: MappedText, block: int | None = None) -> None:
        """Text into the body; ``block``: the page block it is, when its
        vocabulary counts (paragraphs and subheadings, not bylines)."""
        self.glue.append(self.continued_by(part))
        self.body.append(part)
        if block is not None and len(self.body) <= _layout()["stitching"]["lead_paragraphs"]:
            self.vocabulary.append(block)
        self.last_block = block


def _opens_with_summary(text: str) -> bool:
    """A summary box printed inline: 编者按：… (the marker, a colon, its
    text), or the marker in brackets: 【编者按】…"""
    if text[:1] == "【" and "】" in text[:7]:
        return text[1:text.index("】")] in _layout()["markers"]["summary"]
    return text[:6].split("：", 1)[0].split(":", 1)[0] in _layout()["markers"]["summary"] and \
        ("：" in text[:6] or ":" in text[:6])


def _is_bare_lead(line: str) -> bool:
    """A lead byline alone on its line (本报讯（记者 某某 通讯员 某某）), the
    text on the lines below: a byline line of the head above, no title."""
    return line[:2] == "本报" and line[-1:] in "）)" and bool(_rx()["lead"].fullmatch(line))


def _opens_with_byline(text: str) -> bool:
    """A byline or a staff line opens the text: it starts afresh."""
    rx = _rx()
    first = text.split("\n", 1)[0]
    return bool(rx["line"].match(first) or rx["lead"].match(first) or rx["staff"].match(first))


_KEY_JUNK = regex.compile(r"[\s#]+")


def _key(s: str | None) -> str:
    return _KEY_JUNK.sub("", s or "")


def _read_headline_group(lines: list[str]) -> tuple[str | None, str | None]:
    """(title, subtitle) of a headline group's lines, in page order.

    The title is the markdown ``#`` line if any; else the text after a kicker
    (``…——title`` or the line under a ``——`` line); else the last line that is
    not a column tag. Everything else is the subtitle, lines joined by ``\\n``.
    """
    rx, h = _rx(), _layout()["headline"]
    dash, deck = h["kicker_end"], h["deck_start"]
    items: list[tuple[int, str]] = [strip_markdown(l) for l in lines
                                    if l.strip() and not (len(l) <= 4 and rx["item_number"].match(l))]
    # split "kicker——title" printed on one line
    split: list[tuple[int, str]] = []
    for level, line in items:
        # (a post's title under its column's name, 栏目｜A——B, is one title)
        if (dash in line and not line.endswith(dash) and not line.startswith(deck)
                and not line.endswith(tuple(h["deck_nouns"]))
                and not rx["section_tag"].match(line) and not rx["column_prefix"].match(line)):
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
                and not (dash in title and rx["column_prefix"].match(title))
                # (a space inside a quotation, “当好主人翁 建功新时代”, is
                # the slogan's own: no break between deck and title)
                and all(parts[0].count(a) <= parts[0].count(b) for a, b in _layout()["sentence"]["pairs"])):
            return parts[1], parts[0]
    return title, ("\n".join(rest) or None)


_DIGIT = regex.compile(r"[\d０-９]")
_BARE_NAME = regex.compile(r"\p{Han}{2,3}")  # a writer's name alone on its line (4 characters may be a title)
_HAN = regex.compile(r"\p{Han}")  # compiled once: regex.search(str, …) looks its cache up per call


def _is_quote_line(line: str) -> bool:
    """The line is one quotation, marks around it all (“…”)."""
    line = line.strip()
    return len(line) > 2 and line[0] == "“" and line[-1] == "”" and "“" not in line[1:-1]


def _title_of_plain_lines(plain: list[tuple[int, str]], rx: dict[str, regex.Pattern]) -> int:
    """Index of the title among a head's plain lines (kicker, title, deck)."""
    lines = [(i, l) for i, l in plain
             if _HAN.search(l) and not rx["masthead"].search(l)]
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


def _is_masthead_line(text: str, rx: dict[str, regex.Pattern]) -> bool:
    """Every word is a masthead's (outlet, date, page, section), with plain
    short words only beside one of those."""
    words = text.split()
    strong = sum(1 for w in words if rx["masthead_word"].match(w))
    return strong >= 1 and all(rx["masthead_word"].match(w) or rx["masthead_filler"].match(w) for w in words)


def _is_dated_weekday(text: str, rx: dict[str, regex.Pattern]) -> bool:
    """A masthead line with both a date and a weekday among its words."""
    words = text.split()
    return any("年" in w and rx["masthead"].match(w) for w in words) and any(
        w[:-1] in ("星期", "周") and w[-1:] in "一二三四五六日天" for w in words)


def _brief_item_head(text: str) -> tuple[int, int]:
    """Where a brief's title printed with its text ends and its text starts,
    (0, 0) when the paragraph has none. A column of briefs prints the title
    on its own line above the text (title / text, no blank line between),
    run in with a space (绥化：…手中 12月10日，…) or with a colon
    (标题：11月以来，…). A glyph may mark each item (■ 标题　text): it is
    skipped, the title is the words after it."""
    t = _layout()["markers"]
    rx = _rx()
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


def _ends_page_part(p: "_Page", j: int) -> bool:
    """Block ``j`` starts a new part of the page: the end, the running
    header or a headline group."""
    return j >= len(p.blocks) or p.kinds[j] == FOLIO or p.kinds[j] in HEADISH


def _is_credit(line: str) -> bool:
    """A photo credit line (本报记者 某某 摄), bare or in brackets
    （通讯员 某某 摄）."""
    if line[:1] in "（(" and line[-1:] in "）)":
        line = line[1:-1].strip()
    return line.endswith("摄") and bool(_rx()["credit"].search(line))


def _lead_cuts(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """A block cut before each of its lines (but the first) that opens with a
    lead byline (本报讯（记者…）, 本报某地某日电, （通讯员… 记者…）): such a
    line starts an article's body wherever it stands, blank lines or not, and
    the headline-like lines right above it are that article's head (a block
    of their own). Pages printed without blank lines between articles, or
    with a title glued to its lead, would otherwise read as one article."""
    rx = _rx()
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
                and not rx["folio"].match(lines[k - 1]) and not _is_masthead_line(lines[k - 1], rx) \
                and not rx["staff"].match(lines[k - 1]) and not (lines[k - 1][-2:].rstrip("）)")[-1:] == "摄" and _is_credit(lines[k - 1])):
            k -= 1
        return k

    top = 0
    while top < len(lines) - 1 and len(lines[top]) <= 60 and (rx["folio"].match(lines[top]) or _is_masthead_line(lines[top], rx)):
        top += 1
        cuts.append(top)  # the page's masthead printed on the first lines of the text (a bulletin's name, issue, office)
    if len(lines) >= 4 and top == 0 and len(lines[0]) <= 12 and rx["afterword"].match(lines[0]) \
            and looks_like_headline(lines[1]) and len(lines[1]) <= 30:
        # a note's label, its title and its writer's name printed over its
        # text with no blank lines (记者手记 / title / name / text): label,
        # title and name each a line of their own, as when blank lines frame
        # them, so the note is read as titled
        cuts += [1, 2] + ([3] if len(lines[2]) <= 4 and _HAN.search(lines[2]) and not ends_sentence(lines[2]) else [])
    if top == 0 and len(lines) >= 2 and len(lines[0]) <= 60 and (lines[0][:2] == "原创" or "年" in lines[0]) \
            and rx["post_meta"].match(lines[0]) and looks_like_headline(lines[1]) and not rx["post_meta"].match(lines[1]):
        # a post's line printed over its title (原创 + account + time / title,
        # each post of a digest opening so): the post line a block of its own,
        # so the title under it is read as a headline, not as platform chrome
        cuts.append(1)
    if top == 0 and len(lines) >= 2 and len(lines[0]) <= 12 and lines[0][:1] in _layout()["markers"]["brief_glyphs"] \
            and (rx["photo_heading"].match(lines[0]) or rx["briefs"].match(lines[0])) and not looks_like_headline(lines[1]):
        # a column's or a photo's label printed over its text with no blank
        # line (■简讯 / ●item…, ■图片新闻 / caption): the label a line of its
        # own, as when a blank line frames it
        cuts.append(1)
    briefs_at = next((i for i, line in enumerate(lines[:-1]) if len(line) <= 12 and rx["briefs"].match(line)
                      and (_brief_item_head(lines[i + 1])[0] or _titles_brief(lines, i + 1))), None)
    for i in range(1, len(lines)):
        line = lines[i]
        new: tuple[int, ...]
        if briefs_at is not None and i > briefs_at and "\n" not in line and _brief_item_head(line)[0]:
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
        elif line[:1] in _layout()["markers"]["brief_glyphs"] and line[:1] == lines[i - 1][:1] \
                and _brief_item_head(line)[0] and _brief_item_head(lines[i - 1])[0]:
            # a run of marked briefs, each on its line with its title run in
            # (●标题　text / ●标题　text), printed without blank lines: each
            # item a paragraph of its own, as when blank lines part them
            new = (i,)
        elif line[:1] in "本（(" and len(line) > 20 and rx["lead"].match(line):
            new = (head_above(i), i)
        elif len(line) <= 40 and "年" in line and ends_sentence(lines[i - 1]) and _is_masthead_line(line, rx) \
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
        elif line[-2:].rstrip("）)")[-1:] == "摄" and 2 <= i < len(lines) - 1 and _is_credit(line) and not looks_like_headline(lines[i - 1]) \
                and (k := head_above(i - 1)) < i - 1 and (k == 0 or ends_sentence(lines[k - 1]) or _is_credit(lines[k - 1])):
            # a photo caption printed without blank lines inside a block:
            # its head lines, the text its credit closes, the credit; what
            # follows starts afresh
            new = (k, i - 1, i, i + 1)
        elif i == 1 and len(lines) == 2 and len(lines[0]) <= 20 and lines[0][:1] not in "【[" and looks_like_headline(lines[0]) \
                and line[-1:] == "摄" and rx["trailing_spaced"].search(line) and _is_credit(rx["trailing_spaced"].search(line).group().strip()) \
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
        elif i + 1 < len(lines) and _opens_with_summary(line) and looks_like_headline(lines[i - 1]):
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
    if last >= 2 and _is_credit(lines[-1]) \
            and not looks_like_headline(lines[-2]) and (k := head_above(last - 1)) < last - 1 \
            and (k == 0 or ends_sentence(lines[k - 1]) or _is_credit(lines[k - 1])):
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


def _breadcrumb_line(lines: list[str]) -> int | None:
    """The index of a website's breadcrumb among a block's first lines
    (首页 > 新闻中心 > …, perhaps under or behind the site's short name),
    when every line above it is such a name."""
    rx = _rx()
    for k, line in enumerate(lines[:2]):
        if not _BREADCRUMB_ARROWS.isdisjoint(line) and rx["breadcrumb"].match(line.strip()):
            return k if all(len(above) <= 16 and looks_like_headline(above) or rx["nav_bar"].match(above.strip())
                            for above in lines[:k]) else None
    return None


def _brief_item(text: str, start: int, end: int) -> bool:
    """A roundup's brief item: its marked head (①某县：…) glued to its one
    paragraph, the whole item one block.  A run of them beside each other is
    one unit, a 速览 under the head above it, not an article per item; items
    whose text runs on over blank lines (or opens on a source line) are
    articles of their own."""
    rx = _rx()
    lines = text[start:end].split("\n")
    return (len(lines) >= 2 and lines[0][:1] in _layout()["markers"]["item_glyphs"] and rx["item"].match(lines[0])
            is not None and looks_like_headline(lines[0]) and ends_sentence(lines[-1])
            and not looks_like_headline(lines[1]) and not rx["source_line"].match(lines[1]))


def _is_box_over_title(label: str, line: str) -> bool:
    """A box's label alone on its line over a line in words that titles the
    box: no sentence and no question (链接 / 怎么办？ heads an explainer
    inside the article)."""
    return len(label) <= 12 and bool(_rx()["box_label"].match(label)) and looks_like_headline(line) \
        and not ends_sentence(line) and not line.rstrip().endswith(("？", "?"))


def _split_heads(text: str, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Blocks of their own for a digest item's marked headline printed on the
    line above its text (▌title / text, no blank line between), for a
    byline printed on the line under its headline (title / 本报记者 …), and
    for a lead byline's paragraph and the head above it (``_lead_cuts``)."""
    rx = _rx()
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
        if len(lines := text[start:end].split("\n", 2)) == 3 and _is_box_over_title(lines[0], lines[1]):
            # a background box's label (【链接】) straight over its title and
            # text, no blank line between: a label, a head and a text, as a
            # box's frame prints them (``_box_titled_below``)
            title_end = cut + 1 + len(lines[1])
            out += [(start, cut, box), (cut + 1, title_end, False), (title_end + 1, end, False)]
            continue
        lines = text[start:end].split("\n")
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
        heads = [k for k, line in enumerate(lines) if len(line) <= 30 and rx["digest_number"].match(line)
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
        crumb = _breadcrumb_line(lines)
        if crumb is not None and crumb + 1 < len(lines):
            # a website's breadcrumb (under its site's name) printed over the
            # title with no blank line: the page's chrome, a block of its own
            cut = start + sum(len(line) + 1 for line in lines[:crumb + 1]) - 1
            out += [(start, cut, box), (cut + 1, end, False)]
            continue
        below = lines[2] if len(lines) >= 3 else text[spans[at + 1][0]:spans[at + 1][1]] if at + 1 < len(spans) else ""
        if len(lines) >= 2 and len(lines[0]) <= 8 and _back_issues_label(lines[0]) \
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
                rx["line"].match(lines[bylines - 1]) or _is_bare_lead(lines[bylines - 1])):
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
    least = _layout()["headline"]["post_min_sentence_lines"]
    first = lines[0]
    if len(lines) < least or not looks_like_headline(first) or first[:1] in "【[" or first[:1].isdigit() \
            or rx["section_number"].match(first) or rx["line"].match(first) or _is_bare_lead(first):
        return False  # (nor a byline: the text under it is an article's, its head above)
    return sum(1 for line in lines if ends_sentence(line) and not looks_like_headline(line)) >= least


def _lead_spans(text: str, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """``spans`` with each block cut before its lead bylines (``_lead_cuts``);
    the box break stays with the block's first piece."""
    rx = _rx()
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
    return 6 <= len(line) <= 30 and looks_like_headline(line) and not _rx()["lead"].match(line) \
        and (ends_sentence(above) or above.endswith(("；", ";"))) and not looks_like_headline(above)


class _Page:
    def __init__(self, page: MappedText):
        spans = _split_heads(page.text, block_spans(page))
        self.blocks = [Block(page.slice(start, end), box) for start, end, box in spans]
        self.kinds = [classify(b) for b in self.blocks]
        self._text = page.text
        self._spans = [(start, end) for start, end, _ in spans]  # (read by the marks: blank lines between blocks)
        self._mark_masthead()
        self._mark_running_headers()
        self._mark_box_kickers()
        self._mark_titled_afterwords()
        self._mark_box_headings()
        self._mark_numbered_news_items()
        self._mark_post_sections()
        self._mark_abstracts()
        self._mark_commentary_writers()
        self._mark_box_paragraphs()
        self._mark_source_lines()
        self.units: list[_Unit] = []
        self._vocabularies: dict[int, tuple[int, np.ndarray]] = {}  # unit -> (blocks in it, mask)
        # articles that have a body, in unit order (kinds never change and
        # bodies only grow, so this list only grows); units not yet in it
        self._open_articles: list[_Unit] = []
        self._not_open: list[_Unit] = []
        self._titled: dict[str, _Unit] = {}  # title key -> the first unit with that title
        self.pending_head: list[MappedText] = []  # folio lines, for the head of the next unit
        self.in_briefs = False  # under the header of a column of briefs (工会简讯)
        # bulleted paragraphs (●…): is each of their run an item standing
        # alone, and are the run's items reports (``is_bullet_item``)
        self._bullet_runs: dict[int, bool] = {}
        self._bullet_runs_reports: dict[int, bool] = {}

    def _mark_masthead(self) -> None:
        """The masthead at the top of the page (outlet, date, 版次, section,
        the page's editors) is the page's folio, not a headline: the lines
        from the first one up to the first that is none of these."""
        rx = _rx()
        seen = False  # a masthead line was seen: editors' lines under it are the masthead's
        for i, (blk, kind) in enumerate(zip(self.blocks, self.kinds)):
            text = blk.text.text
            if kind == FOLIO:
                seen = True
            elif kind == STAFF and seen:
                self.kinds[i] = FOLIO
            elif "\n" not in text and len(text) <= 40 and (kind in (HEADLINE, PARA, COLUMN) or kind == BRIEFS and i + 1 < len(self.blocks)
                                                               and _is_masthead_line(self.blocks[i + 1].text.text, rx)) \
                    and _is_masthead_line(text, rx):
                # (a bulletin's name, 工会工作简报, over its issue line is its masthead, no briefs column)
                self.kinds[i] = FOLIO
                seen = True
            else:
                return

    def _mark_running_headers(self) -> None:
        """The masthead repeated further down the page (a page printed in
        two parts, each under its running header), one short line each
        (outlet / date and weekday / section and page number): a run of at
        least ``running_header_min_lines`` masthead lines, one of them
        dated, is the page's folio, not a headline group. A dated masthead
        line alone may be a headline's date; two or more in a row never."""
        rx = _rx()
        least = _layout()["headline"]["running_header_min_lines"]

        def masthead_line(i: int) -> bool:
            text = self.blocks[i].text.text
            return "\n" not in text and len(text) <= 40 and self.kinds[i] in (HEADLINE, PARA, FOLIO) \
                and _is_masthead_line(text, rx)

        # the page's masthead line printed again word for word is its
        # running header, even alone (山东工人报 市县传真 某日 第3版)
        masthead_texts = {self.blocks[k].text.text for k in range(min(3, len(self.blocks))) if self.kinds[k] == FOLIO}
        i, n = 0, len(self.blocks)
        while i < n:
            if self.kinds[i] in (HEADLINE, PARA) and (self.blocks[i].text.text in masthead_texts or masthead_line(i) and any(
                    self.blocks[i].text.text.startswith(m + " ") for m in masthead_texts if "\n" not in m)):
                # (or the outlet's name atop the page opening a dated line:
                # 某某工人报 某日 星期三 盟市工会)
                self.kinds[i] = FOLIO
                i += 1
                continue
            j = i
            while j < n and masthead_line(j):
                j += 1
            if j - i >= least and any(rx["masthead"].search(self.blocks[k].text.text) and
                                      any(ch.isdigit() for ch in self.blocks[k].text.text) for k in range(i, j)):
                for k in range(i, j):
                    self.kinds[k] = FOLIO
            elif j - i == 1 and PARA in self.kinds[:i] and _is_dated_weekday(self.blocks[i].text.text, rx):
                # a dated line naming its weekday (某日 星期四 要闻) below
                # text is the page's running header even alone: a headline's
                # date never names the weekday (atop the page, the masthead's
                # lines are read together by _mark_masthead)
                self.kinds[i] = FOLIO
            i = max(j, i + 1)

    def _mark_titled_afterwords(self) -> None:
        """A note's label (【记者手记】, 编后) over a headline of its own and
        then its text or byline is a column tag: the note is an article with
        a title. A label straight over text stays a heading inside the
        article it comments on."""
        for i, kind in enumerate(self.kinds[:-2]):
            if kind == AFTERWORD and self.kinds[i + 1] == HEADLINE and "\n" not in self.blocks[i + 1].text.text \
                    and self.kinds[i + 2] in (PARA, BYLINE) and (
                        not _rx()["box_label"].match(self.blocks[i].text.text) or self._box_titled_below(i)):
                self.kinds[i] = TAG

    def _box_titled_below(self, i: int) -> bool:
        """A background box's label (【链接】) set straight over a title line
        of its own, no blank line between, heads a box printed as a unit of
        its own under that title; a label standing apart from the line under
        it, or over a question (链接 / 怎么办？), heads a box inside the
        article it stands by."""
        title = self.blocks[i + 1].text.text.rstrip()
        gap = self._text[self._spans[i][1]:self._spans[i + 1][0]]
        return gap.count("\n") <= 1 and _is_box_over_title(self.blocks[i].text.text, title)

    def _mark_abstracts(self) -> None:
        """A summary in brackets with its text (【内容提要】…, 【编者按】…)
        right under a headline opens the article's text, no tag of a next
        head; over a headline it stays in that headline's group."""
        summary = _layout()["markers"]["summary"]
        for i, kind in enumerate(self.kinds):
            text = self.blocks[i].text.text
            if kind == TAG and i and self.kinds[i - 1] == HEADLINE and text[1:text.find("】")] in summary \
                    and not text.endswith("】"):
                self.kinds[i] = PARA

    def _mark_commentary_writers(self) -> None:
        """A bare name (陈某某) between a tagged commentary's title and its
        text (【短评】 / title / name / text) is the writer's byline, not a
        line of the head."""
        rx = _rx()
        for k in range(2, len(self.kinds) - 1):
            if self.kinds[k] == HEADLINE and self.kinds[k - 1] == HEADLINE and self.kinds[k - 2] in (TAG, COLUMN) \
                    and self.kinds[k + 1] == PARA and rx["bare_name"].match(self.blocks[k].text.text) \
                    and "\n" not in self.blocks[k - 1].text.text:
                self.kinds[k] = BYLINE

    def _mark_source_lines(self) -> None:
        """A lone source line (来源：某县总工会) between a headline and the
        text stands for that article's byline, as a website's line under its
        title does: read it as such a line (elsewhere it is end matter)."""
        rx = _rx()
        for k in range(1, len(self.kinds) - 1):
            if self.kinds[k] == STAFF and self.kinds[k - 1] == HEADLINE and self.kinds[k + 1] == PARA \
                    and rx["source_line"].match(self.blocks[k].text.text):
                self.kinds[k] = META

    def _mark_box_paragraphs(self) -> None:
        """A tagged paragraph inside an article's text (【人物档案】某某，
        某地人，…。) is a box of that article: text after its tag, not a
        head. A tag over a headline or a keyword line (【头条聚焦】关键词:…)
        has no sentences; an abstract under a headline is handled apart."""
        summary = _layout()["markers"]["summary"]
        for i in range(1, len(self.kinds)):
            text = self.blocks[i].text.text
            if self.kinds[i] == TAG and self.kinds[i - 1] == PARA and "\n" not in text and "。" in text \
                    and ends_sentence(text) and text[1:text.find("】")] not in summary:
                self.kinds[i] = PARA

    def _mark_numbered_news_items(self) -> None:
        """Numbered headings (一、… 二、…) are either the parts of one
        feature or the items of a digest of news; a page uses its numbering
        for one of the two. When at least half of them (two or more) open on
        a news lead (11月1日，… / 近日，… / 4月份，…), they are the items of a digest:
        each opens an article, as a digest's item marker (▌) would."""
        rx, t = _rx(), _layout()["markers"]
        numbered = [i for i, kind in enumerate(self.kinds[:-1]) if kind == HEADLINE
                    and "\n" not in (text := self.blocks[i].text.text) and rx["digest_number"].match(text)]
        if len(numbered) < t["digest_min_items"]:
            return
        # (an item naming its place, 二、某区：…, is news whatever its lead: a quote, 今年以来…)
        news = sum(1 for i in numbered if rx["digest_place_item"].match(self.blocks[i].text.text)
                   or self.kinds[i + 1] == PARA and (rx["news_lead"].match(lead := self.blocks[i + 1].text.text)
                                                     or rx["period_lead"].match(lead)))
        if news >= 2 and 2 * news >= len(numbered):
            for i in numbered:
                self.kinds[i] = ITEM
            return
        # a bulletin lists its items in its contents (本期要目) and repeats
        # each entry as the item's heading: such headings are its items
        listed = {line.strip() for i, kind in enumerate(self.kinds[:-1]) if kind == TOC_HEAD
                  for line in self.blocks[i + 1].lines}
        repeated = [i for i in numbered if self.blocks[i].text.text.strip() in listed]
        if len(repeated) >= t["digest_min_items"]:
            for i in repeated:
                self.kinds[i] = ITEM

    def _mark_post_sections(self) -> None:
        """Bare numbers (01, 02) over headings are either the items of a
        digest post or the sections of one post. A digest's head runs
        straight to its first item (a post line, an editor's note, its
        notes); a post whose title is followed by paragraphs of its own text
        before 01 numbers its sections: subheadings, no items."""
        # (a number alone over its heading, 01 / 资金…, or before it on its
        # line, 01 资金…; a glyph ▌ marks a digest's items only)
        numbered = [i for i, kind in enumerate(self.kinds) if kind == ITEM and self.blocks[i].text.text[:1].isdigit()]
        if not numbered or numbered[0] < 2:
            return
        before = numbered[0] - 1
        if self.kinds[before] != PARA or self.kinds[before - 1] == SUMMARY \
                or _opens_with_summary(self.blocks[before].text.text):
            return
        places = sum(1 for i in numbered if self._item_names_its_place(i))
        if places >= 2 and 2 * places >= len(numbered):
            # a roundup from places of their own (01 / 晋江：… / 晋江市总工会…):
            # items of a digest, whose paragraphs before 01 are its intro
            k = before
            while k > 0 and self.kinds[k] == PARA:
                k -= 1
            if self.kinds[k] in (META, STAFF, HEADLINE):
                for m in range(k + 1, numbered[0]):
                    self.kinds[m] = SUMMARY
                return
        for i in numbered:
            self.kinds[i] = HEADLINE

    def _item_names_its_place(self, i: int) -> bool:
        """The heading of item ``i`` (01 / 晋江：…) opens on a place's short
        name and a colon, and the text under it names that place with its
        level (晋江市总工会…): the item reports from that place, as a
        digest's do; a post's sections (目标：…) name no place."""
        # the number, its heading and the first paragraph: in one block or
        # more, as the repair split them
        lines = [line for blk in self.blocks[i:i + 3] for line in blk.lines][1:]
        m = _rx()["place_item_head"].match(lines[0].strip()) if len(lines) >= 2 else None
        if m is None:
            return False
        levels = _layout()["markers"]["place_levels"]
        return regex.search(regex.escape(m.group(1)) + levels, lines[1]) is not None

    def _mark_box_kickers(self) -> None:
        """A figures box's label (【一组数字】) over a headline in words and
        then a paragraph of text labels an article of its own, as a column
        tag would: a box's lines open with their figures and are short."""
        rx, limit = _rx(), _layout()["markers"]["figures_box_line_chars"]
        for i, kind in enumerate(self.kinds):
            if kind != FIGURES or "\n" in self.blocks[i].text.text or not rx["figures_box"].match(self.blocks[i].text.text):
                continue
            k = i + 1
            while k < len(self.blocks) and self.kinds[k] == HEADLINE and \
                    self.blocks[k].text.text[:1] not in _FIGURE_OPENERS and "\n" not in self.blocks[k].text.text:
                k += 1
            if i + 1 < k < len(self.blocks) and self.kinds[k] == PARA and len(self.blocks[k].text.text) > limit:
                self.kinds[i] = TAG

    def _mark_box_headings(self) -> None:
        """A background box's label (【链接】) over a line in words and then
        lines of figures (◆职工驿站：215个，…): that line heads the box, text
        of the article the box stands by, never a title over the figures."""
        rx = _rx()
        for i in range(1, len(self.kinds) - 1):
            if self.kinds[i] == HEADLINE and self.kinds[i - 1] == AFTERWORD and self.kinds[i + 1] == FIGURES \
                    and "\n" not in self.blocks[i].text.text and rx["box_label"].match(self.blocks[i - 1].text.text):
                self.kinds[i] = PARA

    @computed_once
    def bigrams(self) -> PageBigrams:
        """The page's bigrams, built when a paragraph is first compared with
        the articles (a page of one article never is)."""
        return PageBigrams(self._text, self._spans)

    def new_unit(self, kind: UnitKind, title: str | None = None, subtitle: str | None = None) -> _Unit:
        u = _Unit(kind, len(self.units), title=title, subtitle=subtitle, head=self.pending_head)
        self.pending_head = []
        self.units.append(u)
        if kind == "article":
            self._not_open.append(u)
        if title:
            self._titled.setdefault(_key(title), u)
        return u

    def unit_titled(self, title: str | None) -> _Unit | None:
        """The first unit whose title reads like ``title`` (a running header
        repeats it): a lookup, not a scan of the page's units per headline."""
        return self._titled.get(_key(title))

    # -- look-ahead helpers

    def group_end(self, i: int) -> int:
        """End of the headline group starting at block i."""
        j = i
        relaxed = False  # under a section tag, decks may carry more commas
        while j < len(self.blocks):
            k = self.kinds[j]
            if k in HEADISH:
                relaxed = relaxed or k == TAG
            elif not (relaxed and k == PARA and "\n" not in self.blocks[j].text.text
                      and looks_like_headline(self.blocks[j].text.text, max_commas=4)
                      and not _rx()["qa_turn"].match(self.blocks[j].text.text)):  # an interview's first question
                break
            if j > i and self.blocks[j].box_break_before and not (
                    self.kinds[j - 1] == ITEM and _rx()["item_number"].match(self.blocks[j - 1].text.text.strip())):
                break  # (a digest's bare number, 01, heads the heading under it whatever the break)
            j += 1
        return j

    def is_bullet_item(self, i: int, under_label: bool) -> bool:
        """Block i is an untitled item of a column: a paragraph of sentences
        opening with a bullet (●…). Under a column's label that is enough;
        elsewhere it and a bulleted neighbour must each open with a union or
        a news word (a feature's list of points does not)."""
        rx = _rx()

        def bulleted(k: int) -> str | None:
            """Block k's text after its bullet, when it is a bulleted paragraph."""
            if not 0 <= k < len(self.blocks) or self.kinds[k] != PARA:
                return None
            text = self.blocks[k].text.text
            m = rx["bullet_item"].match(text) if text[:1] in _BULLETS else None
            return text[m.end():] if m else None

        def report(rest: str | None) -> bool:
            sentences = sum(rest.count(c) for c in "。！？!?") if rest else 0
            return rest is not None and sentences >= _layout()["markers"]["bullet_item_min_sentences"] \
                and ends_sentence(rest) and not looks_like_headline(rest)

        def newsy(rest: str | None) -> bool:
            return rest is not None and bool(rx["union_subject"].match(rest) or rx["news_lead"].match(rest))

        if bulleted(i) is None:
            return False
        if i in self._bullet_runs:
            return self._bullet_runs[i] or under_label and self._bullet_runs_reports[i]
        # the column's run of bulleted paragraphs around block i decides
        # (once for the whole run: a long hostile run stays linear)
        first, last = i, i
        while bulleted(first - 1) is not None:
            first -= 1
        while bulleted(last + 1) is not None:
            last += 1
        run = [bulleted(k) for k in range(first, last + 1)]
        reporting = sum(1 for rest in run if report(rest))
        # under a column's label, most items reporting will do (a short note
        # among reports is an item too); with no label, every one must
        reports = 2 * reporting > len(run) and all(
            rest and ends_sentence(rest) and not looks_like_headline(rest) for rest in run)
        alone = reporting == len(run) and len(run) >= 2 and all(newsy(rest) for rest in run)
        for k in range(first, last + 1):
            self._bullet_runs[k], self._bullet_runs_reports[k] = alone, reports
        return alone or under_label and reports

    def digest_item_after(self, j: int) -> int | None:
        """The first marked item (▌) of a digest, when the blocks from j up
        to it are only a digest's head: its post line, an editor's note, a
        box of figures (short headline-like lines) -- no text of an article."""
        summary_text = False
        for k in range(j, min(j + 8, len(self.blocks))):  # a head is a few blocks
            kind = self.kinds[k]
            if kind == ITEM:
                return k
            if kind == PARA and (summary_text or _opens_with_summary(self.blocks[k].text.text)):
                summary_text = False  # the text of the editor's note (编者按：…)
                continue
            if kind not in (META, FOLIO, SUMMARY, HEADLINE, TAG, COLUMN, FIGURES) and not (
                    kind == STAFF and self.blocks[k].text.text.startswith(_furniture())):
                return None  # (a post's 点击上方蓝字 line is of its head)
            summary_text = kind == SUMMARY
        return None

    def table_end(self, i: int) -> int | None:
        """End of a table flattened to text under the label at block i (a
        【数据表】 tag or a headline-like caption, then perhaps a header row of
        column names): at least two rows of figures; None when no table."""
        rx, n = _rx(), len(self.blocks)
        j = i + 1
        if j < n and self.kinds[j] == HEADLINE and " " in self.blocks[j].text.text \
                and not self.blocks[j].box_break_before:
            j += 1  # the header row (项目 数量)
        rows = j
        while rows < n and self.kinds[rows] == PARA and not self.blocks[rows].box_break_before and (
                row := self.blocks[rows].text.text) and "\n" not in row and " " in row and rx["table_row"].match(row):
            rows += 1
        return rows if rows - j >= 2 else None

    def figures_box_end(self, i: int) -> int:
        """End of the box of figures whose label is block i: the short lines
        under it, up to a frame's end, a long paragraph or a headline that
        has a byline or summary under it (the next article's)."""
        rx, limit = _rx(), _layout()["markers"]["figures_box_line_chars"]
        # a box without its label (126.8万元：…) runs over such lines only
        labelled = bool(rx["figures_box"].match(self.blocks[i].lines[0]))
        # a label printed with its rows in one block (【数说】 / heading / ●rows)
        # is the whole box: a head over a long paragraph after it is the next
        # article's (a sidebar's kicker and title), not one more row
        whole = labelled and len(self.blocks[i].lines) >= 3
        k = i + 1
        while k < len(self.blocks) and k - i <= 12 and not self.blocks[k].box_break_before:
            kind, text = self.kinds[k], self.blocks[k].text.text
            if whole and kind == HEADLINE and text[:1] not in _FIGURE_OPENERS and k + 1 < len(self.blocks) \
                    and self.kinds[k + 1] == PARA and len(self.blocks[k + 1].text.text) > limit:
                break
            if kind not in ((HEADLINE, PARA, FIGURES) if labelled else (FIGURES,)) or any(
                    len(line) > limit for line in self.blocks[k].lines):
                break
            if kind == HEADLINE and text[:1] not in _FIGURE_OPENERS and k + 1 < len(self.blocks) and (
                    self.kinds[k + 1] in (BYLINE, SUMMARY, META) or rx["lead"].match(self.blocks[k + 1].text.text)):
                break
            k += 1
        return k

    def text_run(self, j: int) -> tuple[int, int, str]:
        """From block j: (end of the paragraph run, its length, what closes it:
        CREDIT for a photo credit, BYLINE for a byline naming a photographer,
        "" for neither)."""
        total = 0
        k = j
        photo = _layout()["byline"]["photo"]
        while k < len(self.blocks) and self.kinds[k] in (PARA, CREDIT, BYLINE):
            if k > j and self.blocks[k].box_break_before:
                break
            text = self.blocks[k].text.text
            if self.kinds[k] == BYLINE:
                # a byline naming a photographer closes a caption; any other
                # byline belongs to an article's head or end
                if k > j and photo in text:
                    return k + 1, total, BYLINE
                break
            if k > j and _rx()["photo_opener"].match(text) and "\n" in text \
                    and _is_credit(text.rsplit("\n", 1)[1].strip()):
                # a 图为… paragraph over its credit on a line of its own, under
                # paragraphs of text: the photo's caption, printed as a frame
                # prints it; the run before it is an article's text (a credit
                # run in at the paragraph's end keeps it the article's)
                break
            total += len(text)
            if self.kinds[k] == CREDIT or _rx()["credit"].search(text):
                return k + 1, total, CREDIT
            k += 1
        return k, total, ""

    # -- similarity of a paragraph to an article

    def open_articles(self) -> list[_Unit]:
        """The page's articles that have a body so far, in unit order."""
        if any(u.body for u in self._not_open):
            self._open_articles += [u for u in self._not_open if u.body]
            self._open_articles.sort(key=lambda u: u.order)
            self._not_open = [u for u in self._not_open if not u.body]
        return self._open_articles

    def vocabulary_of(self, unit: _Unit) -> np.ndarray:
        """The unit's vocabulary as a mask over the page's bigrams, kept up
        to date as blocks join it (they are only ever appended)."""
        count, mask = self._vocabularies.get(unit.order, (0, None))
        if mask is not None and count == len(unit.vocabulary):
            return mask
        if mask is None:
            mask = self.bigrams.vocabulary()
        for block in unit.vocabulary[count:]:
            self.bigrams.add(mask, block)
        self._vocabularies[unit.order] = (len(unit.vocabulary), mask)
        return mask

    def affinity(self, i: int, unit: _Unit, with_last: bool = False) -> float:
        """Share of paragraph i's IDF-weighted bigrams found in the unit's
        vocabulary (and its last paragraph's, ``with_last``)."""
        return self.bigrams.affinity(i, self.vocabulary_of(unit), unit.last_block if with_last else None)


def segment_page(page: MappedText) -> list[Article]:
    """The units of a repaired page, in page order of their first line."""
    p = _Page(page)
    rx, t = _rx(), _layout()
    cap = t["caption"]
    current: _Unit | None = None
    n = len(p.blocks)
    i = 0
    while i < n:
        b, kind = p.blocks[i], p.kinds[i]
        text = b.text.text

        if kind in (FOLIO, META):
            # the page's running header, a post line not under a title: not a
            # headline, kept in the head of the unit that follows
            p.pending_head.append(b.text)
            i += 1
            continue

        if kind == STAFF and current is None and p.pending_head:
            # the platform's furniture under a post line at the page's top
            # (点击蓝字 关注我们): of the head of the first unit
            p.pending_head.append(b.text)
            i += 1
            continue

        if kind == STAFF:
            # end matter of the unit before: staff lines, the platform's footer
            unit = current or p.new_unit("article")
            unit.add_body(b.text)
            i += 1
            continue

        if kind == TAG and rx["photo_heading"].match(text) and i + 1 < n and p.kinds[i + 1] == PARA \
                and p.blocks[i + 1].text.text.rstrip("）)").endswith("摄"):
            # a photo's label alone on its line over the caption its credit
            # closes (■图片新闻 / 某日，… / 某某 摄): a caption, the label its head
            unit = p.new_unit("caption")
            unit.head += p.pending_head + [b.text]
            p.pending_head = []
            _add_caption_text(unit, p.blocks[i + 1].text, PARA)
            i += 2
            continue

        if kind == TAG and (m := rx["photo_label"].match(text)) and "\n" not in text.strip() \
                and (rx["credit"].search(text) or rx["trailing_spaced"].search(text)):
            # a photo's caption under its label, run in and closed by its
            # credit (【图说】某日，…。 某某 摄): a caption, the label of its head
            unit = p.new_unit("caption")
            unit.head += p.pending_head + [b.text.slice(0, m.end())]
            p.pending_head = []
            _add_caption_text(unit, b.text.slice(m.end(), len(text)), PARA)
            i += 1
            continue

        if kind == FIGURES:
            # a box of figures: into the article it restates (or, before any
            # article, the head of the next unit)
            end = p.figures_box_end(i)
            for k in range(i, end):
                if current is None:
                    p.pending_head.append(p.blocks[k].text)
                else:
                    current.add_body(p.blocks[k].text)
            i = end
            continue

        if kind in (TAG, HEADLINE) and current is not None and current.kind == "article" \
                and (table_end := p.table_end(i)) is not None:
            # a table under its label: a box of the article it stands in,
            # its last row no title
            for k in range(i, table_end):
                current.add_body(p.blocks[k].text)
            i = table_end
            continue

        if kind == AFTERWORD and rx["editors_note"].match(text):
            # an editor's note (编后): the paper's comment, a unit of its own
            # titled by its label, its text follows
            current = p.new_unit("article", title=text.strip())
            i += 1
            continue

        if kind == AFTERWORD:
            # a reporter's note commenting on the article before (【记者手记】):
            # a heading inside it, its text follows as that article's
            unit = current or p.new_unit("article")
            unit.add_body(b.text, i)
            current = unit
            i += 1
            continue

        if kind == BACK_ISSUES:
            # a list of back issues (往期回顾): links to earlier posts, a
            # contents list of its own; staff lines after it are the post's
            end = i + 1
            # a list printed right under its label, in its block, ends there
            # (a title with a website's 来源：… 发布时间：… line under it is
            # a whole article printed under the label, not a link)
            while "\n" not in text and len(text) <= 8 and end < n and not p.blocks[end].box_break_before and (
                    p.kinds[end] in HEADISH or p.kinds[end] == PARA and not ends_sentence(p.blocks[end].text.text)) \
                    and not (end + 1 < n and (rx["web_meta"].match(p.blocks[end + 1].text.text)
                                              or p.kinds[end] == HEADLINE and p.kinds[end + 1] == PARA
                                              and rx["lead"].match(p.blocks[end + 1].text.text))):
                end += 1
            if current is not None and current.kind == "article" and \
                    _back_issues_label(b.lines[0]) in t["markers"]["related_links"]:
                # a website's related links: end matter of the article above
                for k in range(i, end):
                    current.add_body(p.blocks[k].text)
                i = end
                continue
            toc = p.new_unit("toc", title=_back_issues_label(b.lines[0]))
            toc.head.append(b.text)
            for k in range(i + 1, end):
                toc.add_body(p.blocks[k].text)
            i = end
            continue

        if kind == TOC_HEAD:
            if current is None or current.kind != "toc" or current.body:
                # (the contents' label under the issue line is its head too)
                current = p.new_unit("toc", title=text)
            current.head.append(b.text)
            i += 1
            continue
        if current is not None and current.kind == "toc" and (kind == TOC_BODY or kind == HEADLINE and (
                i + 1 >= n or p.kinds[i + 1] not in (BYLINE, PARA, SUMMARY))):
            # an entry of the contents (a headline with a byline or text
            # under it is the next article's)
            current.add_body(b.text)
            i += 1
            continue

        if current is None and (kind == PARA or kind in HEADISH):
            # the page's own head (a series' name, 图说｜…, and its editor's
            # note) over the first article's headline: no unit of its own
            j = p.group_end(i) if kind in HEADISH else i
            if j + 1 < n and p.kinds[j] == PARA and _opens_with_summary(p.blocks[j].text.text) \
                    and (p.kinds[j + 1] in HEADISH or p.kinds[j + 1] == TOC_HEAD):
                p.pending_head += [blk.text for blk in p.blocks[i:j + 1]]
                i = j + 1
                continue

        if kind in HEADISH:
            j = p.group_end(i)
            lines = [l for blk in p.blocks[i:j] for l in blk.lines]
            writer = None
            if len(lines) >= 2 and j < n and p.kinds[j] == PARA and _BARE_NAME.fullmatch(lines[-1].strip()) \
                    and not lines[-2].endswith(t["headline"]["kicker_end"]):
                # a name alone under a title, over the text (a note's title /
                # its writer / text): the writer, not a line of the head
                writer, lines = lines[-1].strip(), lines[:-1]
            title, subtitle = _read_headline_group(lines)
            if j < n and p.blocks[j].box_break_before and p.kinds[j] in (HEADLINE, KICKER) \
                    and not set(p.kinds[i:j]) & {ITEM, BRIEFS}:
                # a headline with no text under it, a frame's break, then
                # another headline with text: the layout framed a title and
                # its sub-headline apart; one head (an empty unit is none)
                j2 = p.group_end(j)
                if j2 < n and p.kinds[j2] not in HEADISH:
                    second = [l for blk in p.blocks[j:j2] for l in blk.lines]
                    lines += second
                    if (j - i == 1 and len(p.blocks[i].lines) == 1 and len(second) == 1
                            and p.kinds[i] == HEADLINE and len(title or "") >= _layout()["headline"]["split_min_part"]):
                        # the main title printed first, the sub-headline under it
                        subtitle = second[0]
                    else:
                        title, subtitle = _read_headline_group(lines)
                    j = j2
            jump = p.unit_titled(title)
            if jump is not None and jump.kind == "article" and j < n:
                # running header: what follows continues that article; a new
                # subheading printed beside the repeated headline stays in it
                current = jump
                _add_new_lines(current, p.blocks[i:j])
                i = j
                continue
            group_kinds = set(p.kinds[i:j])
            articles = [u for u in p.units if u.kind == "article"]
            if len(lines) == 1 and rx["notice_box"].match(lines[0].strip()) and articles and j < n \
                    and p.kinds[j] == PARA:
                # a notice's label (温馨提示) and its text: a box of the
                # article before it, even past a caption, never a headline
                for k in range(i, j):
                    articles[-1].add_body(p.blocks[k].text, k)
                i = j
                continue
            heads_below_label = [l for l in lines if l.strip() and not (len(l) <= 12 and rx["briefs"].match(l))]
            bullet_heads = bool(heads_below_label) and all(rx["section_bullet"].match(l) for l in heads_below_label)
            if bullet_heads and p.in_briefs and current is not None and current.bullet_sections:
                # the next section of a round-up column (▲某县：…): a
                # subheading of the column's one article
                for k in range(i, j):
                    current.add_body(p.blocks[k].text, k)
                i = j
                continue
            if bullet_heads and BRIEFS in group_kinds and HEADLINE in group_kinds and j < n and p.kinds[j] == PARA:
                # a column's label over a bullet head (各地动态 / ▲某县：…):
                # a round-up of reports under one title, its label; the
                # bullet heads are its sections, not items of their own
                label = next(l.strip() for l in lines if len(l) <= 12 and rx["briefs"].match(l))
                current = p.new_unit("article", label, None)
                current.bullet_sections = True
                current.vocabulary = list(range(i, j))
                for k in range(i, j):
                    if p.kinds[k] == BRIEFS:
                        current.head.append(p.blocks[k].text)
                    else:
                        current.add_body(p.blocks[k].text, k)
                p.in_briefs = True
                i = j
                continue
            if group_kinds == {BRIEFS} and j < n and p.kinds[j] == PARA and _brief_item_head(p.blocks[j].text.text)[0]:
                # a column of briefs whose items print their titles with
                # their text (title / text, 绥化：…手中 12月10日，…, 标题：…):
                # each such paragraph an article, the column's label no title
                current = _start_brief_item(p, j, p.blocks[i:j])
                p.in_briefs = True
                i = j + 1
                continue
            if group_kinds == {BRIEFS} and j < n and p.kinds[j] == PARA and len(p.blocks[j].lines) >= 2 \
                    and all(line[:1] in _BULLETS for line in p.blocks[j].lines):
                # a column's label over its bulleted items printed line by
                # line, with no blank lines (简讯 / ●… / ●…): one unit, the
                # column, titled by its label (as when the label shares the
                # items' block)
                label = next(l.strip() for l in lines if len(l) <= 12 and rx["briefs"].match(l))
                current = p.new_unit("article", label.lstrip("■□◆●▌").strip() or label, None)
                current.head += [blk.text for blk in p.blocks[i:j]]
                current.vocabulary = [j]
                current.add_body(p.blocks[j].text, j)
                p.in_briefs = True
                i = j + 1
                continue
            if group_kinds == {BRIEFS} and j < n and p.is_bullet_item(j, under_label=True):
                # a column of untitled items, each opening with a bullet
                # (工会动态 / ●某县总工会… / ●…): the label no title
                current = _start_bullet_item(p, j, p.blocks[i:j])
                p.in_briefs = True
                i = j + 1
                continue
            if ITEM not in group_kinds and BRIEFS not in group_kinds:
                first_item = p.digest_item_after(j)
                if first_item is not None:
                    # the digest's own head over its first marked item: its
                    # title, post line, editor's note, figures box
                    p.pending_head += [blk.text for blk in p.blocks[i:first_item]]
                    i = first_item
                    continue
            # the post line under a title (原创 + account + time) stands for
            # its byline: part of the head
            head_end = j
            while head_end < n and p.kinds[head_end] == META:
                head_end += 1
            post_line = head_end > j
            account = lines[0].strip() if post_line and len(lines) >= 2 else ""
            if account and len(account) <= 12 and account in p.blocks[j].text.text.split("\n")[-1].split():
                # the account's name printed over the title, named again on
                # the post line under it: the platform's, not the headline's
                lines = lines[1:]
                title, subtitle = _read_headline_group(lines)
            heads = [l for l in lines if l.strip()]
            if post_line and len(heads) == 2 and group_kinds <= {HEADLINE} and rx["web_meta"].match(
                    p.blocks[j].text.text):
                # a news website's template prints the title first and its
                # subtitle under it, then the source line: no kicker
                title, subtitle = heads
            elif post_line and len(heads) == 1 and group_kinds <= {HEADLINE} and rx["web_meta"].match(
                    p.blocks[j].text.text):
                # that template's title is one line, a space in it part of
                # the title (某某同台竞技 某市举办…): no deck to split off
                title, subtitle = strip_item_glyph(heads[0].strip()), None
            elif (len(heads) == 2 and group_kinds <= {HEADLINE} and i > 0 and p.kinds[i - 1] == META
                  and _POSTED_AT.search(p.blocks[i - 1].lines[-1])
                  and not any(l.strip().endswith(t["headline"]["kicker_end"]) for l in heads)):
                # a post's editor types the title first and its subtitle under
                # it, right under the post line: no kicker in a post's head
                title, subtitle = (l.strip() for l in heads)
            nxt = p.kinds[head_end] if head_end < n else None
            nxt_text = p.blocks[head_end].text.text if head_end < n else ""
            run_end, run_len, closer = p.text_run(head_end)
            # a deck (——记…, ——对话…) is printed under an article's title,
            # never under a subheading
            deck = any(l.startswith(t["headline"]["deck_start"]) for l in lines)
            # a head of two lines (subtitle and title) is an article's: a
            # section's subheading is one line, or numbered (一、… / （一）…);
            # a line that may be a paragraph cut short (two commas) is no proof
            # (a bare number over a heading is a section's too: 01 / 资金…)
            two_lines = sum(1 for l in lines if l.strip()) >= 2 and not any(
                rx["section_number"].match(l) or rx["item_number"].match(l.strip()) or is_unfinished(l)
                for l in lines)
            # a feature's section head in brackets (【从“甲”到“乙”】) alone
            # over a paragraph of text, inside an article under way: a
            # subheading of it, not a tag over another article's head; over
            # bulleted notes (【基层快讯】 / △… / △…) it labels a column of briefs
            bracketed_section = (group_kinds == {TAG} and len(heads) == 1 and nxt == PARA
                                 and heads[0].strip()[-1:] == "】" and rx["section_tag"].fullmatch(heads[0].strip())
                                 and current is not None and current.kind == "article" and bool(current.body)
                                 and not current.closed and not rx["news_lead"].match(nxt_text)
                                 and not rx["bullet_item"].match(nxt_text) and not rx["section_bullet"].match(nxt_text))
            marked = bool(group_kinds & MARKED - ({TAG} if bracketed_section else set())) or deck or two_lines or any(strip_markdown(l)[0] == 1 for l in lines) \
                or any(rx["column_prefix"].match(l) for l in lines)
            # a post line printed over the title (原创 + account + time /
            # title) opens a post as the one under it does; a newspaper's
            # running header (paper, page, date: no time of posting) does not
            post_above = i > 0 and p.kinds[i - 1] == META and bool(p.pending_head) \
                and bool(_POSTED_AT.search(p.blocks[i - 1].lines[-1]))
            has_byline = post_line or post_above or bool(writer) or nxt == BYLINE or bool(nxt == PARA and rx["lead"].match(nxt_text))
            # a photographer's byline closes a caption only in its own frame;
            # inside an article it closes the article's last section
            credited = closer == CREDIT or closer == BYLINE and b.box_break_before
            # a short text in a frame of its own: up to the frame's end, or
            # up to a headline when it is one paragraph (the opening
            # paragraphs of an article run on into its first subheading)
            framed = b.box_break_before and run_len <= cap["max_chars"] and (
                run_end >= n or p.blocks[run_end].box_break_before
                or p.kinds[run_end] in HEADISH and run_end - head_end <= 1)
            # a numbered section head (一、…) opens a section of a feature, its
            # photo's credit closing the section's last paragraph: no caption's head
            numbered = any(rx["section_number"].match(l) for l in lines)
            is_caption = not marked and not has_byline and not numbered and (credited or nxt == CREDIT or framed)
            if is_caption:
                end = run_end if not (nxt == CREDIT) else j + 1
                if j - i == 1 and len(heads) == 1 and rx["news_lead"].match(heads[0].strip()) and nxt == PARA:
                    # a caption's opening (11月15日，某区总工会) broken off its
                    # text by the line's width: the caption's text, no title
                    unit = p.new_unit("caption")
                    for k in range(i, end):
                        _add_caption_text(unit, p.blocks[k].text, p.kinds[k])
                    i = end
                    continue
                unit = p.new_unit("caption", title, subtitle)
                unit.head += [blk.text for blk in p.blocks[i:j]]
                for k in range(j, end):
                    _add_caption_text(unit, p.blocks[k].text, p.kinds[k])
                i = end
                continue  # the stream goes on in the current article
            news_item = nxt == PARA and bool(rx["news_lead"].match(nxt_text))
            place_item = nxt == PARA and len(heads) == 1 and _names_place_again(heads[0].strip(), nxt_text)
            brief = p.in_briefs and current is not None and sum(len(x.text) for x in current.body) <= \
                t["markers"]["max_brief_chars"]
            starts_article = (
                marked or has_byline or news_item or place_item or brief or nxt == SUMMARY or current is None or current.closed
                or current.kind == "toc"  # (a contents list has no sections: a head with text under it is an article's)
                # past a frame's break (a running header, a photo) a section
                # numbered on (二、…) goes on with the article its 一、 opened
                or (b.box_break_before and not (numbered and len(heads) == 1 and not _FIRST_SECTION.match(heads[0]))
                    and (run_len > cap["max_chars"] or run_end - head_end >= 2)
                    # a feature printed under a deck and a byline runs on
                    # through its one-line section heads (一间驿站，让…): a
                    # report of its own carries a mark, a byline or a dateline
                    and not (current.feature and len(heads) == 1 and not rx["news_lead"].match(nxt_text)))
            )
            if starts_article:
                if marked:
                    # a column of briefs runs until another section begins
                    p.in_briefs = BRIEFS in group_kinds
                current = p.new_unit("article", title, subtitle)
                current.head += [blk.text for blk in p.blocks[i:head_end]]
                current.vocabulary = list(range(i, j))
                i = head_end
                if writer:
                    current.byline = writer
                if nxt == BYLINE:
                    current.byline = nxt_text
                    current.head.append(p.blocks[head_end].text)
                    i += 1
                current.commentary = bool(rx["commentary"].search(f"{subtitle or ''} {current.byline or ''}"))
                current.feature = deck and bool(current.byline)
                continue
            # a subheading inside the current article (starts_article is
            # true whenever there is none)
            assert current is not None
            for k in range(i, j):
                current.add_body(p.blocks[k].text, k)
            i = j
            continue

        if kind == SUMMARY:
            target = current if current is not None else p.new_unit("article")
            target.head.append(b.text)
            if i + 1 < n and p.kinds[i + 1] == PARA:
                target.head.append(p.blocks[i + 1].text)
                i += 1
            current = target
            i += 1
            continue

        if kind == PARA and text[:1] in _BULLETS and p.is_bullet_item(i, under_label=p.in_briefs) \
                and (current is None or not current.dangling):
            # the next untitled item of a column (●…), or a run of them
            current = _start_bullet_item(p, i)
            i += 1
            continue

        if kind == PARA and p.in_briefs and current is not None and current.kind == "article" and current.body \
                and not current.dangling and sum(len(x.text) for x in current.body) <= t["markers"]["max_brief_chars"] \
                and _brief_item_head(text)[0]:
            # the next item of a column of briefs, its title printed with
            # its text
            current = _start_brief_item(p, i)
            i += 1
            continue

        if kind == PARA and text.endswith("摄") and len(b.lines) == 2 and _is_credit(b.lines[1]) and len(b.lines[0]) <= cap["max_chars"] \
                and ends_sentence(b.lines[0]) and (current is None or not current.dangling):
            # one short paragraph and the photographer's credit under it, a
            # block of their own: an untitled photo caption, not the last
            # paragraph of the article before
            unit = p.new_unit("caption")
            _add_caption_text(unit, b.text, kind)
            i += 1
            continue

        if kind == PARA and "\n" not in text and text.endswith("摄") and len(text) <= cap["max_chars"] \
                and (current is None or not current.dangling) and _ends_page_part(p, i + 1) \
                and (m := _rx()["credit"].search(text)) and m.start() > 0 and ends_sentence(text[:m.start()].strip()):
            # one sentence-ended paragraph with the photographer's credit run
            # in after a space, a block of its own closing a part of the page
            # (a head, the running header or the end follows): an untitled
            # photo caption, not the last paragraph of the article before
            unit = p.new_unit("caption")
            _add_caption_text(unit, b.text, kind)
            i += 1
            continue

        # untitled captions under a box break
        if kind == PARA and (b.box_break_before or current is None):
            run_end, run_len, closer = p.text_run(i)
            # a one-sentence caption may even stand inside an unfinished sentence
            single = (len(text) <= cap["single_sentence_max_chars"] and ends_sentence(text)
                      and text.count("。") == 1)
            # a dangling sentence of the current article runs on: no caption
            # unless the paragraph is one sentence of its own
            runs_on = current is not None and current.dangling and not single
            short_unit = run_len <= cap["max_chars"] and (
                run_end >= n or p.blocks[run_end].box_break_before or p.kinds[run_end] in HEADISH)
            if current is not None and not runs_on and (single or closer != "" or (short_unit and current.closed)):
                unit = p.new_unit("caption")
                end = i + 1 if single else run_end
                for k in range(i, end):
                    _add_caption_text(unit, p.blocks[k].text, p.kinds[k])
                i = end
                continue

        if current is None or current.kind == "toc" and kind not in (TOC_BODY, HEADLINE):
            current = p.new_unit("article")
        if text[:1] in "（(" and (mark := rx["continued_from_other_page"].match(text)) and mark.end() == len(text) \
                and i + 1 < n and p.kinds[i + 1] not in HEADISH:
            # a mark alone on its line (（上接第1版）) over a paragraph: the text
            # after it is the rest of an article begun on another page, a unit
            # of its own (over a headline the mark names that head's page)
            if current.body or current.head:
                current = p.new_unit("article")
            current.head.append(b.text)
            i += 1
            continue
        if kind == BYLINE and not current.body and current.byline is None and current.head:
            # a byline right under the head (after a summary box): it opens
            # the article, it does not close it
            current.byline = text
            current.head.append(b.text)
            i += 1
            continue
        if kind == BYLINE or kind == CREDIT:
            current.byline = current.byline or text
            current.closed = True
            current.add_body(b.text)
            i += 1
            continue

        # a paragraph: maybe the layout interleaved it from an earlier article
        if text[:1] in "（(" and (mark := rx["continued_from"].match(text)) and mark.end() < len(text):
            # the rest of an article the layout cut (（上接第一栏）…): the
            # article it continues goes on from here
            current = (p.new_unit("article") if rx["continued_from_other_page"].match(text)
                       else _continued_article(p, current))
            current.add_body(b.text.slice(mark.end(), len(text)), i)
            i += 1
            continue
        if current.kind == "article" and current.body:
            current = _best_article(p, i, current)
        if not current.body and current.byline is None:
            m = rx["lead"].match(text)
            if m and m.end() > 2:
                current.byline = m.group().strip()
                current.place, current.date = m.group("place"), m.group("date")
                current.body_skip = m.end()
        _close_on_trailing_byline(current, text)
        current.add_body(b.text, i)
        i += 1

    if p.pending_head:  # a folio with nothing after it
        unit = current or p.new_unit("article")
        for part in p.pending_head:
            unit.add_body(part)
    _fold_note_only_heads(p.units)
    return [_to_article(u, k) for k, u in enumerate(p.units)]


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


# The first of a run of numbered sections: 一、 （一） 1、 第一，
_FIRST_SECTION = regex.compile(r"^\s*(?:#{1,6}\s*)?(?:一[、.．]|[（(][一1][）)]|1[、.．](?!\d)|第一[，,、 ])")


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




def _names_place_again(head: str, text: str) -> bool:
    """A head opening on a place (or its union) and a colon (某区：… /
    某县总工会：…) whose paragraph names that place again: a report from it."""
    m = _rx()["place_titled_head"].match(head)
    if m is None:
        return False
    name, markers = m.group("name"), _layout()["markers"]
    levels = markers["place_levels"]
    if regex.search(levels + "$", name):
        # a place with its level (某区 / 某市某县): named again, alone or under its city
        county = regex.sub(markers["city_prefix"], "", name)
        return name in text or county in text
    if m.group("union"):
        return name in text
    # a bare name (寿光：…) is a place only if the text gives its level (寿光市…)
    return regex.search(regex.escape(name) + levels, text) is not None


_TITLE_PLACE = regex.compile(r"\p{Han}{1,5}?[省市县区旗州]")  # the place a title opens on (迁安市总工会…)


def _best_article(p: _Page, i: int, current: _Unit) -> _Unit:
    """The article paragraph i belongs to: the current one unless an earlier
    article's vocabulary fits it far better (interleaved layout)."""
    st = _layout()["stitching"]
    if current.commentary:
        return current  # it restates the page's news in their words by design
    # the most recent open articles only: the layout interleaves neighbours
    recent = p.open_articles()[-st["max_candidates"] - 1:]
    others = [u for u in recent if u is not current]
    if not others:
        return current  # no other article to compare with
    # A move needs a paragraph of min_chars, not completing a cut quantity,
    # and another article's share of at least min_share: each is checked
    # before what it spares (most paragraphs fail the share, and the current
    # article's own share, with its last paragraph, costs the most).
    if len(p.blocks[i].text.text) < st["min_chars"]:
        return current
    if _rx()["runs_on"].match(p.blocks[i].text.text):
        return current  # (据介绍，…, 同一天，…) it leans on the paragraph above it
    place = _TITLE_PLACE.match(current.title or "")
    if place and p.blocks[i].text.text.startswith(place.group()):
        # it opens on the place its article's title names (迁安市总工会… /
        # 迁安市是…): that article's text, whatever an earlier one shares
        return current
    if p.blocks[i].text.text[:1] in _BULLETS:
        # an item opened by its bullet (●某县总工会…, ■ 日前，…) is a report
        # of its own in the column where it stands, whatever it shares with
        # an earlier article's words
        return current
    if current.continued_by(p.blocks[i].text) and not current.dangling:
        return current  # it completes a quantity cut at the end of the last paragraph
    scores = p.bigrams.affinities(i, [p.vocabulary_of(u) for u in others])
    if max(scores) < st["min_share"]:
        return current
    # the current article's claim: its vocabulary, or its previous paragraph
    own = p.affinity(i, current, with_last=True)
    best, best_score = current, own
    for u, score in zip(others, scores):
        if score > best_score:
            best, best_score = u, score
    # after an unfinished paragraph the text normally runs on: move only on
    # much stronger evidence (the layout put another article's text there)
    ratio = st["dangling_ratio"] if current.dangling else st["ratio"]
    strong = best_score >= st["min_share"] and best_score >= ratio * own
    if best is not current and strong:
        best.interleaved = True
        return best
    return current




def _continued_article(p: _Page, current: _Unit) -> _Unit:
    """The article a continuation mark (上接第N栏) continues: the last open
    article whose text broke off unfinished, else the current one."""
    cut = [u for u in p.open_articles() if u.kind == "article" and u.dangling]
    return cut[-1] if cut else current


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
    return Article(f"a{k + 1:02d}", u.kind, title, u.subtitle, u.byline, u.place, u.date, text,
                   min(body_start, len(text)))
