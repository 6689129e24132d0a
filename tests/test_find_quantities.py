"""find_quantities on sentences in the style of union news (facts.md, layer 1).

Every sentence here is ours: other regions, unions and figures than the seed
pages. Cases are grouped by what they cover; each is a sentence and the
quantities expected in it, in order, as (surface, value, value_high,
qualifier, unit). Known failures are marked xfail(strict=True) with the
reason, so a fix shows up as an unexpected pass.
"""
from __future__ import annotations

import pytest

from extractors.quantities import find_quantities


def case(case_id: str, text: str, *expected: tuple, xfail: str | None = None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, list(expected), id=case_id, marks=marks)


def q(surface: str, value, unit: str, qualifier: str = "exact", value_high=None) -> tuple:
    return (surface, value, value_high, qualifier, unit)


MEASURE_WORDS = [
    case("jia", "兰州市总工会今年新建职工书屋16家。", q("16家", 16, "家")),
    case("chu", "全区建成户外劳动者驿站42处。", q("42处", 42, "处")),
    case("qi", "共受理劳动争议案件35起。", q("35起", 35, "起")),
    case("zhuang", "服务覆盖全区商务楼宇27幢。", q("27幢", 27, "幢")),
    case("jian", "帮助职工解决实际问题86件。", q("86件", 86, "件")),
    case("qi-period", "全年举办技能培训班19期。", q("19期", 19, "期")),
    case("ci", "走访慰问活动开展了7次。", q("7次", 7, "次")),
    case("xiang", "推出普惠服务项目12项。", q("12项", 12, "项")),
    case("ce", "编印职工法律读本3000册。", q("3000册", 3000, "册")),
    case("zhi", "组建新就业形态志愿服务队6支。", q("6支", 6, "支")),
    case("fen", "发放调查问卷1500份。", q("1500份", 1500, "份")),
    case("men", "开设网络课程14门。", q("14门", 14, "门")),
    case("tiao", "出台具体措施18条。", q("18条", 18, "条")),
    case("ge", "建成标准化职工之家28个。", q("28个", 28, "个")),
    case("zuo", "今年新建5座爱心驿站。", q("5座", 5, "座")),
    case("suo", "在全市建起10所职工学校。", q("10所", 10, "所")),
    case("tai", "配备4台自助服务终端。", q("4台", 4, "台")),
    case("tao", "发放冬季慰问品2400套。", q("2400套", 2400, "套")),
    case("chang", "举办法律专场讲座11场。", q("11场", 11, "场")),
    case("dui", "评选出5对“最美职工家庭”。", q("5对", 5, "对")),
    case("pici", "分3批次组织劳模疗休养。", q("3批次", 3, "批次")),
    case("chinese-ge", "设置两个分会场。", q("两个", 2, "个")),
    case("chinese-lun", "先后开展三轮集中培训。", q("三轮", 3, "轮")),
    case("chinese-ji", "形成市、县、乡三级服务网络。", q("三级", 3, "级")),
    case("square-metres", "建成面积达360平方米的服务中心。", q("360平方米", 360, "平方米")),
    case("square-km", "片区辖区面积12.5平方公里。", q("12.5平方公里", 12.5, "平方公里")),
    case("mu", "带领村民流转土地800亩。", q("800亩", 800, "亩")),
    case("space-before-measure", "现有会员1200 名。", q("1200 名", 1200, "人")),
    case("two-in-a-row", "新建驿站12处,覆盖职工5000人。", q("12处", 12, "处"), q("5000人", 5000, "人")),
    case("full-width-digits", "共发放慰问金１２万元。", q("１２万元", 120000, "元")),
    case("yi-hundred", "一百名职工参加了比赛。", q("一百名", 100, "人")),
    case("eleven", "十一家企业签订集体合同。", q("十一家", 11, "家")),
    case("noun-led-by-measure", "推出五大项目。", q("五大", 5, "个")),
    case("kuai-things", "为驿站配备4块充电板。", q("4块", 4, "块")),
    case("kuai-money-colloquial", "每份午餐只要15块钱。", q("15块钱", 15, "元")),
    case("yang-kinds", "送上米、油等五样慰问品。", q("五样", 5, "样")),
    case("pai-rows", "选手们站成三排。", q("三排", 3, "排")),
    case("ye-pages", "手册共有48页。", q("48页", 48, "页")),
    case("wan-nights", "疗休养职工在基地住两晚。", q("两晚", 2, "晚")),
    case("jian-shi-things-to-do", "今年重点办好三件事。", q("三件", 3, "件")),
    case("nine-to-five-no-count", "告别朝九晚五的工作。"),
]

