"""The ``union-metrics`` command (interface.md): ``run`` and ``extract``.

``run`` executes the Dagster asset graph in-process, the same definitions the
UI, the sensor and the schedule use; ``extract`` is the quick look at a few
files, straight through the extraction library, writing nothing.
"""
from __future__ import annotations

import argparse
import atexit
import json
import math
import os
import sys
import time
import unicodedata
from contextlib import ExitStack
from importlib import resources
from pathlib import Path
from typing import Sequence

from pipelines.inventory import content_id, text_files
from pipelines.schema import FACTS, MENTIONS
from pipelines.warehouse import Warehouse, WarehouseLocked

PROG = "union-metrics"


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.command(args)
    except UsageError as e:
        print(f"{PROG}: error: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `union-metrics extract … | head`
        return 0


def console_main() -> None:
    """The ``union-metrics`` executable: ``main``, then a quick exit.

    After a run, tearing down the interpreter (freeing every module of
    Dagster, pandas and the library, several garbage collections over them)
    took about a second, while the summary line was already printed. The
    exit handlers still run (logging, temporary folders, worker pools), the
    output is flushed, and only the teardown the OS does anyway is skipped."""
    code = main()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`… | head`): nothing more to say
            pass
    os._exit(code)


class UsageError(Exception):
    """A mistake in the command line: a missing path, an unreadable input."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Chinese trade-union news pages → union metrics.")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    run = sub.add_parser("run", help="run the Dagster asset graph over a folder and write the warehouse")
    run.add_argument("--input", type=Path, help="folder of text files, searched recursively (default: the bundled sample corpus)")
    run.add_argument("--warehouse", default="warehouse", help="warehouse folder or URI (default: ./warehouse)")
    run.add_argument("--workers", type=int, default=0, help="analysis processes (default: one per CPU for a batch of 6 MB or more, else in-process)")
    run.add_argument("--size-budget", type=float, metavar="MB",
                     help="quarantine files larger than this, unread (default 16; 0: no limit)")
    run.add_argument("--time-budget", type=float, metavar="S",
                     help="quarantine a document whose analysis takes longer (default 120; 0: no limit)")
    run.set_defaults(command=run_command)

    extract = sub.add_parser("extract", help="print the facts (or quantities) of files; '-' reads standard input")
    extract.add_argument("files", nargs="+", metavar="FILE")
    extract.add_argument("--format", choices=["table", "jsonl"], default="table")
    extract.add_argument("--layer", choices=["facts", "mentions"], default="facts")
    extract.set_defaults(command=extract_command)
    return parser


# --- run ---------------------------------------------------------------------------


def run_command(args: argparse.Namespace) -> int:
    from pipelines.budgets import set_in_environment
    from pipelines.runner import run_folder

    started = time.monotonic()
    set_in_environment(args.size_budget, args.time_budget)  # worker processes inherit it
    with ExitStack() as stack:
        folder = args.input or stack.enter_context(resources.as_file(resources.files("pipelines") / "sample_corpus"))
        if not Path(folder).is_dir():
            raise UsageError(f"input folder not found: {folder}")
        wh = Warehouse(args.warehouse)
        try:
            with wh.lock("_run.lock", wait_s=0):
                outcome = run_folder(Path(folder), wh, args.workers, progress=sys.stderr.isatty())
        except WarehouseLocked as e:
            print(f"{PROG}: {e}", file=sys.stderr)
            return 1
    print(_summary(wh, outcome, time.monotonic() - started))
    return 0 if outcome.success else 1


def _summary(wh: Warehouse, outcome, seconds: float) -> str:
    """The run's one line: counts over the batches it wrote."""
    def rows(table: str) -> int:  # from the files' footers: a column of every row grew with the batch
        return sum(wh.partition_rows(table, b) for b in outcome.batches)

    files, new = len(outcome.files), len(outcome.pending)
    swept = len(getattr(outcome, "swept", []))
    return (
        f"{files} documents ({new} new or changed, {files - new} unchanged), "
        f"{rows('articles')} articles, {rows('mentions')} quantities, {rows('facts')} facts, "
        f"{rows('quarantine')} quarantined in {seconds:.1f} s → {wh.root}"
        + (f" (removed {swept} half-written file{'s' * (swept != 1)} of a run that died)" if swept else "")
    )


# --- extract -------------------------------------------------------------------------


