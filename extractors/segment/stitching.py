"""Interleaved layouts: which article already begun a paragraph continues."""
from __future__ import annotations

import regex

from extractors.segment.layout import BULLETS, layout_table, layout_patterns
from extractors.segment.page import Page
from extractors.segment.units import Unit


def names_place_again(head: str, text: str) -> bool:
    """A head opening on a place (or its union) and a colon (某区：… /
    某县总工会：…) whose paragraph names that place again: a report from it."""
    m = layout_patterns()["place_titled_head"].match(head)
    if m is None:
        return False
    name, markers = m.group("name"), layout_table()["markers"]
    levels = markers["place_levels"]
    if regex.search(levels + "$", name):
        # a place with its level (某区 / 某市某县): named again, alone or under its city
        county = regex.sub(markers["city_prefix"], "", name)
        return name in text or county in text
    if m.group("union"):
        # (a trade's union in a place, 某城石材产业工会：…, is named by its
        # place with its level in the text, 某城市石材产业园…)
        return name in text or len(name) >= 4 and regex.search(regex.escape(name[:2]) + levels, text) is not None
    # a bare name (寿光：…) is a place only if the text gives its level (寿光市…)
    return regex.search(regex.escape(name) + levels, text) is not None


def best_article(p: Page, i: int, current: Unit) -> Unit:
    """The article paragraph i belongs to: the current one unless an earlier
    article's vocabulary fits it far better (interleaved layout)."""
    st = layout_table()["stitching"]
    if current.commentary:
        return current  # it restates the page's news in their words by design
    # the most recent open articles only: the layout interleaves neighbours
    recent = p.open_articles()[-st["max_candidates"] - 1:]
    others = [u for u in recent if u is not current and not u.ended]
    if not others:
        return current  # no other article to compare with
    # A move needs a paragraph of min_chars, not completing a cut quantity,
    # and another article's share of at least min_share: each is checked
    # before what it spares (most paragraphs fail the share, and the current
    # article's own share, with its last paragraph, costs the most).
    if len(p.blocks[i].text.text) < st["min_chars"]:
        return current
    if layout_patterns()["runs_on"].match(p.blocks[i].text.text):
        return current  # (据介绍，…, 同一天，…) it leans on the paragraph above it
    place = layout_patterns()["title_place"].match(current.title or "")
    if place and p.blocks[i].text.text.startswith(place.group()):
        # it opens on the place its article's title names (迁安市总工会… /
        # 迁安市是…): that article's text, whatever an earlier one shares
        return current
    if p.blocks[i].text.text[:1] in BULLETS:
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




def continued_article(p: Page, current: Unit) -> Unit:
    """The article a continuation mark (上接第N栏) continues: the last open
    article whose text broke off unfinished, else the current one."""
    cut = [u for u in p.open_articles() if u.kind == "article" and u.dangling]
    return cut[-1] if cut else current
