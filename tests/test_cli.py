"""The `union-metrics` command: extract (table, jsonl, stdin, mentions), run, exit codes.

In-process (``main([...])``) for speed, with one real subprocess per command
to prove the installed entry point works.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline_pages import PAGES, UNDECODABLE, stand_in_analyzer, write_pages
from pipelines import cli
from pipelines.schema import FACTS, MENTIONS

UNION_METRICS = str(Path(sys.executable).parent / "union-metrics")


@pytest.fixture
def pages(tmp_path) -> list[Path]:
    return write_pages(tmp_path / "pages")


@pytest.fixture
def stand_in(monkeypatch):
    # `extract` calls the library directly; the stand-in makes its output known.
    import extractors

    monkeypatch.setattr(extractors, "analyze_document", stand_in_analyzer)


# --- value formatting -------------------------------------------------------------

QUANTITY_FORMATS = [
    ("exact", (1200, None, "exact", "人"), "1200 人"),
    ("at least", (1200, None, "at_least", "人"), "≥1200 人"),
    ("more than", (150, None, "more_than", "人"), ">150 人"),
    ("approx", (600, None, "approx", "人次"), "≈600 人次"),
    ("range", (2, 3, "range", "天"), "2..3 天"),
    ("several", (200000, 900000, "several", "元"), "200000..900000 元"),
    ("fraction", (97.3, None, "exact", "%"), "97.3 %"),
]


@pytest.mark.parametrize("args,expected", [c[1:] for c in QUANTITY_FORMATS], ids=[c[0] for c in QUANTITY_FORMATS])
def test_quantity_format(args, expected):
    assert cli.format_quantity(*args) == expected


# --- extract ----------------------------------------------------------------------


def test_extract_prints_a_readable_table(stand_in, pages, capsys):
    assert cli.main(["extract", str(pages[1])]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["metric", "value", "subject", "region", "period", "sentence"]
    assert any("27 起" in line and line.startswith("participants") for line in out[2:])


def test_extract_jsonl_has_the_columns_of_facts(stand_in, pages, capsys):
    assert cli.main(["extract", str(pages[0]), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and all(list(r) == FACTS.column_names for r in rows)
    assert {r["doc"] for r in rows} == {"page_a.txt"}
    assert sorted(r["value"] for r in rows) == [12, 15, 3400, 80000]


def test_extract_mentions_layer(stand_in, pages, capsys):
    assert cli.main(["extract", str(pages[1]), "--layer", "mentions", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert all(list(r) == MENTIONS.column_names for r in rows)
    text = PAGES["page_b.txt"]
    assert [text[r["char_start"]:r["char_end"]] for r in rows] == [r["surface"] for r in rows]


def test_extract_reads_standard_input(stand_in, monkeypatch, capsys):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGES["page_b.txt"].encode())))
    assert cli.main(["extract", "-", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["doc"] for r in rows} == {"stdin"} and len(rows) == 3


def test_extract_a_missing_file_is_a_usage_error(tmp_path, capsys):
    assert cli.main(["extract", str(tmp_path / "nowhere.txt")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_extract_an_undecodable_file_says_so_and_goes_on(stand_in, pages, tmp_path, capsys):
    broken = tmp_path / "broken.txt"
    broken.write_bytes(UNDECODABLE)
    assert cli.main(["extract", str(broken), str(pages[1]), "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert "broken.txt: cannot decode" in captured.err
    assert len(captured.out.splitlines()) == 3


def test_extract_through_the_installed_command_with_stdin(pages):
    done = subprocess.run([UNION_METRICS, "extract", "-", "--layer", "mentions"], input=pages[1].read_bytes(),
                          capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode().splitlines()[0].split()[0] == "surface"


# --- run --------------------------------------------------------------------------

SUMMARY = re.compile(
    r"^(\d+) documents \((\d+) new or changed, (\d+) unchanged\), (\d+) articles, (\d+) quantities, "
    r"(\d+) facts, (\d+) quarantined in [\d.]+ s → (.+)$"
)


def test_run_prints_a_one_line_summary_and_exits_0(tmp_path, pages, capsys):
    (tmp_path / "pages" / "broken.txt").write_bytes(UNDECODABLE)
    assert cli.main(["run", "--input", str(tmp_path / "pages"), "--warehouse", str(tmp_path / "w")]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    figures = SUMMARY.match(line).groups()
    assert figures[:3] == ("4", "4", "0") and figures[6] == "1"


def test_run_again_reports_everything_unchanged(tmp_path, pages, capsys):
    args = ["run", "--input", str(tmp_path / "pages"), "--warehouse", str(tmp_path / "w")]
    cli.main(args)
    capsys.readouterr()
    assert cli.main(args) == 0
    figures = SUMMARY.match(capsys.readouterr().out.strip()).groups()
    assert figures[:7] == ("3", "0", "3", "0", "0", "0", "0")


def test_run_a_missing_input_folder_is_a_usage_error(tmp_path, capsys):
    assert cli.main(["run", "--input", str(tmp_path / "nowhere"), "--warehouse", str(tmp_path / "w")]) == 2
    assert "input folder not found" in capsys.readouterr().err


def test_run_while_another_run_holds_the_warehouse_fails_clearly(tmp_path, pages, capsys):
    from pipelines.warehouse import Warehouse

    with Warehouse(str(tmp_path / "w")).lock("_run.lock"):
        code = cli.main(["run", "--input", str(tmp_path / "pages"), "--warehouse", str(tmp_path / "w")])
    assert code == 1 and "in use by another run" in capsys.readouterr().err


def test_run_defaults_to_the_bundled_sample_corpus(tmp_path):
    done = subprocess.run([UNION_METRICS, "run", "--warehouse", str(tmp_path / "w")],
                          capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    figures = SUMMARY.match(done.stdout.strip()).groups()
    assert int(figures[0]) > 0 and figures[1] == figures[0]
