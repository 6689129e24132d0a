"""The metric taxonomy (facts.md layer 2), read from ``data/taxonomy.toml``.

The table is the only place metric names and their trigger words live; the
classifier in ``extractors.facts.metrics`` reads it through ``load_taxonomy`` and
never names a metric itself.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple
from functools import lru_cache

import ahocorasick
import regex

from extractors.vocabulary import load_table


@dataclass(frozen=True)
class MetricSpec:
    """One metric: what it counts, its units and its weighted trigger words."""

    name: str
    description: str
    units: frozenset[str]
    before: dict[str, float]  # words in the clause before the number
    after: dict[str, float]  # words in the clause after the number
    # Units this metric is the usual reading of (participants for 人次): a
    # figure in one of them with some other evidence for the metric gets this
    # much more.
    priors: dict[str, float] = field(default_factory=dict)
    # Counted nouns that are evidence only for a figure in one unit: a member
    # service card in 张 is one worker reached (发放会员服务卡N张), while cards'
    # holders in 人 are counted by the words around them ({unit: {noun: weight}}).
    unit_nouns: dict[str, dict[str, float]] = field(default_factory=dict)
    # Units whose figures are this metric when no metric's words reach the
    # threshold (a count of person-times is participation unless something
    # says otherwise): read only after every exclusion has let the figure by.
    default_units: frozenset[str] = frozenset()


class TriggerWord(NamedTuple):
    """A trigger word found in a text (a named tuple: made by the thousand)."""

    word: str
    start: int
    end: int


# (metric name, weight) pairs a trigger word gives, in taxonomy order.
Weights = tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class Taxonomy:
    metrics: tuple[MetricSpec, ...]
    # One alternation of every trigger word, longest first, so a clause is
    # scanned once whatever the number of metrics.
    trigger_pattern: regex.Pattern
    names: tuple[str, ...] = ()
    rank: dict[str, int] = field(default_factory=dict)  # metric name -> position in the table
    units: frozenset[str] = frozenset()  # every unit some metric counts in
    # (word, unit) -> the weights the word carries before / after a number of
    # that unit: the classifier looks a found word up once instead of asking
    # every metric.
    before_weights: dict[tuple[str, str], Weights] = field(default_factory=dict)
    after_weights: dict[tuple[str, str], Weights] = field(default_factory=dict)
    # (metric, unit) -> the prior weight of the metric for figures of that unit
    priors: dict[tuple[str, str], float] = field(default_factory=dict)
    # unit -> the metric a figure of that unit is when no metric scores
    default_metric: dict[str, str] = field(default_factory=dict)
    # The same words in an Aho-Corasick automaton: all occurrences in one
    # linear pass (an overlapped regex scan retries the alternation at every
    # character, ~6x slower on an article).
    trigger_automaton: ahocorasick.Automaton | None = None
    # the same weights as before_weights / after_weights, unit first: a
    # figure's unit is looked up once, then each word by itself (no tuple
    # key built per trigger word of its window)
    before_by_unit: dict[str, dict[str, Weights]] = field(default_factory=dict)
    after_by_unit: dict[str, dict[str, Weights]] = field(default_factory=dict)

    def find_trigger_words(self, text: str, start: int = 0, end: int | None = None) -> list[TriggerWord]:
        """The longest trigger word starting at each position of
        ``text[start:end]`` (offsets into ``text``), in text order: what
        ``trigger_pattern`` finds there with overlapped matching, from one
        pass of the automaton."""
        longest: dict[int, str] = {}  # start in the slice -> the longest word there
        # the automaton gets the slice, not start/end: it converts the whole
        # string it is given, which would cost the text's length per call.
        # It reports words by their end, left to right: a later word with the
        # same start ends later, so it is the longer one and replaces it.
        automaton = self.trigger_automaton
        if automaton is None:  # a taxonomy with no trigger words
            return []
        for last, word in automaton.iter(text[start:end]):
            longest[last + 1 - len(word)] = word
        return [TriggerWord(word, start + at, start + at + len(word))
                for at, word in sorted(longest.items())]

    def metric(self, name: str) -> MetricSpec:
        for m in self.metrics:
            if m.name == name:
                return m
        raise KeyError(name)


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    """The taxonomy table, parsed once per process."""
    table = load_table("taxonomy")["metrics"]
    metrics = tuple(
        MetricSpec(
            name=name,
            description=spec.get("description", ""),
            units=frozenset(spec.get("units", [])),
            before=_with_nouns(spec.get("before", {}), spec.get("nouns", {})),
            after=_with_nouns(spec.get("after", {}), spec.get("nouns", {})),
            priors={u: float(x) for u, x in spec.get("priors", {}).items()},
            unit_nouns={u: {w: float(x) for w, x in ws.items()} for u, ws in spec.get("unit_nouns", {}).items()},
            default_units=frozenset(spec.get("default_units", [])),
        )
        for name, spec in table.items()
    )
    words = {w for m in metrics for w in (*m.before, *m.after, *(w for ws in m.unit_nouns.values() for w in ws))}
    alternation = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    # Overlapped matching: a short word inside a longer one (会员 in 新会员)
    # is still seen, so each metric finds its own words.
    return Taxonomy(
        metrics,
        regex.compile(f"(?:{alternation})"),
        names=tuple(m.name for m in metrics),
        rank={m.name: i for i, m in enumerate(metrics)},
        units=frozenset().union(*(m.units for m in metrics)),
        before_weights=_weights_by_word(metrics, "before"),
        after_weights=_weights_by_word(metrics, "after"),
        priors={(m.name, u): x for m in metrics for u, x in m.priors.items()},
        default_metric=_default_metric(metrics),
        trigger_automaton=_automaton(words),
        before_by_unit=_by_unit(_weights_by_word(metrics, "before")),
        after_by_unit=_by_unit(_weights_by_word(metrics, "after")),
    )


def _default_metric(metrics: tuple[MetricSpec, ...]) -> dict[str, str]:
    """unit -> the metric that claims it as its default; two metrics claiming
    one unit would make the reading depend on table order, so that is an error."""
    out: dict[str, str] = {}
    for m in metrics:
        for unit in m.default_units:
            if unit in out:
                raise ValueError(f"unit {unit!r} is the default of both {out[unit]} and {m.name}")
            if unit not in m.units:
                raise ValueError(f"{m.name}'s default unit {unit!r} is not one of its units")
            out[unit] = m.name
    return out


def _by_unit(weights: dict[tuple[str, str], Weights]) -> dict[str, dict[str, Weights]]:
    out: dict[str, dict[str, Weights]] = {}
    for (word, unit), w in weights.items():
        out.setdefault(unit, {})[word] = w
    return out


def _with_nouns(side: dict[str, float], nouns: dict[str, float]) -> dict[str, float]:
    """A side's words plus the metric's counted nouns, which read the same on
    both sides of a number (职工之家8处, 8处职工之家): the larger weight wins."""
    words = {w: float(x) for w, x in side.items()}
    for w, x in nouns.items():
        words[w] = max(words.get(w, 0.0), float(x))
    return words


def _automaton(words: set[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for w in words:
        automaton.add_word(w, w)
    automaton.make_automaton()
    return automaton


def _weights_by_word(metrics: tuple[MetricSpec, ...], side: str) -> dict[tuple[str, str], Weights]:
    index: dict[tuple[str, str], list[tuple[str, float]]] = {}
    for m in metrics:  # taxonomy order, kept inside each entry
        for word, weight in getattr(m, side).items():
            if not weight:
                continue  # a zero weight is no evidence
            for unit in m.units:
                index.setdefault((word, unit), []).append((m.name, weight))
        for unit, nouns in m.unit_nouns.items():  # a noun reads the same on both sides
            for word, weight in nouns.items():
                index.setdefault((word, unit), []).append((m.name, weight))
    return {k: tuple(v) for k, v in index.items()}
