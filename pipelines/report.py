"""The analysts' report: one self-contained HTML page built from the warehouse tables.

``build_report(tables, checks)`` is a pure function: DataFrames in, an HTML
string out. The page needs no server and no network: charts are inline SVG
drawn here, styles are inline, there is no script and no external font.

How figures read. A fact's value is what the text states, and the qualifier
says how to read it: ``1200余名`` is at least 1200, ``近100场`` at most about
100, ``两三天`` anything from 2 to 3. A figure is therefore always shown with
its qualifier (``1,200+``, ``≥100``, ``≈600``, ``≤500``, ``2–3``) and its unit,
and a sum over facts keeps the direction its parts allow: a sum of exact and
"more than" figures is a lower bound (``≥``), a sum with an approximate part is
approximate (``≈``), a sum over ranges is a range. Bars are drawn to the
stated value; a range's upper part is drawn lighter, and an open-ended lower
bound gets a dashed tail.

Planned figures and targets (``planned``) are never added to achieved ones;
they are listed on their own.
"""
from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

import pandas as pd

TABLE_NAMES = ("documents", "articles", "mentions", "facts", "quarantine", "metric_summary")

# Qualifiers by the direction in which the true figure may lie from the value.
UPWARD = frozenset({"more_than", "at_least"})
DOWNWARD = frozenset({"nearly", "at_most"})
SPREAD = frozenset({"range", "several"})

# Figures that are shares, not counts: shown one by one, never summed.
UNSUMMABLE_UNITS = frozenset({"%"})

MAX_BARS = 25  # rows per chart; the rest is summed into one "other places" row
LARGEST_PER_METRIC = 3
UNMAPPED_SHOWN = 60


# --- reading numbers ----------------------------------------------------------


