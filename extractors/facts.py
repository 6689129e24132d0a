"""Quantities -> union metric facts. (Stub: being built, issue 4.)"""
from __future__ import annotations

from extractors.records import Article, Fact, Mention


def facts_of_article(article: Article, mentions: list[Mention]) -> list[Fact]:
    return []
