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
from typing import Iterable, Iterator, Sequence

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
                   progress: bool = False) -> Iterator[AnalyzedChunk]:
    """Analyze every job once, in order, a chunk at a time; ``workers`` 0 means
    one per CPU. ``jobs`` is consumed lazily: only the chunks under way are in
    memory, whatever the batch's size. ``total`` (documents) sizes the
    progress bar and decides whether worker processes are worth starting."""
    workers = worker_count(workers)
    if not worth_workers(workers, total):
        analyzed = map(analyze_chunk, _pieces(jobs, {}))
    else:
        analyzed = _in_workers(iter(jobs), workers)
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


def worker_count(workers: int) -> int:
    """``workers`` as asked, 0 meaning one per CPU."""
    return workers or os.cpu_count() or 1


def worth_workers(workers: int, documents: int | None) -> bool:
    return workers > 1 and (documents is None or documents >= PARALLEL_FROM)


def _new_pool(workers: int) -> ProcessPoolExecutor:
    # spawn, not fork: the parent may be a threaded Dagster process.
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_start_worker)


# Workers yield to the parent when both want a core: the parent's work (its
# start-up, the documents step, feeding chunks, writing rows) is what the
# workers wait on, and with analysis started ahead (``warm_workers``) there are
# three busy processes on two cores. Alone on a core a worker runs at full speed.
WORKER_NICENESS = 5


def _start_worker() -> None:
    """A worker's start: lower its priority, import the library and load its
    vocabulary tables and patterns (compiled on first use) before the first chunk."""
    try:
        os.nice(WORKER_NICENESS)
    except (AttributeError, OSError):  # no nice() here (Windows): same priority then
        pass
    analyze_document("工会今年以来发展会员1200名。", "warm-up")


def _started() -> None:
    """A task that does nothing: submitting one makes the pool start a process."""


# Documents analyzed ahead of their step: about this many bytes of a batch's
# first files (a few seconds of both workers' time, the parent's start-up and
# documents step), in groups of about a chunk. What is not ready by the step
# is waited for there, so a larger figure costs memory, not time.
PREFETCH_BYTES = 12 * 2**20
PREFETCH_GROUP_BYTES = 3 * CHUNK_CHARS  # UTF-8 Chinese: ~3 bytes a character


@dataclass
class _WarmStart:
    """A pool started ahead of the analysis step, and what it analyzes meanwhile:
    file path -> the future of its group's ``analyze_files``."""

    workers: int
    pool: ProcessPoolExecutor
    prefetched: dict[str, Future]


_warm: _WarmStart | None = None


@contextmanager
def warm_workers(workers: int, files: Sequence[Path], prefetch: bool = True) -> Iterator[None]:
    """Start the analysis workers now, for the analysis step that comes later in
    this process, and (``prefetch``) have them analyze the first of ``files``
    meanwhile. A spawned worker spends about a second importing the library,
    and the parent a few more starting Dagster and reading the batch: both
    then overlap instead of delaying the first chunk. The first analysis step
    that asks for as many workers takes the pool and the prefetched documents
    (``analyze_stream``); a document is used only if the file read ahead is
    the document of the step (same path, same content). Nothing is started
    for a batch too small for workers; the pool is shut down on leaving."""
    global _warm
    workers = worker_count(workers)
    if not worth_workers(workers, len(files)) or _warm is not None:
        yield
        return
    pool = _new_pool(workers)
    try:
        for _ in range(workers):  # one submission per process: the pool spawns on demand
            pool.submit(_started)
        prefetched: dict[str, Future] = {}
        for group in _file_groups(files, PREFETCH_BYTES if prefetch else 0, PREFETCH_GROUP_BYTES):
            future = pool.submit(analyze_files, group)
            prefetched.update((path, future) for path in group)
        _warm = _WarmStart(workers, pool, prefetched)
        yield
    finally:
        _warm = None
        pool.shutdown(wait=True, cancel_futures=True)


def _take_warm(workers: int) -> _WarmStart | None:
    """The warm pool, for the first step that asks for as many workers (later
    steps start their own: this one shuts it down when its stream ends)."""
    global _warm
    warm, _warm = (_warm, None) if _warm is not None and _warm.workers == workers else (None, _warm)
    return warm


