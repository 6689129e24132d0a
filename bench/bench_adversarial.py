"""Cost of hostile inputs at growing sizes: the time per character must stay flat.

    python bench/bench_adversarial.py [--sizes 10000 100000 1000000] [--cap 60]

Each input is built by repeating a unit up to N characters and run through
the whole chain (``decode_bytes`` on its UTF-8 bytes, then
``analyze_document``). For each size the line shows seconds and µs per
character; ``×`` is how much the cost per character grew from the previous
size: about 1 is linear, about 10 for a 10× size is quadratic. A size that
takes longer than ``--cap`` seconds is cut off there (``pipelines.budgets``
does the same to a document in a run) and larger sizes are skipped.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere

from extractors import analyze_document  # noqa: E402
from extractors.decode import DecodeError, decode_bytes  # noqa: E402
from pipelines.budgets import OverTime, time_limit  # noqa: E402
from bench.corpus import generate_page, load_paragraphs  # noqa: E402


def repeated(unit: str):
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def nested(open_: str, middle: str, close: str):
    def build(n: int) -> str:
        depth = max(1, (n - len(middle)) // 2)
        return open_ * depth + middle + close * depth
    return build


def random_han(n: int) -> str:
    rng = random.Random(7)
    return "".join(chr(rng.randint(0x4E00, 0x9FFF)) for _ in range(n))


def generated_pages(n: int, one_line: bool = False) -> str:
    pages, rng = load_paragraphs(), random.Random(3)
    parts, size = [], 0
    while size < n:
        page = generate_page(pages, rng)
        parts.append(page)
        size += len(page)
    text = "".join(parts)[:n]
    return text.replace("\n", "") if one_line else text


# Names in ASCII so that the columns line up in any terminal.
INPUTS = {
    "generated pages (baseline)": generated_pages,
    "pages without newlines": lambda n: generated_pages(n, one_line=True),
    "repeated yi (一一一)": repeated("一"),
    "repeated 9": repeated("9"),
    "repeated wan (万万万)": repeated("万"),
    "repeated liang (两两两)": repeated("两"),
    "1,1,1,...": repeated("1,"),
    "1.1.1....": repeated("1."),
    "yi wan yi yi yi (一万亿亿亿)": repeated("一万亿亿亿名职工，"),
    "30-digit integers": repeated("111111111111111111111111111111元，"),
    "1e308": repeated("1e308人次，"),
    "nested quotes": nested("“", "调解纠纷12起", "”"),
    "nested brackets": nested("（", "驿站26个", "）"),
    "one sentence, commas only": repeated("南岗区总工会组织活动15场，服务职工2000人次，"),
    "short lines (bylines)": repeated("本报记者 王川\n"),
    "blank lines": repeated("\n"),
    "carriage returns": repeated("\r"),
    "markdown markers": repeated("# "),
    "random common Han": random_han,
}


def timed(text: str, cap_s: float) -> float | None:
    began = time.perf_counter()
    try:
        with time_limit(cap_s):
            try:
                analyze_document(decode_bytes(text.encode("utf-8")).text)
            except DecodeError:
                pass  # refused as not text: that is an outcome too
    except OverTime:
        return None
    return time.perf_counter() - began


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--cap", type=float, default=60.0, help="seconds before a size is cut off")
    parser.add_argument("--only", help="run the inputs whose name contains this")
    args = parser.parse_args(argv)
    analyze_document(generated_pages(20_000))  # vocabularies, patterns and region tables loaded first
    header = "".join(f"{n:>26,}" for n in args.sizes)
    print(f"{'input (chars)':32}{header}")
    for name, build in INPUTS.items():
        if args.only and args.only not in name:
            continue
        cells, previous = [], None
        for n in args.sizes:
            if cells and cells[-1].strip().startswith(">"):
                cells.append(f"{'skipped':>26}")
                continue
            seconds = timed(build(n), args.cap)
            if seconds is None:
                cells.append(f"{'> ' + format(args.cap, 'g') + ' s (cut off)':>26}")
                continue
            per_char = seconds / n * 1e6
            growth = f"×{per_char / previous:4.1f}" if previous else "     "
            cells.append(f"{seconds:8.3f} s {per_char:6.2f} µs {growth}")
            previous = per_char
        print(f"{name:32}{''.join(cells)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
