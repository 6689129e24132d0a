"""Raw page text -> repaired text with an offset map. (Stub: being built, issue 3.)"""
from __future__ import annotations

from extractors.records import MappedText


def repair_text(raw: str) -> MappedText:
    return MappedText.identity(raw)
