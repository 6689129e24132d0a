"""Repaired page -> articles, captions, tables of contents. (Stub: being built, issue 3.)"""
from __future__ import annotations

from extractors.records import Article, MappedText


def segment_page(page: MappedText) -> list[Article]:
    return [Article("a00", "article", None, None, None, None, None, page, 0)]
