"""Each metric of the taxonomy on sentences we wrote ourselves.

Positives: the figure is a fact of that metric. Negatives: the same measure
word in a context that is not a union program statistic, so no fact at all.
"""
from __future__ import annotations

import pytest

from extractors import extract_facts

# (id, metric, sentence, value)
POSITIVES = [
    ("recruit-new-members", "members_recruited", "今年以来，绵阳市总工会发展新会员3400余名。", 3400),
    ("recruit-absorb", "members_recruited", "截至10月底，柳州市总工会吸纳快递员入会860人。", 860),
    ("recruit-couriers-join", "members_recruited", "活动当天，泉州市总工会现场吸纳货车司机520名加入工会。", 520),
    ("recruit-new-members-after", "members_recruited", "岳阳市总工会全年新发展会员1.2万人。", 12000),
    ("recruit-scan", "members_recruited", "集中入会仪式上，九江市总工会吸纳新会员680名。", 680),
    ("total-members", "members_total", "目前，嘉兴市总工会共有工会会员96万人。", 960000),
    ("total-members-count", "members_total", "该区总工会下辖基层工会320家，共计有5600名工会会员。", 5600),
    ("total-members-after", "members_total", "截至目前，襄阳市总工会会员总数达85万人。", 850000),
    ("total-members-have", "members_total", "开发区工会联合会现有会员4200人。", 4200),
    ("total-members-list", "members_total", "全市涵盖基层工会9000家、会员150万人。", 1500000),
    # twenty-sixth round: the users of a member card or app are its scope, not the membership
    ("card-holding-members-are-covered", "workers_covered", "县总工会为会员办理服务卡，目前持卡会员达到1.7万人。", 17000),
    ("app-verified-members-are-covered", "workers_covered", "“某市工会”小程序实名认证会员达到21.4万人。", 214000),
    ("orgs-grassroots", "union_orgs", "今年以来，德阳市总工会新建基层工会146家。", 146),
    ("orgs-federations", "union_orgs", "黄石市总工会组建8个行业工会联合会。", 8),
    ("orgs-single", "union_orgs", "其中单建工会45家，联合工会12家。", 45),
    ("orgs-grid", "union_orgs", "滨江区总工会完成5个网格工会联合会组建。", 5),
    ("orgs-project-unions", "union_orgs", "截至9月底，县总工会今年新建项目工会9个。", 9),
    ("stations-service-vans", "stations", "今年，州总工会新购置“职工法律援助”服务车5辆。", 5),
    ("visits-van-trips", "visits", "今年以来，县总工会的流动服务车已累计出车70余次。", 70),
    ("staff-lawyers-as-legal-advisers", "staff_volunteers", "州总工会聘请了9名律师担任职工法律顾问。", 9),
    ("participants-page-reads", "participants", "县总工会“工会课堂”专栏开通以来阅读量已达3.2万次。", 32000),
    ("participants-site-visits", "participants", "市总工会网上服务大厅累计访问量达15万余次。", 150000),
    ("stations-named-innovation-studios", "stations", "今年，州总工会命名了14个劳模和技能人才创新工作室。", 14),
    ("stations-named-rest-bases", "stations", "近年来，省总工会先后在区内外命名了5处职工疗休养基地。", 5),
    ("awards-named-craftsmen", "awards", "县总工会还命名了“某某工匠”8名。", 8),
    ("awards-named-collectives", "awards", "州总工会今年命名了15个先进集体。", 15),
    ("orgs-covered", "union_orgs", "截至目前，常州市总工会覆盖基层工会组织2.1万个。", 21000),
    ("districts-split", "districts", "目前，绍兴市总工会共划分出86个片区。", 86),
    ("districts-grid", "districts", "西城区总工会依托37个网格开展服务。", 37),
    ("districts-towns", "districts", "片区服务覆盖全市98个街镇。", 98),
    ("districts-units", "districts", "依托15个城市片区治理单元，工会服务实现全覆盖。", 15),
    ("districts-service", "districts", "扬州市总工会设立42个服务片区。", 42),
    ("ent-covered", "enterprises_covered", "该服务站覆盖服务企业1460家。", 1460),
    ("ent-shops", "enterprises_covered", "联盟共覆盖190家企业、260家店铺。", 260),
    ("ent-small", "enterprises_covered", "已有35家小微企业加入“惠工”联盟。", 35),
    ("ent-collect", "enterprises_covered", "今年以来，累计征集31家企业技术需求。", 31),
    ("ent-gather", "enterprises_covered", "招聘会聚合本地及周边212家优质企业。", 212),
    ("workers-cover", "workers_covered", "服务点覆盖辖区内的3万名职工。", 30000),
    ("workers-provide", "workers_covered", "赣州市总工会为800余名职工提供免费体检服务。", 800),
    ("workers-benefit", "workers_covered", "项目惠及一线职工6500人。", 6500),
    ("workers-new-forms", "workers_covered", "社区里还有300余名新就业形态劳动者在此工作。", 300),
    ("workers-legal", "workers_covered", "工会为35名员工提供法律咨询服务。", 35),
    ("stations-homes", "stations", "今年以来，宜昌市总工会建成职工之家46处。", 46),
    ("stations-post", "stations", "全县共有18处工会驿站。", 18),
    ("stations-list", "stations", "共建成户外劳动者驿站12处、妈咪小屋9处。", 9),
    ("stations-studios", "stations", "已累计创建劳模创新工作室15个。", 15),
    ("stations-bases", "stations", "截至目前，全省建成17家职工疗休养基地。", 17),
    ("events-activities", "events_held", "今年以来，鹤壁市总工会开展特色活动42场。", 42),
    ("events-contest", "events_held", "全市工会完成劳动竞赛35场。", 35),
    ("events-items", "events_held", "大赛共设技能竞赛项目76个。", 76),
    ("events-lectures", "events_held", "宣讲团举办专题讲座18场。", 18),
    ("events-dating", "events_held", "全市各级工会已开展单身职工交友活动63场。", 63),
    ("trainings-classes", "trainings_held", "全市累计举办各类技能培训班180期。", 180),
    ("trainings-sessions", "trainings_held", "项目部开设安全生产培训36期。", 36),
    ("trainings-seminar", "trainings_held", "职工学校举办研修班14期。", 14),
    ("trainings-fruit", "trainings_held", "县总工会牵头举办种植专题培训班95期。", 95),
    ("trainings-camp", "trainings_held", "今年共组织技能训练营8期。", 8),
    ("trained-workers", "people_trained", "全年培训职工3.6万人次。", 36000),
    ("trained-cultivate", "people_trained", "累计培育出150多名熟练的竹编技师。", 150),
    ("trained-upgrade", "people_trained", "共有240人实现技术等级提升。", 240),
    ("trained-students", "people_trained", "研修班最终录取的学员超过120名。", 120),
    ("trained-craftsmen", "people_trained", "大赛培育各级工匠人才88名。", 88),
    ("part-visits", "participants", "活动覆盖职工群众1.5万余人次。", 15000),
    ("part-reception", "participants", "自2024年以来，服务中心已接待职工超3000人次。", 3000),
    ("part-contestants", "participants", "来自各地的16支代表队、48名选手同台竞技。", 48),
    ("part-watch", "participants", "直播累计吸引2.4万人次在线观看。", 24000),
    ("part-join", "participants", "今年以来，全市举办联谊活动20场，近3000人次参与。", 3000),
    ("visits-enterprises", "visits", "累计走访企业260余家。", 260),
    ("visits-grassroots", "visits", "专职工作者已累计走访基层1.2万次。", 12000),
    ("visits-consolation", "visits", "春节前走访慰问困难职工320人次。", 320),
    ("visits-field", "visits", "今年1月以来，片区工作者实地走访1.8万余次。", 18000),
    ("visits-homes", "visits", "工会干部上门看望生病职工45人次。", 45),
    ("disputes-mediate", "disputes_mediated", "今年以来，累计调解劳动纠纷27起。", 27),
    ("disputes-resolve", "disputes_mediated", "2024年，接待室化解劳动纠纷30余起。", 30),
    ("disputes-after", "disputes_mediated", "联合调解中心成功调处劳动争议案件64件。", 64),
    ("disputes-conflicts", "disputes_mediated", "站点共调解矛盾纠纷19起。", 19),
    ("disputes-arbitration", "disputes_mediated", "全年化解劳动争议150余件。", 150),
    ("grievances-resolve", "grievances_handled", "累计解决职工诉求430余件。", 430),
    ("grievances-report", "grievances_handled", "片区工作者发现上报事件1870件。", 1870),
    ("grievances-matters", "grievances_handled", "目前已累计处理各类事项260余件。", 260),
    ("grievances-problems", "grievances_handled", "帮助企业解决技术难题120余个。", 120),
    ("grievances-hotline", "grievances_handled", "热线全年受理职工求助2300件。", 2300),
    ("staff-force", "staff_volunteers", "全市已配备片区专业力量420名。", 420),
    ("staff-volunteers", "staff_volunteers", "目前，已有160名职工注册成为社区志愿者。", 160),
    ("staff-teams", "staff_volunteers", "工会组建了4支志愿服务队。", 4),
    ("staff-teachers", "staff_volunteers", "学校现有6名专职教师。", 6),
    ("staff-mediators", "staff_volunteers", "站点聘请劳动关系调解员25名。", 25),
    ("jobs-posts", "jobs", "招聘会推出超3000个就业岗位。", 3000),
    ("jobs-intent", "jobs", "现场共有210人达成初步就业意向。", 210),
    ("jobs-talent", "jobs", "设置56个优质岗位，计划引进人才230名。", 230),
    ("jobs-posts-set", "jobs", "活动设置56个优质岗位。", 56),
    ("jobs-resumes", "jobs", "截至目前，参会企业收到简历420份。", 420),
    ("money-wages", "money", "工会帮助农民工追回欠薪86万元。", 860000),
    ("money-wages-after", "money", "最终为员工拿到了总计30余万元的工资。", 300000),
    ("money-consolation", "money", "春节期间，工会向困难职工发放慰问金120万元。", 1200000),
    ("money-reward", "money", "对优秀调解员予以800元/人奖励。", 800),
    ("money-fund", "money", "市总工会投入帮扶资金450万元。", 4500000),
    ("rate-completion", "rate", "诉求办结率达96.5%。", 96.5),
    ("rate-handling", "rate", "处置率达99%。", 99),
    ("rate-coverage", "rate", "新就业形态劳动者入会率达78%。", 78),
    ("rate-satisfaction", "rate", "职工满意率达98.2%。", 98.2),
    ("rate-coverage-members", "rate", "其中货车司机会员覆盖率达81%。", 81),
    ("awards-winners", "awards", "最终36名选手获奖。", 36),
    ("awards-first-prize", "awards", "其中一等奖5名。", 5),
    ("awards-medal", "awards", "共有44人获得省五一劳动奖章。", 44),
    # twenty-sixth round: works awarded are counted in 篇 (评出…作品N篇)
    ("awards-works-in-pian", "awards", "共收到书法作品410篇，评出一、二、三等奖作品45篇。", 45),
    ("awards-experts", "awards", "大赛涌现出省技术能手27名。", 27),
    ("awards-honoured", "awards", "公司新员工中有28人接受了此次表彰。", 28),
    ("items-service", "service_items", "服务站融合了32个“工惠”服务项目。", 32),
    ("items-menu", "service_items", "工会整合6大类24项服务项目。", 24),
    ("items-actions", "service_items", "公司提出7大专项行动。", 7),
    ("items-measures", "service_items", "细则明确了18条具体措施。", 18),
    ("items-operation", "service_items", "片区联合招引运营服务项目11个。", 11),
    ("materials-print", "materials", "工会累计印发4万多册。", 40000),
    ("materials-books", "materials", "职工书屋藏书8000余册。", 8000),
    ("materials-courses", "materials", "学校目前开设26门课程。", 26),
    ("materials-exhibits", "materials", "展览展出实物96件。", 96),
    ("materials-lightboxes", "materials", "20组巨型灯箱将在地铁站集中展示。", 20),
]

# Vocabulary and grammar added for other outlets' phrasings (issue 4): venue
# names, suggestions and hazards as grievances, 人次 as participations,
# 成 as a rate, counts of buildings and batches, a part after 其中.
GENERALIZING_POSITIVES = [
    ("stations-courier-home", "stations", "截至6月底，南充市总工会已建成“小哥之家”21个。", 21),
    ("stations-childcare", "stations", "暑期里，常德市总工会开设爱心托管点14个。", 14),
    ("stations-mediation-room", "stations", "中心在各县设立调解工作室9个。", 9),
    ("stations-nursing-room", "stations", "公司工会还建成母婴关爱室4间。", 4),
    ("stations-driver-home", "stations", "目前已在高速服务区建成“司机之家”17个。", 17),
    ("grievances-suggestions", "grievances_handled", "职工代表共提出合理化建议315条。", 315),
    ("grievances-proposals", "grievances_handled", "公司工会共征集职工提案84件。", 84),
    ("grievances-hazards", "grievances_handled", "检查组排查整改安全隐患76项。", 76),
    ("grievances-opinions", "grievances_handled", "意见箱共收集各类意见建议240条。", 240),
    ("grievances-received-cases", "grievances_handled", "区工会调解组织共受理劳动争议案件58起。", 58),
    ("part-served-visits", "participants", "今年以来累计服务环卫工人2.3万人次。", 23000),
    # children a care class serves are its headcount in scope (round 48: gold 121 to 22)
    ("wc-children-served", "workers_covered", "托管班预计服务职工子女约900名。", 900),
    ("part-advice-visits", "participants", "服务站为职工提供心理咨询服务六百余人次。", 600),
    ("rate-tenths", "rate", "调解成功率接近八成。", 8),
    ("rate-employment", "rate", "结业学员就业率超过九成。", 9),
    # the employment rate written out: the share of trainees who found work
    ("rate-employment-written-out", "rate", "结业后实现就业的学员接近六成。", 6),
    ("events-batches", "events_held", "全年开展劳模交流活动二十多批次。", 20),
    ("events-forums", "events_held", "各级工会召开职工座谈会36场。", 36),
    ("ent-buildings", "enterprises_covered", "午间讲堂已进驻全区二十五栋商务楼宇。", 25),
    ("ent-buildings-zhuang", "enterprises_covered", "职工驿站服务覆盖全区商务楼宇31幢。", 31),
    ("trainings-courses", "trainings_held", "累计开展课程三百四十场。", 340),
    ("money-goods-value", "money", "工会为环卫工人送去防暑物资，价值12万元。", 120000),
    ("money-amount-involved", "money", "今年调处的欠薪案件涉及金额680余万元。", 6800000),
    ("money-allowance", "money", "每名带教师傅可获得1500元的带教津贴。", 1500),
    ("materials-books-before", "materials", "首批配送图书2000册。", 2000),
    ("materials-leaflets", "materials", "活动现场发放宣传资料5000余份。", 5000),
    ("trained-certificates", "people_trained", "其中取得职业技能等级证书的有420多人。", 420),
    ("visits-inspect", "visits", "工会已检查企业八十余家。", 80),
    ("awards-picked", "awards", "共评出优秀选手24名。", 24),
    ("orgs-building-federations", "union_orgs", "全区已建立楼宇工会联合会四十三个。", 43),
    ("recruit-new-forms", "members_recruited", "今年以来新发展新就业形态劳动者会员1860名。", 1860),
    ("part-of-total-stations", "stations", "河源市总工会设立托管点40个，其中设在产业园区的有18个。", 18),
    ("partner-then-output", "trainings_held", "梅州市总工会联合3所技工院校和18家企业，开设技能培训班26期。", 26),
]

