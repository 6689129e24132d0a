"""repair_text: normalization, soft wraps, layout repeats, and the offset map."""
from __future__ import annotations

import pytest

from extractors.repair import (
    ends_mid_number,
    ends_sentence,
    is_unfinished,
    looks_like_headline,
    repair_text,
    split_blocks,
)

NORMALIZATION = [
    pytest.param("甲乙。\r\n\r\n丙丁。", "甲乙。\n\n丙丁。", id="crlf"),
    pytest.param("甲乙。\r\r丙丁。", "甲乙。\n\n丙丁。", id="lone-cr"),
    pytest.param("\u3000\u3000职工\u00a0书屋12家。", "职工 书屋12家。", id="indent-and-nbsp"),
    pytest.param("职工\u200b书屋。\ufeff", "职工书屋。", id="zero-width"),
    pytest.param("甲。  \n\n\n\n\n乙。", "甲。\n\n\n乙。", id="blank-run-becomes-box-break"),
    pytest.param("\n\n\n甲。\n\n", "甲。", id="page-edges"),
    pytest.param("覆盖职工2万余人次,\n为企业解决难题30个。", "覆盖职工2万余人次,为企业解决难题30个。",
                 id="soft-wrap-inside-paragraph"),
    pytest.param("标题一行\n标题二行", "标题一行\n标题二行", id="stacked-headline-lines-stay"),
    pytest.param("来源：宜昌市总工会 发布时间：2025-11-03\n11月2日，宜昌市总工会举办职工运动会。",
                 "来源：宜昌市总工会 发布时间：2025-11-03\n11月2日，宜昌市总工会举办职工运动会。",
                 id="website-source-line-ending-on-a-date-stays"),
    pytest.param("作者：李红 来源：襄阳市总工会 发布时间：2025-11-03 10:20\n襄阳市总工会为职工送清凉。",
                 "作者：李红 来源：襄阳市总工会 发布时间：2025-11-03 10:20\n襄阳市总工会为职工送清凉。",
                 id="website-author-line-ending-on-a-time-stays"),
]


@pytest.mark.parametrize("raw, repaired", NORMALIZATION)
def test_normalization(raw, repaired):
    assert repair_text(raw).text == repaired


REPEATS = [
    pytest.param(
        "图片说明\n\n工会志愿者为环卫工人送去清凉物资。\n\n正文第一段。\n\n\n\n图片说明\n\n工会志愿者为环卫工人送去清凉物资。\n\n正文第二段。",
        ["图片说明", "工会志愿者为环卫工人送去清凉物资。", "正文第一段。", "正文第二段。"],
        id="caption-printed-twice",
    ),
    pytest.param(
        "兰州职工书屋建设提速\n\n正文说到一半,全市\n\n另一篇文章的段落。\n\n兰州职工书屋建设提速\n\n新建书屋45家。",
        ["兰州职工书屋建设提速", "正文说到一半,全市", "另一篇文章的段落。", "兰州职工书屋建设提速", "新建书屋45家。"],
        id="running-header-kept-as-jump-marker",
    ),
    pytest.param(
        "阅读提示\n\n摘要一。\n\n阅读提示\n\n摘要二。",
        ["阅读提示", "摘要一。", "阅读提示", "摘要二。"],
        id="layout-markers-are-not-repeats",
    ),
]


@pytest.mark.parametrize("raw, blocks", REPEATS)
def test_layout_repeats(raw, blocks):
    assert [b.text.text for b in split_blocks(repair_text(raw))] == blocks


@pytest.mark.parametrize("raw", [
    pytest.param("甲乙。\r\n\r\n\u3000丙丁。\n\n\n\n\n戊己。", id="mixed"),
    pytest.param("重复段落一二三。\n\n中间。\n\n重复段落一二三。\n\n结尾。", id="with-repeat"),
])
def test_offsets_point_at_the_same_characters(raw):
    page = repair_text(raw)
    offsets = list(page.raw_offsets)
    assert all(a < b for a, b in zip(offsets, offsets[1:]))
    assert all(raw[o] == c for o, c in zip(offsets, page.text) if c not in "\n ")


GRAMMAR = [
    pytest.param("这些活动在各片区轮番上演,场场爆满。“单个社区人手紧,活动往", True, id="mid-word"),
    pytest.param("为此,区总工会构建起三级架构。在", True, id="before-a-number"),
    pytest.param("“一边是企业期待用好闲置资源实现经", True, id="unbalanced-quote"),
    pytest.param("暂别案头的忙碌,在晚会的暖光下,陌", True, id="two-commas"),
    pytest.param("同时,工会干部每周下沉企业,累计走访企业130余家", True, id="ends-with-number-unit"),
    pytest.param("驿站辐射面积达4.", True, id="cut-at-a-decimal-point"),
    pytest.param("工会建在园区", False, id="subheading"),
    pytest.param("## 资源全域共享", False, id="markdown-subheading"),
    pytest.param("职工满意度达98%。", False, id="finished"),
    pytest.param("他说:“我们会继续努力。”", False, id="finished-in-quotes"),
    pytest.param("永宁县职工90名参赛。（马丽）", False, id="finished-and-signed"),
    pytest.param("近日，县总工会联合人社局，在（县就业服务中心）", True, id="a-bracket-inside-a-sentence-is-no-signature"),
]


@pytest.mark.parametrize("text, unfinished", GRAMMAR)
def test_unfinished_sentence(text, unfinished):
    assert is_unfinished(text) is unfinished


@pytest.mark.parametrize("line, headline", [
    pytest.param("当职工夜校开始教短视频剪辑……", True, id="ellipsis-title"),
    pytest.param("一所夜校,为什么要办运动会?", True, id="question-title"),
    pytest.param("贵阳市总工会推进“八有”服务,实现从“送温暖”到“共成长”——", True, id="kicker"),
    pytest.param("全年共接待职工超2000人次。", False, id="sentence"),
    pytest.param("新入职的职工中,有36人受到表彰,其中女职工,占比超过", False, id="three-clause-commas"),
])
def test_headline_shape(line, headline):
    assert looks_like_headline(line) is headline


def test_sentence_end():
    assert ends_sentence("完成。”") and not ends_sentence("完成")


# A block cut inside a quantity (a blank line between a number and its
# measure word): the next block completes it, whatever the first looks like.
CUT_QUANTITIES = [
    pytest.param("覆盖全镇的两", "万名职工。", True, id="chinese-numeral-then-scale"),
    pytest.param("参与职工三十", "余人次。", True, id="chinese-numeral-then-more"),
    pytest.param("累计建成驿站四", "处，服务职工。", True, id="chinese-numeral-then-measure-word"),
    pytest.param("服务点覆盖面积4.44平方", "公里。", True, id="digits-inside-a-measure-word"),
    pytest.param("2026年6月3日 星期三", "市州工会 02", False, id="weekday-is-no-number"),
    pytest.param("一座钢城的技术队伍", "本报讯 记者获悉", False, id="banker-numeral-ends-a-word"),
    pytest.param("普惠服务惠及职工超十万", "本报讯 今年以来", False, id="headline-over-a-lead"),
    pytest.param("欢度五一", "名师讲堂开课", False, id="yi-ends-a-headline"),
]


@pytest.mark.parametrize("text, following, cut", CUT_QUANTITIES)
def test_ends_mid_number(text, following, cut):
    assert ends_mid_number(text, following) is cut
