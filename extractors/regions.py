"""Place names -> full official province, city and district names.

Backed by the offline division library cpca, which is slow per call and
knows neither development zones (高新区) nor some recent county-to-district
conversions; those gaps are filled by generic rules over the vocabulary in
``data/region_aliases.toml``. Lookups are memoized: a page names few places.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import regex

from extractors.patterns import compile_fast
from extractors.vocabulary import MEMO_SIZE, load_table


@dataclass(frozen=True, slots=True)
class Region:
    province: str | None = None
    city: str | None = None
    district: str | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.province or self.city or self.district)

    def filled_from(self, context: "Region") -> "Region":
        """This region, or the article's ``context`` where it names nothing,
        or only a district or zone (a bare 高新区 inside the article's 威海市)."""
        if self.is_empty:
            return context
        if self.province is None:
            return Region(context.province, context.city, self.district)
        return self


NO_REGION = Region()


def _aliases() -> dict:
    return load_table("region_aliases")


@lru_cache(maxsize=1)
def _zone_pattern() -> regex.Pattern:
    zones = sorted(_aliases()["zone_names"], key=len, reverse=True)
    return compile_fast("|".join(regex.escape(z) for z in zones))


@lru_cache(maxsize=1)
def _cpca():
    import cpca  # imported lazily: loading its tables takes a moment

    return cpca


def _clean(v) -> str | None:
    return v if isinstance(v, str) and v else None


def _expand_short_names(text: str) -> str:
    for short, full in _aliases()["short_names"].items():
        if text.startswith(short) and not text.startswith(full):
            return full + text[len(short):]
    found = _autonomous_short_pattern().search(text)
    if found:
        return text[:found.start()] + _autonomous_short_forms()[found.group(0)] + text[found.end():]
    return text


def _cpca_resource(name: str) -> str | None:
    """One of cpca's own data files (its division list, its list of peoples),
    or None should cpca's layout change."""
    from importlib import resources

    try:
        return (resources.files("cpca") / "resources" / name).read_text(encoding="utf-8")
    except OSError:
        return None


@lru_cache(maxsize=1)
def division_names() -> frozenset[str]:
    """Every division name in cpca's own list (向阳区, 当阳市, 从江县), for
    grammar that must not cut a place's name apart; empty should cpca's
    layout change."""
    import csv

    text = _cpca_resource("adcodes.csv")
    if text is None:
        return frozenset()
    rows = csv.reader(text.splitlines()[1:])  # the first line is the header
    return frozenset(row[1] for row in rows if len(row) > 1 and len(row[1]) > 1)


@lru_cache(maxsize=1)
def _autonomous_short_forms() -> dict[str, str]:
    """Autonomous prefectures, counties and banners by the short form news
    writes (湘西州, 景宁县, 黔东南州): the official name without its peoples and
    自治, drawn from cpca's own division list and list of peoples, so every
    such place is covered. cpca reads none of these short forms (or reads
    another place in them: 化隆县 as 重庆's)."""
    nations = (_cpca_resource("56_nations.csv") or "").split()
    if not nations:
        return {}  # another cpca layout: the short forms stay unread, as before
    # peoples as names write them: 土家族苗族, and 蒙古 / 哈萨克 without 族
    peoples = sorted(set(nations) | {n[:-1] for n in nations if len(n) > 2}, key=len, reverse=True)
    official = regex.compile("^(.+?)(?:" + "|".join(map(regex.escape, peoples)) + ")+自治([州县旗])$")
    forms = {}
    for name in division_names():
        m = official.match(name)
        if m:
            forms[m.group(1) + m.group(2)] = name
    return forms


@lru_cache(maxsize=1)
def _autonomous_short_pattern() -> regex.Pattern:
    forms = sorted(_autonomous_short_forms(), key=len, reverse=True)
    return compile_fast("|".join(map(regex.escape, forms)) if forms else "(?!)")


@lru_cache(maxsize=1)
def _read_one():
    """cpca's reader of one string, as a dict of its columns.

    ``cpca.transform`` wraps this reader in a pandas DataFrame per call,
    which costs ~2 ms, 50 times the reading itself; every article reads a
    few new names, so we call the reader directly (cpca 0.5's module
    function) and keep ``transform`` as the fallback should cpca move it.
    """
    cpca = _cpca()
    reader = getattr(cpca, "_get_one_addr", None)
    if reader is None:
        return lambda text: cpca.transform([text]).iloc[0].to_dict()
    return lambda text: reader(text, False, {})


@lru_cache(maxsize=MEMO_SIZE)
def _lookup(text: str) -> tuple[str | None, str | None, str | None, str | None]:
    """cpca's reading of one string: province, city, district, remainder."""
    row = _read_one()(text)
    return _clean(row["省"]), _clean(row["市"]), _clean(row["区"]), _clean(row["地址"])


# Counties renamed since cpca's data was made: a county turned district
# (X县 -> X区) or county-level city (龙南县 -> 龙南市).
_DISTRICT_NAME = regex.compile(r"(\p{Han}{1,3}?)[区市]")


def _whole_district(text: str, province: str | None, city: str | None,
                    district: str) -> tuple[str | None, str | None, str | None]:
    """cpca finds a district inside a longer name it does not know (平城区,
    made after its data, read as 汕尾's 城区): when letters other than the
    province's and city's names come before the district, the district is
    the name as written and, without a city named before it, no place is
    known (the article's context gives it)."""
    at = text.find(district)
    read_short = at < 0
    if read_short:
        # cpca may have read the name's short form (合作 of 合作市) inside a
        # longer name it does not know (前海合作区): look for that
        short = _short_form(district)
        at = text.find(short) if len(short) >= 2 and short != district else -1
    if at <= 0:
        return province, city, district
    head = text[:at]
    for name in (province, city):
        if name:
            for form in (name, _short_form(name)):
                if form and head.startswith(form):
                    head = head[len(form):]
                    break
    if not _GLUED_HEAD.match(head):
        # nothing, another level (恩施州恩施市) or other words before it: the
        # district is a name of its own
        return province, city, district
    if head == text[:at] or read_short:
        return None, None, None  # nothing of the reading is named in the text
    return province, city, head + district


# One or two letters glued to the front of a district cpca knows (平 + 城区):
# together they are a name cpca does not know.
_GLUED_HEAD = regex.compile(r"^\p{Han}{1,2}$(?<![省市区县州旗盟])")
_LEVEL_ENDING = compile_fast(r"(?:省|市|区|县|自治区|壮族自治区|回族自治区|维吾尔自治区)$")


@lru_cache(maxsize=1)
def _zone_aliases() -> tuple[tuple[str, Region], ...]:
    # zones and renamed counties are both places cpca does not know, read by
    # the name a text opens with
    table = {**_aliases()["zone_aliases"], **_aliases().get("renamed_divisions", {})}
    return tuple(sorted(((name, Region(*levels)) for name, levels in table.items()),
                        key=lambda item: len(item[0]), reverse=True))


def _named_zone(text: str) -> Region | None:
    """A cooperation zone, new area or renamed county that cpca does not know (前海, 横琴, 盘州):
    its place as listed in the vocabulary, when the text starts with it."""
    for name, region in _zone_aliases():
        if text.startswith(name):
            return region
    return None


def _short_form(name: str) -> str:
    return _LEVEL_ENDING.sub("", name)


@lru_cache(maxsize=MEMO_SIZE)
def resolve_place(text: str) -> Region:
    """The region named at the start of ``text`` (a body's name, a dateline,
    a headline): full official names with the levels above filled in."""
    if not text:
        return NO_REGION
    text = _expand_short_names(text)
    zone = _named_zone(text)
    if zone is not None:
        return zone
    province, city, district, rest = _lookup(text)
    if city in _aliases()["bare_level_cities"] and district is None and province \
            and _short_form(province) not in text:
        return NO_REGION  # 市县两级工会: levels of bodies, not 重庆's counties
    if district is not None and _names_town(text, district):
        # 东区街道: a street's name, not 攀枝花's 东区; its place is the one
        # written before it, if any
        at = text.find(district)
        if at <= 0:
            return NO_REGION
        district = None
        rest = text[at:]
    if district is not None:
        province, city, district = _whole_district(text, province, city, district)
    if district is None:
        # A county turned district or city after cpca's data was made
        # (X县 -> X区, X县 -> X市): retry with the county name and keep the
        # name as written.
        head = rest if rest and province else text
        m = _DISTRICT_NAME.match(head)
        if m and not _zone_pattern().match(head):
            county = m.group(1) + "县"
            p2, c2, d2, _ = _lookup(county)
            # cpca's reading must be that county, not a shorter one inside
            # it (金普新区 -> 金普新县 is no county; 信阳's 新县 is not it)
            if d2 == county and (province is None or p2 == province):
                province, city, district = p2, c2, m.group(0)
    if is_municipality(province):
        city = province  # cpca says 市辖区 or nothing
    elif city in _aliases()["direct_county_placeholders"]:
        # cpca names a placeholder level for a place under the province
        # itself: a county-level city there (仙桃市, 五指山市) is the city, a
        # county (陵水黎族自治县) is a county with no city above it
        if district and district.endswith("市"):
            city, district = district, None
        else:
            city = None
    if district is None and city in _aliases()["cities_without_districts"] and rest:
        district = town_named_first(rest)
    if district is None:
        zone = _zone_pattern().search(text)
        # A zone counts when it follows the city (威海市高新区) or starts the text.
        if zone and zone.group(0) in _aliases()["generic_zones"]:
            zone = None  # 园区 alone: some park, not a place
        if zone and (zone.start() == 0 or (rest is not None and rest.startswith(zone.group(0)))):
            district = zone.group(0)
    return Region(province, city, district)


def _names_town(text: str, district: str) -> bool:
    """``district`` is read inside a town's or street's name (东区 of 东区街道)."""
    at = text.find(district)
    return at >= 0 and text.startswith(tuple(_aliases()["town_words"]), at + len(district))


@lru_cache(maxsize=1)
def _town_pattern() -> regex.Pattern:
    words = sorted(_aliases()["town_words"] + _aliases()["zone_names"], key=len, reverse=True)
    return regex.compile(r"\p{Han}{1,4}(?:" + "|".join(regex.escape(w) for w in words) + ")")


def town_named_first(text: str) -> str | None:
    """The town, street or zone ``text`` opens with (小榄镇, 东区街道, 火炬开发区)."""
    m = _town_pattern().match(text)
    return m.group(0) if m and m.group(0) not in _aliases()["generic_zones"] else None


def resolve_within(text: str, context: Region) -> Region:
    """The region of ``text``, read inside ``context`` when ``text`` names
    none: a town or street under a city without districts (小榄镇总工会 in
    中山市) is that city's, with the town as its district."""
    region = resolve_place(text)
    if region.is_empty and context.city in _aliases()["cities_without_districts"]:
        town = town_named_first(text)
        if town:
            return Region(context.province, context.city, town)
    return region


def resolve_first(texts: Iterable[str]) -> Region:
    """The first non-empty region among ``texts``."""
    for t in texts:
        r = resolve_place(t)
        if not r.is_empty:
            return r
    return NO_REGION


def is_municipality(place: str | None) -> bool:
    """A municipality (北京市, 上海市…) is a province and its own city."""
    return place in _aliases()["municipalities"]


def is_national(body: str | None) -> bool:
    """A national body (全总, 全国总工会, 中国…工会) carries no region; a
    national enterprise's regional branch (中国铁路兰州局集团有限公司工会,
    中国邮政…某市分公司工会) names its place after 中国 and is that place's."""
    if not body:
        return False
    if body.startswith(("全国", "中华全国", "全总")):
        return True
    return body.startswith("中国") and body.endswith("工会") and resolve_place(body[2:]).province is None


def writes_its_place(text: str, region: Region) -> bool:
    """``text`` writes the region's city or province (北京市总工会,
    长春市朝阳区), not only a district cpca places by its default."""
    return any(place and _short_form(place) in text for place in (region.city, region.province))


def district_in_places(region: Region, places: Iterable[Region]) -> Region:
    """A district written bare (朝阳区, 鼓楼区, 城区: names several cities
    share) read in the first of ``places`` (the article's, then the page's
    named places) that has a district of that name; cpca's default when none has."""
    if not region.district:
        return region
    for place in places:
        if place.province == region.province and (not place.city or place.city == region.city):
            return region
        anchor = place.city or place.province
        if not anchor:
            continue
        again = resolve_place(anchor + region.district)
        if again.district == region.district and again.province == place.province:
            return again
    return region