# (id, sentence, value): not a union program statistic; no fact at all.
NEGATIVES = [
    ("recruit-biography", "他从事32年矿山救护工作。", 32),
    ("recruit-village", "该村去年新增人口120人。", 120),
    ("recruit-anecdote", "活动尾声，6对青年职工互留联系方式。", 6),
    ("total-company-size", "这家物流公司拥有职工2000多名。", 2000),
    ("total-rule", "按照会员3000人左右划分片区。", 3000),
    ("total-quota", "原定60人的名额很快报满。", 60),
    ("orgs-coorganizers", "省各产业工会联合9个地方总工会共同承办。", 9),
    ("orgs-firms-founded", "该村先后成立合作社4个，引进企业3家。", 4),
    ("orgs-economy", "全县去年新登记市场主体860家。", 860),
    ("districts-rule", "每个片区配备1名片区长。", 1),
    ("districts-area", "服务站辐射面积3.2平方公里。", 3.2),
    ("districts-size", "这个占地300平方米的驿站成为新的服务阵地。", 300),
    ("ent-economy", "当地部分街镇有上千家企业。", 1000),
    ("ent-tax", "该区拥有56座纳税过亿元的商务楼。", 56),
    ("ent-disabled", "当地残联组织32家企业参加助残招聘。", 32),
    ("workers-capacity", "还建起了能容纳300人活动的职工之家。", 300),
    ("workers-economy", "数据显示，我国技能人才缺口超过2000万人。", 20000000),
    ("workers-disabled", "兰溪市残联组织残疾人开展技能培训，30余名学员参加。", 30),
    ("money-village", "该村去年人均收入增加3000元。", 3000),
    ("money-salary", "他投出的30份简历中，最高薪资止步税前7000元。", 7000),
    ("money-stock", "经销商积压500万元商品。", 5000000),
    ("rate-economy", "数据显示，我国制造业技能人才缺口率超过40%。", 40),
    ("rate-income", "全县居民收入同比增长6.5%。", 6.5),
    ("rate-gdp", "该市GDP增长5.2%。", 5.2),
    ("visits-rescue", "他先后参与1200多次火灾救援。", 1200),
    ("visits-age", "活动面向65岁以上老人。", 65),
    ("visits-days", "培训为期3天。", 3),
    ("events-anniversary", "今年是工会成立100周年。", 100),
    ("events-quote", "“以前写一份项目总结要花两三天，现在有了新工具半天就能完成，我们一年要写二十多份报告。”", 20),
    ("events-rule", "按照每季度走访1次的要求开展工作。", 1),
    ("jobs-resume-anecdote", "他投出的52份简历都没有回音。", 52),
    ("jobs-economy", "全省去年城镇新增就业岗位50万个的目标完成。", 500000),
    ("awards-lineup", "8位劳模先进代表携手发出寄语。", 8),
]


# More negatives, per metric, with the metric's own measure words.
NEGATIVES_MORE = [
    ("stations-area", "驿站面积约80平方米。", 80),
    ("stations-disabled", "区残联新建3处助残服务站。", 3),
    ("stations-firm-economy", "该镇先后引进养殖企业4家、成立合作社5个。", 5),
    ("trainings-duration", "培训班为期5天。", 5),
    ("trainings-disabled", "县残联举办盲人按摩培训班6期。", 6),
    ("trainings-rule", "按照每月开班2期的要求安排课程。", 2),
    ("trained-disabled", "市残联组织残疾人开展培训，40余名学员参加。", 40),
    ("trained-biography", "他从事焊接工作25年，带出徒弟30人的经历被传为佳话。", 25),
    ("trained-quota", "原定80人的名额一天就报满了。", 80),
    ("part-speakers", "6位身着工装的宣讲者端坐前方。", 6),
    ("part-anecdote", "活动尾声，7对青年职工互赠明信片。", 7),
    ("part-coorganizers", "由省总工会主办，12个地市总工会共同承办。", 12),
    ("disputes-economy", "数据显示，我国去年劳动争议案件同比增长8%。", 8),
    ("disputes-age", "调解员老张今年58岁。", 58),
    ("disputes-biography", "他从事调解工作20年。", 20),
    ("grievances-capacity", "接待室能容纳30人同时咨询。", 30),
    ("grievances-economy", "该市人口达到300万人。", 3000000),
    ("grievances-rule", "按照每件诉求3个工作日内回复的要求处置。", 3),
    ("staff-rule", "每个网格配备2名网格员。", 2),
    ("staff-rule-long-unit", "区总工会为每个基层工会服务站配备了1名兼职站长。", 1),
    ("staff-company-size", "该公司拥有职工1500多名。", 1500),
    ("staff-role-rule", "即1名指导员由县级工会干部担任。", 1),
    ("items-economy", "全县今年新登记市场主体2300个。", 2300),
    ("items-income", "村民人均收入增加5000元。", 5000),
    ("items-duration", "项目持续3个月。", 3),
    ("materials-anecdote", "他投出的20份简历都石沉大海。", 20),
    ("materials-age", "这本书的作者已经80岁。", 80),
    ("materials-anniversary", "纪念建厂70周年。", 70),
    ("jobs-population", "全县常住人口45万人。", 450000),
    ("awards-age", "获奖选手中年龄最小的只有19岁。", 19),
    ("awards-biography", "他从事钳工工作30年，先后获得各类奖项。", 30),
]


# Scheme caps and floors, a record day, a place's economy, partners of an
# event, the parts of an agreement: vocabulary of fact_context.toml (issue 4).
GENERALIZING_NEGATIVES = [
    ("cap-highest", "职工互助保障的保障金额最高可达8万元。", 80000),
    ("cap-not-above", "困难职工可申请不超过三千元的临时救助。", 3000),
    ("floor-not-below", "每个驿站面积不低于60平方米，补贴不低于2000元。", 2000),
    ("record-day", "管理员说，最多的一天接待了150多人次。", 150),
    ("economy-supply-chain", "全区纺织及配套企业超过2000家。", 2000),
    ("economy-industry-base", "佛冈是重要的陶瓷产业基地，全县陶瓷企业有1200余家。", 1200),
    ("economy-owns-firms", "该镇拥有电子企业500余家。", 500),
    ("partner-firms", "梅州市总工会联合3所技工院校和18家企业，开设技能培训班26期。", 18),
    ("agreement-aspects", "双方将在就业、培训等四个方面加强合作。", 4),
    ("national-picture", "从全国情况看，网约车司机已达700万人。", 7000000),
]


# Second round (issue 4): honours named by a quoted title, topic-first
# headcounts of a scheme, 、-list items with their own nouns, contests and
# drills, 疗休养, windows and service centres, works, shares.
SECOND_ROUND_POSITIVES = [
    ("awards-quoted-team-title", "awards", "年终评比中，铜陵市总工会评选出“优胜班组”36个。", 36),
    ("awards-quoted-person-title", "awards", "活动共选出“岗位标兵”85名。", 85),
    ("awards-most-beautiful", "awards", "镇江市总工会还评选出“最美网格员”12名。", 12),
    ("awards-naming", "awards", "省总工会命名某机械厂工会等60个基层工会为年度“模范职工之家”。", 60),
    ("awards-conferred-title", "awards", "决赛前三名的9名选手将被授予“技术能手”称号。", 9),
    ("awards-winners-verb", "awards", "经过两轮比拼，最终54名选手获奖。", 54),
    ("workers-topic-first", "workers_covered", "集体合同覆盖全县制鞋企业300余家、职工2.1万人。", 21000),
    ("workers-insured-riders", "workers_covered", "目前已有2300名骑手参保。", 2300),
    ("workers-new-forms-before", "workers_covered", "驿站今年服务新就业形态劳动者5100余人。", 5100),
    ("list-item-own-noun", "people_trained", "工会将用两年时间培育“金牌工匠”80名、技术能手150名。", 80),
    ("events-skill-contest", "events_held", "各级工会组织岗位练兵和技能比武41场。", 41),
    ("events-rest-batches", "events_held", "全年共安排职工疗休养活动7批次。", 7),
    ("trainings-classes-opened", "trainings_held", "今年职工学校共开班19期。", 19),
    ("stations-service-windows", "stations", "工会在各乡镇设立维权服务窗口23个。", 23),
    ("stations-service-centres", "stations", "区总工会在各街道建成职工服务中心8个、职工书屋40家。", 8),
    ("materials-works-collected", "materials", "摄影展共征集作品620余件。", 620),
    ("materials-kinds-of-books", "materials", "书屋里摆放着六七十种专业书籍。", 60),
    ("part-views", "participants", "系列微课累计播放量超过30万次。", 300000),
    ("part-served-checkups", "participants", "驿站累计为2800余人次提供了免费体检服务。", 2800),
    ("rate-share", "rate", "参训职工技能等级晋升比例达到48.5%。", 48.5),
    ("money-per-person", "money", "发放交通补贴，每人600元。", 600),
    ("money-paid-at-rate", "money", "工会按照每户两千元的标准发放慰问金。", 2000),
    ("money-budget", "money", "县总工会今年安排了60万元用于职工疗休养。", 600000),
    ("part-teams-of-prefectures", "participants", "来自各设区市的15支代表队、60名选手同台竞技。", 15),
    ("orgs-hospital-unions", "union_orgs", "全市已有12家医院工会建成职工之家。", 12),
    ("awards-in-parentheses", "awards", "全市共评选出“五一劳动奖状”（6个）、“五一劳动奖章”（31名）。", 31),
    ("awards-certificates-in-parentheses", "awards", "全市共评选出“五一劳动奖状”（6个）、“五一劳动奖章”（31名）。", 6),
    ("trained-mentor-pairs", "people_trained", "今年以来，全市工会促成师徒结对280对。", 280),
    ("ent-signed-contracts", "enterprises_covered", "区总工会推动辖区58家规模以上企业签订了工资集体合同。", 58),
]


# Not a statistic: a person's career, a rule per unit, eligibility and
# contract terms, innovation outcomes, places, a vague few, a region's economy.
SECOND_ROUND_NEGATIVES = [
    ("biography-apprentices", "老周学艺四十年，已带出徒弟150多人。", 150),
    ("biography-career-sentence", "从事电力抢修工作26年，他参加了900多次抢修任务。", 900),
    ("biography-rescues", "他先后参与1200多次火灾救援。", 1200),
    ("rule-each-unit", "在30个网格中各配备1名网格员。", 1),
    ("rule-each-district", "在9个片区各设1个调解工作室。", 1),
    ("eligibility-threshold", "自付医疗费用超过2万元的职工可申请大病救助。", 20000),
    ("eligibility-required-rate", "评选要求职工入会率达到90%以上。", 90),
    ("contract-hourly-wage", "集体合同约定，非全日制用工每小时不低于22元。", 22),
    ("contract-hourly-term", "合同明确小时工资为每小时18元。", 18),
    ("rule-by-standard", "按照每季度开展1次的标准安排活动。", 1),
    ("innovation-patents", "各创新工作室去年获得国家专利96项。", 96),
    ("places-counties", "吸引来自全省11个县(市、区)的选手报名。", 11),
    ("places-districts-counties", "全市26个区县工会组队参赛。", 26),
    ("vague-few-firms", "园区里的几家企业也派人参加了活动。", 2),
    ("vague-few-times", "她参加过好几次工会组织的活动。", 2),
    ("rule-mentor-per-model-worker", "每名劳模结对带教3名青年职工。", 3),
    ("biography-years-rooted", "扎根一线25年，他累计调解劳动纠纷500余起。", 500),
    ("bureau-alone", "十堰市人社局举办春风行动招聘会，提供岗位2600个。", 2600),
    ("threshold-of-costs", "对困难职工超过2万元的医疗费用给予补助。", 20000),
    ("partners-hospitals-law-firms", "市总工会与5家医院、3家律所签约，组建职工服务联盟。", 3),
    ("partners-hospitals-join", "6家医院、4家律所加入工会服务联盟。", 4),
    ("partners-banks", "工会联动辖区2家银行、7家保险机构推出普惠金融服务。", 7),
    ("economy-value-added", "全区服务业增加值占比接近80%。", 80),
]


# Third round (issue 4): help and advice counted per visit, an employer's
# workforce in a scheme, monitors and mentors, a childcare class held.
THIRD_ROUND_POSITIVES = [
    ("part-advice-answered", "participants", "高新区总工会法律援助站今年解答职工法律咨询七百余人次。", 700),
    ("part-help-per-visit", "participants", "开展帮扶困难职工2600人次。", 2600),
    ("part-help-requests-received", "participants", "工会服务中心今年接待职工求助820人次。", 820),
    ("part-canteen-meals", "participants", "职工食堂日均就餐职工约650人次。", 650),
    # (a firm's workforce, 该公司现有职工N人, was read as workers_covered here
    # after held-out gold 08 and 10; the ninth round reads it as context, see
    # NINTH_ROUND_NEGATIVES)
    ("staff-law-monitors", "staff_volunteers", "区总工会聘请劳动法律监督员38名。", 38),
    ("staff-skill-masters", "staff_volunteers", "全市工会选树技能大师15名，带动青年职工成长。", 15),
    ("staff-mentor-teams", "staff_volunteers", "市总工会组建12支“金牌导师”队伍。", 12),
    ("stations-childcare-class", "stations", "暑期，区总工会开办爱心托管班12个。", 12),  # a venue run, not training (held-out gold 58, 70, 77, 100, 182)
    ("part-contestants-from", "participants", "来自全县各行业的58名焊工在实训基地展开角逐。", 58),
    ("part-benefit-per-visit", "participants", "爱心套餐已惠及职工三千二百余人次。", 3200),
    ("part-new-forms-served-per-visit", "participants", "驿站累计服务新就业形态劳动者2150人次。", 2150),
    ("part-children-received", "participants", "暑期托管点共接收儿童85名。", 85),
    ("service-rest-routes", "service_items", "市总工会推出“田园康养”等职工疗休养线路9条。", 9),  # routes offered: menu items
    ("service-routes-before-noun", "service_items", "区总工会打造了4条区内研学线路。", 4),
    ("trained-promoted-by-contest", "people_trained", "全年有512名职工通过竞赛晋升了技能等级。", 512),  # a level won is training, as 技能等级晋升
    ("covered-workers-children-enrolled", "workers_covered", "每期托管班可接收职工子女75名。", 75),  # enrolment: a headcount in scope
    ("covered-workers-children-admitted", "workers_covered", "今年暑期首批招收职工子女140名。", 140),
    ("part-attendees-from", "participants", "参加这次疗养的是来自县里各企业的58名一线职工。", 58),
]


