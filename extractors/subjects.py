"""Who a figure belongs to: the bodies named in an article and their short forms.

A body is a union (…总工会, …工会联合会, …工会), a department or school of
one, an employer or service body running a worker-care scheme (…公司,
…项目部, …服务站), or another body whose programs are out of scope (残联,
人社局). The vocabulary is in ``data/fact_context.toml`` ([bodies]).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Literal, NamedTuple

import ahocorasick
import regex

from extractors.patterns import char_guard, compile_fast, compile_words
from extractors.regions import division_names, resolve_place
from extractors.vocabulary import MEMO_SIZE, load_table

BodyKind = Literal["union", "employer", "other"]


class Body(NamedTuple):  # a named tuple: built for every body of every article, ~4x cheaper than a frozen dataclass
    name: str  # as it will be reported: short forms expanded
    kind: BodyKind
    start: int  # span of the name as written in the searched text
    end: int
    generic: bool  # 全市工会, 社区工会: names no one in particular
    role: str  # "organizer", "guide" (…指导), "partner" (联合…), "conferrer" (被…评为), "founded" (成立…)


@lru_cache(maxsize=1)
def _vocab() -> dict:
    return load_table("fact_context")["bodies"]


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


# Each alternative of the suffix pattern opens with a word of one of these
# lists, or with a level character and 总 (市总, the short form of a union).
_SUFFIX_WORDS = ("union_suffixes", "employer_suffixes", "other_bodies")
_SHORT_LEVELS = "省市区县"


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    v = _vocab()
    # Bodies are found from their suffix, then the name is read leftwards up
    # to the last breaker word: one cheap scan instead of a per-character test.
    # every match starts with the first character of a suffix word (or 省市区县
    # of a short form): a guard on those characters skips the rest at once
    firsts = {w[0] for key in _SUFFIX_WORDS for w in v[key]}
    suffixes = regex.compile(
        char_guard(firsts | set(_SHORT_LEVELS)) +
        rf"(?:(?P<union>(?:{_alt(v['union_suffixes'])})(?:\p{{Han}}{{0,8}}?(?:{_alt(v['department_suffixes'])}))?)"
        rf"|(?P<short>[{_SHORT_LEVELS}]总)(?!工会|体|结|数|计|额|量|部|经理|裁|队|站|决赛|台|监|共|价|和|长|面积|人口|产值|收入|资产|规模)"
        rf"|(?P<employer>{_alt(v['employer_suffixes'])})"
        rf"|(?P<other>{_alt(v['other_bodies'])}))"
    )
    breakers = compile_words(v["breakers"])
    partner = compile_fast(rf"(?:{_alt(v['partner_roles'])})$")
    return suffixes, breakers, partner


@lru_cache(maxsize=1)
def _suffix_openings() -> ahocorasick.Automaton:
    """The words a match of the suffix pattern opens with (value: length)."""
    v = _vocab()
    automaton = ahocorasick.Automaton()
    for key in _SUFFIX_WORDS:
        for w in v[key]:
            automaton.add_word(w, len(w))
    for level in _SHORT_LEVELS:
        automaton.add_word(level + "总", 2)
    automaton.make_automaton()
    return automaton


def _suffix_matches(text: str):
    """What ``suffixes.finditer(text)`` finds, tried only where one of its
    opening words starts (all found by one Aho-Corasick pass, a third cheaper
    than the regex scan over every character): left to right, from the end
    of the last match on, as finditer goes."""
    suffixes = _patterns()[0]
    taken = 0
    for at in sorted({last + 1 - length for last, length in _suffix_openings().iter(text)}):
        if at >= taken:
            m = suffixes.match(text, at)
            if m:
                yield m
                taken = m.end()


# The name's run of letters ending where the suffix starts, read leftwards
# (a reverse pattern matches at the end of the window).
_NAME_RUN = regex.compile(r"(?r)[\p{Han}A-Za-z]*")
_MAX_NAME = 18


# The alternative of the suffix pattern that matched (its last group) -> the kind of body.
_KIND_OF_GROUP: dict[str, BodyKind] = {"union": "union", "short": "union", "employer": "employer", "other": "other"}


@lru_cache(maxsize=1)
def _conferring_verbs() -> tuple[str, ...]:
    return tuple(_vocab()["conferring_verbs"])


@lru_cache(maxsize=1)
def _founding_verbs() -> tuple[str, ...]:
    return tuple(_vocab()["founding_verbs"])


@lru_cache(maxsize=1)
def _counted_union() -> regex.Pattern:
    """A figure and its measure word right after a body's name (工会服务站42个)."""
    return regex.compile(r"[0-9０-９]+(?:\.[0-9]+)?(?:" + _alt(_vocab()["counted_union_measures"]) + ")")


