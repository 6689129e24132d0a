"""The warehouse's tables, declared once: columns with explicit Arrow types, keys, constraints.

Everything that writes or checks a table reads it from here: the warehouse
casts rows to ``TableSchema.arrow_schema`` before writing, and the Dagster
asset checks are generated from ``TableSchema.constraints`` (plus a schema
check and a unique-key check every table gets). Adding a column or a rule is an
edit here, not in the assets.

Type choices: strings that repeat (doc names, metric names, units, regions)
are Arrow dictionaries, so Parquet stores each distinct value once and pandas
reads them as categoricals; free text (article bodies, sentences, surfaces)
stays plain ``string`` because a dictionary of unique values only adds
overhead. Numbers are float64 (values can be fractional: 1.38万 is fine but
97.3% is not an integer), offsets int64.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import pandas as pd
import pyarrow as pa

from extractors.records import QUALIFIERS

LABEL = pa.dictionary(pa.int32(), pa.string())  # a repeated string
TEXT = pa.string()  # free text
NUMBER = pa.float64()
OFFSET = pa.int64()

# The partition column: hive directories `batch=<id>`, never stored inside files.
PARTITION_COLUMN = "batch"


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    nullable: bool = True
    doc: str = ""


@dataclass(frozen=True)
class Violations:
    """What a constraint found: how many rows break it and a few examples."""

    count: int
    examples: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class CheckInputs:
    """What a rule sees: the rows just written and, for cross-table rules,
    the character count of every live document."""

    rows: pd.DataFrame
    document_chars: Callable[[], pd.Series]  # doc_id -> chars, loaded on demand


@dataclass(frozen=True)
class Constraint:
    name: str
    description: str
    rule: Callable[[CheckInputs], pd.Series]  # True where a row breaks the rule
    blocking: bool = True  # ERROR severity; False: a WARN (extractor quality, not data integrity)


def _examples(rows: pd.DataFrame, bad: pd.Series, columns: list[str]) -> Violations:
    bad = bad.fillna(False).astype(bool)
    if not bad.any():  # the usual case: no frame of examples to build
        return Violations(0)
    shown = list(dict.fromkeys(c for c in columns if c in rows.columns))
    return Violations(int(bad.sum()), rows.loc[bad, shown].head(5).astype(str).to_dict("records"))


def evaluate(constraint: Constraint, inputs: CheckInputs, show: list[str]) -> Violations:
    if inputs.rows.empty:
        return Violations(0)
    return _examples(inputs.rows, constraint.rule(inputs), show)


# --- rule factories: each returns a Constraint over named columns ---------------


def non_negative(*columns: str) -> Constraint:
    def rule(i: CheckInputs) -> pd.Series:
        bad = pd.Series(False, index=i.rows.index)
        for c in columns:
            bad |= i.rows[c].astype("float64") < 0
        return bad

    return Constraint("values_non_negative", f"{', '.join(columns)} ≥ 0", rule)


def ordered(low: str, high: str) -> Constraint:
    def rule(i: CheckInputs) -> pd.Series:
        hi = i.rows[high].astype("float64")
        return hi.notna() & (i.rows[low].astype("float64") > hi)

    return Constraint(f"{low}_le_{high}", f"{low} ≤ {high} where {high} is set", rule)


def one_of(column: str, allowed: Callable[[], frozenset[str]], name: str, nullable: bool = False) -> Constraint:
    def rule(i: CheckInputs) -> pd.Series:
        values = i.rows[column].astype("object")
        known = values.isin(allowed())
        return ~known & ~(values.isna() if nullable else False)

    return Constraint(name, f"{column} is one of the allowed values", rule)


def not_null(*columns: str) -> Constraint:
    def rule(i: CheckInputs) -> pd.Series:
        return i.rows[list(columns)].isna().any(axis=1)

    return Constraint("required_values", f"{', '.join(columns)} are set", rule)


def span_in_document(start: str = "char_start", end: str = "char_end") -> Constraint:
    def rule(i: CheckInputs) -> pd.Series:
        chars = i.rows["doc_id"].astype("object").map(i.document_chars())
        s, e = i.rows[start], i.rows[end]
        return chars.isna() | (s < 0) | (e <= s) | (e > chars)

    return Constraint("spans_inside_document", f"0 ≤ {start} < {end} ≤ the document's length", rule)


# --- the metric taxonomy, for the metric-name checks ----------------------------

# facts.md's 21 metrics: the fallback while extractors/data/taxonomy.toml is
# absent; the vocabulary table is the source of truth once it exists.
_FACTS_MD_METRICS = frozenset({
    "members_recruited", "members_total", "union_orgs", "districts", "enterprises_covered",
    "workers_covered", "stations", "events_held", "trainings_held", "people_trained",
    "participants", "visits", "disputes_mediated", "grievances_handled", "staff_volunteers",
    "jobs", "money", "rate", "awards", "service_items", "materials",
})


def taxonomy_metrics() -> frozenset[str]:
    """Metric names of the taxonomy vocabulary table (whatever its layout:
    a table per metric, or a list of tables with a ``name``)."""
    from extractors.vocabulary import load_table

    try:
        table = load_table("taxonomy")
    except FileNotFoundError:
        return _FACTS_MD_METRICS
    metrics = table.get("metrics", table)
    if isinstance(metrics, list):
        names = {m["name"] if isinstance(m, dict) else str(m) for m in metrics}
    else:
        names = {k for k, v in metrics.items() if isinstance(v, dict)} or set(metrics)
    return frozenset(names) or _FACTS_MD_METRICS


def _qualifiers() -> frozenset[str]:
    return frozenset(QUALIFIERS)


# --- the tables -----------------------------------------------------------------


@dataclass(frozen=True)
class TableSchema:
    name: str
    description: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    partitioned: bool = True
    constraints: tuple[Constraint, ...] = ()

    @property
    def arrow_schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, c.type, nullable=c.nullable) for c in self.columns])

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def label_columns(self) -> list[str]:
        return [c.name for c in self.columns if pa.types.is_dictionary(c.type)]

    def empty(self) -> pd.DataFrame:
        return self.arrow_schema.empty_table().to_pandas()


_DOC = (
    Column("doc", LABEL, False, "the source file's name"),
    Column("doc_id", LABEL, False, "sha256 of the file's bytes, first 16 hex digits"),
)
_QUANTITY = (
    Column("value", NUMBER, False, "normalized number in `unit`"),
    Column("value_high", NUMBER, True, "upper bound of a range or vague count"),
    Column("qualifier", LABEL, False),
    Column("unit", LABEL, False),
)
_SPAN = (
    Column("char_start", OFFSET, False, "span in the document's decoded text"),
    Column("char_end", OFFSET, False),
)
_QUANTITY_CHECKS = (
    non_negative("value", "value_high"),
    ordered("value", "value_high"),
    one_of("qualifier", _qualifiers, "qualifier_known"),
    span_in_document(),
)

DOCUMENTS = TableSchema(
    "documents",
    "One row per input file: where it came from, what it decoded to, whether it was processed.",
    _DOC + (
        Column("path", TEXT, False, "absolute path of the input file"),
        Column("encoding", LABEL, True, "encoding found; null when the bytes are not text"),
        Column("bytes", OFFSET, False),
        Column("chars", OFFSET, False, "length of the decoded text"),
        Column("status", LABEL, False, "ok | quarantined | duplicate"),
        Column("reason", TEXT, True, "why not ok"),
        Column("text", TEXT, True, "the decoded text that all char offsets index"),
    ),
    key=("path",),
    constraints=(
        one_of("status", lambda: frozenset({"ok", "quarantined", "duplicate"}), "status_known"),
        non_negative("bytes", "chars"),
    ),
)

ARTICLES = TableSchema(
    "articles",
    "One row per unit of a page: article, photo caption or table of contents.",
    _DOC + (
        Column("article_id", LABEL, False),
        Column("kind", LABEL, False, "article | caption | toc"),
        # '' rather than null when a unit has none: pandas reads a null string
        # as NaN, which code that does `title or ""` takes for a title.
        Column("title", TEXT, False, "'' when the unit has none"),
        Column("subtitle", TEXT, False, "'' when none"),
        Column("byline", TEXT, False, "'' when none"),
        Column("dateline_place", LABEL),
        Column("dateline_date", LABEL),
        Column("text", TEXT, False, "the body, repaired"),
    ) + _SPAN + (
        Column("body_start", OFFSET, False, "where the body starts in the decoded text"),
    ),
    key=("doc_id", "article_id"),
    constraints=(
        one_of("kind", lambda: frozenset({"article", "caption", "toc"}), "kind_known"),
        span_in_document(),
    ),
)

MENTIONS = TableSchema(
    "mentions",
    "Layer 1: every quantity, with its span in the decoded text.",
    _DOC + (Column("article_id", LABEL, False), Column("surface", TEXT, False)) + _QUANTITY + _SPAN,
    key=("doc_id", "char_start", "char_end"),
    constraints=_QUANTITY_CHECKS,
)

FACTS = TableSchema(
    "facts",
    "Layer 2: quantities mapped to union metrics with who, where and when.",
    _DOC + (
        Column("article_id", LABEL, False),
        Column("metric", LABEL, False),
    ) + _QUANTITY + (
        Column("surface", TEXT, False),
        Column("object", TEXT),
        Column("subject", LABEL),
        Column("province", LABEL),
        Column("city", LABEL),
        Column("district", LABEL),
        Column("period", LABEL),
        Column("planned", pa.bool_(), False),
        Column("sentence", TEXT, False),
    ) + _SPAN,
    key=("doc_id", "char_start", "char_end", "metric"),
    constraints=(one_of("metric", taxonomy_metrics, "metric_in_taxonomy"),) + _QUANTITY_CHECKS,
)

QUARANTINE = TableSchema(
    "quarantine",
    "One row per input that could not be processed, with the reason.",
    _DOC + (
        Column("path", TEXT, False),
        Column("stage", LABEL, False, "read | decode | analyze"),
        Column("reason", TEXT, False),
    ),
    key=("path",),
    constraints=(one_of("stage", lambda: frozenset({"read", "decode", "analyze"}), "stage_known"),),
)

METRIC_SUMMARY = TableSchema(
    "metric_summary",
    "For analysts: facts per metric × province × city × period × unit, planned apart.",
    (
        Column("metric", LABEL, False),
        Column("province", LABEL),
        Column("city", LABEL),
        Column("period", LABEL),
        Column("unit", LABEL, False),
        Column("planned", pa.bool_(), False),
        Column("facts", OFFSET, False, "number of facts"),
        Column("documents", OFFSET, False, "number of documents they come from"),
        Column("value_sum", NUMBER, False),
        Column("value_min", NUMBER, False),
        Column("value_max", NUMBER, False),
    ),
    key=("metric", "province", "city", "period", "unit", "planned"),
    partitioned=False,
    constraints=(
        one_of("metric", taxonomy_metrics, "metric_in_taxonomy"),
        non_negative("value_min", "value_sum"),
        ordered("value_min", "value_max"),
    ),
)

TABLES: dict[str, TableSchema] = {
    t.name: t for t in (DOCUMENTS, ARTICLES, MENTIONS, FACTS, QUARANTINE, METRIC_SUMMARY)
}