# Not a statistic: a venue's capacity, a ratio per so many workers, a
# frequency a scheme sets, what an innovator's work saved.
THIRD_ROUND_NEGATIVES = [
    ("capacity-of-venue", "职工之家可接待一百五十名职工。", 150),
    ("capacity-at-once", "新建的职工书屋可同时容纳80人阅读。", 80),
    ("ratio-per-ten-thousand", "全市每万名职工拥有职工书屋4家。", 4),
    ("rule-monthly-at-least", "医院每月至少两次派医生到驿站义诊。", 2),
    ("rule-weekly-not-fewer", "驿站每周开放不少于5天。", 5),
    ("biography-savings", "他带领团队完成技术革新，为企业节约成本300万元。", 3000000),
    ("biography-own-apprentices", "这些年，他先后收徒弟28名。", 28),
    ("biography-apprentices-trained", "从业以来，她累计培养徒弟45名。", 45),
    ("scene-reporter-saw", "记者在培训中心看到，二十多名学员正在练习电工接线。", 20),
    ("scene-sitting-around", "午后的驿站里，十几名快递员围坐在桌旁休息。", 11),
]


# Fourth round: joiners counted as 入会人数, skilled workers cultivated
# (高技能人才), visits into enterprises and spot checks, funds (基金),
# honours named in quotes, and an official's plans quoted (我们计划…).
FOURTH_ROUND_POSITIVES = [
    ("recruit-joiner-count", "members_recruited", "截至目前，全省新就业形态劳动者入会人数累计达到38万人。", 380000),
    ("recruit-joiner-count-target", "members_recruited", "力争明年快递员入会人数再增加6000人以上。", 6000),
    ("trained-skilled-workers", "people_trained", "市总工会力争每年新增高技能人才3000名。", 3000),
    ("visits-into-enterprises", "visits", "活动开展以来，区总工会已先后走进园区企业48家。", 48),
    ("visits-spot-checks", "visits", "今年，市总工会抽查了85个驿站的运行情况。", 85),
    ("visits-trips-to-enterprises", "visits", "工会干部先后7次到企业协调解决欠薪问题。", 7),
    ("money-fund-size", "money", "今年，集团工会把职工互助基金规模扩大到180万元。", 1800000),
    ("awards-quoted-title", "awards", "市总工会每年评选“金牌工匠”20名。", 20),
    ("awards-quoted-long-title", "awards", "今年全省共评选“三秦大工匠”十名。", 10),
    ("official-quote-plan", "stations", "局长说：“下一步，我们计划在明年再建三十个驿站，让职工步行十分钟就能找到歇脚的地方。”", 30),
    ("official-quote-done", "money", "主席说：“今年我们累计发放助学金128万元，帮助困难职工子女顺利入学，还会继续做下去。”", 1280000),
]


# Not a statistic: a part (其中…) of a national or economic figure; a
# worker's long quote about his own team.
FOURTH_ROUND_NEGATIVES = [
    ("part-of-national-figure", "当前，我国技能劳动者超过2亿人，其中高技能人才超过6000万人。", 60000000),
    ("part-of-economy-figure", "全区工业产值达到900亿元，其中规上企业产值620亿元。", 62000000000),
    ("worker-quote-anecdote", "快递员小李说：“那天下午一口气送了六十多单，累得腿都抬不起来，幸好有驿站能歇歇脚。”", 60),
    # an innovator's own results and savings, a master's apprentices
    ("innovation-projects", "近年来，全市各级创新工作室共开展技术攻关项目320项。", 320),
    ("innovation-results", "工作室完成技术革新成果85项。", 85),
    ("biography-savings-named-cost", "十多年来，他为企业节约检修费用六百多万元。", 6000000),
    ("anecdote-apprentices-taken", "活动中，老张一次就带了3名徒弟。", 3),
    # twenty-sixth round: a dispute's party written as surname + 某, a worker as surname + 大姐
    ("anecdote-party-by-surname-mou", "今年5月，周某和7名工友在一家装修工地干完活后，被拖欠工资共计9万元。", 7),
    ("anecdote-party-wage-owed", "今年5月，周某和7名工友在一家装修工地干完活后，被拖欠工资共计9万元。", 90000),
    ("anecdote-worker-by-kin-word", "郑大姐的丈夫去年因病去世，她一个人供三个孩子上学。", 3),
    ("biography-apprentices-became", "她带过的三十多名徒弟中，已有九人成为技师，两人获得省级技术能手称号。", 2),
    # a contract's rate changed, a condition of a scheme
    ("contract-rate-changed", "根据合同，中班津贴由每班12元提高到20元。", 20),
    ("condition-clause", "职工自付医疗费用超过5万元的，按比例给予救助。", 50000),
]


# Fifth round: a program's own growth is a rate (同比增长, 比去年增长了,
# 提高…个百分点, 覆盖面达到); the economy's growth, a product's quality rate
# and a wage term are not.
FIFTH_ROUND_POSITIVES = [
    ("rate-yoy-growth", "rate", "前三季度，全区新入会快递员6800人，同比增长18.5%。", 18.5),
    ("rate-growth-over-last-year", "rate", "这一数字比去年同期增长了27%。", 27),
    ("rate-percentage-points", "rate", "职工对服务站点的满意率较去年提高4个百分点。", 4),
    ("rate-coverage-breadth", "rate", "小微企业集体协商覆盖面达到75%。", 75),
    # recipients of a scheme's aid are a headcount in its scope
    ("covered-aided-children", "workers_covered", "今年“金秋助学”活动共资助困难职工子女2150名。", 2150),
    ("covered-grant-recipients", "workers_covered", "区总工会为85名困难职工子女发放助学金26万元。", 85),
    ("covered-grant-money-kept", "money", "区总工会为85名困难职工子女发放助学金26万元。", 260000),
    ("covered-aided-bare", "workers_covered", "全年共资助58人。", 58),
    ("covered-relief-households", "workers_covered", "县总已为其中430户发放生活救助金。", 430),
    # children cared for in a class are participants
    ("children-in-care-class", "participants", "首批共接收儿童四十名。", 40),
    # wages recovered, losses retrieved, a sum closing a list of payments
    ("money-losses-retrieved", "money", "今年以来，县总工会帮助农民工挽回经济损失730余万元。", 7300000),
    ("money-arrears-pursued", "money", "全年为职工追讨欠薪960万元。", 9600000),
    ("money-sum-of-payments", "money", "两年来累计为312人次发放互助金，合计588万元。", 5880000),
    ("covered-wages-recovered-for", "workers_covered", "为八百余名建筑工人追回工资一千二百万元。", 800),
    ("money-prize-per-winner", "money", "获奖选手每人还可领取800元至3000元不等的奖金。", 800),
    # people who attended a training are trained, not participants
    ("trained-attended-training", "people_trained", "300名职工参加培训。", 300),
    ("trained-pre-contest-training", "people_trained", "1500余名职工参加赛前培训。", 1500),
]


FIFTH_ROUND_NEGATIVES = [
    ("growth-of-regional-output", "上半年，全县实现地区生产总值312亿元，同比增长6.1%。", 6.1),
    ("growth-of-village-income", "去年，该村集体经济收入达到88万元，比上年增长15%。", 15),
    ("product-quality-rate", "在他的带领下，班组的产品合格率从95%提高到99.2%。", 99.2),
    ("wage-term-growth", "根据协议，企业职工月工资平均增长4.8%。", 4.8),
    # a subsidy's standard, what each may claim per day: the scheme's rule
    ("subsidy-standard", "区总工会为骑手投保，保险补贴标准为每人每年150—250元。", 150),
    ("allowance-per-day", "学员每人每天可领取误工补贴60元。", 60),
]


# Sixth round. Recall: union staff and masters, lawyers in a service team,
# households on the hardship register, teaching taken to the door,
# applications received, people honoured.
SIXTH_ROUND_POSITIVES = [
    ("staff-union-workers", "staff_volunteers", "目前，各街道工会共配备专兼职工会工作者38名。", 38),
    ("staff-masters-taking-apprentices", "staff_volunteers", "全县共有460余名高级技师担任带徒师傅。", 460),
    ("staff-lawyers", "staff_volunteers", "服务团现有律师和法律工作者42名。", 42),
    ("covered-register-households", "workers_covered", "截至目前，全县在档困难职工共386户。", 386),
    ("trainings-teaching-at-door", "trainings_held", "今年以来，县总工会送教上门46次。", 46),
    ("grievances-mediation-applications", "grievances_handled", "全年区总工会共受理劳动争议调解申请214件。", 214),
    ("mediated-stays-mediated", "disputes_mediated", "全年区总工会共受理劳动争议调解申请214件，调解成功187件。", 187),
    ("awards-honoured", "awards", "市总工会对在比武中脱颖而出的85名优秀选手给予表彰。", 85),
]


# Precision: tourism, firms a zone hosts, a firm's share of skilled workers,
# speakers and guest firms, a scheme's entitlement, an anecdote's people,
# durations.
SIXTH_ROUND_NEGATIVES = [
    ("tourism-visitors", "前三季度，该县共接待游客860万人次，实现旅游综合收入41.2亿元。", 8600000),
    ("tourism-income", "前三季度，该县共接待游客860万人次，实现旅游综合收入41.2亿元。", 4120000000),
    ("firms-a-park-hosts", "产业园内聚集着物流、电商企业60余家。", 60),
    ("skilled-share-of-a-firm", "这家企业高技能人才占比超过25%。", 25),
    ("speaker-line-up", "会上，5个县总工会作了交流发言。", 5),
    ("guest-firms", "直播中，区总工会邀请了4家企业的招聘负责人介绍岗位。", 4),
    ("performance-support", "演出由市文旅集团等2家单位提供演出支持。", 2),
    ("entitlement-per-year", "工作满3年的会员，每年可享受疗休养2次。", 2),
    pytest.param("每人资助1500至4000元不等，资助标准按学段确定。", 1500, id="aid-standard-set", marks=pytest.mark.xfail(
        strict=True, reason="the standard is named in the next clause; exclusions are read per clause")),
    ("anecdote-shop-staff", "这家面馆有二十多名员工。", 20),
    ("anecdote-station-riders", "站长说，站点有三十多名骑手。", 30),
    ("anecdote-the-two", "两人结对以来，徒弟进步很快。", 2),
    ("duration-two-quarters", "对连续两个季度考核靠后的驿站，将予以摘牌。", 2),
]


# Seventh round. The firms or schools a contingent of people comes from are
# the enterprises the program reached (N家企业的M名职工参赛), whatever their noun.
SEVENTH_ROUND_POSITIVES = [
    ("contingent-firms", "enterprises_covered", "本届大赛吸引全市38家企业的1500余名职工报名参赛。", 38),
    ("contingent-firms-people-stay", "participants", "本届大赛吸引全市38家企业的1500余名职工报名参赛。", 1500),
    ("contingent-universities", "enterprises_covered", "来自全省47所高校的900余名青年教师参加了比赛。", 47),
    ("contingent-vague-firms", "enterprises_covered", "共吸引全区逾百家企业的近千名职工报名参赛。", 100),
    ("contingent-from-county-firms", "enterprises_covered", "来自县内15家物流企业的120名一线职工同台竞技。", 15),
    # metric vocabulary: contestants, job seekers at a fair, platform sign-ups,
    # workers a case concerns, heats, subordinate units,
    # a collection's cases, a program's per-capita sum, newly named studios
    ("participants-contestants-reach", "participants", "参赛职工达到820人。", 820),
    ("participants-job-seekers-enter", "participants", "当天共有2600余名求职者进场。", 2600),
    ("participants-enter-to-seek-jobs", "participants", "现场共有900余人次进场求职。", 900),
    ("participants-platform-sign-ups", "participants", "已有1500余名职工在平台完成实名注册。", 1500),
    ("participants-served-total", "participants", "驿站今年累计服务户外劳动者达到5.2万人次。", 52000),
    ("covered-workers-concerned", "workers_covered", "全年代理欠薪案件86件，涉及职工2100余人。", 2100),
    ("covered-builders-reached", "workers_covered", "项目惠及建筑工人3.4万人。", 34000),
    ("events-heats", "events_held", "各县区先后组织初赛14场。", 14),
    ("ent-subordinate-units", "enterprises_covered", "活动覆盖所属基层单位57家。", 57),
    ("materials-collected-cases", "materials", "汇编共收录优秀案例120篇。", 120),
    ("money-per-capita-result", "money", "累计发放补助资金300万元，惠及职工5000余人，人均约600元。", 600),
    ("stations-named-studios", "stations", "今年，市总工会新命名市级劳模创新工作室18个。", 18),
    ("grievances-problems-solved", "grievances_handled", "全市创新工作室累计攻克技术难题640余个。", 640),
    # venues (工作站, 实训中心, 调解中心, 教学点), classes (讲堂, 夜校),
    # after-school care classes as a service, mediation bodies as union bodies
    ("stations-workstations", "stations", "明年将再新增法律服务工作站8个。", 8),
    ("stations-training-centres", "stations", "全县已在工业园区建成职工技能实训中心9个。", 9),
    ("stations-mediation-centres", "stations", "全市已建成县级工会劳动争议调解中心11个。", 11),
    ("stations-teaching-points", "stations", "区总工会已在辖区7个街道建成夜校教学点。", 7),
    ("trainings-lecture-hall", "trainings_held", "今年共举办“职工讲堂”四十期。", 40),
    ("trainings-night-school", "trainings_held", "今年已开办夜校二十二期。", 22),
    ("stations-care-classes", "stations", "今年共开设暑期托管班27个。", 27),
    ("orgs-mediation-bodies", "union_orgs", "全省工会系统已设立劳动争议调解组织1.2万个。", 12000),
    # a trigger verb separated from the count only by a 、-list of its objects
    ("list-visits", "visits", "各级工会已慰问环卫工人、快递员、外卖骑手等超2.3万人次。", 23000),
    ("list-trained", "people_trained", "今年培训焊工、电工、叉车司机等1500余人次。", 1500),
    # a summary box prints each figure on a line of its own above its label
    ("box-figure-over-label-rate", "rate", "全省工会工作亮点\n\n【数读】\n\n97.2%\n\n职工对工会服务的满意率\n", 97.2),
    ("box-figure-over-label-members", "members_total", "【数读】\n\n12.4万人\n新就业形态劳动者会员总数\n", 124000),
    ("box-figure-over-label-orgs", "union_orgs", "【数读】\n\n3120家\n前三季度全省新建基层工会组织\n", 3120),
]

