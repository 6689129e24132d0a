"""A deterministic generator of realistic pages for benchmarks, from pages we wrote.

Each generated page strings together runs of consecutive paragraphs of our
own pages: the bundled sample corpus and the held-out pages of tests/heldout
(a run keeps a headline with its byline and body, as a page does), then
varies what changes from page to page in real newspapers: the figures
(re-rendered in another number form: Arabic, Chinese numerals, 万, with or
without a qualifier) and the places (another province and city).

Realistic means like the real pages in texture and density: the sample
corpus alone is a digest of figures (one every ~45 chars, three times the
real pages' one per ~130), and cost grows with figures, so the held-out
pages (full-length articles with narrative between the figures) are mixed
in, and numbers take the forms real pages print them in (mostly Arabic;
``NUMBER_FORMS``). ``python -m bench.corpus --describe`` prints both.

    python -m bench.corpus OUT_DIR --mb 10 --seed 1

The same seed gives the same files, byte for byte.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
import time
from pathlib import Path

import cn2an

REPO = Path(__file__).resolve().parents[1]
SAMPLE_CORPUS = REPO / "pipelines" / "sample_corpus"
# our own pages whose paragraphs are recombined: the sample corpus and the
# held-out pages written for tests (both in the repo)
SOURCES = (SAMPLE_CORPUS, REPO / "tests" / "heldout" / "pages")
# how often each form is drawn for a figure, as read off the real pages:
# ~17% of their quantities are in Chinese numerals and ~8% in N万
NUMBER_FORMS = {"arabic": 0.75, "wan": 0.10, "chinese": 0.15}
# real pages print a figure every ~125 characters (the seeds: 126 chars per
# quantity find_quantities finds); our pages are denser, so narrative
# paragraphs (our own sentences, data/narrative_sentences.txt) go between
# body paragraphs until a page's text per rough figure reaches this. The
# rough count also takes dates and years, so 95 here is ~125 per quantity
# found (bench_facts.py prints the density of the corpus it times).
CHARS_PER_FIGURE = 95
NARRATIVE = Path(__file__).resolve().parent / "data" / "narrative_sentences.txt"
# a rough count of a paragraph's figures (digits, or a Chinese numeral with
# a measure word), enough to pace the narrative
ROUGH_FIGURE = re.compile(r"[0-9０-９]+(?:\.[0-9]+)?|[一二两三四五六七八九十百千万]+(?:名|人|个|家|处|场|起|件|项|次|支|万元)")

# A figure bound to a measure word; dates, ages, ordinals and hotlines are left
# alone because none of them is followed by one of these words.
MEASURE_WORDS = ("人次", "名", "人", "个", "家", "处", "场", "起", "件", "期", "项", "册", "万元", "元", "%",
                 "支", "门", "篇", "份", "次", "位")
FIGURE = re.compile(
    r"(?<![\d.第])(?P<number>\d+(?:\.\d+)?)(?P<scale>万|亿)?(?P<more>余|多)?(?=(?P<measure>"
    + "|".join(sorted(map(re.escape, MEASURE_WORDS), key=len, reverse=True)) + "))"
)
PREFIX_QUALIFIERS = ("近", "约", "超过", "逾")
SUFFIX_QUALIFIERS = ("余", "多")
QUALIFIER_BEFORE = re.compile(r"(?:近|约|超过|逾|超)$")

# Places of the sample corpus (province -> its cities) and where we move them.
SAMPLE_PLACES = {"四川省": ("绵阳市",), "福建省": ("泉州市",), "广西壮族自治区": ("柳州市",),
                 "黑龙江省": ("大庆市",), "新疆维吾尔自治区": ("克拉玛依市", "乌鲁木齐市")}
TARGET_PLACES = {"江苏省": ("常州市", "无锡市"), "河南省": ("洛阳市", "新乡市"), "湖南省": ("株洲市", "岳阳市"),
                 "安徽省": ("蚌埠市", "芜湖市"), "山西省": ("长治市", "晋中市"), "云南省": ("曲靖市", "玉溪市"),
                 "江西省": ("赣州市", "九江市"), "陕西省": ("宝鸡市", "咸阳市"), "河北省": ("唐山市", "保定市"),
                 "贵州省": ("遵义市", "六盘水市"), "辽宁省": ("鞍山市", "锦州市"), "内蒙古自治区": ("包头市", "鄂尔多斯市"),
                 "宁夏回族自治区": ("银川市", "石嘴山市"), "湖北省": ("宜昌市", "襄阳市"), "广东省": ("佛山市", "江门市"),
                 "山东省": ("潍坊市", "淄博市"), "浙江省": ("台州市", "嘉兴市"), "甘肃省": ("天水市", "酒泉市")}


def load_paragraphs(sources: tuple[Path, ...] = SOURCES) -> list[list[str]]:
    """Each source page as its list of paragraphs (blocks between blank lines)."""
    pages = []
    for path in sorted(p for folder in sources for p in folder.glob("*.txt")):
        blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", path.read_text(encoding="utf-8"))]
        pages.append([b for b in blocks if b.strip()])
    return pages


def render_number(value: float, rng: random.Random) -> str:
    """A value in one of the forms the papers use (1200, 一千二百, 1.2万), as
    often as real pages use each (``NUMBER_FORMS``)."""
    form = rng.random()
    if value >= 10000 and form < NUMBER_FORMS["wan"]:
        return f"{round(value / 10000, 1):g}万"
    if float(value).is_integer() and value < 100000 and form > 1.0 - NUMBER_FORMS["chinese"]:
        return cn2an.an2cn(int(value))
    return f"{value:g}" if not float(value).is_integer() else str(int(value))


def vary_figure(match: re.Match, text: str, rng: random.Random) -> str:
    number = float(match.group("number")) * {"万": 1e4, "亿": 1e8, None: 1}[match.group("scale")]
    if match.group("measure") == "%":  # a share stays a share
        return f"{rng.uniform(40, 99.9):.1f}{match.group('more') or ''}"
    value = max(1, round(number * rng.uniform(0.3, 3.0)))
    if value >= 1000:  # papers round large figures
        value = round(value, -(len(str(value)) - 2))
    rendered = render_number(value, rng)
    if match.group("more"):
        return rendered + match.group("more")
    qualifier = rng.random()
    if qualifier < 0.1:
        return rendered + rng.choice(SUFFIX_QUALIFIERS)
    if qualifier < 0.2 and not QUALIFIER_BEFORE.search(text[max(0, match.start() - 2):match.start()]):
        return rng.choice(PREFIX_QUALIFIERS) + rendered
    return rendered


def vary_figures(text: str, rng: random.Random) -> str:
    return FIGURE.sub(lambda m: vary_figure(m, text, rng), text)


def move_places(text: str, rng: random.Random) -> str:
    """Every sample province to another one, its cities to that province's cities, full and short names."""
    targets = rng.sample(sorted(TARGET_PLACES), len(SAMPLE_PLACES))
    for (province, cities), new_province in zip(SAMPLE_PLACES.items(), targets):
        text = text.replace(province, new_province)
        for city, new_city in zip(cities, TARGET_PLACES[new_province]):
            text = text.replace(city, new_city).replace(city[:-1], new_city[:-1])  # 绵阳 in 绵阳举办…
    return text


