"""Quantities in running text. (Stub: being built, issue 2.)"""
from __future__ import annotations

import regex

from extractors.numbers import parse_number
from extractors.records import Quantity

_STUB = regex.compile(r"(\d+(?:\.\d+)?)(名|人次|人|个|家|处|起|件|场|期|元)")


def find_quantities(text: str) -> list[Quantity]:
    out = []
    for m in _STUB.finditer(text):
        out.append(Quantity(m.group(0), parse_number(m.group(1)), None, "exact",
                            m.group(2).replace("名", "人"), m.start(), m.end()))
    return out
