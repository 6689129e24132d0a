"""Held-out pages scored through the public commands, as the customer scores us.

The pages in tests/heldout/pages imitate other outlets and regions than the seeds
and were annotated (tests/heldout/gold) blind to the extractors' code, so these
figures are our proxy for the customer's held-out measurement.  Facts and
mentions come from ``union-metrics extract --format jsonl``; articles from
``union-metrics run`` and the shared ``score_articles.py``.  The full score lines
are printed (run with ``-s``) and repeated in every assertion message.

Floors are deliberately below the seed thresholds; a figure that is below its
floor today is an xfail that names the figure, never a lowered floor.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, TOOLS

HELDOUT = REPO / "tests" / "heldout"
PAGES = HELDOUT / "pages"
GOLD = HELDOUT / "gold"

needs_tools = pytest.mark.skipif(not (TOOLS / "score.py").is_file(), reason="../shared/tools (score.py) not beside the clone")


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipelines.cli", *args], cwd=REPO,
                          capture_output=True, text=True, encoding="utf-8", check=True)


def _score(*args: str) -> str:
    done = subprocess.run([sys.executable, *args], cwd=REPO, capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    return done.stdout


def _f1(report: str, layer: str) -> float:
    found = re.search(rf"^{layer} P=\S+ R=\S+ F1=(\d\.\d+)", report, re.M)
    assert found, report
    return float(found.group(1))


@pytest.fixture(scope="module")
def predictions(tmp_path_factory) -> Path:
    """facts.jsonl and mentions.jsonl of all held-out pages, as `extract` prints them."""
    out = tmp_path_factory.mktemp("heldout")
    pages = [str(p) for p in sorted(PAGES.glob("*.txt"))]
    (out / "facts.jsonl").write_text(_cli("extract", *pages, "--format", "jsonl").stdout, encoding="utf-8")
    (out / "mentions.jsonl").write_text(
        _cli("extract", *pages, "--format", "jsonl", "--layer", "mentions").stdout, encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    wh = tmp_path_factory.mktemp("heldout_wh") / "warehouse"
    _cli("run", "--input", str(PAGES), "--warehouse", str(wh), "--workers", "1")
    return wh


# (layer, floor, xfail reason or None): the figures the customer's held-out set is
# expected to resemble.  A reason is set only while today's figure is below the floor.
LAYERS = [
    pytest.param("mentions", 0.90, id="mentions_f1_at_least_0.90"),
    pytest.param("facts", 0.75, id="facts_f1_at_least_0.75"),
]


@needs_tools
@pytest.mark.parametrize("layer, floor", LAYERS)
def test_heldout_layer_f1(predictions: Path, layer: str, floor: float) -> None:
    report = _score(str(TOOLS / "score.py"), str(GOLD), str(predictions / f"{layer}.jsonl"), "--layer", layer)
    print(f"\n--- held-out {layer} ---\n{report}")
    assert _f1(report, layer) >= floor, report


@needs_tools
def test_heldout_articles_f1(warehouse: Path) -> None:
    report = _score(str(TOOLS / "score_articles.py"), str(GOLD), str(warehouse))
    print(f"\n--- held-out articles ---\n{report}")
    assert _f1(report, "articles") >= 0.85, report


# Later rounds of pages were written and annotated after the extractors had been tuned
# on the earlier ones: scored on their own they are the honest test sets for the next
# round of tuning.  score.py and score_articles.py keep only the documents of the gold
# directory they are given, so the same predictions and warehouse serve every set.
# (label, first page, last page) of each round scored on its own.
ROUNDS = [
    ("pages 07-10", 7, 10),
    ("pages 11-13", 11, 13),
    ("pages 14-18", 14, 18),
    # The fifth round wrote pages 19-21 only; page 22 opens the sixth round.
    ("pages 19-21", 19, 21),
    ("pages 22-26", 22, 26),
    # The seventh round (pages 27-30), written blind; not yet measured when added.
    ("pages 27-30", 27, 30),
    # The eighth round (pages 31-34), written blind; not yet measured when added.
    ("pages 31-34", 31, 34),
    # The ninth round (pages 35-38), written blind; not yet measured when added.
    ("pages 35-38", 35, 38),
    # The tenth round (pages 39-42), written blind; not yet measured when added.
    ("pages 39-42", 39, 42),
    # The eleventh round (pages 43-46), written blind; not yet measured when added.
    ("pages 43-46", 43, 46),
    # The twelfth round (pages 47-50): typical regional pages, written blind; not yet measured when added.
    ("pages 47-50", 47, 50),
    # The thirteenth round (pages 51-54): typical regional pages, written blind; not yet measured when added.
    ("pages 51-54", 51, 54),
    # The fourteenth round (pages 55-58): typical regional pages, written blind; not yet measured when added.
    ("pages 55-58", 55, 58),
    # The fifteenth round (pages 59-62): typical regional pages, written blind; not yet measured when added.
    ("pages 59-62", 59, 62),
    # The sixteenth and seventeenth rounds (pages 63-66, 67-70), typical regional pages
    # written blind by two annotators at once; first sight: facts 0.873 and 0.859.
    ("pages 63-66", 63, 66),
    ("pages 67-70", 67, 70),
    # The eighteenth and nineteenth rounds (pages 71-74, 75-78), typical regional pages
    # written blind by two annotators at once; first sight: facts 0.897 and 0.865.
    ("pages 71-74", 71, 74),
    ("pages 75-78", 75, 78),
    # The twentieth and twenty-first rounds (pages 79-82; 83-84, the second annotator
    # wrote two pages), typical regional pages written blind; first sight: facts 0.847
    # and 0.864, articles 0.911 and 0.929.
    ("pages 79-82", 79, 82),
    ("pages 83-84", 83, 84),
    # The twenty-second and twenty-third rounds (pages 85-88, 89-92), typical regional
    # pages written blind; first sight: facts 0.867 and 0.812.
    ("pages 85-88", 85, 88),
    ("pages 89-92", 89, 92),
    # The twenty-fourth and twenty-fifth rounds (pages 93-95, the annotator wrote three;
    # 97-100), typical regional pages written blind; first sight: facts 0.899 and 0.893.
    ("pages 93-95", 93, 95),
    ("pages 97-100", 97, 100),
    # The twenty-sixth and twenty-seventh rounds (pages 101-104, 105-108), typical
    # regional pages written blind; first sight: facts 0.872 and 0.909.
    ("pages 101-104", 101, 104),
    ("pages 105-108", 105, 108),
    # The twenty-eighth and twenty-ninth rounds (pages 109-112, 113-116), typical
    # regional pages written blind (青海, 内蒙古, 上海; 重庆, 新疆, 陕西); first sight:
    # facts 0.830 and 0.853.
    ("pages 109-112", 109, 112),
    ("pages 113-116", 113, 116),
    # The thirtieth and thirty-first rounds (pages 117-120, 121-124), typical regional
    # pages written blind (西藏, 广西, 辽宁; 天津, 山西, 海南) while facts rounds 22-24
    # and segmentation rounds 20-21 studied 109-116; first sight: facts 0.879 and 0.918.
    ("pages 117-120", 117, 120),
    ("pages 121-124", 121, 124),
    # The thirty-second and thirty-third rounds (pages 125-126 and 129: the annotators
    # wrote three pages of eight; 河南, 福建; 北京), typical pages written blind while
    # facts round 25 and segmentation round 22 studied 109-124; first sight: facts
    # 0.863 (province 0.84: 朝阳区 of 北京 read as 长春's), articles 0.905.
    ("pages 125-129", 125, 129),
    # The thirty-fourth and thirty-fifth rounds (pages 130-133, 134-137), typical pages
    # written blind (湖北, 云南, 甘肃; 江苏, 山东, 广东) while facts round 27 and
    # segmentation round 24 studied 109-129; first sight on the session's last code:
    # facts 0.858 and 0.903 (together P .887 R .870).
    ("pages 130-133", 130, 133),
    ("pages 134-137", 134, 137),
    # The thirty-sixth and thirty-seventh rounds (pages 138-141 and 142-145), typical
    # pages written blind (贵州, 上海, 青海; 江西, and 黑龙江/安徽 for 144-145) while
    # facts round 29 and segmentation round 26 studied recurring families over 01-137;
    # first sight: 138-141 facts 0.924 (subject 0.84), articles 0.652 (33 units for
    # 21); 142-145 facts 0.906 (142-143 0.870 before facts round 30, 144 0.939 and
    # 145 0.945 after it), articles 142-143 0.856, 144 0.941, 145 0.444.
    ("pages 138-141", 138, 141),
    ("pages 142-145", 142, 145),
    # The thirty-eighth round (pages 146-149: 吉林, 宁夏, 河北), typical pages written
    # blind while facts round 31 and segmentation round 28 studied 138-144; first
    # sight: facts 0.919 (P .922 R .917), subject 0.97, articles 0.981.
    ("pages 146-149", 146, 149),
    # The thirty-ninth and fortieth rounds (pages 150-153: 四川, 湖南, 重庆; pages
    # 154-157: 浙江, 内蒙古, 广西), typical pages written blind while facts rounds
    # 32-34 and segmentation rounds 29-31 studied 145-152; first sight: 150-153
    # facts 0.870 (P .861 R .879; 150 0.881, 151 0.892 with 这次市总工会 read as a
    # name, 152 0.854, 153 0.861), articles 150 1.000, 151 0.845, 152 0.625 (11
    # units for 5), 153 0.727; 154-157 facts 0.879 (city 0.91: 景宁县, an
    # autonomous county's short form, unresolved), articles 0.917.
    ("pages 150-153", 150, 153),
    ("pages 154-157", 154, 157),
    # The forty-first round (pages 158-161: 新疆, 山西, 黑龙江), written blind while
    # facts rounds 33-34 and segmentation rounds 30-31 studied 150-158; first sight:
    # facts 0.923 (P .921 R .924; 158 0.952, 159 0.912 with province 0.84, 160
    # 0.909 with subject 0.62, 161 0.923), articles 0.833, 0.866, 0.779, 0.800.
    ("pages 158-161", 158, 161),
    # The forty-second round (pages 162-165: 江苏, 福建, 陕西), written while facts
    # rounds 35-36 studied 153-161; the annotator saw twenty commit titles and the
    # README's Accuracy section before writing (less blind). First sight: facts
    # 0.890 (P .906 R .874), subject 0.93, articles 1.000.
    ("pages 162-165", 162, 165),
    # The forty-third and forty-fourth rounds (pages 166-169: 黑龙江, 辽宁, 甘肃;
    # pages 170-173: 广东, 海南, 安徽), typical pages written blind while facts
    # round 37 and segmentation round 32 studied 153-165; first sight: 166-169
    # facts 0.875 (P .886 R .864), subject 0.92, articles 0.806; 170 (a page of
    # fifteen short reports) facts 0.895, articles 1.000.
    ("pages 166-169", 166, 169),
    ("pages 170-173", 170, 173),
    # The forty-fifth and forty-sixth rounds (pages 174-177: 河南, 湖北, 山东;
    # pages 178-181: 四川, 云南, 重庆), typical pages written blind while facts
    # round 39 and segmentation round 34 studied 166-178; first sight: 174-177
    # facts 0.887 (P .874 R .899, subject 0.81), articles 0.814 (24 units for 35;
    # 0.923 after round 34); 178-181 facts 0.806 (P .795 R .816: the annotator
    # read aid recipients as participants and per-unit sums as rules, against
    # most earlier gold), articles 0.821. 172-173 (round 170-173) first sight:
    # facts 0.876, articles 0.750.
    ("pages 174-177", 174, 177),
    ("pages 178-181", 178, 181),
    # The forty-seventh and forty-eighth rounds (pages 182-185: 陕西, 天津, 西藏;
    # pages 186-189: 吉林, 贵州, 内蒙古), typical pages written blind, scored on
    # the session-7 start code (d7cb95a); first sight: 182-185 facts 0.845
    # (P .869 R .822), subject 0.93, articles 0.777 (185, a WeChat account's
    # four posts read as 3 units, 0.286); 186-189 facts 0.916 (P .922 R .910),
    # subject 0.93, articles 0.941.
    ("pages 182-185", 182, 185),
    ("pages 186-189", 186, 189),
    # The forty-ninth and fiftieth rounds (pages 190-193: 河北/山西, 北京;
    # pages 194-197: 江西, 湖南, 广西), written blind while facts rounds 42-44
    # and segmentation round 37 studied 182-189; first sight: 190-193 (on
    # fcf12f3) facts 0.811 (P .824 R .798), province 0.75 (a 朝阳区 WeChat
    # account read as 长春's: mended by the post's stamp), articles 0.726;
    # 194-197 (on 7dda150) facts 0.860 (P .862 R .857), subject 0.84,
    # articles 0.606 (195, a WeChat digest of eight posts, read as 1 unit).
    ("pages 190-193", 190, 193),
    ("pages 194-197", 194, 197),
    # The fifty-first and fifty-second rounds (pages 198-201: 辽宁, 山东, 福建;
    # pages 202-205: 浙江, 湖北, 甘肃), written blind while facts rounds 45-47
    # and segmentation rounds 38-41 studied 182-197; first sight: 198-201 (on
    # a880bc0) facts 0.841 (P .831 R .852), articles 0.750; 202-205 (on
    # e7487db) facts 0.903 (P .929 R .879), subject 0.90, articles 0.926.
    ("pages 198-201", 198, 201),
    ("pages 202-205", 202, 205),
    # The fifty-third round (pages 206-209: 江苏, 河南, 安徽), written blind while
    # facts rounds 48-49 and segmentation rounds 42-43 studied 182-205; first
    # sight (on 6d25e24): facts 0.838 (P .804 R .874: anecdotes of one person
    # in features read as program figures), subject 0.93, articles 0.933.
    ("pages 206-209", 206, 209),
    # The fifty-fourth round (pages 210-213: 广东, 四川, 黑龙江), written blind at
    # the same time; first sight (on c29867d): facts 0.897 (P .907 R .888),
    # subject 0.73 (211, a city union's WeChat report, gave the city's figures
    # to a county-level city's union named later), articles 0.876.
    ("pages 210-213", 210, 213),
    # The fifty-sixth round (pages 218-221: 海南, 贵州, 湖北), written blind while
    # facts rounds 50-52 and segmentation rounds 44-46 studied 182-213; first
    # sight (on 80d2379): facts 0.900 (P .873 R .930), subject 0.90,
    # articles 0.852.
    ("pages 218-221", 218, 221),
    # The fifty-fifth round (pages 214-217: 宁夏, 新疆, 青海), written blind in two
    # turns; first sight: 214 on abe4f54, 215-217 on f8d3c3b: facts 0.900
    # (P .904 R .897), articles 0.743 (38 units predicted for 32).
    ("pages 214-217", 214, 217),
    # The fifty-seventh and fifty-eighth rounds (pages 222-225: 内蒙古, 山西,
    # 河北; pages 226-229: 江西, 福建, 广西), written blind while facts rounds
    # 53-55 and segmentation rounds 47-49 studied 182-221; first sight (on
    # e208696): 222-225 facts 0.874 (P .928 R .826), province 0.96, articles
    # 0.846 (two pages of 16 units); 226-229 facts 0.870 (P .851 R .890),
    # articles 0.982.
    ("pages 222-225", 222, 225),
    ("pages 226-229", 226, 229),
    # The fifty-ninth round (pages 230-233: 江苏, 河南, 山东), written blind in two
    # turns; first sight: 230-231 on 377b885, 232-233 on 36eadbf: facts 0.868
    # (P .845 R .893), articles 0.906.
    ("pages 230-233", 230, 233),
    # The sixtieth round (pages 234-237: 四川, 湖南, 陕西), written blind in two
    # turns; first sight: 234-235 on 07d0006, 236-237 on ddae358: facts 0.865
    # (P .868 R .862), articles 0.772 (236, a province account's roundup of
    # tagged city reports, 0.6).
    ("pages 234-237", 234, 237),
    # The sixty-first round (pages 238-241: 云南, 广东, 浙江), written blind while
    # facts rounds 57-59 and segmentation rounds 51-52 studied 230-237; first
    # sight (on 5da9e55): facts 0.871 (P .854 R .889; the session-start code
    # d7cb95a reads 0.894 on them: its annotator labels care classes as
    # service_items and children enrolled as participants, against the
    # majority of earlier gold this session's rounds followed), articles 0.900.
    ("pages 238-241", 238, 241),
    # The sixty-second round (pages 242-245: 辽宁, 吉林, 黑龙江), written blind at
    # the same time; first sight (on 8a7cd43): facts 0.914 (P .901 R .928),
    # subject 1.00, articles 0.898 -- the session-start code reads the same
    # facts figure on them.
    ("pages 242-245", 242, 245),
    # The sixty-third round (pages 246-249: the municipalities 上海, 重庆, 天津),
    # written blind while facts round 60 and segmentation rounds 53-54
    # studied 01-245; first sight (on e51b4a6): facts 0.904 (P .915 R .893),
    # subject .82 (district unions of a municipality), articles 0.812 --
    # the session-start code 71da5c3 reads the same figures.
    ("pages 246-249", 246, 249),
    # The sixty-fourth round (pages 250-253: 安徽, 湖北 and a postal-system
    # union's website), written blind at the same time; first sight (on
    # e51b4a6): facts 0.898 (P .917 R .879), subject .89, articles 0.915;
    # the session-start code reads facts 0.893.
    ("pages 250-253", 250, 253),
    # The sixty-fifth round (pages 254-257: 青海, 新疆, 宁夏), written blind in
    # two turns while facts rounds 61-62 and segmentation round 55 studied
    # 01-253; first sight (on d1766f8): facts 0.907 (P .918 R .896), subject
    # .86, articles 0.967 -- the session-start code reads facts 0.907,
    # articles 0.951.
    ("pages 254-257", 254, 257),
    # The sixty-sixth round (pages 258-261: 深圳, a national workers' daily,
    # 佛山, 台州), written blind at the same time; first sight (on d1766f8):
    # facts 0.886 (P .883 R .890), subject .93, articles 0.886; the
    # session-start code reads facts 0.878.
    ("pages 258-261", 258, 261),
    # The sixty-seventh round (pages 262-265: 河南, 山东, 河北), written blind
    # while facts round 63 and segmentation round 56 studied 01-261; first
    # sight (on 2802a74): facts 0.926 (P .926 R .926), subject .99, articles
    # 0.908 -- the session-start code reads facts 0.921.
    ("pages 262-265", 262, 265),
    # The sixty-eighth round (pages 266-269: 苏州/无锡/南通, 漳州, a railway
    # bureau union's website, 泉州), written blind at the same time; first
    # sight (on 2802a74): facts 0.872 (P .896 R .850), subject .94, articles
    # 0.873; the session-start code reads facts 0.867, articles 0.829.
    ("pages 266-269", 266, 269),
    # The sixty-ninth round (pages 270-273: 岳阳/常德/衡阳, 九江, 桂林, 上饶),
    # written blind while facts rounds 64-65 and segmentation round 57
    # studied 01-269; first sight (on b070ac8): facts 0.884 (P .888 R .881),
    # subject .94, articles 0.947 -- the session-start code reads facts 0.875.
    ("pages 270-273", 270, 273),
    # The seventieth round (pages 274-277: 天水, 包头, 陕西/宝鸡, 汉中), written
    # blind at the same time; first sight (on b070ac8): facts 0.879 (P .900
    # R .860), subject .93, articles 0.802; the session-start code reads
    # facts 0.875, articles 0.802.
    ("pages 274-277", 274, 277),
    # The seventy-first round (pages 278-281: 宜宾/南充, 六盘水, 海南, 铜仁) and
    # the seventy-second (282-285: 徐州/盐城, 温州, 金华, a provincial
    # education union's website), written blind in session 9 while a facts
    # round widened the trigger vocabulary; first sight (on 5b22092): 278-281
    # facts 0.888 (P .881 R .896), subject .99, articles 0.947; 282-285 facts
    # 0.870 (P .852 R .889), subject .98, articles 1.000. The session-start
    # code reads the same on both.
    ("pages 278-281", 278, 281),
    ("pages 282-285", 282, 285),
]


def _page_number(path: Path) -> int:
    return int(path.name.split("_")[1])


@pytest.fixture(scope="module", params=ROUNDS, ids=[label.replace(" ", "_") for label, _, _ in ROUNDS])
def round_gold(request, tmp_path_factory) -> tuple[str, Path]:
    """The label of one round and a gold directory holding only its pages' gold."""
    label, first, last = request.param
    gold = tmp_path_factory.mktemp("heldout_round_gold")
    for path in GOLD.glob("*.jsonl"):
        if first <= _page_number(path) <= last:
            shutil.copy(path, gold / path.name)
    return label, gold


