"""From files to table rows: the work inside the assets, free of Dagster.

``document_rows`` turns a batch's files into `documents` rows, one file at a
time (decoding once, here); ``analyze_stream`` runs
``extractors.analyze_document`` once per document, in chunks, in parallel
worker processes for larger batches, and gives the rows of `articles`,
`mentions`, `facts` and the analysis failures chunk by chunk, so the assets
write them as they come and no step holds a whole batch.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import traceback
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd
import pyarrow as pa

from extractors import analyze_document
from extractors.decode import DecodeError, decode_bytes
from extractors.records import DocumentAnalysis
from pipelines.aggregate import duckdb_session, register_warehouse_table, with_duckdb
from pipelines.budgets import OverTime, from_environment, time_limit, too_large
from pipelines.inventory import content_id, file_content_id, file_size
from pipelines.schema import ARTICLES, DOCUMENTS, FACTS, MENTIONS, QUARANTINE
from pipelines.warehouse import rows_to_arrow

# Below this many documents, starting worker processes costs more than it saves.
PARALLEL_FROM = 8
# With the worker count left to the run (``--workers 0``), workers are started
# for a batch of at least this many bytes of text. Two spawned workers cost
# ~2 CPU s each to start and ship pages and rows between processes: against one
# in-process analysis they took 0.82-0.89x the time at 1 MB, 1.04-1.21x at
# 10 MB and 1.5-1.9x at 100 MB (bench/bench_scale.py, 2 CPUs). A daily batch
# of a few dozen pages runs in-process; a backfill gets every CPU.
AUTO_PARALLEL_FROM_BYTES = 6 * 2**20


def read_documents(files: Iterable[Path], known: pd.DataFrame) -> pd.DataFrame:
    """One `documents` row per file, as a DataFrame (``document_rows`` streams them)."""
    return pd.DataFrame(list(document_rows(files, known)), columns=DOCUMENTS.column_names)


def document_rows(files: Iterable[Path], known: pd.DataFrame) -> Iterator[dict]:
    """One `documents` row per file, a file at a time. ``known`` is `documents`
    outside this batch: a file whose content is already there under another
    path is a duplicate, and is not analyzed twice."""
    first_path = dict(zip(known.loc[known["status"] == "ok", "doc_id"], known.loc[known["status"] == "ok", "path"]))
    settled = set(zip(known["path"], known["doc_id"]))
    max_bytes = from_environment().max_bytes
    for path in files:
        row = {"doc": path.name, "path": str(path), "encoding": None, "text": None, "reason": None}
        try:
            # A file over the size budget is hashed as a stream and never read whole.
            size = file_size(path)
            over = too_large(size, max_bytes)
            data = None if over else path.read_bytes()
            doc_id = file_content_id(path) if over else content_id(data)
        except OSError as e:
            yield {**row, "doc_id": content_id(str(path).encode()), "bytes": 0, "chars": 0,
                   "status": "quarantined", "reason": f"read: {e.strerror or e}"}
            continue
        row.update(doc_id=doc_id, bytes=size if over else len(data), chars=0)
        if (row["path"], row["doc_id"]) in settled:
            continue  # done by another batch since this one was registered
        if row["doc_id"] in first_path:
            yield {**row, "status": "duplicate", "reason": f"same content as {first_path[row['doc_id']]}"}
            continue
        if over:
            yield {**row, "status": "quarantined", "reason": f"read: {over}"}
            continue
        try:
            decoded = decode_bytes(data)
        except DecodeError as e:
            yield {**row, "status": "quarantined", "reason": f"decode: {e.reason}"}
            continue
        row.update(encoding=decoded.encoding, chars=len(decoded.text), text=decoded.text)
        if not decoded.text.strip():
            yield {**row, "status": "quarantined", "reason": "decode: no text"}
            continue
        first_path[row["doc_id"]] = row["path"]
        yield {**row, "status": "ok"}


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


def rows_of(doc: str, doc_id: str, analysis: DocumentAnalysis, text: str | None = None) -> AnalysisRows:
    """The table rows of one document's analysis; ``text`` (the decoded text)
    keeps article spans inside it."""
    ids = {"doc": doc, "doc_id": doc_id}
    out = AnalysisRows()
    limit = len(text) if text is not None else None
    for a in analysis.articles:
        # A unit is in reading order, which may not be page order (a summary box
        # printed under the byline is read first): its span runs from its
        # first to its last character on the page. A separator joining a part
        # that ends the page maps just past it: the span stops at the end.
        start, end = (min(a.text.raw_offsets), max(a.text.raw_offsets) + 1) if len(a.text) else (0, 0)
        end = end if limit is None else min(end, limit)
        body_start = min(a.text.raw_offsets[a.body_start], end) if a.body_start < len(a.text) else end
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
    seconds = from_environment().max_seconds
    try:
        with time_limit(seconds):
            return rows_of(doc, doc_id, analyze_document(text, doc), text)
    except OverTime as e:  # a stalled page must not stall the batch either
        return AnalysisRows(failures=[{"doc": doc, "doc_id": doc_id, "path": path,
                                       "stage": "analyze", "reason": f"analyze: {e}"}])
    except Exception as e:  # one bad page must not sink the batch: it is quarantined
        where = traceback.extract_tb(e.__traceback__)[-1]
        reason = f"analyze: {type(e).__name__}: {e} ({Path(where.filename).name}:{where.lineno})"
        return AnalysisRows(failures=[{"doc": doc, "doc_id": doc_id, "path": path,
                                       "stage": "analyze", "reason": reason}])


# A job is one document: (doc, doc_id, path, text).
Job = tuple[str, str, str, str]

# Documents go to the workers in chunks of about this many characters: large
# enough that sending a chunk and its rows costs little beside analyzing it,
# small enough that the two workers finish together and the parent holds
# little (at most IN_FLIGHT_PER_WORKER chunks per worker are under way).
CHUNK_CHARS = 100_000
IN_FLIGHT_PER_WORKER = 3


@dataclass
class AnalyzedChunk:
    """A chunk's rows as Arrow tables of the tables' schemas, built in the
    worker (cheaper to send back than row dicts, and ready to write)."""

    documents: int
    articles: pa.Table
    mentions: pa.Table
    facts: pa.Table
    failures: list[dict]


def analyze_chunk(jobs: list[Job]) -> AnalyzedChunk:
    rows = AnalysisRows()
    for job in jobs:
        found = _analyze_one(job)
        rows.articles += found.articles
        rows.mentions += found.mentions
        rows.facts += found.facts
        rows.failures += found.failures
    return AnalyzedChunk(len(jobs), rows_to_arrow(ARTICLES, rows.articles), rows_to_arrow(MENTIONS, rows.mentions),
                         rows_to_arrow(FACTS, rows.facts), rows.failures)


def analyze_stream(jobs: Iterable[Job], workers: int = 0, total: int | None = None,
                   progress: bool = False, batch_bytes: int | None = None) -> Iterator[AnalyzedChunk]:
    """Analyze every job once, in order, a chunk at a time; ``workers`` 0 means
    one per CPU when the batch's text (``batch_bytes``, if known) is large
    enough to pay for them (``worker_count``). ``jobs`` is consumed lazily:
    only the chunks under way are in memory, whatever the batch's size.
    ``total`` (documents) sizes the progress bar and decides whether worker
    processes are worth starting."""
    workers = worker_count(workers, batch_bytes)
    chunks = _chunks(jobs, CHUNK_CHARS)
    if not worth_workers(workers, total):
        analyzed = map(analyze_chunk, chunks)
    else:
        analyzed = _in_workers(chunks, workers)
    bar = _progress_bar(total, progress)
    for chunk in analyzed:
        bar.update(chunk.documents)
        yield chunk
    bar.close()


def analyze_documents(documents: pd.DataFrame, workers: int = 0, progress: bool = False) -> AnalysisRows:
    """Every `ok` document of a DataFrame analyzed, the rows gathered (small batches and tests)."""
    ok = documents[documents["status"] == "ok"]
    jobs = list(zip(ok["doc"], ok["doc_id"], ok["path"], ok["text"]))
    total = AnalysisRows()
    for chunk in analyze_stream(jobs, workers, len(jobs), progress):
        total.articles += chunk.articles.to_pylist()
        total.mentions += chunk.mentions.to_pylist()
        total.facts += chunk.facts.to_pylist()
        total.failures += chunk.failures
    return total


def _chunks(jobs: Iterable[Job], max_chars: int) -> Iterator[list[Job]]:
    chunk, chars = [], 0
    for job in jobs:
        chunk.append(job)
        chars += len(job[3])
        if chars >= max_chars:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def worker_count(workers: int, batch_bytes: int | None = None) -> int:
    """Worker processes for a batch: as many as asked; 0 means one per CPU,
    or one (in-process) for a batch known to hold less than
    ``AUTO_PARALLEL_FROM_BYTES`` of text."""
    if workers:
        return workers
    if batch_bytes is not None and batch_bytes < AUTO_PARALLEL_FROM_BYTES:
        return 1
    return os.cpu_count() or 1


def worth_workers(workers: int, documents: int | None) -> bool:
    return workers > 1 and (documents is None or documents >= PARALLEL_FROM)


def _new_pool(workers: int) -> ProcessPoolExecutor:
    # spawn, not fork: the parent may be a threaded Dagster process.
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_load_extractors)


def _load_extractors() -> None:
    """A worker's start: import the library and load its vocabulary tables and
    patterns (compiled on first use) before the first chunk arrives."""
    analyze_document("工会今年以来发展会员1200名。", "warm-up")


def _started() -> None:
    """A task that does nothing: submitting one makes the pool start a process."""


# A pool started ahead of the analysis step (``warm_workers``), or None.
_warm_pool: tuple[int, ProcessPoolExecutor] | None = None


@contextmanager
def warm_workers(workers: int, documents: int, batch_bytes: int | None = None) -> Iterator[None]:
    """Start the analysis workers now, for a step that comes later in this
    process: a spawned worker spends about a second importing the library and
    loading its vocabulary, which then overlaps the parent's own start-up
    (Dagster, the documents step) instead of delaying the first chunk. The
    pool is used by ``analyze_stream`` when it asks for as many workers, and
    shut down on leaving. Nothing is started for a batch too small for workers."""
    global _warm_pool
    workers = worker_count(workers, batch_bytes)
    if not worth_workers(workers, documents) or _warm_pool is not None:
        yield
        return
    pool = _new_pool(workers - 1)  # this process is the other analyzer (``_analyzed_by``)
    try:
        for _ in range(workers - 1):  # one submission per process: the pool spawns on demand
            pool.submit(_started)
        _warm_pool = (workers, pool)
        yield
    finally:
        _warm_pool = None
        pool.shutdown(wait=True, cancel_futures=True)


def _take_warm_pool(workers: int) -> ProcessPoolExecutor | None:
    """The warm pool, for the first analysis step that asks for as many workers;
    that step shuts it down when its stream ends, so later steps (the next
    batch of the run) start their own."""
    global _warm_pool
    if _warm_pool is None or _warm_pool[0] != workers:
        return None
    pool, _warm_pool = _warm_pool[1], None
    return pool


def _in_workers(chunks: Iterator[list[Job]], workers: int) -> Iterator[AnalyzedChunk]:
    """Chunks analyzed by ``workers`` processes, this one and ``workers - 1``
    spawned, results in submission order (``_analyzed_by``)."""
    warm = _take_warm_pool(workers)
    pool = warm if warm is not None else _new_pool(workers - 1)
    try:
        yield from _analyzed_by(pool, chunks, workers - 1)
    finally:
        # Let the workers go without waiting for them: each spends a moment
        # exiting its interpreter, which overlaps what the run does next
        # (checks, summary, report) instead of delaying it. (A warm pool's
        # final shutdown in ``warm_workers`` then finds them gone.)
        pool.shutdown(wait=False, cancel_futures=True)


def _analyzed_by(pool: ProcessPoolExecutor, chunks: Iterator[list[Job]], spawned: int) -> Iterator[AnalyzedChunk]:
    """Each chunk goes to the ``spawned`` workers while fewer than
    ``IN_FLIGHT_PER_WORKER`` each are waiting there, else this process
    analyzes it itself instead of waiting: with N CPUs, N analyzing processes
    and no idle parent (one process fewer to start and to feed; the parent's
    writing of rows takes its share from its own analysis, not from a
    worker's CPU). Results come out in submission order; at most
    ``(spawned + 1) × 2 × IN_FLIGHT_PER_WORKER`` chunks are under way or
    held (``pool.map`` would submit them all at once and hold every result)."""
    under_way: deque[Future | AnalyzedChunk] = deque()
    held = (spawned + 1) * 2 * IN_FLIGHT_PER_WORKER
    try:
        for chunk in chunks:
            waiting = sum(1 for item in under_way if isinstance(item, Future) and not item.done())
            if waiting < spawned * IN_FLIGHT_PER_WORKER:
                under_way.append(pool.submit(analyze_chunk, chunk))
            else:
                under_way.append(analyze_chunk(chunk))
            while under_way and (len(under_way) >= held or _ready(under_way[0])):
                yield _taken(under_way.popleft())
        while under_way:
            yield _taken(under_way.popleft())
    finally:
        for item in under_way:  # the consumer stopped early (an error): drop what is queued
            if isinstance(item, Future):
                item.cancel()


def _ready(item: Future | AnalyzedChunk) -> bool:
    return not isinstance(item, Future) or item.done()


def _taken(item: Future | AnalyzedChunk) -> AnalyzedChunk:
    return item.result() if isinstance(item, Future) else item


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(total: int | None, show: bool):
    if not show:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, desc="analyzing", unit="doc", file=sys.stderr, leave=False)


SUMMARY_KEYS = ["metric", "province", "city", "period", "unit", "planned"]
SUMMARY_INPUT = SUMMARY_KEYS + ["value", "doc_id"]  # the only columns of `facts` it reads


SUMMARY_COLUMNS = SUMMARY_KEYS + ["facts", "documents", "value_sum", "value_min", "value_max"]
# One query for the table in memory and for the warehouse's files; the order
# is the one pandas' groupby(sort=True, dropna=False) gave: by key, empty keys last.
SUMMARY_SQL = f"""
SELECT {", ".join(SUMMARY_KEYS)}, sum(n)::BIGINT AS facts, count(*) AS documents,
       sum(value_sum) AS value_sum, min(value_min) AS value_min, max(value_max) AS value_max
FROM (SELECT {", ".join(SUMMARY_KEYS)}, doc_id, count(*) AS n, sum(value::DOUBLE) AS value_sum,
             min(value::DOUBLE) AS value_min, max(value::DOUBLE) AS value_max
      FROM facts GROUP BY ALL)
GROUP BY ALL ORDER BY {", ".join(f"{k} NULLS LAST" for k in SUMMARY_KEYS)}
"""
# Documents are counted as the rows of a GROUP BY keys and doc_id, which DuckDB
# spills past its memory limit: count(DISTINCT doc_id) needed 32 MB at 100 MB
# (16 MB at 10 MB), this 16 MB (12 MB).
SUMMARY_MEMORY_LIMIT_MB = 24


def metric_summary(facts: pa.Table | pd.DataFrame) -> pd.DataFrame:
    """Facts per metric × province × city × period × unit, planned and done apart,
    from the ``SUMMARY_INPUT`` columns of a `facts` table in memory."""
    if isinstance(facts, pd.DataFrame):
        facts = pa.Table.from_pandas(plain_strings(facts[SUMMARY_INPUT]), preserve_index=False)
    with duckdb_session() as con:
        con.register("facts", facts.select(SUMMARY_INPUT))
        return _summary_frame(con)


def warehouse_metric_summary(wh) -> pd.DataFrame:
    """``metric_summary`` of the warehouse's whole `facts` table, aggregated by
    DuckDB over its Parquet files: memory bounded by the summary, not the table."""
    def work(con) -> pd.DataFrame:
        register_warehouse_table(con, wh, "facts")
        return _summary_frame(con)

    return with_duckdb(work, memory_limit_mb=SUMMARY_MEMORY_LIMIT_MB)


def _summary_frame(con) -> pd.DataFrame:
    out = con.execute(SUMMARY_SQL).df()
    return out[SUMMARY_COLUMNS] if len(out) else pd.DataFrame(columns=SUMMARY_COLUMNS)


def plain_strings(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.astype({c: "object" for c in frame.columns if isinstance(frame[c].dtype, pd.CategoricalDtype)})
