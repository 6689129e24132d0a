"""The analysts' report: self-contained HTML whose figures read with their qualifiers and units.

Built from small tables we write here; the places, unions and figures are ours.
"""
from __future__ import annotations

import re

import pandas as pd
import pytest

from pipelines.report import (
    MAX_BARS,
    UNMAPPED_SHOWN,
    build_report,
    format_quantity,
    format_total,
    period_order,
    place_label,
    summarize_tables,
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


TABLES = {"facts": FACTS, "mentions": MENTIONS, "documents": DOCUMENTS, "quarantine": QUARANTINE,
          "articles": pd.DataFrame()}


def report_of(tables: dict[str, pd.DataFrame], checks=None) -> str:
    """The page as the pipeline builds it: tables aggregated (by the same
    queries the warehouse is summarized with), then drawn."""
    return build_report(summarize_tables(tables), checks)


@pytest.fixture(scope="module")
def page() -> str:
    return report_of(TABLES, CHECKS)


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
    gaps = summarize_tables(TABLES).unmapped_shown
    assert list(gaps["surface"]) == ["二十多年"]


def test_check_results_are_listed_failures_first(page: str):
    checks = page.split('id="checks"')[1]
    assert "1</b> passed, <b>1</b> warning(s), <b>1</b> failed" in checks
    assert checks.index("spans_inside_document") < checks.index("value_le_value_high") < checks.index("metric_in_taxonomy")


def test_quarantine_is_listed(page: str):
    assert "bad.bin" in page.split('id="checks"')[1] and "not text" in page


def test_page_builds_from_empty_tables():
    page = report_of({})
    assert page.startswith("<!DOCTYPE html>") and "No metric facts." in page and "No check results" in page


def test_user_text_is_escaped():
    evil = FACTS.assign(sentence="<script>alert(1)</script>", object="<b>x</b>")
    page = report_of({"facts": evil})
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_rates_are_charted_one_by_one_never_summed(page: str):
    charts = "".join(re.findall(r"<svg.*?</svg>", page, re.S))
    assert "96.8%" in charts and "85%" in charts and "181.8%" not in charts


# --- the page shows what an analyst can read: long lists are cut, and say so -----------

CITIES = [f"{name}市" for name in "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒"]


def _many_places(n: int) -> pd.DataFrame:
    # value 100 + i in a city of its own: the n - 24 smallest go to "other places"
    return pd.DataFrame([fact("members_recruited", 100 + i, "人", province="河南省", city=CITIES[i], start=10 * i)
                         for i in range(n)])


def _many_rates(n: int) -> pd.DataFrame:
    # 50 + i percent, the smallest stated as "more than": the summed rest is open-ended
    return pd.DataFrame([fact("rate", 50 + i, "%", "more_than" if i == 0 else "exact", province="河南省",
                              city=CITIES[i], start=10 * i, obj="入会率") for i in range(n)])


def _many_unmapped(n: int) -> pd.DataFrame:
    return pd.DataFrame([dict(doc="p1.txt", doc_id="d1", article_id="a1", surface=f"{i}天", value=float(i),
                              value_high=None, qualifier="exact", unit="天", char_start=200 + 3 * i,
                              char_end=202 + 3 * i) for i in range(n)])


def _many_planned(n: int) -> pd.DataFrame:
    return pd.DataFrame([fact("stations", 10 + i, "处", planned=True, start=10 * i, sentence=f"计划新建{10 + i}处")
                         for i in range(n)])


def _many_quarantined(n: int) -> pd.DataFrame:
    return pd.DataFrame([dict(doc=f"bad{i}.bin", doc_id=f"q{i}", path=f"/x/bad{i}.bin", stage="decode",
                              reason="not text") for i in range(n)])


CUT_LISTS = [
    ("places_past_max_bars_are_summed", {"facts": _many_places(MAX_BARS + 5)},
     ["6 other places", "615 人"]),
    ("rates_past_max_bars_summed_from_totals", {"facts": _many_rates(MAX_BARS + 5)},
     ["6 other places", "≥315%"]),
    ("unmapped_rows_past_the_limit", {"facts": FACTS, "mentions": _many_unmapped(UNMAPPED_SHOWN + 10)},
     [f"{UNMAPPED_SHOWN + 10} of {UNMAPPED_SHOWN + 10} quantities", "…and 10 more."]),
    ("planned_past_the_limit", {"facts": _many_planned(25)},
     ["20 of 25 planned figures", "计划新建34处"]),
    ("quarantine_past_the_limit", {"quarantine": _many_quarantined(205)}, ["Showing 200 of 205."]),
]


@pytest.mark.parametrize("tables,expected", [c[1:] for c in CUT_LISTS], ids=[c[0] for c in CUT_LISTS])
def test_long_lists_are_cut_and_say_so(tables, expected):
    page = report_of(tables)
    assert [text for text in expected if text not in page] == []


def test_planned_list_keeps_the_largest():
    planned = report_of({"facts": _many_planned(25)}).split('id="planned"')[1]
    assert "计划新建34处" in planned and "计划新建14处" not in planned


def test_one_place_named_two_ways_is_one_bar_counting_each_document_once():
    facts = pd.DataFrame([fact("disputes_mediated", 12, "起", province="重庆市", city="重庆市"),
                          fact("disputes_mediated", 30, "起", province=None, city="重庆市", doc="p2.txt", start=40),
                          fact("disputes_mediated", 8, "起", province=None, city="重庆市", doc="p2.txt", start=80)])
    page = report_of({"facts": facts})
    assert "重庆市: 50 起 — 3 fact(s) of" in page and "from 2 document(s)" in page


# --- the same figures from the warehouse's files ------------------------------------------


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    from pipelines.warehouse import Warehouse

    wh = Warehouse(str(tmp_path_factory.mktemp("warehouse")))
    for name, frame in TABLES.items():
        if len(frame):
            wh.write_partition(name, "2026-01-02-030405", frame)
    return wh


def _undated(page: str) -> str:
    return re.sub(r"Built [\d-]+ [\d:]+ UTC", "Built …", page)


def test_warehouse_report_is_the_report_of_its_tables(warehouse, page: str):
    from pipelines.report import summarize_warehouse

    assert _undated(build_report(summarize_warehouse(warehouse), CHECKS)) == _undated(page)


def test_warehouse_metric_summary_is_the_summary_of_its_facts(warehouse):
    from pipelines.processing import metric_summary, warehouse_metric_summary

    pd.testing.assert_frame_equal(warehouse_metric_summary(warehouse), metric_summary(FACTS))
