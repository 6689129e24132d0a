"""Throughput of extract_facts beside cn2an.transform on the same ~1 MB text.

Builds the text from the seed pages in ../shared at run time (falling back to
pipelines/sample_corpus/), runs both in one process and prints chars/s and
the ratio (goal: extract_facts >= 1.5x cn2an.transform).

    python bench/bench_facts.py [--mb 1.0]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import cn2an

from extractors import extract_facts

REPO = Path(__file__).resolve().parents[1]
SOURCES = [REPO.parent / "shared" / "corpus" / "seeds", REPO / "pipelines" / "sample_corpus"]


def pages() -> list[str]:
    for d in SOURCES:
        found = sorted(d.glob("*.txt")) if d.is_dir() else []
        if found:
            return [p.read_text(encoding="utf-8") for p in found]
    raise SystemExit("no seed or sample pages found")


def build(megabytes: float) -> list[str]:
    """Whole pages repeated until the total reaches ``megabytes`` million chars
    (pages, not one blob, since extract_facts works per document)."""
    base, out, size = pages(), [], 0
    while size < megabytes * 1_000_000:
        for p in base:
            out.append(p)
            size += len(p)
    return out


def rate(fn, docs: list[str]) -> float:
    chars = sum(map(len, docs))
    t = time.perf_counter()
    for d in docs:
        fn(d)
    return chars / (time.perf_counter() - t)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=1.0)
    a = ap.parse_args()
    docs = build(a.mb)
    extract_facts(docs[0])  # load vocabularies and cpca once, outside the timing
    cn2an.transform(docs[0][:200], "cn2an")
    facts_rate = rate(extract_facts, docs)
    cn2an_rate = rate(lambda d: cn2an.transform(d, "cn2an"), docs)
    print(f"text: {sum(map(len, docs)):,} chars in {len(docs)} pages")
    print(f"extract_facts:   {facts_rate:,.0f} chars/s")
    print(f"cn2an.transform: {cn2an_rate:,.0f} chars/s")
    print(f"ratio: {facts_rate / cn2an_rate:.2f}x (goal >= 1.5x)")


if __name__ == "__main__":
    main()
