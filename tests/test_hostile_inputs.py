"""Hostile input through the whole pipeline: every file is processed or
quarantined with a clear reason, the run goes on and exits 0.

One folder holds one file per hostile input (empty, binary named .txt, every
encoding we read, CRLF, NUL bytes, damaged bytes, lone surrogates, a 50 MB
line, a million repeated numerals, absurd numbers, 20,000 nested quotes,
file names full of shell metacharacters); ``union-metrics run`` goes over it
once, in a subprocess, as a user would run it (module-scoped fixture), and
each case checks its own file's outcome in the tables.

The pages are our own, in the newspapers' style; each file's figures differ
(``page(n)``) so that no two files have the same content (a same-content
file would be a ``duplicate``, which is not what these cases are about).
"""
from __future__ import annotations

import codecs
import io
import math
import os
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from typing import Callable
from pathlib import Path

import pandas as pd
import pytest

UNION_METRICS = str(Path(sys.executable).parent / "union-metrics")

# The run's time budget per document: far above what a page needs (the
# million-numeral files take ~2 s), far below the stall of one 200,000-char
# sentence, so that case shows the budget at work within the module's time.
TIME_BUDGET_S = 20


def page(n: int) -> str:
    """A short union news page with five figures; ``n`` makes it unique."""
    return (
        "# 南岗区总工会开展冬季送温暖\n\n本报记者 陈立\n\n"
        f"今年以来，南岗区总工会走访慰问困难职工{1200 + n}户，发放慰问金85万元，组织法律宣讲活动24场。\n\n"
        "区总工会还新建户外劳动者服务站点18个，培训职工3200人次。\n"
    )


def long_page(n: int) -> str:
    """About 2 KB: long enough that one damaged character is a small share of it."""
    more = "".join(
        f"\n全区{k + 2}个街道工会同步开展帮扶，共走访职工家庭{300 + k}户，发放慰问品价值{12 + k}万元。\n"
        for k in range(12)
    )
    return page(n) + more


# Traditional script (a Big5 file from a Hong Kong or Taiwan outlet).
def traditional_page(n: int) -> str:
    return (
        "# 南港區總工會開展冬季送溫暖\n\n本報記者 陳立\n\n"
        f"今年以來，南港區總工會走訪慰問困難職工{1200 + n}戶，發放慰問金85萬元，組織法律宣講活動24場。\n"
    )


