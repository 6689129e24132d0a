"""Typed records passed between the steps of extraction.

Data flows one way, one module per step:

    bytes --decode--> DecodedText --repair--> MappedText --segment--> [Article]
          --quantities--> [Quantity] --facts--> [Fact]

Every record is a frozen dataclass: steps never mutate what they receive.
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from typing import Literal, Union

Number = Union[int, float]

Qualifier = Literal[
    "exact", "more_than", "at_least", "nearly", "approx", "at_most", "range", "several"
]
QUALIFIERS: tuple[str, ...] = (
    "exact", "more_than", "at_least", "nearly", "approx", "at_most", "range", "several"
)

UnitKind = Literal["article", "caption", "toc"]


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A file's bytes decoded to text, with the encoding that was found."""

    text: str
    encoding: str


@dataclass(frozen=True)
class MappedText:
    """Text derived from a raw text by deleting or replacing characters one for one.

    ``raw_offsets[i]`` is the index in the raw text of character ``i`` of
    ``text``; so a span found in ``text`` maps back with ``raw_span``. Repair
    only deletes characters or replaces one character by one, which keeps the
    map monotonic.
    """

    text: str
    raw_offsets: array = field(repr=False)  # array("q"), len(text) entries

    @classmethod
    def identity(cls, text: str, base: int = 0) -> "MappedText":
        return cls(text, array("q", range(base, base + len(text))))

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the raw text covering ``text[start:end]`` (end exclusive)."""
        if not 0 <= start < end <= len(self.text):
            raise IndexError(f"span {start}:{end} outside text of length {len(self.text)}")
        return self.raw_offsets[start], self.raw_offsets[end - 1] + 1

    def slice(self, start: int, end: int) -> "MappedText":
        return MappedText(self.text[start:end], self.raw_offsets[start:end])

    @staticmethod
    def join(parts: "list[MappedText]", sep: str = "\n") -> "MappedText":
        """Concatenate parts; each separator char maps to the raw offset just
        after the previous part (it stands for the break between them)."""
        chars: list[str] = []
        offsets = array("q")
        for i, p in enumerate(parts):
            if i and sep:
                anchor = offsets[-1] + 1 if len(offsets) else 0
                chars.append(sep)
                offsets.extend([anchor] * len(sep))
            chars.append(p.text)
            offsets.extend(p.raw_offsets)
        return MappedText("".join(chars), offsets)

    def __len__(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class Article:
    """One unit of a page: an article, a photo caption or a table of contents.

    ``text`` is the unit's whole repaired text (headlines, byline and body in
    reading order, fragments stitched together), mapped back to the raw page.
    ``body_start`` is where the body begins inside ``text``.
    """

    article_id: str
    kind: UnitKind
    title: str | None
    subtitle: str | None
    byline: str | None
    dateline_place: str | None
    dateline_date: str | None
    text: MappedText
    body_start: int = 0

    @property
    def body(self) -> str:
        return self.text.text[self.body_start:]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A cardinal quantity in text (layer 1 of facts.md).

    ``start``/``end`` index the text that was searched. ``value`` is in the
    canonical ``unit``; ``value_high`` is set only for ranges and vague counts.
    """

    surface: str
    value: Number
    value_high: Number | None
    qualifier: str
    unit: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A quantity placed in its document: raw offsets and the article it is in."""

    article_id: str
    quantity: Quantity
    char_start: int  # into the document's decoded text
    char_end: int


@dataclass(frozen=True, slots=True)
class Fact:
    """A metric fact (layer 2 of facts.md): one row of the `facts` table,
    without the document-level columns (doc, doc_id) the pipeline adds."""

    article_id: str
    metric: str
    value: Number
    value_high: Number | None
    qualifier: str
    unit: str
    surface: str
    object: str | None
    subject: str | None
    province: str | None
    city: str | None
    district: str | None
    period: str | None
    planned: bool
    sentence: str
    char_start: int
    char_end: int


@dataclass(frozen=True)
class DocumentAnalysis:
    """Everything extracted from one document's decoded text."""

    articles: list[Article]
    mentions: list[Mention]
    facts: list[Fact]