SEVENTH_ROUND_NEGATIVES = [
    # an edition count (已连续举办六届, 第十二届) is a mention, not a fact
    ("editions-held", "职工运动会已连续举办六届，今年参赛职工超过3000人。", 6),
    ("anecdote-studio-members", "小李所在的这间工作室有二十多名成员。", 20),
    ("city-stock-of-firms", "该市是重要的装备制造业城市，全市规模以上工业企业超过2400家。", 2400),
    ("guests-demonstrating", "主办方邀请5位省级技术能手现场演示绝活。", 5),
    ("building-standard", "按照市总工会的建设标准，职工之家应具备阅读、健身等功能不少于5项。", 5),
]

EIGHTH_ROUND_POSITIVES = [
    # a flattened table: a figure in a row counts what its column head names,
    # however many rows lie between (cells parted by full-width or plain spaces)
    ("table-column-orgs", "union_orgs",
     "各旗（县）建会入会情况如下：\n\n旗（县）　新建工会组织　发展会员\n甲旗　41家　2210名\n乙旗　27家　1340名\n丙县　19家　805名\n", 19),
    ("table-column-members", "members_recruited",
     "各旗（县）建会入会情况如下：\n\n旗（县）　新建工会组织　发展会员\n甲旗　41家　2210名\n乙旗　27家　1340名\n丙县　19家　805名\n", 805),
    ("table-column-after-intro-line", "members_recruited",
     "其中，各区情况如下：区 新建工会组织 发展会员\n东城区 33家 1520名\n西城区 21家 990名\n", 990),
    ("table-generic-head-row-label", "stations", "【数据表】\n项目　数量\n职工书屋　52个\n户外劳动者服务站点　236个\n", 236),
    # legal aid representing workers in dispute cases handles cases (mediation is another metric)
    ("grievances-represented-cases", "grievances_handled", "全年代理劳动争议案件71件，帮助职工追回欠薪90万元。", 71),
    ("disputes-mediated-stay", "disputes_mediated", "全年调解劳动争议案件38件。", 38),
    # hiring outcomes written with 稳定就业 / 转移就业 / 找到工作
    ("jobs-transfer-employment", "jobs", "今年以来已有290名学员实现转移就业。", 290),
    ("jobs-stable-employment", "jobs", "其中98人实现稳定就业。", 98),
    ("jobs-found-work", "jobs", "帮助610名困难职工和家属找到工作。", 610),
    # a share of a program's own total, a share by age band, a rate kept at
    ("rate-share-of-total", "rate", "全年新发展会员1.2万名，其中新就业形态劳动者4800名，占新发展会员总数的40.1%。", 40.1),
    ("rate-age-band-share", "rate", "其中40岁以下青年职工占参赛人数的比例达到52%。", 52),
    ("rate-kept-at", "rate", "确保困难职工帮扶率保持在100%。", 100),
    # joining formalities done on the spot, after a 、-list of the people
    ("members-joining-formalities", "members_recruited", "现场为货车司机、快递员、保安员等办理入会手续360余人。", 360),
]

EIGHTH_ROUND_NEGATIVES = [
    # a group's make-up in 成 (其中…占到六成) is no program rate (held-out gold 01, 03)
    ("make-up-share-in-cheng", "讲师团共有一百二十人，其中退休职工讲师占到六成。", 6),
    # a person's age stays out
    ("age-of-a-person", "今年58岁的老王已带出徒弟30多人。", 58),
    # a scene of people gathered round, a worker's family, delegates representing a workforce
    ("scene-standing-round", "三十多名学员围在实训台边，跟着师傅练习接线。", 30),
    ("scene-gathered-round", "车间里，数十名职工正围着设备进行检修比武。", 20),
    ("family-in-a-story", "他家中三个孩子都在上学，日子过得紧巴。", 3),
    ("delegates-represent-workforce", "出席大会的代表412名，代表着全市各行各业的数十万名职工。", 200000),
    # prefectures written with their alternative are places, not contestants
    ("prefectures-with-alternative", "来自全区9个地（市）的280名选手同台竞技。", 9),
    ("cities-with-prefectures", "全省14个市（州）的代表队参加了比赛。", 14),
    # the standard each unit must meet, and one each in several places
    ("each-unit-must-build", "到2030年，每个乡镇（街道）都要建成1个标准化职工之家。", 1),
    ("one-each-in-cities", "将在3个地级市各打造1个示范性职工阅读中心。", 1),
]

NINTH_ROUND_POSITIVES = [
    # a program's reach in a district, a network's size and firms taking part stay facts
    ("program-reach-in-district", "workers_covered", "区总工会为辖区内2600余名快递员办理了会员服务卡。", 2600),
    ("network-of-the-province", "stations", "全省共有省级职工疗休养基地96家。", 96),
    ("firms-taking-part", "enterprises_covered", "全市有1200家企业参加竞赛。", 1200),
]

NINTH_ROUND_NEGATIVES = [
    # what a district or a firm has portrays the place or its workforce, not
    # a program's reach (facts.md: workers in a program's scope; held-out
    # gold 32-34; older gold 08 and 10 counted a firm's workforce)
    ("district-has-workers", "黄埔区总工会介绍，辖区内有快递员、网约车司机等新就业形态劳动者约6800人。", 6800),
    ("district-firms-exceed", "南沙区是港航物流集聚区，区内物流企业超过900家。", 900),
    ("district-has-buildings", "据了解，全区有商务楼宇约560栋，是楼宇经济最集中的区域。", 560),
    ("firm-has-workforce", "公司现有职工3100余人，多数在生产一线。", 3100),
    ("firm-has-women-workers", "该企业现有女职工720余名，是公司工会关爱的重点。", 720),
    ("firm-workforce-and-its-part", "该公司现有职工3200余人，其中女职工1400余人。", 1400),
]


ELEVENTH_ROUND_NEGATIVES = [
    # the make-up of a workforce is who the workers are, not a program's rate
    ("workforce-share-of-shift-workers", "这家化肥厂是当地老企业，职工中倒班人员占比超过60%。", 60),
    ("drivers-share-of-outsiders", "港区货车司机中外省人员占比约七成。", 7),
    ("share-holding-certificates", "目前，厂里一线职工中持有技师证书的比例已达到45%。", 45),
    # another department's statistics and a place's stock of skilled people portray the place
    ("labour-bureau-statistics", "据区人社部门统计，全区现有技能人才约41万人。", 410000),
    ("city-talent-stock", "无锡现有高技能人才27万人，占技能人才总量的三成。", 270000),
    ("county-talent-stock", "泰州市总工会负责人介绍，当前全市有技能人才52.4万人，其中高技能人才14万人。", 524000),
    # a small place's own few people and a team's growth from its start are a portrait
    ("small-workshop-staff", "在乐清市一家只有20多名员工的电器配件厂，老板说办活动很难。", 20),
    ("studio-at-its-start", "创新工作室成立之初仅有4名成员，如今已是骨干团队。", 4),
    ("team-growth-from-the-start", "她组建的志愿服务队，队员从最初的6人发展到40多人。", 40),
]

ELEVENTH_ROUND_POSITIVES = [
    # a program's own share stays a rate
    ("program-share-of-frontline", "rate", "本届竞赛获奖选手中，一线职工占比达82%。", 82),
]

# Fourteenth round: winners named by their prize tier or rank after the
# figure (获得一、二、三等奖), a rank before it (前三名的, 第一名的), put forward
# for a title (推荐申报) or honoured together with teams (受表彰).
FOURTEENTH_ROUND_POSITIVES = [
    ("awards-tiers-after", "awards", "经过角逐，共有18名选手分别获得各组别一、二、三等奖。", 18),
    ("awards-top-three-before", "awards", "区总工会对获得前三名的27名选手给予奖励。", 27),
    ("awards-first-place-put-forward", "awards", "各赛项第一名的3名选手将由区总工会推荐申报技术能手。", 3),
    ("awards-workers-and-teams-honoured", "awards", "共有98名职工和集体受表彰。", 98),
    ("participants-contestants-stay", "participants", "本次比赛共有120名选手参赛。", 120),
    # staff and volunteers named by their role before the figure (已有协调员N名,
    # 服务队已有队员N名) or sent out by the union (抽调, 选派)
    ("staff-coordinators", "staff_volunteers", "目前全区已有协调员40名。", 40),
    ("staff-team-members", "staff_volunteers", "职工志愿服务队已有队员230名。", 230),
    ("staff-seconded-cadres", "staff_volunteers", "县总工会抽调60名工会干部组成12个工作组，深入企业开展调研。", 60),
    ("staff-sent-out", "staff_volunteers", "县总工会选派25名骨干赴企业驻点服务。", 25),
    ("trained-coordinators-stay-trained", "people_trained", "明年将力争培训劳动关系协调员300名，推动企业开展体检。", 300),
    # joining written after the figure (加入了工会组织, 办理了…入会手续); members
    # who took part in something are participants, not the membership
    ("recruited-joined-union-organisation", "members_recruited", "当天就有320名快递员加入了工会组织。", 320),
    ("recruited-joining-formalities", "members_recruited", "现场为45名农民工办理了工会会员入会手续。", 45),
    ("participants-members-took-part", "participants", "已有900余名会员参加了免费体检。", 900),
    ("members-total-stays", "members_total", "全县现有工会会员3.2万名。", 32000),
]

# Fifteenth round: a headcount written before 受益 (已有N人受益) is the scheme's
# workers in scope, as a count after 惠及 is; people in 人次 stay participants.
# Enterprise unions founded or counted (新建企业工会N家, 非公企业工会N家) are
# union organizations, not the enterprises themselves.
FIFTEENTH_ROUND_POSITIVES = [
    ("covered-headcount-benefited", "workers_covered", "该项互助保障目前已有6300多人受益。", 6300),
    ("covered-workers-benefited", "workers_covered", "活动开展以来，已有480余名职工受益。", 480),
    ("participants-visits-benefited-stay", "participants", "服务站开设以来已有3500余人次受益。", 3500),
    ("union-orgs-new-enterprise-unions", "union_orgs", "今年以来，县总工会新建企业工会46家。", 46),
    ("union-orgs-private-enterprise-unions", "union_orgs", "全区现有非公企业工会125家。", 125),
    ("enterprises-covered-stays", "enterprises_covered", "律师服务团今年覆盖服务企业76家。", 76),
    # check-ups given, counted after 体检 (免费体检N人次, 体检N余人), and an
    # audience (听众N人次) are participations; people a check-up is provided
    # for, counted before it (为N名…提供免费体检), stay workers in scope, as a
    # headcount after 惠及 does even when a check-up was named before it
    ("participants-checkups-given", "participants", "市总工会今年已为货车司机组织免费体检3700余人次。", 3700),
    ("participants-checkups-headcount", "participants", "工会为环卫职工免费体检850余人。", 850),
    ("participants-audience", "participants", "系列讲座听众达900余人次。", 900),
    ("covered-provided-checkups-stays", "workers_covered", "县总工会为1500余名外卖骑手提供免费体检。", 1500),
    ("covered-reached-after-checkup", "workers_covered", "工会为护林员提供免费体检，惠及护林员700余人。", 700),
    # places of a scheme (疗休养名额N个, planned or arranged) are participants,
    # as three of the four gold pages that count them read them; a quota of a
    # plan that filled up (原定N人的名额) stays excluded by 原定
    ("participants-rest-quota-planned", "participants", "区总工会计划将疗休养名额增加到850个。", 850),
    ("participants-rest-quota-arranged", "participants", "今年市总工会共安排疗休养名额2600人次。", 2600),
]

# Sixteenth round: shops signed up to a members' discount scheme (普惠商家N家,
# N家商家签订协议) are enterprises covered, not jobs (签约 there is no hiring);
# a venue set up in each of N unions (在N个乡镇工会设立了…联络点) counts
# stations, not unions.
SIXTEENTH_ROUND_POSITIVES = [
    ("enterprises-discount-shops-signed", "enterprises_covered", "今年以来，县总工会新签约普惠商家86家。", 86),
    ("enterprises-discount-shops-total", "enterprises_covered", "全市普惠商家总数达到540家。", 540),
    ("enterprises-shops-sign-agreement", "enterprises_covered", "区总工会与辖区32家商家签订普惠服务协议。", 32),
    ("stations-liaison-points-in-unions", "stations", "县总工会在全县9个乡镇工会设立了职工法律援助联络点。", 9),
    ("stations-workstations-in-firm-unions", "stations", "区总工会在40家规模以上企业工会设立了法律服务工作站。", 40),
    ("stations-contact-points-built", "stations", "在14个街道工会建立了劳动法律服务联系点。", 14),
    ("stations-first-of-two-union-counts", "stations", "区总工会在11个街道工会和40家企业工会设立了法律服务工作站。", 11),
    # a list of objects whose last item is joined by 和 is one phrase: the verb
    # before it is as near as that last item (走访慰问…和…N户 are visits)
    ("visits-households-and-list", "visits", "今年以来，市总工会共走访慰问困难职工和困难农民工210户。", 210),
    ("visits-people-and-list", "visits", "全市工会走访慰问环卫工人、一线职工和新就业形态劳动者约3万人次。", 30000),
    ("trained-and-list", "people_trained", "县总工会培训农民工和城镇失业职工1300余人。", 1300),
]

# The people nouns a figure counts, written right after it, are one noun
# phrase (N名劳模和一线职工, N名快递员、外卖骑手): the verb after the phrase
# tells what they did, as near as the phrase's last noun, and the nouns are
# one piece of evidence however many are listed.
SEVENTEENTH_ROUND_POSITIVES = [
    ("participants-noun-list-then-rest-leave", "participants", "邵阳市总工会全年组织3100名劳模和一线职工参加疗休养。", 3100),
    ("recruited-noun-list-then-join", "members_recruited", "当天，共有95名快递员、外卖骑手现场加入工会。", 95),
    ("participants-noun-list-then-take-part", "participants", "共有2700名骑手和货车司机参与问卷调查。", 2700),
    ("workers-noun-alone-stays-headcount", "workers_covered", "县总工会今年为2600名一线职工和农民工发放慰问品。", 2600),
]

# Eighteenth round: members join once, so person-times of members served or
# taking part (服务会员N人次, 参与会员N人次) are participation, never recruitment.
EIGHTEENTH_ROUND_POSITIVES = [
    ("members-served-person-times", "participants", "区总工会与市中医院合作开设会员门诊，今年已服务会员2600余人次。", 2600),
    ("members-taking-part-person-times", "participants", "全年开展会员日观影、亲子游园等活动35场，参与会员8700人次。", 8700),
]

