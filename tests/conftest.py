"""Shared test fixtures: where the seeds, the gold and the scoring tools live.

The seeds and gold are read from ../shared (beside the clone), never copied in.
"""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold"
TOOLS = SHARED / "tools"
PEER_SUITES = SHARED / "peer-suites"

needs_shared = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared (seeds and gold) not beside the clone")


def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
