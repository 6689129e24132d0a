"""segment_page on pages we wrote ourselves, one artifact of the layout per case.

The pages in tests/pages/ imitate the newspaper layout (markdown or plain
headings, kickers, bylines, captions, tables of contents, interleaving) with
our own regions, unions and figures.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.records import Article
from extractors.repair import normalize, repair_text, split_blocks
from extractors.segment import segment_page
from extractors.segment.block_kinds import classify

PAGES = Path(__file__).parent / "pages"


def units(page: str) -> list[Article]:
    return segment_page(repair_text((PAGES / f"{page}.txt").read_text(encoding="utf-8")))


def unit_titled(page: str, title: str | None, first: str = "") -> Article:
    return next(u for u in units(page) if u.title == title and u.body.startswith(first))


HEADLINES = [
    # page, title, kind, subtitle, byline
    pytest.param("markdown_page", "园区里的工会驿站", "article", "贵阳市总工会探索“园区协同”服务职工新模式",
                 "本报记者 陈晓 本报通讯员 吴敏", id="markdown-title-under-deck"),
    pytest.param("markdown_page", "遵义举办职工篮球联赛", "article", None, "本报遵义5月20日电(记者周强)",
                 id="dateline-byline"),
    pytest.param("plain_page", "厦门工会书香进园区 1.5万名职工受益", "article", "【基层动态】关键词:职工书屋;阅读推广",
                 "（《海峡工人报》记者林芳）", id="section-tag-and-outlet-byline"),
    pytest.param("plain_page", "心理驿站开到车间旁", "article", "福州市总工会持续推进职工心理关爱服务——",
                 "本报记者 黄磊", id="kicker-with-dash-over-title"),
    pytest.param("plain_page", "免费理发", "caption", None, "本报通讯员 郑华 摄", id="caption-with-headline-and-credit"),
    pytest.param("plain_page", "《福建工运》2025年第5期", "toc", None, None, id="table-of-contents"),
    pytest.param("interleaved_complete_page", "写字楼里的工会小家", "article", "南昌新建区工会推动楼宇工会组建,用服务“聚”职工",
                 "本报讯（记者刘洋）", id="deck-and-title-on-one-line"),
    # author lines and decks of other outlets
    pytest.param("author_lines_page", "“铁路工匠”的三十年", "article", "——记南昌铁路局某机务段工会主席、省劳动模范曾建平",
                 "本报记者 冯 涛", id="dash-deck-under-title-and-spaced-name-byline"),
    pytest.param("author_lines_page", "让职工议事会真正议起来", "article", "【工会论坛】", "江西省总工会法律工作部 吴凡",
                 id="department-and-name-author-line"),
    pytest.param("author_lines_page", "小站里的大温暖", "article", None, "■ 林 川", id="filled-square-spaced-author"),
    pytest.param("author_lines_page", "莫让“好心办坏事”", "article", None, "□ 周 平", id="hollow-square-spaced-author"),
    # a WeChat-style digest: each ▌ item an article (the marker is layout, not
    # title), its header not one
    pytest.param("wechat_digest_page", "萍乡市总工会启动“金秋助学”活动", "article", None, None, id="digest-item"),
    pytest.param("wechat_digest_page", "新余：职工疗休养基地新增5家", "article", None, None,
                 id="digest-item-title-on-the-line-above-its-text"),
    # a WeChat post: the post line (原创 + account + time) under the title is
    # neither title nor text
    pytest.param("wechat_single_post_page", "萍乡工会为新就业形态劳动者建起“爱心驿站”", "article", None, None,
                 id="post-line-under-a-title"),
    # a Q&A interview: its title in straight quotes under a ——对话… deck, the
    # byline (an outlet's reporter) on the line under the title
    pytest.param("interview_page", '"让每一名新就业形态劳动者都能找到\'家\'"', "article", "——对话赣州市总工会党组书记王建华",
                 "赣南日报全媒记者 钟 鸣 通讯员 曾 莉", id="interview-title-under-a-dialogue-deck"),
    # briefs: the column header is no title; names in brackets close an item
    pytest.param("briefs_column_page", "南丰县总工会举办职工插花比赛", "article", "工会简讯", "（李 娟）",
                 id="first-brief-under-the-column-header"),
    pytest.param("briefs_column_page", "宜黄县工会开展劳动法律宣传", "article", None, "（周 强 吴丽华）",
                 id="brief-closed-by-names-in-brackets"),
    # a tagged commentary's writer as a bare name under its title
    pytest.param("tagged_regions_page", "技能竞赛贵在常态", "article", "【短评】", "吴文斌", id="bare-name-under-a-tagged-commentary"),
    pytest.param("photo_story_page", "风雨桥边的“暖心点”", "caption", None, "（通讯员 吴明芳 摄）", id="caption-closed-by-a-bracketed-credit"),
    # profiles without a byline
    pytest.param("profile_page", "守护长江岸线的“老船长”", "article", "——记九江港务集团拖轮船长刘国栋", None,
                 id="profile-with-a-deck"),
    pytest.param("profile_page", "车间里的“点子大王”", "article", "一名数控工人的20项技术革新", None,
                 id="profile-with-a-two-line-head"),
    # heads whose deck gives the news's count in figures: on one line with its
    # title (spaced) the line is one title; on a line of its own, under or over
    # the title, it is the deck
    pytest.param("figures_deck_page", "湘潭市第五届职工运动会闭幕 2600余名职工同场竞技", "article", None,
                 "本报湘潭6月3日讯（记者 谭志远 通讯员 曾晓燕）", id="title-and-count-on-one-line"),
    pytest.param("figures_deck_page", "株洲产业工人技能提升行动提速", "article", "今年前5个月培训职工1.2万人次，同比增长18%",
                 "本报讯（记者 易红梅）", id="count-deck-under-its-title"),
    # no count: a line naming a union as its subject is the factual kicker
    pytest.param("figures_deck_page", "路口边的“歇脚站”", "article", "郴州市总工会推进户外劳动者服务站点建设",
                 "本报记者 邓丽君", id="union-kicker-over-title-without-count"),
    # a kicker listing the news's items in comma-split phrases, over a title
    # naming a union; a 、-list of objects is one clause, a title
    pytest.param("figures_deck_page", "衡阳市总工会推出职工文化宣传系列作品", "article", "短视频讲工运,沙画展新貌,快板唱工匠",
                 "本报讯（记者 周敏）", id="comma-list-kicker-over-union-title"),
    pytest.param("figures_deck_page", "食堂、宿舍、浴室都换了新", "article", "益阳一纺织企业工会为职工办实事",
                 "本报讯（通讯员 汤丽）", id="enumeration-title-under-its-kicker"),
    # a transliterated name in a byline (parts joined by a middle dot) is a
    # name, not a title
    pytest.param("transliterated_byline_page", "牧区职工有了“流动书屋”", "article", None,
                 "本报记者 努尔兰·哈力别克 通讯员 王春燕", id="transliterated-name-with-another-in-a-byline"),
    pytest.param("transliterated_byline_page", "高原电网上的“守护者”", "article", None, "本报记者 次仁·多吉",
                 id="transliterated-name-alone-in-a-byline"),
    pytest.param("table_box_page", "桂林：技能大赛决出48名能手", "article", None, "本报讯（记者 莫晓云）",
                 id="headline-after-a-table-and-its-source-note"),
    # short plain news items after an article: a dated lead opens an item
    pytest.param("briefs_page", "鹰潭举办职工书法作品展", "article", None, None, id="brief-with-date-lead"),
    pytest.param("briefs_page", "景德镇陶瓷行业工会开展技能培训", "article", None, None, id="brief-with-jinri-lead"),
    # boxes and captions glued to their neighbours (no blank line between)
    pytest.param("glued_box_and_captions_page", "【链接】酒泉市产业工人队伍建设改革", "article", None, None,
                 id="tagged-box-title-on-the-line-above-its-text"),
    pytest.param("glued_box_and_captions_page", "焊花里的青春", "caption", None, "本报记者 王 磊 摄",
                 id="caption-head-text-credit-inside-a-block"),
    pytest.param("glued_box_and_captions_page", "金塔县总工会建成户外劳动者驿站", "article", None, "本报讯（记者 赵 敏）",
                 id="the-title-under-a-credit-line-is-no-part-of-the-caption"),
]


@pytest.mark.parametrize("page, title, kind, subtitle, byline", HEADLINES)
def test_headline_groups(page, title, kind, subtitle, byline):
    unit = unit_titled(page, title)
    assert (unit.kind, unit.subtitle, unit.byline) == (kind, subtitle, byline)


def test_dateline_place_and_date():
    unit = unit_titled("markdown_page", "遵义举办职工篮球联赛")
    assert (unit.dateline_place, unit.dateline_date) == ("遵义", "5月20日")
    assert unit.body.startswith("今天,遵义市")


BODY_TEXT = [
    # page, title, text the body must contain (a break repaired or a fragment stitched)
    # a table under its 【数据表】 label is a box of the article it stands in:
    # its rows and source note stay there, its last row is no title
    pytest.param("table_box_page", "柳州工会年度服务清单出炉", "职工心理咨询室 19处", id="labelled-table-stays-in-its-article"),
    pytest.param("table_box_page", "柳州工会年度服务清单出炉", "（数据来源：柳州市总工会）", id="table-source-note-is-end-matter"),
    pytest.param("markdown_page", "园区里的工会驿站", "共办。在17个产业园区中", id="break-before-a-number"),
    pytest.param("markdown_page", "园区里的工会驿站", "组织活动往往一呼百应", id="mid-word-break"),
    pytest.param("markdown_page", "园区里的工会驿站", "## 阵地共建共享", id="markdown-subheading-stays-in-article"),
    pytest.param("plain_page", "心理驿站开到车间旁", "让高温下的劳动者", id="break-across-blank-line"),
    pytest.param("plain_page", "厦门工会书香进园区 1.5万名职工受益", "◆相关链接", id="text-after-closing-byline"),
    pytest.param("interleaved_complete_page", "写字楼里的工会小家", "服务写字楼职工1800余人次",
                 id="interleaved-fragment-returns-to-its-article"),
    pytest.param("interleaved_complete_page", "九江职工技能大赛启动", "大赛覆盖全市各行业",
                 id="running-header-jump-continues-article"),
    pytest.param("interleaved_dangling_page", "九江职工技能大赛启动", "覆盖全市各行业",
                 id="dangling-fragment-after-interleave"),
    # a box of figures restates the article it stands in
    pytest.param("figures_box_page", "宜春工会“职工之家”建设提速", "一组数据\n●全市已建成“职工之家”612家\n●今年新建86家",
                 id="figures-box-after-the-text"),
    pytest.param("figures_box_page", "上饶开展职工运动会", "【数读】\n●设置项目16个", id="figures-box-in-brackets"),
]


@pytest.mark.parametrize("page, title, text", BODY_TEXT)
def test_body_text(page, title, text):
    assert text in unit_titled(page, title).body


NOT_IN_BODY = [
    pytest.param("interleaved_complete_page", "九江职工技能大赛启动", "长征路片区", id="foreign-fragment-moved-out"),
    pytest.param("interleaved_complete_page", "九江职工技能大赛启动", "九江职工技能大赛启动", id="running-header-dropped"),
    pytest.param("plain_page", "心理驿站开到车间旁", "送去清凉物资", id="caption-is-its-own-unit"),
    pytest.param("unoriginal_posts_page", "凯里市总工会为环卫工人送上春季体检", "2026年4月", id="post-line-account-writer-date"),
    pytest.param("unoriginal_posts_page", "从江县工会驿站新添“暖心药箱”", "黔东南工会", id="account-name-over-the-title"),
    pytest.param("glued_header_note_page", "保山市总工会开展职工技能比武", "滇西工人报",
                 id="dated-running-header-glued-under-the-last-paragraph"),
    pytest.param("glued_header_note_page", "比武场上见真章", "何敏", id="note-writer-alone-under-its-title"),
    # an article whose related links follow is over: a related item's
    # paragraphs stay with that item whatever words they share with it
    pytest.param("website_dated_related_items_page", "安康市总工会一季度维权服务工作回顾", "讨薪要跑好几趟法院",
                 id="related-item-paragraph-not-stitched-into-the-article-above-the-links"),
    pytest.param("website_dated_related_items_page", "旬阳市：劳动争议调解室开到园区", "2027-03-28",
                 id="related-item-posting-date-is-no-part-of-its-title-or-text"),
]


@pytest.mark.parametrize("page, title, text", NOT_IN_BODY)
def test_not_in_body(page, title, text):
    assert text not in unit_titled(page, title).body


UNTITLED_CAPTIONS = [
    pytest.param("plain_page", "园区工会为一线职工送去清凉物资。", id="single-sentence-under-box-break"),
    pytest.param("interleaved_complete_page", "职工志愿者走进社区开展义诊。", id="caption-between-fragments"),
]


@pytest.mark.parametrize("page, text", UNTITLED_CAPTIONS)
def test_untitled_captions(page, text):
    unit = unit_titled(page, None, text)
    assert unit.kind == "caption" and unit.body == text


CREDITED_UNTITLED_CAPTIONS = [
    # page, the caption's text, its credit: one short paragraph and a credit
    # line under it, a block of their own
    pytest.param("glued_box_and_captions_page", "瓜州县一家光伏企业的职工在检修组件。", "本报通讯员 马 兰 摄",
                 id="text-and-credit-after-an-article"),
]
INLINE_CREDITED_CAPTIONS = [
    # page, the caption's first words: one sentence and the credit run in
    # after a space, a block of its own before the running header
    pytest.param("figures_close_deck_page", "9月6日，梧州市一家机械企业", id="before-the-running-header"),
]


@pytest.mark.parametrize("page, first", INLINE_CREDITED_CAPTIONS)
def test_inline_credited_captions(page, first):
    unit = unit_titled(page, None, first)
    assert (unit.kind, unit.byline) == ("caption", "通讯员 黎明 摄")


def test_lead_byline_with_a_place_and_no_date_opens_an_article():
    unit = unit_titled("figures_close_deck_page", "鹿寨县总工会举办职工拔河赛")
    assert (unit.kind, unit.byline, unit.body[:4]) == ("article", "本报鹿寨讯（通讯员 莫晓丽）", "9月4日")


@pytest.mark.parametrize("page, text, credit", CREDITED_UNTITLED_CAPTIONS)
def test_credited_untitled_captions(page, text, credit):
    unit = unit_titled(page, None, text)
    assert (unit.kind, unit.byline, unit.body) == ("caption", credit, f"{text}\n{credit}")


@pytest.mark.parametrize("page", ["markdown_page", "plain_page", "interleaved_complete_page", "author_lines_page",
                                  "briefs_page", "wechat_digest_page", "wechat_post_page", "wechat_single_post_page",
                                  "briefs_column_page", "interview_page", "profile_page", "figures_box_page",
                                  "briefs_glued_heads_page", "glued_box_and_captions_page", "numbered_digest_page",
                                  "website_related_inline_page", "magazine_abstract_page",
                                  "wechat_numbered_sections_page", "website_related_articles_page",
                                  "wechat_account_posts_page", "glyph_briefs_page",
                                  "bullet_lines_column_page", "website_spaced_menu_related_items_page",
                                  "website_dated_related_items_page", "wechat_column_label_over_reports_page"])
def test_every_paragraph_lands_in_some_unit(page):
    raw = (PAGES / f"{page}.txt").read_text(encoding="utf-8")
    found = "".join("".join(u.text.text.split()) for u in units(page))
    for block in raw.split("\n\n"):
        block = "".join(block.split())  # repair turns ideographic spaces into ASCII ones
        if block:
            assert block in found or block.startswith(("九江职工技能大赛启动",))  # the dropped running header


def test_untitled_text_before_any_headline_is_kept():
    page = segment_page(repair_text("这是一段没有标题的文字,记录了职工30名。"))
    assert [(u.kind, u.body) for u in page] == [("article", "这是一段没有标题的文字,记录了职工30名。")]


def test_toc_entries_and_footer():
    toc = unit_titled("plain_page", "《福建工运》2025年第5期")
    assert toc.body.startswith("工会工作") and toc.body.endswith("全部目录")


UNIT_TITLES = [
    # page, the titles of all its units in page order: nothing else became a unit
    pytest.param("wechat_digest_page", ["萍乡市总工会启动“金秋助学”活动", "新余：职工疗休养基地新增5家", "宜春工会法律服务进园区"],
                 id="digest-header-and-staff-lines-are-no-units"),
    pytest.param("wechat_post_page", ["井冈山市总工会：“吉安工匠”评选结果揭晓", "永丰县：快递员集中入会"],
                 id="post-line-editors-note-figures-box-and-footer-are-no-units"),
    pytest.param("wechat_single_post_page", ["萍乡工会为新就业形态劳动者建起“爱心驿站”"], id="one-post-one-article"),
    pytest.param("wechat_numbered_sections_page", ["送清凉进百企！赣州市总工会“夏日守护”行动启动",
                                                   "工会动态丨南康区：家具工人“集中体检”", "工会动态丨信丰县：法律服务站挂牌"],
                 id="post-with-text-before-01-numbers-its-sections-account-line-is-head-column-bar-items-open-articles"),
    pytest.param("briefs_column_page", ["抚州工会为环卫工人送清凉", "南丰县总工会举办职工插花比赛", "黎川县总工会开展安全生产知识竞赛",
                                        "广昌县工会推进职工书屋建设", "崇仁县工会慰问一线医务人员", "宜黄县工会开展劳动法律宣传",
                                        "金溪县总工会为困难职工办理医疗互助"],
                 id="each-brief-of-a-column-is-an-article"),
    pytest.param("interview_page", ["赣州开展职工技能“比武”", '"让每一名新就业形态劳动者都能找到\'家\'"'],
                 id="interview-questions-are-no-titles"),
    pytest.param("profile_page", ["九江工会开展“金秋助学”", "守护长江岸线的“老船长”", "车间里的“点子大王”", "“焊花”映红青春路",
                                  "技能人才要“引得来”更要“留得住”", "他让老设备“开口说话”"],
                 id="profiles-after-an-article-a-subheading-in-a-profile-one-after-an-authors-affiliation"),
    pytest.param("figures_box_page", ["宜春工会“职工之家”建设提速", "上饶开展职工运动会"], id="figures-boxes-are-no-units"),
    pytest.param("briefs_short_note_page", [None, None, None],
                 id="under-a-column-label-most-bulleted-items-reporting-makes-each-an-article-a-short-one-too"),
    pytest.param("wechat_circled_items_page", ["今日推送", "全市工会“春风行动”送岗位进园区", "瑞金市：新建工会“建一家、活一家”",
                                               "会昌县：女职工权益专项检查走进车间"],
                 id="todays-list-is-a-contents-circled-digits-are-glyphs-a-source-line-under-a-title-no-title"),
    pytest.param("author_lines_page", ["“铁路工匠”的三十年", "让职工议事会真正议起来", "小站里的大温暖", "莫让“好心办坏事”"],
                 id="folio-and-author-lines-are-no-titles"),
    pytest.param("briefs_page", ["上饶工会为货车司机建起“暖心之家”", "鹰潭举办职工书法作品展", "景德镇陶瓷行业工会开展技能培训"],
                 id="briefs-after-an-article"),
    # a number alone on its line over the heading is no part of the title; one printed on the
    # heading's line is, as the page prints it (03｜…); the ▌ glyph never is
    pytest.param("numbered_post_digest_page", ["鱼峰区总工会：户外劳动者驿站新增12个", "柳南区：三百名职工岗位练兵",
                                               "03｜柳北区总工会：职工书屋配送新书2000册"],
                 id="two-digit-item-numbers-over-or-before-headings-mark-a-digests-items-its-post-head-no-unit"),
    pytest.param("circled_items_post_page", ["西峰区：环卫驿站添了热饭柜", "镇原县：职工书屋走进果品车间", "合水县：工会律师帮农民工讨回工钱"],
                 id="circled-digits-mark-a-posts-items-as-the-bar-glyph-does-even-over-a-quote-or-scene-lead"),
    pytest.param("post_digest_notes_page", ["万秀区：职工之家焕新开放 一个站点办好多件小事", "长洲区：快递行业集中入会 新发展会员210名",
                                            "藤县：女职工护理间增至28个"],
                 id="post-head-with-editors-note-and-notes-line-goes-to-the-first-item-colon-titles-stay-whole"),
    pytest.param("bullet_items_page", ["钦州港区总工会开展职工安全生产月活动", None, None, None, "工会简讯"],
                 id="bulleted-reports-of-a-column-are-untitled-articles-one-sentence-notes-stay-the-column"),
    pytest.param("numbered_digest_page", ["一、银川市总工会：外卖骑手有了15个“暖心驿站”", "二、吴忠市五百余名餐饮职工同台比厨艺",
                                          "三、石嘴山市总工会启动“两节”送温暖活动", "四、企业工会为一线职工办起“职工食堂”"],
                 id="numbered-items-of-a-news-digest-are-articles-its-head-and-back-issues-list-no-titles"),
    pytest.param("photo_story_page", ["寨子里的“夜读课”", "风雨桥边的“暖心点”", "凯里市总工会：让快递小哥“歇得下”"],
                 id="photo-story-head-and-editors-note-are-no-unit-bracketed-credits-close-captions"),
    pytest.param("profile_column_page", ["井下三十年的“活地图”", "赣州举办快递行业职工技能竞赛", "吉安市总工会为新就业形态劳动者送体检",
                                         "景德镇陶瓷园区工会新发展会员"],
                 id="profile-box-stays-in-profile-run-in-column-items-without-blank-lines-are-articles"),
    pytest.param("tagged_regions_page", ["全国交通运输系统职工技能竞赛参赛超50万人次", "成都公交集团工会为驾驶员建起“司机之家”",
                                         "九江港口企业工会开设“夜班课堂”", "技能竞赛贵在常态"],
                 id="tags-alone-on-their-line-open-units-a-national-union-line-is-the-deck"),
    pytest.param("website_related_inline_page", ["兴庆区总工会为环卫工人送去冬衣", "西夏区一企业工会开办“职工书屋”"],
                 id="related-links-glued-to-their-label-and-breadcrumbs-are-no-units"),
    pytest.param("magazine_abstract_page", ["《西部工运》2025年第8期", "把服务送到职工最需要的地方", "县级工会服务新就业形态劳动者的路径探索"],
                 id="contents-label-abstract-and-an-authors-line-are-no-units"),
    pytest.param("briefs_glued_heads_page", ["定西市总工会建成十二个户外劳动者驿站", "陇南市总开展职工心理健康讲座", "白银市总慰问一线矿工",
                                             "嘉峪关市冶金行业工会举办技能比武", "酒泉市总为货车司机送体检"],
                 id="briefs-with-titles-glued-to-their-text-or-run-in-with-a-colon"),
    pytest.param("qa_afterword_page", ["“把职工的小事当成工会的大事”", "蚌埠工会为货车司机办起“暖心课堂”", "编后",
                                       "阜阳工会开展职工技能比武"],
                 id="questions-kicker-and-run-in-note-are-no-units-an-editors-note-alone-on-its-line-is"),
    pytest.param("table_figures_page", ["湘西工会服务阵地建设再提速", "张家界职工疗休养工作扎实推进", "怀化工会帮扶困难职工"],
                 id="table-rows-and-figure-lines-are-no-titles"),
    pytest.param("split_head_page", ["株洲工会开展职工技能培训", "让产业工人成长有“路”可循", "岳阳工会：为一线职工送清凉"],
                 id="title-and-sub-headline-framed-apart-are-one-head"),
    pytest.param("masthead_commentary_page", ["首季服务职工“清单”晒出来了", "让驿站成为职工的“暖心家”",
                                              "冷水江工会开展女职工健康讲座", "双峰县工会慰问一线环卫工人", "涟源工会这一季"],
                 id="masthead-box-labels-commentator-line-and-editor-footer-are-no-units"),
    pytest.param("glued_leads_page", ["庆阳市总工会为石油职工送清凉", "平凉一企业工会开展女职工健康讲座", "天水工会“技能夜校”开课",
                                      "夜校的灯为谁而亮", "井场送清凉"],
                 id="titles-glued-to-their-lead-bylines-a-titled-note-and-a-caption-without-blank-lines"),
    pytest.param("no_blank_lines_page", ["武威工会为快递小哥建起“爱心驿站”", "张掖一园区工会组建职工服务队", "金昌举办第三届职工技能大赛"],
                 id="no-blank-lines-at-all-lead-dateline-and-bracket-bylines-open-articles"),
    pytest.param("website_glued_page", ["银川市总工会为环卫工人送去“爱心早餐”", "石嘴山工会举办职工技能比武"],
                 id="website-titles-glued-to-their-source-line-and-to-the-editor-line-above"),
    pytest.param("website_page", ["岳阳“暖心驿站”两年织密服务网", "常德工会今年调处劳动争议一百余起", "益阳举办职工技能大赛"],
                 id="website-chrome-share-bar-related-news-and-copyright-are-no-units"),
    pytest.param("website_related_articles_page", ["柳州：让“螺蛳粉产业园里的工会”暖到职工心坎上",
                                                    "桂林市总工会“春风行动”招聘会提供岗位3200个", "梧州市总工会为货车司机送体检"],
                 id="whole-articles-under-related-news-each-title-over-its-source-line-and-text-are-units"),
    pytest.param("wechat_account_posts_page", ["聚焦丨滨海新区职工技能大赛决赛落幕", "通知丨关于做好2027年职工夏季送清凉工作的通知"],
                 id="account-header-over-each-post-rule-between-posts-and-a-notices-signature-are-no-units"),
    pytest.param("glyph_briefs_page", ["安康市总工会开展职工健步走活动", "宁陕县总工会开展“安康杯”竞赛", "石泉县为快递小哥送冬衣"],
                 id="briefs-marked-by-a-glyph-title-run-into-text-each-an-article-the-label-no-unit"),
    pytest.param("bullet_lines_column_page", ["东丽区新建职工书屋20家", "简讯"],
                 id="label-over-bulleted-items-with-no-blank-lines-is-one-column-unit-titled-by-its-label"),
    pytest.param("website_site_breadcrumb_page", ["定西市总工会为马铃薯加工企业职工送技能培训", "临夏州总工会开展“春送岗位”专场招聘"],
                 id="site-name-and-breadcrumb-glued-over-each-title-are-chrome-not-titles"),
    pytest.param("wechat_line_paragraphs_page", ["春季以来，全市工会服务职工“有声有色”", "武都：工会驿站开到花椒园",
                                                 "成县：核桃加工车间里的技能比武"],
                 id="posts-whose-paragraphs-are-parted-by-line-ends-are-parted-by-blank-lines-01-numbers-sections"),
    pytest.param("bulletin_page", ["【本期要目】", "一、市总工会“春风送岗”专场招聘会举行", "二、浔阳区总工会建起楼宇职工服务站",
                                   "三、一季度全市工会工作大事记", "四、基层动态"],
                 id="bulletin-header-and-note-are-no-units-contents-entries-repeated-as-headings-are-its-items"),
    pytest.param("wechat_glued_post_lines_page", ["曲靖：“暖心食堂”让环卫工人吃上热乎饭", "师宗县：职工书屋开进茶叶加工厂",
                                                  "罗平县：油菜花节上的技能比武"],
                 id="posts-whose-title-post-line-and-text-are-glued-are-parted-and-the-share-bar-is-no-unit"),
    pytest.param("website_dash_breadcrumb_page", ["玉溪市总工会为200名困难职工发放春季助学金",
                                                  "860名职工同场竞技 澄江市举办第五届职工技能大赛"],
                 id="site-name-and-dash-before-the-breadcrumb-is-chrome-a-website-title-is-one-line-spaces-and-all"),
    pytest.param("website_spaced_menu_related_items_page", ["绵阳工会今年送技能培训进园区 惠及职工2.4万人次",
                                                           "涪城区总工会：“暖心驿站”为环卫工人送清凉",
                                                           "江油市总工会：职工法律服务站开进建筑工地"],
                 id="menu-parted-by-spaces-is-chrome-related-items-with-their-own-date-line-and-text-are-units"),
    pytest.param("wechat_column_label_over_reports_page", ["柞水县职工篮球赛鸣哨开赛", "镇安县：“板栗工匠”比技艺",
                                                           "丹凤县：送法进工地护薪保权益"],
                 id="column-label-alone-over-titled-reports-is-no-unit-of-its-own"),
    pytest.param("website_dated_related_items_page", ["安康市总工会一季度维权服务工作回顾",
                                                      "旬阳市：劳动争议调解室开到园区", "紫阳县：茶企职工技能比武开赛"],
                 id="related-items-titled-with-their-posting-date-in-brackets-each-over-its-text-are-units"),
    pytest.param("unoriginal_posts_page", ["凯里市总工会为环卫工人送上春季体检", "从江县工会驿站新添“暖心药箱”"],
                 id="post-lines-without-yuanchuang-account-date-time-place-and-account-over-a-title-are-no-units"),
    pytest.param("glued_header_note_page", ["保山市总工会开展职工技能比武", "腾冲工会驿站延时服务到夜间", "比武场上见真章"],
                 id="dated-running-header-glued-under-a-paragraph-and-a-note-printed-without-blank-lines"),
]


HEAD_SUBTITLES = [
    # page, title, the subtitle read with it
    pytest.param("split_head_page", "让产业工人成长有“路”可循", "株洲出台十条措施打通技能人才晋升通道",
                 id="sub-headline-in-its-own-frame"),
    pytest.param("head_groups_page", "一份“清单”写满服务职工的实事", "宁乡市总工会召开十届三次全委会议",
                 id="union-named-kicker-over-the-title-under-the-masthead"),
    pytest.param("head_groups_page", "“车间课堂”开到了生产线旁", "醴陵市总工会为陶瓷职工搭建技能提升平台",
                 id="union-named-deck-under-the-title"),
    pytest.param("head_groups_page", "招聘会送出岗位2.3万个 帮扶困难职工3100户",
                 "全市工会春送岗位活动进入高峰\n湘潭、衡阳、邵阳三地工会晒出“就业账单”",
                 id="three-lines-kicker-title-deck"),
    pytest.param("tagged_interview_page", "【对话】让山区职工也能就近享受服务", "——访铜仁市总工会负责人",
                 id="tagged-interview-title-over-its-deck-not-the-first-question"),
    pytest.param("masthead_commentary_page", "首季服务职工“清单”晒出来了", "娄底市总工会召开一季度工作推进会",
                 id="masthead-is-no-part-of-the-head-under-it"),
    pytest.param("masthead_commentary_page", "让驿站成为职工的“暖心家”", "评论员文章", id="commentary-column-label"),
    pytest.param("masthead_commentary_page", "涟源工会这一季", "【一组数字】\n涟源市总工会供稿",
                 id="figures-label-over-a-worded-title-and-text-is-a-kicker"),
    pytest.param("website_page", "常德工会今年调处劳动争议一百余起", "“工会+仲裁”联动让职工维权少跑腿",
                 id="website-title-first-subtitle-under-it"),
    pytest.param("head_decks_page", "龙岩新罗：职工夜校开进工业园区", "两个行业工会联合开设八门课程",
                 id="place-and-colon-line-is-the-title-over-its-deck"),
    pytest.param("head_decks_page", "三明职工技能竞赛决出35名优胜选手", "7个赛项 210名选手同台竞技",
                 id="line-opening-with-a-figure-is-the-deck"),
    pytest.param("head_decks_page", "南平市总工会“户外驿站”延伸到茶山脚下", "今年以来新建驿站24处，累计服务茶农茶工3.1万人次",
                 id="union-named-title-over-a-deck-of-counted-clauses"),
    pytest.param("head_decks_page", "宁德新就业形态劳动者入会超8000人", "新建驿站36处，“暖心服务”延伸到乡镇",
                 id="places-counted-in-chu-in-clauses-are-the-deck"),
    pytest.param("union_colon_head_page", "金牛区总工会：“产改”推动园区职工“技能升级”", "今年以来培训产业工人1.6万人次",
                 id="union-as-a-colons-label-heads-the-title-the-counted-line-is-the-deck"),
    pytest.param("figures_close_deck_page", "柳南区总工会为快递员开设“午间驿站”", "半年新增入会会员1200余名",
                 id="line-closing-on-figures-under-a-union-named-title-is-the-deck"),
    pytest.param("figures_close_deck_page", "梧州百名技术骨干结对带徒", "首批签约师徒85对",
                 id="line-closing-on-pairs-counted-is-the-deck"),
    pytest.param("figures_close_deck_page", "融安县总工会开展“金秋圆梦”助学行动", "126名困难职工子女领到助学金",
                 id="line-opening-on-figures-under-a-union-named-line-is-the-deck"),
    pytest.param("figures_close_deck_page", "州总工会今年安排职工疗休养经费460万元", "让一线职工歇得好、养得好",
                 id="line-closing-on-figures-over-a-line-without-figures-is-the-title"),
]


BARE_LEAD_BYLINES = [
    # page, title, the lead byline printed alone on its line under the head
    pytest.param("head_decks_page", "龙岩新罗：职工夜校开进工业园区", "本报讯（记者 陈立群 通讯员 黄小川）",
                 id="under-title-and-deck"),
    pytest.param("head_decks_page", "漳平：工会驿站延长开放时间", "本报讯（记者 阿依努尔·吐尔逊）",
                 id="under-a-one-line-head-transliterated-name"),
    pytest.param("glued_header_note_page", "腾冲工会驿站延时服务到夜间", "本报讯（通讯员 赵明亮）",
                 id="report-under-a-running-header-glued-to-the-report-above"),
    pytest.param("glued_header_note_page", "比武场上见真章", "何敏",
                 id="note-label-title-and-bare-two-character-name-without-blank-lines"),
]


def test_commentary_head_without_blank_lines_label_title_writer():
    unit = unit_titled("head_decks_page", "夜校要办出“回头客”")
    assert (unit.subtitle, unit.byline, unit.body[:6]) == ("短评", "林岚", "职工夜校开得")


@pytest.mark.parametrize("page, title, byline", BARE_LEAD_BYLINES)
def test_bare_lead_byline_is_the_byline_not_the_title(page, title, byline):
    assert unit_titled(page, title).byline == byline


@pytest.mark.parametrize("page, title, subtitle", HEAD_SUBTITLES)
def test_head_subtitles(page, title, subtitle):
    assert unit_titled(page, title).subtitle == subtitle


@pytest.mark.parametrize("page, titles", UNIT_TITLES)
def test_unit_titles(page, titles):
    assert [u.title for u in units(page)] == titles


def test_folio_is_kept_in_the_head_of_the_next_unit():
    first = units("author_lines_page")[0]
    assert first.text.text.startswith("赣南工人报") and first.subtitle.startswith("——记")


END_MATTER = [
    # page, title of the unit that keeps it, text
    pytest.param("wechat_digest_page", "宜春工会法律服务进园区", "吉安工会举办职工乒乓球赛",
                 id="back-issues-list-is-end-matter-of-the-last-item"),
    pytest.param("wechat_post_page", "永丰县：快递员集中入会", "往期回顾", id="marked-back-issues-label-is-end-matter"),
    pytest.param("wechat_digest_page", "宜春工会法律服务进园区", "编辑：熊静", id="staff-line-after-back-issues"),
    pytest.param("wechat_post_page", "永丰县：快递员集中入会", "长按识别二维码", id="follow-us-footer"),
    pytest.param("wechat_single_post_page", "萍乡工会为新就业形态劳动者建起“爱心驿站”", "点击上方蓝字", id="follow-us-line"),
    pytest.param("wechat_post_page", "永丰县：快递员集中入会", "阅读原文\n分享 收藏 点赞 在看",
                 id="read-the-original-link-and-its-buttons-close-the-post"),
    pytest.param("profile_page", "“焊花”映红青春路", "勤学苦练", id="subheading-of-a-profile-in-a-frame"),
    pytest.param("masthead_commentary_page", "首季服务职工“清单”晒出来了", "户外劳动者驿站是工会", id="link-box-text"),
    pytest.param("masthead_commentary_page", "首季服务职工“清单”晒出来了", "98.2%\n职工对驿站服务的满意率",
                 id="last-line-of-a-figures-box-over-its-source"),
    pytest.param("masthead_commentary_page", "让驿站成为职工的“暖心家”", "但也要看到",
                 id="commentary-paragraph-in-the-news-words-stays-in-the-commentary"),
    pytest.param("masthead_commentary_page", "涟源工会这一季", "本版责任编辑 龙 飞", id="editor-footer-without-colon"),
    pytest.param("website_page", "岳阳“暖心驿站”两年织密服务网", "分享到：微信 微博", id="share-bar"),
    pytest.param("website_page", "益阳举办职工技能大赛", "· 永州举办女职工技能比武", id="related-news-links"),
    pytest.param("website_page", "益阳举办职工技能大赛", "版权所有", id="copyright-footer"),
    pytest.param("post_digest_notes_page", "万秀区：职工之家焕新开放 一个站点办好多件小事", "▲职工之家开放现场（万秀区总工会 供图）",
                 id="marked-photo-caption-with-bracketed-credit-under-its-article"),
    pytest.param("post_digest_notes_page", "长洲区：快递行业集中入会 新发展会员210名", "▲入会活动现场（通讯员 黄海 摄）",
                 id="marked-photo-caption-with-photographer-under-its-article"),
]


@pytest.mark.parametrize("page, title, text", END_MATTER)
def test_end_matter_stays_in_the_unit_before(page, title, text):
    assert text in unit_titled(page, title).body


SEAMS = [
    # raw page, text the article body must contain, text it must not contain
    pytest.param("# 吉安建成职工驿站\n\n本报记者 王川\n\n驿站已建成18个,覆盖城区3.25平方\n\n公里范围内的一线职工。\n",
                 "覆盖城区3.25平方公里范围", None, id="paragraph-cut-inside-a-measure-word-with-a-comma"),
    pytest.param("# 吉安建成职工驿站\n\n本报记者 王川\n\n驿站已建成职工书屋18个,其中设在园区的\n\n有6个。\n",
                 "其中设在园区的有6个", None, id="paragraph-cut-after-a-particle-with-a-comma"),
    pytest.param("# 吉安建成职工驿站\n\n工会动态……………3\n\n本报记者 王川\n今年新建驿站26个。\n",
                 "3\n本报记者", "3本报", id="toc-entry-ends-on-its-page-number"),
    pytest.param("# 吉安建成职工驿站\n\n全市驿站共有2\n\n\n李明 摄\n\n\n6个服务点。\n",
                 None, "26个", id="number-cut-not-read-across-a-credit"),
]


@pytest.mark.parametrize("raw, inside, outside", SEAMS)
def test_seams(raw, inside, outside):
    body = "\n".join(u.body for u in segment_page(repair_text(raw)))
    assert (inside is None or inside in body) and (outside is None or outside not in body)


def test_repeated_headline_keeps_a_new_subheading_beside_it():
    raw = "# 吉安建成职工驿站\n\n今年新建驿站26个。\n\n\n# 吉安建成职工驿站\n## 服务园区职工\n\n驿站全天开放。\n"
    (article,) = segment_page(repair_text(raw))
    assert "## 服务园区职工" in article.body and article.body.count("吉安建成职工驿站") == 0


HEADS = [
    # page, title, text the unit's head holds (not its title, not its body)
    pytest.param("wechat_single_post_page", "萍乡工会为新就业形态劳动者建起“爱心驿站”", "原创 萍乡市总工会", id="post-line"),
    pytest.param("wechat_post_page", "井冈山市总工会：“吉安工匠”评选结果揭晓", "原创 吉安市总工会", id="digest-post-line"),
    pytest.param("wechat_post_page", "井冈山市总工会：“吉安工匠”评选结果揭晓", "编者按：本周", id="digest-editors-note"),
    pytest.param("wechat_post_page", "井冈山市总工会：“吉安工匠”评选结果揭晓", "●４８名职工", id="digest-figures-box"),
    pytest.param("masthead_commentary_page", "首季服务职工“清单”晒出来了", "湘中工人报\n2027年3月9日 星期二\n5\n要闻·综合",
                 id="page-top-masthead"),
    pytest.param("masthead_commentary_page", "首季服务职工“清单”晒出来了", "本版责编：龙 飞", id="page-editors-under-masthead"),
    pytest.param("website_page", "岳阳“暖心驿站”两年织密服务网", "湘中工人日报网 > 新闻中心", id="website-breadcrumb"),
    pytest.param("website_page", "常德工会今年调处劳动争议一百余起", "来源：湘中工人日报", id="website-source-line"),
    pytest.param("website_related_articles_page", "桂林市总工会“春风行动”招聘会提供岗位3200个", "来源：桂林市总工会",
                 id="source-line-of-a-related-article-printed-between-its-title-and-text"),
    pytest.param("website_page", "常德工会今年调处劳动争议一百余起", "【打印】", id="website-tool-bar"),
]


@pytest.mark.parametrize("page, title, text", HEADS)
def test_head_holds(page, title, text):
    unit = unit_titled(page, title)
    head = unit.text.text[:unit.body_start]
    assert text in head and text not in unit.body


LINE_KINDS = [
    # one line of a page, the kind classify gives it
    pytest.param("【本期要目】", "toc_head", id="bulletin-contents-label"),
    pytest.param("- END -", "staff", id="post-end-mark-is-furniture"),
    pytest.param("主办：安顺市总工会　　地址：安顺市西秀区　　联系电话：0851-3XXXXXX", "staff",
                 id="website-footer-naming-who-runs-the-site"),
    pytest.param("【编者按】本期摘编各地工会的做法。", "para", id="bracketed-editors-note-is-text-not-a-tag"),
    pytest.param("滨海工会\n某市滨海新区总工会官方微信公众号", "folio", id="account-header-over-a-post-is-a-running-header"),
    pytest.param("——————————", "staff", id="rule-line-between-posts-is-no-headline"),
    pytest.param("遵义市总工会网站　转载", "folio", id="website-repost-credit-is-no-headline"),
    pytest.param("转自：铜仁市融媒体中心", "folio", id="reposted-from-line-is-no-headline"),
    pytest.param("安顺工会转岗培训见成效", "headline", id="headline-with-zhuan-is-no-repost-credit"),
    pytest.param("滨海新区总工会\n2027年5月14日", "staff", id="notice-signature-issuer-over-date-is-end-matter"),
    pytest.param("滨海新区总工会\n召开2027年第一次全委会议", "headline", id="two-line-head-is-no-signature"),
    pytest.param("本报讯（记者 王青 通讯员 李立）", "byline", id="lead-byline-alone-on-its-line"),
    pytest.param("■本报记者 李 明", "byline", id="square-and-role"),
    pytest.param("湖北日报全媒记者 张 帆 通讯员 刘莉", "byline", id="outlet-and-role"),
    pytest.param("新华社记者 王建国", "byline", id="agency-reporter"),
    pytest.param("原创 吉安市总工会 2025年10月13日 20:15 江西", "post_meta", id="wechat-post-line"),
    pytest.param("吉安市总工会 2025-10-13 20:15", "post_meta", id="account-date-time"),
    pytest.param("原创歌曲唱响建设工地", "headline", id="original-is-a-word-of-a-headline"),
    pytest.param("长按识别二维码 关注“吉安工会”", "staff", id="follow-us-footer"),
    pytest.param("关注职工心理健康", "headline", id="follow-is-a-word-of-a-headline"),
    pytest.param("工会简讯", "briefs", id="briefs-column"),
    pytest.param("本版主编：马 兰 责任编辑：陈志刚", "staff", id="page-editor-in-chief-and-editor"),
    pytest.param("【一线快讯】", "briefs", id="briefs-column-in-brackets"),
    pytest.param("县总工会开展职工技能比武", "headline", id="news-headline"),
    pytest.param("▌往期回顾", "back_issues", id="marked-back-issues"),
    pytest.param("一组数据", "figures_box", id="figures-box-label"),
    pytest.param("【数说本周】\n●新建驿站12个", "figures_box", id="figures-box-with-its-lines"),
    pytest.param("数字工会建设提速", "headline", id="digital-is-a-word-of-a-headline"),
    pytest.param("问：今年工会服务有哪些新变化", "para", id="interview-question-without-mark"),
    pytest.param("记者：明年有什么打算？", "para", id="interview-question-by-the-reporter"),
    pytest.param("问计于民解难题", "headline", id="ask-is-a-word-of-a-headline"),
    pytest.param("【记者手记】", "afterword", id="reporters-note-kicker"),
    pytest.param("编后", "afterword", id="editors-afterword"),
    pytest.param("编后语：", "afterword", id="editors-afterword-with-colon"),
    pytest.param("记者手记：小站点连着大民生", "tag", id="reporters-note-label-run-in-with-its-title"),
    pytest.param("编后｜让技能人才有奔头", "tag", id="editors-afterword-label-behind-a-bar-over-its-title"),
    pytest.param("记者手记：采访中，记者感受最深的是职工的笑脸。", "para", id="reporters-note-label-run-in-with-its-text"),
    pytest.param("职工心理健康服务站 17处", "para", id="flattened-table-row"),
    pytest.param("服务阵地建设情况\n户外劳动者服务站 126个 3.2万人次", "para", id="table-caption-and-row"),
    pytest.param("驿站“微课堂” 职工“充电站”", "headline", id="parallel-titles-are-no-table"),
    pytest.param("126.8万元：全年发放困难职工帮扶资金", "figures_box", id="figure-line-without-label"),
    pytest.param("◆暖心驿站：215个，服务9.2万人次", "figures_box", id="bulleted-counted-thing-and-its-figures"),
    pytest.param("◆铁力市：２００余名护林员免费体检", "headline", id="bulleted-head-with-one-figure"),
    pytest.param("◆数说", "figures_box", id="marked-figures-box-label"),
    pytest.param("一组数字", "figures_box", id="figures-box-label-numbers"),
    pytest.param("本报评论员", "byline", id="commentator-line"),
    pytest.param("评论员文章", "column", id="commentary-column-label"),
    pytest.param("短评", "column", id="short-commentary-label"),
    pytest.param("本版责任编辑 龙 飞", "staff", id="page-editor-without-colon"),
    pytest.param("本版编辑 易 明  校对 何 芳", "staff", id="editor-and-proofreader-without-colon"),
    pytest.param("本版责编：龙 飞 本版美编：谭 雪", "staff", id="page-editors-abbreviated"),
    pytest.param("编辑部的故事", "headline", id="editorial-office-is-a-word-of-a-headline"),
    pytest.param("来源：湘中工人日报  发布时间：2027-03-08 10:15", "post_meta", id="website-source-and-time"),
    pytest.param("【字号：大 中 小】 【打印】 【关闭】", "post_meta", id="website-tool-bar"),
    pytest.param("来源：市总工会", "staff", id="source-alone-is-a-staff-line"),
    pytest.param("今日推送", "toc_head", id="todays-pushes-label-a-contents"),
    pytest.param("分享到：微信 微博", "staff", id="share-bar"),
    pytest.param("版权所有：湘中工人日报社", "staff", id="copyright"),
    pytest.param("【链接】", "afterword", id="link-box-label"),
    pytest.param("目 录", "toc_head", id="spaced-contents-label-is-no-byline"),
    pytest.param("首页 > 工会动态 > 区县工作", "folio", id="website-breadcrumb"),
    pytest.param("湘中工会网 | 首页 > 新闻中心 > 区县工会", "folio", id="website-breadcrumb-behind-site-name-and-bar"),
    pytest.param("湘中工会网\n首页 > 新闻中心 > 区县工会", "folio", id="website-breadcrumb-under-site-name"),
    pytest.param("湘中工会网 — 首页 > 新闻中心 > 区县工会", "folio", id="website-breadcrumb-behind-site-name-and-dash"),
    pytest.param("小贴士", "afterword", id="tips-box-label"),
    pytest.param("湘中工会网　　首页 > 新闻中心 > 区县工会", "folio", id="website-breadcrumb-behind-site-name-and-spaces"),
    pytest.param("当前位置：首页 > 区县工作", "folio", id="website-breadcrumb-behind-its-label"),
    pytest.param("湘中市总工会  首页 | 工会新闻 | 区县工作 | 维权服务\n当前位置：首页 > 区县工作", "folio",
                 id="website-breadcrumb-under-the-sites-menu-bar"),
    pytest.param("下一篇：湘中市总工会举办职工乒乓球赛", "staff", id="website-next-post-link-is-end-matter"),
    pytest.param("■区县快讯", "briefs", id="marked-briefs-column"),
    pytest.param("■ 林 川", "byline", id="marked-spaced-author-is-still-a-byline"),
    pytest.param("（本期共8条，阅读时长约5分钟）", "post_meta", id="digest-post-notes-are-a-post-line-not-a-byline"),
    pytest.param("阅读时长约4分钟", "post_meta", id="reading-time-alone"),
    pytest.param("▲开班现场（某区总工会 供图）", "staff", id="marked-photo-caption-is-end-matter"),
    pytest.param("▲某区总工会近日为环卫工人送去冬衣。", "para", id="marked-one-sentence-note-is-text"),
]


@pytest.mark.parametrize("line, kind", LINE_KINDS)
def test_line_kinds(line, kind):
    assert classify(split_blocks(normalize(line))[0]) == kind


PAGE_TOP_LINES = [
    # the first line of a page over a headline, a byline and text; whether it
    # is a headline (a title or the kicker over one) or the page's masthead
    pytest.param("湘中工人报", False, id="outlet"),
    pytest.param("湘中日报·工会周刊", False, id="outlet-and-weekly"),
    pytest.param("湘中工人报 县区工会 2027年3月9日", False, id="outlet-section-and-date"),
    pytest.param("2027年3月9日 星期二", False, id="date-and-weekday"),
    pytest.param("工会服务网越织越密", True, id="net-is-a-word-of-a-headline"),
    pytest.param("职工书屋添新书", True, id="headline"),
]


@pytest.mark.parametrize("line, is_title", PAGE_TOP_LINES)
def test_page_top_line(line, is_title):
    raw = f"{line}\n\n益阳开展职工技能培训\n\n本报记者 王川\n\n今年已培训职工3200人次。\n"
    units = segment_page(repair_text(raw))
    heads = [line for u in units for line in (u.title, u.subtitle) if line]
    assert (line in heads) == is_title and "益阳开展职工技能培训" in [u.title for u in units]


RUN_IN_BRIEFS = [
    # raw page, the titles of its units: a briefs column whose items print
    # their titles at the start of their paragraphs
    pytest.param("【简讯】\n\n衡阳：冬衣送到环卫工人手中 12月3日，衡阳市总工会为全市环卫工人送去冬衣800套。（通讯员 李 芳）\n\n"
                 "邵阳：园区职工之家挂牌 日前，邵阳市总工会在经开区建成职工之家，可容纳职工120人。（通讯员 周 红）\n",
                 ["衡阳：冬衣送到环卫工人手中", "邵阳：园区职工之家挂牌"], id="run-in-titles"),
    pytest.param("【简讯】\n\n12月3日，衡阳市总工会为全市环卫工人送去冬衣800套，覆盖城区各街道。\n",
                 ["【简讯】"], id="a-text-opening-with-a-date-is-no-run-in-title"),
    pytest.param("简明新闻\n\n固原市总慰问环卫工人：12月以来，固原市总工会慰问环卫工人900余名，送去棉大衣和手套。\n\n"
                 "吴忠市总举办职工书法展：日前，吴忠市总工会举办职工书法展，展出作品160幅，观展职工2000余人次。\n",
                 ["固原市总慰问环卫工人", "吴忠市总举办职工书法展"], id="colon-run-in-titles"),
    pytest.param("工会快讯\n\n中卫市总开展送法进工地\n近日，中卫市总工会律师团走进5个建筑工地，为农民工解答法律问题80余个。\n\n"
                 "石嘴山市总为快递员办理意外险\n石嘴山市总工会日前为全市快递员集中办理意外伤害保险，惠及1200人。\n",
                 ["中卫市总开展送法进工地", "石嘴山市总为快递员办理意外险"], id="titles-on-the-line-above-their-text"),
    pytest.param("工会快讯\n\n中卫市总开展送法进工地\n近日，中卫市总工会律师团走进5个建筑工地，为农民工解答法律问题80余个。\n\n"
                 "市总工会有关负责人表示：律师团将每月走进工地一次，把法律服务送到农民工身边。\n",
                 ["中卫市总开展送法进工地"], id="a-quote-after-a-colon-is-no-run-in-title"),
    pytest.param("工会动态\n●固原市职工乒乓球赛举行　3月1日，固原市第五届职工乒乓球比赛举行，120名职工参赛。（马丽）\n"
                 "●石嘴山市总工会开展法律宣讲　近日，石嘴山市总工会组织律师走进企业，发放资料2000余份。（杨帆）\n"
                 "●中卫市总工会慰问困难职工　2月下旬，中卫市总工会走访慰问困难职工家庭45户。（李静）\n",
                 ["固原市职工乒乓球赛举行", "石嘴山市总工会开展法律宣讲", "中卫市总工会慰问困难职工"],
                 id="bulleted-items-signed-and-printed-without-blank-lines"),
]


@pytest.mark.parametrize("raw, titles", RUN_IN_BRIEFS)
def test_run_in_briefs(raw, titles):
    assert [u.title for u in segment_page(repair_text(raw))] == titles


TITLED_NOTES = [
    # raw page, the titles of its units: a note after a report (记者手记, 编后)
    # with a headline of its own is a unit of its own; a note with none is
    # part of the report it comments on
    pytest.param("南川区工会驿站织密服务网\n\n本报讯 今年以来，南川区总工会新建户外劳动者服务站点32个，累计服务职工5万余人次。\n\n"
                 "记者手记：小站点连着大民生\n\n在南川采访的几天里，记者看到，站点虽然不大，却是户外劳动者歇脚取暖的好去处。\n",
                 ["南川区工会驿站织密服务网", "记者手记：小站点连着大民生"], id="label-run-in-with-its-title-behind-a-colon"),
    pytest.param("南川区工会驿站织密服务网\n\n本报讯 今年以来，南川区总工会新建户外劳动者服务站点32个，累计服务职工5万余人次。\n\n"
                 "记者手记：在南川采访的几天里，记者看到，站点虽然不大，却是户外劳动者歇脚取暖的好去处。\n",
                 ["南川区工会驿站织密服务网"], id="label-run-in-with-its-text-stays-in-the-report"),
    pytest.param("南川区工会驿站织密服务网\n\n本报讯 今年以来，南川区总工会新建户外劳动者服务站点32个，累计服务职工5万余人次。\n\n"
                 "编后\n\n小站点连着大民生。把站点建在职工身边，工会的服务才能走进职工心里。\n",
                 ["南川区工会驿站织密服务网", "编后"], id="editors-note-without-a-headline-is-a-unit-of-its-own"),
    pytest.param("南川区工会驿站织密服务网\n\n本报讯 今年以来，南川区总工会新建户外劳动者服务站点32个，累计服务职工5万余人次。\n\n"
                 "记者手记\n\n在南川采访的几天里，记者看到，站点虽然不大，却是户外劳动者歇脚取暖的好去处。\n",
                 ["南川区工会驿站织密服务网"], id="reporters-note-without-a-headline-stays-in-the-report"),
]


@pytest.mark.parametrize("raw, titles", TITLED_NOTES)
def test_titled_notes(raw, titles):
    assert [u.title for u in segment_page(repair_text(raw))] == titles


FEATURE_PART = "记者走访了几家企业，职工们说，工会的服务越来越贴近一线，技能提升的路子也越走越宽。"
# a second paragraph for a digest's item: its items are long, not captions
DIGEST_ITEM_MORE = ("工会负责人表示，下一步将把这项服务延伸到更多乡镇和企业，让更多职工在家门口就能享受到工会的关怀，"
                    "也欢迎职工随时提出意见和建议，工会将逐条研究、及时回应。\n")
NUMBERED_HEADINGS = [
    # raw page, the titles of its units: a page numbers its headings for a
    # feature's parts or for a digest's items, told apart by news leads
    pytest.param("让职工在技能台阶上步步登高\n本报记者 陈志刚\n\n" + FEATURE_PART + "\n\n"
                 + "".join(f"{n}、{part}\n\n{FEATURE_PART}\n\n" for n, part in
                           zip("一二三", ["搭平台：从单打独斗到抱团成长", "强保障：从被动维权到主动服务", "畅通道：从一技之长到一路向上"])),
                 ["让职工在技能台阶上步步登高"], id="parts-of-a-feature-stay-in-it"),
    pytest.param("职工周报\n\n一、中卫市总开展送法进工地\n\n近日，中卫市总工会律师团走进5个建筑工地，解答法律问题80余个。\n\n"
                 "二、固原市总慰问环卫工人\n\n12月2日，固原市总工会慰问环卫工人900余名，送去棉大衣和手套。\n\n"
                 "三、企业工会办起职工书屋\n\n在吴忠一家机械企业，职工书屋藏书3000余册，全天向职工开放。\n",
                 ["一、中卫市总开展送法进工地", "二、固原市总慰问环卫工人", "三、企业工会办起职工书屋"],
                 id="items-of-a-digest-most-opening-on-news-leads"),
    pytest.param("职工周报\n\n一、沙坡头区：快递小哥有了歇脚的地方\n\n“夏天跑件太热，进来喝口水就又有劲了。”沙坡头区总工会建成驿站12个。\n\n"
                 "二、海原县：女职工两癌筛查覆盖千人\n\n今年以来，海原县总工会为1000余名女职工免费筛查。\n\n"
                 "三、中宁县：职工书屋进车间\n\n“下了班就能看书，方便多了。”中宁县一家企业的职工书屋藏书2000余册。\n",
                 ["一、沙坡头区：快递小哥有了歇脚的地方", "二、海原县：女职工两癌筛查覆盖千人", "三、中宁县：职工书屋进车间"],
                 id="items-of-a-digest-each-naming-its-place"),
    pytest.param("工会动态丨9月份全市工会工作速览\n\n一、市总工会举办叉车技能比武\n\n9月份，市总工会组织叉车司机80余名同台比武。\n\n"
                 "二、户外驿站添设备\n\n9月以来，各县工会为驿站配送冰柜和药箱40余套。\n\n"
                 "三、金秋助学送到家\n\n9月下旬，市总工会为困难职工子女发放助学金12万元。\n",
                 ["一、市总工会举办叉车技能比武", "二、户外驿站添设备", "三、金秋助学送到家"],
                 id="items-of-a-monthly-digest-opening-on-the-period"),
    pytest.param("冬日工会速递\n\n编者按：入冬以来，县总工会把服务送到职工身边，下面一起来看近期工作。\n\n"
                 "一、焊工比武赛出新高手\n\n12月3日，县总工会组织焊工60余名同台比武。\n" + DIGEST_ITEM_MORE +
                 "\n二、户外劳动者有了暖心屋\n\n为方便环卫工人取暖，县总工会在城区建成暖心屋15个。\n" + DIGEST_ITEM_MORE +
                 "\n三、困难职工收到慰问金\n\n入冬以来，县总工会走访困难职工200余户，送去慰问金30万元。\n" + DIGEST_ITEM_MORE +
                 "\n四、职工夜校开课\n\n今年以来，县总工会开办职工夜校8期，培训职工400余人次。\n" + DIGEST_ITEM_MORE,
                 ["一、焊工比武赛出新高手", "二、户外劳动者有了暖心屋", "三、困难职工收到慰问金", "四、职工夜校开课"],
                 id="items-of-a-digest-opening-on-the-season-or-year-so-far"),
    pytest.param("工会动态｜本月全县工会工作速览\n\n"
                 "一、城关镇总工会：环卫工人有了暖心驿站\n\n“以前冬天只能在路边吃冷饭。”城关镇总工会在镇区建成驿站6个。\n" + DIGEST_ITEM_MORE +
                 "\n二、开发区工会：技能比武赛出新高手\n\n走进开发区一家机械企业的车间，焊工们正在比拼手艺。\n" + DIGEST_ITEM_MORE +
                 "\n三、南湖区总工会：职工书屋进商圈\n\n南湖区是全市的商贸中心，商场职工多达两万人。\n" + DIGEST_ITEM_MORE,
                 ["一、城关镇总工会：环卫工人有了暖心驿站", "二、开发区工会：技能比武赛出新高手", "三、南湖区总工会：职工书屋进商圈"],
                 id="items-of-a-digest-each-naming-its-place-by-its-union"),
    pytest.param("工会动态丨本周全市基层工会速览\n\n"
                 "一、丰泽区：“暖心驿站”越建越多 外卖骑手歇脚有了“好去处”\n“跑单累了就进来坐坐。”丰泽区总工会今年新建驿站9个。\n"
                 + DIGEST_ITEM_MORE +
                 "\n二、晋江市：技能比武赛出真本领 职工成长搭上“直通车”\n11月5日，晋江市总工会举办职工技能比武，300余名职工参赛。\n"
                 + DIGEST_ITEM_MORE +
                 "\n三、南安市：职工书屋进车间 工会服务暖人心\n“下了班就能看书。”南安市总工会今年建成职工书屋20家。\n"
                 + DIGEST_ITEM_MORE,
                 ["一、丰泽区：“暖心驿站”越建越多 外卖骑手歇脚有了“好去处”", "二、晋江市：技能比武赛出真本领 职工成长搭上“直通车”",
                  "三、南安市：职工书屋进车间 工会服务暖人心"],
                 id="long-place-item-heads-glued-to-their-text-keep-their-couplet-whole"),
]


@pytest.mark.parametrize("raw, titles", NUMBERED_HEADINGS)
def test_numbered_headings(raw, titles):
    assert [u.title for u in segment_page(repair_text(raw))] == titles


# a city union's weekly roundup post: title, post line, its intro, then
# numbered items from places of their own, staff and the closing bar
ROUNDUP_HEAD = ("一周速览丨甘州职工驿站上新、临泽农民工学技能……\n张掖工会 2026年10月10日 17:45 甘肃\n\n点击上方蓝字 关注张掖工会\n\n"
                "这一周，全市各级工会把服务送进车间和田间，下面一起来看各县区的新鲜事。\n\n")
ROUNDUP_FOOT = "编辑：马晓燕\n审核：李文军\n\n张掖工会\n分享 收藏 点赞 在看\n"
ROUNDUP_MORE = ("活动现场，不少职工拿出手机扫码咨询，工作人员一一登记，承诺在一周内给予答复。\n"
                "工会负责人表示，下一步将把这项服务延伸到更多乡镇和企业，让更多职工在家门口就能享受到工会的关怀。\n")
POST_ITEMS = [
    # raw post, the titles of its units: numbered headings naming their place
    # (01 / 某县：…, that place in full under it) are a roundup's items
    pytest.param(ROUNDUP_HEAD
                 + "01\n甘州：职工驿站添了新设备\n10月8日，甘州区总工会为城区12个户外劳动者驿站配送微波炉、冷藏柜和医药箱，"
                   "方便环卫工人、快递员和外卖骑手歇脚、热饭和应急用药。\n" + ROUNDUP_MORE + "\n"
                 + "02\n临泽：农民工夜校开课\n走进临泽县一家农业企业的培训教室，30余名农民工正跟着老师学习电工和农机维修技能，"
                   "课程全部免费，结业后还能参加技能等级认定。\n" + ROUNDUP_MORE + "\n"
                 + "03\n高台：金秋助学送到家\n中秋前夕，高台县总工会为56名困难职工子女发放助学金11.2万元，"
                   "工作人员把助学金和慰问品送到职工家中，询问孩子入学准备情况。\n" + ROUNDUP_MORE + "\n"
                 + ROUNDUP_FOOT,
                 ["甘州：职工驿站添了新设备", "临泽：农民工夜校开课", "高台：金秋助学送到家"],
                 id="roundup-items-naming-their-places-after-an-intro"),
    pytest.param("稳岗有“三招” 市总工会服务企业见实效\n张掖工会 2026年10月10日 17:45 甘肃\n\n"
                 "今年以来，市总工会围绕稳就业出台了一系列举措，把服务送到企业和职工身边，效果明显。\n\n"
                 + "01\n目标：让职工稳得住\n市总工会把稳岗补贴和技能培训结合起来，帮助企业留住技术骨干，职工流失率明显下降。\n"
                 + ROUNDUP_MORE + "\n"
                 + "02\n举措：让岗位留得下\n各级工会干部走访企业，帮助企业解决用工难题，协调开展岗位对接和技能提升培训。\n"
                 + ROUNDUP_MORE + "\n"
                 + "03\n成效：让企业有信心\n企业普遍反映，工会的服务实实在在，稳岗补贴和培训补贴到账及时，减轻了负担。\n"
                 + ROUNDUP_MORE + "\n",
                 ["稳岗有“三招” 市总工会服务企业见实效"], id="sections-naming-no-place-stay-in-the-post"),
    pytest.param("暖冬行动来了！今年冬天，市总工会这样守护一线职工\n张掖工会 2026年11月20日 18:30 甘肃\n\n"
                 "入冬以来，全市气温持续走低，市总工会启动“冬送温暖”行动，把关爱送到一线职工身边。\n\n"
                 "今年的“冬送温暖”有哪些新变化？一起来看↓↓↓\n\n"
                 + "01 慰问资金再增加\n市总工会今年安排慰问资金320万元，计划慰问一线职工5万人次。\n" + ROUNDUP_MORE + "\n"
                 + "02 驿站服务不打烊\n全市140个户外劳动者驿站延长开放时间，为职工提供热水和取暖服务。\n" + ROUNDUP_MORE + "\n"
                 + "03 健康关爱进车间\n市总工会联合医院组织医疗志愿者走进企业，为职工免费体检。\n" + ROUNDUP_MORE + "\n"
                 + ROUNDUP_FOOT,
                 ["暖冬行动来了！今年冬天，市总工会这样守护一线职工"],
                 id="sections-after-a-lead-in-pointing-down-stay-in-the-post"),
    # a digest of posts, each post line printed over its title (原创 +
    # account + time / title / text): every post a unit, after a first post
    # with numbered sections
    pytest.param("原创　定西工会　2026年12月05日 09:10　甘肃\n\n定西工会这一年\n\n"
                 "今年以来，全市各级工会围绕职工所需办实事，各项工作取得新进展。\n\n"
                 "一、建会入会\n全市新建基层工会组织210家，新发展会员2.8万人，其中新就业形态劳动者9000余人。\n\n"
                 "二、帮扶解困\n全市工会共筹集帮扶资金1500万元，慰问困难职工2.1万人次。\n\n"
                 "原创　定西工会　2026年12月05日 09:10　甘肃\n陇西：药材企业里的职工书屋\n\n"
                 "在陇西县一家中药材加工企业，新建的职工书屋摆放图书3000余册，职工下班后常来这里看书学习。\n"
                 "县总工会表示，明年将在全县再建职工书屋15家，让更多职工就近读书。\n\n"
                 "原创　定西工会　2026年12月05日 09:10　甘肃\n通渭：“送培训进村”帮农民工增技能\n\n"
                 "今年以来，通渭县总工会联合县人社局开展“送培训进村”活动，举办电焊、厨师等培训班26期。\n"
                 "参训农民工1100余人，其中800多人取得职业技能等级证书。\n",
                 ["定西工会这一年", "陇西：药材企业里的职工书屋", "通渭：“送培训进村”帮农民工增技能"],
                 id="post-lines-over-their-titles-open-posts"),
    # a newspaper's running header (paper, page, date: no time of posting)
    # over a numbered section keeps the section in its feature
    pytest.param("戈壁滩上的“职工之家”\n\n"
                 "在酒泉的戈壁滩上，一座座职工之家让风电场的职工有了温暖的落脚点，工会把服务送到了最偏远的岗位。\n\n"
                 "一、家安在了工地上\n风电场离城区120公里，工会在场区建起职工之家，配备了淋浴间、洗衣房和阅览室。\n\n"
                 "甘肃工人报　特别报道　2026年12月05日\n"
                 "二、服务跟着项目走\n项目转场时，职工之家跟着转，今年已先后搬迁3次，服务职工1800余人次。\n",
                 ["戈壁滩上的“职工之家”"], id="running-header-over-a-numbered-section-opens-no-unit"),
    # a roundup's item head behind its place tag is one line typed by the
    # post's editor: a couplet is one title, not a deck over a title
    pytest.param("【临夏】技能比武赛场上练出“真本领” 职工夜校里学出“新门道”\n\n"
                 "今年以来，临夏州总工会在全州重点企业中广泛开展劳动和技能竞赛，参赛职工3200余人。\n\n"
                 "州总工会还开办职工夜校15所，累计培训职工4100人次。\n\n"
                 "【定西】户外驿站添了新设备\n\n"
                 "入冬以来，定西市总工会为城区18个户外劳动者驿站配送微波炉和医药箱，方便一线职工歇脚。\n",
                 ["【临夏】技能比武赛场上练出“真本领” 职工夜校里学出“新门道”", "【定西】户外驿站添了新设备"],
                 id="place-tagged-couplet-head-is-one-title"),
]


@pytest.mark.parametrize("raw, titles", POST_ITEMS)
def test_post_items(raw, titles):
    units = [u for u in segment_page(repair_text(raw)) if u.kind == "article"]
    assert [u.title for u in units] == titles


POST_BODY = ("入冬以来，全市各级工会把温暖送到一线职工身边，各县区工会结合实际推出了不少务实举措。\n"
             "据市总工会统计，今年以来全市工会共走访慰问困难职工2300余户，发放慰问资金460万元。\n"
             "市总工会负责人表示，下一步将继续聚焦职工急难愁盼，把好事实事办到职工心坎上。\n")
POST_TITLES = [
    # raw post, the title of its first unit: a post's title under its
    # column's name (栏目｜A——B) is one title, and the account's name over it,
    # named again among the post line's words, no line of the head
    pytest.param("白银工会\n工会动态｜寒冬送暖 工惠白银——全市工会服务职工工作扫描\n"
                 "原创 白银市总工会宣传部 白银工会 2026年12月02日 18:20\n\n" + POST_BODY,
                 "工会动态｜寒冬送暖 工惠白银——全市工会服务职工工作扫描", id="account-over-a-column-title-with-a-dash"),
    pytest.param("工会动态｜寒冬送暖 工惠白银——全市工会服务职工工作扫描\n"
                 "白银工会 2026年12月02日 18:20 甘肃\n\n" + POST_BODY,
                 "工会动态｜寒冬送暖 工惠白银——全市工会服务职工工作扫描", id="column-title-with-a-dash-is-one-title"),
]


RANKED_POST_BODY = ("阅读提示：今年以来，某市总工会推动职工服务站点向街道延伸，新建各类服务站点60余个。\n\n"
                    "“下了班来这里歇一歇，喝口热水，心里暖和。”一位环卫工人说。\n\n"
                    "01 站点建在家门口\n\n"
                    "市总工会介绍，今年已新建户外劳动者服务站点42个，补助资金共280万元。\n\n\n"
                    "02 服务跟着需求走\n\n"
                    "各区总工会每季度开展一次需求调查，今年一季度开展各类活动70场。\n\n"
                    "区总工会负责人说，下一步将继续完善站点服务内容。\n\n\n"
                    "03 让站点“活”起来\n\n"
                    "市总工会建立了站点星级评定机制，评定结果与补助资金挂钩。\n\n"
                    "市总工会负责人表示，年内再新建服务站点30个。\n\n")
RANKED_POSTS = [
    # raw page, titles of its articles: a post's rank label (头条｜, 次条｜)
    # heads one title, its space included; the post's sections under bare
    # numbers (01 / 02 / 03), after a run-in summary and a lead of its own,
    # stay sections of the post, past the blank lines before them too
    pytest.param("某市工会\n2026-06-02 18:30 发表于湖北\n\n头条｜服务站点建到街头巷尾 户外劳动者有了歇脚处\n\n"
                 + RANKED_POST_BODY,
                 ["头条｜服务站点建到街头巷尾 户外劳动者有了歇脚处"], id="numbered-sections-after-a-run-in-summary"),
    pytest.param("某市工会\n2026-06-02 18:30 发表于湖北\n\n头条｜服务站点建到街头巷尾\n\n" + RANKED_POST_BODY
                 + "次条｜区总工会法律服务进园区 职工维权有了好帮手\n\n"
                   "日前，某区总工会在一处产业园区设立职工法律服务站，每周安排律师坐班。\n\n",
                 ["头条｜服务站点建到街头巷尾", "次条｜区总工会法律服务进园区 职工维权有了好帮手"],
                 id="ranked-title-with-a-space-is-one-title"),
    pytest.param("某区工会\n2026-06-02 18:30 发表于湖北\n\n关注丨江城“工”字暖人心 某区工会服务外卖骑手工作纪实\n\n"
                 + RANKED_POST_BODY,
                 ["关注丨江城“工”字暖人心 某区工会服务外卖骑手工作纪实"], id="column-labelled-title-with-a-space-is-one-title"),
]


NUMBERED_FEATURE = ("新春走一线 | 节日里的工会身影\n\n"
                    "春节期间，许多职工坚守岗位，各级工会把关爱送到了他们身边。\n"
                    "01 港口上的年夜饭\n"
                    "除夕中午，某港区职工食堂里摆上了热腾腾的饺子，港区工会为留岗职工准备了年夜饭。\n"
                    "02 站台边的暖心包\n"
                    "春运期间，某站每天客流超过3万人次，站区工会为一线职工送去暖心包200份。\n")
FEATURES_WITH_NUMBERED_SECTIONS = [
    # raw page, titles of its articles: a feature numbers every section of
    # it (01, 02), so a plain head after it opens another article; its
    # closing section (写在最后) is printed without a number and stays its own
    pytest.param(NUMBERED_FEATURE + "\n某市总工会发布今年为职工办实事清单\n\n"
                 "新的一年，工会将为职工办哪些实事？市总工会日前发布清单，共列出实事12项。\n",
                 ["新春走一线 | 节日里的工会身影", "某市总工会发布今年为职工办实事清单"], id="plain-head-after-it-opens-an-article"),
    pytest.param(NUMBERED_FEATURE + "\n写在最后\n\n"
                 "一份份关爱汇聚起来，让坚守岗位的职工感受到了“娘家”的温暖。\n",
                 ["新春走一线 | 节日里的工会身影"], id="closing-section-stays-in-it"),
]


@pytest.mark.parametrize("raw, titles", FEATURES_WITH_NUMBERED_SECTIONS)
def test_features_with_numbered_sections(raw, titles):
    units = [u for u in segment_page(repair_text(raw)) if u.kind == "article"]
    assert [u.title for u in units] == titles


CREDIT_FIRST_CAPTIONS = [
    # raw page, (kind, byline, body) of its last unit: a paragraph printed
    # with its photo credit first (记者 某某 摄：…) is a caption, its credit
    # the byline, not the last paragraph of the item above it
    pytest.param("工会动态\n\n某区总工会为困难职工子女发放助学金\n\n"
                 "近日，某区总工会开展助学活动，为86名困难职工子女发放助学金25.8万元。\n\n"
                 "记者 林晓 摄：老技师王某（左）在车间向徒弟讲解数控机床操作要点。\n",
                 ("caption", "记者 林晓 摄", "老技师王某（左）在车间向徒弟讲解数控机床操作要点。"), id="reporter-credit"),
    pytest.param("某县总工会开展职工技能比武\n\n"
                 "近日，某县总工会举办职工技能比武，来自全县32家企业的120名选手参赛。\n\n"
                 "通讯员 赵 敏 摄：参赛选手在进行焊接比赛。\n",
                 ("caption", "通讯员 赵 敏 摄", "参赛选手在进行焊接比赛。"), id="correspondent-credit-spaced-name"),
]


NUMBERED_PHOTO_CAPTIONS = [
    # raw page, (kind, title) of each unit: numbered photos' captions (图①…摄)
    # under a feature's section are captions of their own, each, even
    # printed without a blank line between them; the section stays a head;
    # so is a marked one (▲…摄, ▲… 某区总工会 供图), even among the paragraphs
    pytest.param("让技能人才有舞台\n——某市总工会推进产业工人队伍建设见闻\n本报记者 吴涛\n\n近年来，某市总工会把技能人才培养作为重点工作，全市技能人才总量达到30万人。\n\n"
    "课堂开进车间\n“职工需要什么，我们就教什么。”市总工会负责人介绍，今年已开设培训班120期。\n"
    "培训结束后，参训职工普遍反映学到了真本事，不少人拿到了技能等级证书。\n\n"
                 "图①　学员在车间实训基地练习焊接。　本报记者 吴涛 摄\n图②　职工技能大赛电工项目比赛现场。　通讯员 李明 摄\n",
                 [("article", "让技能人才有舞台"), ("caption", None), ("caption", None)], id="two-captions-without-a-blank-line"),
    pytest.param("让技能人才有舞台\n——某市总工会推进产业工人队伍建设见闻\n本报记者 吴涛\n\n近年来，某市总工会把技能人才培养作为重点工作，全市技能人才总量达到30万人。\n\n"
    "课堂开进车间\n“职工需要什么，我们就教什么。”市总工会负责人介绍，今年已开设培训班120期。\n"
    "培训结束后，参训职工普遍反映学到了真本事，不少人拿到了技能等级证书。\n\n"
                 "图1　学员在车间实训基地练习焊接。　本报记者 吴涛 摄\n\n图2　职工技能大赛电工项目比赛现场。　通讯员 李明 摄\n",
                 [("article", "让技能人才有舞台"), ("caption", None), ("caption", None)], id="digit-numbered-captions-apart"),
    pytest.param("某区职工技能大赛落幕\n\n近日，某区第二届职工技能大赛落幕，来自36家企业的210名职工参赛。\n"
                 "▲ 选手在进行焊工项目实操比赛。　王强 摄\n"
                 "比赛现场，不少企业负责人前来观摩，当场与获奖选手洽谈。\n",
                 [("article", "某区职工技能大赛落幕"), ("caption", None)], id="marked-caption-among-the-paragraphs"),
    pytest.param("某区职工技能大赛落幕\n\n近日，某区第二届职工技能大赛落幕，来自36家企业的210名职工参赛。\n\n"
                 "▲工作人员在驿站为快递员讲解入会流程。 某区总工会 供图\n",
                 [("article", "某区职工技能大赛落幕"), ("caption", None)], id="marked-caption-supplied-by-a-union"),
]


@pytest.mark.parametrize("raw, expected", NUMBERED_PHOTO_CAPTIONS)
def test_numbered_photo_captions(raw, expected):
    assert [(u.kind, u.title) for u in segment_page(repair_text(raw))] == expected


@pytest.mark.parametrize("raw, expected", CREDIT_FIRST_CAPTIONS)
def test_credit_first_captions(raw, expected):
    unit = segment_page(repair_text(raw))[-1]
    assert (unit.kind, unit.byline, unit.body) == expected


@pytest.mark.parametrize("raw, titles", RANKED_POSTS)
def test_ranked_posts(raw, titles):
    units = [u for u in segment_page(repair_text(raw)) if u.kind == "article"]
    assert [u.title for u in units] == titles


@pytest.mark.parametrize("raw, title", POST_TITLES)
def test_post_titles(raw, title):
    assert segment_page(repair_text(raw))[0].title == title


POST_LINE = "白银工会\n2026年12月02日 18:20 甘肃\n\n"
PREVIOUS_POST = ("寒冬送暖进企业\n\n" + POST_BODY + "\n来源：白银市总工会\n编辑：马丽　审核：张强\n\n")
HEADS_UNDER_A_POST_LINE = [
    # raw page, (title, subtitle) of its second post: a post's editor types
    # the title first and its subtitle under it, right under the post line
    # (no kicker in a post's head), even where the first line names a union
    pytest.param(POST_LINE + PREVIOUS_POST + POST_LINE + "区总工会开展“金秋助学”活动\n为困难职工子女圆上学梦\n\n" + POST_BODY,
                 ("区总工会开展“金秋助学”活动", "为困难职工子女圆上学梦"), id="union-line-first-is-the-title"),
    pytest.param(POST_LINE + PREVIOUS_POST + POST_LINE + "职工技能大赛决赛举行\n三百余名选手同台竞技\n\n" + POST_BODY,
                 ("职工技能大赛决赛举行", "三百余名选手同台竞技"), id="figure-line-second-is-the-subtitle"),
]


@pytest.mark.parametrize("raw, head", HEADS_UNDER_A_POST_LINE)
def test_heads_under_a_post_line(raw, head):
    unit = segment_page(repair_text(raw))[-1]
    assert (unit.title, unit.subtitle) == head


REPORT = ("职工书屋进车间\n\n本报讯（通讯员刘洋）近日，市总工会为5家企业配送图书3000册。\n"
          "市总工会今年计划新建职工书屋20家，服务职工1万余人。\n\n")
CAPTIONS_BROKEN_AFTER_THEIR_OPENING = [
    # raw page, (kind, title, opening of the text) of its last unit: a
    # caption's opening (date, union) broken off its text by the line's
    # width, over its credit, is the caption's text, not its title
    pytest.param(REPORT + "10月22日，天水市秦州区总工会\n在一处物流园开展“送法进园区”活动，为80余名货车司机讲解法律知识。\n"
                 "本报通讯员 王磊 摄\n", ("caption", None, "10月22日，天水市秦州区总工会"), id="date-opening"),
    pytest.param(REPORT + "近日，酒泉市总工会组织\n劳模工匠走进车间，为60余名青年职工传授操作技能。\n"
                 "本报通讯员 李娟 摄\n", ("caption", None, "近日，酒泉市总工会组织"), id="recent-days-opening"),
]


@pytest.mark.parametrize("raw, head", CAPTIONS_BROKEN_AFTER_THEIR_OPENING)
def test_captions_broken_after_their_opening(raw, head):
    unit = segment_page(repair_text(raw))[-1]
    assert (unit.kind, unit.title, unit.body[:len(head[2])]) == head


UNDATED_REPORT = ("临沧市总工会开展春季送岗位活动\n\n近日，临沧市总工会举办招聘会，提供岗位800余个。\n\n"
                  "活动吸引了大量求职者前来咨询，现场达成就业意向200余人。\n\n")
CREDITED_PHOTO_PARAGRAPHS_UNDER_A_REPORT = [
    # raw page: a report with no dateline, its last paragraph a credited
    # 图为… caption: the report stays an article, the caption a unit of its own
    pytest.param(UNDATED_REPORT + "图为4月2日，临沧市总工会工作人员在招聘现场为求职者介绍岗位。\n通讯员 李华 摄\n",
                 id="reporter-credit"),
    pytest.param(UNDATED_REPORT + "图为4月2日，临沧市总工会工作人员在招聘现场为求职者介绍岗位。\n"
                 "遵义市总工会 供图 李华 摄\n", id="union-supplied-photo"),
    pytest.param(UNDATED_REPORT + "上图：临沧市总工会工作人员在招聘现场为求职者介绍岗位。\n李华 摄\n",
                 id="upper-photo-bare-credit"),
]


@pytest.mark.parametrize("raw", CREDITED_PHOTO_PARAGRAPHS_UNDER_A_REPORT)
def test_credited_photo_paragraphs_under_a_report(raw):
    units = segment_page(repair_text(raw))
    assert [(u.kind, u.title, u.body[:2]) for u in units] == [
        ("article", "临沧市总工会开展春季送岗位活动", "近日"), ("caption", None, raw.split("\n\n")[-1][:2])]


DASH_TITLES = [
    # raw page, the title of its first unit: a one-line head "A——B" is one
    # title, unless A reads as a kicker (a union's deed, a clause comma) and B
    # names no report's kind (…见闻, …纪实)
    pytest.param("矿山里的“贴心人”——六盘水工会服务煤矿职工见闻\n\n本报记者 李强\n\n" + POST_BODY,
                 "矿山里的“贴心人”——六盘水工会服务煤矿职工见闻", id="dash-part-naming-the-reports-kind-keeps-one-title"),
    pytest.param("六盘水市总工会把服务阵地建到矿区井口——矿工下井前有了“暖心站”\n\n本报记者 李强\n\n" + POST_BODY,
                 "矿工下井前有了“暖心站”", id="kicker-dash-title-on-one-line-splits"),
    pytest.param("某区工会深入园区企业，建立“网格化”联系机制——职工心声“马上听” 企业难题“及时解”\n\n本报记者 李强\n\n" + POST_BODY,
                 "职工心声“马上听” 企业难题“及时解”", id="kicker-sentence-with-a-clause-comma-splits"),
    # a title of words before the dash and its event after it is one title:
    # the part before the dash states no facts, it is no kicker
    pytest.param("岗位“练兵场”上比出“真本领”——遵义市2026年职工劳动竞赛开幕\n\n本报记者 李强\n\n" + POST_BODY,
                 "岗位“练兵场”上比出“真本领”——遵义市2026年职工劳动竞赛开幕", id="title-dash-event-keeps-one-title"),
]


@pytest.mark.parametrize("raw, title", DASH_TITLES)
def test_dash_titles(raw, title):
    assert segment_page(repair_text(raw))[0].title == title


CONTINUATIONS = [
    # page, title of the article continued, text it reads after the mark, text of the next article
    pytest.param("continued_page", "瑞金工会驿站用上“共享药箱”", "称作路上的“补给站”。市总工会计划", "于都",
                 id="continued-from-first-column-joins-the-cut-sentence"),
    pytest.param("continued_page", "瑞金工会驿站用上“共享药箱”", "驿站还将增设血压计", "于都",
                 id="paragraphs-after-the-continuation-stay-with-it"),
]


@pytest.mark.parametrize("page, title, text, other", CONTINUATIONS)
def test_continuation_mark_stitches_the_article_it_continues(page, title, text, other):
    unit = unit_titled(page, title)
    assert text in unit.body and "上接" not in unit.body and other not in unit.body


OTHER_PAGE_REPORT = ("本报讯（通讯员周敏）近日，梧州市总工会举办职工羽毛球赛，来自全市26家单位的150余名职工参赛。"
                     "比赛分团体和个人两个组别，持续了3天。\n")
OTHER_PAGE_CONTINUATIONS = [
    # raw page, the titles of its units: a mark naming another page begins a
    # unit of its own; over a headline it stays that headline's
    pytest.param("梧州职工羽毛球赛落幕\n\n" + OTHER_PAGE_REPORT + "\n（上接第1版）\n"
                 "在“夏送清凉”活动中，自治区总工会累计发放防暑物资1.2万份，走访户外劳动者3.6万人次。\n",
                 ["梧州职工羽毛球赛落幕", None], id="mark-over-a-paragraph-opens-an-untitled-unit"),
    pytest.param("梧州职工羽毛球赛落幕\n\n" + OTHER_PAGE_REPORT + "\n（上接2版）\n\n贺州工会驿站增至80个\n\n"
                 "本报讯 今年以来，贺州市总工会新建工会驿站12个，全市驿站增至80个。\n",
                 ["梧州职工羽毛球赛落幕", "贺州工会驿站增至80个"], id="mark-over-a-headline-leaves-the-head-alone"),
]


@pytest.mark.parametrize("raw, titles", OTHER_PAGE_CONTINUATIONS)
def test_continuation_from_another_page_is_a_unit_of_its_own(raw, titles):
    articles = [a for a in segment_page(repair_text(raw)) if a.kind == "article"]
    assert [a.title for a in articles] == titles and "上接" not in articles[-1].body


def test_continued_part_is_no_part_of_the_article_it_follows():
    assert "补给站" not in unit_titled("continued_page", "于都职工篮球赛开赛").body


BULLET_ITEMS = [
    # raw page, the titles of its units: a bulleted paragraph is an untitled
    # article only when its run reads as a column of reports
    pytest.param("●贺州市总工会近日为环卫工人送去防暑用品300份。市总工会还设立了清凉补给点8个。\n\n"
                 "●梧州市总工会日前举办职工乒乓球赛，28支队伍参赛。比赛持续了3天。\n",
                 [None, None], id="unlabelled-run-of-reports-each-opening-with-a-union"),
    pytest.param("玉林工会推进职工之家建设\n\n本报讯　玉林市总工会今年推进职工之家建设，重点抓好三项工作。\n\n"
                 "●坚持需求导向。围绕职工所需配置设施。\n\n●坚持分类指导。按企业规模确定建设标准。\n",
                 ["玉林工会推进职工之家建设"], id="a-features-bulleted-points-stay-in-it"),
]


@pytest.mark.parametrize("raw, titles", BULLET_ITEMS)
def test_bullet_items(raw, titles):
    assert [u.title for u in segment_page(repair_text(raw))] == titles


def test_digest_item_number_line_is_not_joined_to_its_heading():
    assert "01\n" in repair_text("01\n某区总工会：驿站新增5个\n\n近日，某区总工会新建驿站5个。\n").text


TWO_REPORTS = ("固原市总开展送法进工地\n本报讯（通讯员 马 兰）近日，固原市总工会律师团走进5个建筑工地，为农民工解答法律问题80余个。\n\n"
               "{header}"
               "吴忠市总为快递员办理意外险\n本报讯（通讯员 赵 敏）日前，吴忠市总工会为全市快递员集中办理意外伤害保险，惠及1200人。\n")
RUNNING_HEADERS = [
    # the header printed between two reports, the titles of the page's units:
    # the masthead repeated down the page is its folio, never a headline
    pytest.param("宁夏工人报\n2026年3月4日 星期三\n综合新闻 2\n\n", id="outlet-date-and-page-on-three-lines"),
    pytest.param("2026年3月4日 星期三\n基层 3\n\n", id="date-and-page-on-two-lines"),
    pytest.param("宁夏工人报 2026年3月4日 星期三 第2版\n\n", id="one-line-folio"),
]


@pytest.mark.parametrize("header", RUNNING_HEADERS)
def test_running_header_down_the_page_is_no_title(header):
    titles = [u.title for u in segment_page(repair_text(TWO_REPORTS.format(header=header)))]
    assert titles == ["固原市总开展送法进工地", "吴忠市总为快递员办理意外险"]


def test_masthead_line_repeated_word_for_word_is_a_running_header():
    masthead = "宁夏工人报 市县传真 2026年3月4日 第3版\n\n"
    titles = [u.title for u in segment_page(repair_text(masthead + TWO_REPORTS.format(header=masthead)))]
    assert titles == ["固原市总开展送法进工地", "吴忠市总为快递员办理意外险"]



GENRE_DECKS = [
    # a head of two plain lines, title and deck: the line closing on its
    # genre's name is the deck, above or under the title
    pytest.param("让困难职工过个暖心年\n宁夏工会2026年“两节”送温暖活动综述", "让困难职工过个暖心年", id="survey-under-the-title"),
    pytest.param("固原工会服务产业工人队伍建设纪实\n车间里搭起成才路", "车间里搭起成才路", id="chronicle-over-the-title"),
]


QUOTED_DECKS = [
    # a head of two plain lines: a voice in quotes under a plain line is that
    # line's deck, even when the plain line names a union; over it, the title
    pytest.param("石嘴山市总工会为环卫工人送上防暑物资\n“大热天有人惦记着我们”", "石嘴山市总工会为环卫工人送上防暑物资",
                 id="quote-under-a-union-named-line-is-the-deck"),
    pytest.param("“大热天有人惦记着我们”\n石嘴山市总工会为环卫工人送上防暑物资", "“大热天有人惦记着我们”",
                 id="quote-over-a-union-named-line-is-the-title"),
]


COUNT_DECKS_UNDER_A_UNIONS_DEED = [
    # a head of two plain lines: a union's deed over a deck giving its count
    # (opening on the figure, or on the period and then the figure) is the
    # title, figures in it or not
    pytest.param("开封市总工会“送温暖”发放慰问金186万元\n2300余户困难职工家庭受益", "开封市总工会“送温暖”发放慰问金186万元",
                 id="figure-opening-deck-under-a-deed-with-figures"),
    pytest.param("安阳市总工会组织劳模疗休养\n今年共安排900余名劳模和一线职工参加", "安阳市总工会组织劳模疗休养",
                 id="period-opening-deck-under-a-deed"),
    pytest.param("儋州职工驿站增至58个\n全年服务环卫工人、快递员等超过12万人次", "儋州职工驿站增至58个",
                 id="period-total-under-a-line-closing-on-its-figure"),
]


@pytest.mark.parametrize("head, title", COUNT_DECKS_UNDER_A_UNIONS_DEED)
def test_count_deck_under_a_unions_deed_is_not_the_title(head, title):
    raw = "河南工人日报 2026年12月2日 星期三 第2版 综合新闻\n\n" + head + "\n\n本报讯（通讯员 马丽）近日，全市各级工会走访困难职工家庭，送去慰问品。\n"
    assert segment_page(repair_text(raw))[0].title == title


@pytest.mark.parametrize("head, title", QUOTED_DECKS)
def test_quoted_deck_is_not_the_title(head, title):
    raw = "宁夏工人报 2026年7月2日 星期四 第2版 综合新闻\n\n" + head + "\n本报记者 马 兰\n\n今年以来，全区各级工会走访环卫工人1200名，送去绿豆汤和防暑药品。\n"
    assert segment_page(repair_text(raw))[0].title == title


@pytest.mark.parametrize("head, title", GENRE_DECKS)
def test_genre_deck_is_not_the_title(head, title):
    raw = head + "\n本报记者 马 兰\n\n今年以来，全区各级工会走访困难职工家庭1200户，送去慰问金和慰问品。\n"
    assert segment_page(repair_text(raw))[0].title == title


ROUND_UP_SECTIONS = [
    # raw page, (kind, title) of its units: under a column's label, heads opened
    # by a bullet (▲某县：…) are sections of one round-up titled by the label
    pytest.param("基层传真\n\n▲德江县：环卫工人领到了“暖冬包”\n\n近日，德江县总工会为环卫工人送去棉衣420件。"
                 "县总工会还在城区设立了暖心驿站6个。\n\n▲思南县：职工技能培训进车间\n\n思南县总工会今年在园区企业开展"
                 "技能培训18期。参训职工达到960人次。\n",
                 [("article", "基层传真")], id="bullet-heads-under-a-label-are-one-round-up"),
    pytest.param("基层传真\n\n德江县：环卫工人领到了“暖冬包”\n\n近日，德江县总工会为环卫工人送去棉衣420件。\n\n"
                 "思南县：职工技能培训进车间\n\n思南县总工会今年在园区企业开展技能培训18期。\n",
                 [("article", "德江县：环卫工人领到了“暖冬包”"), ("article", "思南县：职工技能培训进车间")],
                 id="plain-heads-under-a-label-stay-items-of-their-own"),
]


@pytest.mark.parametrize("raw, units_", ROUND_UP_SECTIONS)
def test_round_up_sections(raw, units_):
    assert [(u.kind, u.title) for u in segment_page(repair_text(raw))] == units_


PHOTO_LABELLED_CAPTIONS = [
    # raw page, (kind, title, first characters of the text) of its units: a
    # photo label run in with its caption (【图说】…。 某某 摄) heads a caption
    pytest.param("铜仁市总工会开展职工健步走活动\n\n本报讯（记者 龙燕）铜仁市总工会日前组织职工健步走，1200名职工参加。\n\n"
                 "【图说】11月8日，铜仁市一家企业的职工在参加健步走活动。　本报记者　龙燕　摄\n",
                 [("article", "铜仁市总工会开展职工健步走活动", "铜仁市"), ("caption", None, "11月8日")],
                 id="图说-label-with-a-credit"),
    pytest.param("铜仁市总工会开展职工健步走活动\n\n本报讯（记者 龙燕）铜仁市总工会日前组织职工健步走，1200名职工参加。\n\n"
                 "【图片】11月8日，职工在参加健步走活动。　铜仁市总工会供图　龙燕 摄\n",
                 [("article", "铜仁市总工会开展职工健步走活动", "铜仁市"), ("caption", None, "11月8日")],
                 id="图片-label-with-a-supplied-credit"),
]


@pytest.mark.parametrize("raw, units_", PHOTO_LABELLED_CAPTIONS)
def test_photo_labelled_captions(raw, units_):
    got = [(u.kind, u.title, u.body[:len(first)]) for u, (_, _, first) in zip(segment_page(repair_text(raw)), units_)]
    assert got == units_ and len(segment_page(repair_text(raw))) == len(units_)


NOTICE_BOXES = [
    # raw page, the titles of its units: a notice's label (温馨提示) and its
    # text are a box of the article before it, never a unit of their own
    pytest.param("铜仁市总工会启动职工子女托管班\n\n本报讯　铜仁市总工会今年开设托管班12个，招收职工子女600名。\n\n"
                 "温馨提示\n\n报名请登录市总工会微信公众号，名额有限，报满即止。\n",
                 ["铜仁市总工会启动职工子女托管班"], id="notice-under-its-article"),
    pytest.param("铜仁市总工会启动职工子女托管班\n\n本报讯　铜仁市总工会今年开设托管班12个，招收职工子女600名。\n\n"
                 "【图片】7月1日，职工子女在托管班上书法课。　本报记者　龙燕　摄\n\n"
                 "【温馨提示】\n\n报名请登录市总工会微信公众号，名额有限，报满即止。\n",
                 ["铜仁市总工会启动职工子女托管班", None], id="notice-past-a-caption"),
]


@pytest.mark.parametrize("raw, titles", NOTICE_BOXES)
def test_notice_boxes(raw, titles):
    assert [u.title for u in segment_page(repair_text(raw))] == titles


FIGURE_LIST_BOXES = [
    # raw page, the titles of its units: a background box (【链接】) whose
    # heading sits over bulleted lines of figures (◆职工驿站：215个，…) is text
    # of the article it stands by, never a headline group of its own
    pytest.param("伊春市总工会为林区职工办实事\n\n本报讯　伊春市总工会今年为林区职工办实事12件，惠及职工3万余人。\n\n"
                 "【链接】\n\n伊春市总工会今冬服务一览\n\n◆暖心驿站：215个，服务9.2万人次\n\n"
                 "◆困难帮扶：走访640户，发放资金318万元\n\n"
                 "图为伊春市一处暖心驿站内，护林员在喝热水。　本报记者　林海　摄\n",
                 ["伊春市总工会为林区职工办实事", None], id="link-box-heading-over-bulleted-figures"),
    pytest.param("伊春市总工会为林区职工办实事\n\n本报讯　伊春市总工会今年为林区职工办实事12件，惠及职工3万余人。\n\n"
                 "◆铁力市：２００余名护林员免费体检\n\n近日，铁力市总工会组织护林员免费体检，现场还开展了健康讲座。\n",
                 ["伊春市总工会为林区职工办实事", "◆铁力市：２００余名护林员免费体检"],
                 id="bulleted-head-with-one-figure-stays-a-head"),
]


@pytest.mark.parametrize("raw, titles", FIGURE_LIST_BOXES)
def test_figure_list_boxes(raw, titles):
    assert [u.title for u in segment_page(repair_text(raw))] == titles


NUMBERED_DIGEST_ITEMS = [
    # raw post, the (title, subtitle) of its units: a WeChat digest numbers its
    # items (01, 02 …) on a line of their own over the item's head; the line
    # under the number is the title, a deck under it the subtitle, and a
    # number printed right under the last paragraph of the item before (past
    # the account's name repeated there) still opens an item
    pytest.param("01\n全市工会今年将筹集帮扶资金860万元\n“金秋助学”活动在城东区启动\n\n"
                 "8月20日，宜宾市总工会“金秋助学”活动启动，今年计划资助困难职工子女420名。\n\n"
                 "“有了这笔钱，孩子上学就不愁了。”一名受助职工说。\n宜宾工会\n02\n"
                 "职工书屋上新 夜读有了好去处\n\n今年以来，宜宾市新建职工书屋示范点14家，配送图书1.6万册。\n",
                 [("全市工会今年将筹集帮扶资金860万元", "“金秋助学”活动在城东区启动"),
                  ("职工书屋上新 夜读有了好去处", None)],
                 id="number-over-title-and-deck-then-number-under-a-paragraph"),
    pytest.param("03\n精准帮扶暖人心 困难职工日子有奔头\n江安县总工会推进困难职工解困脱困\n\n"
                 "今年以来，江安县总工会累计发放救助资金92万元，帮助31户困难职工家庭解困脱困。\n",
                 [("精准帮扶暖人心 困难职工日子有奔头", "江安县总工会推进困难职工解困脱困")],
                 id="number-over-a-spaced-title-and-a-union-deck"),
    pytest.param("02\n自贡市总工会“职工之家”建设提速　年内示范点将达到150个\n\n"
                 "11月3日，自贡市总工会召开职工之家建设推进会，今年新建示范点46个。\n",
                 [("自贡市总工会“职工之家”建设提速 年内示范点将达到150个", None)],
                 id="number-over-a-long-one-line-head-with-a-space-is-one-title-no-deck"),
    # a digest numbering its place-titled items 一、 二、 …: a head printed with
    # no blank line over its text, or run on under the item before, still
    # opens an item (the numbering, not the blank lines, parts the items)
    pytest.param("一、泸州市总工会开展“冬送温暖”慰问\n\n12月2日，泸州市总工会慰问环卫工人150名。\n\n"
                 "二、合江：货车司机集中入会\n合江县总工会今年以来发展货车司机会员320名。\n"
                 "入会后，司机们在驿站歇脚、充电更方便了。\n\n"
                 "三、叙永县：职工夜校开课\n\n叙永县总工会开办职工夜校，开设课程9门。\n"
                 "县总工会负责人表示，明年将再开课程5门。\n四、古蔺县：劳模疗休养收官\n\n"
                 "日前，古蔺县总工会组织劳模疗休养4批次，共计120人。\n",
                 [("一、泸州市总工会开展“冬送温暖”慰问", None), ("二、合江：货车司机集中入会", None),
                  ("三、叙永县：职工夜校开课", None), ("四、古蔺县：劳模疗休养收官", None)],
                 id="numbered-place-items-glued-to-their-text-or-run-on"),
]


@pytest.mark.parametrize("raw, heads", NUMBERED_DIGEST_ITEMS)
def test_numbered_digest_items(raw, heads):
    assert [(u.title, u.subtitle) for u in segment_page(repair_text(raw))] == heads


COMMENTARY_HEADS_RUN_ON = [
    # raw page, the titles of its units: a commentary's label, title and
    # writer printed without blank lines and its text run on under the
    # writer's name (短评 / title / 某某 / text) is a unit of its own
    pytest.param("攀枝花市总工会新建职工驿站18个\n\n本报讯　今年以来，攀枝花市总工会新建职工驿站18个，服务户外劳动者6万人次。\n\n"
                 "短评\n小驿站见大民生\n李春来\n驿站建得多了，更要用得好。\n\n服务职工，贵在用心用情。\n",
                 ["攀枝花市总工会新建职工驿站18个", "小驿站见大民生"], id="label-title-writer-then-text"),
]


@pytest.mark.parametrize("raw, titles", COMMENTARY_HEADS_RUN_ON)
def test_commentary_heads_run_on(raw, titles):
    assert [u.title for u in segment_page(repair_text(raw))] == titles


FEATURE_SECTIONS_PAST_A_FRAME = [
    # raw page, the (kind, title) of its units: a feature's numbered section
    # head (一、…) whose last paragraph is followed by a photo caption with its
    # credit run in is a section of the feature, never a caption's head; the
    # section numbered on (二、…) past the caption and a running header goes
    # on with the feature
    pytest.param("茶山上的“职工之家”\n——安溪县总工会服务茶产业工人见闻\n\n本报记者　林晓燕\n\n"
                 "初冬的茶山，采茶工人刚刚收工，县总工会的服务车就开进了茶园。\n\n"
                 "一、把服务站建到茶园边\n\n去年起，安溪县总工会在茶园集中的乡镇新建服务站12个，覆盖茶农工人3000余名。\n\n"
                 "“以前歇脚都没地方，现在渴了有水喝，累了有地方坐。”一名采茶工人说。\n\n"
                 "图为安溪县一处茶园服务站，工作人员为工人量血压。　本报记者　林晓燕　摄\n\n"
                 "福建工人报　2026年3月5日　星期四　第4版\n\n\n"
                 "二、把培训送到茶厂里\n\n今年以来，县总工会在茶厂开设制茶技能培训班8期，培训职工560人次。\n",
                 [("article", "茶山上的“职工之家”"), ("caption", None)],
                 id="numbered-sections-past-a-caption-and-a-running-header"),
    pytest.param("南平市总工会开展技能比武\n\n本报讯　近日，南平市总工会举办茶艺技能比武，120名职工参赛。\n\n"
                 "图为比赛现场。　本报记者　郑明　摄\n\n"
                 "武夷山市总工会为导游送清凉\n\n本报讯　连日来，武夷山市总工会走访景区，为导游送去清凉用品800份。\n",
                 [("article", "南平市总工会开展技能比武"), ("caption", None), ("article", "武夷山市总工会为导游送清凉")],
                 id="unnumbered-head-past-a-caption-still-opens-an-article"),
]


@pytest.mark.parametrize("raw, units_", FEATURE_SECTIONS_PAST_A_FRAME)
def test_feature_sections_past_a_frame(raw, units_):
    assert [(u.kind, u.title) for u in segment_page(repair_text(raw))] == units_


BRACKETED_FEATURE_SECTIONS = [
    # raw page, the (kind, title) of its units: a feature's section heads in
    # brackets (【从“甲”到“乙”】) alone over its paragraphs are subheadings of
    # it, a running header between them included; a tag over a headline still
    # opens an article
    pytest.param("江边的“歇脚点”\n——宜昌市总工会建设户外劳动者驿站走笔\n\n本报记者　何玉兰\n\n"
                 "清晨，江边的驿站里已经坐满了送早餐的骑手。\n\n"
                 "【从“没地方”到“有地方”】\n\n去年以来，宜昌市总工会在城区新建驿站36个，服务骑手2万余人次。\n\n"
                 "湖北工人报　2026年3月5日　星期四　第3版\n\n"
                 "【从“有地方”到“有温度”】\n\n驿站里备了药箱和充电柜，今年还开了夜校。\n",
                 [("article", "江边的“歇脚点”")],
                 id="bracketed-sections-past-a-running-header"),
    pytest.param("江边的“歇脚点”\n\n本报记者　何玉兰\n\n清晨，江边的驿站里已经坐满了送早餐的骑手。\n\n"
                 "【短评】\n\n让驿站常亮\n\n周明\n\n驿站建起来容易，管起来难。\n",
                 [("article", "江边的“歇脚点”"), ("article", "让驿站常亮")],
                 id="a-tag-over-a-headline-still-opens-an-article"),
]


@pytest.mark.parametrize("raw, units_", BRACKETED_FEATURE_SECTIONS)
def test_bracketed_feature_sections(raw, units_):
    assert [(u.kind, u.title) for u in segment_page(repair_text(raw))] == units_


GLUED_PHOTO_HEADS = [
    # raw page, (kind, title, first characters of the text) of its units: a
    # photo's title glued to its caption, the credit run in (title / 图为…
    # 某某 摄), and a photo pointer run in (（图）某日，…) head a caption; a
    # dated line naming its weekday between two reports is a running header
    pytest.param("伊宁市总工会开展送清凉\n本报讯（记者 马丽）连日来，伊宁市总工会为环卫工人送去清凉用品600份。\n\n"
                 "安全生产进车间\n图为6月9日，奎屯市总工会工作人员在车间为职工讲解安全知识。　本报通讯员 赵强 摄\n",
                 [("article", "伊宁市总工会开展送清凉", "连日来"), ("caption", "安全生产进车间", "图为6月9日")],
                 id="photo-title-glued-to-its-caption"),
    pytest.param("伊宁市总工会开展送清凉\n本报讯（记者 马丽）连日来，伊宁市总工会为环卫工人送去清凉用品600份。\n\n"
                 "（图）6月9日，奎屯市总工会工作人员在车间为职工讲解安全知识。\n本报记者　马丽　摄\n",
                 [("article", "伊宁市总工会开展送清凉", "连日来"), ("caption", None, "6月9日")],
                 id="photo-pointer-run-in"),
    pytest.param("伊宁市总工会开展送清凉\n本报讯（记者 马丽）连日来，伊宁市总工会为环卫工人送去清凉用品600份。\n\n"
                 "2026年6月12日　星期五　要闻\n奎屯市总工会为职工体检\n本报讯（通讯员 李刚）近日，奎屯市总工会组织800名职工免费体检。\n",
                 [("article", "伊宁市总工会开展送清凉", "连日来"), ("article", "奎屯市总工会为职工体检", "近日")],
                 id="dated-weekday-header-between-reports"),
]


@pytest.mark.parametrize("raw, units_", GLUED_PHOTO_HEADS)
def test_glued_photo_heads(raw, units_):
    units = segment_page(repair_text(raw))
    assert [(u.kind, u.title, u.body[:len(first)]) for u, (_, _, first) in zip(units, units_)] == units_
    assert len(units) == len(units_)


QUOTED_SPACE_TITLES = [
    # a one-line head whose space falls inside a quotation is one title
    pytest.param("伊犁州“学技能 促增收”职业技能竞赛启动", ("伊犁州“学技能 促增收”职业技能竞赛启动", None), id="space-inside-quotes"),
]


@pytest.mark.parametrize("line, expected", QUOTED_SPACE_TITLES)
def test_quoted_space_titles(line, expected):
    raw = f"{line}\n本报讯（记者 马丽）近日，伊犁州总工会启动职业技能竞赛，2000名职工报名。\n"
    unit = segment_page(repair_text(raw))[0]
    assert (unit.title, unit.subtitle) == expected


_SHARED_VOCABULARY_PAGE = (
    "九江市总工会举办职工技能大赛\n\n本报讯（记者 周平）九江市总工会日前举办职工技能大赛，焊工、车工、数控车工三个工种的"
    "技能比武在九江技师学院开赛，九江各行业职工技能选手380名参赛。\n\n"
    "技能大赛设焊工、车工、数控车工三个工种的技能比武，选手在技师学院比拼焊接和数控技能。\n\n"
    "瑞昌市总工会为环卫工人送清凉\n\n本报讯（通讯员 李芳）连日来，瑞昌市总工会走访城区环卫站点，为环卫工人送去清凉用品600份。\n\n"
    "{para}\n")

STITCHING_LIMITS = [
    # the last paragraph, the title of the article it ends in: a paragraph
    # sharing an earlier article's words moves there (the layout interleaved
    # them), unless it leans on the text above it (据介绍，…), opens on the
    # place its article's title names, or is an item opened by its bullet
    pytest.param("焊工、车工、数控车工三个工种的技能比武在技师学院进行，九江各行业选手比拼焊接和数控技能，大赛决赛下月举行。",
                 "九江市总工会举办职工技能大赛", id="interleaved-paragraph-moves"),
    pytest.param("据介绍，焊工、车工、数控车工三个工种的技能比武在技师学院进行，九江各行业选手比拼焊接和数控技能。",
                 "瑞昌市总工会为环卫工人送清凉", id="据介绍-leans-on-the-text-above"),
    pytest.param("瑞昌市的焊工、车工、数控车工三个工种的技能比武在技师学院进行，各行业选手比拼焊接和数控技能。",
                 "瑞昌市总工会为环卫工人送清凉", id="opens-on-its-title-place"),
    pytest.param("●焊工、车工、数控车工三个工种的技能比武在技师学院进行，九江各行业选手比拼焊接和数控技能，大赛决赛下月举行。",
                 "瑞昌市总工会为环卫工人送清凉", id="bulleted-item"),
]


@pytest.mark.parametrize("para, title", STITCHING_LIMITS)
def test_stitching_limits(para, title):
    units = segment_page(repair_text(_SHARED_VOCABULARY_PAGE.format(para=para)))
    assert [u.title for u in units if para[:8] in u.body] == [title]


VOICE_COLUMNS = [
    # a column of voices labelled by who speaks (职工说, 代表说) over a quoted
    # title: the label is the column's, the quote is the unit's title
    pytest.param("职工说\n“有了驿站，跑单路上不再犯愁”\n\n“冬天手冻僵了，进驿站喝口热水就缓过来了。”"
                 "快递员小吴说，全区已建成驿站23个。\n",
                 "“有了驿站，跑单路上不再犯愁”", id="workers-say-over-a-quoted-title"),
]


@pytest.mark.parametrize("raw, title", VOICE_COLUMNS)
def test_voice_column_label_is_not_the_title(raw, title):
    assert [u.title for u in segment_page(repair_text(raw))] == [title]


BRIEF_ROUNDUP_ITEMS = [
    # raw post, the titles of its units: a roundup's brief items (①某县：… glued
    # to their one paragraph, no blank line inside an item) are one unit under
    # the head above them; items whose text runs on over blank lines, or that
    # open on a source line, are articles of their own
    pytest.param("营口市总工会开展冬季送温暖活动\n\n近日，营口市总工会走访慰问困难职工210户。\n\n"
                 "基层传真｜本周县区工会动态\n\n"
                 "①盖州市总工会：农民工夜校开课\n盖州市总工会开办农民工夜校，首期学员64名。\n\n"
                 "②大石桥市总工会：驿站添了新设备\n大石桥市总工会为12个驿站配送微波炉和药箱。\n"
                 "③老边区总工会：女职工健康讲座进园区\n老边区总工会举办健康讲座3场，女职工400余人参加。\n",
                 ["营口市总工会开展冬季送温暖活动", "基层传真｜本周县区工会动态"],
                 id="brief-items-one-unit-under-their-head"),
    pytest.param("①盖州市：农民工夜校开课\n来源：盖州市总工会\n\n盖州市总工会开办农民工夜校，首期学员64名。\n\n"
                 "夜校开设电工、焊工等课程6门。\n\n"
                 "②大石桥市：驿站添了新设备\n来源：大石桥市总工会\n\n大石桥市总工会为12个驿站配送微波炉和药箱。\n\n"
                 "驿站今年已服务户外劳动者1.5万人次。\n",
                 ["盖州市：农民工夜校开课", "大石桥市：驿站添了新设备"],
                 id="items-running-over-paragraphs-are-articles"),
    # a column's bracketed label over bulleted notes, no blank line between,
    # past a running header: a column of its own, not a section of the
    # article above
    pytest.param("本溪市总工会举办职工技能大赛\n本报讯（记者 周宁） 近日，本溪市总工会举办职工技能大赛，"
                 "参赛职工260名。\n\n辽东职工报 2026年10月9日 第4版 基层\n\n【县区简讯】\n"
                 "△明山区总工会日前为辖区环卫工人送去防寒服200件。\n△溪湖区总工会近日举办职工书画展，展出作品80幅。\n",
                 ["本溪市总工会举办职工技能大赛", "【县区简讯】"],
                 id="bracketed-label-over-bulleted-notes-is-a-column"),
]


@pytest.mark.parametrize("raw, titles", BRIEF_ROUNDUP_ITEMS)
def test_brief_roundup_items(raw, titles):
    assert [_strip_glyph(u.title) for u in segment_page(repair_text(raw))] == titles


def _strip_glyph(title: str | None) -> str | None:
    return title.lstrip("①②③④⑤⑥⑦⑧⑨") if title else title


TITLES_UNDER_A_BOX = [
    # raw page, the titles of its units: a report's title printed on the
    # last line of the block above its lead (no blank line under a box's
    # last item) heads that report; a line that runs on a sentence does not
    pytest.param("【链接】\n银川市总工会今年服务职工重点任务\n——新建户外劳动者驿站20个；\n——发放帮扶资金80万元。\n"
                 "灵武：矿区职工有了“健身房”\n\n本报讯（记者 马丽）近日，灵武市总工会在矿区建成职工健身房，"
                 "配备器材40余件，可同时容纳60名职工锻炼。\n",
                 "灵武：矿区职工有了“健身房”", id="title-under-a-box-list"),
    pytest.param("贺兰县总工会为环卫工人送清凉\n\n本报讯（记者 马丽）近日，贺兰县总工会为环卫工人送去防暑用品，"
                 "并在城区设立\n活动覆盖全县环卫工人\n\n本报讯（记者 杨帆）近日，永宁县总工会举办职工技能比武，参赛职工90名。\n",
                 None, id="a-cut-line-of-text-is-no-title"),
]


@pytest.mark.parametrize("raw, title", TITLES_UNDER_A_BOX)
def test_title_under_a_box(raw, title):
    titles = [u.title for u in segment_page(repair_text(raw))]
    assert (title in titles) if title else "活动覆盖全县环卫工人" not in titles


TITLED_BOXES = [
    # raw page, the titles of its units: a background box's label (【链接】)
    # straight over a title line and its text, no blank line between, is a
    # unit of its own titled by that line; a label standing apart, or over a
    # question, heads a box inside the article it stands by
    pytest.param("常德工会建起职工书屋60家\n\n本报讯（记者 向阳）今年以来，常德市总工会在园区和企业建成职工书屋60家，"
                 "藏书逾12万册。\n\n【链接】\n常德市职工书屋建设“三个有”\n每个园区有1家示范书屋；每家书屋有1名管理员；"
                 "每月有1次读书活动。\n",
                 ["常德工会建起职工书屋60家", "常德市职工书屋建设“三个有”"], id="label-over-title-and-text"),
    pytest.param("常德工会建起职工书屋60家\n\n本报讯（记者 向阳）今年以来，常德市总工会在园区和企业建成职工书屋60家，"
                 "藏书逾12万册。\n\n【链接】\n常德市总工会今年书屋建设任务\n——新建职工书屋20家；\n——配送图书3万册。\n",
                 ["常德工会建起职工书屋60家", "常德市总工会今年书屋建设任务"], id="label-over-title-and-dashed-list"),
    pytest.param("常德工会建起职工书屋60家\n\n本报讯（记者 向阳）今年以来，常德市总工会在园区和企业建成职工书屋60家，"
                 "藏书逾12万册。\n\n链接\n职工书屋怎么申请？\n企业工会向所在区县总工会提出申请，经验收合格后挂牌。\n",
                 ["常德工会建起职工书屋60家"], id="label-over-a-question-stays-in-the-article"),
    pytest.param("常德工会建起职工书屋60家\n\n本报讯（记者 向阳）今年以来，常德市总工会在园区和企业建成职工书屋60家，"
                 "藏书逾12万册。\n\n【链接】\n\n常德市职工书屋建设情况\n\n常德市职工书屋建设始于2015年，"
                 "目前已覆盖全市各区县。\n",
                 ["常德工会建起职工书屋60家"], id="label-apart-from-its-line-stays-in-the-article"),
]


PAGE_HEAD_STAFF_LINES = [
    # the page's head (outlet, date, section, staff line) printed over the first story's head
    pytest.param("江西工人报\n2026年10月9日 星期五 第3版\n深度·老区职工新生活\n本版编辑：罗晓梅 美术编辑：陈强\n\n"
                 "赣州：让工会驿站开进每个乡镇\n——全市职工服务阵地建设观察\n\n"
                 "本报记者 刘芳\n\n走进于都县的一处乡镇驿站，几名环卫工人正在喝水歇脚。\n",
                 "赣州：让工会驿站开进每个乡镇", id="staff-line-among-the-page-head-is-no-title"),
    pytest.param("江西工人报\n2026年10月9日 星期五 第3版\n本版编辑 罗晓梅  校对 陈强\n\n"
                 "吉安工会为快递小哥办起“暖心食堂”\n\n"
                 "本报讯（记者 刘芳）近日，吉安市总工会在城区开办两家“暖心食堂”，为快递员提供平价午餐。\n",
                 "吉安工会为快递小哥办起“暖心食堂”", id="spaced-staff-line-over-a-one-line-head"),
]


@pytest.mark.parametrize("raw, title", PAGE_HEAD_STAFF_LINES)
def test_page_head_staff_lines(raw, title):
    assert [u.title for u in segment_page(repair_text(raw))] == [title]


@pytest.mark.parametrize("raw, titles", TITLED_BOXES)
def test_titled_boxes(raw, titles):
    assert [u.title for u in segment_page(repair_text(raw))] == titles


_FEATURE_END = ("本报记者 韩雪\n\n走进通化市的一处职工驿站，几名环卫工人正围坐着喝热水。今年以来，通化市总工会在城区和乡镇"
                "新建职工驿站42个，为户外劳动者提供歇脚、饮水、充电等服务，累计服务职工8.6万人次。\n\n")
_SIDEBAR_TEXT = ("李春梅是通化市东昌区快递行业工会联合会的主席，她带着快递员们成立了互助小组，"
                 "去年帮助会员解决各类困难诉求60余件，组织技能培训和健康讲座十余场，还为新入行的快递员讲解劳动合同知识，深受快递员信赖。\n")

SIDEBARS_AFTER_A_FEATURE = [
    # raw page, the titles of its units: a figures box printed in one block
    # (label, heading, rows) ends there — a kicker and title over a long
    # paragraph after it open the sidebar's own unit; briefs printed whole
    # under 相关新闻 (title over 本报讯…) are articles, not related links
    pytest.param("通化工会驿站暖了户外劳动者\n\n" + _FEATURE_END +
                 "【数说】\n通化市总工会服务户外劳动者（今年以来）\n●新建职工驿站 42个\n●服务职工 8.6万人次\n\n"
                 "人物\n“快递工会主席”李春梅：会员的事就是大事\n\n" + _SIDEBAR_TEXT,
                 ["通化工会驿站暖了户外劳动者", "“快递工会主席”李春梅：会员的事就是大事"],
                 id="kicker-and-title-after-a-one-block-figures-box"),
    pytest.param("通化工会驿站暖了户外劳动者\n\n" + _FEATURE_END +
                 "相关新闻\n\n白山：职工驿站延伸到林区\n本报讯（通讯员 赵林）近日，白山市总工会在林区新建职工驿站8个，"
                 "为护林员和林业职工提供休息、饮水、取暖等服务。\n",
                 ["通化工会驿站暖了户外劳动者", "白山：职工驿站延伸到林区"],
                 id="brief-printed-whole-under-related-news"),
    pytest.param("通化工会驿站暖了户外劳动者\n\n" + _FEATURE_END +
                 "相关新闻\n\n白山：职工驿站延伸到林区\n\n延边：职工书屋开进园区\n",
                 ["通化工会驿站暖了户外劳动者"], id="titles-alone-under-related-news-are-links"),
]


@pytest.mark.parametrize("raw, titles", SIDEBARS_AFTER_A_FEATURE)
def test_sidebars_after_a_feature(raw, titles):
    assert [u.title for u in segment_page(repair_text(raw))] == titles


POST_AUTHOR_LINES = [
    # raw page, (title, byline): a post's author line with a bar (文 | 某某,
    # 文丨某某) under a story's head is its byline, never its title
    pytest.param("【职工故事】“驿站就是我们的家”\n文 | 周敏\n\n38岁的王师傅是一名环卫工人，每天清晨四点就要上岗。"
                 "去年冬天，街道工会在他负责的路段旁建起了职工驿站。\n",
                 ("【职工故事】“驿站就是我们的家”", "文 | 周敏"), id="spaced-bar"),
    pytest.param("“驿站就是我们的家”\n文丨周敏\n\n38岁的王师傅是一名环卫工人，每天清晨四点就要上岗。"
                 "去年冬天，街道工会在他负责的路段旁建起了职工驿站。\n",
                 ("“驿站就是我们的家”", "文丨周敏"), id="full-width-bar"),
]


@pytest.mark.parametrize("raw, head", POST_AUTHOR_LINES)
def test_post_author_lines(raw, head):
    assert [(u.title, u.byline) for u in segment_page(repair_text(raw))] == [head]


ROLE_AFTER_BYLINE = [
    # page, title, byline: a byline line that names the writer's role after the names
    pytest.param("byline_role_page", "在祁连山下，让职工驿站“亮灯”更久", "本报记者 马文涛 文/图",
                 id="words-and-pictures-under-title-and-deck"),
    pytest.param("byline_role_page", "高台县：职工书屋开到车间里", "本报记者 刘晓川 文",
                 id="words-under-title-and-deck"),
]


@pytest.mark.parametrize("page, title, byline", ROLE_AFTER_BYLINE)
def test_byline_with_role_after_the_names_is_the_byline_not_the_title(page, title, byline):
    assert unit_titled(page, title).byline == byline

GLYPH_LABELS_OVER_THEIR_TEXT = [
    # raw page, (kind, title) of each unit: a ■ label printed over its text with
    # no blank line, and the masthead's section line (要闻 02) over the staff line
    pytest.param("陇原工人报\n2026年9月3日 星期四\n要闻 02\n责任编辑：赵敏 版式：王涛\n\n"
                 "张掖职工书屋年内新增40家\n\n"
                 "本报讯（记者 孙立）今年以来，张掖市总工会在企业和园区新建职工书屋40家，配送图书2.6万册。\n\n"
                 "■短评\n书屋要常开门\n李清\n书屋建起来不难，难的是常年开着门、有人来读书。工会要把书屋的管理交给职工自己。\n\n"
                 "■图片新闻\n9月1日，武威市总工会在一家纺织企业开展“送健康”活动，为80余名女职工提供免费体检。\n本报记者 孙立 摄\n\n"
                 "■简讯\n●近日，金昌市总工会为12家企业的职工食堂配送厨具，惠及职工900余人。\n"
                 "●日前，白银市总工会举办女职工技能比武，120名选手参赛。\n",
                 [("article", "张掖职工书屋年内新增40家"), ("article", "书屋要常开门"),
                  ("caption", None), ("article", "简讯")],
                 id="commentary-photo-and-briefs-labels"),
    pytest.param("陇原工人报\n2026年9月3日 星期四\n要闻 02\n\n天水工会驿站有了“夜间模式”\n\n"
                 "本报讯（记者 孙立）天水市总工会在城区选定15个工会驿站延长开放时间至晚上10点。\n"
                 "陇原工人报\n2026年9月3日 星期四\n要闻 02\n平凉：农民工学技能不出村\n"
                 "本报讯（通讯员 吴越）平凉市总工会今年在乡镇开设技能培训班18期，培训农民工900余人次。\n",
                 [("article", "天水工会驿站有了“夜间模式”"), ("article", "平凉：农民工学技能不出村")],
                 id="running-header-section-line-is-not-the-next-title"),
]


@pytest.mark.parametrize("raw, units", GLYPH_LABELS_OVER_THEIR_TEXT)
def test_glyph_labels_over_their_text(raw, units):
    assert [(u.kind, u.title) for u in segment_page(repair_text(raw))] == units


_SECTION_TEXT = ("去年以来，县总工会在矿区、林区新建职工服务点9个，配齐饮水机、微波炉和急救箱，"
                 "每天接待进出矿区的职工上百人次。\n"
                 "一名货车司机说，现在跑长途累了，有地方歇脚，也能吃上一口热饭，心里暖和多了。\n"
                 "县总工会有关负责人介绍，明年还将在偏远作业点增设服务点5个，让更多户外职工就近享受服务。\n"
                 "服务点还配了“流动服务包”，由工会干部每周送进作业区，职工在班组里就能办理入会、登记求助。\n"
                 "今年以来，服务点已为职工代办各类事项400余件，帮助困难职工解决实际问题60多个。\n"
                 "“我们多跑几趟路，职工就少跑几趟腿。”一名服务点的工会干部说，冬天大雪封山前，"
                 "他们要把药品、棉衣和慰问品提前送到每一个作业点，确保职工安心过冬。\n"
                 "截至目前，全县已有2100多名户外职工在服务点登记，成为服务点的常客。\n")

UNNUMBERED_FEATURE_SECTIONS = [
    # raw page, the (kind, title) of its units: a feature printed under a
    # deck (——…纪实) and a byline runs on through its one-line section heads
    # (一处驿站，让…), a frame's blank line before each; a head with a
    # dateline under it (本报讯…) is a report of its own, and without a deck
    # the same heads open articles as before
    pytest.param("大兴安岭深处的“职工之家”\n——呼中区总工会服务林区职工纪实\n本报记者　赵立新\n\n"
                 "从加格达奇出发一路向北，再走四百多公里，就到了林区深处。\n\n"
                 "一处暖心驿站，让林区有了歇脚处\n" + _SECTION_TEXT + "\n"
                 "一支服务队伍，把关爱送到山上\n" + _SECTION_TEXT,
                 [("article", "大兴安岭深处的“职工之家”")],
                 id="deck-feature-keeps-its-section-heads"),
    pytest.param("大兴安岭深处的“职工之家”\n——呼中区总工会服务林区职工纪实\n本报记者　赵立新\n\n"
                 "从加格达奇出发一路向北，再走四百多公里，就到了林区深处。\n\n"
                 "塔河县：林区职工有了“流动工会”\n本报讯（记者　赵立新）" + _SECTION_TEXT,
                 [("article", "大兴安岭深处的“职工之家”"), ("article", "塔河县：林区职工有了“流动工会”")],
                 id="dated-report-after-a-feature-is-its-own"),
    pytest.param("漠河市总工会为一线职工送温暖\n\n"
                 "漠河市总工会近日走访林场、电厂，为一线职工送去棉衣300件。\n\n"
                 "一处暖心驿站，让林区有了歇脚处\n" + _SECTION_TEXT,
                 [("article", "漠河市总工会为一线职工送温暖"), ("article", "一处暖心驿站，让林区有了歇脚处")],
                 id="no-deck-the-head-opens-an-article"),
]


@pytest.mark.parametrize("raw, units", UNNUMBERED_FEATURE_SECTIONS)
def test_unnumbered_feature_sections(raw, units):
    assert [(u.kind, u.title) for u in segment_page(repair_text(raw))] == units


_PLACE_REPORT = "今年以来，{place}总工会走访企业42家，为一线职工送去慰问品1200份，帮助困难职工解决实际问题18件。"
PLACE_TITLED_ITEMS = [
    # raw page, the (kind, title) of its units: a one-line head naming a place
    # or its union and a colon (某区：… / 某县总工会：…), over a paragraph that
    # names that place again, is a report from that place, never a subheading
    # of the report before it; a section head naming no place, or a place the
    # text under it never names again, stays a subheading
    pytest.param("游仙区总工会：“春送岗位”走进园区\n\n" + _PLACE_REPORT.format(place="游仙区") + "\n\n"
                 "江油市总工会：职工书屋开进车间\n\n" + _PLACE_REPORT.format(place="江油市") + "\n",
                 [("article", "游仙区总工会：“春送岗位”走进园区"), ("article", "江油市总工会：职工书屋开进车间")],
                 id="union-titled-reports-of-a-roundup"),
    pytest.param("绵阳市游仙区总工会：“春送岗位”走进园区\n\n" + _PLACE_REPORT.format(place="游仙区") + "\n\n"
                 "绵阳市三台县总工会：劳模疗休养暖人心\n\n" + _PLACE_REPORT.format(place="三台县") + "\n",
                 [("article", "绵阳市游仙区总工会：“春送岗位”走进园区"), ("article", "绵阳市三台县总工会：劳模疗休养暖人心")],
                 id="city-and-county-named-the-county-again"),
    pytest.param("一季度全市工会工作亮点纷呈\n\n" + _PLACE_REPORT.format(place="绵阳市") + "\n\n"
                 "涪城区：法律服务“送上门”\n\n" + _PLACE_REPORT.format(place="涪城区") + "\n",
                 [("article", "一季度全市工会工作亮点纷呈"), ("article", "涪城区：法律服务“送上门”")],
                 id="short-place-name-after-an-overview"),
    pytest.param("一季度全市工会工作亮点纷呈\n\n" + _PLACE_REPORT.format(place="绵阳市") + "\n\n"
                 "目标：让职工少跑腿\n\n" + _PLACE_REPORT.format(place="绵阳市") + "\n",
                 [("article", "一季度全市工会工作亮点纷呈")],
                 id="section-head-naming-no-place-stays-inside"),
    pytest.param("一季度全市工会工作亮点纷呈\n\n" + _PLACE_REPORT.format(place="绵阳市") + "\n\n"
                 "安州区：一份答卷\n\n" + _PLACE_REPORT.format(place="盐亭县") + "\n",
                 [("article", "一季度全市工会工作亮点纷呈")],
                 id="place-the-text-never-names-stays-inside"),
    pytest.param("一季度全市工会工作亮点纷呈\n\n" + _PLACE_REPORT.format(place="绵阳市") + "\n\n"
                 "暖心：驿站遍布城乡\n\n暖心驿站今年新建26个，户外劳动者歇脚、喝水、充电都方便了。\n",
                 [("article", "一季度全市工会工作亮点纷呈")],
                 id="bare-word-the-text-repeats-without-a-level-stays-inside"),
    pytest.param("一季度全市工会工作亮点纷呈\n\n" + _PLACE_REPORT.format(place="绵阳市") + "\n\n"
                 "北川：羌乡职工有了“娘家”\n\n" + _PLACE_REPORT.format(place="北川县") + "\n",
                 [("article", "一季度全市工会工作亮点纷呈"), ("article", "北川：羌乡职工有了“娘家”")],
                 id="bare-place-name-the-text-gives-with-its-level"),
    pytest.param("一季度全市工会工作亮点纷呈\n\n" + _PLACE_REPORT.format(place="绵阳市") + "\n\n"
                 "江油钢铁产业工会：把工会建到产线上\n\n“有事找工会，心里踏实。”在江油市一家钢铁企业，工人老李说。\n",
                 [("article", "一季度全市工会工作亮点纷呈"), ("article", "江油钢铁产业工会：把工会建到产线上")],
                 id="trades-union-named-by-its-place-with-its-level"),
]


@pytest.mark.parametrize("raw, units", PLACE_TITLED_ITEMS)
def test_place_titled_items(raw, units):
    assert [(u.kind, u.title) for u in segment_page(repair_text(raw))] == units


ROUNDUP_POST_HEADS = [
    # a WeChat account's header whose descriptor names the column (微信公众号 · 某某动态)
    # and a roundup's head whose only text is its editor's note: no unit of their own
    pytest.param("甘肃工会\n微信公众号 · 基层动态\n\n基层动态｜天水、定西工会为一线职工送服务\n\n"
                 "甘肃工会 甘肃工会 2026年4月2日 08:30 甘肃\n\n"
                 "编者按：本期“基层动态”走进天水、定西两地，看工会如何把服务送到一线。\n\n"
                 "【天水】天水市总工会：户外劳动者驿站开到田间地头\n\n"
                 "今年以来，天水市总工会新建户外劳动者服务驿站18个，服务环卫工人、快递员5000余人次。\n\n"
                 "【定西】定西工会为困难职工子女发放助学金\n\n"
                 "8月下旬，定西市总工会为136名困难职工子女发放助学金共计40.8万元。\n",
                 ["【天水】天水市总工会：户外劳动者驿站开到田间地头", "【定西】定西工会为困难职工子女发放助学金"],
                 id="column-descriptor-header-and-note-only-roundup-head"),
    pytest.param("工会周报\n\n职工书屋建设巡礼\n\n编者按：书屋建到车间，职工读书更方便。本报今起推出系列报道。\n\n"
                 "车间里的书香\n\n本报讯 近日，某机械厂职工书屋新添图书2000册，每天接待职工百余人次。\n",
                 ["车间里的书香"], id="series-head-over-a-note-is-the-first-report-head"),
]


@pytest.mark.parametrize("raw, titles", ROUNDUP_POST_HEADS)
def test_roundup_post_heads(raw, titles):
    assert [u.title for u in segment_page(repair_text(raw)) if u.kind == "article"] == titles


COLUMNS_AND_HEADERS_WITHOUT_BLANK_LINES = [
    # raw page, article titles: a column of briefs (【工会动态】) whose items'
    # titles stand on their lines over their texts with no blank line between
    # them, and an outlet's header (name + column / outlet + date + time,
    # perhaps the platform's bar under it) that is no unit of its own
    pytest.param("黔东南融媒 专题报道\n黔东南州融媒体中心 2027-03-14 08:40\n\n"
                 "凯里职工技能比武开赛\n\n近日，凯里市总工会举办职工技能比武，来自28家企业的160名选手参赛。\n\n"
                 "【工会动态】\n镇远县总工会为环卫工人送去春季慰问品\n"
                 "近日，镇远县总工会走访环卫站点9个，为320名环卫工人送去慰问品。\n"
                 "黎平县总工会开展女职工健康讲座\n"
                 "近日，黎平县总工会联合县医院开展女职工健康讲座，400余名女职工参加。\n",
                 ["凯里职工技能比武开赛", "镇远县总工会为环卫工人送去春季慰问品", "黎平县总工会开展女职工健康讲座"],
                 id="column-of-titled-briefs-and-outlet-header"),
    pytest.param("鹤岗工会\n2027年05月12日 17:20 黑龙江\n点击蓝字 关注我们\n\n"
                 "头条丨鹤岗煤矿职工疗休养启程\n\n近日，鹤岗市总工会组织首批煤矿一线职工60人赴五大连池疗休养。\n",
                 ["头条丨鹤岗煤矿职工疗休养启程"], id="post-header-with-follow-bar"),
    pytest.param("工会简讯\n\n【工会动态】\n南岔区总工会召开全委会议\n会议听取了上半年工作报告，部署下半年重点任务。\n",
                 ["南岔区总工会召开全委会议"], id="one-titled-brief-under-its-label"),
    pytest.param("中国铁路某局集团有限公司工会\n首页 | 工会要闻 | 基层动态 | 职工之家 | 图片新闻\n当前位置：首页 > 工会要闻\n"
                 "某局集团公司工会为乘务员公寓配齐暖心设施\n发布时间：2027-01-08 10:20  来源：集团公司工会\n"
                 "入冬以来，集团公司工会为沿线26个乘务员公寓配送取暖器和热水器。\n",
                 ["某局集团公司工会为乘务员公寓配齐暖心设施"], id="website-name-alone-over-its-menu-bar-is-no-unit"),
]


INLINE_CONTENTS = [
    # raw post, (kind, title) of each unit: contents run in after their label
    # (本期导读：A；B。) under the post's head are an untitled contents list
    # headed by it, not an article titled by the post's title
    pytest.param("三明工会\n原创 三明市总工会 2027年3月9日 18:02 福建\n工会动态丨一周基层工会速览\n"
                 "本期导读：永安市职工书屋上新；沙县区技能比武开赛。\n\n"
                 "一、永安市：职工书屋添新书\n近日，永安市总工会为12家职工书屋配送图书3000册。\n\n"
                 "二、沙县区：技能比武赛出新高手\n3月5日，沙县区总工会举办技能比武，80名选手参赛。\n",
                 [("toc", None), ("article", "一、永安市：职工书屋添新书"), ("article", "二、沙县区：技能比武赛出新高手")],
                 id="contents-under-the-post-head-without-a-blank-line"),
]


@pytest.mark.parametrize("raw, expected", INLINE_CONTENTS)
def test_inline_contents(raw, expected):
    assert [(u.kind, u.title) for u in segment_page(repair_text(raw))] == expected


@pytest.mark.parametrize("raw, titles", COLUMNS_AND_HEADERS_WITHOUT_BLANK_LINES)
def test_columns_and_headers_without_blank_lines(raw, titles):
    assert [u.title for u in segment_page(repair_text(raw)) if u.kind == "article"] == titles


# The photo-credit words code tests as a cheap check (layout.toml's
# [photo_credit]) must be the words the patterns behind that check spell out:
# a word added to the table alone would pass the check and fail the pattern.
PHOTO_CREDIT_WORDS_IN_THEIR_PATTERNS = [
    pytest.param("taken", "byline", "credit", id="taken-closes-a-credit"),
    pytest.param("taken", "markers", "credit_opener", id="taken-opens-a-caption"),
    pytest.param("supplied", "byline", "supplied_credit", id="supplied-closes-a-credit"),
    pytest.param("supplied", "markers", "credit_opener", id="supplied-opens-a-caption"),
    pytest.param("marks", "markers", "photo_note", id="marks-open-a-photo-note"),
]


@pytest.mark.parametrize("kind", ["公众号", "服务号", "订阅号"], ids=["gongzhonghao", "fuwuhao", "dingyuehao"])
def test_account_kinds_are_in_the_account_descriptor(kind):
    from extractors.vocabulary import load_table

    markers = load_table("layout")["markers"]
    assert kind in markers["account_kinds"] and kind in markers["account_descriptor"]


@pytest.mark.parametrize("field, table, pattern", PHOTO_CREDIT_WORDS_IN_THEIR_PATTERNS)
def test_photo_credit_words_are_in_their_patterns(field, table, pattern):
    from extractors.vocabulary import load_table

    layout = load_table("layout")
    words = layout["photo_credit"][field]
    # (marks are a set of characters, each of which the pattern's class holds)
    assert set(words) <= set(layout[table][pattern]) if field == "marks" else words in layout[table][pattern]


META_AUTHORS = [
    # raw website page, its article's title, the byline its meta line names
    # (作者：…) under the title
    pytest.param("砚山县总工会举办新就业形态劳动者入会集中行动\n"
                 "来源：砚山县总工会　　发布时间：2027-04-11 09:20　　作者：陶晓岚\n"
                 "4月10日，砚山县总工会在县城商业广场举办集中入会活动，现场吸纳外卖骑手入会63人。\n",
                 "砚山县总工会举办新就业形态劳动者入会集中行动", "陶晓岚", id="one-writer-last-on-the-line"),
    pytest.param("丘北县职工书屋新添图书两千册\n"
                 "发布时间：2027-04-09 15:05　　作者：杨帆 普丽\n"
                 "近日，丘北县总工会为辖区16家职工书屋配送图书2000册。\n",
                 "丘北县职工书屋新添图书两千册", "杨帆 普丽", id="two-writers"),
    pytest.param("广南县总工会开展职工健康讲座\n"
                 "发布时间：2027-04-08 10:30　　作者：李梅 编辑：王强\n"
                 "4月7日，广南县总工会邀请医生为120名职工讲解常见病预防知识。\n",
                 "广南县总工会开展职工健康讲座", "李梅", id="writer-before-the-editor-label"),
    pytest.param("马关县总工会慰问边境口岸职工\n"
                 "来源：马关县总工会　　发布时间：2027-04-06 16:40\n"
                 "4月5日，马关县总工会走访慰问口岸一线职工45名。\n",
                 "马关县总工会慰问边境口岸职工", None, id="meta-line-without-a-writer"),
]


@pytest.mark.parametrize("raw, title, byline", META_AUTHORS)
def test_meta_line_writer_is_the_byline(raw, title, byline):
    unit = next(u for u in segment_page(repair_text(raw)) if u.title == title)
    assert unit.byline == byline
