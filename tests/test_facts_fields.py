"""Fields of a fact beside its metric: subject, region, period, planned,
object, and one row per restated statistic. Sentences are our own."""
from __future__ import annotations

import pytest

from extractors import extract_facts
from extractors.facts.attribution import PagePlace
from extractors.regions import Region, resolve_place


def _fact(text: str, value: float):
    facts = [f for f in extract_facts(text) if abs(f.value - value) < 1e-6]
    assert facts, [(f.metric, f.value) for f in extract_facts(text)]
    return facts[0]


def _facts_of_unit(head: str, body: str, title: str, value: float) -> list:
    """The facts of ``value`` in one unit whose head (headline, source lines)
    precedes its body, read by the fact layer alone (no segmentation)."""
    from extractors.facts import facts_of_article
    from extractors.quantities import find_quantities
    from extractors.records import Article, MappedText, Mention

    text = head + body
    article = Article("a1", "article", title, None, None, None, None, MappedText.identity(text),
                      body_start=len(head))
    mentions = [Mention("a1", q, q.start, q.end) for q in find_quantities(text)]
    return [f for f in facts_of_article(article, mentions) if f.value == value]


SUBJECTS = [
    ("named-in-sentence", "今年以来，绵阳市总工会累计调解劳动纠纷15起。", 15, "绵阳市总工会"),
    ("short-form-expanded", "岳阳市总工会推进片区服务。市总全年走访企业210余家。", 210, "岳阳市总工会"),
    ("district-short-form", "江北区总工会打造服务阵地。区总已建成职工之家12处。", 12, "江北区总工会"),
    ("guide-skipped", "由柳州市总工会指导，柳北区总工会举办招聘会，推出1500个岗位。", 1500, "柳北区总工会"),
    ("partner-skipped", "鹤山区总工会联合区人社局开展活动，累计开展活动26场。", 26, "鹤山区总工会"),
    ("first-named-organizer", "由湖南省总工会、省人社厅联合主办的大赛吸引2万名职工参赛。", 20000, "湖南省总工会"),
    ("acftu-short-form", "今年，全总计划开展主题活动约50场次。", 50, "全国总工会"),
    ("fullest-spelling", "中车株洲电力机车有限公司关爱职工。中车株洲公司向困难职工发放慰问金30万元。", 300000, "中车株洲电力机车有限公司"),
    # issue 4: other outlets' ways of naming the body
    ("all-levels-of-a-city", "今年以来，茂名市各级工会共调解劳动纠纷130起。", 130, "茂名市总工会"),
    ("all-levels-of-the-province", "贵州省总工会召开会议。会上介绍，全省各级工会已建成户外劳动者服务站3200个。", 3200, "贵州省总工会"),
    ("enterprise-union-named", "胜利油田工会今年开展技能培训班48期。", 48, "胜利油田工会"),
    ("group-union-named", "去年，宁波港集团工会共收到职工合理化建议190条。", 190, "宁波港集团工会"),
    ("town-union-named", "容桂街道总工会推动企业召开座谈会。大良镇总工会征集职工提案85件。", 85, "大良镇总工会"),
    ("bureau-first-union-joint", "十堰市人社局、十堰市总工会联合举办招聘会，提供岗位2600个。", 2600, "十堰市总工会"),
    ("city-not-its-district", "成都市锦江区总工会协办会议。成都市总工会介绍，全市工会今年举办活动70场。", 70, "成都市总工会"),
    # third round: an enterprise group's union named by its short form (集团工会)
    # is that group's; a company's union is the union, not the company
    ("group-union-short-form", "安阳市恒达纺织集团关爱职工。集团工会今年为困难职工发放助学金45万元。", 450000, "安阳市恒达纺织集团工会"),
    ("district-ending-in-chengqu", "本报讯 记者获悉，平城区总工会今年调解劳动纠纷36起。", 36, "平城区总工会"),
    ("city-ending-in-chengshi", "晋城市总工会今年建成职工书屋230家。", 230, "晋城市总工会"),
    ("statement-source-city", "运城市总工会介绍，全市职工心理健康服务站 17处。", 17, "运城市总工会"),
    ("table-line-venue-not-body", "运城市总工会介绍：\n职工心理健康服务站 17处\n户外劳动者服务站 86个", 86, "运城市总工会"),
    # a table row about a county: the figure is that county's union's
    ("table-row-county-union", "某州总工会介绍，各县情况如下：\n县 新建工会组织 发展会员\n安图县 22家 1634名\n汪清县 23家 1108名\n", 1108, "汪清县总工会"),
    ("part-venue-not-body", "运城市总工会今年新建驿站25个，其中户外劳动者服务站18个。", 18, "运城市总工会"),
    ("company-union-not-company", "安阳市恒达纺织有限公司工会今年为困难职工发放助学金45万元。", 450000, "安阳市恒达纺织有限公司工会"),
    # fourth round: cities named …门市 are places; a time word or a building
    # verb opens a clause, never a name; 服务站点 is a kind of venue;
    # level short forms of prefectures, banners and 兵团 divisions
    ("city-ending-in-menshi", "江门市总工会召开会议。据统计，全市今年调解劳动纠纷58起。", 58, "江门市总工会"),
    ("time-word-before-short-form", "鄂州市总工会召开会议。明年市总工会将新建驿站30个。", 30, "鄂州市总工会"),
    ("venue-built-not-body", "鄂州市总工会召开会议。今年再新建户外劳动者服务站25个。", 25, "鄂州市总工会"),
    ("listed-in-before-short-form", "安庆市总工会召开会议。列入市总工会年度计划的爱心驿站已建成32个。", 32, "安庆市总工会"),
    ("carry-out-before-short-form", "安庆市总工会召开会议。今年推行市总工会“会站家”模式，建成驿站32个。", 32, "安庆市总工会"),
    ("venue-kind-not-body", "鄂州市总工会召开会议。在园区建设户外劳动者服务站点19个。", 19, "鄂州市总工会"),
    ("prefecture-short-form", "黔南布依族苗族自治州总工会召开会议。州总工会今年建成驿站64个。", 64, "黔南布依族苗族自治州总工会"),
    ("division-city-short-form", "第六师五家渠市总工会召开会议。师市总工会今年建成驿站41个。", 41, "第六师五家渠市总工会"),
    ("banner-short-form", "达拉特旗总工会召开会议，一家煤矿工会参加。会上，旗总工会今年建成驿站33个。", 33, "达拉特旗总工会"),
    ("county-opening-like-a-collective", "全椒县总工会今年建成职工书屋12家。", 12, "全椒县总工会"),
    ("city-opening-like-a-collective", "本溪市总工会今年建成职工书屋27家。", 27, "本溪市总工会"),
    ("all-levels-of-the-bingtuan", "今年，兵团各级工会开展送清凉活动300余场。", 300, "新疆生产建设兵团总工会"),
    # a body written without its place stands for the article's named one;
    # a headline's label before its colon is the source, not the actor
    ("title-label-is-the-source", "南湖区总工会：物流产业工会联合会开展集体协商\n\n6月5日，嘉兴市南湖区物流产业工会联合会与区物流协会举行协商会议。\n\n集体合同覆盖全区物流企业310余家、职工2.4万人。",
     310, "嘉兴市南湖区物流产业工会联合会"),
    ("label-alone-is-the-lead", "南湖区总工会：一线职工走出车间去疗休养\n\n今年共安排疗休养活动6批次。", 6, "南湖区总工会"),
    ("interview-deck", "——访黔东南州总工会负责人\n\n答：今年全州建成驿站52个。", 52, "黔东南州总工会"),
    # ninth round: a state-level new area is a place; a short form is an
    # anaphor for the nearest body of its kind named before it
    ("new-area-union-in-city-article", "青岛市总工会召开会议。今年以来，西海岸新区总工会受理职工诉求270余件。", 270, "西海岸新区总工会"),
    ("district-short-form-is-the-nearest", "长春市朝阳区总工会举办展示。长春市南关区总工会召开会议，区总工会今年开办培训班14期。", 14, "长春市南关区总工会"),
    ("this-district-union", "武汉市总工会召开会议。江夏区总工会介绍，该区总工会今年发放帮扶资金约320万元。", 3200000, "江夏区总工会"),
    ("plant-union-short-form", "包头钢铁集团有限公司轧钢厂工会关爱职工。厂工会今年为职工发放慰问金约65万元。", 650000, "包头钢铁集团有限公司轧钢厂工会"),
    ("company-union-short-form", "徐州市总工会召开会议。徐州重型机械有限公司工会关爱职工，公司工会今年建成职工书屋6处。", 6, "徐州重型机械有限公司工会"),
    ("subdistrict-union-short-form", "成都市总工会召开会议。玉林街道总工会关爱户外劳动者，街道总工会今年开展活动37场。", 37, "玉林街道总工会"),
    ("semicolon-clause-names-its-union", "株洲市总工会建成实训基地32个，今年培训职工9万余人次；怀化市总工会依托民族工艺，培训职工1.2万人次。", 12000, "怀化市总工会"),
    ("semicolon-clause-without-a-body", "株洲市总工会、醴陵市总工会开展活动；今年培训职工9万余人次。", 90000, "株洲市总工会"),
    ("meeting-not-part-of-a-name", "石家庄市总工会召开楼宇工会工作推进会。会上介绍，今年新建楼宇工会42家。", 42, "石家庄市总工会"),
    ("all-levels-of-the-nation", "据统计，全国各级工会今年开展职工技能培训超过1200万人次。", 12000000, "全国总工会"),
    ("prefecture-seat-not-part-of-name", "黔东南州总工会召开会议。州府所在地凯里市总工会今年发放帮扶资金31.6万元。", 316000, "凯里市总工会"),
    ("company-union-none-named", "绍兴市总工会召开会议。公司工会今年开展活动19场。", 19, "绍兴市总工会"),
    # tenth round: a town union named under its district is not the district's
    ("district-union-not-its-towns", "嘉定区总工会日前发布数据，今年开展竞赛41项。嘉定区马陆镇总工会举办比武。", 41, "嘉定区总工会"),
    # a park's union without the park's name is the park union named before it
    ("park-union-short-form", "宝山区总工会召开会议。宝山工业区工会联合会成立。园区工会联合会今年发展会员1730名。", 1730, "宝山工业区工会联合会"),
    ("park-union-as-written", "今年以来，园区工会联合会吸纳会员940名。", 940, "园区工会联合会"),
    # forty-fifth round: a 园区 named …产业园; a group's union named without
    # its company form (集团有限公司工会 -> 集团工会)
    ("district-of-a-spot-opens-clause", "湘潭市总工会召开会议。在岳塘区建材市场，区总工会为商户职工开展活动90余场。", 90, "岳塘区总工会"),
    ("county-of-a-spot-opens-clause", "郴州市总工会召开会议。在汝城县等山区县，县总工会为职工配送图书3500余册。", 3500, "汝城县总工会"),
    ("park-named-chanyeyuan", "绍兴市柯桥区纺织产业园工会联合会召开会议。园区工会联合会今年发展会员2150名。", 2150, "绍兴市柯桥区纺织产业园工会联合会"),
    ("group-union-without-company-form", "芜湖港航集团有限公司工会启动劳动竞赛。港航集团工会今年建成职工小家17处。", 17, "芜湖港航集团有限公司工会"),
    # a perception verb ends the left context of a short form; a level's short
    # form with no body of it named is the article's place's union
    ("short-form-after-a-verb", "在甘孜藏族自治州的集市上，常能看到州总工会的流动展板。州总工会今年开展活动38场，泸定县总工会协助组织。", 38, "甘孜藏族自治州总工会"),
    # eleventh round: an institution's word alone before 工会 (油田工会, 院工会,
    # 园区工会, 公司工会) is that institution's union as the article names it
    ("oilfield-union-before-its-full-name", "油田工会今年建成职工书屋57个。辽河油田有限责任公司工会负责人介绍了做法。", 57, "辽河油田有限责任公司工会"),
    ("oilfield-union-after-its-name", "胜利油田工会召开会议。油田工会今年走访困难职工家庭2400余户。", 2400, "胜利油田工会"),
    ("institute-union", "河池地质勘查院工会建立驿站。今年以来，院工会发放慰问金约28万元。", 280000, "河池地质勘查院工会"),
    ("park-union-of-a-general-union", "常州高新区总工会日前介绍，今年园区工会新建驿站23个。", 23, "常州高新区总工会"),
    ("company-union-of-the-named-company", "芜湖晶达电子有限公司有职工900余人。公司工会今年开展技能比武7场。", 7, "芜湖晶达电子有限公司工会"),
    ("bureau-union-is-a-named-body", "某地今年。襄阳电业局工会开展培训16期。", 16, "襄阳电业局工会"),
    ("this-park-union-with-none-named", "滁州市总工会召开会议。该园区工会联合会今年吸纳会员310名。", 310, "滁州市总工会"),
    # twelfth round: a period before a body opens the clause (上半年, 以来, 年内);
    # the body the reporter learned the news from is no actor when another
    # body acts in the sentence, unless that one is a system's unions of all levels
    ("half-year-before-a-body", "今年上半年黔西南州总工会新建驿站47个。", 47, "黔西南州总工会"),
    ("since-before-a-short-form", "朔州市总工会召开会议。河曲县总工会协办。今年以来市总工会发放慰问金83万元。", 830000, "朔州市总工会"),
    ("second-half-before-a-short-form", "昌吉回族自治州总工会召开会议。按照计划，下半年州总工会还将举办培训班18期。", 18, "昌吉回族自治州总工会"),
    ("news-source-department-is-no-actor", "记者从全国总工会权益保障部获悉，今年全国各级工会共走访慰问职工960万人次。", 9600000, "全国总工会"),
    ("news-source-then-a-named-union", "记者从吉林省总工会宣教部获悉，长春市总工会今年建成职工书屋35家。", 35, "长春市总工会"),
    ("news-source-of-a-system-all-levels", "记者从中国海员建设工会获悉，全国建设系统各级工会今年开展竞赛2300余项。", 2300, "中国海员建设工会"),
    ("passed-on-to-a-short-form", "遂宁市总工会设立驿站。驿站把诉求汇总到市总工会，今年收集职工诉求160余条。", 160, "遂宁市总工会"),
    ("received-from-a-short-form", "射洪县总工会开展培训。职工每人可获得县总工会补贴，今年共发放补贴21.5万元。", 215000, "射洪县总工会"),
    # twenty-fifth round: a bracketed second name between a body's name and
    # its suffix belongs to the body; 新区总工会 is the named new area's
    ("bracketed-alias-then-new-area-short-form", "记者从钦北新区（高新区）总工会获悉，今年新区总工会组织技能比武31场。", 31, "钦北新区总工会"),
    ("next-step-opens-the-clause", "西宁市总工会召开会议。下一步西宁市总工会将新建驿站14个。", 14, "西宁市总工会"),
    ("benefit-received-from-a-short-form", "南开区总工会开展入会活动，会员可享受区总工会购买的保险，今年区总工会发放慰问金42万元。", 420000, "南开区总工会"),
    ("autonomous-region-union-first-organizer", "本报银川电 由自治区总工会、自治区人社厅主办，吴忠市总工会承办的技能大赛举行，共设7个赛项。", 7, "宁夏回族自治区总工会"),
    # twenty-sixth round: a union that honoured the station (被省总工会评为…)
    # did not do its work; the honour's name (全省工会…示范站) names no body
    ("honouring-union-is-no-actor", "临猗县总工会设立职工维权站。该站去年被省总工会评为全省工会维权示范站。今年维权站共受理案件47件。", 47, "临猗县总工会"),
    # an occasion opening the clause (这次, 此次) is no part of the name
    # a circled item number (①, ⑥) before a name is no digit of a count
    ("circled-item-number-opens-a-name", "区县动态\n⑥民勤县总工会今年慰问困难职工86户。", 86, "民勤县总工会"),
    ("occasion-opens-the-clause", "醴陵市总工会开展夏送清凉。这次市总工会的干部在驿站送出清凉包800份，惠及职工1200余人。", 1200, "醴陵市总工会"),
    # thirty-third round: a round-up's report that opens on its place (在某地，
    # 市总工会…) is that place's union, not the previous report's
    ("place-opens-the-report-named-later", "在湖州，湖州市总工会走访企业40家。\n\n在衢州，市总工会今年为职工提供法律咨询3100人次。衢州市总工会还开展培训。", 3100, "衢州市总工会"),
    ("place-opens-the-report-never-named", "在湖州，湖州市总工会走访企业40家。\n\n在衢州，市总工会今年为职工提供法律咨询3100人次。", 3100, "衢州市总工会"),
    # a union just founded (建立某工会联合会N个) did not act: its founder did
    ("founded-union-is-no-actor", "靖江市总工会推进建会。全市在12个园区建立物流产业工会联合会12个，发展会员5400余名。", 5400, "靖江市总工会"),
    # thirty-fifth round: a county-level city's union named once among the
    # county unions does not take the prefecture feature's bare 市总工会; a
    # county-level city's own report (named again and again) keeps it
    ("county-city-named-in-passing", "牡丹江市总工会建设驿站。牡丹江市总工会推进入会。海林市总工会则吸纳司机入会。市总工会今年投入帮扶资金380万元。", 3800000, "牡丹江市总工会"),
    # a venue's name counted right after it (工会服务站42个) is no actor
    ("counted-service-stations-are-no-actor", "伊春市总工会聚焦农民工服务。全市新建乡镇（街道）工会服务站35个，覆盖各区县。", 35, "伊春市总工会"),
    # thirty-sixth round: a breaker word inside a division name (向 of 向阳区,
    # 从 of 从江县, 当 of 当涂县) is the place's, not a clause opening
    ("breaker-inside-district-name", "伊春市向阳区总工会今年走访慰问困难职工120户。", 120, "伊春市向阳区总工会"),
    ("breaker-opening-county-name", "从江县总工会今年走访慰问困难职工140户。", 140, "从江县总工会"),
    ("breaker-opening-renamed-district", "在即墨区总工会的推动下，全区今年新建工会驿站14个。", 14, "即墨区总工会"),
    ("breaker-in-county-name-after-verb", "日前，当涂县总工会今年建成户外劳动者驿站13个。", 13, "当涂县总工会"),
    ("breaker-before-a-district-still-cuts", "在东城区总工会的推动下，全区今年新建工会驿站9个。", 9, "东城区总工会"),
    # staff of a body assigned to a task: the verb opens the clause
    ("assigning-verb-before-short-form", "淳化县总工会部署帮扶工作。\n\n安排县总工会机关干部与困难职工结对，今年走访慰问困难职工85户。", 85, "淳化县总工会"),
    ("county-city-report-keeps-its-short-form", "牡丹江市总工会部署工作。\n\n海林市总工会开展培训。海林市总工会走访企业。市总工会今年投入帮扶资金38万元。", 380000, "海林市总工会"),
    # a county-level city's union named just before in the same paragraph takes
    # the bare 市总工会, however often the feature names the prefecture's union
    ("county-city-named-just-before-in-its-paragraph", "三明市总工会部署工作。三明市总工会走访企业。\n\n永安市总工会把竹产业作为服务重点。据市总工会负责人介绍，今年新建工会驿站12个。\n\n三明市总工会组织培训。", 12, "永安市总工会"),
    # a rule cited by its author (按照市总工会的规定) does not make the author the actor
    ("rule-citing-verb-is-no-part-of-the-name", "宜昌市总工会部署助学工作。\n\n按照市总工会的规定，今年为困难职工子女发放助学金48万元。", 480000, "宜昌市总工会"),
    # a census of bodies names none of them: the article's union reports it
    ("census-of-bodies-is-no-name", "汉阴县总工会召开全委会议。\n\n据了解，汉阴县现有基层工会组织286家，工会会员2.1万余人。", 286, "汉阴县总工会"),
    ("invited-body-breaks-at-its-verb", "镇工会出面协调，并请石狮市总工会的律师介入，今年帮助职工追回工资16万元。", 160000, "石狮市总工会"),
    # the unions of the levels named (市县两级工会) speak for the highest
    # level's federation, the article's own
    ("two-tiers-are-the-citys-federation", "昭通市总工会召开帮扶工作会。\n\n今年以来，市县两级工会累计发放帮扶资金326万元。", 3260000, "昭通市总工会"),
    ("three-tiers-are-the-provinces-federation", "甘肃省总工会召开会议。\n\n省市县三级工会今年走访慰问职工4.2万人次。", 42000, "甘肃省总工会"),
    # a town the sentence (or the paragraph's previous sentence) opens with
    # owns the bare 镇总工会 / 街道总工会 after it, known to the gazetteer or not
    ("town-opening-the-clause-owns-the-short-form", "南开区总工会部署工作。\n\n在兴隆街道，街道总工会还把辖区5家企业的食堂向骑手开放。", 5, "兴隆街道总工会"),
    ("town-opening-the-previous-sentence-owns-it", "米林市总工会部署工作。\n\n在米林市卧龙镇，不少农户办起了农家乐。镇总工会联合县文旅部门举办了4期服务员培训班。", 4, "米林市卧龙镇总工会"),
    ("town-of-another-level-does-not", "闵行区总工会部署工作。\n\n在七宝镇，区总工会今年新建工会驿站6个。", 6, "闵行区总工会"),
    # a firm whose workers a case is about is no actor of the sentence that
    # goes on about those workers
    ("firm-owning-the-workers-is-no-actor", "江宁区总工会部署维权工作。\n\n上月，某物流公司的9名司机来到区职工服务中心，向区总工会求助。经查，这9名司机被拖欠工资共计8.6万元，区总工会介入后全部追回。", 86000, "江宁区总工会"),
    ("firm-acting-itself-stays-the-actor", "某物流公司投入资金52万元，为司机建设休息室。", 520000, "某物流公司"),
    # 当地总工会 is the union of the place its sentence opens with
    ("local-union-is-the-opening-places", "曲靖市总工会部署工作。\n\n在宣威市，当地总工会联合火腿企业建成了9个职工驿站。", 9, "宣威市总工会"),
    ("local-union-without-a-place-is-the-articles", "曲靖市总工会部署工作。\n\n当地总工会联合企业建成了9个职工驿站。", 9, "曲靖市总工会"),
    # a county's size (占全县总面积) is no short form 县总; the union after it acts
    ("county-total-area-is-no-union", "武隆区总工会部署工作。\n\n武隆区林地占全区总面积的六成，为此，区总工会发放助学金36万元。", 360000, "武隆区总工会"),
    # a worker logging in to a union's platform is no part of its name
    ("logging-in-is-no-part-of-the-name", "德清县总工会部署工作。\n\n职工登录县总工会的小程序报名，县总工会对每人补助600元。", 600, "德清县总工会"),
    ("calling-a-hotline-is-no-part-of-the-name", "宝鸡市总工会部署工作。\n\n她拨打市总工会职工服务热线求助，市总工会调解劳动纠纷57起。", 57, "宝鸡市总工会"),
    # 山区工会, 市州工会: a kind or tier of unions, the article's union acts
    ("mountain-unions-are-a-kind", "云和县总工会部署工作。\n\n山区工会工作起步晚，今年开展劳动竞赛86场。", 86, "云和县总工会"),
    # a prefecture city's own report naming a county-level city's union in one
    # paragraph keeps its bare 市总工会; a county city's report named more keeps its own
    ("prefecture-report-keeps-its-bare-form", "南充市总工会部署一季度工作。\n\n阆中市总工会则在古城设立了服务点。\n\n市总工会一季度新建职工书屋17家。", 17, "南充市总工会"),
    ("county-city-report-keeps-its-own", "南充市总工会部署工作。\n\n阆中市总工会在古城设立了服务点。阆中市总工会还走访企业。\n\n市总工会一季度新建职工书屋17家。", 17, "阆中市总工会"),
    ("every-station-is-no-body", "吴中区总工会部署工作。\n\n每个服务站都公布了值班电话，共接待职工咨询310人次。", 310, "吴中区总工会"),
    # a round-up's items open on their place's label (某某县：县总工会…): the short
    # form is that place's union, not the county the item before named
    ("label-place-frames-short-form", "宜宾市总工会部署工作。\n\n兴文县：兴文县总工会开展送岗活动。\n\n筠连县：县总工会举办职工运动会，参赛职工260余人。", 260, "筠连县总工会"),
    ("label-city-frames-short-form", "宜宾市总工会部署工作。\n\n兴文县：兴文县总工会开展送岗活动。\n\n江安县：县总工会走访企业48家。", 48, "江安县总工会"),
    # a facility told of by reference (该中心) is the union of the place it is
    # named with, not the visiting delegation that toured it
    ("visited-centre-is-the-hosts", "遵义市总工会与毕节市总工会交流工作。\n\n遵义市总工会考察组一行到毕节市考察。\n\n考察组参观了毕节市职工服务中心。据介绍，该中心去年共接待职工来访4300余人次。", 4300, "毕节市总工会"),
    ("visited-post-is-the-hosts", "德阳市总工会调研组到广元市总工会学习。\n\n调研组走进广元市职工驿站。据了解，这个驿站今年已服务环卫工人1200人次。", 1200, "广元市总工会"),
    # an enterprise's own union written alone acts for the enterprise visited;
    # a whole place's figure after it is still the city's
    ("enterprise-own-union", "遵义市总工会开展走访慰问。\n\n在一家食品加工企业，企业工会主席介绍，去年企业工会帮扶困难职工19人次。", 19, "企业工会"),
    ("hotel-own-union", "三明市总工会举办技能竞赛。\n\n一家酒店的负责人介绍，酒店工会已组织300多名员工报名参赛。", 300, "酒店工会"),
    ("enterprises-unions-in-general-name-no-one", "三明市总工会部署工作，指导企业工会开展互助，全市已发放互助金26万元。", 260000, "三明市总工会"),
    ("whole-place-figure-after-enterprise-union", "三明市总工会部署工作。\n\n企业工会为职工建起了书屋。全市工会今年已建成职工书屋86家。", 86, "三明市总工会"),
    # a bare 工会 after an enterprise's possessive (一家企业的工会) is that
    # enterprise's union in its own sentence, and never the article's lead
    ("possessive-enterprise-union", "湖州市总工会深入产业园区。\n\n园区内一家光伏企业的工会主席告诉记者，工会今年组织技能竞赛，参赛职工3200人次。", 3200, "企业工会"),
    ("possessive-enterprise-union-does-not-lead", "本报讯 哈密市一家化工企业的工会，最近开设了安全培训班。\n\n新疆维吾尔自治区总工会负责人介绍，今年共检查企业214家。", 214, "新疆维吾尔自治区总工会"),
    # 一处 (a, of a place) is no part of a body's name: 某区一处工会驿站 is a post, not a union
    ("a-post-somewhere-is-no-body", "本报讯 满洲里市总工会今年新建户外劳动者驿站12个。\n\n清晨，扎赉诺尔区一处工会驿站里，几名环卫工人正在取暖。据统计，驿站累计服务户外劳动者3.2万人次。", 32000, "满洲里市总工会"),
    ("reference-without-named-facility-keeps-the-sentence-body", "毕节市总工会去年建成职工服务中心。该中心全年接待职工来访3100人次。", 3100, "毕节市总工会"),
    # a workshop named after a person the article tells of is the actor of
    # its figures, the later bare 工作室 included; one named by level is not
    ("person-named-workshop-taken-up", "本报讯 铜仁市总工会依托全国劳动模范龙海波成立“龙海波劳模创新工作室”。\n\n“技术要传下去。”龙海波说。在工作室，他累计开展技术培训130余场，培训职工2700余人次。", 2700, "龙海波劳模创新工作室"),
    ("person-named-workshop-with-a-craft", "本报讯 近日，柳州市总工会走访韦建明焊接创新工作室。韦建明介绍，工作室去年培训青年焊工60人。", 60, "韦建明焊接创新工作室"),
    ("level-named-workshop-is-the-unions", "本报讯 柳州市总工会今年命名示范性劳模创新工作室8个，工作室共培训职工900人次。", 900, "柳州市总工会"),
]