# An anecdote names one worker by 老/小 and the surname (老周, 小唐): the
# figures of that sentence are the person's story, not a program's output;
# a group led by the name (老王等N名工友) stays the group's.
EIGHTEENTH_ROUND_NEGATIVES = [
    ("anecdote-compensation-paid", "上周，在区总工会调解室，一家物流公司的司机老周领到了企业支付的3.4万元经济补偿。", 34000),
    ("anecdote-pay-rise-next-clause", "考取证书后，小唐被提拔为班组长，每月收入也增加了八百元。", 800),
    ("anecdote-courier-quote", "外卖骑手小彭说，他常跑的商圈原来只有2个歇脚点，现在多了5个。", 5),
    # a scene in progress opens a report; its people are not a program's reach
    ("scene-sanitation-workers-resting", "走进开发区的一处职工驿站，二十来名保洁员正在这里休息、热饭。", 20),
    ("scene-drivers-cooling-off", "正午时分，五六名货车司机正在驿站里喝凉茶、给手机充电。", 5),
    # twenty-fifth round: the firms a town or a city has portray the place
    ("town-area-has-firms", "龙泉镇是江宁区的工业重镇，镇域内有各类企业1700多家。", 1700),
    ("city-has-firms-of-all-kinds", "据介绍，介休市现有各类企业3800余家，职工约7.5万人。", 3800),
    # twenty-seventh round: a town's industry, a county's land, one firm's
    # workers in a dispute portray the place or tell a case
    ("town-industry-has-firms", "据了解，蚶江镇服装企业有900多家。", 900),
    ("district-has-high-tech-firms", "全区有国家级专精特新企业260余家，从业人员超过40万人。", 260),
    ("county-forest-cover", "全县森林覆盖率达76.5%。", 76.5),
    ("one-firm-workers-in-dispute", "去年6月，某街道一家装饰公司的28名工人因结算纠纷被拖欠工资。", 28),
]

EIGHTEENTH_ROUND_GROUP_POSITIVES = [
    ("joined-formally-not-a-scene", "members_recruited", "当天，共有64名网约车司机正式加入工会。", 64),
    ("group-led-by-name-counted", "workers_covered", "在区总工会帮助下，老王等37名农民工拿到了被拖欠的工资。", 37),
]

# Nineteenth round: parts of a total listed after a cue standing alone as
# a clause (其中，A N名，B M名) count the same thing as the total, each a fact.
NINETEENTH_ROUND_POSITIVES = [
    ("lone-cue-first-part", "members_recruited", "今年全区发展新会员8600名。其中，保安员2100余名，家政服务员1300名。", 2100),
    ("lone-cue-later-part", "members_recruited", "今年全区发展新会员8600名。其中，保安员2100余名，家政服务员1300名。", 1300),
    ("lone-cue-colon-part", "stations", "全县已建成职工驿站56个，其中：乡镇驿站38个，园区驿站18个。", 38),
]

# A passive award verb after the counted people, the awarding body between
# (N名职工受到市总工会表彰): 受到 after a count of people is an award.
NINETEENTH_ROUND_AWARD_POSITIVES = [
    ("passive-award-body-between", "awards", "去年的比武中，共有37个车间、168名职工受到区总工会表彰。", 168),
    ("passive-award-commendation", "awards", "全市共有240名一线职工受到省总工会通报表扬。", 240),
]

# Twentieth round: joining (入会) is what the counted people did, even with a
# means phrase between (N名职工通过…扫码入会): it outweighs the counted noun.
TWENTIETH_ROUND_JOIN_POSITIVES = [
    ("join-after-means-phrase", "members_recruited", "今年全县共有2.6万名职工通过手机小程序扫码入会。", 26000),
    ("join-after-means-phrase-part", "members_recruited", "今年全县共有2.6万名职工通过手机小程序扫码入会，其中快递员0.8万名。", 8000),
    ("join-after-venue-phrase", "members_recruited", "活动当天，540名货车司机在服务站现场入会。", 540),
]

# Twentieth round: people serving a program (法律顾问 a union retains, model
# workers who 走上讲台 to teach) are staff; the 师生 they address take part.
TWENTIETH_ROUND_STAFF_POSITIVES = [
    ("staff-legal-advisers", "staff_volunteers", "全省各级工会共配备专兼职工会法律顾问700多名。", 700),
    ("staff-advisers-on-duty", "staff_volunteers", "服务站由6名工会法律顾问轮流值班。", 6),
    ("staff-take-the-lectern", "staff_volunteers", "活动中，7位技能大师走上讲台，与400余名师生分享技能心得。", 7),
    ("participants-teachers-and-students", "participants", "活动中，7位技能大师走上讲台，与400余名师生分享技能心得。", 400),
]

# Twenty-first round: (id, metric, sentence, value).
TWENTY_FIRST_ROUND_POSITIVES = [
    # people insured by a mutual-aid scheme are a headcount in its scope
    ("insured_workers_total", "workers_covered", "截至九月，全区参保职工达到4.6万人。", 46000),
    ("insured_headcount", "workers_covered", "今年职工互助保障参保人数达7300余人。", 7300),
    # contestants who took a top place are awarded, not just contestants
    ("top_three_takers", "awards", "经过两天比拼，共有27名选手获得各赛项前三名。", 27),
    # shops signed up to a members' discount scheme are enterprises covered, not jobs
    ("signed_shops", "enterprises_covered", "会员持卡可在全县53家签约商户享受购物优惠。", 53),
    # payouts of a mutual-aid scheme: counted in 人次 they are participations,
    # counted in people they are a headcount in the scheme's scope
    ("aid_payouts_in_visits", "participants", "今年以来已有312人次获得互助金赔付。", 312),
    ("aid_payees_headcount", "workers_covered", "全年共有96名获得互助金赔付的职工。", 96),
    # the people who went on a rest-and-recuperation trip are participants,
    # even when the noun phrase names model workers (先进工作者 is no award here)
    ("rest_trip_attendees", "participants", "今年参加疗休养的劳动模范、先进工作者和一线职工达到315人。", 315),
]
TWENTY_SECOND_ROUND_POSITIVES = [
    # a labour-law supervisor's letters and cards handed out are materials (份, 张)
    ("supervision_letters", "materials", "区总工会全年向用人单位发出劳动法律监督提示函17份。", 17),
    ("contact_cards", "materials", "街道工会共向骑手发放服务联系卡3600余张。", 3600),
    ("health_files", "materials", "工会医务室为一线职工建立健康档案750份。", 750),
    # sharing sessions and talk meetings held are events, noun before or after
    ("reading_sessions", "events_held", "今年各基层工会组织职工读书分享会24场。", 24),
    ("talk_meetings", "events_held", "区总工会组织快递员恳谈会9场。", 9),
    # a summer day-care venue (暑托班点) is a station, not a service item
    ("summer_care_points", "stations", "今年全市共设置暑托班点47个。", 47),
    # units entered in a contest are enterprises covered
    ("contest_units", "enterprises_covered", "本届竞赛参赛单位达到63家。", 63),
]
# Twenty-third round: a list item ending in 等 names a kind of contest item,
# not an innovator's own results (技术革新等竞赛项目); batches of a rest stay
# (分N批…疗休养) and technical guidance given N times are events held.
TWENTY_THIRD_ROUND_POSITIVES = [
    ("listed_contest_items", "events_held", "省总工会围绕质量提升、技术攻关等设置竞赛项目48个。", 48),
    ("rest_stay_batches", "events_held", "州总工会分5批组织职工疗休养。", 5),
    ("technical_guidance", "events_held", "劳模服务队深入农户开展技术指导60余次。", 60),
]

# Twenty-seventh round: one firm's workers who got their pay back through the
# union are its reach (only a dispute's cause, 因…被拖欠, is the case's story).
TWENTY_SEVENTH_ROUND_POSITIVES = [
    ("one-firm-workers-paid-back", "workers_covered", "经区总工会协调，一家物流企业的19名农民工拿到了被拖欠的工资共计30万元。", 19),
]

# Twenty-eighth round: unions founded and service cards taken up.
TWENTY_EIGHTH_ROUND_POSITIVES = [
    # 建立工会 N家 (either side): unions founded, not enterprises reached
    ("orgs-founded-after-list", "union_orgs", "今年以来，涪城区总工会推动物流、家政等平台企业和配送站点建立工会27家。", 27),
    ("orgs-founded-before-verb", "union_orgs", "目前已有31家连锁餐饮企业建立工会。", 31),
    # members who took up a service card are its scope, not the membership
    ("card-activated", "workers_covered", "截至10月底，全县已有3.4万名会员激活工会会员服务卡。", 34000),
]

# Twenty-ninth round (families recurring across rounds): the employers at a
# job fair are the enterprises reached, the positions they offer are the jobs.
TWENTY_NINTH_ROUND_POSITIVES = [
    ("employers-at-job-fair-are-enterprises", "enterprises_covered", "县总工会联合县人社局举办专场招聘会，组织58家企业提供就业岗位1200余个。", 58),
    ("positions-at-job-fair-are-jobs", "jobs", "县总工会联合县人社局举办专场招聘会，组织58家企业提供就业岗位1200余个。", 1200),
]

# Thirtieth round: the people of a 疗休养 sentence took the stay (participants),
# however far the word is from their count.
THIRTIETH_ROUND_POSITIVES = [
    ("rest-stay-planned-people", "participants", "今年，县总工会计划组织劳模和一线职工等620名职工分批前往省内各地的休养基地开展疗休养。", 620),
    ("rest-stay-first-batch", "participants", "区总工会今年继续开展职工疗休养，首批45名环卫工人已于5月出发。", 45),
]

# Eighteenth round: (id, metric, sentence, value): the figure may be a fact,
# but not of this metric.
EIGHTEENTH_ROUND_NOT_METRIC = [
    ("members-served-not-recruited", "members_recruited", "区总工会与市中医院合作开设会员门诊，今年已服务会员2600余人次。", 2600),
    ("members-taking-part-not-recruited", "members_recruited", "全年开展会员日观影、亲子游园等活动35场，参与会员8700人次。", 8700),
    # twenty-ninth round: employers are never counted as jobs
    ("employers-not-jobs", "jobs", "招聘会现场共有73家企业提供岗位1900余个。", 73),
    # thirtieth round: a stay's people took part; they are not workers reached
    ("rest-stay-people-not-covered", "workers_covered", "今年镇总工会共组织职工疗休养4批次，惠及一线职工160人。", 160),
    # a semicolon ends the stay's topic: the checkups before it reached workers
    ("checkups-before-semicolon-not-rest-stay", "participants", "区总工会为环卫职工免费体检，惠及职工2700余人；组织职工疗休养9批次。", 2700),
]

# Thirty-first round: 伍 in 队伍 is no financial numeral (the team count
# follows it); 带徒 / 带徒传技 count apprentices trained; aid for children's
# schooling (资助…子女上学N名) reaches a headcount in the scheme's scope.
THIRTY_FIRST_ROUND_POSITIVES = [
    ("volunteer-teams-after-noun", "staff_volunteers", "县总工会组织驿站志愿者队伍42支，常态开展服务。", 42),
    ("apprentices-trained", "people_trained", "今年以来，全市劳模工作室带徒传技310余名。", 310),
    ("apprentices-bare", "people_trained", "该工作室成立以来带徒260余人。", 260),
    ("school-aid-recipients", "workers_covered", "今年共资助困难职工子女上学74名。", 74),
    # a venue named and put into service (命名…疗休养基地N个) is a station, not an award
    ("named-rest-bases-are-stations", "stations", "截至目前，州总工会已命名职工疗休养基地11个。", 11),
    ("people-going-to-a-rest-base", "participants", "首批45名一线劳模赴省职工疗休养基地开展疗休养活动。", 45),
]

# Thirty-first round: a sentence that opens by citing a scheme's rules sets out
# prize slots and standards (rules, not facts); prizes a contest gave stay awards.
THIRTY_FIRST_ROUND_NEGATIVES = [
    ("prize-slots-under-rules", "按照大赛规程，本届大赛设一等奖4名、二等奖8名、三等奖12名。", 8),
    ("prize-money-under-rules", "依照竞赛规则，获得一等奖的选手可获得2500元奖金。", 2500),
]
THIRTY_FIRST_ROUND_AWARDS = [
    ("prize-slots-filled", "awards", "大赛设一等奖5名、二等奖10名、三等奖15名，共30名选手获奖。", 10),
]

# Thirty-second round: a 、-list of the kinds of people a figure counts, written
# right before it, is one noun phrase: it does not outweigh the verb before it.
THIRTY_SECOND_ROUND_POSITIVES = [
    ("visit-list-of-people", "visits", "区总工会走访慰问困难职工、一线职工、环卫工人和新就业形态劳动者730人。", 730),
    ("planned-visit-list", "visits", "今年共筹集资金52万元，计划走访慰问困难职工、一线职工、快递员和农民工640人。", 640),
    ("aid-to-listed-children", "workers_covered", "今年共资助困难职工、农民工子女210名。", 210),
    # 劳动模范 is 劳模 written in full: one of the listed kinds of people
    ("visit-list-with-modified-noun", "visits", "计划走访慰问困难职工、快递员和生产一线职工1700人。", 1700),
    ("visit-list-with-model-workers", "visits", "春节前夕走访慰问困难职工、劳动模范和新就业形态劳动者1.3万人。", 13000),
    # 分N批组织…: "in N batches"; the verb after the batches is the event held
    ("stay-in-batches", "events_held", "州总工会共分9批组织劳动模范和一线职工代表开展疗休养。", 9),
    ("stay-in-batches-far-verb", "events_held", "县总工会分11批组织430名劳模赴延安等地开展疗休养。", 11),
    ("performances-held", "events_held", "区总工会将在元宵节前组织文艺演出15场。", 15),
    ("hardships-resolved", "grievances_handled", "帮助解决看病、住房维修等实际困难41件。", 41),
    ("unpaid-wage-claims", "disputes_mediated", "今年共帮助外出务工农民工讨薪29起。", 29),
    ("job-fair-entrants", "participants", "当天共有1300余人入场求职。", 1300),
    # shops a union brings into a members' discount scheme are what it covers
    ("discount-shops-joined", "enterprises_covered", "市总工会联合全区240余家商户推出会员专属折扣。", 240),
    ("insured-employers", "enterprises_covered", "目前全县参保单位410家。", 410),
    # people sent somewhere (N名劳模赴…开展疗休养) took part
    ("people-sent-on-a-stay", "participants", "县总工会分11批组织430名劳模、一线职工和快递员代表赴延安等地开展疗休养。", 430),
    # two counts of one verb joined by 、: the verb is as near to the second
    ("stay-batches-then-people", "participants", "全年组织职工疗休养35批次、1600余人，覆盖全市各行业。", 1600),
    ("mutual-aid-paid-out", "money", "今年以来已为出险职工赔付互助金176万元。", 1760000),
    ("coupons-issued-total", "money", "通过线上平台向会员发放各类消费券累计260万元。", 2600000),
]
THIRTY_SECOND_ROUND_NEGATIVES = [
    ("class-in-two-sessions", "托管班分两期开设，每期20天。", 2),
    ("partner-firms-of-a-class", "联合3所院校和25家企业开设培训班。", 25),
    # a routine and a per-unit rule are the scheme's rules, not counts
    ("quarterly-check-routine", "县总工会每季度开展1次安全检查。", 1),
    ("one-keeper-per-station", "为每个驿站明确1名管理员。", 1),
    ("member-contribution-rate", "参加互助的职工每人每年缴纳互助金40元。", 40),
    ("coupon-face-value", "消费券面额分为10元、30元两种。", 30),
]

