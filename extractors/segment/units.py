"""``Unit``: an article, caption or table of contents while it is built."""
from __future__ import annotations

from dataclasses import dataclass, field

from extractors.records import MappedText, UnitKind
from extractors.repair import ends_mid_number, is_unfinished
from extractors.segment.headlines import opens_with_byline
from extractors.segment.layout import layout_table


# ---------------------------------------------------------------- unit builder


@dataclass
class Unit:
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
    # its end matter was printed (a website's related links under it): its
    # text is over, no later paragraph is its
    ended: bool = False
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
        if last.text[-1:].isdigit() and text.raw_offsets[0] - last.raw_offsets[-1] > layout_table()["stitching"]["max_gap"]:
            # a number cut by another unit (or a dropped repeat) printed
            # between: read across that, it would span the text in between
            return False
        return not opens_with_byline(text.text)

    def add_body(self, part: MappedText, block: int | None = None) -> None:
        """Text into the body; ``block``: the page block it is, when its
        vocabulary counts (paragraphs and subheadings, not bylines)."""
        self.glue.append(self.continued_by(part))
        self.body.append(part)
        if block is not None and len(self.body) <= layout_table()["stitching"]["lead_paragraphs"]:
            self.vocabulary.append(block)
        self.last_block = block