@lru_cache(maxsize=1)
def _role_words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(guide roles, reference prefixes, object verbs) as tuples for startswith/endswith."""
    v = _vocab()
    return tuple(v["guide_roles"]), tuple(v["reference_prefixes"]), tuple(v["object_verbs"])


# A name then a space and a figure: a flattened table's line, the name is what is counted.
_COUNTED_NEXT = compile_fast(r"[ \t\u3000]+[0-9０-９一二两三四五六七八九十百千]")


# A second name in brackets between a body's name and its suffix (柳东新区（高新区）
# 总工会: a zone that is also a new area); short, letters only.
_ALIAS_BEFORE = regex.compile(r"(?r)[（(][\p{Han}A-Za-z]{1,8}[）)]")


def _bracketed_alias(text: str, at: int) -> int | None:
    """Where the bracketed alias ending at ``at`` opens, if one does and a
    name stands before it."""
    m = _ALIAS_BEFORE.match(text, max(0, at - 10), at)
    if m is None or m.start() == 0 or not regex.match(r"[\p{Han}A-Za-z]", text[m.start() - 1]):
        return None
    return m.start()


_COUNTY_LEVELS = "区县市旗"


@lru_cache(maxsize=1)
def _divisions_holding_breakers() -> regex.Pattern:
    """Division names with a breaker word inside (向阳区, 从化区, 当阳市, 即墨区):
    that breaker is part of a place's name, not the clause opening before a body."""
    _, breakers, _ = _patterns()
    # a county turned district or city since the list was made (即墨市 -> 即墨区)
    # keeps its stem; a stem that is a breaker word alone (新建) stays ambiguous
    stems = {n[:-1] for n in division_names() if n[-1] in _COUNTY_LEVELS and breakers.search(n[:-1])}
    names = sorted((s + level for s in stems if not breakers.fullmatch(s) for level in _COUNTY_LEVELS),
                   key=len, reverse=True)
    return compile_fast("|".join(map(regex.escape, names)) if names else "(?!)")


def _name_breaks(text: str, start: int, at: int):
    """The breaker words in the name run ``text[start:at]`` that really open a
    clause: none inside a division name the gazetteer knows."""
    _, breakers, _ = _patterns()
    found = list(breakers.finditer(text, start, at))
    if not found:
        return found
    unbroken = tuple(_vocab()["unbroken_words"])
    found = [b for b in found if not text.startswith(unbroken, b.start())]  # 当地总工会
    places = [p.span() for p in _divisions_holding_breakers().finditer(text, start, at)]
    return [b for b in found if not any(s <= b.start() < e for s, e in places)]