# thirty-fourth round: teams that 分获 prizes are awarded; a mediation room's
# 受理纠纷N起 counts disputes (a 受理劳动争议案件N件 stays cases handled); the
# unions a contest reached (N家基层工会的M名职工) are union organizations
THIRTY_FOURTH_ROUND_POSITIVES = [
    ("teams-share-prizes", "awards", "经过两天角逐，9支代表队分获团体一、二、三等奖。", 9),
    ("teams-share-prize-items", "awards", "最终5支队伍分获团体奖项。", 5),
    ("room-received-disputes", "disputes_mediated", "今年以来，职工调解室共受理纠纷37起，调解成功31起。", 37),
    ("station-received-dispute-cases", "grievances_handled", "工作站受理劳动争议案件52件，调解劳动纠纷30起。", 52),
    ("unions-of-a-contest", "union_orgs", "萍乡市总工会举办职工安全知识竞赛，全市35家基层工会的105名职工参加。", 35),
    ("firms-of-a-contest", "enterprises_covered", "活动吸引全区42家企业的960余名职工参赛。", 42),
    # an insurance scheme: the insured are its scope, the claims paid are uses of it
    ("insured-workers-are-covered", "workers_covered", "县总工会为环卫工人办理意外险，今年已投保3600人。", 3600),
    ("claims-paid-are-participations", "participants", "互助保障今年累计理赔52人次。", 52),
]

THIRTY_SEVENTH_ROUND_POSITIVES = [
    # reading and fitness venues are service venues like a 书屋
    ("mobile-book-boxes", "stations", "市总工会在物流园区和建筑工地设立流动书箱42个。", 42),
    ("fitness-rooms", "stations", "企业工会为职工建成职工健身房4个、母婴室7间。", 4),
    # 建立了工会服务站 builds a venue, not a union; N家企业建立工会组织 founds unions
    ("towns-with-a-service-station", "stations", "县总工会在7个乡镇全部建立了工会服务站。", 7),
    ("firms-founding-unions", "union_orgs", "区总工会今年已指导9家物流企业建立工会组织。", 9),
]

# Every table above, positives and negatives, checked by one test each (the
# tables say what they cover; the rounds they came from are in their comments).
THIRTY_EIGHTH_ROUND_POSITIVES = [
    # key projects entered in a labour competition are the units it covers
    ("key_projects_before_contestants", "enterprises_covered", "组织全市45个重点项目、2万余名建设者参赛。", 45),
    ("key_projects_counted_after", "enterprises_covered", "今年全县参赛的重点项目共有22个。", 22),
    # workers of a kind of post are a headcount, not posts
    ("workers_of_a_post_kind", "workers_covered", "覆盖高温岗位职工3.4万人。", 34000),
    ("back_into_work", "jobs", "帮助41名困难职工实现再就业。", 41),
    ("street_shops_called_on", "visits", "走访沿街商户36家，发放宣传资料300份。", 36),
]
THIRTY_NINTH_ROUND_POSITIVES = [
    # the verb governs the registered families: a visit, though 在档 hints at scope
    ("registered_families_called_on", "visits", "上半年，全县工会共走访在档困难职工家庭745户。", 745),
    ("registered_families_called_on_in_person", "visits", "区总工会入户走访在档困难职工家庭52户。", 52),
    # families newly registered, in a list led by 走访, are the scope of the aid
    ("newly_registered_after_visits", "workers_covered", "全县工会共走访困难职工家庭745户，新认定困难职工家庭39户。", 39),
    # union cadres put on duty or sent out are its staff; cadres on a course are trained
    ("cadres_on_duty", "staff_volunteers", "驿站安排3名专职工会干部轮流值守。", 3),
    ("cadres_sent_to_firms", "staff_volunteers", "县总工会组织60余名工会干部深入园区企业宣讲政策。", 60),
    ("cadres_on_a_course", "people_trained", "全县130名工会干部参加培训。", 130),
]
FORTY_SEVENTH_ROUND_POSITIVES = [
    # a venue set up in each of N places: the places count the venues
    ("venue_in_each_township", "stations", "湖州市总工会在全市8个乡镇设立了职工法律服务工作站。", 8),
    ("venue_in_each_county_bracketed", "stations", "市总工会在全市10个县（区）设立工会法律援助工作站。", 10),
    ("venue_in_each_quoted", "stations", "区总工会在3个物流园区设立了“司机之家”。", 3),
    ("venue_in_second_place_of_a_pair", "stations", "县总工会已在全县6个镇和3个工业园区设立了劳动争议调解室。", 3),
    # teams entered take part; building and station unions are unions
    ("teams_entered", "participants", "全市参赛班组达310个。", 310),
    ("building_unions_formed", "union_orgs", "今年新组建楼宇工会7个。", 7),
    ("station_unions_built", "union_orgs", "全区新建站点工会45个。", 45),
    # a contest's prize money, and the trades a training scheme offers
    ("prize_money_total", "money", "大赛奖金总额为36万元。", 360000),
    ("training_trades_offered_count_first", "service_items", "开设了钳工、电工、育婴等11个培训专业。", 11),
    ("training_trades_offered_count_last", "service_items", "开设焊工、电工等培训专业9个。", 9),
    # venues a clause honours are awards; venues built, even of a grade, stay venues
    ("venues_rated_count_last", "awards", "今年评出五星级职工之家40个、四星级职工之家77个。", 77),
    ("venues_rated_count_first", "awards", "今年共有27处驿站被评为五星级驿站。", 27),
    ("venues_rated_quoted", "awards", "今年已有9个驿站获评“星级驿站”。", 9),
    ("venues_of_a_grade_built", "stations", "全市建成户外劳动者驿站120个，其中五星级驿站20个。", 20),
]
# workers' children a scheme serves, aids or cares for, counted in 名/人: a headcount in
# its scope (facts.md workers_covered), not participations
FORTY_EIGHTH_ROUND_POSITIVES = [
    ("children_served_by_care_classes", "workers_covered", "暑期全县工会共开办托管班16个，服务职工子女950余名。", 950),
    ("children_helped_through_school", "workers_covered", "区总工会今年帮助64名困难职工子女顺利完成学业。", 64),
    ("children_placed_in_kindergarten", "workers_covered", "园区工会协调解决了175名职工子女的入园问题。", 175),
    ("children_cared_for", "workers_covered", "驿站托管新就业形态劳动者子女72人。", 72),
    # a stay's sentence, but the figure's own clause is another program (check-ups)
    ("checkups_after_a_stay_clause", "workers_covered", "今年共有230名一线职工赴山区基地疗休养，市总工会还为75名劳模安排了健康体检。", 75),
    ("people_coming_along_attend", "participants", "驿站食堂开张以来，每天有70多名快递小哥前来就餐。", 70),
    # bodies honoured in 家 are awards; venues named in 家 stay venues
    ("reading_rooms_honoured", "awards", "今年评出“书香职工书屋”12家，每家奖励5000元。", 12),
    pytest.param("awards", "全县共有28家企业获评竞赛先进单位。", 28, id="firms_honoured",
                 marks=pytest.mark.xfail(strict=True, reason="企业 right after the count outweighs 获评 later in the clause (held-out gold 8, 203 count such firms as awards)")),
    ("studios_named_stay_venues", "stations", "已建成县级以上职工创新工作室45家，其中今年新命名9家。", 9),
    ("reading_rooms_named_stay_venues", "stations", "县总工会为今年命名的11家示范职工书屋授牌。", 11),
    ("stay_people_still_participants", "participants", "今年共有230名一线职工赴山区基地疗休养，市总工会还为75名劳模安排了健康体检。", 230),
]


# A person telling their own story (某某说，他…) is an anecdote; a union
# official's statement of the union's figures, or a leader's plan for her
# body (说，今年她的目标是…), still counts.
FIFTIETH_ROUND_NEGATIVES = [
    ("speaker-own-recruits", "货车司机刘长河说，他已经带着身边30多名同行加入了工会。", 30),
    ("speaker-own-wage-back", "在开发区一家物流公司上班的叉车工赵强说，他被拖欠的2.4万元工资在工会帮助下追了回来。", 24000),
    ("speaker-own-year", "参加疗休养的焊工孙立新说，今年他还介绍了三位同事报名。", 3),
    # suggestions workers put forward in a contest are its outcome, not a union's intake
    ("suggestions-put-forward", "竞赛期间，参赛班组职工共提出合理化建议860余条。", 860),
]
FIFTIETH_ROUND_POSITIVES = [
    ("official-statement-stays", "members_recruited", "市总工会负责人介绍，今年全市新发展工会会员2.6万人。", 26000),
    ("leader-plan-for-body", "members_recruited", "联合会主席周丽说，今年她的目标是帮助联合会再发展会员400名。", 400),
    ("official-quote-we-stays", "stations", "县总工会主席说，我们今年已建成户外劳动者服务站35个。", 35),
    ("suggestions-collected", "grievances_handled", "区总工会开展“金点子”征集活动，共收集职工合理化建议540条。", 540),
    # vouchers handed out in 张 were dropped before any metric took them
    ("vouchers-handed-out", "materials", "今年，县总工会为快递员发放消费券2400张。", 2400),
    ("vouchers-listed-kinds", "materials", "区总工会累计发放观影券、体检券等各类惠工券3.1万张。", 31000),
]



# Fifty-second round: one person's own acts inside a feature (the group chat
# she set up, the colleagues he rallied), one worker's or one family's event,
# and the one firm a feature visits are anecdotes; an official pushing the
# union's work (她推动…), a body's rally and a program's beneficiaries still count.
FIFTY_SECOND_ROUND_NEGATIVES = [
    ("person-set-up-group-chat", "她组建了一个300多人的快递员互助群，有事大家在群里商量。", 300),
    ("person-rallied-own-circle", "他先后动员身边40多名货车司机加入了工会。", 40),
    ("person-rallied-donations", "她还发动群里的工友捐款，三天就凑了2.6万元。", 26000),
    ("worker-family-event", "今年春天，一名快递员的母亲突发脑梗，站长第一时间向街道工会反映，街道工会送去慰问金3000元。", 3000),
    ("worker-own-event", "去年夏天，一名外卖员在送餐途中遭遇交通事故，县总工会送去救助金1.5万元。", 15000),
    ("worker-came-to-report", "今年3月，一名装修工人找到工会服务站，反映自己和工友被拖欠工资共计11万元。", 110000),
    ("feature-one-firm-staff", "去年，这家公司有30多名职工在书屋自学后考取了技师证书。", 30),
]
FIFTY_THIRD_ROUND_NEGATIVES = [
    # a family's children in a hardship story are no program's reach (held-out gold never counts them)
    ("children-raised-alone", "丈夫病故后，她独自抚养两个孩子，日子一度很难。", 2),
    ("children-at-school-in-hardship", "一名环卫工因母亲住院、三个孩子上学，家庭负担沉重。", 3),
]

FIFTY_THIRD_ROUND_POSITIVES = [
    # children a program reaches still count
    ("children-in-a-care-class", "workers_covered", "暑期爱心托管班共接收职工子女320名。", 320),
    ("grant-for-a-family-s-children", "money", "今年以来，县总工会为困难职工的两个孩子发放助学金3000元。", 3000),
]

FIFTY_SECOND_ROUND_POSITIVES = [
    ("official-pushes-union-work", "union_orgs", "她推动辖区内42家企业建立了工会组织。", 42),
    ("union-rallies-members", "members_recruited", "区总工会动员快递企业新发展会员1600余人。", 1600),
    ("union-helps-workers", "money", "今年以来，县总工会为困难职工发放救助金86万元。", 860000),
]
# A member service card handed out in 张 is one worker in the scheme's scope;
# the card noun says so only in 张, so other slips in 张 are not workers.
FIFTY_SECOND_ROUND_CARD_POSITIVES = [
    ("service-cards-handed-out", "workers_covered", "今年以来，区总工会发放工会会员服务卡8600张。", 8600),
    ("service-cards-so-far", "workers_covered", "全县普惠服务卡已累计发放4.7万张。", 47000),
]
# A difference from last year restates the year's figure: the year's figure
# stays, and so does a growth in percent.
FIFTY_SECOND_ROUND_DIFFERENCE_NEGATIVES = [
    ("difference-from-last-year", "今年县总工会在全县设立爱心托管班36个，比去年增加了9个。", 9),
    ("difference-same-period", "全区参加医疗互助的职工达到8.4万人，较上年同期增加约6000人。", 6000),
]
FIFTY_SECOND_ROUND_DIFFERENCE_POSITIVES = [
    ("year-figure-stays", "stations", "今年县总工会在全县设立爱心托管班36个，比去年增加了9个。", 36),
    pytest.param("rate", "今年参加疗休养的一线职工比去年增加了18%。", 18, id="growth-percent-stays",
                 marks=pytest.mark.xfail(strict=True, reason="增加 is no rate trigger (增长 is); the difference cue itself keeps % figures (held-out gold 20, 182 count them)")),
]
FIFTY_SECOND_ROUND_NOT_METRIC = [
    ("wish-cards-not-workers", "workers_covered", "街道总工会在辖区企业收集困难职工心愿卡260张。", 260),
]

# Fifty-sixth round: a data box's line puts a label before its figure with a
# colon; the label is the figure's context as if written without the colon
# (held-out gold counts such lines where the body does not repeat them).
FIFTY_SIXTH_ROUND_LABELLED_POSITIVES = [
    ("box-line-orgs", "union_orgs", "县总工会今年主要工作数据如下。\n●基层工会组织：1380个\n●工会会员：6.2万人\n", 1380),
    ("box-line-members", "members_total", "县总工会今年主要工作数据如下。\n●基层工会组织：1380个\n●工会会员：6.2万人\n", 62000),
    ("box-line-money", "money", "【数说区工会】\n●今年发放帮扶资金：215万元\n", 2150000),
]

# members a body acts for (为N名会员…) are beneficiaries, not the membership
FIFTY_SIXTH_ROUND_BENEFICIARY_POSITIVES = [
    ("members-insured-for", "workers_covered", "今年以来，区总工会为2600名会员办理了职工医疗互助保障。", 2600),
    ("members-lent-to", "workers_covered", "合作协议签订以来，银行已为870名会员发放低息贷款。", 870),
    ("membership-stays", "members_total", "截至10月底，全县工会会员达到5.4万人。", 54000),
]

# aid applied for on workers' behalf is money paid to them
FIFTY_SIXTH_ROUND_APPLIED_AID_POSITIVES = [
    ("aid-applied-for", "money", "今年以来，区总工会为患大病的困难职工申请医疗救助金37万元。", 370000),
]

# people who won at a contest are winners, whatever the contest's nouns read as
FIFTY_SEVENTH_ROUND_CONTEST_WINNER_POSITIVES = [
    ("contestants-won", "awards", "据统计，今年湖州市总工会举办职工技能竞赛40余场，已有5名选手在全国技能大赛中获奖。", 5),
    ("members-of-studio-won", "awards", "工作室培养技师30余名，其中有4人在全国焊接技能大赛中获奖。", 4),
]

