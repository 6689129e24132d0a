"""Who and where: the bodies an article names, the page's place, qualifying
bare place names, a figure's subject and region, and commentary.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Sequence

import regex

from extractors.patterns import AnyOf, compile_fast
from extractors.records import Article, Quantity
from extractors.regions import (NO_REGION, Region, district_in_places, is_municipality, is_national,
                                resolve_first, resolve_place, resolve_within, writes_its_place)
from extractors.subjects import (Body, all_levels_words, NameIndex, SuffixIndex, clause_place,
                                 expand_short_form, paragraph_county, find_bodies, institution_union_named)
from extractors.facts.sentences import Span, _containing
from extractors.facts.context import _compiled, _context


# ---------------------------------------------------------------- subjects

@dataclass(frozen=True)
class _ArticleBodies:
    bodies: list[Body]  # named, organizer role, short forms expanded
    lead: Body | None  # the body the article is about
    context: Region  # the article's place, for bodies that name none
    qualify: "PlaceQualifier"  # a bare district read with the city the article gives it
    starts: Sequence[int] = ()  # the bodies' starts, for binary search
    # a bulletin's numbered items: (start of the item, its union or None), in order
    items: Sequence[tuple[int, Body | None]] = ()

    def item_lead(self, pos: int) -> Body | None:
        """The union of the numbered item ``pos`` is in, if it has one."""
        k = bisect_right(self.items, pos, key=itemgetter(0)) - 1
        return self.items[k][1] if k >= 0 else None


def _item_heads(article: Article) -> list[tuple[int, int]]:
    """(start, end) of the numbered items' head lines in the article's body,
    when their heads name two or more places (二、某区总工会…, 三、某市…): a
    bulletin's items of different unions. Numbered parts of one story
    (一、技能提升：…) name none and stay one article's."""
    text = article.text.text
    if "、" not in text:
        return []
    heads = [m.span() for m in _compiled()["item_head"].finditer(text, article.body_start)]
    if len(heads) < 2:
        return []
    places = {_head_place(text[a:b]) for a, b in heads} - {None}
    return heads if len(places) >= 2 else []


def _head_place(head: str) -> str | None:
    """The district or city an item's head names as written, if any."""
    place = resolve_place(head)
    name = place.district or place.city
    return name if name and name in head else None


def _in_same_item(bodies: list[Body], heads: list[tuple[int, int]], pos: int) -> list[Body]:
    """The bodies of the item ``pos`` is in: a short form in an item stands
    for a body of that item, not for another item's union named before it."""
    k = bisect_right(heads, pos, key=itemgetter(0)) - 1
    if k < 0:
        return bodies
    end = heads[k + 1][0] if k + 1 < len(heads) else len(bodies) and bodies[-1].end + 1
    return [b for b in bodies if heads[k][0] <= b.start < end]


def _item_leads(text: str, heads: list[tuple[int, int]], bodies: list[Body]) -> list[tuple[int, Body | None]]:
    """Each item's union: the first its head names, else the first of the
    item named after the place its head names (三、某市调解工作成效明显), else none."""
    leads: list[tuple[int, Body | None]] = []
    for k, (start, head_end) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        inside = [b for b in bodies if start <= b.start < end and b.kind == "union"]
        lead = next((b for b in inside if b.start < head_end), None)
        if lead is None:
            name = _head_place(text[start:head_end])
            if name:
                lead = next((b for b in inside if b.name.startswith(name)), None)
        leads.append((start, lead))
    return leads