def format_number(value: float, unit: str | None = None) -> str:
    """A plain figure with thousands separators; money in 万元/亿元 as the papers write it."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "?"
    if unit == "元" and abs(value) >= 1e8:
        return f"{_trim(value / 1e8)}亿"
    if unit == "元" and abs(value) >= 1e4:
        return f"{_trim(value / 1e4)}万"
    return _trim(value)


def _trim(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def unit_suffix(unit: str | None) -> str:
    if not unit:
        return ""
    return unit if unit == "%" else f" {unit}"


def format_quantity(value: float, value_high: float | None, qualifier: str | None, unit: str | None) -> str:
    """One figure as it should be read: ``1,200+ 人``, ``2–3 天``, ``≈600 人次``, ``≥100 场``."""
    return _with_qualifier(value, value_high, {qualifier or "exact"}, unit)


def format_total(values: Iterable[float], highs: Iterable[float | None],
                 qualifiers: Iterable[str], unit: str | None) -> str:
    """A sum of facts, read with the qualifiers of its parts."""
    values, highs = list(values), list(highs)
    low = float(sum(values))
    high = float(sum(h if _is_number(h) else v for v, h in zip(values, highs)))
    return _with_qualifier(low, high if high != low else None, set(qualifiers), unit)


def _with_qualifier(low: float, high: float | None, qualifiers: set[str], unit: str | None) -> str:
    if _is_number(high) and high != low:
        figure = f"{format_number(low, unit)}–{format_number(high, unit)}"
    else:
        figure = format_number(low, unit)
    up, down = bool(qualifiers & UPWARD), bool(qualifiers & DOWNWARD)
    if "approx" in qualifiers or (up and down):
        return f"≈{figure}{unit_suffix(unit)}"
    if "at_least" in qualifiers:
        return f"≥{figure}{unit_suffix(unit)}"
    if up:  # 1200余 reads 1,200+; a sum with such a part is more than its stated total too
        return f"{figure}+{unit_suffix(unit)}"
    if "at_most" in qualifiers:
        return f"≤{figure}{unit_suffix(unit)}"
    if down:  # 近100: about 100, not above it
        return f"≈{figure}{unit_suffix(unit)}"
    return f"{figure}{unit_suffix(unit)}"


def _is_number(x) -> bool:
    return x is not None and not (isinstance(x, float) and math.isnan(x)) and not pd.isna(x)


# --- what a metric counts ---------------------------------------------------------


def metric_descriptions() -> dict[str, str]:
    """``metric -> what it counts`` from the taxonomy vocabulary table, if present."""
    try:
        from extractors.vocabulary import load_table

        metrics = load_table("taxonomy").get("metrics", {})
    except Exception:  # the report must render even without the vocabulary
        return {}
    if isinstance(metrics, dict):
        return {k: v.get("description", "") for k, v in metrics.items() if isinstance(v, dict)}
    return {m["name"]: m.get("description", "") for m in metrics if isinstance(m, dict) and "name" in m}


# --- places and periods -----------------------------------------------------------


def place_label(province, city) -> str:
    province = province if _is_text(province) else None
    city = city if _is_text(city) else None
    if province is None and city is None:
        return "no place named"
    if city is None:
        return f"{province} · 全省"
    if province == city:  # a municipality is both
        return city
    return f"{province} · {city}" if province else city


def _is_text(x) -> bool:
    return isinstance(x, str) and x.strip() != ""


YEAR = re.compile(r"(\d{4})年")
# Periods written relative to the article's own date, in order.
RELATIVE_PERIODS = (("前年", -2), ("去年", -1), ("今年", 0), ("本年", 0), ("截至目前", 0.9),
                    ("目前", 0.9), ("至今", 0.9))


def period_order(period) -> tuple | None:
    """A sort key for a period, or None when it cannot be placed in time.

    Periods naming a year sort by year (group 0); periods relative to the
    article's date (去年 < 今年 < 目前) sort after them (group 1), since an
    article's date is not a column of the facts table.
    """
    if not _is_text(period):
        return None
    year = YEAR.search(period)
    if year:
        return (0, int(year.group(1)), period)
    for word, rank in RELATIVE_PERIODS:
        if period.startswith(word) or period == word:
            return (1, rank, period)
    return None


# --- SVG charts ---------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    label: str
    low: float
    high: float | None  # upper end of a range, drawn lighter
    open_ended: bool  # a lower bound: the true figure may be larger
    text: str  # the figure as it reads, qualifier and unit included
    detail: str  # tooltip: what was counted


def bar_chart(title: str, subtitle: str, bars: list[Bar], css_class: str = "chart") -> str:
    """A horizontal bar chart as inline SVG, with its title, units and counting note."""
    label_w, bar_w, text_w, row_h, top = 180, 240, 140, 24, 8
    width = label_w + bar_w + text_w
    height = top + row_h * len(bars) + 8
    scale_max = max((b.high if _is_number(b.high) else b.low) for b in bars) or 1.0
    rows = []
    for i, b in enumerate(bars):
        y = top + i * row_h
        w_low = max(1.0, bar_w * b.low / scale_max) if b.low > 0 else 0.0
        parts = [
            f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end" class="lbl">{_e(_clip(b.label, 14))}</text>',
            f'<rect x="{label_w}" y="{y + 4}" width="{w_low:.1f}" height="{row_h - 8}" class="bar"/>',
        ]
        end = label_w + w_low
        if _is_number(b.high) and b.high > b.low:
            w_high = bar_w * (b.high - b.low) / scale_max
            parts.append(f'<rect x="{end:.1f}" y="{y + 4}" width="{w_high:.1f}" height="{row_h - 8}" class="bar-range"/>')
            end += w_high
        if b.open_ended:
            parts.append(f'<line x1="{end:.1f}" y1="{y + 12}" x2="{end + 14:.1f}" y2="{y + 12}" class="open"/>')
            end += 14
        parts.append(f'<text x="{end + 6:.1f}" y="{y + 16}" class="val">{_e(b.text)}</text>')
        rows.append(f'<g><title>{_e(b.detail)}</title>{"".join(parts)}</g>')
    svg = (f'<svg role="img" aria-label="{_e(title)}" '
           f'viewBox="0 0 {width} {height}" width="{width}" height="{height}">{"".join(rows)}</svg>')
    return (f'<figure class="{css_class}"><figcaption><b>{_e(title)}</b><br>'
            f'<span class="note">{_e(subtitle)}</span></figcaption>{svg}</figure>')


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _e(x) -> str:
    return html.escape("" if x is None or (isinstance(x, float) and math.isnan(x)) else str(x))


# --- grouping facts into bars ---------------------------------------------------------


def _bar_for(label: str, group: pd.DataFrame, unit: str, counted: str) -> Bar:
    quals = set(group["qualifier"].fillna("exact"))
    low = float(group["value"].sum())
    high = float(sum(h if _is_number(h) else v for v, h in zip(group["value"], group["value_high"])))
    docs = group["doc"].nunique() if "doc" in group else 0
    text = format_total(group["value"], group["value_high"], quals, unit)
    detail = f"{label}: {text} — {len(group)} fact(s) of {counted} from {docs} document(s)"
    return Bar(label, low, high if high > low else None, bool(quals & UPWARD), text, detail)


def _bars_by(frame: pd.DataFrame, key: pd.Series, unit: str, counted: str, order=None) -> list[Bar]:
    bars = [_bar_for(label, group, unit, counted) for label, group in frame.groupby(key, sort=False)]
    if order is None:
        bars.sort(key=lambda b: -(b.low))
    else:
        bars.sort(key=lambda b: order[b.label])
    if len(bars) > MAX_BARS:
        kept, rest = bars[: MAX_BARS - 1], bars[MAX_BARS - 1:]
        low = sum(b.low for b in rest)
        text = f"{'≥' if any(b.open_ended for b in rest) else ''}{format_number(low, unit)}{unit_suffix(unit)}"
        bars = kept + [Bar(f"{len(rest)} other places", low, None, any(b.open_ended for b in rest), text,
                           f"{len(rest)} more groups summed")]
    return bars


def _prepare_facts(facts: pd.DataFrame) -> pd.DataFrame:
    facts = facts.copy()
    for column in ("value_high", "qualifier", "unit", "province", "city", "period", "object", "subject",
                   "sentence", "doc", "surface", "planned"):
        if column not in facts:
            facts[column] = None
    facts["planned"] = facts["planned"].fillna(False).astype(bool)
    facts["qualifier"] = facts["qualifier"].fillna("exact")
    facts["value"] = facts["value"].astype("float64")
    facts["value_high"] = pd.to_numeric(facts["value_high"], errors="coerce")
    return facts


def region_charts(facts: pd.DataFrame, describe: dict[str, str]) -> list[str]:
    """One chart per metric and unit: achieved figures summed by province and city."""
    achieved = facts[~facts["planned"]]
    charts = []
    for (metric, unit), group in achieved.groupby(["metric", "unit"], sort=True):
        counted = describe.get(metric) or metric
        places = [place_label(p, c) for p, c in zip(group["province"], group["city"])]
        title = f"{metric} — {counted} ({unit})"
        if unit in UNSUMMABLE_UNITS:  # a rate is a share of something else: never added up
            key = pd.Series([f"{p} · {o}" if _is_text(o) else p for p, o in zip(places, group["object"])],
                            index=group.index)
            key = key + pd.Series([f" #{i}" if d else "" for i, d in enumerate(key.duplicated())], index=key.index)
            counted_how = f"each of {len(group)} achieved rate(s) as stated, by place and what it measures; rates are not added"
        else:
            key = pd.Series(places, index=group.index)
            counted_how = f"the sum of {len(group)} achieved fact(s) from {group['doc'].nunique()} document(s) per place"
        bars = _bars_by(group, key, unit, counted)
        note = f"Unit: {unit}. Counted: {counted_how}; planned figures are not included."
        charts.append(bar_chart(title, note, bars))
    return charts


def time_charts(facts: pd.DataFrame, describe: dict[str, str]) -> tuple[list[str], pd.DataFrame]:
    """Charts over the periods that can be ordered; returns them and the facts whose period cannot."""
    achieved = facts[~facts["planned"]].copy()
    achieved["_order"] = achieved["period"].map(period_order)
    unordered = achieved[achieved["_order"].isna() & achieved["period"].map(_is_text)]
    orderable = achieved[achieved["_order"].notna()]
    charts = []
    for (metric, unit), group in orderable.groupby(["metric", "unit"], sort=True):
        if group["period"].nunique() < 2 or unit in UNSUMMABLE_UNITS:
            continue
        counted = describe.get(metric) or metric
        order = {p: k for p, k in zip(group["period"], group["_order"])}
        bars = _bars_by(group, group["period"], unit, counted, order=order)
        title = f"{metric} over time — {counted} ({unit})"
        note = (f"Unit: {unit}. Counted: the sum of facts per period as written, all places together. "
                "Periods naming a year come first in year order; periods relative to each article's date "
                "(去年, 今年…, 目前) follow in that order.")
        charts.append(bar_chart(title, note, bars, css_class="chart time"))
    return charts, unordered


def unmapped_mentions(mentions: pd.DataFrame, facts: pd.DataFrame) -> pd.DataFrame:
    """Quantities found in the text that no fact uses: the gaps of the metric mapping."""
    if mentions.empty:
        return mentions
    doc_key = "doc_id" if "doc_id" in mentions and "doc_id" in facts else "doc"
    key = [doc_key, "char_start", "char_end"]
    if facts.empty or not set(key) <= set(facts.columns):
        return mentions.copy()
    used = facts[key].drop_duplicates().assign(_used=True)
    merged = mentions.merge(used, on=key, how="left")
    return merged[merged["_used"].isna()].drop(columns="_used")


def unmapped_chart(unmapped: pd.DataFrame, mentions: pd.DataFrame) -> str:
    counts = unmapped.groupby("unit").size().sort_values(ascending=False)
    totals = mentions.groupby("unit").size()
    bars = [Bar(str(unit), float(n), None, False, f"{n} of {int(totals.get(unit, n))} quantities",
                f"{n} quantities in {unit} are in no fact") for unit, n in counts.items()][:MAX_BARS]
    note = ("Unit: quantities (mentions), by their measure word. Counted: mentions of layer 1 that no fact "
            "of layer 2 uses — dates, ages and other non-quantities are never mentions, so these are figures "
            "the metric mapping left out, rightly (context, rules, places) or not.")
    return bar_chart("Quantities not mapped to any metric, by unit", note, bars)


# --- tables -------------------------------------------------------------------------------


def html_table(headers: list[str], rows: Iterable[list[str]], raw_columns: frozenset[int] = frozenset()) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{c if i in raw_columns else _e(c)}</td>" for i, c in enumerate(row)) + "</tr>"
        for row in rows
    )
    return f'<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _fact_place(row) -> str:
    parts = [p for p in (row.get("province"), row.get("city"), row.get("district")) if _is_text(p)]
    return " · ".join(dict.fromkeys(parts)) or "—"


def largest_table(facts: pd.DataFrame) -> str:
    achieved = facts[~facts["planned"]]
    ranked = (achieved.sort_values("value", ascending=False)
              .groupby(["metric", "unit"], sort=True).head(LARGEST_PER_METRIC)
              .sort_values(["metric", "unit", "value"], ascending=[True, True, False]))
    rows = [[r["metric"], format_quantity(r["value"], r["value_high"], r["qualifier"], r["unit"]),
             r["object"], r["subject"], _fact_place(r), r["period"], r["sentence"], r["doc"]]
            for r in ranked.to_dict("records")]
    return html_table(["metric", "figure", "what", "who", "where", "period", "sentence", "source"], rows)


def planned_table(facts: pd.DataFrame) -> str:
    planned = facts[facts["planned"]].sort_values(["metric", "value"], ascending=[True, False])
    if planned.empty:
        return "<p>No planned figures.</p>"
    rows = [[r["metric"], format_quantity(r["value"], r["value_high"], r["qualifier"], r["unit"]),
             r["object"], r["subject"], _fact_place(r), r["sentence"], r["doc"]]
            for r in planned.to_dict("records")]
    return html_table(["metric", "target", "what", "who", "where", "sentence", "source"], rows)


def _context(texts: dict, row, width: int = 24) -> str:
    """The mention in its surrounding text (from the documents table), the figure highlighted."""
    text = texts.get(row.get("doc_id")) or texts.get(row.get("doc"))
    start, end = row.get("char_start"), row.get("char_end")
    if not isinstance(text, str) or not _is_number(start) or not _is_number(end):
        return _e(row.get("surface"))
    start, end = int(start), int(end)
    before = re.sub(r"\s+", " ", text[max(0, start - width):start])
    after = re.sub(r"\s+", " ", text[end:end + width])
    return f"…{_e(before)}<mark>{_e(text[start:end])}</mark>{_e(after)}…"


def unmapped_table(unmapped: pd.DataFrame, documents: pd.DataFrame) -> str:
    texts: dict = {}
    if not documents.empty and "text" in documents:
        for column in ("doc_id", "doc"):
            if column in documents:
                texts.update(zip(documents[column], documents["text"]))
    shown = unmapped.sort_values(["doc", "char_start"] if "char_start" in unmapped else ["doc"]).head(UNMAPPED_SHOWN)
    rows = [[format_quantity(r["value"], r.get("value_high"), r.get("qualifier"), r.get("unit")),
             _context(texts, r), r["doc"]] for r in shown.to_dict("records")]
    more = len(unmapped) - len(shown)
    tail = f"<p class=note>…and {more} more.</p>" if more > 0 else ""
    return html_table(["quantity", "in context", "source"], rows, raw_columns=frozenset({1})) + tail


def _check_fields(check: dict) -> list[str]:
    name = check.get("check") or check.get("check_name") or check.get("name") or "?"
    table = check.get("table") or check.get("asset") or ""
    passed = check.get("passed")
    severity = str(check.get("severity") or "ERROR").split(".")[-1]
    status = "passed" if passed else ("warning" if severity.upper() == "WARN" else "FAILED")
    found = check.get("violations", check.get("count", ""))
    return [table, name, status, str(found), check.get("description") or ""]


def checks_section(checks: list[dict] | None, documents: pd.DataFrame, quarantine: pd.DataFrame) -> str:
    parts = []
    if checks is None:
        parts.append("<p>No check results were given to the report.</p>")
    else:
        fields = [_check_fields(c) for c in checks]
        failed = sum(f[2] == "FAILED" for f in fields)
        warned = sum(f[2] == "warning" for f in fields)
        parts.append(f"<p><b>{len(fields) - failed - warned}</b> passed, <b>{warned}</b> warning(s), "
                     f"<b>{failed}</b> failed.</p>")
        order = {"FAILED": 0, "warning": 1, "passed": 2}
        fields.sort(key=lambda f: (order[f[2]], f[0], f[1]))
        rows = [[t, n, f'<span class="{s.lower()}">{_e(s)}</span>', v, d] for t, n, s, v, d in fields]
        parts.append(html_table(["table", "check", "result", "violations", "rule"], rows, raw_columns=frozenset({2})))
    if not documents.empty and "status" in documents:
        statuses = documents["status"].value_counts()
        parts.append("<p>Documents: " + ", ".join(f"{_e(s)} {n}" for s, n in statuses.items()) + ".</p>")
    if quarantine.empty:
        parts.append("<p>Quarantine: empty — every input was processed.</p>")
    else:
        rows = [[r.get("doc"), r.get("stage"), r.get("reason")] for r in quarantine.to_dict("records")]
        parts.append("<h3>Quarantined inputs</h3>" + html_table(["document", "stage", "reason"], rows))
    return "".join(parts)


# --- the page ----------------------------------------------------------------------------

STYLE = """
body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei","WenQuanYi Zen Hei",sans-serif;
 margin:24px auto;max-width:1240px;color:#1d2433;background:#fff;line-height:1.45;padding:0 16px}