def _file_groups(files: Sequence[Path], total_bytes: int, group_bytes: int) -> Iterator[list[str]]:
    group, size, taken = [], 0, 0
    for path in files:
        if taken >= total_bytes:
            break
        try:
            n = file_size(path)
        except OSError:
            continue  # the documents step reports it
        group.append(str(path))
        size += n
        taken += n
        if size >= group_bytes:
            yield group
            group, size = [], 0
    if group:
        yield group


def analyze_files(paths: list[str]) -> dict[str, tuple[str, AnalyzedChunk]]:
    """Read, decode and analyze files ahead of the documents step, as it will:
    path -> (doc_id, the rows). A file that step would not analyze (over the
    size budget, unreadable, undecodable, empty) is left out."""
    max_bytes = from_environment().max_bytes
    found = {}
    for path in paths:
        try:
            file = Path(path)
            if too_large(file_size(file), max_bytes):
                continue
            data = file.read_bytes()
            text = decode_bytes(data).text
        except (OSError, DecodeError):
            continue
        if text.strip():
            doc_id = content_id(data)
            found[path] = (doc_id, analyze_chunk([(file.name, doc_id, path, text)]))
    return found


class _Prefetched:
    """A document of the stream that was analyzed ahead (``warm_workers``)."""

    def __init__(self, future: Future, job: Job) -> None:
        self.future, self.job = future, job

    def result(self) -> AnalyzedChunk:
        doc, doc_id, path, text = self.job
        ahead = self.future.result().get(path)
        if ahead is not None and ahead[0] == doc_id:
            return ahead[1]
        # The file changed between the two reads, or could not be read ahead.
        return analyze_chunk([self.job])

    def cancel(self) -> None:
        self.future.cancel()


def _in_workers(jobs: Iterator[Job], workers: int) -> Iterator[AnalyzedChunk]:
    """Jobs analyzed by worker processes, results in job order: a document
    analyzed ahead is taken as it is, the others go in chunks. At most
    ``workers × IN_FLIGHT_PER_WORKER`` chunks are submitted and not yet taken
    (``pool.map`` would submit them all at once and hold every result)."""
    warm = _take_warm(workers)
    pool = warm.pool if warm is not None else _new_pool(workers)
    try:
        yield from _analyzed_by(pool, _pieces(jobs, warm.prefetched if warm is not None else {}), workers)
    finally:
        # Let the workers go without waiting for them: each spends a moment
        # exiting its interpreter, which overlaps what the run does next
        # (checks, summary, report) instead of delaying it. (A warm pool's
        # final shutdown in ``warm_workers`` then finds them gone.)
        pool.shutdown(wait=False, cancel_futures=True)


def _pieces(jobs: Iterable[Job], prefetched: dict[str, Future]) -> Iterator[list[Job] | _Prefetched]:
    """The stream in order: documents analyzed ahead one by one, the runs of
    other documents in chunks of about ``CHUNK_CHARS``."""
    chunk, chars = [], 0
    for job in jobs:
        ahead = prefetched.pop(job[2], None)
        if ahead is not None:
            if chunk:
                yield chunk
                chunk, chars = [], 0
            yield _Prefetched(ahead, job)
            continue
        chunk.append(job)
        chars += len(job[3])
        if chars >= CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk
    prefetched.clear()  # files of the batch not analyzed here (duplicates, quarantined)


def _analyzed_by(pool: ProcessPoolExecutor, pieces: Iterator[list[Job] | _Prefetched],
                 workers: int) -> Iterator[AnalyzedChunk]:
    under_way: deque = deque()
    try:
        for piece in pieces:
            under_way.append(piece if isinstance(piece, _Prefetched) else pool.submit(analyze_chunk, piece))
            if len(under_way) >= workers * IN_FLIGHT_PER_WORKER:
                yield under_way.popleft().result()
        while under_way:
            yield under_way.popleft().result()
    finally:
        for future in under_way:  # the consumer stopped early (an error): drop what is queued
            future.cancel()


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