QUALIFIERS = [
    case("yu", "吸纳新会员3600余名。", q("3600余名", 3600, "人", "more_than")),
    case("jin-wan", "覆盖职工近2.4万人次。", q("近2.4万人次", 24000, "人次", "nearly")),
    case("chaoguo", "累计服务超过18万人次。", q("超过18万人次", 180000, "人次", "more_than")),
    case("yu-qian", "逾千名职工参与义务植树。", q("逾千名", 1000, "人", "more_than")),
    case("yue", "组织约60场次宣讲。", q("约60场次", 60, "场", "approx")),
    case("zuoyou", "每场容纳300人左右。", q("300人左右", 300, "人", "approx")),
    case("yishang", "计划培训1万名以上技能人才。", q("1万名以上", 10000, "人", "at_least")),
    case("bu-chaoguo", "补贴比例不超过20%。", q("不超过20%", 20, "%", "at_most")),
    case("duo-wan-yuan", "发放救助金80多万元。", q("80多万元", 800000, "元", "more_than")),
    case("shang-bai", "上百家企业参加招聘会。", q("上百家", 100, "家", "at_least")),
    case("jiejin", "参与人数接近3000人次。", q("接近3000人次", 3000, "人次", "nearly")),
    case("jiangjin", "吸引将近400名骑手。", q("将近400名", 400, "人", "nearly")),
    case("dayue", "大约50家商户加入联盟。", q("大约50家", 50, "家", "approx")),
    case("zhishao", "每个网格至少5名网格员。", q("至少5名", 5, "人", "at_least")),
    case("bushaoyu", "全年开展活动不少于10场。", q("不少于10场", 10, "场", "at_least")),
    case("budao", "这个班组不到30人。", q("不到30人", 30, "人", "at_most")),
    case("buzu-bai", "驿站日均接待不足百人。", q("不足百人", 100, "人", "at_most")),
    case("chao", "线上课程点击超1.2万人次。", q("超1.2万人次", 12000, "人次", "more_than")),
    case("guo-qian", "参与企业过千家。", q("过千家", 1000, "家", "more_than")),
    case("wan-yu-yuan", "为职工追回工资10万余元。", q("10万余元", 100000, "元", "more_than")),
    case("year-duo", "他已在站点服务3年多。", q("3年多", 3, "年", "more_than")),
    case("ge-duo-xiaoshi", "讲座持续了1个多小时。", q("1个多小时", 1, "小时", "more_than")),
    case("yixia", "规模在5000人以下的企业。", q("5000人以下", 5000, "人", "at_most")),
    case("yi-yuan-yishang", "产值亿元以上的企业全部建会。", q("亿元以上", 100000000, "元", "at_least")),
    case("tongguo-is-not-guo", "通过3轮比拼决出名次。", q("3轮", 3, "轮")),
    case("aspect-guo-after-a-verb", "她已参加过两次安全培训。", q("两次", 2, "次")),
    case("aspect-guo-after-huode", "该班组获得过3次表彰。", q("3次", 3, "次")),
    case("zuijin-is-not-jin", "最近3天降温明显。", q("3天", 3, "天")),
    case("shangxiayou-is-not-approx", "带动3家上下游企业。", q("3家", 3, "家")),
]

