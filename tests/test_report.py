"""The analysts' report: self-contained HTML whose figures read with their qualifiers and units.

Built from small tables we write here; the places, unions and figures are ours.
"""
from __future__ import annotations

import re

import pandas as pd
import pytest

from pipelines.report import (
    build_report,
    format_quantity,
    format_total,
    period_order,
    place_label,
    unmapped_mentions,
)

DOC_TEXT = ("今年以来,涪城区总工会发展新会员1200余名,调解劳动纠纷38起。"
            "2024年,该区总工会调解劳动纠纷25起。区总工会计划新建驿站15处。"
            "今年52岁的老周在外打工已有二十多年。")


def fact(metric, value, unit, qualifier="exact", value_high=None, province="四川省", city="绵阳市",
         period="今年以来", planned=False, doc="p1.txt", start=0, sentence="", obj="", subject="涪城区总工会"):
    return dict(doc=doc, doc_id="d1" if doc == "p1.txt" else "d2", article_id="a1", metric=metric,
                value=float(value), value_high=value_high, qualifier=qualifier, unit=unit, surface=str(value),
                object=obj, subject=subject, province=province, city=city, district=None, period=period,
                planned=planned, sentence=sentence, char_start=start, char_end=start + 4)


FACTS = pd.DataFrame([
    fact("members_recruited", 1200, "人", "more_than", start=17, sentence="发展新会员1200余名", obj="新会员"),
    fact("disputes_mediated", 38, "起", start=31, sentence="调解劳动纠纷38起", obj="劳动纠纷"),
    fact("disputes_mediated", 25, "起", period="2024年", start=50, sentence="调解劳动纠纷25起", obj="劳动纠纷"),
    fact("disputes_mediated", 150, "起", "more_than", province="福建省", city="泉州市", doc="p2.txt", start=5),
    fact("stations", 15, "处", planned=True, period=None, start=64, sentence="计划新建驿站15处", obj="驿站"),
    fact("staff_volunteers", 20, "人", "several", value_high=90.0, province="重庆市", city="重庆市", start=80),
    fact("rate", 96.8, "%", start=95, obj="办结率"),
    fact("rate", 85, "%", start=99, obj="覆盖率"),
    fact("participants", 600, "人次", "approx", province=None, city=None, period="近年来", start=90),
])

MENTIONS = pd.DataFrame([
    dict(doc="p1.txt", doc_id="d1", article_id="a1", surface=s, value=v, value_high=None, qualifier=q, unit=u,
         char_start=a, char_end=b)
    for s, v, q, u, a, b in [
        ("1200余名", 1200.0, "more_than", "人", 17, 21), ("38起", 38.0, "exact", "起", 31, 35),
        ("二十多年", 20.0, "more_than", "年", DOC_TEXT.index("二十多年"), DOC_TEXT.index("二十多年") + 4),
    ]
])
DOCUMENTS = pd.DataFrame([dict(doc="p1.txt", doc_id="d1", path="/x/p1.txt", encoding="utf-8", bytes=300,
                               chars=len(DOC_TEXT), status="ok", reason=None, text=DOC_TEXT),
                          dict(doc="bad.bin", doc_id="d9", path="/x/bad.bin", encoding=None, bytes=10, chars=0,
                               status="quarantined", reason="not text", text=None)])
QUARANTINE = pd.DataFrame([dict(doc="bad.bin", doc_id="d9", path="/x/bad.bin", stage="decode", reason="not text")])
CHECKS = [
    dict(table="facts", check="metric_in_taxonomy", passed=True, severity="ERROR", violations=0,
         description="metric is one of the allowed values"),
    dict(table="mentions", check="spans_inside_document", passed=False, severity="ERROR", violations=2,
         description="0 ≤ char_start < char_end ≤ the document's length"),
    dict(asset="facts", check_name="value_le_value_high", passed=False, severity="WARN", violations=1),
]


@pytest.fixture(scope="module")
def page() -> str:
    return build_report({"facts": FACTS, "mentions": MENTIONS, "documents": DOCUMENTS,
                         "quarantine": QUARANTINE, "articles": pd.DataFrame()}, CHECKS)


# --- a figure reads with its qualifier and unit ------------------------------------

ONE_FIGURE = [
    ("exact", (38, None, "exact", "起"), "38 起"),
    ("more_than_as_plus", (1200, None, "more_than", "人"), "1,200+ 人"),
    ("at_least", (100000, None, "at_least", "人次"), "≥100,000 人次"),
    ("approx", (600, None, "approx", "人次"), "≈600 人次"),
    ("nearly_is_about", (100, None, "nearly", "场"), "≈100 场"),
    ("at_most", (500, None, "at_most", "米"), "≤500 米"),
    ("range", (2, 3, "range", "天"), "2–3 天"),
    ("vague_count_as_range", (20, 90, "several", "人"), "20–90 人"),
    ("percent_without_space", (96.8, None, "exact", "%"), "96.8%"),
    ("money_in_wan", (3265000, None, "exact", "元"), "326.5万 元"),
    ("money_in_yi", (510000000000, None, "exact", "元"), "5,100亿 元"),
    ("money_range", (500, 2000, "range", "元"), "500–2,000 元"),
    ("null_qualifier_is_exact", (7, None, None, "个"), "7 个"),
]


@pytest.mark.parametrize("args,expected", [c[1:] for c in ONE_FIGURE], ids=[c[0] for c in ONE_FIGURE])
def test_format_quantity(args, expected):
    assert format_quantity(*args) == expected