@pytest.mark.parametrize("text,value,subject", [c[1:] for c in SUBJECTS], ids=[c[0] for c in SUBJECTS])
def test_subject(text, value, subject):
    assert _fact(text, value).subject == subject


REGIONS = [
    ("city", "绵阳市总工会今年调解劳动纠纷15起。", 15, ("四川省", "绵阳市", None)),
    ("county", "民乐县总工会建成工会驿站16处。", 16, ("甘肃省", "张掖市", "民乐县")),
    ("municipality-district", "徐汇区总工会开展特色活动40场。", 40, ("上海市", "上海市", "徐汇区")),
    ("national-body", "全国总工会今年开展活动约30场次。", 30, (None, None, None)),
    ("zone-in-city", "青岛市高新区总工会成立。高新区总工会累计走访企业90余家。", 90, ("山东省", "青岛市", "高新区")),
    # 朝阳区 is in 北京 and in 长春: the article's 北京市朝阳区 decides
    ("ambiguous-district-qualified", "朝阳区总工会推出职工课堂\n\n北京市朝阳区一栋写字楼里，职工正在上课。朝阳区总工会今年开展讲座40场。",
     40, ("北京市", "北京市", "朝阳区")),
    # thirty-fifth round: a district the gazetteer does not know (new or
    # renamed), written under a prefecture city it does, is that city's
    ("unknown-district-under-its-city", "青漪区建设驿站\n\n走进绵阳市青漪区的一家驿站。青漪区总工会今年建成驿站18个。",
     18, ("四川省", "绵阳市", "青漪区")),
    ("district-opening-with-a-breaker", "将乐县总工会今年建成户外劳动者驿站11个。", 11, ("福建省", "三明市", "将乐县")),
    ("province-governed-city", "潜江市总工会今年建成职工书屋45家。", 45, ("湖北省", "潜江市", None)),
    ("city-ending-in-menshi", "荆门市总工会今年建成职工书屋45家。", 45, ("湖北省", "荆门市", None)),
    ("county-opening-like-a-collective", "全椒县总工会今年建成职工书屋12家。", 12, ("安徽省", "滁州市", "全椒县")),
    ("province-governed-county", "保亭黎族苗族自治县总工会今年建成驿站9处。", 9, ("海南省", None, "保亭黎族苗族自治县")),
    ("zone-not-the-city-inside-its-name", "横琴粤澳深度合作区总工会今年新建工会组织23家。", 23, ("广东省", "珠海市", "横琴")),
    # a subdistrict's union is where the article writes the subdistrict
    ("subdistrict-union-where-its-street-is", "枫林路街道总工会：暖心驿站\n\n走进徐汇区枫林路街道一家企业。枫林路街道总工会今年建成驿站12家。", 12, ("上海市", "上海市", "徐汇区")),
    # thirteenth round: a town's union under a city without districts
    ("town-union-of-city-without-districts", "东莞市总工会召开会议。长安镇总工会今年建成驿站21个。", 21, ("广东省", "东莞市", "长安镇")),
    ("town-union-of-province-governed-city", "儋州市总工会召开会议。那大镇总工会今年走访企业64家。", 64, ("海南省", "儋州市", "那大镇")),
    ("bingtuan-in-its-region", "今年，兵团各级工会开展送清凉活动300余场。", 300, ("新疆维吾尔自治区", None, None)),
    # an autonomous county or prefecture by its short form (no peoples, no 自治)
    ("autonomous-county-short-form", "松桃县总工会今年建成户外劳动者驿站17个。", 17, ("贵州省", "铜仁市", "松桃苗族自治县")),
    ("autonomous-prefecture-short-form", "甘孜州总工会今年慰问困难职工860户。", 860, ("四川省", "甘孜藏族自治州", None)),
    # 县 alone is also cpca's name for 重庆's group of counties: 市县两级
    # names levels of bodies, not 重庆
    # a post's stamp names the province it was sent from (IP location): a
    # bare district several cities share is that province's
    ("post-stamp-place-frames-a-shared-district", "鼓楼工会\n2026年5月8日 09:12 福建\n\n鼓楼区总工会开展送清凉活动\n\n今年以来，鼓楼区总工会走访慰问一线职工3200人次。",
     3200, ("福建省", "福州市", "鼓楼区")),
    ("post-stamp-municipality", "朝阳工会\n2026年6月3日 08:30 北京\n\n朝阳区总工会建成驿站\n\n朝阳区总工会今年建成户外劳动者驿站26个。",
     26, ("北京市", "北京市", "朝阳区")),
    ("tiers-are-no-place", "昭通市总工会召开帮扶工作会。\n\n今年以来，市县两级工会累计发放帮扶资金326万元。", 3260000, ("云南省", "昭通市", None)),
]