RANGES = [
    case("zhi", "每期培训2至3天。", q("2至3天", 2, "天", "range", 3)),
    case("dao", "每个片区配备4到6名专职人员。", q("4到6名", 4, "人", "range", 6)),
    case("dash-both-units", "补贴标准为每人300元-800元。", q("300元-800元", 300, "元", "range", 800)),
    case("dash-one-unit", "每批次200-300人。", q("200-300人", 200, "人", "range", 300)),
    case("em-dash", "每次活动10—15分钟。", q("10—15分钟", 10, "分钟", "range", 15)),
    case("tilde", "服务期3~5年。", q("3~5年", 3, "年", "range", 5)),
    case("adjacent-liang-san", "休息两三天就能复工。", q("两三天", 2, "天", "range", 3)),
    case("adjacent-tens", "三四十名志愿者赶来帮忙。", q("三四十名", 30, "人", "range", 40)),
    case("adjacent-hundreds", "惠及五六百户家庭。", q("五六百户", 500, "户", "range", 600)),
    case("chinese-dao", "成长为技术骨干要三到五年。", q("三到五年", 3, "年", "range", 5)),
    case("yi-liang", "一两天内就能办结。", q("一两天", 1, "天", "range", 2)),
    case("date-range-is-no-range", "6月20日至21日举办。"),
]

VAGUE_COUNTS = [
    case("ji-shi", "几十家企业参加对接。", q("几十家", 20, "家", "several", 90)),
    case("shi-ji", "十几名骑手前来咨询。", q("十几名", 11, "人", "several", 19)),
    case("shu-bai", "数百名职工观看演出。", q("数百名", 200, "人", "several", 900)),
    case("hao-ji-ci", "他好几次上门调解。", q("几次", 2, "次", "several", 9)),
    case("shu-wan", "直播吸引数万人次观看。", q("数万人次", 20000, "人次", "several", 90000)),
    case("ji-ge-yue", "筹备了几个月。", q("几个月", 2, "月", "several", 9)),
    case("shu-shi-jia", "数十家单位积极响应。", q("数十家", 20, "家", "several", 90)),
    case("shu-tian", "连续数天加班。", q("数天", 2, "天", "several", 9)),
    case("ji-bai-ci", "反复演练几百次。", q("几百次", 200, "次", "several", 900)),
    case("bare-shu-shi-wan-pay", "企业开出数十万年薪招揽技师。", q("数十万", 200000, "元", "several", 900000)),
]

MONEY = [
    case("wan-yuan", "发放困难职工帮扶资金120万元。", q("120万元", 1200000, "元")),
    case("yi-yuan", "筹集善款3.6亿元。", q("3.6亿元", 360000000, "元")),
    case("yuan", "人均增收2400元。", q("2400元", 2400, "元")),
    case("per-month", "给予500元/月交通补贴。", q("500元/月", 500, "元")),
    case("thousands-separator", "追回欠薪1,280,000元。", q("1,280,000元", 1280000, "元")),
    case("decimal-wan", "追讨工资款共计65.8万元。", q("65.8万元", 658000, "元")),
    case("chinese-qian", "每人奖励两千元。", q("两千元", 2000, "元")),
    case("chinese-qian-wan", "投入资金五千万元。", q("五千万元", 50000000, "元")),
    case("usd", "出口额达200美元以上。", q("200美元以上", 200, "美元", "at_least")),
    case("bare-yi-yuan", "纳税超亿元的楼宇有12座。", q("超亿元", 100000000, "元", "more_than"), q("12座", 12, "座")),
]

PERCENT = [
    case("decimal", "职工满意度达96.5%。", q("96.5%", 96.5, "%")),
    case("baifenzhi", "覆盖率提高到百分之九十。", q("百分之九十", 90, "%")),
    case("full-width", "同比增长12％。", q("12％", 12, "%")),
    case("yishang", "入会率达90%以上。", q("90%以上", 90, "%", "at_least")),
    case("percentage-points", "下降了3个百分点。", q("3个百分点", 3, "百分点")),
    case("per-mille", "工伤发生率降至1.2‰。", q("1.2‰", 1.2, "‰")),
    case("chaoguo", "建会率超过85%。", q("超过85%", 85, "%", "more_than")),
]

