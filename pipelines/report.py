"""The analysts' report: one self-contained HTML page built from the warehouse tables.

``build_report(data, checks)`` is a pure function: the figures of
``pipelines.report_data.ReportData`` (already aggregated, cut to what the page
shows: built from the warehouse in bounded memory by ``summarize_warehouse``,
or from DataFrames by ``summarize_tables``) in, an HTML string out. The page
needs no server and no network: charts are inline SVG drawn here, styles are
inline, there is no script and no external font.

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

from pipelines.report_data import (  # noqa: F401  (the limits are part of what the page says)
    DOWNWARD,
    LARGEST_PER_METRIC,
    MAX_BARS,
    PLANNED_PER_METRIC,
    SPREAD,
    UNMAPPED_SHOWN,
    UNSUMMABLE_UNITS,
    UPWARD,
    ReportData,
    summarize_tables,
    summarize_warehouse,
)


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


def _bar_for_total(label: str, total, unit: str, counted: str) -> Bar:
    """One bar from a group's aggregates (facts, documents, low, high, qualifiers)."""
    quals = set(total.qualifiers)
    low, high = float(total.low), float(total.high)
    text = _with_qualifier(low, high if high != low else None, quals, unit)
    detail = f"{label}: {text} — {int(total.facts)} fact(s) of {counted} from {int(total.documents)} document(s)"
    return Bar(label, low, high if high > low else None, bool(quals & UPWARD), text, detail)


def _bar_for_fact(label: str, fact, unit: str, counted: str) -> Bar:
    """One bar for one fact, as stated (a rate)."""
    quals = {fact.qualifier or "exact"}
    low = float(fact.value)
    high = float(fact.value_high) if _is_number(fact.value_high) else low
    text = format_quantity(fact.value, fact.value_high, fact.qualifier, unit)
    detail = f"{label}: {text} — 1 fact(s) of {counted} from 1 document(s)"
    return Bar(label, low, high if high > low else None, bool(quals & UPWARD), text, detail)


def _cut(bars: list[Bar], unit: str, rest_count: int | None = None, rest_low: float | None = None,
         rest_open: bool | None = None) -> list[Bar]:
    """At most MAX_BARS bars: past them, one row sums the rest. The rest is
    given (count, sum, open-ended) when its bars were never fetched."""
    if rest_count is None:
        if len(bars) <= MAX_BARS:
            return bars
        rest = bars[MAX_BARS - 1:]
        rest_count, rest_low, rest_open = len(rest), sum(b.low for b in rest), any(b.open_ended for b in rest)
    if rest_count <= 0:
        return bars
    kept = bars[: MAX_BARS - 1]
    text = f"{'≥' if rest_open else ''}{format_number(rest_low, unit)}{unit_suffix(unit)}"
    return kept + [Bar(f"{rest_count} other places", rest_low, None, rest_open, text,
                       f"{rest_count} more groups summed")]


def region_charts(data: ReportData, describe: dict[str, str]) -> list[str]:
    """One chart per metric and unit: achieved figures summed by province and city."""
    places = _by_metric_and_unit(data.place_totals)
    rates = _by_metric_and_unit(data.rates)
    charts = []
    for total in data.metric_totals.itertuples(index=False):
        metric, unit = total.metric, total.unit
        counted = describe.get(metric) or metric
        title = f"{metric} — {counted} ({unit})"
        if unit in UNSUMMABLE_UNITS:  # a rate is a share of something else: never added up
            bars = _rate_bars(rates.get((metric, unit)), total, unit, counted)
            counted_how = f"each of {int(total.facts)} achieved rate(s) as stated, by place and what it measures; rates are not added"
        else:
            group = places.get((metric, unit))
            if group is None:
                continue
            bars = sorted((_bar_for_total(t.label, t, unit, counted) for t in group.itertuples(index=False)),
                          key=lambda b: -b.low)
            bars = _cut(bars, unit)
            counted_how = (f"the sum of {int(total.facts)} achieved fact(s) from {int(total.documents)} "
                           "document(s) per place")
        note = f"Unit: {unit}. Counted: {counted_how}; planned figures are not included."
        charts.append(bar_chart(title, note, bars))
    return charts


def _by_metric_and_unit(frame: pd.DataFrame) -> dict[tuple, pd.DataFrame]:
    return dict(list(frame.groupby(["metric", "unit"], sort=False))) if len(frame) else {}


