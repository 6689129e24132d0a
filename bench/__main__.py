"""Run every ``bench/bench_*.py`` script in turn (``python -m bench``).

Generic on purpose: a new benchmark is a new ``bench_<name>.py`` with a
``main()``; nothing here needs to change.
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path


def main() -> int:
    here = Path(__file__).resolve().parent
    failed = 0
    for script in sorted(here.glob("bench_*.py")):
        print(f"== {script.stem} ==", flush=True)
        module = importlib.import_module(f"bench.{script.stem}")
        try:
            module.main()
        except Exception as e:  # one broken benchmark must not hide the others
            failed += 1
            print(f"{script.stem} failed: {type(e).__name__}: {e}", file=sys.stderr)
        print(flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
