"""Standalone number expressions -> values. (Stub: being built, issue 2.)"""
from __future__ import annotations

import cn2an

from extractors.records import Number


def parse_number(s: str) -> Number | tuple[Number, Number]:
    s = s.strip().replace(",", "")
    try:
        v = float(s)
        return int(v) if v.is_integer() else v
    except ValueError:
        pass
    try:
        v = cn2an.cn2an(s, "smart")
    except Exception as e:  # cn2an raises assorted errors on non-numbers
        raise ValueError(f"not a number: {s!r}") from e
    return int(v) if float(v).is_integer() else v
