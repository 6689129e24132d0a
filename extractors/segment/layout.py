"""The layout table (``data/layout.toml``) read once, and its patterns compiled once."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from extractors.patterns import compile_fast
from extractors.vocabulary import load_table


@lru_cache(maxsize=1)
def layout_table() -> dict:
    return load_table("layout")


@dataclass(frozen=True)
class PhotoCredit:
    """The layout table's photo-credit words and caption marks."""

    taken: str  # closes a photographer's credit (某某 摄)
    supplied: str  # closes a body's credit for a photo it supplied (某区总工会 供图)
    marks: str  # open a photo's caption (▲…)

    @property
    def words(self) -> tuple[str, str]:
        return (self.taken, self.supplied)


@lru_cache(maxsize=1)
def photo_credit() -> PhotoCredit:
    return PhotoCredit(**layout_table()["photo_credit"])


@lru_cache(maxsize=1)
def layout_patterns() -> dict[str, regex.Pattern]:
    t = layout_table()
    m, b = t["markers"], t["byline"]

    def byline(name: str) -> regex.Pattern:
        return compile_fast(b[name].replace("{name}", b["name"]))

    return {
        "section_tag": compile_fast(m["section_tag"]),
        "column_tag": compile_fast(m["column_tag"]),
        "toc_head": compile_fast(m["toc_head"]),
        "toc_label": compile_fast(m["toc_label"]),
        "inline_toc": compile_fast(m["inline_toc"]),
        "toc_footer": compile_fast(m["toc_footer"]),
        "item": compile_fast(m["item"]),
        "item_number": compile_fast(m["item_number"]),
        "bullet_item": compile_fast(m["bullet_item"]),
        "section_bullet": compile_fast(m["section_bullet"]),
        "photo_label": compile_fast(m["photo_label"]),
        "photo_heading": compile_fast(m["photo_heading"]),
        "photo_pointer": compile_fast(m["photo_pointer"]),
        "photo_opener": compile_fast(m["photo_opener"]),
        "photo_number": compile_fast(m["photo_number"]),
        "credit_opener": compile_fast(m["credit_opener"]),
        "runs_on": compile_fast(t["stitching"]["runs_on"]),
        "dated_title_end": compile_fast(m["dated_title_end"]),
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
        "posted_at": compile_fast(m["posted_at"]),
        "meta_author": compile_fast(m["meta_author"]),
        "first_section": compile_fast(m["first_section"]),
        "bare_section": compile_fast(m["bare_section"]),
        "masthead_word": compile_fast(t["headline"]["masthead_word"]),
        "masthead_filler": compile_fast(t["headline"]["masthead_filler"]),
        "commentary": compile_fast(t["stitching"]["commentary"]),
        "continued_from": compile_fast(t["stitching"]["continued_from"]),
        "title_place": compile_fast(t["stitching"]["title_place"]),
        "continued_from_other_page": compile_fast(t["stitching"]["continued_from_other_page"]),
        "section_number": compile_fast(t["headline"]["section_number"]),
        "union_subject": compile_fast(t["headline"]["union_subject"]),
        "spaced_pair": compile_fast(t["headline"]["spaced_pair"]),
        "head_count": compile_fast(t["headline"]["head_count"]),
        "place_colon_title": compile_fast(t["headline"]["place_colon_title"]),
        "figures_deck": compile_fast(t["headline"]["figures_deck"]),
        "period_count_deck": compile_fast(t["headline"]["period_count_deck"]),
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
        "supplied_credit": byline("supplied_credit"),
    }


# Separators of a website's breadcrumb (a cheap test before its pattern).
BREADCRUMB_ARROWS = frozenset(">＞›»")
# Bullets opening a column's untitled items (a cheap test before its pattern).
BULLETS = frozenset("●▲◆")
# Characters a figures-box line can open with: a marker or a digit.
FIGURE_OPENERS = frozenset("◆●■□▌★·0123456789０１２３４５６７８９")


@lru_cache(maxsize=1)
def furniture_markers() -> tuple[str, ...]:
    return tuple(layout_table()["markers"]["furniture"])