ROUND_LAYERS = [
    pytest.param("mentions", 0.90, id="mentions_f1_at_least_0.90"),
    pytest.param("facts", 0.75, id="facts_f1_at_least_0.75"),
]


@needs_tools
@pytest.mark.parametrize("layer, floor", ROUND_LAYERS)
def test_heldout_round_layer_f1(predictions: Path, round_gold: tuple[str, Path], layer: str, floor: float) -> None:
    label, gold = round_gold
    report = _score(str(TOOLS / "score.py"), str(gold), str(predictions / f"{layer}.jsonl"), "--layer", layer)
    print(f"\n--- held-out {label}, {layer} ---\n{report}")
    assert _f1(report, layer) >= floor, report


# Rounds whose articles figure is below the floor today: (label -> the figure), an
# xfail that names the figure until the segmenter catches up, never a lowered floor.
# (11-13 reads 0.858 and 14-18 0.864 since the fourth segmentation round; first
# measured 0.711 and 0.729; 22-26 reads 0.934 since the fifth, first 0.822.)
# (67-70 reads 0.892 since the fourteenth round; first 0.697. 71-74 reads 0.958
# and 75-78 0.915 since the fifteenth; first 0.807 and 0.765. 89-92 reads 0.948
# since the seventeenth; first 0.632. Session 6: 138-141 reads 0.868, first
# 0.652; 142-145 0.929, first 0.813; 150-153 first 0.625 on 152; 166-169 0.931,
# first 0.806. 198-201 reads 0.909 since the forty-second round; first 0.750.
# 214-217 reads 0.879 since the forty-eighth round; first 0.743. 85-88 and
# 134-137 reach the floor in session 7's segmentation rounds; first 0.782 and
# 0.791. 234-237 reads 0.929 since the fifty-second round; first 0.772.
# 274-277 reads 0.934 since the fifty-eighth round; first 0.802.)
ARTICLES_BELOW_FLOOR: dict[str, str] = {
    "pages 130-133": "articles F1 0.694 on first sight (22 units predicted for 27)",
    "pages 194-197": "articles F1 0.801 (37 units predicted for 27; 194 columns and 196 基层动态 column left)",
}


@needs_tools
def test_heldout_round_articles_f1(request, warehouse: Path, round_gold: tuple[str, Path]) -> None:
    label, gold = round_gold
    if label in ARTICLES_BELOW_FLOOR:
        request.applymarker(pytest.mark.xfail(strict=False, reason=ARTICLES_BELOW_FLOOR[label]))
    report = _score(str(TOOLS / "score_articles.py"), str(gold), str(warehouse))
    print(f"\n--- held-out {label}, articles ---\n{report}")
    assert _f1(report, "articles") >= 0.85, report