h1{font-size:26px;margin:0 0 4px}h2{border-bottom:2px solid #d5dbe5;padding-bottom:4px;margin-top:36px}
.meta,.note{color:#5b6578;font-size:13px}nav a{margin-right:14px}
.charts{display:flex;flex-wrap:wrap;gap:18px}
figure.chart{margin:0;padding:10px 12px;width:560px;border:1px solid #e3e7ee;border-radius:6px;background:#fafbfd;max-width:100%}
figure svg{display:block;max-width:100%;height:auto}
figcaption{font-size:14px;margin-bottom:6px;max-width:540px}
.lbl{font-size:12px;fill:#1d2433}.val{font-size:12px;fill:#1d2433;font-weight:600}
.bar{fill:#3b6fb6}.bar-range{fill:#9db9e0}.open{stroke:#3b6fb6;stroke-width:2;stroke-dasharray:3 2}
table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0}
th,td{border:1px solid #e3e7ee;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#f0f3f8}mark{background:#ffe08a}.failed{color:#b3261e;font-weight:700}
.warning{color:#a15c00;font-weight:700}.passed{color:#1b7a3a}
.legend span{display:inline-block;margin-right:16px;font-size:13px}
"""

LEGEND = (
    '<p class="legend"><span><b>1,200+</b> more than (余, 多, 超过)</span><span><b>≥</b> at least / a sum with '
    'lower bounds</span><span><b>≈</b> approximately (约, 左右, 近)</span><span><b>≤</b> at most</span>'
    '<span><b>2–3</b> a range or vague count (两三, 数十)</span><span>lighter bar: upper part of a range; '
    'dashed tail: the figure may be larger</span></p>'
)


def _table(tables: dict[str, pd.DataFrame], name: str) -> pd.DataFrame:
    frame = tables.get(name)
    return frame.copy() if isinstance(frame, pd.DataFrame) else pd.DataFrame()


def build_report(tables: dict[str, pd.DataFrame], checks: list[dict] | None = None) -> str:
    """The whole report as one HTML string: no server, no network, no script."""
    facts, mentions = _table(tables, "facts"), _table(tables, "mentions")
    documents, quarantine = _table(tables, "documents"), _table(tables, "quarantine")
    articles = _table(tables, "articles")
    describe = metric_descriptions()
    facts = _prepare_facts(facts) if not facts.empty else facts

    summary = (f"{len(documents)} document(s), {len(articles)} article unit(s), {len(mentions)} quantities, "
               f"{len(facts)} metric facts, {len(quarantine)} quarantined. Built "
               f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC.")
    sections = [f"<h1>Union metrics report</h1><p class=meta>{_e(summary)}</p>",
                '<nav><a href="#regions">By region</a><a href="#time">Over time</a><a href="#largest">'
                'Largest figures</a><a href="#planned">Planned</a><a href="#unmapped">Unmapped quantities</a>'
                '<a href="#checks">Data quality</a></nav>', LEGEND]

    if facts.empty:
        sections.append('<h2 id="regions">Metrics by province and city</h2><p>No metric facts.</p>')
        unordered = pd.DataFrame()
        time_html = "<p>No metric facts.</p>"
    else:
        sections.append('<h2 id="regions">Metrics by province and city</h2><div class="charts">'
                        + "".join(region_charts(facts, describe)) + "</div>")
        charts, unordered = time_charts(facts, describe)
        time_html = ('<div class="charts">' + "".join(charts) + "</div>") if charts else \
            "<p>No metric has figures for two or more periods that can be ordered.</p>"
        if not unordered.empty:
            periods = ", ".join(sorted(set(unordered["period"])))
            time_html += f"<p class=note>{len(unordered)} fact(s) have a period that cannot be placed in time: {_e(periods)}.</p>"
    sections.append(f'<h2 id="time">Figures over time</h2>{time_html}')

    if not facts.empty:
        sections.append(f'<h2 id="largest">Largest figures</h2><p class=note>The {LARGEST_PER_METRIC} largest '
                        f'achieved figures of each metric and unit, with the sentence that states them.</p>'
                        + largest_table(facts))
        sections.append('<h2 id="planned">Planned figures and targets</h2>' + planned_table(facts))

    if mentions.empty:
        sections.append('<h2 id="unmapped">Quantities not mapped to any metric</h2><p>No quantities.</p>')
    else:
        unmapped = unmapped_mentions(mentions, facts)
        share = f"{len(unmapped)} of {len(mentions)} quantities are in no metric fact."
        sections.append(f'<h2 id="unmapped">Quantities not mapped to any metric</h2><p>{_e(share)}</p>'
                        + (unmapped_chart(unmapped, mentions) + unmapped_table(unmapped, documents)
                           if not unmapped.empty else ""))

    sections.append('<h2 id="checks">Data-quality checks</h2>' + checks_section(checks, documents, quarantine))
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>Union metrics report</title><style>{STYLE}</style></head><body>"
            + "".join(sections) + "</body></html>")


def read_tables(warehouse_dir: str | Path) -> dict[str, pd.DataFrame]:
    """The warehouse's tables that exist, read whole with pandas."""
    root = Path(warehouse_dir)
    tables = {}
    for name in TABLE_NAMES:
        if (root / name).exists():
            tables[name] = pd.read_parquet(root / name)
    return tables


def write_report(warehouse_dir: str | Path, checks: list[dict] | None = None) -> Path:
    """Read the warehouse, write ``report.html`` beside its tables, return its path."""
    target = Path(warehouse_dir) / "report.html"
    target.write_text(build_report(read_tables(warehouse_dir), checks), encoding="utf-8")
    return target