@pytest.mark.parametrize("text,value,region", [c[1:] for c in REGIONS], ids=[c[0] for c in REGIONS])
def test_region(text, value, region):
    f = _fact(text, value)
    assert (f.province, f.city, f.district) == region


PERIODS = [
    ("since-this-year", "今年以来，累计调解劳动纠纷15起。", 15, "今年以来"),
    ("as-of-now", "截至目前，已发展新会员900余名。", 900, "截至目前"),
    ("as-of-month-end", "截至今年10月底，吸纳货车司机2300人入会。", 2300, "截至今年10月底"),
    ("since-clause", "自2024年活动启动以来，已有超过50万人次职工参与。", 500000, "自2024年活动启动以来"),
    ("year", "2024年，接待室化解劳动纠纷20余起。", 20, "2024年"),
    ("now", "目前，已有80名职工注册成为志愿者。", 80, "目前"),
    ("report-date-is-none", "近日，工会开展特色活动12场。", 12, None),
]


@pytest.mark.parametrize("text,value,period", [c[1:] for c in PERIODS], ids=[c[0] for c in PERIODS])
def test_period(text, value, period):
    assert _fact(text, value).period == period


PLANNED = [
    ("plan", "计划组织3万名以上职工参加学习。", 30000, True),
    ("target", "力争全年新建职工之家20处。", 20, True),
    ("will", "明年将开展劳动竞赛项目40个。", 40, True),
    ("will-after", "15组巨型灯箱将在地铁站集中展示。", 15, True),
    ("done", "今年以来，已开展特色活动30场。", 30, False),
    ("interview-next-year", "记者：明年有什么打算？\n张某：接下来，我们计划再建成“爱心驿站”25个。", 25, True),
    ("add-more", "明年，工会计划在此基础上再增加驿站15个。", 15, True),
    ("each-year-new", "今后三年，每年新增职工书屋30家。", 30, True),
    ("by-year", "到2027年，全市建成“小哥之家”120个。", 120, True),
    # third round: an answer about next year in its own words
    ("answer-intend", "记者：明年有哪些打算？\n李主席：我们打算新建户外劳动者服务站30个。", 30, True),
    ("answer-prepare", "下一阶段，区总工会准备把职工书屋扩大到80家。", 80, True),
    ("answer-still-to-build", "我们还要再建15个职工书屋。", 15, True),
    ("prepared-gifts-done", "工会为环卫工人精心准备了清凉礼包，共慰问环卫工人500名。", 500, False),
    ("before-year-end", "力争年底前完成建会企业200家。", 200, True),
    ("by-year-already", "截至2024年底，全市已建成“小哥之家”96个。", 96, False),
    ("ba-construction-not-plan", "工会将快递站点纳入建会范围，吸纳快递员600余人入会。", 600, False),
]