class PagePlace:
    """The page's place: that of the first article naming one (the issuing
    union of a digest, the outlet's region of a page): an article naming no
    place of its own (火炬开发区：…, 三乡镇：…) is that place's."""

    def __init__(self, articles: Sequence[Article] = ()) -> None:
        self.region = NO_REGION
        self._articles = articles
        self._named: list[Region] | None = None

    @property
    def named(self) -> list[Region]:
        """The page's places named with their city or province, read the
        first time an article needs them (reading them scans every article's
        bodies: most pages never need it)."""
        if self._named is None:
            self._named = _places_named(self._articles)
        return self._named

    @named.setter
    def named(self, places: list[Region]) -> None:
        self._named = places

    def of_article(self, places: list[str], own: Region, text: str = "") -> Region:
        if own.district and text and not writes_its_place(text, own):
            # a bare district several cities share (朝阳区): the page's
            # named place's (北京市总工会 elsewhere on a Beijing page)
            own = district_in_places(own, self.named)
        if not own.is_empty:
            if self.region.is_empty:
                self.region = own
            return own
        if self.region.is_empty:
            return own
        for p in places:
            region = resolve_within(p, self.region) if p else NO_REGION
            if not region.is_empty:
                return region
        return self.region


def _places_named(articles: Sequence[Article]) -> list[Region]:
    """The places a page names with their city or province written
    (北京市总工会, 福州市鼓楼区), in page order, each once: the frame a bare
    district of the page (朝阳区, a name several cities share) is read in."""
    named: list[Region] = []
    for article in articles:
        text = article.text.text
        names = [article.title or "", article.dateline_place or ""]
        names += [b.name for b in find_bodies(text) if not b.generic and not is_national(b.name)]
        for name in names:
            region = resolve_place(name) if name else NO_REGION
            if region.province and writes_its_place(name, region) and region not in named:
                named.append(region)
        posted = _posted_from(text[:article.body_start])
        if posted is not None and posted not in named:
            named.append(posted)
    return named


def _posted_from(head: str) -> Region | None:
    """The province a post's stamp says it was sent from (2026年6月3日
    08:30 北京): a province or municipality only, its name alone on the line."""
    for line in head.splitlines():
        m = _post_place_line().match(line.strip())
        if m:
            region = resolve_place(m.group("place"))
            if region.province and not region.district and (region.city is None or is_municipality(region.province)):
                return region
    return None


@lru_cache(maxsize=1)
def _post_place_line() -> regex.Pattern:
    return compile_fast(_context()["bodies"]["post_place_line"])


_WHOLE_PLACE = regex.compile(r"全(?:市|区|县|省|州|盟|旗)")


@lru_cache(maxsize=1)
def _enterprise_union_words() -> tuple[tuple[str, ...], str]:
    v = _context()["bodies"]
    return tuple(w + "工会" for w in v["enterprise_union_words"]), v["collective_before_enterprise_union"]


def _enterprise_own_union(text: str, body: Body) -> bool:
    """企业工会 / 酒店工会 written alone (no enterprise named for it to expand
    to) is the union of the enterprise the story visits: its own actor; 各企业工会,
    指导企业工会 are enterprises' unions in general, no one's."""
    names, collective = _enterprise_union_words()
    return body.name in names and text[body.start - 1: body.start] not in collective if body.start else body.name in names


def _enterprise_union_of(text: str, body: Body) -> str | None:
    """A bare 工会 right after an enterprise's possessive (一家新能源企业的工会主席,
    这家酒店的工会) is that enterprise's own union: 企业工会, 酒店工会."""
    if body.name != "工会" or text[body.start - 1: body.start] != "的":
        return None
    for name in _enterprise_union_words()[0]:
        word = name[: -len("工会")]
        if text.endswith(word, 0, body.start - 1):
            return name
    return None