PEOPLE_AND_VISITS = [
    case("wei", "62位劳模走进校园。", q("62位", 62, "人")),
    case("ren", "慰问困难职工1800人。", q("1800人", 1800, "人")),
    case("renci", "接待来访职工450人次。", q("450人次", 450, "人次")),
    case("ming-ci-paren", "参训人员3.2万名(次)。", q("3.2万名(次)", 32000, "人次")),
    case("ren-ci-paren", "服务职工2.1万人(次)。", q("2.1万人(次)", 21000, "人次")),
    case("ren-ci-fullwidth-paren", "服务职工900人（次）。", q("900人（次）", 900, "人次")),
    case("chang-ci-paren", "开展活动45场(次)。", q("45场(次)", 45, "场")),
    case("bare-yu-shanghu", "300余商户加入工会。", q("300余", 300, "人", "more_than")),
    # 总数, 人数 are words ("number of"); the figure right after them is read
    case("after-zongshu", "全县工会会员总数4.2万人。", q("4.2万人", 42000, "人")),
    case("after-renshu", "参赛人数860人。", q("860人", 860, "人")),
    case("after-zongshu-chinese", "职工总数三千人。", q("三千人", 3000, "人")),
    case("bare-wan-yu-zhigong", "6万余职工参与活动。", q("6万余", 60000, "人", "more_than")),
    case("bare-wan-views", "视频获得35万点击量。", q("35万", 350000, "个")),
    case("ming-ordinary", "42名选手进入决赛。", q("42名", 42, "人")),
    case("liang-wei", "两位老劳模分享经验。", q("两位", 2, "人")),
    case("ge-of-people", "车间有10个职工报名。", q("10个", 10, "人"),
         xfail="个 counting people (10个职工) is not told from 个 counting things yet"),
    case("tongshi-is-no-clock", "同时3名职工上岗。", q("3名", 3, "人")),
]

DURATIONS_AND_MULTIPLES = [
    case("tian", "活动为期5天。", q("5天", 5, "天")),
    case("xiaoshi", "驿站每天开放12小时。", q("12小时", 12, "小时")),
    case("xueshi", "培训时长48学时。", q("48学时", 48, "学时")),
    case("ban-tian", "排队只用了半天。", q("半天", 0.5, "天")),
    case("ban-ri", "女职工享受半日假。", q("半日", 0.5, "日")),
    case("ban-nian-duo", "他歇业半年多。", q("半年多", 0.5, "年", "more_than")),
    case("liang-ge-duo-yue", "等待了两个多月。", q("两个多月", 2, "月", "more_than")),
    case("ge-yue", "项目周期3个月。", q("3个月", 3, "月")),
    case("zhe", "会员享受八折优惠。", q("八折", 8, "折")),
    case("bei", "效率提高了两倍。", q("两倍", 2, "倍")),
    case("shuang-bei", "节日加班发放双倍工资。", q("双倍", 2, "倍")),
    case("nian", "连续3年举办技能大赛。", q("3年", 3, "年")),
    case("fenzhong", "步行10分钟可达。", q("10分钟", 10, "分钟")),
    case("da-noun", "推出六大惠工举措。", q("六大", 6, "个")),
    case("da-measure-word", "涵盖4大类服务。", q("4大类", 4, "类")),
    case("da-arabic", "实施9大专项工程。", q("9大", 9, "个")),
    case("order-of-magnitude", "联合百万级粉丝博主推广。", q("百万级", 1000000, "级", "approx")),
    case("bare-wan-measure", "建成万亩茶园。", q("万亩", 10000, "亩")),
    case("ling-fen", "该项考核得零分。", q("零分", 0, "分")),
    case("zhe-digit-and-tenth", "会员购票享受八五折。", q("八五折", 8.5, "折")),
    case("zhe-arabic-tenth", "职工凭卡消费打95折。", q("95折", 9.5, "折")),
    case("cheng", "参与率提高了两成。", q("两成", 2, "成")),
    case("temperature", "车间温度保持在26摄氏度左右。", q("26摄氏度左右", 26, "摄氏度", "approx")),
    case("ge-xiaoshi", "服务热线24个小时有人值守。", q("24个小时", 24, "小时")),
    case("chinese-tian", "集训为期四天。", q("四天", 4, "天")),
    case("chinese-zhou", "夏令营为期三周，课程丰富。", q("三周", 3, "周")),
    case("zhou-after-weiqi", "培训为期四周,免费参加。", q("四周", 4, "周")),
    case("ri-time-limit", "投诉须在受理后10日内办结。", q("10日", 10, "日")),
    case("ri-extended", "情况复杂的可延长至20日。", q("20日", 20, "日")),
    case("frequency-two-years", "职工运动会每两年一届。", q("两年", 2, "年")),
    case("frequency-three-years", "体检三年一次。", q("三年", 3, "年")),
]

