"""From files to table rows: the work inside the assets, free of Dagster.

``read_documents`` turns a batch's files into `documents` rows (decoding once,
here); ``analyze_documents`` runs ``extractors.analyze_document`` once per
document, in parallel worker processes for larger batches, and gives the
rows of `articles`, `mentions`, `facts` and the analysis failures.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import traceback
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd

from extractors import analyze_document
from extractors.decode import DecodeError, decode_bytes
from extractors.records import DocumentAnalysis
from pipelines.inventory import content_id
from pipelines.schema import ARTICLES, DOCUMENTS, FACTS, MENTIONS, QUARANTINE

# Below this many documents, starting worker processes costs more than it saves.
PARALLEL_FROM = 8


def read_documents(files: Iterable[Path], known: pd.DataFrame) -> pd.DataFrame:
    """One `documents` row per file. ``known`` is `documents` outside this
    batch: a file whose content is already there under another path is a
    duplicate, and is not analyzed twice."""
    first_path = dict(zip(known.loc[known["status"] == "ok", "doc_id"], known.loc[known["status"] == "ok", "path"]))
    settled = set(zip(known["path"], known["doc_id"]))
    rows = []
    for path in files:
        row = {"doc": path.name, "path": str(path), "encoding": None, "text": None, "reason": None}
        try:
            data = path.read_bytes()
        except OSError as e:
            rows.append({**row, "doc_id": content_id(str(path).encode()), "bytes": 0, "chars": 0,
                         "status": "quarantined", "reason": f"read: {e.strerror or e}"})
            continue
        row.update(doc_id=content_id(data), bytes=len(data), chars=0)
        if (row["path"], row["doc_id"]) in settled:
            continue  # done by another batch since this one was registered
        if row["doc_id"] in first_path:
            rows.append({**row, "status": "duplicate", "reason": f"same content as {first_path[row['doc_id']]}"})
            continue
        try:
            decoded = decode_bytes(data)
        except DecodeError as e:
            rows.append({**row, "status": "quarantined", "reason": f"decode: {e.reason}"})
            continue
        row.update(encoding=decoded.encoding, chars=len(decoded.text), text=decoded.text)
        if not decoded.text.strip():
            rows.append({**row, "status": "quarantined", "reason": "decode: no text"})
            continue
        first_path[row["doc_id"]] = row["path"]
        rows.append({**row, "status": "ok"})
    return pd.DataFrame(rows, columns=DOCUMENTS.column_names)


def quarantine_rows(documents: pd.DataFrame) -> pd.DataFrame:
    bad = documents[documents["status"] == "quarantined"]
    stage = bad["reason"].str.split(":", n=1).str[0]
    return bad.assign(stage=stage)[QUARANTINE.column_names]


# --- analysis ---------------------------------------------------------------------


@dataclass
class AnalysisRows:
    articles: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)
    failures: list[dict] = field(default_factory=list)

    def frames(self) -> dict[str, pd.DataFrame]:
        return {
            "articles": pd.DataFrame(self.articles, columns=ARTICLES.column_names),
            "mentions": pd.DataFrame(self.mentions, columns=MENTIONS.column_names),
            "facts": pd.DataFrame(self.facts, columns=FACTS.column_names),
            "failures": pd.DataFrame(self.failures, columns=QUARANTINE.column_names),
        }


def rows_of(doc: str, doc_id: str, analysis: DocumentAnalysis) -> AnalysisRows:
    ids = {"doc": doc, "doc_id": doc_id}
    out = AnalysisRows()
    for a in analysis.articles:
        start, end = a.text.raw_span(0, len(a.text)) if len(a.text) else (0, 0)
        body_start = a.text.raw_offsets[a.body_start] if a.body_start < len(a.text) else end
        out.articles.append({
            **ids, "article_id": a.article_id, "kind": a.kind, "title": a.title or "",
            "subtitle": a.subtitle or "", "byline": a.byline or "", "dateline_place": a.dateline_place,
            "dateline_date": a.dateline_date, "text": a.body,
            "char_start": start, "char_end": end, "body_start": body_start,
        })
    for m in analysis.mentions:
        q = m.quantity
        out.mentions.append({
            **ids, "article_id": m.article_id, "surface": q.surface, "value": q.value,
            "value_high": q.value_high, "qualifier": q.qualifier, "unit": q.unit,
            "char_start": m.char_start, "char_end": m.char_end,
        })
    for f in analysis.facts:
        out.facts.append({**ids, **{c: getattr(f, c) for c in FACTS.column_names if c not in ids}})
    return out


def _analyze_one(job: tuple[str, str, str, str]) -> AnalysisRows:
    doc, doc_id, path, text = job
    try:
        return rows_of(doc, doc_id, analyze_document(text, doc))
    except Exception as e:  # one bad page must not sink the batch: it is quarantined
        where = traceback.extract_tb(e.__traceback__)[-1]
        reason = f"analyze: {type(e).__name__}: {e} ({Path(where.filename).name}:{where.lineno})"
        return AnalysisRows(failures=[{"doc": doc, "doc_id": doc_id, "path": path,
                                       "stage": "analyze", "reason": reason}])


def analyze_documents(documents: pd.DataFrame, workers: int = 0, progress: bool = False) -> AnalysisRows:
    """Analyze every `ok` document once; ``workers`` 0 means one per CPU."""
    ok = documents[documents["status"] == "ok"]
    jobs = list(zip(ok["doc"], ok["doc_id"], ok["path"], ok["text"]))
    workers = workers or os.cpu_count() or 1
    total = AnalysisRows()
    for rows in _progress(_run(jobs, workers), len(jobs), progress):
        total.articles += rows.articles
        total.mentions += rows.mentions
        total.facts += rows.facts
        total.failures += rows.failures
    return total


def _run(jobs: list, workers: int) -> Iterator[AnalysisRows]:
    if workers <= 1 or len(jobs) < PARALLEL_FROM:
        yield from map(_analyze_one, jobs)
        return
    # spawn, not fork: the parent may be a threaded Dagster process.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(min(workers, len(jobs)), mp_context=context) as pool:
        yield from pool.map(_analyze_one, jobs, chunksize=max(1, len(jobs) // (workers * 8)))


def _progress(items: Iterator, total: int, show: bool) -> Iterator:
    if not show:
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, desc="analyzing", unit="doc", file=sys.stderr, leave=False)


def metric_summary(facts: pd.DataFrame) -> pd.DataFrame:
    """Facts per metric × province × city × period × unit, planned and done apart."""
    keys = ["metric", "province", "city", "period", "unit", "planned"]
    if facts.empty:
        return pd.DataFrame(columns=keys + ["facts", "documents", "value_sum", "value_min", "value_max"])
    grouped = facts.astype({"value": "float64"}).groupby(keys, dropna=False, sort=True)
    out = grouped.agg(
        facts=("value", "size"), documents=("doc_id", "nunique"),
        value_sum=("value", "sum"), value_min=("value", "min"), value_max=("value", "max"),
    ).reset_index()
    return out