def find_bodies(text: str) -> list[Body]:
    """Every body named in ``text``, in order, short forms not yet expanded."""
    _, breakers, partner = _patterns()
    guide_roles, references, object_verbs = _role_words()
    out: list[Body] = []
    for m in _suffix_matches(text):
        group = m.lastgroup
        kind = _KIND_OF_GROUP[group]
        at, end = m.span()
        if group == "union" and end - at > 2 and breakers.search(text, at + 2, end):
            # a department read across a breaker word is not one
            end = at + len(_first_suffix(m.group()))
        start = _NAME_RUN.match(text, max(0, at - _MAX_NAME), at).start()
        alias = _bracketed_alias(text, at) if start == at else None
        if alias is not None:
            # 某新区（高新区）总工会: one body known by two names; the first names it
            at = alias
            start = _NAME_RUN.match(text, max(0, at - _MAX_NAME), at).start()
        for b in _name_breaks(text, start, at):
            start = b.end()
        if 0 < start < at and text[start - 1].isdecimal():
            # 22家省总工会: the measure word of a number is no name (isdecimal,
            # not isdigit: a circled item number ⑥ opens a name, 凉州区 and all)
            start += 1
        if text[start - 1: start] == "“":
            continue  # a quoted name is a program or facility, not a body
        raw = text[start:at] + text[m.start():end]
        if kind == "employer" and text[start - 1: start + 1] in ("每个", "各个", "这个", "那个"):
            continue  # 每个服务站都…: every venue of a kind, no body
        if kind == "employer" and (start == at or raw.startswith(references)):
            continue  # 该服务站, 其他公司: no new body
        if kind == "employer" and text[max(0, start - 3):start].endswith(object_verbs):
            continue  # 建成户外劳动者服务站: a venue built, not the body that built it
        if kind == "employer" and (raw.startswith(_generic_prefixes()) or _COUNTED_NEXT.match(text, end)
                                   or _counted_union().match(text, end) or text.startswith(_venue_tails(), end)):
            continue  # 全市服务站, a table's line 职工服务站 17处, 工会服务站42个, 服务站点: venues counted, no body
        if text[max(0, start - 3):start].endswith(_conferring_verbs()):
            continue  # 评为全省工会示范站: the name of an honour, no body
        name = raw + "工会" if group == "short" else raw
        if kind == "union":
            name = _all_levels(name)
        prefix = name
        for sfx in ("总工会", "工会联合会", "联合工会", "工会"):
            if sfx in name:
                prefix = name[: name.index(sfx)]
                break
        is_generic = kind == "union" and _is_generic_prefix(prefix)
        after = text[end: end + 3]
        before = text[max(0, start - 2): start]
        role = "organizer"
        if after.startswith(guide_roles):
            role = "guide"
        elif partner.search(before):
            role = "partner"
        elif kind == "union" and before.endswith(_founding_verbs()):
            role = "founded"  # 建立某产业工会联合会N个: the body set up, its founder acted
        elif kind == "union" and _counted_union().match(text, end):
            role = "founded"  # 新建乡镇（街道）工会服务站42个: the bodies counted, not the actor
        elif before.endswith("被") and after.startswith(_conferring_verbs()):
            role = "conferrer"  # 被省总工会评为…: it honoured the subject, it did not act
        if kind == "union" and out and out[-1].kind == "employer" and out[-1].start == start:
            out.pop()  # 某集团工会, 某有限公司工会: the enterprise's union, not the enterprise
        out.append(Body(name, kind, start, end, is_generic, role))
    return out


@lru_cache(maxsize=1)
def _venue_tails() -> tuple[str, ...]:
    return tuple(_vocab()["venue_tails"])


@lru_cache(maxsize=1)
def _all_levels_pattern() -> regex.Pattern:
    # 湛江市各级工会 -> 湛江市总工会; 全省各级工会 -> 省总工会 (a short form
    # the article's named body of that level expands)
    words = _alt(_vocab()["all_levels"])
    return compile_fast(rf"^(?:全(?P<level>[省市区县])|(?P<nation>全国)|(?P<place>.*(?:[省市区县镇州旗盟]|兵团)))(?:{words})$")


@lru_cache(maxsize=1)
def _all_levels_words() -> tuple[str, ...]:
    return tuple(_vocab()["all_levels"])


def all_levels_words() -> tuple[str, ...]:
    """各级工会, 各级工会组织: the words a body of every level ends in."""
    return _all_levels_words()


@lru_cache(maxsize=1)
def _tiered_levels_pattern() -> regex.Pattern:
    return compile_fast(rf"^(?P<top>[省市区县])[省市区县乡镇街]{{1,3}}(?:{_alt(_vocab()['tiered_levels'])})$")


def _all_levels(name: str) -> str:
    """The unions of every level of a place speak for its federation; those
    of the levels named (市县两级工会), for the highest one's."""
    tiered = _tiered_levels_pattern().match(name)
    if tiered:
        return tiered.group("top") + "总工会"
    if not name.endswith(_all_levels_words()) and not name.endswith("\n"):
        # the pattern ends in one of these words ($: or before a last line
        # end): no match, most names
        return name
    m = _all_levels_pattern().match(name)
    if not m:
        return name
    if m.group("nation"):
        return "全国总工会"  # 全国各级工会: the national federation speaks for them
    return m.group("level") + "总工会" if m.group("level") else m.group("place") + "总工会"


@lru_cache(maxsize=MEMO_SIZE)  # a union's prefix recurs through an article and a corpus
def _is_generic_prefix(prefix: str) -> bool:
    """全市, 基层, 企业, 社区 … (or nothing) name no one; a place (宁波市), a
    national body or an enterprise's name (大庆油田, 天津港集团) do."""
    if prefix in _generic_prefixes() or prefix in _vocab()["institution_words"]:
        return True  # 油田工会 alone: the oilfield's union, an anaphor  # 园区, 合作区 alone: a zone word that names no zone in particular
    if _has_place(prefix) or prefix.startswith(_NATIONAL):
        return False
    if len(prefix) < 2 or prefix.startswith(_generic_prefixes()) or _COLLECTIVE.match(prefix):
        return True
    return not _names_body(prefix)