def _article_bodies(article: Article, page: PagePlace | None = None) -> _ArticleBodies:
    text = article.text.text
    found = find_bodies(text)
    named = [b for b in found if not b.generic]
    heads = _item_heads(article)
    endings: SuffixIndex | None = None  # made when a generic body needs it
    expanded: list[Body] = []
    level_forms: list[Body] = []  # 州总工会 with no 某州总工会 named: the article's place's
    # one enterprise's union met in the story (一家企业的工会): it acts in its
    # own sentences but never leads the article
    anecdotal: set[int] = set()
    for b in found:
        if heads:
            named = _in_same_item([n for n in found if not n.generic], heads, b.start)
            endings = None
        name = expand_short_form(b.name, named, b.start, clause_place(text, b.start) or paragraph_county(text, b.start, b.name), text)
        if b.generic and name == b.name:
            if endings is None:
                endings = SuffixIndex(named)
            full = endings.named(b) or institution_union_named(b, expanded, named)
            if full is None and b.role == "organizer" and _enterprise_own_union(text, b):
                full = b.name  # 企业工会帮扶困难职工…: the enterprise's own union acts
            if full is None and b.role == "organizer":
                full = _enterprise_union_of(text, b)  # 一家企业的工会主席说: that enterprise's union
                if full is not None:
                    anecdotal.add(b.start)
            if full is None:
                if _LEVEL_FORM.match(b.name):
                    level_forms.append(b)
                continue
            name = full
        elif b.kind == "union" and name == b.name:
            # an enterprise's union written without its place and company
            # form (港务集团工会 after 九江港务集团有限公司工会) is that one
            if endings is None:
                endings = SuffixIndex(named)
            name = endings.company_named(b) or name
        expanded.append(Body(name, b.kind, b.start, b.end, False, b.role))
    workshops = person_workshops(text)
    if workshops:
        expanded = sorted(expanded + workshops, key=lambda b: b.start)
    names = NameIndex([b.name for b in expanded])
    expanded = [Body(names.fullest(b.name), b.kind, b.start, b.end, False, b.role) for b in expanded]
    organizers = [b for b in expanded if b.role == "organizer"]
    # a site or account publishing the page (来源：某市总工会网站) or a list of
    # related links is no actor: it is the lead only when no one else is named
    by_source = [b for b in organizers if b.start < article.body_start and _is_source_mention(text, b)]
    actors = [b for b in organizers if b not in by_source] if by_source else organizers
    if workshops:
        # a workshop acts in its own sentences but never leads the article
        actors = [b for b in actors if b not in workshops]
    head = [b for b in actors if b.start < article.body_start]
    unions = [b for b in actors if b.kind == "union" and b.start not in anecdotal]
    employers = [b for b in actors if b.kind == "employer"]
    # the body the headline names, before any other of the head (a page's
    # masthead or a digest's header can sit above the article's own title)
    titled = [b for b in head if b.kind != "other" and article.title and text[b.start:b.end] in article.title]
    label = _TITLE_LABEL.match(article.title or "")
    if label and len(titled) > 1:
        # 某区总工会：某联合会开展协商: the label before the colon is the
        # source; the headline's own clause names the body it is about
        title, label_end = article.title or "", label.end()
        titled.sort(key=lambda b: title.find(text[b.start:b.end]) < label_end)
    lead = next(iter(titled + [b for b in head if b.kind != "other"] + unions + employers + by_source), None)
    places = [article.title or "", article.subtitle or "", article.dateline_place or ""]
    places += [b.name for b in expanded if not is_national(b.name)]
    qualify = PlaceQualifier(text)
    context = resolve_first(qualify(p) for p in places if p)
    if not (context.province or context.city or context.district):
        # a head naming no place it resolves (南康家具…) and no named body:
        # the place the report opens in (赣州市南康区…举行) frames it
        opening = _opening_sentence(text, article.body_start).lstrip()
        opened_in = resolve_place(qualify(opening.removeprefix("在")))  # 在某县的一处园区…
        # only a place written with its city (赣州市南康区) or a county
        # written in full (某某瑶族自治县): a bare 东区 is one of many
        # cities' and the page's place knows better
        if opened_in.city and (opened_in.city[:2] in opening or _county_in_full(opened_in, opening)):
            context = opened_in
    if context.district:
        context = _district_in_named_place(context, places, qualify)
    if page is not None:
        context = page.of_article(places, context, text)
    for b in level_forms:
        if b.role != "organizer":
            continue  # 被省总工会评为, 在市总工会指导下: it did not do the work
        place = _place_of_level(context, b.name[:-3])
        if place:
            organizers.append(Body(place + "总工会", b.kind, b.start, b.end, False, b.role))
            if lead is None or (lead not in titled and b.start < lead.start):
                lead = organizers[-1]  # named first (由自治区总工会、…主办): it leads as a named body would
    if lead is None and "工会" in text[:article.body_start]:
        # a data box or list titled by a place's unions (数说某市工会) naming
        # no body: its figures are that place's federation's
        place = context.district or context.city or context.province
        if place and not is_national(place):
            lead = Body(place + "总工会", "union", 0, 0, False, "organizer")
    organizers.sort(key=lambda b: b.start)
    items = _item_leads(text, heads, organizers) if heads else ()
    return _ArticleBodies(organizers, lead, context, qualify, [b.start for b in organizers], items)