def extract_command(args: argparse.Namespace) -> int:
    from extractors import analyze_document
    from extractors.decode import DecodeError, decode_bytes
    from pipelines.processing import rows_of

    inputs = _extract_inputs(args.files)
    failed = False
    rows: list[dict] = []
    for name, data in inputs:
        try:
            text = decode_bytes(data).text
        except DecodeError as e:
            print(f"{PROG}: {name}: cannot decode: {e.reason}", file=sys.stderr)
            failed = True
            continue
        found = rows_of(name, content_id(data), analyze_document(text, name), text)
        layer = found.facts if args.layer == "facts" else found.mentions
        rows += [{**r, "_text": text} for r in layer]
    columns = (FACTS if args.layer == "facts" else MENTIONS).column_names
    if args.format == "jsonl":
        for r in rows:
            print(json.dumps({c: _json_value(r[c]) for c in columns}, ensure_ascii=False))
    else:
        print(render_table(rows, args.layer, show_doc=len(inputs) > 1))
    return 1 if failed else 0


def _extract_inputs(names: list[str]) -> list[tuple[str, bytes]]:
    """(doc name, bytes) for every file named; a folder stands for its text files."""
    missing = [n for n in names if n != "-" and not Path(n).exists()]
    if missing:
        raise UsageError(f"no such file: {', '.join(missing)}")
    inputs = []
    for n in names:
        if n == "-":
            inputs.append(("stdin", sys.stdin.buffer.read()))
        elif Path(n).is_dir():
            inputs += [(p.name, p.read_bytes()) for p in text_files(Path(n))]
        else:
            inputs.append((Path(n).name, Path(n).read_bytes()))
    return inputs


def _json_value(v):
    return None if isinstance(v, float) and math.isnan(v) else v


# --- the readable table ----------------------------------------------------------------

QUALIFIER_SIGNS = {"exact": "", "more_than": ">", "at_least": "≥", "nearly": "≲", "approx": "≈", "at_most": "≤"}


def format_number(v) -> str:
    v = float(v)
    return str(int(v)) if v.is_integer() else f"{v:g}"


def format_quantity(value, value_high, qualifier: str, unit: str) -> str:
    """``≥1200 人``, ``2..3 天``, ``≈85 %``: the value as an analyst reads it."""
    if value_high is not None and not (isinstance(value_high, float) and math.isnan(value_high)):
        number = f"{format_number(value)}..{format_number(value_high)}"
    else:
        number = QUALIFIER_SIGNS.get(qualifier, "?") + format_number(value)
    return f"{number} {unit}"


def sentence_cut(sentence: str, surface: str, width: int = 36) -> str:
    """The sentence around the figure, about ``width`` characters."""
    sentence = " ".join(sentence.split())
    if len(sentence) <= width:
        return sentence
    at = max(sentence.find(surface), 0)
    start = max(0, min(at - width // 3, len(sentence) - width))
    cut = sentence[start:start + width]
    return ("…" if start else "") + cut + ("…" if start + width < len(sentence) else "")


def render_table(rows: list[dict], layer: str, show_doc: bool) -> str:
    if not rows:
        return f"(no {layer})"
    if layer == "facts":
        header = ["metric", "value", "subject", "region", "period", "sentence"]
        body = [[
            r["metric"] + (" (planned)" if r["planned"] else ""),
            format_quantity(r["value"], r["value_high"], r["qualifier"], r["unit"]),
            r["subject"] or "", "".join(x for x in (r["province"], r["city"], r["district"]) if x),
            r["period"] or "", sentence_cut(r["sentence"], r["surface"]),
        ] for r in rows]
    else:
        header = ["surface", "value", "qualifier", "span", "context"]
        body = [[
            r["surface"], format_quantity(r["value"], r["value_high"], r["qualifier"], r["unit"]),
            r["qualifier"], f"{r['char_start']}:{r['char_end']}",
            sentence_cut(_around(r["_text"], r["char_start"], r["char_end"]), r["surface"], 24),
        ] for r in rows]
    if show_doc:
        header = ["doc"] + header
        body = [[r["doc"]] + line for r, line in zip(rows, body)]
    widths = [max(_width(str(x)) for x in column) for column in zip(header, *body)]
    lines = [header, ["-" * w for w in widths]] + body
    return "\n".join("  ".join(_pad(str(x), w) for x, w in zip(line, widths)).rstrip() for line in lines)


def _around(text: str, start: int, end: int, reach: int = 12) -> str:
    return text[max(0, start - reach):end + reach]


def _width(s: str) -> int:
    # CJK characters take two columns in a terminal.
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, width: int) -> str:
    return s + " " * (width - _width(s))


if __name__ == "__main__":
    console_main()