def _rate_bars(shown: pd.DataFrame | None, total, unit: str, counted: str) -> list[Bar]:
    """Rates one by one, largest first; past MAX_BARS the rest is one row
    made from the group's totals (its rows were never fetched)."""
    if shown is None or shown.empty:
        return []
    labels: list[str] = []
    for fact in shown.itertuples(index=False):
        place = place_label(fact.province, fact.city)
        labels.append(f"{place} · {fact.object}" if _is_text(fact.object) else place)
    seen: set[str] = set()
    for i, label in enumerate(labels):  # the same place and measure twice: told apart
        labels[i] = f"{label} #{i}" if label in seen else label
        seen.add(label)
    bars = [_bar_for_fact(label, fact, unit, counted) for label, fact in zip(labels, shown.itertuples(index=False))]
    if int(total.facts) <= MAX_BARS:
        return bars
    kept = bars[: MAX_BARS - 1]
    kept_upward = sum(b.open_ended for b in kept)
    return _cut(bars, unit, int(total.facts) - len(kept), float(total.low) - sum(b.low for b in kept),
                int(total.upward) > kept_upward)


def time_charts(data: ReportData, describe: dict[str, str]) -> tuple[list[str], int, list[str]]:
    """Charts over the periods that can be ordered; returns them, and how many
    facts have a named period that cannot be ordered, and those periods."""
    periods = data.period_totals
    if periods.empty:
        return [], 0, []
    order = {p: period_order(p) for p in periods["period"].unique()}
    orderable = periods[periods["period"].map(lambda p: order[p] is not None)]
    unordered = periods[periods["period"].map(lambda p: order[p] is None and _is_text(p))]
    charts = []
    for (metric, unit), group in orderable.groupby(["metric", "unit"], sort=True):
        if group["period"].nunique() < 2 or unit in UNSUMMABLE_UNITS:
            continue
        counted = describe.get(metric) or metric
        bars = sorted((_bar_for_total(t.period, t, unit, counted) for t in group.itertuples(index=False)),
                      key=lambda b: order[b.label])
        bars = _cut(bars, unit)
        title = f"{metric} over time — {counted} ({unit})"
        note = (f"Unit: {unit}. Counted: the sum of facts per period as written, all places together. "
                "Periods naming a year come first in year order; periods relative to each article's date "
                "(去年, 今年…, 目前) follow in that order.")
        charts.append(bar_chart(title, note, bars, css_class="chart time"))
    return charts, int(unordered["facts"].sum()), sorted(set(unordered["period"]))


def unmapped_chart(data: ReportData) -> str:
    units = data.mention_units[data.mention_units["unmapped"] > 0]
    bars = [Bar(str(u.unit), float(u.unmapped), None, False, f"{int(u.unmapped)} of {int(u.mentions)} quantities",
                f"{int(u.unmapped)} quantities in {u.unit} are in no fact")
            for u in units.itertuples(index=False)][:MAX_BARS]
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


def largest_table(largest: pd.DataFrame) -> str:
    rows = [[r["metric"], format_quantity(r["value"], r["value_high"], r["qualifier"], r["unit"]),
             r["object"], r["subject"], _fact_place(r), r["period"], r["sentence"], r["doc"]]
            for r in largest.to_dict("records")]
    return html_table(["metric", "figure", "what", "who", "where", "period", "sentence", "source"], rows)


def planned_table(planned: pd.DataFrame, count: int) -> str:
    if planned.empty:
        return "<p>No planned figures.</p>"
    rows = [[r["metric"], format_quantity(r["value"], r["value_high"], r["qualifier"], r["unit"]),
             r["object"], r["subject"], _fact_place(r), r["sentence"], r["doc"]]
            for r in planned.to_dict("records")]
    more = count - len(planned)
    tail = (f"<p class=note>Showing the {PLANNED_PER_METRIC} largest of each metric: {len(planned)} of "
            f"{count} planned figures.</p>") if more > 0 else ""
    return html_table(["metric", "target", "what", "who", "where", "sentence", "source"], rows) + tail


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