def load_narrative(path: Path = NARRATIVE) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def paced(paragraphs: list[str], narrative: list[str], rng: random.Random) -> list[str]:
    """The paragraphs with narrative ones (2 to 4 sentences) after body
    paragraphs (ending a sentence) while the text has more than one figure
    per ``CHARS_PER_FIGURE`` characters."""
    out, chars, figures = [], 0, 0
    for para in paragraphs:
        out.append(para)
        chars += len(para)
        figures += len(ROUGH_FIGURE.findall(para))
        while para.endswith("。") and chars < CHARS_PER_FIGURE * figures:
            extra = "".join(rng.sample(narrative, rng.randint(2, 4)))
            out.append(extra)
            chars += len(extra)
    return out


def generate_page(pages: list[list[str]], rng: random.Random, narrative: list[str] | None = None) -> str:
    """3 to 5 runs of consecutive paragraphs from random source pages, paced
    with narrative, figures and places varied."""
    runs = []
    for _ in range(rng.randint(3, 5)):
        page = rng.choice(pages)
        start = rng.randrange(len(page))
        runs.extend(page[start:start + rng.randint(4, 14)])
    if narrative:
        runs = paced(runs, narrative, rng)
    text = "\n\n" + "\n\n".join(runs) + "\n"
    return move_places(vary_figures(text, rng), rng)


def fingerprint() -> str:
    """What the generated pages depend on besides the seed (this code, the
    narrative, the source pages): a cached corpus with another fingerprint
    is stale."""
    digest = hashlib.sha1(Path(__file__).read_bytes() + NARRATIVE.read_bytes())
    for path in sorted(p for folder in SOURCES for p in folder.glob("*.txt")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:12]


def generate_corpus(out_dir: str | Path, megabytes: float, seed: int) -> list[Path]:
    """Write pages to ``out_dir`` until they hold ``megabytes`` MB of UTF-8; the same seed, the same files."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    pages, narrative, rng = load_paragraphs(), load_narrative(), random.Random(seed)
    target, written, paths = int(megabytes * 1_000_000), 0, []
    while written < target:
        data = generate_page(pages, rng, narrative).encode("utf-8")
        path = out / f"generated_{seed}_{len(paths):06d}.txt"
        path.write_bytes(data)
        written += len(data)
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--mb", type=float, default=10.0, help="megabytes of text to write (default 10)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    began = time.perf_counter()
    paths = generate_corpus(args.out_dir, args.mb, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} pages, {size / 1e6:.2f} MB in {args.out_dir} (seed {args.seed}) "
          f"in {time.perf_counter() - began:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
