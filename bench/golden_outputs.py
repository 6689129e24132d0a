"""Dump everything the extraction chain outputs, to diff before/after a speed change.

A speed-only change must leave every row identical, in the same order. This
writes, for every page of the seeds (../shared, when beside the clone), the
bundled sample corpus, the held-out pages, the synthetic test pages and a
generated corpus, the rows of the ``articles``, ``mentions`` and ``facts``
tables (as the pipeline builds them, with ``rows_of``) plus each article's
full offset map, one JSON object per line:

    python -m bench.golden_outputs /tmp/before --mb 3
    ... change the code ...
    python -m bench.golden_outputs /tmp/after --mb 3
    diff -r /tmp/before /tmp/after && echo identical

or, to compare with a commit's code on today's inputs (pages get added):

    git archive <commit> extractors | tar -x -C /tmp/base
    python -m bench.golden_outputs /tmp/before --code /tmp/base

Not a ``bench_*`` script (``python -m bench`` does not run it): it prints no
figures, only the file names and row counts it wrote.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path.insert(0, str(REPO))
# --code DIR: run another copy of extractors/ (the code before a change, e.g.
# extracted with `git archive <commit> extractors | tar -x -C DIR`) on the
# same inputs; it must come first on the path, before this clone's
if "--code" in sys.argv:
    sys.path.insert(0, str(Path(sys.argv[sys.argv.index("--code") + 1]).resolve()))

from bench.corpus import generate_corpus  # noqa: E402
from extractors import analyze_document  # noqa: E402
from pipelines.processing import rows_of  # noqa: E402

FOLDERS = {
    "seeds": REPO.parent / "shared" / "corpus" / "seeds",
    "sample": REPO / "pipelines" / "sample_corpus",
    "heldout": REPO / "tests" / "heldout" / "pages",
    "pages": REPO / "tests" / "pages",
}


def _plain(v):
    """JSON-safe and exact: floats by repr so 0.1+0.2 differs from 0.3, NaN spelled out."""
    if isinstance(v, float):
        return "nan" if math.isnan(v) else repr(v)
    return v


def dump(name: str, files: list[Path], out: Path) -> None:
    tables: dict[str, list[str]] = {"articles": [], "mentions": [], "facts": [], "offsets": []}
    for path in files:
        text = path.read_text(encoding="utf-8")
        analysis = analyze_document(text, path.name)
        rows = rows_of(path.name, "-", analysis, text)
        for table in ("articles", "mentions", "facts"):
            tables[table] += [json.dumps({k: _plain(v) for k, v in r.items()}, ensure_ascii=False)
                              for r in getattr(rows, table)]
        for a in analysis.articles:  # what the table keeps only as a span: the whole map
            digest = hashlib.sha1(a.text.raw_offsets.tobytes() + a.text.text.encode()).hexdigest()
            tables["offsets"].append(f"{path.name}\t{a.article_id}\t{a.body_start}\t{digest}")
    for table, lines in tables.items():
        (out / f"{name}.{table}.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    print(f"{name}: {len(files)} pages, " + ", ".join(f"{len(v)} {k}" for k, v in tables.items()))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--mb", type=float, default=3.0, help="size of the generated corpus (0: none)")
    ap.add_argument("--code", type=Path, help="a folder holding another extractors/ to run instead")
    a = ap.parse_args(argv)
    import extractors
    print(f"code: {Path(extractors.__file__).parent}")
    a.out.mkdir(parents=True, exist_ok=True)
    for name, folder in FOLDERS.items():
        files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
        if files:
            dump(name, files, a.out)
    if a.mb > 0:
        with tempfile.TemporaryDirectory() as tmp:
            dump("generated", sorted(generate_corpus(Path(tmp), a.mb, seed=7)), a.out)


if __name__ == "__main__":
    main(sys.argv[1:])