SUMS = [
    ("exact_parts", ([38, 25], [None, None], ["exact"], "起"), "63 起"),
    ("a_more_than_part_makes_more_than", ([38, 150], [None, None], ["exact", "more_than"], "起"), "188+ 起"),
    ("an_at_least_part_makes_a_bound", ([10, 100], [None, None], ["exact", "at_least"], "场"), "≥110 场"),
    ("an_approx_part_makes_approx", ([10, 600], [None, None], ["exact", "approx"], "人次"), "≈610 人次"),
    ("opposite_directions_are_approx", ([10, 100], [None, None], ["more_than", "nearly"], "场"), "≈110 场"),
    ("ranges_add_up", ([2, 10], [3, None], ["range", "exact"], "天"), "12–13 天"),
]


@pytest.mark.parametrize("args,expected", [c[1:] for c in SUMS], ids=[c[0] for c in SUMS])
def test_format_total(args, expected):
    assert format_total(*args) == expected


PLACES = [
    ("province_and_city", ("四川省", "绵阳市"), "四川省 · 绵阳市"),
    ("municipality_once", ("重庆市", "重庆市"), "重庆市"),
    ("province_only", ("福建省", None), "福建省 · 全省"),
    ("nothing", (None, float("nan")), "no place named"),
]


@pytest.mark.parametrize("args,expected", [c[1:] for c in PLACES], ids=[c[0] for c in PLACES])
def test_place_label(args, expected):
    assert place_label(*args) == expected


PERIOD_ORDER = [
    ("year_before_relative", "2024年", "今年以来"),
    ("earlier_year_first", "2023年", "2024年上半年"),
    ("last_year_before_this_year", "去年", "今年以来"),
    ("this_year_before_to_date", "今年上半年", "截至目前"),
]


@pytest.mark.parametrize("earlier,later", [c[1:] for c in PERIOD_ORDER], ids=[c[0] for c in PERIOD_ORDER])
def test_period_order(earlier, later):
    assert period_order(earlier) < period_order(later)


UNORDERABLE_PERIODS = ["近年来", "截至7月底", None, ""]


@pytest.mark.parametrize("period", UNORDERABLE_PERIODS, ids=repr)
def test_period_that_cannot_be_ordered(period):
    assert period_order(period) is None


# --- the page ---------------------------------------------------------------------------


def test_page_is_self_contained(page: str):
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "http://" not in page and "https://" not in page
    assert "<script" not in page and "@import" not in page and "url(" not in page


def test_page_has_at_least_three_charts(page: str):
    assert page.count("<svg") >= 3


def test_each_chart_says_its_unit_and_what_was_counted(page: str):
    captions = re.findall(r"<figcaption>(.*?)</figcaption>", page, re.S)
    assert captions and all("Unit:" in c and "Counted:" in c for c in captions)


SHOWN_FIGURES = [
    ("more_than_as_plus", "1,200+ 人"),
    ("sum_across_places_by_unit", "38 起"),
    ("range_of_a_vague_count", "20–90 人"),
    ("approx", "≈600 人次"),
    ("planned_target_listed", "15 处"),
    ("unmapped_quantity", "20+ 年"),
]


@pytest.mark.parametrize("text", [c[1] for c in SHOWN_FIGURES], ids=[c[0] for c in SHOWN_FIGURES])
def test_page_shows_figure(page: str, text: str):
    assert text in page


def test_planned_figure_is_not_charted_with_achieved_ones(page: str):
    charts = "".join(re.findall(r"<svg.*?</svg>", page, re.S))
    assert "15 处" not in charts
    assert "计划新建驿站15处" in page.split('id="planned"')[1]


def test_time_chart_orders_the_year_before_the_relative_period(page: str):
    time = page.split('id="time"')[1].split('id="largest"')[0]
    assert "<svg" in time
    assert time.index("2024年") < time.index("今年以来")


def test_period_that_cannot_be_ordered_is_named(page: str):
    assert "近年来" in page.split('id="time"')[1].split('id="largest"')[0]


def test_largest_figures_carry_sentence_and_source(page: str):
    largest = page.split('id="largest"')[1].split('id="planned"')[0]
    assert "发展新会员1200余名" in largest and "p1.txt" in largest


def test_unmapped_quantity_is_shown_in_context(page: str):
    unmapped = page.split('id="unmapped"')[1].split('id="checks"')[0]
    assert "<mark>二十多年</mark>" in unmapped
    assert "1 of 3 quantities" in unmapped


def test_unmapped_mentions_are_those_no_fact_uses():
    gaps = unmapped_mentions(MENTIONS, FACTS)
    assert list(gaps["surface"]) == ["二十多年"]


def test_check_results_are_listed_failures_first(page: str):
    checks = page.split('id="checks"')[1]
    assert "1</b> passed, <b>1</b> warning(s), <b>1</b> failed" in checks
    assert checks.index("spans_inside_document") < checks.index("value_le_value_high") < checks.index("metric_in_taxonomy")


def test_quarantine_is_listed(page: str):
    assert "bad.bin" in page.split('id="checks"')[1] and "not text" in page


def test_page_builds_from_empty_tables():
    page = build_report({}, None)
    assert page.startswith("<!DOCTYPE html>") and "No metric facts." in page and "No check results" in page


def test_user_text_is_escaped():
    evil = FACTS.assign(sentence="<script>alert(1)</script>", object="<b>x</b>")
    page = build_report({"facts": evil}, None)
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_rates_are_charted_one_by_one_never_summed(page: str):
    charts = "".join(re.findall(r"<svg.*?</svg>", page, re.S))
    assert "96.8%" in charts and "85%" in charts and "181.8%" not in charts
