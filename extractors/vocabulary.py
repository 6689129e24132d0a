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