@pytest.mark.parametrize("text,value,planned", [c[1:] for c in PLANNED], ids=[c[0] for c in PLANNED])
def test_planned(text, value, planned):
    assert _fact(text, value).planned is planned


OBJECTS = [
    ("noun-after", "累计调解劳动纠纷15起。", 15, "劳动纠纷"),
    ("noun-before", "共建成职工之家12处。", 12, "职工之家"),
    ("noun-after-count", "吸引1.5万名职工参赛。", 15000, "职工"),
    ("noun-before-in-parentheses", "全市评选出“五一劳动奖章”（31名）。", 31, "五一劳动奖章"),
]


@pytest.mark.parametrize("text,value,obj", [c[1:] for c in OBJECTS], ids=[c[0] for c in OBJECTS])
def test_object(text, value, obj):
    assert _fact(text, value).object == obj


RESTATEMENTS = [
    ("headline-and-body", "岳阳工会发展新会员1200余名\n\n截至目前，岳阳市总工会已发展新会员1200余名。", 1),
    ("different-qualifiers", "工会驿站服务超过300名职工。据统计，驿站已为300余名职工提供服务。", 1),
    ("parts-of-a-total", "共设竞赛项目120个，其中省级赛项45个，市级赛项75个。", 3),
    ("same-number-two-things", "工会建成驿站12处，开展活动12场。", 2),
    ("headline-rounds-body", "肇庆：帮扶资金六千余万元送到职工手中\n\n入冬以来，肇庆市总工会共筹集帮扶资金六千三百余万元。", 1),
    ("headline-other-figure", "肇庆：帮扶资金六千余万元送到职工手中\n\n入冬以来，肇庆市总工会共筹集帮扶资金九千万元。", 2),
    # a summary box restates the body whatever its form: another metric read
    # from its bare line, Chinese numerals, 万 for digits, a rounding
    ("box-bullets-other-metric", "娄底工会服务外卖骑手\n\n【数说】\n●3600余名骑手受益\n\n"
     "今年以来，娄底市总工会在城区建成骑手驿站14个，为3600余名骑手提供免费体检。", 2),
    ("box-chinese-numerals", "衢州工会发展新会员\n\n一组数据\n●新会员一千二百余名\n\n"
     "截至9月底，衢州市总工会发展新会员1200余名。", 1),
    ("box-rounded", "资阳工会职工运动会\n\n数说\n●2.5万名职工参与\n\n"
     "本届运动会持续两个月，共吸引24600余名职工参与。", 1),
    ("box-summary-paragraph", "丽水工会调解劳动纠纷\n\n阅读提示\n\n丽水市总工会今年以来调解劳动纠纷二百一十起。\n\n"
     "今年以来，丽水市总工会共调解劳动纠纷210起，涉及金额860万元。", 2),
    ("box-after-body-other-metric", "娄底工会服务外卖骑手\n\n今年以来，娄底市总工会在城区建成骑手驿站14个，"
     "为3600余名骑手提供免费体检。\n\n【数说】\n●3600余名骑手参与体检\n●驿站14个", 2),
    ("box-unbulleted-lines", "荆门工会关爱环卫工人\n\n今年以来，荆门市总工会建成环卫工人驿站28个，"
     "累计服务环卫工人1.6万人次。\n\n【数读】\n28个 环卫工人驿站\n1.6万名 受益环卫工人", 2),
    ("box-figure-of-its-own", "铜仁工会建驿站\n\n数说\n●驿站日均接待120人次\n\n"
     "今年以来，铜仁市总工会建成户外劳动者驿站36个。", 2),
    # a rounding is written less precisely than what it rounds: a box's 1.3万
    # beside the body's 1.4万 is a figure of its own, 1.4万 beside 13820 a rounding
    ("box-as-precise-as-body", "宜宾工会疗休养\n\n数说\n●组织职工疗休养1.3万人次\n\n"
     "今年以来，宜宾市总工会共服务职工1.4万人次。", 2),
    ("box-less-precise-than-body", "宜宾工会疗休养\n\n数说\n●服务职工1.4万人次\n\n"
     "今年以来，宜宾市总工会共服务职工13820人次。", 1),
]