def zip_of(text: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("page.txt", text)
    return buffer.getvalue()


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 4
FIFTY_MB = 50 * 2**20
SENTENCE = "工会组织职工参加技能培训12场，".encode("utf-8")
FIFTY_MB_LINE = (SENTENCE * (FIFTY_MB // len(SENTENCE) + 1))[:FIFTY_MB]
ABSURD = (
    page(40) + "\n据介绍，全区有一万亿亿亿名职工参加活动，募集善款111111111111111111111111111111元，"
    "另有1e308人次参与，折合99999999999999999999万元，还有一万万万万名志愿者。\n"
)
# One sentence of ~200,000 characters with no full stop: the fact step's
# cost grows with the square of a sentence's length (reported), so this is
# quarantined by the time budget instead of stalling the run.
ENDLESS_SENTENCE = "南岗区总工会组织活动15场，服务职工2000人次，" * 8000


@dataclass(frozen=True)
class Processed:
    encoding: str  # documents.encoding
    text: str | None = None  # documents.text, when it must be exactly this
    mentions: tuple[str, ...] = ()  # surfaces that must be found
    min_facts: int = 0


@dataclass(frozen=True)
class Quarantined:
    stage: str
    reason: str  # the start of quarantine.reason


@dataclass(frozen=True)
class ProcessedOrQuarantined:
    """Either outcome is right (a known weakness elsewhere may be fixed)."""

    processed: Processed
    quarantined: Quarantined


@dataclass(frozen=True)
class Hostile:
    name: str  # the file name
    data: bytes | Callable[[Path], None]  # the bytes, or what makes the file at that path
    outcome: Processed | Quarantined | ProcessedOrQuarantined

    def make(self, folder: Path) -> None:
        path = folder / self.name
        if callable(self.data):
            self.data(path)
        else:
            path.write_bytes(self.data)


def dangling_symlink(path: Path) -> None:
    path.symlink_to(path.parent / "moved-away" / "page.txt")


FIGURES = ("85万元", "24场", "18个", "3200人次")


def figures(n: int) -> tuple[str, ...]:
    return (f"{1200 + n}户",) + FIGURES


CUT_PAGE = page(11).encode("utf-8")[:-2]  # ends inside the last "。"

EMPTY_AND_BINARY = [
    Hostile("empty.txt", b"", Quarantined("decode", "decode: empty")),
    Hostile("whitespace.txt", b"  \r\n\t\n \n", Quarantined("decode", "decode: empty")),
    Hostile("photo.txt", PNG, Quarantined("decode", "decode: binary (PNG")),
    Hostile("archive.txt", zip_of(page(1)), Quarantined("decode", "decode: binary (ZIP")),
    Hostile("random-bytes.txt", bytes(range(1, 256)) * 64, Quarantined("decode", "decode: undecodable")),
    Hostile("nul-heavy.txt", b"\x00\x01\x00\x02\x10\x00" * 500, Quarantined("decode", "decode: binary (NUL")),
    # a named pipe would make a plain read wait for a writer forever
    Hostile("named-pipe.txt", os.mkfifo, Quarantined("read", "read: not a regular file")),
    Hostile("dangling-symlink.txt", dangling_symlink, Quarantined("read", "read: No such file")),
]

ENCODINGS = [
    Hostile("gb18030.txt", page(2).encode("gb18030"), Processed("gb18030", page(2), figures(2), 3)),
    Hostile("gbk.txt", page(3).encode("gbk"), Processed("gb18030", page(3), figures(3), 3)),
    Hostile("big5.txt", traditional_page(4).encode("big5"), Processed("big5", traditional_page(4))),
    Hostile("utf-16-le-bom.txt", codecs.BOM_UTF16_LE + page(5).encode("utf-16-le"),
            Processed("utf-16", page(5), figures(5), 3)),
    Hostile("utf-16-be-bom.txt", codecs.BOM_UTF16_BE + page(6).encode("utf-16-be"),
            Processed("utf-16", page(6), figures(6), 3)),
    Hostile("utf-16-le-no-bom.txt", page(7).encode("utf-16-le"), Processed("utf-16-le", page(7), figures(7), 3)),
    Hostile("utf-8-bom.txt", codecs.BOM_UTF8 + page(8).encode("utf-8"), Processed("utf-8-sig", page(8), figures(8), 3)),
    Hostile("utf-32-bom.txt", codecs.BOM_UTF32_LE + page(9).encode("utf-32-le"),
            Processed("utf-32", page(9), figures(9), 3)),
    Hostile("crlf.txt", page(10).replace("\n", "\r\n").encode("utf-8"),
            Processed("utf-8", page(10).replace("\n", "\r\n"), figures(10), 3)),
]

DAMAGED_BYTES = [
    Hostile("cut-mid-character.txt", CUT_PAGE, Processed("utf-8 (truncated)", page(11)[:-2], figures(11), 3)),
    Hostile("nul-inside.txt", page(12).encode("utf-8").replace("。".encode(), "。\x00".encode(), 2),
            Processed("utf-8 (nul stripped)", page(12), figures(12), 3)),
    Hostile("invalid-byte-inside.txt", long_page(13).encode("utf-8").replace("陈立".encode(), b"\xff\xfe"),
            Processed("utf-8 (replaced)", long_page(13).replace("陈立", "\ufffd\ufffd"), figures(13), 3)),
    Hostile("utf-16-lone-surrogate.txt",
            codecs.BOM_UTF16_LE + page(14).encode("utf-16-le").replace("陈".encode("utf-16-le"), b"\x00\xd8"),
            Processed("utf-16 (replaced)", page(14).replace("陈", "\ufffd"), figures(14), 3)),
    Hostile("utf-8-encoded-surrogate.txt",
            long_page(15).encode("utf-8").replace("陈".encode(), "\ud800".encode("utf-8", "surrogatepass")),
            Processed("utf-8 (replaced)", long_page(15).replace("陈", "\ufffd" * 3), figures(15), 3)),
]

SIZE_AND_REPETITION = [
    Hostile("fifty-mb-one-line.txt", FIFTY_MB_LINE, Quarantined("read", f"read: too large: {FIFTY_MB} bytes > budget")),
    Hostile("million-yi.txt", ("一" * 10**6).encode(), Processed("utf-8")),
    Hostile("million-nines.txt", ("9" * 10**6).encode(), Processed("utf-8")),
    Hostile("million-wan.txt", ("万" * 10**6).encode(), Processed("utf-8")),
    Hostile("absurd-numbers.txt", ABSURD.encode(), Processed("utf-8", ABSURD, figures(40), 3)),
    Hostile("nested-quotes.txt", ("“" * 20000 + page(16) + "”" * 20000).encode(), Processed("utf-8", None, figures(16))),
    Hostile("endless-sentence.txt", ENDLESS_SENTENCE.encode(), ProcessedOrQuarantined(
        Processed("utf-8"), Quarantined("analyze", f"analyze: timed out after {TIME_BUDGET_S} s"))),
]

ODD_NAMES = ["page with spaces.txt", "南岗区工会简报.txt", "semi;colon.txt", "dollar$HOME.txt", "amp&and.txt",
             "quote'single.txt", 'quote"double.txt', "back`tick`.txt", "pipe|and>redirect.txt",
             "-leading-dash.txt", "glob*?[x].txt", "new\nline.txt"]
FILE_NAMES = [
    Hostile(name, page(50 + i).encode("utf-8"), Processed("utf-8", page(50 + i), figures(50 + i), 3))
    for i, name in enumerate(ODD_NAMES)
]

ALL = EMPTY_AND_BINARY + ENCODINGS + DAMAGED_BYTES + SIZE_AND_REPETITION + FILE_NAMES


def params(cases: list[Hostile]) -> list:
    return [pytest.param(c, id=c.name.replace("\n", "\\n")) for c in cases]


@dataclass
class RunResult:
    folder: Path
    done: subprocess.CompletedProcess
    documents: pd.DataFrame
    quarantine: pd.DataFrame
    mentions: pd.DataFrame
    facts: pd.DataFrame


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> RunResult:
    folder = tmp_path_factory.mktemp("hostile")
    for case in ALL:  # POSIX names: every character but "/" and NUL is allowed
        case.make(folder)
    warehouse = tmp_path_factory.mktemp("warehouse")
    done = subprocess.run(
        [UNION_METRICS, "run", "--input", str(folder), "--warehouse", str(warehouse), "--workers", "2",
         "--time-budget", str(TIME_BUDGET_S)],
        capture_output=True, text=True, timeout=600,
    )
    tables = {t: pd.read_parquet(warehouse / t) for t in ("documents", "quarantine", "mentions", "facts")} \
        if (warehouse / "documents").is_dir() else {}
    return RunResult(folder.resolve(), done, **tables)


def _rows(frame: pd.DataFrame, run: RunResult, case: Hostile) -> pd.DataFrame:
    # the tables hold resolved paths (a symlink's target)
    return frame[frame["path"].astype(str) == str((run.folder / case.name).resolve())]


def test_the_run_goes_on_and_exits_0(run):
    assert run.done.returncode == 0, run.done.stderr[-3000:]
    assert f"{len(ALL)} documents" in run.done.stdout


def test_every_file_is_in_documents_or_quarantine(run):
    on_disk = {str(p.resolve()) for p in run.folder.iterdir()}
    accounted = set(run.documents["path"].astype(str)) | set(run.quarantine["path"].astype(str))
    assert on_disk == accounted
    assert len(on_disk) == len(ALL)


def test_no_value_is_infinite_or_beyond_exact_integers(run):
    for table in (run.mentions, run.facts):
        values = pd.concat([table["value"], table["value_high"].dropna()]).astype(float)
        assert all(math.isfinite(v) and abs(v) <= 2**53 for v in values)


def _check_processed(run: RunResult, case: Hostile, want: Processed) -> None:
    doc = _rows(run.documents, run, case)
    assert len(doc) == 1
    row = doc.iloc[0]
    assert row["status"] == "ok", row["reason"]
    assert _rows(run.quarantine, run, case).empty, _rows(run.quarantine, run, case)["reason"].tolist()
    assert row["encoding"] == want.encoding
    if want.text is not None:
        assert row["text"] == want.text
    mentions = run.mentions[run.mentions["doc_id"] == row["doc_id"]]
    assert set(want.mentions) <= set(mentions["surface"])
    for m in mentions.itertuples():  # every span is its surface in the decoded text
        assert "".join(row["text"][m.char_start:m.char_end].split()) == "".join(m.surface.split())
    assert (run.facts["doc_id"] == row["doc_id"]).sum() >= want.min_facts


def _check_quarantined(run: RunResult, case: Hostile, want: Quarantined) -> None:
    assert len(_rows(run.documents, run, case)) == 1  # every input file is in documents
    rows = _rows(run.quarantine, run, case)
    assert len(rows) == 1
    assert rows.iloc[0]["stage"] == want.stage
    assert rows.iloc[0]["reason"].startswith(want.reason), rows.iloc[0]["reason"]


def _check(run: RunResult, case: Hostile) -> None:
    outcome = case.outcome
    if isinstance(outcome, ProcessedOrQuarantined):
        quarantined = not _rows(run.quarantine, run, case).empty
        outcome = outcome.quarantined if quarantined else outcome.processed
    if isinstance(outcome, Processed):
        _check_processed(run, case, outcome)
    else:
        _check_quarantined(run, case, outcome)


@pytest.mark.parametrize("case", params(EMPTY_AND_BINARY))
def test_empty_and_binary_files(run, case):
    _check(run, case)


@pytest.mark.parametrize("case", params(ENCODINGS))
def test_encodings(run, case):
    _check(run, case)


@pytest.mark.parametrize("case", params(DAMAGED_BYTES))
def test_damaged_bytes(run, case):
    _check(run, case)


@pytest.mark.parametrize("case", params(SIZE_AND_REPETITION))
def test_size_and_repetition(run, case):
    _check(run, case)


@pytest.mark.parametrize("case", params(FILE_NAMES))
def test_file_names_with_shell_metacharacters(run, case):
    _check(run, case)


@pytest.mark.xfail(strict=True, reason="traditional-script measure words and scales (戶, 場, 萬) are not in "
                                       "extractors/data/units.toml: a Big5 page decodes but yields no quantities")
def test_big5_page_yields_its_figures(run):
    case = next(c for c in ENCODINGS if c.name == "big5.txt")
    doc_id = _rows(run.documents, run, case).iloc[0]["doc_id"]
    assert {"1204戶", "85萬元", "24場"} <= set(run.mentions.loc[run.mentions["doc_id"] == doc_id, "surface"])


def test_absurd_numbers_are_not_quantities(run):
    case = next(c for c in SIZE_AND_REPETITION if c.name == "absurd-numbers.txt")
    doc_id = _rows(run.documents, run, case).iloc[0]["doc_id"]
    surfaces = run.mentions.loc[run.mentions["doc_id"] == doc_id, "surface"]
    for absurd in ("亿亿", "1111111111111111", "1e308", "99999999999999999999", "万万"):
        assert not surfaces.str.contains(absurd, regex=False).any(), absurd


def test_the_warehouse_holds_no_temporary_files(run):
    warehouse = Path(run.done.args[run.done.args.index("--warehouse") + 1])
    assert not [p for p in warehouse.rglob("_tmp-*")]


# --- the budgets, each on its own (the run above shows them in place) ----------------


def test_the_time_budget_stops_a_stalled_analysis(monkeypatch):
    from pipelines import processing
    from pipelines.budgets import TIME_ENV

    def stall(text, doc=None):
        while True:
            pass

    monkeypatch.setattr(processing, "analyze_document", stall)
    monkeypatch.setenv(TIME_ENV, "0.5")
    docs = pd.DataFrame([{"doc": "a.txt", "doc_id": "0" * 16, "path": "/in/a.txt", "status": "ok", "text": page(0)}])
    found = processing.analyze_documents(docs, workers=1)
    assert [f["reason"] for f in found.failures] == ["analyze: timed out after 0.5 s (time budget)"]


def test_the_size_budget_quarantines_a_file_unread(monkeypatch, tmp_path):
    from pipelines import processing
    from pipelines.budgets import SIZE_ENV
    from pipelines.inventory import content_id
    from pipelines.schema import DOCUMENTS

    path = tmp_path / "page.txt"
    path.write_text(long_page(0), encoding="utf-8")
    monkeypatch.setenv(SIZE_ENV, "0.001")  # MB: 1048 bytes
    rows = processing.read_documents([path], pd.DataFrame(columns=DOCUMENTS.column_names))
    assert rows["status"].tolist() == ["quarantined"]
    assert rows["reason"].tolist() == [f"read: too large: {path.stat().st_size} bytes > budget 1048 bytes"]
    assert rows["text"].isna().all()
    assert rows["doc_id"].tolist() == [content_id(path.read_bytes())]  # hashed, so a rerun knows it


def test_a_second_run_finds_nothing_new(run):
    # quarantined files included: a file that cannot be read is not a new batch every run
    warehouse = run.done.args[run.done.args.index("--warehouse") + 1]
    again = subprocess.run([UNION_METRICS, "run", "--input", str(run.folder), "--warehouse", warehouse],
                           capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr[-3000:]
    assert f"{len(ALL)} documents (0 new or changed, {len(ALL)} unchanged)" in again.stdout