def _county_in_full(region: Region, text: str) -> bool:
    """``text`` writes the region's county with its level (桃江县, 某某自治旗):
    a county's name is one place in the country, unlike a district's (城区)."""
    return bool(region.district) and region.district.endswith(("县", "旗")) and region.district in text


def _opening_sentence(text: str, body_start: int) -> str:
    end = text.find("。", body_start)
    return text[body_start: end if end >= 0 else len(text)]


# A level's short form (州总工会, 市总工会) that no named body of the article expands.
@lru_cache(maxsize=1)
def _workshop_words() -> tuple[frozenset[str], regex.Pattern, regex.Pattern, tuple[str, ...], tuple[str, ...]]:
    v = _context()["bodies"]["person_workshops"]
    anchors = "|".join(regex.escape(a) for a in sorted(v["anchors"], key=len, reverse=True))
    references = "|".join(regex.escape(r) for r in sorted(v["references"], key=len, reverse=True))
    # a later mention opens a clause (工作室共培训…, 该工作室先后…)
    taken_up = regex.compile(rf"(?<=^|[。，；：！？\n])(?:{references})(?!{anchors})")
    return frozenset(v["surnames"]), regex.compile(anchors), taken_up, ("", *v["crafts"]), tuple(v["not_name_endings"])


def _person_name_start(text: str, end: int, surnames: frozenset[str], not_name_endings: tuple[str, ...]) -> int | None:
    """Where a 2-3 character personal name ending at ``end`` starts, if one
    does: it opens with a surname and the article names the person elsewhere
    too (谭某某说, 以他名字命名): 示范性, 资金支持 before 创新工作室 name no one."""
    for length in (3, 2):
        start = end - length
        if start < 0 or text[start] not in surnames:
            continue
        name = text[start:end]
        if not all("\u4e00" <= c <= "\u9fff" for c in name) or name.endswith(not_name_endings):
            continue
        if _named_alone(text, name, start):
            return start
    return None


_WORKSHOP_TAIL = regex.compile(r"\p{Han}{0,8}?工作室")  # the rest of a workshop's name


def _named_alone(text: str, name: str, workshop_at: int) -> bool:
    """``name`` is written somewhere other than as the opening of a workshop's name."""
    at = text.find(name)
    while at >= 0:
        if at != workshop_at and not _WORKSHOP_TAIL.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


def person_workshops(text: str) -> list[Body]:
    """Workshops named after a person (某某劳模创新工作室, 某某焊接创新工作室),
    and the later clauses that take one up (工作室共培训…): a body of its own,
    the actor of its figures. A workshop named by level, place or anaphor
    (市级劳模创新工作室, 以他名字命名的工作室) is none."""
    if "工作室" not in text:
        return []
    surnames, anchors, taken_up, crafts, endings = _workshop_words()
    found: list[Body] = []
    for m in anchors.finditer(text):
        # the name right before the anchor, or before a craft of two characters
        start = next((s for s in (_person_name_start(text, m.start() - len(craft), surnames, endings)
                                  for craft in crafts if text.startswith(craft, m.start() - len(craft)))
                      if s is not None), None)
        if start is None:
            continue
        found.append(Body(text[start:m.end()], "employer", start, m.end(), False, "organizer"))
    if len(found) != 1 and len({b.name for b in found}) != 1:
        return found  # several workshops: a bare 工作室 is no one's in particular
    named = found[0] if found else None
    if named is None:
        return found
    for m in taken_up.finditer(text, named.end):
        found.append(Body(named.name, "employer", m.start(), m.end(), False, "organizer"))
    return found


