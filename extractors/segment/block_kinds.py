"""The kinds of block (headline, kicker, byline, folio, paragraph…) and
``classify``, which tells a block's kind from the block alone."""
from __future__ import annotations

import regex

from extractors.repair import Block, ends_sentence, looks_like_headline
from extractors.segment.block_cuts import breadcrumb_line
from extractors.segment.headlines import back_issues_label, back_issues_starts, is_bare_lead, opens_with_summary
from extractors.segment.layout import BREADCRUMB_ARROWS, FIGURE_OPENERS, furniture_markers, layout_table, layout_patterns, photo_credit


# ---------------------------------------------------------------- block kinds

HEADLINE, KICKER, TAG, COLUMN, ITEM, BRIEFS, SUMMARY, TOC_HEAD, TOC_BODY, BYLINE, CREDIT, FOLIO, META, STAFF, \
    BACK_ISSUES, FIGURES, AFTERWORD, PARA = (
        "headline", "kicker", "tag", "column", "item", "briefs", "summary", "toc_head", "toc_body", "byline",
        "credit", "folio", "post_meta", "staff", "back_issues", "figures_box", "afterword", "para",
    )
HEADISH = {HEADLINE, KICKER, TAG, COLUMN, ITEM, BRIEFS}
MARKED = {TAG, KICKER, COLUMN, ITEM, BRIEFS}  # a headline group with one of these opens an article


# A line drawn with dashes or rule characters only (between posts, under a box)
_RULE_LINE = regex.compile(r"[—－\-─━_＿=＝~～·•*＊]{4,}")


def classify(block: Block) -> str:
    rx, t = layout_patterns(), layout_table()
    text = block.text.text
    first = block.lines[0]
    if text in t["markers"]["summary"]:
        return SUMMARY
    if (first[:2] in back_issues_starts() or first[:1] in "▌▍▎") and back_issues_label(first):
        return BACK_ISSUES  # alone, or with its list right under it
    if len(first) <= 80 and ("：" in first or ":" in first or first[:1] in "【[") and rx["post_meta"].match(first):
        return META  # a website's line under a title (来源：… 发布时间：…), its tool bar
    if 2 <= len(block.lines) <= 3 and len(first) <= 12 and rx["post_meta"].match(block.lines[1]) \
            and block.lines[-1] != first and (len(block.lines) == 2 or block.lines[2].startswith(furniture_markers())):
        # a post's account name (and column) over its post line (原创 +
        # account + time, date + time + place, outlet + date + time), the
        # platform's bar (点击蓝字 关注我们) perhaps under them
        return META
    if (("：" in first[:8] or ":" in first[:8]) or " " in first and len(first) <= 40) and rx["staff"].match(first) \
            or first.startswith(furniture_markers()):
        return STAFF
    if len(block.lines) == 2 and len(first) <= 12 and block.lines[1].startswith(furniture_markers()):
        return STAFF  # the account's name over the post's closing bar (分享 收藏 点赞 在看)
    if len(block.lines) == 2 and len(first) <= 12 and any(kind in block.lines[1] for kind in layout_table()["markers"]["account_kinds"]) \
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
    if "\n" in text and len(block.lines) == 2 and not BREADCRUMB_ARROWS.isdisjoint(text) \
            and breadcrumb_line(block.lines) == 1:
        return FOLIO  # a site's name over its breadcrumb
    if "\n" not in text and len(text) > t["headline"]["kicker_max_chars"]:
        # a line too long for any headline, byline or label: a paragraph
        # (most blocks), unless a section tag opens it
        return TAG if text[:1] == "【" and rx["section_tag"].match(text) and not opens_with_summary(text) else PARA
    if "\n" not in text:
        # cheap tests of a character first: most single lines are headlines
        if "版" in text and rx["folio"].match(text) or not BREADCRUMB_ARROWS.isdisjoint(text) and rx["breadcrumb"].match(text):
            return FOLIO  # a page's running header, a website's breadcrumb
        if len(text) <= 60 and (":" in text or "年" in text or text.startswith("原创")) and rx["post_meta"].match(text):
            return META
        if len(text) <= 40 and text[:1] in "（(本全预阅" and rx["post_notes"].match(text):
            return META  # a digest post's notes (本期共8条，阅读时长约6分钟)
        if text[:1] in photo_credit().marks and rx["photo_note"].match(text):
            return STAFF  # a photo's caption under its article: end matter, as staff lines are
        if len(text) <= 8 and text[:1] in "■□◆▌" and rx["photo_heading"].match(text):
            return TAG  # ■图片新闻 reads like a byline (■ + name): a caption's label
        if len(text) <= 8 and rx["column_tag"].match(text):
            return COLUMN  # 评论员文章 reads like a byline: a column's label
        if len(text) <= 12 and rx["briefs"].match(text):
            return BRIEFS  # ■区县传真 reads like a byline (■ + name): a column's label
        if text.rstrip().rstrip("）)").endswith(photo_credit().taken) and rx["credit"].match(text.strip().lstrip("（(").rstrip("）)")):
            return CREDIT  # 本报记者 某某 摄, bare or in brackets
        if len(text) <= 12 and text[:1] in FIGURE_OPENERS and rx["afterword"].match(text):
            return AFTERWORD  # ■记者手记 reads like a byline (■ + name): a note's label
        if len(text) <= 60 and (rx["line"].match(text) or " " in text and rx["author"].match(text)
                                or rx["trailing"].fullmatch(text) or is_bare_lead(text)):
            return BYLINE
    if len(text) <= 12 and (rx["afterword"].match(text) or rx["box_label"].match(text)):
        return AFTERWORD
    if len(first) <= 4 and first[:1] in "01" and rx["item_number"].match(first) and all(
            looks_like_headline(line) for line in block.lines[1:2]) and len(block.lines) <= 2:
        return ITEM  # a digest's item number (01), alone or over the item's heading
    if first[:1] in "问答记本主QA" and rx["qa_turn"].match(first):
        return PARA  # a question of an interview, however short
    if (len(first) <= 16 and rx["figures_box"].match(first) or first[:1] in FIGURE_OPENERS
            and rx["figure_line"].match(first)) and all(
            len(line) <= t["markers"]["figures_box_line_chars"] for line in block.lines):
        return FIGURES
    if "\n" not in text:
        if rx["section_tag"].match(text):
            return PARA if opens_with_summary(text) else TAG  # 【编者按】… is a note's text
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