@lru_cache(maxsize=1)
def _generic_prefixes() -> tuple[str, ...]:
    return tuple(_vocab()["generic_prefixes"])


@lru_cache(maxsize=1)
def _body_name_pattern() -> regex.Pattern:
    # an enterprise or institution name ends in one of these
    return compile_fast(rf"(?:{_alt(_vocab()['body_name_endings'])})$")


def _names_body(prefix: str) -> bool:
    return bool(_body_name_pattern().search(prefix))


@lru_cache(maxsize=1)
def _union_suffixes_longest_first() -> tuple[str, ...]:
    return tuple(sorted(_vocab()["union_suffixes"], key=len, reverse=True))


def _first_suffix(union_match: str) -> str:
    for sfx in _union_suffixes_longest_first():
        if union_match.startswith(sfx):
            return sfx
    return union_match


# A place name ends in a level character; 片区, 社区, 城市, 全省, 超市, 上市,
# 门市 … do not, nor 主城区, 中心城区, 老城区, 城市, 文明城市 (平城区, 宛城区,
# 晋城市, 盐城市 are places, and so are the cities named …门市: 厦门市, 江门市,
# 荆门市, 天门市).
_PLACE_LEVEL = regex.compile(
    r"(?<![全各本该两])(?:\p{Han}(?<![片社园辖小景校专展能新])(?<![主老心市县全本该各两新城]城|^城)区|\p{Han}(?<![超上])(?<!(?:^|[^厦江荆天])门)(?<![大中小新老全本该各两一个座明慧型好]城|^城)市|\p{Han}[省县州旗盟])(?!级)"
)
# A town's or subdistrict's own union (北滘镇总工会): the town ends the prefix
# (雄镇社区 is a community, 街镇/乡镇 a level).
_TOWN = regex.compile(r"\p{Han}(?<![街乡城村集全各本该])(?:镇|乡|街道)$")
# A state-level new area named before 新区 (金普新区, 滨海新区, 两江新区) is a
# district-level place; 新区 alone, 全市新区 or 高新区 are not (高新区 is a zone).
_NAMED_NEW_AREA = regex.compile(r"^(?![全各本该两])\p{Han}{2,3}新区")
_NATIONAL = ("中国", "全国", "中华全国", "全总")
_COLLECTIVE = compile_fast(r"[全各本该两]")  # 全市, 各区: every place of a level, none in particular
_LEVEL_CHARS = frozenset("省市区县镇乡州旗盟师村")


@lru_cache(maxsize=1)
def _zone_names() -> tuple[str, ...]:
    return tuple(load_table("region_aliases")["zone_names"])


@lru_cache(maxsize=MEMO_SIZE)  # a union's prefix recurs through an article and a corpus
def _has_place(prefix: str) -> bool:
    """宁波市 or 高新区各片区 name a place; 全市, 各区, 市级 do not."""
    if prefix.startswith(_zone_names()):
        return True
    if _TOWN.search(prefix) or _NAMED_NEW_AREA.match(prefix):
        return True
    m = _PLACE_LEVEL.search(prefix)
    if m:
        return not _COLLECTIVE.match(prefix, m.start())
    if _COLLECTIVE.match(prefix) and prefix[1:2] not in _LEVEL_CHARS:
        # 全南县, 本溪市, 两当县: a place whose name opens like 全市, 本村
        place = resolve_place(prefix)
        name = place.district or place.city
        return bool(name and prefix.startswith(name))
    return False


# A report of a round-up that opens on its place (在赤峰，市总工会…): the
# short form after it is that place's union, not the one the previous report
# of the article named.
_CLAUSE_PLACE = regex.compile(r"(?:^|[。；！？\n])\s*在(\p{Han}{2,6})[，,]\s*$")


# …or on a spot of a place (在芦淞区服装市场，区总工会…; 在炎陵县等山区县，
# 县总工会…): the place is the county or district the spot is named by.
_CLAUSE_PLACE_AND_SPOT = regex.compile(r"(?:^|[。；！？\n])\s*在(\p{Han}{1,6}?[区县市旗])[^，,。；！？\n]{1,12}[，,]\s*$")