@pytest.mark.parametrize("text,count", [c[1:] for c in RESTATEMENTS], ids=[c[0] for c in RESTATEMENTS])
def test_restatements_collapse(text, count):
    assert len(extract_facts(text)) == count, [(f.metric, f.value, f.surface) for f in extract_facts(text)]


# Bounded cost (issue 6): no sentence piece is longer than the cap, so a
# figure's reading costs the same whatever its sentence's length; a figure
# deep inside a run of commas is still read.
LONG_SENTENCES = [
    ("commas-only", "南岗区总工会组织活动15场，" * 400),
    ("no-marks", "职工" * 3000 + "。"),
]


@pytest.mark.parametrize("text", [c[1] for c in LONG_SENTENCES], ids=[c[0] for c in LONG_SENTENCES])
def test_sentences_are_capped(text):
    from extractors.facts.sentences import MAX_SENTENCE_CHARS, split_sentences
    spans = split_sentences(text)
    assert max(s.end - s.start for s in spans) <= MAX_SENTENCE_CHARS
    assert spans[0].start == 0 and spans[-1].end == len(text)


def test_figure_in_a_run_of_commas_is_read():
    text = "南岗区总工会组织活动15场，" * 300 + "累计调解劳动纠纷37起。"
    assert any(f.metric == "disputes_mediated" and f.value == 37 for f in extract_facts(text))