def unmapped_table(shown: pd.DataFrame, texts: dict[str, str], count: int) -> str:
    rows = [[format_quantity(r["value"], r.get("value_high"), r.get("qualifier"), r.get("unit")),
             _context(texts, r), r["doc"]] for r in shown.to_dict("records")]
    more = count - len(shown)
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


def checks_section(checks: list[dict] | None, data: ReportData) -> str:
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
    if data.statuses:
        parts.append("<p>Documents: " + ", ".join(f"{_e(s)} {n}" for s, n in data.statuses) + ".</p>")
    quarantined = data.counts.get("quarantine", 0)
    if quarantined == 0:
        parts.append("<p>Quarantine: empty — every input was processed.</p>")
    else:
        rows = [[r.get("doc"), r.get("stage"), r.get("reason")] for r in data.quarantine.to_dict("records")]
        more = quarantined - len(rows)
        tail = f"<p class=note>Showing {len(rows)} of {quarantined}.</p>" if more > 0 else ""
        parts.append("<h3>Quarantined inputs</h3>" + html_table(["document", "stage", "reason"], rows) + tail)
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


def build_report(data: ReportData, checks: list[dict] | None = None) -> str:
    """The whole report as one HTML string: no server, no network, no script."""
    describe = metric_descriptions()
    counts = data.counts
    summary = (f"{counts.get('documents', 0)} document(s), {counts.get('articles', 0)} article unit(s), "
               f"{counts.get('mentions', 0)} quantities, {counts.get('facts', 0)} metric facts, "
               f"{counts.get('quarantine', 0)} quarantined. Built {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC.")
    sections = [f"<h1>Union metrics report</h1><p class=meta>{_e(summary)}</p>",
                '<nav><a href="#regions">By region</a><a href="#time">Over time</a><a href="#largest">'
                'Largest figures</a><a href="#planned">Planned</a><a href="#unmapped">Unmapped quantities</a>'
                '<a href="#checks">Data quality</a></nav>', LEGEND]

    has_facts = counts.get("facts", 0) > 0
    if not has_facts:
        sections.append('<h2 id="regions">Metrics by province and city</h2><p>No metric facts.</p>')
        time_html = "<p>No metric facts.</p>"
    else:
        sections.append('<h2 id="regions">Metrics by province and city</h2><div class="charts">'
                        + "".join(region_charts(data, describe)) + "</div>")
        charts, unordered, periods = time_charts(data, describe)
        time_html = ('<div class="charts">' + "".join(charts) + "</div>") if charts else \
            "<p>No metric has figures for two or more periods that can be ordered.</p>"
        if unordered:
            time_html += (f"<p class=note>{unordered} fact(s) have a period that cannot be placed in time: "
                          f"{_e(', '.join(periods))}.</p>")
    sections.append(f'<h2 id="time">Figures over time</h2>{time_html}')

    if has_facts:
        sections.append(f'<h2 id="largest">Largest figures</h2><p class=note>The {LARGEST_PER_METRIC} largest '
                        f'achieved figures of each metric and unit, with the sentence that states them.</p>'
                        + largest_table(data.largest))
        sections.append('<h2 id="planned">Planned figures and targets</h2>'
                        + planned_table(data.planned, data.planned_count))

    mentions = counts.get("mentions", 0)
    if mentions == 0:
        sections.append('<h2 id="unmapped">Quantities not mapped to any metric</h2><p>No quantities.</p>')
    else:
        unmapped = data.unmapped_count
        share = f"{unmapped} of {mentions} quantities are in no metric fact."
        sections.append(f'<h2 id="unmapped">Quantities not mapped to any metric</h2><p>{_e(share)}</p>'
                        + (unmapped_chart(data) + unmapped_table(data.unmapped_shown, data.texts, unmapped)
                           if unmapped else ""))

    sections.append('<h2 id="checks">Data-quality checks</h2>' + checks_section(checks, data))
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>Union metrics report</title><style>{STYLE}</style></head><body>"
            + "".join(sections) + "</body></html>")


def write_report(warehouse_dir: str | Path, checks: list[dict] | None = None) -> Path:
    """Summarize the warehouse, write ``report.html`` beside its tables, return its path."""
    from pipelines.warehouse import Warehouse

    target = Path(warehouse_dir) / "report.html"
    target.write_text(build_report(summarize_warehouse(Warehouse(str(warehouse_dir))), checks), encoding="utf-8")
    return target