# A town or subdistrict a sentence of the paragraph opens with (在某某镇，很多
# 家庭开起了民宿。镇总工会…): the town's union is the bare 镇总工会 after it,
# even where the gazetteer does not know the town. Only a short form of the
# same level takes it (see expand_short_form).
_TOWN_LEVELS = ("街道", "镇", "乡")
_CLAUSE_TOWN = regex.compile(
    r"(?:^|[。；！？\n])\s*在(\p{Han}{2,8}(?:" + "|".join(_TOWN_LEVELS) + r"))[，,](?:[^。！？；\n]{0,60}[。；])?\s*$"
)


# A line of a round-up that opens on its place's label (县区动态 items: 某某县：
# 县总工会举办…): the short form right after the label is that place's union,
# not the county the previous item named.
_LABEL_PLACE = regex.compile(r"(?:^|\n)[ \t\u3000]*(\p{Han}{2,8})[：:]\s*$")


def clause_place(text: str, at: int) -> str | None:
    """The place a line's label (某某县：) or a sentence (在赤峰，) opens with
    right before ``at``; or a town the paragraph's previous sentence opens
    with (在某某镇，…。)."""
    m = _LABEL_PLACE.search(text, max(0, at - 12), at)
    if m and resolve_place(m.group(1)).province:
        return m.group(1)
    m = _CLAUSE_PLACE.search(text, max(0, at - 12), at)
    if m and resolve_place(m.group(1)).province:
        return m.group(1)
    m = _CLAUSE_PLACE_AND_SPOT.search(text, max(0, at - 24), at)
    if m and resolve_place(m.group(1)).province:
        return m.group(1)
    m = _CLAUSE_TOWN.search(text, max(0, at - 75), at)
    return m.group(1) if m else None


# A paragraph opening on a county as its sentence's subject (某某县则把目光
# 投向了…; 某某自治县的劳动竞赛…): a county name written with its level, not
# 县城 / 县级 / 县委 words that merely start with one.
_PARAGRAPH_COUNTY = regex.compile(r"(?:^|\n)[ \t\u3000]*(\p{Han}{1,10}?[县旗])(?![城级委政里内域])")


def paragraph_county(text: str, at: int, name: str) -> str | None:
    """The county the paragraph of ``at`` opens on, for a bare 县总工会 in it:
    a round-up's paragraph per county names the county first and its union
    only by the short form (某某县则…。县总工会在…)."""
    if name != "县总工会":
        return None
    start = text.rfind("\n", 0, at) + 1
    m = _PARAGRAPH_COUNTY.match(text, max(0, start - 1) if start else 0)
    if not m or m.end(1) > at:
        return None
    county = m.group(1)
    return county if resolve_place(county).district == county else None


def expand_short_form(name: str, named: list[Body], at: int | None = None, place: str | None = None, text: str | None = None) -> str:
    """市总工会 -> the article's 宁波市总工会; 全总 -> 全国总工会; 该厂工会
    -> the article's …炼铁总厂工会.

    ``named`` are the article's bodies with a place in their name, in text
    order. A short form is an anaphor: it stands for the nearest named body
    before it (``at``) whose name ends in its full form (区总工会 after
    朝阳区总工会 and then 通州区总工会 is 通州区's), else the first one."""
    forms: dict[str, str] = _vocab()["short_forms"]
    if place and name in _vocab()["local_forms"] and not place.endswith(_TOWN_LEVELS):
        # 在仁怀市，当地总工会: the place's own union, named in the article or not
        own = place + "总工会"
        return next((b.name for b in named if b.name.endswith(own)), own)
    if name.startswith("全总") and name != "全总":
        return forms["全总"] + name[2:]  # 全总宣教部 -> 全国总工会宣教部
    full = forms.get(name)
    if full is None:
        return name
    level = full[: -len("总工会")] if full.endswith("总工会") else ""
    if place and level in _TOWN_LEVELS:
        if not place.endswith(level):
            place = None  # 在某镇，街道总工会: not this town's union
        else:
            # 在某某镇，镇总工会: the town's union, named in the article or not
            own = next((b.name for b in named if b.name.endswith(place + "总工会")), place + "总工会")
            return own
    if place and not place.endswith(_TOWN_LEVELS):
        # 在赤峰，市总工会: the place's own union, named in the article or not
        for b in named:
            if b.name.endswith(full) and b.name.startswith(place):
                return b.name
        own = place + (full[1:] if place.endswith(full[0]) else full)  # 衢州 + 市总工会, 湘西州 + 州总工会
        seat = own[: -len("总工会")] if own.endswith("总工会") else ""
        region = resolve_place(seat) if seat else None
        if region and (seat in (region.province, region.city, region.district) or place.endswith(full[0])):
            return own  # (朝阳区 + 市总工会 is no place's union: read as before)
    first = None
    nearest: Body | None = None
    for b in named:
        if b.name.endswith(full) and len(b.name) > len(full) and b.name not in forms:
            # (新区总工会 is itself a short form: 区总工会 after it is the area's named one)
            if at is None or b.start >= at:
                break
            first, nearest = b.name, b  # the nearest before ``at`` so far
    if first is None:
        first = next((b.name for b in named if b.name.endswith(full) and len(b.name) > len(full) and b.name not in forms), None)
    if first and nearest is not None and text is not None and at is not None and _opens_paragraph_of(text, nearest.start, at):
        # 某县级市总工会把…作为重点。据市总工会负责人介绍: a paragraph that opens
        # on a union is that union's report; its bare form is that union
        return first
    return _above_county_city(first, full, named) if first else full


