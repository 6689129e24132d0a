"""The whole extraction chain for one document's decoded text."""
from __future__ import annotations

from extractors.facts import facts_of_page
from extractors.quantities import find_quantities
from extractors.records import Article, DocumentAnalysis, Fact, Mention
from extractors.repair import repair_text
from extractors.segment import segment_page


def mentions_of_article(article: Article) -> list[Mention]:
    """The article's quantities, placed in the document by their raw offsets."""
    found = []
    for q in find_quantities(article.text.text):
        start, end = article.text.raw_span(q.start, q.end)
        found.append(Mention(article.article_id, q, start, end))
    return found


def analyze_document(text: str, doc: str | None = None) -> DocumentAnalysis:
    """Repair, segment, find quantities and map them to facts.

    All offsets in the result index ``text`` (the decoded text, before repair).
    """
    articles = segment_page(repair_text(text))
    mentions_of = [mentions_of_article(article) for article in articles]
    # facts are read per article, then restatements collapse across the page
    # (a 数说 box over a digest restates its articles' figures)
    facts: list[Fact] = facts_of_page(articles, mentions_of)
    mentions = [m for found in mentions_of for m in found]
    return DocumentAnalysis(articles, mentions, facts)


def extract_facts(text: str, doc: str | None = None) -> list[Fact]:
    """The metric facts of a document's text (interface.md)."""
    return analyze_document(text, doc).facts
