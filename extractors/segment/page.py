"""``Page``: the page's blocks, their kinds, and the marks read over the whole
page before it is read block by block (masthead, running headers, box
kickers and headings, numbered news items, post sections, abstracts,
commentary writers, source lines); the units begun so far and their
vocabularies."""
from __future__ import annotations

import numpy as np
import regex

from extractors.bigrams import PageBigrams
from extractors.records import MappedText, UnitKind
from extractors.repair import Block, block_spans, computed_once, ends_sentence, looks_like_headline
from extractors.segment.block_cuts import is_box_over_title, split_heads
from extractors.segment.block_kinds import (
    AFTERWORD,
    BRIEFS,
    BYLINE,
    COLUMN,
    CREDIT,
    FIGURES,
    FOLIO,
    HEADISH,
    HEADLINE,
    ITEM,
    META,
    PARA,
    STAFF,
    SUMMARY,
    TAG,
    TOC_HEAD,
    classify,
)
from extractors.segment.headlines import is_credit, is_marked_photo_caption, is_dated_weekday, is_masthead_line, title_key, opens_with_summary
from extractors.segment.layout import BULLETS, FIGURE_OPENERS, furniture_markers, layout_table, layout_patterns, photo_credit
from extractors.segment.units import Unit


def ends_page_part(p: "Page", j: int) -> bool:
    """Block ``j`` starts a new part of the page: the end, the running
    header or a headline group."""
    return j >= len(p.blocks) or p.kinds[j] == FOLIO or p.kinds[j] in HEADISH


def _summary_with_text(text: str) -> bool:
    """A summary box run in with its text (阅读提示：今年以来，…), not its
    label alone (阅读提示 / 编者按：)."""
    return opens_with_summary(text) and len(text.split("\n", 1)[0]) > 12