def _opens_paragraph_of(text: str, start: int, at: int) -> bool:
    """The body at ``start`` opens the paragraph that ``at`` is in."""
    return "\n" not in text[start:at] and not text[text.rfind("\n", 0, start) + 1 : start].strip()


def _above_county_city(name: str, full: str, named: list[Body]) -> str:
    """A county-level city's union named in passing (富锦市总工会 among the
    county unions of a 佳木斯 feature) does not take the article's bare
    市总工会: the prefecture city above it does when the article names its
    union more often (both are 市总工会; the one the article keeps naming is
    its own, as 寿光市总工会 is in a 寿光 report of a 潍坊 page)."""
    seat = name[: -len("总工会")] if name.endswith("总工会") else ""
    if not seat.endswith("市"):
        return name
    region = resolve_place(seat)
    if not region.city or region.district != seat or region.city == seat:
        return name
    above = region.city + "总工会"
    mentions = sum(b.name == name for b in named)
    above_mentions = sum(b.name == above for b in named)
    if above_mentions > mentions:
        return above
    # as often named, the one the article opens on: the prefecture city's
    # own report naming a county-level city's union in one paragraph keeps
    # its bare 市总工会 (a county city's report names its own union more)
    opener = next((b.name for b in named if b.name.endswith("总工会")), None)
    return above if above_mentions == mentions and opener == above else name


# A descriptive name shorter than this is too common (企业工会) to stand for
# a body of the article it ends.
_MIN_DESCRIBED = 6


class SuffixIndex:
    """The article's named unions by the endings of their names, so that a
    body written without its place (家具产业工会联合会, after 南康区家具产业
    工会联合会) is looked up in one step, however many bodies the article
    names."""

    def __init__(self, named: list[Body]):
        self.by_ending: dict[str, str] = {}
        # 港务集团工会 stands for 九江港务集团有限公司工会: endings of the
        # names with their company form left out
        self.by_company_ending: dict[str, str] = {}
        for b in named:
            if b.kind == "union":
                for k in range(_MIN_DESCRIBED, len(b.name)):
                    self.by_ending.setdefault(b.name[-k:], b.name)
                for spelled in _without_company_form(b.name):
                    for k in range(_MIN_DESCRIBED, len(spelled)):
                        self.by_company_ending.setdefault(spelled[-k:], b.name)

    def named(self, body: Body) -> str | None:
        """The named union ``body`` stands for when it is a descriptive name
        (not 全市工会, 基层工会, 各企业工会) that ends a named one's."""
        if body.kind != "union" or len(body.name) < _MIN_DESCRIBED or body.name.startswith(_generic_prefixes()):
            return None
        if _COLLECTIVE.match(body.name):
            return None
        return self.by_ending.get(body.name) or self.by_company_ending.get(body.name)

    def company_named(self, body: Body) -> str | None:
        """The named enterprise union a union name stands for when it is
        that name with its place and company form left out (港务集团工会)."""
        return self.by_company_ending.get(body.name) if body.kind == "union" else None


