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

The package, one module per part of the layout:

- ``layout``: the layout table (``data/layout.toml``) and its compiled patterns;
- ``headlines``: tests on single lines: headline groups, kickers, bylines,
  credits, mastheads and datelines, brief items' heads, back-issue labels;
- ``block_cuts``: repair's blocks cut further where a head, a lead, a brief
  item or a breadcrumb stands inside one;
- ``block_kinds``: the kinds of block and ``classify``, a block's kind alone;
- ``units``: ``Unit``, an article, caption or table of contents being built;
- ``page``: ``Page``, the page's blocks and kinds with the marks read over the
  whole page (masthead, running headers, boxes, abstracts, post sections);
- ``stitching``: which article an interleaved paragraph continues;
- ``assemble``: starting items of digests and columns, adding text, and
  turning units into ``Article`` records;
- ``__init__`` (here): ``segment_page``, the page read block by block.
"""
from __future__ import annotations

from extractors.records import Article, MappedText
from extractors.repair import ends_sentence, is_unfinished, strip_markdown
from extractors.segment.assemble import (
    add_caption_text,
    add_new_lines,
    close_on_trailing_byline,
    fold_note_only_heads,
    start_brief_item,
    start_bullet_item,
    to_article,
)
from extractors.segment.block_kinds import (
    AFTERWORD,
    BACK_ISSUES,
    BRIEFS,
    BYLINE,
    CREDIT,
    FIGURES,
    FOLIO,
    HEADISH,
    HEADLINE,
    ITEM,
    KICKER,
    MARKED,
    META,
    PARA,
    STAFF,
    SUMMARY,
    TAG,
    TOC_BODY,
    TOC_HEAD,
)
from extractors.segment.headlines import (
    BARE_NAME,
    back_issues_label,
    brief_item_head,
    is_credit,
    is_marked_photo_caption,
    opens_with_summary,
    read_headline_group,
    strip_item_glyph,
)
from extractors.segment.layout import BULLETS, layout_table, layout_patterns, photo_credit
from extractors.segment.page import Page, ends_page_part
from extractors.segment.stitching import best_article, continued_article, names_place_again
from extractors.segment.units import Unit


def segment_page(page: MappedText) -> list[Article]:
    """The units of a repaired page, in page order of their first line."""
    p = Page(page)
    rx, t = layout_patterns(), layout_table()
    cap = t["caption"]
    current: Unit | None = None
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
                and p.blocks[i + 1].text.text.rstrip("）)").endswith(photo_credit().taken):
            # a photo's label alone on its line over the caption its credit
            # closes (■图片新闻 / 某日，… / 某某 摄): a caption, the label its head
            unit = p.new_unit("caption")
            unit.head += p.pending_head + [b.text]
            p.pending_head = []
            add_caption_text(unit, p.blocks[i + 1].text, PARA)
            i += 2
            continue

        if kind == TAG and (m := rx["photo_label"].match(text)) and "\n" not in text.strip() \
                and (rx["credit"].search(text) or rx["trailing_spaced"].search(text)):
            # a photo's caption under its label, run in and closed by its
            # credit (【图说】某日，…。 某某 摄): a caption, the label of its head
            unit = p.new_unit("caption")
            unit.head += p.pending_head + [b.text.slice(0, m.end())]
            p.pending_head = []
            add_caption_text(unit, b.text.slice(m.end(), len(text)), PARA)
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
                    back_issues_label(b.lines[0]) in t["markers"]["related_links"]:
                # a website's related links: end matter of the article above
                for k in range(i, end):
                    current.add_body(p.blocks[k].text)
                current.ended = True
                i = end
                continue
            toc = p.new_unit("toc", title=back_issues_label(b.lines[0]))
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

        if kind == PARA and "\n" not in text and "；" in text and rx["inline_toc"].match(text):
            # a post's contents run in after its label (本期导读：A；B。): an
            # untitled contents list, the post's head lines above it its head
            current = p.new_unit("toc")
            current.add_body(b.text, i)
            i += 1
            continue

        if current is None and i + 1 < n and p.kinds[i + 1] == PARA and "\n" not in p.blocks[i + 1].text.text \
                and "；" in p.blocks[i + 1].text.text and rx["inline_toc"].match(p.blocks[i + 1].text.text):
            # the post's head (account, post line, title) over its contents
            p.pending_head.append(b.text)
            i += 1
            continue

        if current is None and (kind == PARA or kind in HEADISH):
            # the page's own head (a series' name, 图说｜…, and its editor's
            # note) over the first article's headline: no unit of its own
            j = p.group_end(i) if kind in HEADISH else i
            if j + 1 < n and p.kinds[j] == PARA and opens_with_summary(p.blocks[j].text.text) \
                    and (p.kinds[j + 1] in HEADISH or p.kinds[j + 1] == TOC_HEAD):
                p.pending_head += [blk.text for blk in p.blocks[i:j + 1]]
                i = j + 1
                continue

        if kind in HEADISH:
            j = p.group_end(i)
            lines = [l for blk in p.blocks[i:j] for l in blk.lines]
            writer = None
            if len(lines) >= 2 and j < n and p.kinds[j] == PARA and BARE_NAME.fullmatch(lines[-1].strip()) \
                    and not lines[-2].endswith(t["headline"]["kicker_end"]):
                # a name alone under a title, over the text (a note's title /
                # its writer / text): the writer, not a line of the head
                writer, lines = lines[-1].strip(), lines[:-1]
            title, subtitle = read_headline_group(lines)
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
                            and p.kinds[i] == HEADLINE and len(title or "") >= layout_table()["headline"]["split_min_part"]):
                        # the main title printed first, the sub-headline under it
                        subtitle = second[0]
                    else:
                        title, subtitle = read_headline_group(lines)
                    j = j2
            jump = p.unit_titled(title)
            if jump is not None and jump.kind == "article" and j < n:
                # running header: what follows continues that article; a new
                # subheading printed beside the repeated headline stays in it
                current = jump
                add_new_lines(current, p.blocks[i:j])
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
            if group_kinds == {BRIEFS} and j < n and p.kinds[j] == PARA and brief_item_head(p.blocks[j].text.text)[0]:
                # a column of briefs whose items print their titles with
                # their text (title / text, 绥化：…手中 12月10日，…, 标题：…):
                # each such paragraph an article, the column's label no title
                current = start_brief_item(p, j, p.blocks[i:j])
                p.in_briefs = True
                i = j + 1
                continue
            if group_kinds == {BRIEFS} and j < n and p.kinds[j] == PARA and len(p.blocks[j].lines) >= 2 \
                    and all(line[:1] in BULLETS for line in p.blocks[j].lines):
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
                current = start_bullet_item(p, j, p.blocks[i:j])
                p.in_briefs = True
                i = j + 1
                continue
            if group_kinds == {BRIEFS} and j < n and p.kinds[j] == HEADLINE and p.blocks[j].box_break_before \
                    and j + 1 < n and p.kinds[j + 1] == PARA:
                # a column's label in a frame of its own over a titled report
                # (【工会动态】 / 某区：… / text): the name of the column the
                # reports under it stand in, the head of the first, no unit;
                # the article above has ended, and what follows is the
                # column's reports, each one of its own
                p.pending_head += [blk.text for blk in p.blocks[i:j]]
                p.in_briefs = True
                current = None
                i = j
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
                title, subtitle = read_headline_group(lines)
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
                  and layout_patterns()["posted_at"].search(p.blocks[i - 1].lines[-1])
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
                and bool(layout_patterns()["posted_at"].search(p.blocks[i - 1].lines[-1]))
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
                        add_caption_text(unit, p.blocks[k].text, p.kinds[k])
                    i = end
                    continue
                unit = p.new_unit("caption", title, subtitle)
                unit.head += [blk.text for blk in p.blocks[i:j]]
                for k in range(j, end):
                    add_caption_text(unit, p.blocks[k].text, p.kinds[k])
                i = end
                continue  # the stream goes on in the current article
            news_item = nxt == PARA and bool(rx["news_lead"].match(nxt_text))
            place_item = nxt == PARA and len(heads) == 1 and names_place_again(heads[0].strip(), nxt_text)
            brief = p.in_briefs and current is not None and sum(len(x.text) for x in current.body) <= \
                t["markers"]["max_brief_chars"]
            # a feature that numbers its sections (01 …, 02 …) numbers every
            # one of them but its closing one (写在最后): a plain head after
            # it is no section of it
            past_numbered = (len(heads) == 1 and nxt == PARA and not numbered and not layout_patterns()["bare_section"].match(heads[0])
                             and heads[0].strip(" 【】[]：:") not in t["headline"]["closing_sections"]
                             and current is not None and _numbered_sections(current) >= 2)
            starts_article = (
                marked or has_byline or news_item or place_item or brief or nxt == SUMMARY or current is None or current.closed
                or past_numbered
                or current.kind == "toc"  # (a contents list has no sections: a head with text under it is an article's)
                # past a frame's break (a running header, a photo) a section
                # numbered on (二、…) goes on with the article its 一、 opened
                # (so does a post's section numbered 02, 03 after its 01,
                # once the page read its bare numbers as sections)
                or (b.box_break_before and not ((numbered or group_kinds == {HEADLINE} and layout_patterns()["bare_section"].match(heads[0]))
                                                and len(heads) == 1 and not layout_patterns()["first_section"].match(heads[0]))
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
                elif post_line:
                    # a website's meta line under the title names the writer
                    # (作者：某某): the article's byline
                    current.byline = _meta_author(p.blocks[j:head_end])
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

        if kind == PARA and text[:1] in BULLETS and p.is_bullet_item(i, under_label=p.in_briefs) \
                and (current is None or not current.dangling):
            # the next untitled item of a column (●…), or a run of them
            current = start_bullet_item(p, i)
            i += 1
            continue

        if kind == PARA and p.in_briefs and current is not None and current.kind == "article" and current.body \
                and not current.dangling and sum(len(x.text) for x in current.body) <= t["markers"]["max_brief_chars"] \
                and brief_item_head(text)[0]:
            # the next item of a column of briefs, its title printed with
            # its text
            current = start_brief_item(p, i)
            i += 1
            continue

        if kind == PARA and text.endswith(photo_credit().taken) and len(b.lines) == 2 and is_credit(b.lines[1]) and len(b.lines[0]) <= cap["max_chars"] \
                and ends_sentence(b.lines[0]) and (current is None or not current.dangling):
            # one short paragraph and the photographer's credit under it, a
            # block of their own: an untitled photo caption, not the last
            # paragraph of the article before
            unit = p.new_unit("caption")
            add_caption_text(unit, b.text, kind)
            i += 1
            continue

        # (the caption's own marks are tested before the unit's state: most
        # paragraphs fail on them, at the cost of a string test)
        if kind == PARA and "\n" not in text and len(text) <= cap["max_chars"] \
                and (is_marked_photo_caption(text) or text.endswith(photo_credit().taken) and (
                    m := layout_patterns()["credit"].search(text)) and m.start() > 0 and ends_sentence(text[:m.start()].strip())
                and ends_page_part(p, i + 1)) and (current is None or not current.dangling):
            # one sentence-ended paragraph with the photographer's credit run
            # in after a space, a block of its own closing a part of the page
            # (a head, the running header or the end follows): an untitled
            # photo caption, not the last paragraph of the article before
            # (a numbered or marked one, 图①… / ▲…, is a caption wherever it stands)
            unit = p.new_unit("caption")
            add_caption_text(unit, b.text, kind)
            i += 1
            continue

        # (credit_opener needs one of its credit words: most paragraphs fail
        # on that string test before the sentence end and the pattern)
        if kind == PARA and "\n" not in text and len(text) <= cap["max_chars"] and any(word in text for word in photo_credit().words) \
                and ends_sentence(text) and (current is None or not current.dangling) \
                and (m := rx["credit_opener"].match(text)):
            # a caption printed with its credit first (记者 某某 摄：…): an
            # untitled photo caption, the credit its byline
            unit = p.new_unit("caption")
            unit.head.append(b.text.slice(0, m.end()))
            unit.byline = text[:m.end()].rstrip(" ：:")
            unit.add_body(b.text.slice(m.end(), len(text)))
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
                    add_caption_text(unit, p.blocks[k].text, p.kinds[k])
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
                       else continued_article(p, current))
            current.add_body(b.text.slice(mark.end(), len(text)), i)
            i += 1
            continue
        if current.kind == "article" and current.body:
            current = best_article(p, i, current)
        if not current.body and current.byline is None:
            m = rx["lead"].match(text)
            if m and m.end() > 2:
                current.byline = m.group().strip()
                current.place, current.date = m.group("place"), m.group("date")
                current.body_skip = m.end()
        close_on_trailing_byline(current, text)
        current.add_body(b.text, i)
        i += 1

    if p.pending_head:  # a folio with nothing after it
        unit = current or p.new_unit("article")
        for part in p.pending_head:
            unit.add_body(part)
    fold_note_only_heads(p.units)
    return [to_article(u, k) for k, u in enumerate(p.units)]


def _numbered_sections(unit: Unit) -> int:
    """How many of the unit's body lines are section heads under a bare
    two-digit number (01 车间里…): short, no sentence's end."""
    limit = layout_table()["headline"]["max_chars"]
    return sum(1 for part in unit.body for line in part.text.split("\n")
               if len(line) <= limit and layout_patterns()["bare_section"].match(line) and not ends_sentence(line))


def _meta_author(meta: list) -> str | None:
    """The writer a website's meta lines name (作者：某某), if any."""
    for blk in meta:
        if m := layout_patterns()["meta_author"].search(blk.text.text):
            return m.group("name")
    return None