_LEVEL_FORM = compile_fast(r"^(?:[省市区县州盟旗镇乡]|街道|自治区)总工会$")


def _place_of_level(context: Region, level: str) -> str | None:
    """The article's place of a short form's level (州 -> 凉山彝族自治州)."""
    if level in ("省", "自治区"):
        return context.province if context.province and context.province.endswith(level) else None
    for place in (context.district, context.city):
        if place and place.endswith(level) and not is_municipality(place):
            return place
    return None


def _is_source_mention(text: str, body: Body) -> bool:
    """``body`` names the publisher (某市总工会网站, 来源：某总工会) or a
    related link (相关新闻：· …), not the article's actor."""
    v = _context()["bodies"]
    if text.startswith(tuple(v["publisher_tails"]), body.end):
        return True
    line_start = text.rfind("\n", 0, body.start) + 1
    return text[line_start:body.start].lstrip().startswith(tuple(v["source_line_openings"]))


def _district_in_named_place(context: Region, places: list[str], qualify: "PlaceQualifier") -> Region:
    """A bare district read from the head (朝阳区 is in 北京 and 长春) is the
    one in the city or province another body of the article names
    (北京市总工会) or the one a body names with its city (晋城市城区总工会
    for a head's 城区), when that place has a district of the name."""
    for p in places[3:]:
        r = resolve_place(qualify(p))
        if r.province and r.province != context.province and r.district == context.district:
            return r  # the body names the district with its city (某市城区总工会)
        if r.province and r.province != context.province and not r.district and context.district:
            again = resolve_place((r.city or r.province) + context.district)
            if again.district == context.district:
                return again
    return context


# A headline's label: a short source or place before a colon (漳州：…).
_TITLE_LABEL = compile_fast(r"[^：:]{2,16}[：:](?=.)")
_BARE_DISTRICT = regex.compile(r"^\p{Han}{1,3}?[区县](?=\p{Han})")
_QUALIFIER = regex.compile(r"(\p{Han}{2,3}[省市])$")
_BARE_TOWN = regex.compile(r"^\p{Han}{2,3}?(?:街道|镇)(?=\p{Han})")
_TOWN_QUALIFIER = regex.compile(r"(?r)(\p{Han}{2,4}?[区县市])$")  # the shortest: 闵行区, not 走进闵行区


class PlaceQualifier:
    """A name that starts with a bare district (朝阳区总工会) is read with the
    city the article writes it with elsewhere (北京市朝阳区): district names
    repeat across China (朝阳区 is in 北京 and 长春)."""

    MAX_LOOKUPS = 16  # distinct districts searched per article: the cost stays linear

    def __init__(self, text: str):
        self.text = text
        self.found: dict[str, str] = {}

    def _city_before(self, district: str, qualifier: regex.Pattern) -> str:
        """The city or province written right before the first qualified
        occurrence of ``district`` (at most MAX_LOOKUPS occurrences looked at)."""
        text, at = self.text, self.text.find(district)
        for _ in range(self.MAX_LOOKUPS):
            if at < 0:
                break
            m = qualifier.search(text, max(0, at - 5), at)
            if m:
                return m.group(1)
            at = text.find(district, at + 1)
        return ""

    def __call__(self, name: str) -> str:
        m = _BARE_DISTRICT.match(name)
        town = m is None
        if town:
            # a subdistrict's or town's union (江川路街道总工会) is where the
            # article writes that subdistrict (某区江川路街道)
            m = _BARE_TOWN.match(name)
            if not m:
                return name
        district = m.group(0)
        if district not in self.found:
            if len(self.found) >= self.MAX_LOOKUPS:
                return name
            self.found[district] = self._city_before(district, _TOWN_QUALIFIER if town else _QUALIFIER)
        city = self.found[district]
        if not city:
            return name
        if town:
            return city + name if not resolve_place(city).is_empty else name
        if resolve_place(city + district).district is None:
            above = _city_of_new_district(city)
            return above + name if above else name
        return city + name