PLACES = [
    case("san-di", "赣湘鄂三地工会签署合作协议。", q("三地", 3, "地")),
    case("liang-di", "两地职工结对交流。", q("两地", 2, "地")),
    case("di-qu-is-a-noun", "覆盖5地区的职工。"),
    case("ban-di-xia", "驿站设在半地下室。"),
]

SCALED_WITH_MORE = [
    case("shi-duo-wan-ren", "活动吸引十多万人参与。", q("十多万人", 100000, "人", "more_than")),
    case("shi-yu-wan-ming", "惠及职工十余万名。", q("十余万名", 100000, "人", "more_than")),
    case("ershi-duo-wan-yuan", "发放慰问金二十多万元。", q("二十多万元", 200000, "元", "more_than")),
]

NOT_DATES = [
    case("full-date", "2024年5月18日,活动在贵阳举行。"),
    case("month-end", "截至2025年10月底,全市已完成任务。"),
    case("date-range", "从3月1日至3月15日开展集中宣传。"),
    case("weekday", "每周五下午开放。"),
    case("time-range", "活动时间为9:30-11:30。"),
    case("chinese-year", "二〇二四年工会工作会议召开。"),
    case("mid-month", "12月中旬完成验收。"),
    case("since-year", "2023年以来成效明显。"),
    case("class-of", "面向2025届毕业生。"),
    case("clock", "早上8点准时出发。"),
    case("clock-minutes", "大会于上午9时30分开幕。"),
    case("clock-dot-minutes", "晚上8点15分开播。"),
    case("month-range", "1至10月累计接待职工。"),
    case("year-and-count", "2022年发放补贴300万元。", q("300万元", 3000000, "元")),
    case("full-width-year", "该驿站于２０１９年建成。"),
    case("full-width-year-and-count", "２０２３年新建驿站１２个。", q("１２个", 12, "个")),
    case("date-not-time-limit", "本月15日召开会议。"),
]

NOT_ORDINALS = [
    case("di-jie", "第三届职工运动会开幕。"),
    case("di-ming", "他获得第2名。"),
    case("qian-wei", "排名前5位的企业获表彰。"),
    case("qian-ming", "前10名选手晋级。"),
    case("yi-deng-jiang", "荣获一等奖。"),
    case("san-deng-jiang", "三等奖由两队获得。", q("两队", 2, "队")),
    case("di-qi", "第十二期培训班结业。"),
    case("er-lei", "二类赛项设在县区。"),
    case("er-hai", "生育二孩的女职工。"),
    case("di-ci", "这是第1次参赛。"),
    case("er-ci", "召开职代会二次会议。"),
    case("er-ji", "他考取了二级技师证书。"),
    case("er-ren-counts", "师徒二人合作攻关。", q("二人", 2, "人")),
    case("wechat-push-position-label", "三条丨某区总工会开展送清凉活动\n今年以来共开展活动12场。", q("12场", 12, "场")),
    case("financial-numeral-alone-is-a-name", "在陆家嘴写字楼送餐的骑手来到驿站。"),
    case("financial-numeral-alone-before-money", "每人补助捌元餐费。", q("捌元", 8, "元")),
    case("jie-congress", "学习十四届全国人大精神。"),
    case("jie-count", "已连续举办6届技能大赛。", q("6届", 6, "届")),
    case("mu-qian-is-not-rank", "目前10名队员已到岗。", q("10名", 10, "人")),
    case("shui-qian-is-not-rank", "税前6000元的岗位。", q("6000元", 6000, "元")),
    case("rank-after-xiangmu", "各项目前三名选手获得“技术能手”称号。"),
    case("rank-after-kemu", "各科目前2名进入决赛。"),
]