@lru_cache(maxsize=1)
def _institution_union() -> regex.Pattern:
    return regex.compile(rf"^(?:该|本)?(?P<word>{_alt(_vocab()['institution_words'])})"
                         r"(?P<suffix>工会联合会|联合工会|总工会|工会)$")


@lru_cache(maxsize=1)
def _company_forms() -> regex.Pattern:
    return regex.compile(rf"(?:{_alt(_vocab()['company_forms'])})$")


def _without_company_form(union_name: str) -> list[str]:
    """某港务集团有限公司工会 -> 某港务集团工会 and 某港务工会 (each company
    form the name ends in left out, the union's suffix kept)."""
    prefix = _union_prefix(union_name)
    suffix = union_name[len(prefix):]
    return [prefix[: -len(form)] + suffix for form in _vocab()["company_forms"]
            if prefix.endswith(form) and len(prefix) > len(form)]


def _known_by(name: str, word: str) -> bool:
    """大庆油田有限责任公司 is known by 油田, 某地质勘查院 by 院: the name ends
    in the word, a company form aside."""
    return len(name) > len(word) and (name.endswith(word) or _company_forms().sub("", name).endswith(word))


def _union_prefix(name: str) -> str:
    for sfx in ("总工会", "工会联合会", "联合工会", "工会"):
        if sfx in name:
            return name[: name.index(sfx)]
    return name


def institution_union_named(body: Body, before: list[Body], named: list[Body]) -> str | None:
    """The union an institution's short form stands for (油田工会, 院工会,
    园区工会, 公司工会): the nearest named union before it whose name is
    known by the word, else the first such one after it, else the union of
    the nearest enterprise known by the word (某有限公司 -> 某有限公司工会);
    with none, a zone's union as written (园区工会联合会) and no one else's."""
    m = _institution_union().match(body.name)
    if m is None:
        return None
    word = m.group("word")

    zone = word in _vocab()["zone_words"]

    def union_of(b: Body) -> bool:
        if b.kind != "union" or b.generic:
            return False
        prefix = _union_prefix(b.name)
        # a zone's union is any named zone's (莘庄工业区, 前海合作区) of its
        # suffix; a 园区 is as often named …产业园 or …科技园
        if zone:
            endings = ("区", "园") if word == "园区" else ("区",)
            return b.name.endswith(tuple(e + m.group("suffix") for e in endings)) and len(b.name) > len(body.name)
        return _known_by(prefix, word)

    for b in reversed(before):
        if union_of(b):
            return b.name
    for b in named:
        if b.start > body.start and union_of(b):
            return b.name
    for b in reversed([b for b in named if b.start < body.start] or named):
        if b.kind == "employer" and _known_by(b.name, word):
            return b.name + "工会"
    return body.name if zone and body.name.startswith(word) else None  # 该园区…: an anaphor of no one


def _inserted(short: str, long: str) -> str | None:
    """The characters of ``long`` around ``short``'s characters taken in
    order (greedily), or None when ``short`` is not a subsequence."""
    extra, i = [], 0
    for ch in long:
        if i < len(short) and ch == short[i]:
            i += 1
            extra.append("|")
        else:
            extra.append(ch)
    return "".join(extra) if i == len(short) else None


class NameIndex:
    """An article's body names by first and last character, so that the
    fullest spelling of a name is looked up among the few that could be it
    (not among every name of a huge article)."""

    def __init__(self, names: list[str]):
        self.by_ends: dict[tuple[str, str], list[str]] = {}
        for n in dict.fromkeys(names):
            if n:
                self.by_ends.setdefault((n[0], n[-1]), []).append(n)

    def fullest(self, name: str) -> str:
        """The article's fullest spelling of a body: 中车大同公司 ->
        中车大同电力机车有限公司, 江苏省工会 -> 江苏省总工会 (same first and
        last character, the short name's characters in order inside the long
        one), never a body of a place inside it (北京市总工会 is not
        北京市通州区总工会, 松江区总工会 is not 松江区泗泾镇总工会)."""
        if not name:
            return name
        best = name
        for other in self.by_ends.get((name[0], name[-1]), ()):
            if len(other) > len(best):
                extra = _inserted(name, other)
                if extra is not None and not any(_PLACE_LEVEL.search(part) or _TOWN.search(part)
                                                 for part in extra.split("|")):
                    best = other
        return best


def fullest_name(name: str, names: list[str]) -> str:
    """``NameIndex(names).fullest(name)`` for a one-off lookup."""
    return NameIndex(names).fullest(name)
