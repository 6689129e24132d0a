"""Speed of find_quantities against cn2an.transform and a bare numeral scan.

Builds ~1 MB of union-news text from the seed pages in ../shared (read at run
time, never copied), or from the bundled sample corpus when ../shared is not
beside the clone, and prints characters per second of:

- ``find_quantities(text)`` (our whole layer 1),
- ``cn2an.transform(text, "cn2an")`` (the reference: numerals converted in place),
- one scan of the text for numeral runs (the floor: what a single regex pass costs),

and the ratios. ``--profile`` prints the hot spots of find_quantities.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import time
import warnings
from pathlib import Path

import cn2an
import regex

from extractors.quantities import _vocabulary, find_quantities

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"
SAMPLES = REPO / "pipelines" / "sample_corpus"
TARGET_CHARS = 1_000_000
NUMERAL_RUN = regex.compile(r"[0-9０-９零〇一二三四五六七八九十百千万亿两几数半]++")


def build_text(target: int = TARGET_CHARS) -> tuple[str, str]:
    """About ``target`` characters of pages, repeated, and where they came from."""
    source = SEEDS if SEEDS.is_dir() else SAMPLES
    pages = [p.read_text(encoding="utf-8") for p in sorted(source.glob("*.txt"))]
    if not pages:
        raise SystemExit(f"no pages in {source}")
    block = "\n\n".join(pages)
    text = block * (target // len(block) + 1)
    return text[:target], str(source)


def chars_per_second(fn, text: str, repeat: int = 3) -> float:
    """Best of ``repeat`` runs, in characters per second."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t0)
    return len(text) / best


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--profile", action="store_true", help="print the hot spots of find_quantities")
    args = ap.parse_args(argv if argv is not None else [])
    text, source = build_text()
    _vocabulary()  # load the tables once, outside the timing
    found = len(find_quantities(text))
    ours = chars_per_second(find_quantities, text)
    with warnings.catch_warnings():  # cn2an warns on every numeral it cannot read
        warnings.simplefilter("ignore")
        reference = chars_per_second(lambda t: cn2an.transform(t, "cn2an"), text, repeat=1)
    scan = chars_per_second(lambda t: sum(1 for _ in NUMERAL_RUN.finditer(t)), text)
    print(f"text: {len(text):,} chars from {source}; {found:,} quantities found")
    print(f"find_quantities        {ours / 1e6:8.2f} M chars/s")
    print(f"cn2an.transform        {reference / 1e6:8.2f} M chars/s")
    print(f"numeral-run scan       {scan / 1e6:8.2f} M chars/s")
    print(f"find_quantities / cn2an.transform = {ours / reference:.1f}x (goal >= 3x)")
    print(f"find_quantities / numeral-run scan = {ours / scan:.2f}")
    # Hostile inputs: a million repeated numerals must cost linear time.
    # Each is timed at two sizes: equal rates mean linear cost.
    for label, unit in (("一", "一"), ("9", "9"), ("万", "万"), ("1.", "1."), ("3名", "3名"), ("“1”", "“1”")):
        rates = []
        for size in (500_000, 1_000_000):
            hostile = unit * (size // len(unit))
            rates.append(chars_per_second(find_quantities, hostile, repeat=1))
        print(f"hostile {label + '…':8} 0.5 MB: {rates[0] / 1e6:6.2f}  1 MB: {rates[1] / 1e6:6.2f} M chars/s")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        find_quantities(text)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(12)


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