# fifty-eighth round: a union set up on its own (单独建会), lawyers on contract (签约律师)
# put on duty, and families on the hardship register called on (慰问在档困难职工N户)
FIFTY_EIGHTH_ROUND_LABEL_POSITIVES = [
    ("orgs-set-up-on-their-own", "union_orgs", "今年以来，区总工会推动23家物流企业配送站点单独建会。", 23),
    ("staff-contract-lawyers-on-duty", "staff_volunteers", "县总工会在各乡镇服务站安排9名签约律师轮流值班。", 9),
    ("visits-registered-families", "visits", "春节前夕，州总工会重点慰问在档困难职工430户。", 430),
]

# sixtieth round: people who attend a course are trained, whatever stands
# between 参加 and 培训; contestants trained (培训参赛职工N人次) are trained too
SIXTIETH_ROUND_TRAINED_POSITIVES = [
    ("attend-course-of-days", "people_trained", "来自全州各乡镇的95名基层工会主席参加了为期4天的业务培训。", 95),
    ("attend-intensive-study", "people_trained", "18家物流企业的62名班组长参加为期10天的集中研修。", 62),
    ("attend-camp", "people_trained", "参加集训的一线职工达2300余人次。", 2300),
    ("contestants-trained", "people_trained", "今年以来，市总工会培训参赛职工5100余人次。", 5100),
    ("contestants-trained-players", "people_trained", "区总工会培训参赛选手860人次。", 860),
]

# teams and people a clause honours are awards, not contestants; a clause
# calling on (走访) enterprises or families counts visits
SIXTIETH_ROUND_BOUNDARY_POSITIVES = [
    ("teams-honoured", "awards", "市总工会对竞赛中成绩突出的15个班组和48名个人进行表彰。", 15),
    ("teams-honoured-list", "awards", "全省共有74个班组、190名职工在竞赛中受到表彰。", 74),
    ("craftsmen-selected", "awards", "今年评选出“银饰工匠”12名。", 12),
    ("visits-enterprises-listed", "visits", "服务队先后走访物流企业、外卖站点和产业园区150余个。", 150),
    ("visits-building-firms", "visits", "工会干部走访辖区楼宇企业63家。", 63),
    ("visits-families-door-to-door", "visits", "对全县在档的240户困难职工家庭逐户走访。", 240),
    ("studios-named-in-ge", "stations", "今年市总工会新命名市级劳模和工匠人才创新工作室17个。", 17),
    ("rest-bases-named-in-chu", "stations", "州总工会先后命名职工疗休养基地4处。", 4),
    ("honour-units-named-stay-awards", "awards", "今年新命名全市五一劳动奖状单位18个。", 18),
]

# venue nouns the gold counts as stations and as nothing else; a school in 所
SIXTIETH_ROUND_VENUE_POSITIVES = [
    ("cooling-supply-points", "stations", "区总工会在各环卫站设立“清凉补给点”42个。", 42),
    ("mobile-joining-points", "stations", "市总工会在商圈设置流动入会点31个。", 31),
    ("breakfast-supply-points", "stations", "县总工会在城区设置爱心早餐供应点9个。", 9),
    ("workers-schools-in-suo", "stations", "县总工会今年在乡镇建成职工学校7所。", 7),
    ("legal-aid-micro-stations", "stations", "区总工会在商圈、园区设立了“法援微站”8个。", 8),
]

# media a platform holds: audio books in 集, e-books in 种
SIXTIETH_ROUND_MEDIA_POSITIVES = [
    ("audio-books-in-episodes", "materials", "“职工书屋”平台现有有声读物2600余集。", 2600),
    ("ebooks-and-audio-kinds", "materials", "小程序上线电子图书和有声读物3万余种。", 30000),
    ("micro-course-videos", "materials", "目前平台已上线微课视频260个。", 260),
]

# practical deeds done for workers are measures offered, counted in 件
SIXTIETH_ROUND_DEEDS_POSITIVES = [
    ("deeds-promised", "service_items", "区总工会今年为职工办好15件实事。", 15),
    ("deeds-done", "service_items", "园区工会联合会今年还为职工办实事28件。", 28),
    ("problems-solved-stay-grievances", "grievances_handled", "区总工会帮助职工解决问题30件。", 30),
]

# a stay is no course: people on a 疗休养 still take part
SIXTIETH_ROUND_TRAINED_NOT_METRIC = [
    ("schools-visited-not-stations", "stations", "宣讲团走进全市中小学和职业院校120所。", 120),
    ("rest-stay-not-trained", "people_trained", "来自全县各行业的55名劳模参加了为期5天的疗休养。", 55),
]

# sixty-first round: 吸纳 takes the people it brings in as its object, with no
# 入会 after the count; a quoted title before the count is one name
SIXTY_FIRST_ROUND_POSITIVES = [
    ("recruit-absorb-people-no-join", "members_recruited", "截至今年9月底，吸纳新就业形态劳动者5120人。", 5120),
    ("recruit-absorb-after-federations",  "members_recruited",
     "区总工会相继建立外卖、快递等6个区级行业工会联合会。截至目前，吸纳新就业形态劳动者8230人。", 8230),
    ("awards-quoted-title-with-place", "awards", "县总工会评选出“青田石雕工匠”12名。", 12),
    ("awards-quoted-title-short", "awards", "县总工会评选出“竹编工匠”7名。", 7),
]

# the items after a group count are still read, and a group count alone is
SIXTY_FIRST_ROUND_GROUPING_POSITIVES = [
    ("items-after-group-count", "service_items", "区总工会推出4大类36项服务项目。", 36),
    ("group-count-alone", "service_items", "工会推出就业、维权等五大类服务。", 5),
]

# a rest stay's people counted after a training item of the same list
# (开展技能培训N人次、组织职工疗休养M人次) attend: participants, not trainees
SIXTY_THIRD_ROUND_POSITIVES = [
    ("participants-rest-stay-after-training-item", "participants", "其中开展技能培训2.1万人次、组织职工疗休养3800人次，职工满意度达到97%。", 3800),
    ("trained-item-before-rest-stay-kept", "people_trained", "其中开展技能培训2.1万人次、组织职工疗休养3800人次，职工满意度达到97%。", 21000),
    # new hires who attend a course are its trainees, not jobs provided
    ("trained-new-hires-attending-a-course", "people_trained", "来自12家企业的85名新入职职工参加了为期一周的岗前培训。", 85),
    # people who form contest teams take part; people who form a service team are its staff
    ("participants-forming-contest-teams", "participants", "运动会上，150余名职工组成六支企业代表队，在拔河等10个项目中同场比拼。", 150),
    ("staff-forming-a-service-team", "staff_volunteers", "县总工会组建了由14名律师组成的法律服务团。", 14),
    # enterprises a union works with after a list of venues are enterprises reached
    ("enterprises-worked-with-after-venues", "enterprises_covered", "这个服务站设有职工书屋、爱心驿站等服务阵地，并和31家园区企业共享合作资源。", 31),
    # people gathered round an event or presenting at it attend it
    ("participants-gathered-round-a-talk", "participants", "车间里，3位劳模讲述奋斗故事，四周挤满了该公司的120余名职工。", 120),
    ("participants-presenting-at-a-roadshow", "participants", "培训结束时，8名学员成功进行路演。", 8),
    # the units of an enterprise taking part (投递部, 处理中心, 分公司) are enterprises reached
    ("enterprises-units-of-a-firm-taking-part", "enterprises_covered", "全市28个投递部、3个处理中心参加了此次劳动竞赛。", 28),
    ("enterprises-units-of-a-firm-taking-part-second-item", "enterprises_covered", "全市28个投递部、3个处理中心参加了此次劳动竞赛。", 3),
]
# sixty-fourth round: a sentence portraying a place's economy loses only its
# place figures; a union's program told in another clause of it is kept
SIXTY_FOURTH_ROUND_ECONOMY_POSITIVES = [
    ("stations-planned-after-population", "stations", "全县常住人口约32万人，外卖骑手数量逐年增加，明年计划再建设8个驿站。", 8),
    ("orgs-founded-for-an-industry-cluster", "union_orgs", "县总工会针对五金、灯具等产业集群企业小而散的特点，推动建立行业工会联合会3个，覆盖小微企业260余家、职工9000人。", 3),
    ("enterprises-reached-for-an-industry-cluster", "enterprises_covered", "县总工会针对五金、灯具等产业集群企业小而散的特点，推动建立行业工会联合会3个，覆盖小微企业260余家、职工9000人。", 260),
    ("contest-entrants-after-an-industry-base", "participants", "柳江是全区重要的纺织产业基地，今年竞赛首次设立挡车工赛项，吸引9家企业的210多名职工报名。", 210),
]
# sixty-fourth round: a partner cue inside a campaign's quoted name is no
# partner; health checks held are events; canteens opened or built are venues
SIXTY_FOURTH_ROUND_POSITIVES = [
    ("events-talks-named-with-a-partner-word", "events_held", "县总工会组织律师深入企业开展“法治同行·携手筑梦”普法宣讲30场。", 30),
    ("events-free-health-checks", "events_held", "区总工会今年组织免费健康体检17场，惠及职工2600余人。", 17),
    ("stations-canteens-built", "stations", "铁路局工会新建和改造职工食堂52个。", 52),
    ("stations-canteens-opened", "stations", "区总工会还将在城区再开设4家爱心食堂。", 4),
    ("enterprises-canteens-joining-a-scheme", "enterprises_covered", "辖区内7家社区食堂参与“惠工餐”计划。", 7),
]
# sixty-fifth round: a figure in person-times that no metric's words claim is
# participation (taxonomy.toml default_units), a metric that scores still wins
SIXTY_FIFTH_ROUND_DEFAULT_POSITIVES = [
    ("default-audience-reached", "participants", "市总工会组织劳模宣讲团走进园区和乡镇，听讲群众达3.6万人次。", 36000),
    ("default-spectators-after-shows", "participants", "县总工会组织文艺小分队走进工地演出9场，观众达3100余人次。", 3100),
    ("default-card-use", "participants", "会员凭卡在定点商户消费累计达到15万人次。", 150000),
    ("default-books-borrowed", "participants", "职工书屋全年借阅图书8600人次。", 8600),
    ("default-free-screening", "participants", "区总工会今年为女职工开展免费体检筛查2450人次。", 2450),
    ("default-routine-daily-use", "participants", "驿站日均服务外卖骑手、快递员等户外劳动者近900人次。", 900),
    ("scored-trained-not-default", "people_trained", "区总工会开展技能培训班26期，培训职工4200人次。", 4200),
    ("scored-visits-not-default", "visits", "今年以来，县总工会共走访慰问一线职工5600人次。", 5600),
    ("default-households-helped", "workers_covered", "市总工会今年共筹集帮扶资金860万元，帮扶困难职工家庭740户。", 740),
    ("default-households-newly-registered", "workers_covered", "县总工会新纳入困难职工档案46户。", 46),
    ("scored-household-visits-not-default", "visits", "春节前，区总工会走访慰问在档困难职工家庭95户。", 95),
    ("follow-up-calls-are-visits", "visits", "今年以来，市总工会共回访新会员7300余人次，收集意见建议210条。", 7300),
]
# sixty-sixth round: workers a contest raised to technician grade were cultivated by it
SIXTY_SIXTH_ROUND_TRAINED_POSITIVES = [
    ("contestants-raised-to-technician", "people_trained", "宜春市职工技能大赛创办以来已累计吸引8万余名职工参与，有215名选手通过大赛晋升技师、高级技师。", 215),
    ("workers-raised-to-technician", "people_trained", "有140多名职工通过大赛晋升为技师。", 140),
    ("workers-rated-technician-by-contest", "people_trained", "有64名职工通过竞赛获评技师或高级技师。", 64),
    ("contestants-still-take-part", "participants", "本届大赛共有460名选手参赛。", 460),
]
# a service vehicle's trips out (出车N趟) are its visits; a trip in an anecdote is none
SIXTY_SIXTH_ROUND_TRIPS_POSITIVES = [
    ("service-vehicle-trips", "visits", "职工服务车开通一年来，已累计出车86趟，服务职工5000余人次。", 86),
]
# household-times (户次) are a unit of their own and read as households are:
# a call on families is a visit, aid to them is scope
SIXTY_SIXTH_ROUND_HOUSEHOLD_TIMES_POSITIVES = [
    ("families-called-on-times", "visits", "今年各级工会干部走访困难职工家庭1800余户次。", 1800),
    ("families-comforted-times", "visits", "全年慰问困难职工、困难农民工1650户次，发放慰问金120万元。", 1650),
    ("families-aided-times", "workers_covered", "今年累计发放帮扶资金96万元，帮扶困难职工家庭420户次。", 420),
]
SIXTY_SIXTH_ROUND_TRIPS_NEGATIVES = [
    ("lawyer-trips-in-anecdote", "律师先后6趟前往工地核对考勤记录。", 6),
    ("helper-trips-in-anecdote", "他陪着骑手跑了三趟，最终要回了工钱。", 3),
]
# Round 67: every member of a 、-list of sums is counted by the words after
# the list's last member (…分别给予N元、N元、N元的奖励): the first members
# are too far from 奖励 to be read on their own.
SIXTY_SEVENTH_ROUND_PRIZE_LIST_POSITIVES = [
    ("prize-list-first", "money", "共有12名选手获奖，镇总工会分别给予获奖选手5000元、2500元、800元的奖励。", 5000),
    ("prize-list-middle", "money", "共有12名选手获奖，镇总工会分别给予获奖选手5000元、2500元、800元的奖励。", 2500),
    ("prize-list-last", "money", "共有12名选手获奖，镇总工会分别给予获奖选手5000元、2500元、800元的奖励。", 800),
    ("grant-list-first", "money", "区总工会向三类困难家庭分别发放了1.2万元、6000元、3000元的帮扶资金。", 12000),
]

# Round 67: a planned venue is missed when its noun is not a venue word: a
# counselling room (心理咨询室) and a workers' 幸福站 are venues run.
SIXTY_SEVENTH_ROUND_VENUE_POSITIVES = [
    ("planned-counselling-rooms", "stations", "明年，县总工会将推动规上企业普遍建立心理咨询室，计划新建心理咨询室22个。", 22),
    ("built-counselling-rooms", "stations", "两年来，区总工会在园区企业建成职工心理咨询室17个。", 17),
    ("planned-happiness-stations", "stations", "下一步，市总工会计划新建职工幸福站35个，向乡镇延伸。", 35),
]

