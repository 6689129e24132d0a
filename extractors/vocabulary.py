"""Loads the vocabulary tables in ``extractors/data/`` (TOML), once per process.

Vocabulary is data: measure words, qualifiers, non-quantity contexts, metric
triggers, the taxonomy and region aliases each live in one readable table
there, so adding a unit or a trigger is an edit to a table, not to code.
"""
from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

# Entries of each per-string memo (numbers read, places resolved, name prefixes
# judged): a batch's recurring strings fit many times over, and the memos stop
# growing there. Unbounded (or 65,536), they grew with the corpus: ~70,000
# entries after 100 MB of pages, the one-worker run's memory ~10 MB higher at
# 100 MB than at 10 MB for that alone, and more on a longer backfill.
MEMO_SIZE = 8192


@lru_cache(maxsize=None)
def load_table(name: str) -> dict[str, Any]:
    """The parsed contents of ``extractors/data/<name>.toml``."""
    path = resources.files("extractors") / "data" / f"{name}.toml"
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise FileNotFoundError(f"vocabulary table {name!r} not found at {path}") from None
    except tomllib.TOMLDecodeError as e:
        raise ValueError(f"vocabulary table {name}.toml is not valid TOML: {e}") from e
