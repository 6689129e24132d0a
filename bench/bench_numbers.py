"""Calls per second of parse_number on a realistic mix of number expressions.

Run: .venv/bin/python bench/bench_numbers.py
Prints figures; nothing is asserted (speed is measured here, not in tests).

"warm" repeats the mix, as find_quantities does on a corpus where the same
figures recur (the parse is cached); "cold" parses distinct expressions each
time, clearing the caches first, the worst case.
"""
from __future__ import annotations

import random
import time
import warnings

import cn2an

from extractors import numbers
from extractors.numbers import parse_number

# The shape of what find_quantities hands over, weighted roughly as in union
# news: mostly Arabic counts, then 万-scaled figures, Chinese numerals,
# qualifiers, percents, and a few ranges and vague counts.
TEMPLATES = [
    (40, lambda r: str(r.randint(1, 9999))),
    (10, lambda r: f"{r.randint(1, 999)}.{r.randint(1, 99)}万"),
    (8, lambda r: f"{r.randint(1, 500)}余"),
    (8, lambda r: cn2an.an2cn(r.randint(1, 99999))),
    (6, lambda r: f"{r.randint(1, 99)}.{r.randint(0, 9)}%"),
    (5, lambda r: f"{r.randint(1, 9)},{r.randint(100, 999)}"),
    (5, lambda r: f"近{r.randint(1, 99)}万"),
    (4, lambda r: f"{r.randint(1, 90)}余万"),
    (3, lambda r: f"{r.randint(1, 5)}至{r.randint(6, 9)}"),
    (3, lambda r: r.choice(["两三", "七八十", "十几", "数十万", "几百", "上千", "万余"])),
    (2, lambda r: f"百分之{cn2an.an2cn(r.randint(1, 99))}"),
    (1, lambda r: "超过" + cn2an.an2cn(r.randint(1, 999)) + "万"),
]


def make_mix(n: int, seed: int = 20) -> list[str]:
    r = random.Random(seed)
    weights = [w for w, _ in TEMPLATES]
    makers = [m for _, m in TEMPLATES]
    return [r.choices(makers, weights)[0](r) for _ in range(n)]


def clear_caches() -> None:
    numbers.read_number.cache_clear()
    numbers._parse_core.cache_clear()


def calls_per_second(mix: list[str], repeat: int, cold: bool) -> float:
    best = 0.0
    for _ in range(repeat):
        if cold:
            clear_caches()
        start = time.perf_counter()
        for s in mix:
            parse_number(s)
        best = max(best, len(mix) / (time.perf_counter() - start))
    return best


def main() -> None:
    warnings.filterwarnings("ignore")  # cn2an.transform warns on every vague count
    mix = make_mix(20000)
    chars = sum(map(len, mix))
    print(f"mix: {len(mix)} expressions, {len(set(mix))} distinct, {chars} chars")
    cold = calls_per_second(mix, 3, cold=True)
    print(f"cold (caches cleared): {cold:,.0f} calls/s")
    calls_per_second(mix, 1, cold=True)
    warm = calls_per_second(mix, 3, cold=False)
    print(f"warm (cached):         {warm:,.0f} calls/s")
    arabic = [s for s in mix if s.isdigit()]
    clear_caches()
    print(f"plain Arabic, cold:    {calls_per_second(arabic, 3, cold=True):,.0f} calls/s")
    text = "，".join(mix)
    start = time.perf_counter()
    cn2an.transform(text)
    print(f"reference: cn2an.transform on the joined mix: {len(text) / (time.perf_counter() - start):,.0f} chars/s")


if __name__ == "__main__":
    main()