# A commentary column's figures are the writer's context, unless their
# sentence names the local body whose figure it is.
COMMENTARY = [
    ("national-figure-in-forum", "【职工论坛】\n\n技能人才要引得来留得住\n\n"
     "近年来，全国技能劳动者已超过2亿人，高技能人才占比持续提高。工会要多搭平台。", 200000000, False),
    ("trend-in-review", "评论员文章\n\n让驿站更暖心\n\n从全省看，各地累计建成驿站已超过5000个。"
     "驿站建起来，更要用起来。\n\n（作者单位：某省总工会研究室）", 5000, False),
    ("local-body-in-review", "【工会时评】\n\n服务要跟着需求走\n\n"
     "今年以来，南平市总工会新建骑手驿站32个，这是一个好的开始。", 32, True),
    # a box (【相关链接】) glued under a 记者手记 is a unit of its own: its reports'
    # figures are a union's output even where their sentence names no body
    ("box-after-notes", "【记者手记】\n\n驿站里的温度\n\n随行采访中，记者看到各地已建成驿站上千个。\n\n"
     "【相关链接】\n龙泉：古镇里的职工服务站\n龙泉市总工会在古镇设立职工服务站。"
     "服务站开设以来，已吸纳商户从业人员入会150余名。", 150, True),
    ("notes-before-the-box", "【记者手记】\n\n驿站里的温度\n\n随行采访中，记者看到各地已建成驿站1100多个。\n\n"
     "【相关链接】\n龙泉：古镇里的职工服务站\n服务站开设以来，已吸纳商户从业人员入会150余名。", 1100, False),
]