def _city_of_new_district(written: str) -> str | None:
    """The article writes a district our gazetteer does not know (a new or
    renamed one: 走进长治市潞州区) right after a prefecture city it does:
    the district is that city's."""
    city = resolve_place(written).city
    return city if city and written.endswith(city) else None


def find_subject(
    ab: _ArticleBodies, q: Quantity, sentence: Span, paragraph: Span, sentence_starts: list[int],
    text: str | None = None,
) -> Body | None:
    """The first-named organizer before the figure of the figure's ；-clause,
    else of its sentence, else the
    nearest earlier one in the paragraph, else the article's lead body.
    Bodies are found by binary search on their starts (in text order)."""
    starts = ab.starts
    i = bisect_left(starts, sentence.start)
    if (text is not None and i + 1 < len(starts) and starts[i + 1] < q.start
            and text.startswith(_news_source_tails(), ab.bodies[i].end)
            and not ab.bodies[i + 1].name.endswith(all_levels_words())):
        # 记者从某部获悉，全国各级工会…: the body the news came from is no
        # actor; but a system's unions of all levels (全国某系统各级工会),
        # which no federation of a place stands for, are the source's own
        i += 1
    if i < len(starts) and starts[i] < q.start:
        if i + 1 < len(starts) and starts[i + 1] < q.start and text is not None:
            # two bodies before the figure: a later ；-clause naming its own
            # body (长沙市总工会…；某州总工会…培训N人次) is that body's
            cut = text.rfind("；", starts[i], q.start)
            if cut >= 0:
                k = bisect_left(starts, cut)
                if k < len(starts) and starts[k] < q.start and ab.bodies[k].kind == "union":
                    return ab.bodies[k]
        return ab.bodies[i]
    if text is not None:
        owner = _facility_owner(ab, text, q, sentence, paragraph)
        if owner is not None:
            return owner
    j = i - 1  # the nearest body before the sentence
    if j >= 0 and starts[j] >= paragraph.start:
        # the first-named body of the nearest earlier sentence that names one
        k = _containing(sentence_starts, starts[j])
        first = max(sentence_starts[k] if sentence_starts[k] <= starts[j] else paragraph.start, paragraph.start)
        f = bisect_left(starts, first)
        if text is not None:
            # 某公司的16名农民工来到区总工会…: the firm owns the people the
            # story is about; the next body of that sentence acted
            while f < j and ab.bodies[f].kind == "employer" and _employer_of_people().match(text, ab.bodies[f].end):
                f += 1
            if ab.bodies[f].name in _enterprise_union_words()[0] and _WHOLE_PLACE.search(text, sentence.start, q.start):
                # 全市工会累计开展…: a whole place's figure is not the one
                # enterprise's union an earlier sentence named
                return (ab.item_lead(q.start) if ab.items else None) or ab.lead
        return ab.bodies[f]
    return (ab.item_lead(q.start) if ab.items else None) or ab.lead


@lru_cache(maxsize=1)
def _facility_words() -> tuple[AnyOf, regex.Pattern]:
    v = _context()["bodies"]
    return AnyOf(v["facility_references"]), regex.compile(v["facility_named"])


def _facility_owner(ab: _ArticleBodies, text: str, q: Quantity, sentence: Span, paragraph: Span) -> Body | None:
    """据介绍，该中心去年接待…: a figure its sentence tells of a facility by
    reference belongs to the union of the place the paragraph names that
    facility with (某市职工服务中心 -> 某市总工会), when the article names that
    union; not to the body of an earlier sentence (a visiting 考察组 that
    toured the centre is no actor of the host's figures)."""
    references, named = _facility_words()
    if not references.search(text, sentence.start, q.start):
        return None
    places = [m.group("place") for m in named.finditer(text, paragraph.start, sentence.start)]
    if not places:
        return None
    place, best = places[-1], None
    for body in ab.bodies:
        if body.kind != "union" or not body.name.endswith("总工会"):
            continue
        prefix = body.name[: -len("总工会")]
        if len(prefix) >= 2 and prefix in place and (best is None or len(prefix) > len(best.name) - 3):
            best = body
    if best is not None:
        return best
    # the article names no union of the place (the host only in a headline
    # the unit leaves out): the place's federation, as the place is written
    region = resolve_place(place)
    for level in (region.district, region.city):
        if level and level in place:
            at = text.find(level, paragraph.start, sentence.start)
            return Body(level + "总工会", "union", at, at + len(level), False, "organizer")
    return None


