"""Quantities -> union metric facts (facts.md, layer 2).

For each quantity of an article: is it a statistic of a union program, and of
which metric; then what it counts (object), whose it is (subject and region),
the period it covers and whether it is a plan. Every word list lives in
``data/taxonomy.toml`` (metrics and their triggers) and
``data/fact_context.toml`` (exclusions, periods, plans, bodies); this package
holds only the grammar: sentences, clauses, distances and fallbacks.

This module is the layer itself (``facts_of_article``, ``facts_of_page``);
the behaviours it chains live in its modules:

    sentences     spans, sentences, paragraphs, clause breaks, table cells and columns
    context       the context vocabulary, loaded and compiled
    metrics       reading a quantity as a metric (nearness, scores, readings)
    exclusions    what is no fact (quoted speech, partners, parts, vague details)
    attributes    what a fact counts, its period, whether it is a plan
    attribution   who and where: the article's bodies, the page's place, subject, region, commentary
    restatements  one fact per statistic: summary boxes, headlines, restated figures
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from extractors.records import Article, Fact, Mention, Quantity
from extractors.regions import Region
from extractors.taxonomy import load_taxonomy
from extractors.facts.sentences import (ClauseBreaks, Span, TableColumns, WINDOW_CHARS, split_paragraphs,
                                        split_sentences, _containing, _row_union)
from extractors.facts.context import _context
from extractors.facts.metrics import (ArticleTriggers, QuantityIndex, default_reading, STRONG_SCORE, Trigger, score_column,
                                      score_metrics, _best, _clause_reading, _sentence_reading)
from extractors.facts.exclusions import (clause_excluded, contingent_metric, counts_contingent_bodies,
                                         counts_no_output, counts_partners, counts_venue_per_place,
                                         is_vague_detail, opens_with_part_cue, sentence_excluded,
                                         portrays_economy, economy_figure,
                                         speaks_for_body, _quoted_speech, _venue_per_place_metric,
                                         _venue_units)
from extractors.facts.attributes import SentenceCues, find_object
from extractors.facts.attribution import (PagePlace, commentary_end, find_subject, is_commentary, region_of,
                                          _ArticleBodies, _article_bodies, _joint_organizer, _names_local_body)
from extractors.facts.restatements import SpanSet, StatedFigures, collapse_restatements, summary_spans


# ---------------------------------------------------------------- the layer

def facts_of_article(article: Article, mentions: list[Mention]) -> list[Fact]:
    """The metric facts of one article, one per distinct statistic."""
    return _read_article(article, mentions)[0]


def _read_article(article: Article, mentions: list[Mention],
                  page: PagePlace | None = None) -> tuple[list[Fact], set[int]]:
    """The article's facts, one per distinct statistic, and the ids of those
    stated in its head or a summary box (found once, for the article's and
    the page's collapse of restatements)."""
    if article.kind == "toc" or not mentions:
        return [], set()
    taxonomy = load_taxonomy()
    # A figure in a unit no metric counts in (年, 岁) can get no metric, not
    # even by continuing a list (that takes a fact of the same unit): an
    # article without any other figure is done before it is read.
    if not any(m.quantity.unit in taxonomy.units for m in mentions):
        return [], set()
    text = article.text.text
    sentences = split_sentences(text)
    paragraphs = split_paragraphs(text)
    sentence_starts = [s.start for s in sentences]
    paragraph_starts = [p.start for p in paragraphs]
    speech = _quoted_speech(text, _context()["exclude"]["max_quote_chars"])
    speech_starts = [sp.start for sp in speech]
    ab: _ArticleBodies | None = None  # read when a first figure is a fact
    quantities = QuantityIndex([m.quantity for m in mentions], text)
    breaks = ClauseBreaks(text)
    triggers = ArticleTriggers(text, taxonomy)
    tables = TableColumns(text)
    # what is the same for every figure of a sentence, found once per sentence
    triggers_of: dict[int, list[Trigger]] = {}  # sentence index -> its trigger words
    trigger_starts: dict[int, list[int]] = {}  # sentence index -> their starts
    cues_of: dict[int, SentenceCues] = {}
    sentence_is_excluded: dict[int, bool] = {}
    sentence_is_economy: dict[int, bool] = {}
    region_of_subject: dict[str | None, Region] = {}
    texts_of: dict[int, str] = {}  # sentence index -> its text, stripped

    def sentence_text(si: int, sentence: Span) -> str:
        if si not in texts_of:
            texts_of[si] = text[sentence.start:sentence.end].strip()
        return texts_of[si]

    commentary = is_commentary(article)
    commentary_stop = commentary_end(article) if commentary else 0
    last_start = -1  # where the figure of the last fact starts
    facts: list[Fact] = []
    previous: tuple[int, str, str] | None = None  # sentence index, metric, unit
    for mention in mentions:
        q = mention.quantity
        if q.unit not in taxonomy.units:
            continue
        si = _containing(sentence_starts, q.start) if sentences else 0
        sentence = sentences[si] if sentences else Span(0, len(text))
        clause = breaks.clause(sentence, q.start, q.end)
        k = bisect_left(speech_starts, q.start) - 1  # the last quote opening before the figure
        if k >= 0 and q.end < speech[k].end and not speaks_for_body(text, sentence):
            continue
        if is_vague_detail(q):
            continue
        if clause_excluded(text, clause, q):
            continue
        contingent = counts_contingent_bodies(text, q, clause, quantities)
        venue_per_place = q.unit in _venue_units(taxonomy) and counts_venue_per_place(text, q, clause)
        if not contingent and not venue_per_place and (counts_no_output(text, q) or counts_partners(text, q, clause)):
            continue
        if clause.start > sentence.start + 1 and opens_with_part_cue(text, clause) \
                and clause_excluded(text, breaks.clause(sentence, clause.start - 1, clause.start - 1)):
            continue  # 我国技术工人超过2亿人，其中…: a part of a context figure is context
        if si not in sentence_is_excluded:
            sentence_is_excluded[si] = sentence_excluded(text, sentence)
        if sentence_is_excluded[si]:
            continue
        if si not in sentence_is_economy:
            sentence_is_economy[si] = portrays_economy(text, sentence)
        if sentence_is_economy[si] and economy_figure(text, clause):
            continue  # 全县有服装企业2800余家: the place's economy, not a program
        if si not in triggers_of:
            triggers_of[si] = triggers.within(sentence)
            trigger_starts[si] = [t.start for t in triggers_of[si]]
        starts = trigger_starts[si]
        near = triggers_of[si][bisect_left(starts, q.start - WINDOW_CHARS):bisect_right(starts, q.end + WINDOW_CHARS)]
        cell = tables.cell_of(q)
        metric: str | None
        if contingent:  # 86家企业的2100名职工: the firms a program reached
            scores, metric = {}, contingent_metric(text, q)
        elif venue_per_place:  # 在8个乡镇设立了…工作站: one venue in each place
            scores, metric = {}, _venue_per_place_metric()
        else:
            scores = score_metrics(q, clause, near, quantities, taxonomy)
            if cell is not None:  # a table's figure is also what its column head names
                for name, v in score_column(q, cell.head, taxonomy, text).items():
                    scores[name] = scores.get(name, 0.0) + v
            metric = _best(scores, taxonomy)
            if metric is None and (last := quantities.list_last(q)) is not None:
                # 分别给予3000元、2000元、1000元的奖励: the words after the list's
                # last member (奖励) name what every member counts
                last_clause = breaks.clause(sentence, last.start, last.end)
                last_near = triggers_of[si][bisect_left(starts, last.start - WINDOW_CHARS):
                                            bisect_right(starts, last.end + WINDOW_CHARS)]
                metric = _best(score_metrics(last, last_clause, last_near, quantities, taxonomy), taxonomy)
        if metric is None and previous and previous[0] == si and previous[2] == q.unit:
            metric = previous[1]  # a list continues: 专业力量570名，辅助力量2468名
        elif (previous and previous[0] >= si - 1 and previous[2] == q.unit and previous[1] != metric
              and max(scores.values(), default=0.0) < STRONG_SCORE and opens_with_part_cue(text, clause)):
            metric = previous[1]  # a part of the figure before: 52个…，其中…有31个
        if metric is None:
            # no metric's words reached the threshold: a unit may say it by
            # itself (会员凭卡消费N人次: person-times are participation)
            metric = default_reading(text, clause, q, taxonomy)
        if metric is None:
            continue
        metric = _sentence_reading(text, sentence, clause, q, metric)
        metric = _clause_reading(text, clause, q, metric, taxonomy)
        paragraph = paragraphs[_containing(paragraph_starts, q.start)]
        if ab is None:
            ab = _article_bodies(article, page)
        subject_body = find_subject(ab, q, sentence, paragraph, sentence_starts, text)
        if subject_body is not None and subject_body.kind == "other":
            # another body's program (残联, a bureau alone) is out of scope,
            # unless a union or employer of the sentence runs it jointly
            subject_body = _joint_organizer(ab, q, sentence)
            if subject_body is None:
                continue
        if commentary and q.start < commentary_stop and not _names_local_body(ab, q, sentence):
            continue  # a commentary's figure with no local body of its own: context
        subject = subject_body.name if subject_body else None
        if cell is not None:  # a row about a county or city: its union's figure
            subject = _row_union(text[cell.row_label.start:cell.row_label.end]) or subject
        region = region_of_subject.get(subject)
        if region is None:  # the same subject, the same region: read once per article
            region = region_of_subject[subject] = region_of(ab.qualify(subject) if subject else None, ab.context)
        previous = (si, metric, q.unit)
        if si not in cues_of:
            cues_of[si] = SentenceCues(text, sentence)
        cues = cues_of[si]
        facts.append(Fact(
            article_id=article.article_id,
            metric=metric,
            value=q.value,
            value_high=q.value_high,
            qualifier=q.qualifier,
            unit=q.unit,
            surface=q.surface,
            object=find_object(text, q, clause, near, triggers),
            subject=subject,
            province=region.province,
            city=region.city,
            district=region.district,
            period=cues.period(q),
            planned=cues.planned(q, clause),
            sentence=sentence_text(si, sentence),
            char_start=mention.char_start,
            char_end=mention.char_end,
        ))
        if len(facts) > 1 and metric in _CONTINGENT_METRICS:
            _take_contingent(facts, text, clause, q, last_start)
        last_start = q.start
    if not facts:
        return [], set()
    summaries = SpanSet(summary_spans(text, article.body_start))
    start_of = {(m.char_start, m.char_end): m.quantity.start for m in mentions}
    in_summary = {id(f) for f in facts if start_of.get((f.char_start, f.char_end), 0) in summaries}
    kept = collapse_restatements(facts, in_summary)
    return kept, in_summary & {id(f) for f in kept}


# 来自47家企业的185名职工参赛: the firms a contingent comes from count as
# taking part, like its people (the metric of the people figure).
_CONTINGENT_METRICS = frozenset({"participants"})
_CONTINGENT_UNITS = frozenset({"个", "支"})  # 家 and 所: counts_contingent_bodies
_CONTINGENT_GAP = 16  # 家企业的 / 家单位的: the firms' noun between the two figures


def _take_contingent(facts: list[Fact], text: str, clause: Span, q: Quantity, last_start: int) -> None:
    """The fact before ``facts[-1]`` counts the bodies a contingent comes from
    when it lies in the same clause right before the people figure ``q``,
    joined by 的: it takes the people figure's metric."""
    before = facts[-2]
    if before.unit not in _CONTINGENT_UNITS or before.metric == facts[-1].metric:
        return
    if not (clause.start <= last_start < q.start and q.start - last_start <= _CONTINGENT_GAP):
        return
    between = text[last_start:q.start]
    if "的" in between and not any(ch in between for ch in "，,；;、"):
        facts[-2] = replace(before, metric=facts[-1].metric)

def facts_of_page(articles: list[Article], mentions_of: list[list[Mention]]) -> list[Fact]:
    """The facts of a page's articles (``mentions_of[i]`` the mentions of
    ``articles[i]``), one per statistic: a summary box of the page (数说本周
    over a digest) restates figures of other articles, so a headline's or a
    box's figure that another article states in its body is dropped too."""
    per_article: list[tuple[list[Fact], set[int]]] = []
    page = PagePlace(articles)
    for article, mentions in zip(articles, mentions_of):
        per_article.append(_read_article(article, mentions, page))
    stated = StatedFigures([f for facts, summary_ids in per_article for f in facts if id(f) not in summary_ids])
    return [f for facts, summary_ids in per_article for f in facts
            if id(f) not in summary_ids or not stated.restated_by(f, other_article_only=True)]