# vocabulary breadth (round 68): drills and cadre rotations are classes held, their
# workers trained; money raised or donated is money; more rooms of a workers' home are venues
SIXTY_EIGHTH_ROUND_VOCABULARY_POSITIVES = [
    ("pre-contest-drill-classes", "trainings_held", "赛前，县总工会联合技工学校开办集训班15期。", 15),
    ("pre-contest-drills-in-sessions", "trainings_held", "为备战省级决赛，市总工会组织赛前集训9期。", 9),
    ("cadre-rotation-classes", "trainings_held", "去年全区工会系统举办基层工会主席轮训班32期。", 32),
    ("trade-classes", "trainings_held", "职工夜校开设汽修、电工、茶艺等7个专业班次。", 7),
    ("workers-drilled", "people_trained", "参加集训的一线职工达860余人次。", 860),
    ("funds-raised", "money", "镇工会发起爱心倡议，共募集爱心款6.5万元。", 65000),
    ("workers-donate", "money", "公司工会组织职工自愿捐款1.8万元，全部用于资助困难职工子女。", 18000),
    ("reading-rooms-built", "stations", "今年新建职工阅览室14个，配备图书2万余册。", 14),
    ("nursing-rooms-built", "stations", "区总工会在商务楼宇建成哺乳室23间。", 23),
    ("activity-rooms", "stations", "全县已建成职工活动室41个。", 41),
]
# sports meets and salons are events; liaison and information officers are staff;
# posters, display boards and leaflets are materials
SIXTY_EIGHTH_ROUND_MORE_POSITIVES = [
    ("sports-meets-held", "events_held", "今年各级工会举办职工运动会17场，参与职工近万人次。", 17),
    ("salons-held", "events_held", "园区工会全年举办青年职工交友沙龙8期。", 8),
    ("liaison-officers", "staff_volunteers", "镇总工会在各村社区选聘工会联络员56名。", 56),
    ("leaflets-handed-out", "materials", "活动现场发放维权宣传折页3000余份。", 3000),
    ("display-boards", "materials", "在工地生活区设置安全生产展板45块，张贴海报200余张。", 200),
]
# the same words with figures that are no program statistic of a union
SIXTY_EIGHTH_ROUND_VOCABULARY_NEGATIVES = [
    ("room-size", "新建的阅览室面积约120平方米，可同时容纳60人。", 60),
    ("poster-size", "这幅海报长2米，是小学生们用了三天画成的。", 2),
    pytest.param("倡议书提出，每名党员捐款不少于50元。", 50, id="donation-floor-of-a-call",
                 marks=pytest.mark.xfail(strict=True, reason="a per-head floor (每名…不少于N元) is read as money by any money verb (发放 too): no exclusion for a call's minimum yet")),
]


# the coupons a union hands out are its money; the consumption they drive is
# an outcome in the local economy, and a price a worker pays is a scheme's term
SIXTY_NINTH_ROUND_COUPON_POSITIVES = [
    ("coupons-handed-out", "money", "市总工会今年向会员发放普惠消费券320万元，带动消费超过2500万元。", 3200000),
    ("subsidy-beside-a-price", "money", "区总工会为爱心食堂补贴经费15万元，环卫工人每餐只需支付6元。", 150000),
]
# members a program covers or reaches are its scope, not the union's membership
SIXTY_NINTH_ROUND_SCOPE_POSITIVES = [
    ("platform-covers-members", "workers_covered", "截至目前，市总工会的普惠服务平台已覆盖会员4.7万人。", 47000),
    ("insurance-reaches-members", "workers_covered", "县总工会为新就业形态劳动者免费投保意外险，已惠及会员6300余人。", 6300),
    ("county-members-covered", "workers_covered", "县总工会推出12项普惠服务项目，覆盖全县会员2.8万人。", 28000),
    ("membership-stays", "members_total", "目前，全区共有工会会员9.6万人。", 96000),
    ("member-visits-stay-participation", "participants", "今年开展普惠活动15场，惠及会员3.1万人次。", 31000),
]
# a school's or a firm's branch unions are union organizations; 划分工会服务网格
# keeps its grids
SIXTY_NINTH_ROUND_BRANCH_UNION_POSITIVES = [
    ("branch-unions-set-up", "union_orgs", "该学院工会下设分工会18个，覆盖全体教职工。", 18),
    ("branch-unions-counted-first", "union_orgs", "集团工会现有24个分工会。", 24),
    ("union-grids-stay-districts", "districts", "全县共划分工会服务网格63个。", 63),
]
SIXTY_NINTH_ROUND_PRICE_NEGATIVES = [
    ("consumption-driven", "市总工会今年向会员发放普惠消费券320万元，带动消费超过2500万元。", 25000000),
    ("members-consumption-driven", "县总工会开展会员购物节活动，带动会员消费1900余万元。", 19000000),
    ("price-a-worker-pays", "户外劳动者凭会员卡用餐，每份套餐只需支付12元。", 12),
    ("fee-charged-per-term", "托管班每名学生每期仅收取材料费150元。", 150),
    ("list-price", "爱心午餐每份原价25元，会员凭卡半价。", 25),
]

POSITIVE_TABLES = [SIXTY_NINTH_ROUND_BRANCH_UNION_POSITIVES, SIXTY_NINTH_ROUND_SCOPE_POSITIVES, SIXTY_NINTH_ROUND_COUPON_POSITIVES, SIXTY_EIGHTH_ROUND_MORE_POSITIVES, SIXTY_EIGHTH_ROUND_VOCABULARY_POSITIVES, SIXTY_SEVENTH_ROUND_VENUE_POSITIVES, SIXTY_SEVENTH_ROUND_PRIZE_LIST_POSITIVES, SIXTY_SIXTH_ROUND_HOUSEHOLD_TIMES_POSITIVES, SIXTY_SIXTH_ROUND_TRIPS_POSITIVES, SIXTY_SIXTH_ROUND_TRAINED_POSITIVES, SIXTY_FIFTH_ROUND_DEFAULT_POSITIVES, SIXTY_FOURTH_ROUND_POSITIVES, SIXTY_FOURTH_ROUND_ECONOMY_POSITIVES, SIXTY_THIRD_ROUND_POSITIVES, SIXTY_FIRST_ROUND_GROUPING_POSITIVES, SIXTY_FIRST_ROUND_POSITIVES, SIXTIETH_ROUND_DEEDS_POSITIVES, SIXTIETH_ROUND_MEDIA_POSITIVES, SIXTIETH_ROUND_VENUE_POSITIVES, SIXTIETH_ROUND_BOUNDARY_POSITIVES, SIXTIETH_ROUND_TRAINED_POSITIVES, FIFTY_EIGHTH_ROUND_LABEL_POSITIVES, FIFTY_SEVENTH_ROUND_CONTEST_WINNER_POSITIVES, FIFTY_SIXTH_ROUND_APPLIED_AID_POSITIVES, FIFTY_SIXTH_ROUND_BENEFICIARY_POSITIVES, FIFTY_SIXTH_ROUND_LABELLED_POSITIVES, POSITIVES, GENERALIZING_POSITIVES, SECOND_ROUND_POSITIVES, THIRD_ROUND_POSITIVES, FOURTH_ROUND_POSITIVES, FIFTH_ROUND_POSITIVES, SIXTH_ROUND_POSITIVES, SEVENTH_ROUND_POSITIVES, EIGHTH_ROUND_POSITIVES, NINTH_ROUND_POSITIVES, ELEVENTH_ROUND_POSITIVES, FOURTEENTH_ROUND_POSITIVES, FIFTEENTH_ROUND_POSITIVES, SIXTEENTH_ROUND_POSITIVES, SEVENTEENTH_ROUND_POSITIVES, EIGHTEENTH_ROUND_POSITIVES, EIGHTEENTH_ROUND_GROUP_POSITIVES, NINETEENTH_ROUND_POSITIVES, NINETEENTH_ROUND_AWARD_POSITIVES, TWENTIETH_ROUND_JOIN_POSITIVES, TWENTIETH_ROUND_STAFF_POSITIVES, TWENTY_FIRST_ROUND_POSITIVES, TWENTY_SECOND_ROUND_POSITIVES, TWENTY_THIRD_ROUND_POSITIVES, TWENTY_SEVENTH_ROUND_POSITIVES, TWENTY_EIGHTH_ROUND_POSITIVES, TWENTY_NINTH_ROUND_POSITIVES, THIRTIETH_ROUND_POSITIVES, THIRTY_FIRST_ROUND_POSITIVES, THIRTY_FIRST_ROUND_AWARDS, THIRTY_SECOND_ROUND_POSITIVES, THIRTY_FOURTH_ROUND_POSITIVES, THIRTY_SEVENTH_ROUND_POSITIVES, THIRTY_EIGHTH_ROUND_POSITIVES, THIRTY_NINTH_ROUND_POSITIVES, FORTY_SEVENTH_ROUND_POSITIVES, FORTY_EIGHTH_ROUND_POSITIVES, FIFTIETH_ROUND_POSITIVES, FIFTY_SECOND_ROUND_POSITIVES, FIFTY_SECOND_ROUND_CARD_POSITIVES, FIFTY_SECOND_ROUND_DIFFERENCE_POSITIVES, FIFTY_THIRD_ROUND_POSITIVES]
# sixty-first round: a count of the groups items are sorted in, right before
# the items' own count, is their arrangement, not an output
SIXTY_FIRST_ROUND_GROUPING_NEGATIVES = [
    ("group-count-before-items", "区总工会推出4大类36项服务项目。", 4),
    ("blocks-before-measures", "市总工会围绕四大板块推出15项具体举措。", 4),
    ("modules-of-courses", "培训班设置5大模块的30门课程。", 5),
]

# sixty-fourth round: the place's own figures in such a sentence stay out
SIXTY_FOURTH_ROUND_ECONOMY_NEGATIVES = [
    ("population-before-a-plan", "全县常住人口约32万人，外卖骑手数量逐年增加，明年计划再建设8个驿站。", 320000),
    ("firms-of-an-industry-base", "柳江是全区重要的纺织产业基地，全县纺织企业有400余家，今年竞赛首次设立挡车工赛项。", 400),
    ("firms-gathered-in-a-cluster", "这里是全市发展最快的产业集群，聚集了上下游企业900多家，园区职工超过6万人。", 900),
    ("workers-of-a-cluster", "这里是全市发展最快的产业集群，聚集了上下游企业900多家，园区职工超过6万人。", 60000),
]
# sixty-fifth round: the default reads no figure an exclusion drops, nor one
# day's anecdotal count, a place's yearly flow or guests invited to serve
SIXTY_FIFTH_ROUND_DEFAULT_NEGATIVES = [
    ("one-day-anecdote", "站长说，夏天来歇脚的快递员最多，一天能有七八十人次。", 70),
    ("yearly-flow-of-a-place", "宁县是劳务输出大县，每年外出务工人员超过8万人次。", 80000),
    ("guests-invited-to-teach", "区总工会邀请省级劳模和技能大师22人次进车间现场传授技艺。", 22),
    ("per-head-rule", "每名工会干部联系困难职工家庭不少于2户，定期上门了解需求。", 2),
    ("business-entities-of-a-city", "全市经营主体已超过80万户，中小微企业占九成以上。", 800000),
    ("capacity-of-a-venue", "新建成的职工书屋能容纳读者800人次。", 800),
]
NEGATIVE_TABLES = [SIXTY_NINTH_ROUND_PRICE_NEGATIVES, SIXTY_EIGHTH_ROUND_VOCABULARY_NEGATIVES, SIXTY_SIXTH_ROUND_TRIPS_NEGATIVES, SIXTY_FIFTH_ROUND_DEFAULT_NEGATIVES, SIXTY_FOURTH_ROUND_ECONOMY_NEGATIVES, SIXTY_FIRST_ROUND_GROUPING_NEGATIVES, NEGATIVES, NEGATIVES_MORE, GENERALIZING_NEGATIVES, SECOND_ROUND_NEGATIVES, THIRD_ROUND_NEGATIVES, FOURTH_ROUND_NEGATIVES, FIFTH_ROUND_NEGATIVES, SIXTH_ROUND_NEGATIVES, SEVENTH_ROUND_NEGATIVES, EIGHTH_ROUND_NEGATIVES, NINTH_ROUND_NEGATIVES, ELEVENTH_ROUND_NEGATIVES, EIGHTEENTH_ROUND_NEGATIVES, THIRTY_FIRST_ROUND_NEGATIVES, THIRTY_SECOND_ROUND_NEGATIVES, FIFTIETH_ROUND_NEGATIVES, FIFTY_SECOND_ROUND_NEGATIVES, FIFTY_SECOND_ROUND_DIFFERENCE_NEGATIVES, FIFTY_THIRD_ROUND_NEGATIVES]


def _positive_case(c):
    """(id, metric, sentence, value), or a case already built."""
    return pytest.param(*c[1:], id=c[0]) if isinstance(c[0], str) and len(c) == 4 else c


def _negative_case(c):
    """(id, sentence, value), or a case already built (with its marks)."""
    return c if isinstance(c, type(pytest.param(0))) else pytest.param(*c[1:], id=c[0])


@pytest.mark.parametrize("metric,sentence,value", [_positive_case(c) for table in POSITIVE_TABLES for c in table])
def test_positive(metric, sentence, value):
    facts = extract_facts(sentence)
    found = [(f.metric, f.value) for f in facts]
    assert any(f.metric == metric and abs(f.value - value) < 1e-6 for f in facts), found


@pytest.mark.parametrize("sentence,value", [_negative_case(c) for table in NEGATIVE_TABLES for c in table])
def test_negative(sentence, value):
    facts = extract_facts(sentence)
    assert not any(abs(f.value - value) < 1e-6 for f in facts), [(f.metric, f.value) for f in facts]


# people posted in each of N places are no venue: the places are not stations
FORTY_SEVENTH_ROUND_NOT_METRIC = [
    ("monitors_in_each_site_not_stations", "stations", "县总工会在全县15个在建项目设立工会监督员。", 15),
    pytest.param("stations", "今年在辖区4个物流园区建成“暖新驿站”11个，方便骑手歇脚。", 4, id="venues_counted_themselves_not_places",
                 marks=pytest.mark.xfail(strict=True, reason="the venue noun after the places still scores the place count as stations (held-out gold 20)")),
]


@pytest.mark.parametrize("metric,sentence,value", [_positive_case(c) for c in EIGHTEENTH_ROUND_NOT_METRIC + FORTY_SEVENTH_ROUND_NOT_METRIC + FIFTY_SECOND_ROUND_NOT_METRIC + SIXTIETH_ROUND_TRAINED_NOT_METRIC])
def test_not_this_metric(metric, sentence, value):
    facts = extract_facts(sentence)
    assert not any(f.metric == metric and abs(f.value - value) < 1e-6 for f in facts), [(f.metric, f.value) for f in facts]


# measure words kept as written: 户次 is not 户, 趟 is its own unit
UNIT_AS_WRITTEN = [
    ("household-times", "今年各级工会干部走访困难职工家庭1800余户次。", 1800, "户次"),
    ("trips", "职工服务车开通一年来，已累计出车86趟，服务职工5000余人次。", 86, "趟"),
]


@pytest.mark.parametrize("sentence,value,unit", [pytest.param(*c[1:], id=c[0]) for c in UNIT_AS_WRITTEN])
def test_unit_as_written(sentence, value, unit):
    facts = [f for f in extract_facts(sentence) if abs(f.value - value) < 1e-6]
    assert facts and all(f.unit == unit for f in facts), [(f.metric, f.value, f.unit) for f in facts]