@pytest.mark.parametrize("text,value,kept", [c[1:] for c in COMMENTARY], ids=[c[0] for c in COMMENTARY])
def test_commentary_figures(text, value, kept):
    found = [f for f in extract_facts(text) if abs(f.value - value) < 1e-6]
    assert bool(found) is kept, [(f.metric, f.value) for f in extract_facts(text)]


def test_lead_body_is_the_one_the_headline_names():
    """A digest's masthead (宜春市总工会) above an item's headline
    (樟树市总工会：…) in the same unit: a figure whose paragraph names no body
    belongs to the body of the headline."""
    head = "宜春工会微讯\n原创 宜春市总工会\n▌樟树市总工会：技能培训班开班\n"
    facts = _facts_of_unit(head, "9月3日，樟树市总工会举办技能培训班开班仪式。\n仪式上，首批45名学员领到了培训教材。",
                           "樟树市总工会：技能培训班开班", 45)
    assert [f.subject for f in facts] == ["樟树市总工会"], facts


# ninth round: a site page's head names its publisher (来源：某总工会网站) and
# related links (相关新闻：· …) before the headline: neither is the actor,
# unless no one else is named.
SOURCE_HEADS = [
    ("publisher-site-not-the-actor",
     "来源：广州市总工会网站  发布时间：2025-09-02\n相关新闻：· 白云区总工会举办联谊活动\n番禺区总工会举办秋季招聘会\n",
     "来源：广州市总工会网站  发布时间：2025-09-02", "招聘会现场共有参会企业90余家。", 90, "番禺区总工会"),
    ("related-link-not-the-actor",
     "相关新闻：· 白云区总工会举办联谊活动\n秋季招聘会在番禺举行\n",
     "秋季招聘会在番禺举行", "9月2日，番禺区总工会举办秋季招聘会。\n现场共有参会企业90余家。", 90, "番禺区总工会"),
    ("publisher-alone-is-the-lead",
     "来源：南宁市总工会微信公众号\n秋季招聘会举行\n",
     "秋季招聘会举行", "招聘会现场共有参会企业70余家。", 70, "南宁市总工会"),
]


@pytest.mark.parametrize("head,title,body,value,subject", [c[1:] for c in SOURCE_HEADS], ids=[c[0] for c in SOURCE_HEADS])
def test_source_line_is_no_actor(head, title, body, value, subject):
    facts = _facts_of_unit(head, body, title, value)
    assert [f.subject for f in facts] == [subject], facts


def test_bare_district_in_the_head_is_in_the_city_its_union_names():
    """城区 is a district of several cities: a head naming only 城区 is the
    城区 of the city the article's union names with it (某市城区总工会)."""
    head = "城区：职工驿站延长开放时间\n来源：阳泉市城区总工会\n"
    facts = _facts_of_unit(head, "今年以来，阳泉市城区总工会共建成驿站37个。", "城区：职工驿站延长开放时间", 37)
    assert [(f.province, f.city, f.district) for f in facts] == [("山西省", "阳泉市", "城区")], facts


def test_bare_district_in_the_head_is_in_the_publishers_city():
    """朝阳区 is in 北京 and in 长春: a headline naming only 朝阳区总工会 on a
    page whose publisher is 北京市总工会 is 北京's 朝阳区."""
    head = "朝阳区总工会：楼宇服务站点覆盖商务区\n来源：北京市总工会网站\n"
    facts = _facts_of_unit(head, "今年以来，区总工会向楼宇配送服务活动640余场。", "朝阳区总工会：楼宇服务站点覆盖商务区", 640)
    assert [(f.subject, f.city) for f in facts] == [("朝阳区总工会", "北京市")], facts


# A bulletin's numbered items as one unit (the segmenter may keep them in one
# article): each item is its own union's. The item's head names it (二、某区总工会
# …) or its place (三、某县…情况); an item naming no place is the bulletin's
# union's, and its short forms stand for no other item's union. Numbered parts
# of one story name no place in their heads and stay one article's.
BULLETIN_HEAD = "工会工作简报\n安阳市总工会办公室编印\n\n"
BULLETIN = "一、市总工会开展金秋助学\n\n8月，安阳市总工会为困难职工子女发放助学金46万元。\n\n二、文峰区总工会推行网格服务\n\n全区共划分工会网格58个。\n\n三、林州市职工书屋建设情况\n\n林州市总工会介绍，职工书屋是服务职工的阵地。\n\n截至6月底，全市已建成职工书屋27家。\n\n四、上半年全市工会工作大事记\n\n3月：市总工会开展女职工关爱行动，为9400名女职工开展免费体检。"
STORY_HEAD = "荆门市总工会：技能提升与权益保障\n\n"
STORY = "一、技能提升：从单打独斗到抱团成长\n\n东宝区总工会举办培训。\n\n二、权益保障：从被动维权到主动服务\n\n在东宝区，区总工会今年调解劳动纠纷43起。"
NUMBERED_ITEMS = [
    ("bulletin-item-names-its-union", BULLETIN_HEAD, BULLETIN, 58, "文峰区总工会"),
    ("bulletin-item-names-its-place", BULLETIN_HEAD, BULLETIN, 27, "林州市总工会"),
    ("bulletin-item-of-no-place", BULLETIN_HEAD, BULLETIN, 9400, "安阳市总工会"),
    ("numbered-parts-of-one-story", STORY_HEAD, STORY, 43, "东宝区总工会"),
]