class Page:
    def __init__(self, page: MappedText):
        spans = split_heads(page.text, block_spans(page))
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
        self.units: list[Unit] = []
        self._vocabularies: dict[int, tuple[int, np.ndarray]] = {}  # unit -> (blocks in it, mask)
        # articles that have a body, in unit order (kinds never change and
        # bodies only grow, so this list only grows); units not yet in it
        self._open_articles: list[Unit] = []
        self._not_open: list[Unit] = []
        self._titled: dict[str, Unit] = {}  # title key -> the first unit with that title
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
        rx = layout_patterns()
        seen = False  # a masthead line was seen: editors' lines under it are the masthead's
        for i, (blk, kind) in enumerate(zip(self.blocks, self.kinds)):
            text = blk.text.text
            if kind == FOLIO:
                seen = True
            elif kind == STAFF and seen:
                self.kinds[i] = FOLIO
            elif kind == HEADLINE and "\n" not in text and len(text) <= 30 and i + 1 < len(self.blocks) \
                    and self.kinds[i + 1] == FOLIO and rx["nav_bar"].match(self.blocks[i + 1].lines[0].strip()):
                # a website's name alone on its line over its menu bar
                # (某局集团公司工会 / 首页 | 工会要闻 | …): the site's chrome
                self.kinds[i] = FOLIO
                seen = True
            elif "\n" not in text and len(text) <= 40 and (kind in (HEADLINE, PARA, COLUMN) or kind == BRIEFS and i + 1 < len(self.blocks)
                                                               and is_masthead_line(self.blocks[i + 1].text.text, rx)) \
                    and is_masthead_line(text, rx):
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
        rx = layout_patterns()
        least = layout_table()["headline"]["running_header_min_lines"]

        # each block is read once: the scan below asks twice of most blocks,
        # and its marks (HEADLINE/PARA -> FOLIO) keep a block's answer
        answers: dict[int, bool] = {}

        def masthead_line(i: int) -> bool:
            found = answers.get(i)
            if found is None:
                text = self.blocks[i].text.text
                found = answers[i] = "\n" not in text and len(text) <= 40 \
                    and self.kinds[i] in (HEADLINE, PARA, FOLIO) and is_masthead_line(text, rx)
            return found

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
            elif j - i == 1 and PARA in self.kinds[:i] and is_dated_weekday(self.blocks[i].text.text, rx):
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
                        not layout_patterns()["box_label"].match(self.blocks[i].text.text) or self._box_titled_below(i)):
                self.kinds[i] = TAG

    def _box_titled_below(self, i: int) -> bool:
        """A background box's label (【链接】) set straight over a title line
        of its own, no blank line between, heads a box printed as a unit of
        its own under that title; a label standing apart from the line under
        it, or over a question (链接 / 怎么办？), heads a box inside the
        article it stands by."""
        title = self.blocks[i + 1].text.text.rstrip()
        gap = self._text[self._spans[i][1]:self._spans[i + 1][0]]
        return gap.count("\n") <= 1 and is_box_over_title(self.blocks[i].text.text, title)

    def _mark_abstracts(self) -> None:
        """A summary in brackets with its text (【内容提要】…, 【编者按】…)
        right under a headline opens the article's text, no tag of a next
        head; over a headline it stays in that headline's group."""
        summary = layout_table()["markers"]["summary"]
        for i, kind in enumerate(self.kinds):
            text = self.blocks[i].text.text
            if kind == TAG and i and self.kinds[i - 1] == HEADLINE and text[1:text.find("】")] in summary \
                    and not text.endswith("】"):
                self.kinds[i] = PARA

    def _mark_commentary_writers(self) -> None:
        """A bare name (陈某某) between a tagged commentary's title and its
        text (【短评】 / title / name / text) is the writer's byline, not a
        line of the head."""
        rx = layout_patterns()
        for k in range(2, len(self.kinds) - 1):
            if self.kinds[k] == HEADLINE and self.kinds[k - 1] == HEADLINE and self.kinds[k - 2] in (TAG, COLUMN) \
                    and self.kinds[k + 1] == PARA and rx["bare_name"].match(self.blocks[k].text.text) \
                    and "\n" not in self.blocks[k - 1].text.text:
                self.kinds[k] = BYLINE

    def _mark_source_lines(self) -> None:
        """A lone source line (来源：某县总工会) between a headline and the
        text stands for that article's byline, as a website's line under its
        title does: read it as such a line (elsewhere it is end matter)."""
        rx = layout_patterns()
        for k in range(1, len(self.kinds) - 1):
            if self.kinds[k] == STAFF and self.kinds[k - 1] == HEADLINE and self.kinds[k + 1] == PARA \
                    and rx["source_line"].match(self.blocks[k].text.text):
                self.kinds[k] = META

    def _mark_box_paragraphs(self) -> None:
        """A tagged paragraph inside an article's text (【人物档案】某某，
        某地人，…。) is a box of that article: text after its tag, not a
        head. A tag over a headline or a keyword line (【头条聚焦】关键词:…)
        has no sentences; an abstract under a headline is handled apart."""
        summary = layout_table()["markers"]["summary"]
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
        rx, t = layout_patterns(), layout_table()["markers"]
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
        # (a summary box's label alone, 阅读提示, has its text in the paragraph
        # under it; a box run in with its text, 阅读提示：…, leaves the
        # paragraph under it to the post's own lead: sections follow it)
        if self.kinds[before] != PARA or self.kinds[before - 1] == SUMMARY and not _summary_with_text(
                self.blocks[before - 1].text.text) \
                or opens_with_summary(self.blocks[before].text.text):
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
        m = layout_patterns()["place_item_head"].match(lines[0].strip()) if len(lines) >= 2 else None
        if m is None:
            return False
        levels = layout_table()["markers"]["place_levels"]
        return regex.search(regex.escape(m.group(1)) + levels, lines[1]) is not None

    def _mark_box_kickers(self) -> None:
        """A figures box's label (【一组数字】) over a headline in words and
        then a paragraph of text labels an article of its own, as a column
        tag would: a box's lines open with their figures and are short."""
        rx, limit = layout_patterns(), layout_table()["markers"]["figures_box_line_chars"]
        for i, kind in enumerate(self.kinds):
            if kind != FIGURES or "\n" in self.blocks[i].text.text or not rx["figures_box"].match(self.blocks[i].text.text):
                continue
            k = i + 1
            while k < len(self.blocks) and self.kinds[k] == HEADLINE and \
                    self.blocks[k].text.text[:1] not in FIGURE_OPENERS and "\n" not in self.blocks[k].text.text:
                k += 1
            if i + 1 < k < len(self.blocks) and self.kinds[k] == PARA and len(self.blocks[k].text.text) > limit:
                self.kinds[i] = TAG

    def _mark_box_headings(self) -> None:
        """A background box's label (【链接】) over a line in words and then
        lines of figures (◆职工驿站：215个，…): that line heads the box, text
        of the article the box stands by, never a title over the figures."""
        rx = layout_patterns()
        for i in range(1, len(self.kinds) - 1):
            if self.kinds[i] == HEADLINE and self.kinds[i - 1] == AFTERWORD and self.kinds[i + 1] == FIGURES \
                    and "\n" not in self.blocks[i].text.text and rx["box_label"].match(self.blocks[i - 1].text.text):
                self.kinds[i] = PARA

    @computed_once
    def bigrams(self) -> PageBigrams:
        """The page's bigrams, built when a paragraph is first compared with
        the articles (a page of one article never is)."""
        return PageBigrams(self._text, self._spans)

    def new_unit(self, kind: UnitKind, title: str | None = None, subtitle: str | None = None) -> Unit:
        u = Unit(kind, len(self.units), title=title, subtitle=subtitle, head=self.pending_head)
        self.pending_head = []
        self.units.append(u)
        if kind == "article":
            self._not_open.append(u)
        if title:
            self._titled.setdefault(title_key(title), u)
        return u

    def unit_titled(self, title: str | None) -> Unit | None:
        """The first unit whose title reads like ``title`` (a running header
        repeats it): a lookup, not a scan of the page's units per headline."""
        return self._titled.get(title_key(title))

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
                      and not layout_patterns()["qa_turn"].match(self.blocks[j].text.text)):  # an interview's first question
                break
            if j > i and self.blocks[j].box_break_before and not (
                    self.kinds[j - 1] == ITEM and layout_patterns()["item_number"].match(self.blocks[j - 1].text.text.strip())):
                break  # (a digest's bare number, 01, heads the heading under it whatever the break)
            j += 1
        return j

    def is_bullet_item(self, i: int, under_label: bool) -> bool:
        """Block i is an untitled item of a column: a paragraph of sentences
        opening with a bullet (●…). Under a column's label that is enough;
        elsewhere it and a bulleted neighbour must each open with a union or
        a news word (a feature's list of points does not)."""
        rx = layout_patterns()

        def bulleted(k: int) -> str | None:
            """Block k's text after its bullet, when it is a bulleted paragraph."""
            if not 0 <= k < len(self.blocks) or self.kinds[k] != PARA:
                return None
            text = self.blocks[k].text.text
            m = rx["bullet_item"].match(text) if text[:1] in BULLETS else None
            return text[m.end():] if m else None

        def report(rest: str | None) -> bool:
            sentences = sum(rest.count(c) for c in "。！？!?") if rest else 0
            return rest is not None and sentences >= layout_table()["markers"]["bullet_item_min_sentences"] \
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
            if kind == PARA and (summary_text or opens_with_summary(self.blocks[k].text.text)):
                summary_text = False  # the text of the editor's note (编者按：…)
                continue
            if kind not in (META, FOLIO, SUMMARY, HEADLINE, TAG, COLUMN, FIGURES) and not (
                    kind == STAFF and self.blocks[k].text.text.startswith(furniture_markers())):
                return None  # (a post's 点击上方蓝字 line is of its head)
            summary_text = kind == SUMMARY
        return None

    def table_end(self, i: int) -> int | None:
        """End of a table flattened to text under the label at block i (a
        【数据表】 tag or a headline-like caption, then perhaps a header row of
        column names): at least two rows of figures; None when no table."""
        rx, n = layout_patterns(), len(self.blocks)
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
        rx, limit = layout_patterns(), layout_table()["markers"]["figures_box_line_chars"]
        # a box without its label (126.8万元：…) runs over such lines only
        labelled = bool(rx["figures_box"].match(self.blocks[i].lines[0]))
        # a label printed with its rows in one block (【数说】 / heading / ●rows)
        # is the whole box: a head over a long paragraph after it is the next
        # article's (a sidebar's kicker and title), not one more row
        whole = labelled and len(self.blocks[i].lines) >= 3
        k = i + 1
        while k < len(self.blocks) and k - i <= 12 and not self.blocks[k].box_break_before:
            kind, text = self.kinds[k], self.blocks[k].text.text
            if whole and kind == HEADLINE and text[:1] not in FIGURE_OPENERS and k + 1 < len(self.blocks) \
                    and self.kinds[k + 1] == PARA and len(self.blocks[k + 1].text.text) > limit:
                break
            if kind not in ((HEADLINE, PARA, FIGURES) if labelled else (FIGURES,)) or any(
                    len(line) > limit for line in self.blocks[k].lines):
                break
            if kind == HEADLINE and text[:1] not in FIGURE_OPENERS and k + 1 < len(self.blocks) and (
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
        photo = photo_credit().taken
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
            if k > j and layout_patterns()["photo_opener"].match(text) and "\n" in text \
                    and is_credit(text.rsplit("\n", 1)[1].strip()):
                # a 图为… paragraph over its credit on a line of its own, under
                # paragraphs of text: the photo's caption, printed as a frame
                # prints it; the run before it is an article's text (a credit
                # run in at the paragraph's end keeps it the article's)
                break
            if k > j and "\n" not in text and is_marked_photo_caption(text):
                break  # a numbered photo's caption (图①…摄) under the text: a caption of its own
            total += len(text)
            if self.kinds[k] == CREDIT or layout_patterns()["credit"].search(text):
                return k + 1, total, CREDIT
            k += 1
        return k, total, ""

    # -- similarity of a paragraph to an article

    def open_articles(self) -> list[Unit]:
        """The page's articles that have a body so far, in unit order."""
        if any(u.body for u in self._not_open):
            self._open_articles += [u for u in self._not_open if u.body]
            self._open_articles.sort(key=lambda u: u.order)
            self._not_open = [u for u in self._not_open if not u.body]
        return self._open_articles

    def vocabulary_of(self, unit: Unit) -> np.ndarray:
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

    def affinity(self, i: int, unit: Unit, with_last: bool = False) -> float:
        """Share of paragraph i's IDF-weighted bigrams found in the unit's
        vocabulary (and its last paragraph's, ``with_last``)."""
        return self.bigrams.affinity(i, self.vocabulary_of(unit), unit.last_block if with_last else None)