NOT_IDENTIFIERS = [
    case("hotline", "拨打12345热线反映诉求。"),
    case("radio", "在FM101.7频率播出。"),
    case("house-number", "位于友谊路18号。"),
    case("floor", "B2层停车场设有驿站。"),
    case("tech-name", "建成5G基站。"),
    case("workshop", "一车间主任带头攻关。"),
    case("building-number", "三号楼设有食堂。"),
    case("summit", "服务G20峰会。"),
    case("formula", "推行“3+2”培养模式。"),
    case("formula-unquoted", "实行1+N服务模式。"),
]

NOT_QUOTED_NAMES = [
    case("five-year-plan", "谋划“十四五”工作。"),
    case("model", "打造“1+N”阵地体系。"),
    case("slogan-with-measure", "打造“10分钟服务圈”。"),
    case("project-name", "开展“四个一”工程。"),
    case("book-title", "学习《2024年工会工作要点》。"),
    case("book-title-count", "出版《职工安全手册100问》。"),
    case("holiday", "迎接“五一”劳动节。"),
    case("team-name", "成立“8人突击队”。"),
    case("inner-single-quotes", "“护航‘十四五’新征程”主题宣讲。"),
    case("long-quote-counts", "“今年我们已经走访企业120家,帮助职工解决了不少难题。”他说。",
         q("120家", 120, "家")),
    case("short-speech-counts", "“这几天订单多,人手不够。”", q("几天", 2, "天", "several", 9)),
]

NOT_IDIOMS = [
    case("last-kilometre", "打通服务最后一公里。"),
    case("one-stop", "提供一站式服务。"),
    case("every-household", "走进千家万户。"),
    case("every-means", "千方百计稳就业。"),
    case("very", "大家十分感动。"),
    case("all-directions", "来自四面八方的职工。"),
    case("front-line", "深入生产一线。"),
    case("often", "他三天两头往企业跑。"),
    case("all-kinds", "五花八门的小商品。"),
    case("digital", "推进数字化转型。"),
    case("big-data", "搭建大数据平台。"),
    case("almost", "几乎所有企业都已建会。"),
    case("majority", "多数职工表示满意。"),
    case("first-half", "上半年完成目标。"),
    case("half", "一半以上的职工参与。"),
    case("half-effort", "取得事半功倍的效果。"),
    case("trinity", "三位一体推进。"),
    case("parallel", "千辛万苦完成任务。"),
    case("surroundings", "四周站满了职工。"),
    case("surroundings-after-noun", "广场四周摆满了展板。"),
    case("tricycle", "骑着三轮车送快递。"),
    case("zero-distance", "服务零距离。"),
    case("spare-parts", "加工汽车零部件。"),
    case("party-congress", "学习二十大精神。"),
    case("surname-wan", "工会主席万建国介绍。"),
    case("hundred-feast", "举办百家宴。"),
]

# Places whose names open with a numeral and a measure word (三台 would read
# 3 台); a short form of two letters alone stays a count (三门课程).
NOT_PLACE_NAMES = [
    case("county-with-tai", "三台县总工会召开会议。"),
    case("city-short-form", "三门峡的职工代表发言。"),
    case("city-with-river", "七台河市总工会开展慰问。"),
    case("city-with-jia", "来自五家渠的建筑工人。"),
    case("county-then-a-count", "五台县建成驿站12个。", q("12个", 12, "个")),
    case("two-letter-short-form-counts", "开设三门课程。", q("三门", 3, "门")),
    case("machines-still-count", "新购三台机床。", q("三台", 3, "台")),
]

NOT_AGES = [
    case("sui", "为65岁以上老人义诊。"),
    case("zhousui", "年满18周岁的职工。"),
    case("anniversary", "迎接建会70周年。"),
    case("centenary", "工会成立100周年。"),
    case("sui-with-duo", "今年60多岁的老党员。"),
    case("sui-with-yu", "80余岁的退休职工。"),
]

NOT_RANKS = [
    case("top-percent", "成绩排名前10%的选手可入选人才库。"),
    case("top-percent-full-width", "前15％的班组获得奖励。"),
]