@pytest.mark.parametrize("head,body,value,subject", [c[1:] for c in NUMBERED_ITEMS], ids=[c[0] for c in NUMBERED_ITEMS])
def test_numbered_item_union(head, body, value, subject):
    facts = _facts_of_unit(head, body, head.splitlines()[0], value)
    assert [f.subject for f in facts] == [subject], facts


# thirteenth round: an article naming no place of its own is the page's: the
# place of the first article naming one (a digest's issuing union)
PAGE_PLACES = [
    ("town-headline-under-page-city", Region("广东省", "中山市"), ["三乡镇：联谊交友", ""], Region(),
     Region("广东省", "中山市", "三乡镇")),
    ("no-place-takes-page-place", Region("甘肃省", "嘉峪关市"), ["技能比武赛出风采", ""], Region(),
     Region("甘肃省", "嘉峪关市")),
    ("own-place-wins", Region("广东省", "中山市"), ["江门市：驿站升级", ""], Region("广东省", "江门市"),
     Region("广东省", "江门市")),
    ("first-place-is-the-page-place", Region(), ["中山市总工会：驿站升级", ""], Region("广东省", "中山市"),
     Region("广东省", "中山市")),
]


@pytest.mark.parametrize("page_region,places,own,expected", [c[1:] for c in PAGE_PLACES], ids=[c[0] for c in PAGE_PLACES])
def test_article_without_place_takes_the_pages(page_region, places, own, expected):
    page = PagePlace()
    page.region = page_region
    assert page.of_article(places, own) == expected


# twenty-seventh round: a bare district several cities share (鼓楼区) is the
# one of the place the page names with its city (福州市总工会 elsewhere on it)
SHARED_DISTRICT_ON_PAGE = [
    ("gulou-on-fuzhou-page", "鼓楼区", Region("福建省", "福州市"), Region("福建省", "福州市", "鼓楼区")),
    ("chaoyang-on-beijing-page", "朝阳区", Region("北京市", "北京市"), Region("北京市", "北京市", "朝阳区")),
    # the page's place has no such district: cpca's default stays
    ("no-such-district-on-page", "朝阳区", Region("河南省", "南阳市"), Region("吉林省", "长春市", "朝阳区")),
]


@pytest.mark.parametrize("district,named,expected", [c[1:] for c in SHARED_DISTRICT_ON_PAGE],
                         ids=[c[0] for c in SHARED_DISTRICT_ON_PAGE])
def test_bare_shared_district_takes_the_pages_place(district, named, expected):
    page = PagePlace()
    page.named = [named]
    own = resolve_place(district + "总工会")
    assert page.of_article([district + "总工会：驿站升级", ""], own, "驿站升级") == expected


# A data box titled by a place's unions (数说某市工会) names no body: its
# figures are the place's federation's.
DATA_BOXES = [
    ("city-data-box", "数说宜宾工会\n", "●全市建成职工书屋86家\n●调解劳动争议案件210起\n", "数说宜宾工会", 210, "宜宾市总工会"),
]


@pytest.mark.parametrize("head,body,title,value,subject", [c[1:] for c in DATA_BOXES], ids=[c[0] for c in DATA_BOXES])
def test_data_box_is_the_places_federations(head, body, title, value, subject):
    assert [f.subject for f in _facts_of_unit(head, body, title, value)] == [subject]


# forty-fifth round: a head naming no place and no body: the place the report
# opens in, written with its city, frames 区总工会; a bare 东区 does not
OPENING_PLACES = [
    ("district-with-its-city", "■机械行业工会协商覆盖职工5000余人\n",
     "11月3日，宜春市袁州区机械行业工资集体协商会议举行。区总工会今年新建基层工会组织41家。",
     "■机械行业工会协商覆盖职工5000余人", 41, "袁州区总工会"),
    # fifty-ninth round: a county written in full after 在 is one place in the
    # country: it frames 县总工会 without its city (a county report on a page
    # of another city's feature)
    ("autonomous-county-after-zai", "城步：山里的职工书屋\n",
     "在城步苗族自治县的一处茶厂，职工书屋里坐满了人。今年，县总工会新建职工书屋17家。",
     "城步：山里的职工书屋", 17, "城步苗族自治县总工会"),
    ("county-after-zai", "■竹乡职工有了新驿站\n",
     "在沐川县工业园区，一座职工驿站投入使用。县总工会今年建成户外劳动者驿站9个。",
     "■竹乡职工有了新驿站", 9, "沐川县总工会"),
]


# a city's round-up with a paragraph per county that opens on the county's
# name and calls its union only 县总工会: that county's union, not the city's
PARAGRAPH_COUNTIES = [
    ("county-opens-the-paragraph", "遂宁市总工会：关爱户外劳动者\n",
     "遂宁市总工会今年推动各县区建设驿站。\n蓬溪县则把重点放在了环卫工人身上。县总工会今年建成爱心驿站13个。",
     "遂宁市总工会：关爱户外劳动者", 13, "蓬溪县总工会"),
    ("autonomous-county-opens-the-paragraph", "凉山州总工会：技能比武进山乡\n",
     "凉山州总工会今年组织各县开展竞赛。\n木里藏族自治县的竞赛突出林业特色。县总工会组织比赛7场。",
     "凉山州总工会：技能比武进山乡", 7, "木里藏族自治县总工会"),
    # 县城 opening a paragraph is no county: the short form is read as before
    ("county-town-is-no-county", "遂宁市总工会：关爱户外劳动者\n",
     "遂宁市总工会今年推动各县区建设驿站。\n县城里新添了不少驿站。县总工会今年建成爱心驿站13个。",
     "遂宁市总工会：关爱户外劳动者", 13, "遂宁市总工会"),
]


@pytest.mark.parametrize("head,body,title,value,subject", [c[1:] for c in PARAGRAPH_COUNTIES], ids=[c[0] for c in PARAGRAPH_COUNTIES])
def test_paragraph_county_owns_its_short_form(head, body, title, value, subject):
    assert [f.subject for f in _facts_of_unit(head, body, title, value)] == [subject]


@pytest.mark.parametrize("head,body,title,value,subject", [c[1:] for c in OPENING_PLACES], ids=[c[0] for c in OPENING_PLACES])
def test_opening_place_frames_a_level_short_form(head, body, title, value, subject):
    assert [f.subject for f in _facts_of_unit(head, body, title, value)] == [subject]
