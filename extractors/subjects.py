"""Who a figure belongs to: the bodies named in an article and their short forms.

A body is a union (…总工会, …工会联合会, …工会), a department or school of
one, an employer or service body running a worker-care scheme (…公司,
…项目部, …服务站), or another body whose programs are out of scope (残联,
人社局). The vocabulary is in ``data/fact_context.toml`` ([bodies]).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import regex

from extractors.vocabulary import load_table

BodyKind = Literal["union", "employer", "other"]


@dataclass(frozen=True, slots=True)
class Body:
    name: str  # as it will be reported: short forms expanded
    kind: BodyKind
    start: int  # span of the name as written in the searched text
    end: int
    generic: bool  # 全市工会, 社区工会: names no one in particular
    role: str  # "organizer", "guide" (…指导), "partner" (联合…)


def _vocab() -> dict:
    return load_table("fact_context")["bodies"]


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    v = _vocab()
    stop = _alt(v["breakers"])
    # A name is a run of Han letters (and a few ASCII ones) that does not run
    # across a breaker word; the body suffix ends it.
    name_char = rf"(?:(?!{stop})[\p{{Han}}A-Za-z])"
    suffix = _alt(v["union_suffixes"])
    dept = _alt(v["department_suffixes"])
    employer = _alt(v["employer_suffixes"])
    other = _alt(v["other_bodies"])
    union = regex.compile(
        rf"(?P<name>{name_char}{{0,18}}?(?:{suffix})(?:{name_char}{{0,8}}?(?:{dept}))?)"
        rf"|(?P<short>{name_char}{{0,10}}?[省市区县]总)(?!工会|体|结|数|计|额|量|部|经理|裁|队|站|决赛|台|监|共|价|和|长)"
        rf"|(?P<employer>{name_char}{{1,18}}?(?:{employer}))"
        rf"|(?P<other>{name_char}{{0,8}}?(?:{other}))"
    )
    generic = regex.compile(rf"^(?:{_alt(v['generic_prefixes'])})")
    partner = regex.compile(rf"(?:{_alt(v['partner_roles'])})$")
    return union, generic, partner


def _kind(m: regex.Match) -> BodyKind:
    if m.group("other"):
        return "other"
    if m.group("employer"):
        return "employer"
    return "union"


def find_bodies(text: str) -> list[Body]:
    """Every body named in ``text``, in order, short forms not yet expanded."""
    union, generic, partner = _patterns()
    guide_roles = _vocab()["guide_roles"]
    out: list[Body] = []
    breakers = [b for b in _vocab()["breakers"] if len(b) > 1]
    references = tuple(_vocab()["reference_prefixes"])
    for m in union.finditer(text):
        start = _name_start(text, m.start(), m.end(), breakers)
        if start >= m.end() - 1 or text[start - 1: start] == "“":
            continue  # a quoted name is a program or facility, not a body
        raw = text[start:m.end()]
        kind = _kind(m)
        if kind == "employer" and raw.startswith(references):
            continue  # 该服务站, 其他公司: no new body
        name = raw
        if m.group("short"):
            name = raw + "工会"
        prefix = name
        for s in ("总工会", "工会联合会", "联合工会", "工会"):
            if s in name:
                prefix = name[: name.index(s)]
                break
        is_generic = kind == "union" and not (_has_place(prefix) or prefix.startswith(_NATIONAL))
        after = text[m.end(): m.end() + 3]
        before = text[max(0, m.start() - 2): m.start()]
        role = "organizer"
        if any(after.startswith(g) for g in guide_roles):
            role = "guide"
        elif partner.search(before):
            role = "partner"
        out.append(Body(name, kind, start, m.end(), is_generic, role))
    return out


def _name_start(text: str, start: int, end: int, breakers: list[str]) -> int:
    """Where a name found at ``start`` really begins: not inside a breaker
    word that began before it (依托 -> not 托…), nor on the measure word of a
    number (22家省总工会 -> 省总工会)."""
    moved = True
    while moved and start < end:
        moved = False
        for b in breakers:
            for k in range(1, len(b)):
                if text[start - k: start - k + len(b)] == b and start - k >= 0:
                    start = start - k + len(b)
                    moved = True
                    break
            if moved:
                break
        if not moved and start > 0 and text[start - 1].isdigit():
            start += 1
            moved = True
    return start


# A place name ends in a level character; 片区, 社区, 城市, 全省 … do not.
_PLACE_LEVEL = regex.compile(
    r"(?<![全各本该两])(?:\p{Han}(?<![片社园辖城小景校专展能新])区|\p{Han}(?<![城超上门])市|\p{Han}[省县州旗盟])(?!级)"
)
_NATIONAL = ("中国", "全国", "中华全国", "全总")


def _has_place(prefix: str) -> bool:
    """宁波市 or 高新区各片区 name a place; 全市, 各区, 市级 do not."""
    if any(prefix.startswith(z) for z in load_table("region_aliases")["zone_names"]):
        return True
    m = _PLACE_LEVEL.search(prefix)
    return bool(m) and not regex.match(r"[全各本该两]", prefix[m.start():])


def expand_short_form(name: str, named: list[Body]) -> str:
    """市总工会 -> the article's 宁波市总工会; 全总 -> 全国总工会.

    ``named`` are the article's bodies with a place in their name."""
    forms: dict[str, str] = _vocab()["short_forms"]
    if name.startswith("全总") and name != "全总":
        return forms["全总"] + name[2:]  # 全总宣教部 -> 全国总工会宣教部
    if name in forms:
        full = forms[name]
        if full == name or not full.startswith(("市", "区", "县", "省")):
            if not full.startswith(("市", "区", "县", "省")):
                return full
        for b in named:
            if b.name.endswith(full) and len(b.name) > len(full):
                return b.name
        return full
    return name


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def fullest_name(name: str, names: list[str]) -> str:
    """The article's fullest spelling of a body: 中车大同公司 ->
    中车大同电力机车有限公司, 江苏省工会 -> 江苏省总工会 (same first and last
    character, the short name's characters in order inside the long one)."""
    best = name
    for other in names:
        if (len(other) > len(best) and other[0] == name[0] and other[-1] == name[-1]
                and _is_subsequence(name, other)):
            best = other
    return best