@lru_cache(maxsize=1)
def _employer_of_people() -> regex.Pattern:
    return compile_fast(_context()["bodies"]["employer_of_people"])


@lru_cache(maxsize=1)
def _news_source_tails() -> tuple[str, ...]:
    return tuple(_context()["bodies"]["news_source_tails"])


def _joint_organizer(ab: _ArticleBodies, q: Quantity, sentence: Span) -> Body | None:
    """The first union or employer named in ``sentence`` before the figure
    (人社局、市总工会联合举办…): the union side of a joint program."""
    i = bisect_left(ab.starts, sentence.start)
    while i < len(ab.starts) and ab.starts[i] < q.start:
        if ab.bodies[i].kind != "other":
            return ab.bodies[i]
        i += 1
    return None


def _names_local_body(ab: _ArticleBodies, q: Quantity, sentence: Span) -> bool:
    """The figure's sentence names a body that is not national before it."""
    i = bisect_left(ab.starts, sentence.start)
    while i < len(ab.starts) and ab.starts[i] < q.start:
        if not is_national(ab.bodies[i].name):
            return True
        i += 1
    return False


def region_of(subject: str | None, context: Region) -> Region:
    if subject is None:
        return context
    if is_national(subject):
        return NO_REGION
    region = resolve_within(subject, context)
    if region.province and context.province and region.province != context.province:
        # an ambiguous district name (朝阳区): read it inside the article's place
        again = resolve_place((context.city or context.province) + subject)
        if again.district:
            region = again
    if region.city and not region.district and subject.startswith(region.city):
        # 长治市潞州区总工会 (qualified by the article): a district the
        # gazetteer does not know is still the body's district
        m = _BARE_DISTRICT.match(subject[len(region.city):])
        if m:
            region = Region(region.province, region.city, m.group(0))
    return region.filled_from(context)


_KICKER = compile_fast(r"[【\[〖]([^】\]〗\n]{1,16})[】\]〗]")
_COLUMN_LINE_MAX = 10  # a column's name printed on a line of its own is short
_OP_ED_TAIL = 200  # an op-ed's author line (作者单位：…) closes it


def is_commentary(article: Article) -> bool:
    """A commentary or opinion column (评论, 论坛, 观察, 言论…, fact_context.toml
    [commentary]): its figures are the writer's context (the nation's
    workforce, a trend), not a union's output, unless a sentence names the
    local body whose figure it is. Known by the column kicker in the head
    (【工会论坛】, a short line 记者观察), or by the writer's line (评论员,
    作者单位)."""
    c = _compiled()
    text = article.text.text
    head = text[:article.body_start]
    for kicker in _KICKER.finditer(head):
        if c["column_word"].search(kicker.group(1)):
            return True
    for part in (article.subtitle or "", *head.split("\n")):
        line = part.strip()
        if line and len(line) <= _COLUMN_LINE_MAX and c["column_word"].search(line):
            return True
    if article.byline and c["op_ed_marker"].search(article.byline):
        return True
    return bool(c["op_ed_marker"].search(text, max(0, len(text) - _OP_ED_TAIL)))


_BOX_LABEL = compile_fast(r"(?m)^[ \t　]*[【〖]([^】〗\n]{1,8})[】〗][ \t　]*$")


def commentary_end(article: Article) -> int:
    """Where a commentary's own text ends: at a box label on a line of its own
    (【相关链接】, 【职工心声】) that names no column. A box printed after a
    记者手记 is a unit of its own, with reports whose figures are a union's
    output; when it comes glued to the column, the column stops at its label."""
    c = _compiled()
    text = article.text.text
    for label in _BOX_LABEL.finditer(text, article.body_start):
        if not c["column_word"].search(label.group(1)):
            return label.start()
    return len(text)