YI_AS_ARTICLE = [
    case("yi-ming", "一名快递员走进驿站。"),
    case("yi-chang", "举办一场专题讲座。"),
    case("yi-feng", "收到一封感谢信。"),
    case("yi-jia", "一家企业主动建会。"),
    case("yi-ci", "这是一次有益的尝试。"),
    case("digit-one-ming", "医院派出1名医生。", q("1名", 1, "人")),
    case("digit-one-chu", "新建母婴室1处。", q("1处", 1, "处")),
    case("digit-one-ge", "打造1个综合服务站。", q("1个", 1, "个")),
]

LAYOUT = [
    # Numbers split across a blank line are repaired by the text layer
    # (extractors/repair.py) before find_quantities sees them.
    pytest.param("服务职工3\n\n000人次。", [q("3000人次", 3000, "人次")], id="split-number",
                 marks=pytest.mark.skip(reason="text layer: repair joins numbers split by a blank line")),
    case("break-after-measure", "建成驿站12处\n\n覆盖职工5000人。", q("12处", 12, "处"), q("5000人", 5000, "人")),
    case("break-after-number-unit", "为期3天\n\n的培训。", q("3天", 3, "天")),
]

NUMBERS_GRAMMAR = [
    case("liang-wan", "覆盖两万名职工。", q("两万名", 20000, "人")),
    case("chao-liang-wan", "推出超两万个岗位。", q("超两万个", 20000, "个", "more_than")),
    case("duo-ming", "培育300多名绣娘。", q("300多名", 300, "人", "more_than")),
    case("ershi-duo", "20多平方米的驿站。", q("20多平方米", 20, "平方米", "more_than")),
    case("wan-yu-ci", "走访2.9万余次。", q("2.9万余次", 29000, "次", "more_than")),
    case("wan-duo-ce", "印发6万多册。", q("6万多册", 60000, "册", "more_than")),
]

ALL_CASES = (
    MEASURE_WORDS + QUALIFIERS + RANGES + VAGUE_COUNTS + MONEY + PERCENT + PEOPLE_AND_VISITS
    + DURATIONS_AND_MULTIPLES + NOT_DATES + NOT_ORDINALS + NOT_IDENTIFIERS + NOT_QUOTED_NAMES
    + NOT_IDIOMS + NOT_AGES + YI_AS_ARTICLE + LAYOUT + NUMBERS_GRAMMAR
)


def _found(text: str) -> list[tuple]:
    return [(x.surface, x.value, x.value_high, x.qualifier, x.unit) for x in find_quantities(text)]


@pytest.mark.parametrize("text, expected", MEASURE_WORDS)
def test_measure_words(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", QUALIFIERS)
def test_qualifiers(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", RANGES)
def test_ranges(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", VAGUE_COUNTS)
def test_vague_counts(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", MONEY)
def test_money(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", PERCENT)
def test_percent(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", PEOPLE_AND_VISITS)
def test_people_and_visits(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", DURATIONS_AND_MULTIPLES)
def test_durations_and_multiples(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", NOT_DATES)
def test_not_dates(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", NOT_ORDINALS)
def test_not_ordinals(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", NOT_IDENTIFIERS)
def test_not_identifiers(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", NOT_QUOTED_NAMES)
def test_not_quoted_names(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", NOT_IDIOMS)
def test_not_idioms(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", NOT_PLACE_NAMES)
def test_not_place_names(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", NOT_AGES)
def test_not_ages(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", YI_AS_ARTICLE)
def test_yi_as_article(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", LAYOUT)
def test_layout(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", NUMBERS_GRAMMAR)
def test_numbers_grammar(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [c for c in ALL_CASES if not c.marks])
def test_spans_index_the_text(text, expected):
    for x in find_quantities(text):
        assert text[x.start:x.end] == x.surface


def test_table_is_large_enough():
    assert len(ALL_CASES) >= 150


@pytest.mark.parametrize("text", ["", "没有数字的句子。", "一一一一", "万万万", "9" * 100 + "名"])
def test_degenerate_inputs(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize("text, expected", PLACES)
def test_places(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", SCALED_WITH_MORE)
def test_scaled_with_more(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", NOT_RANKS)
def test_not_ranks(text, expected):
    assert _found(text) == expected
