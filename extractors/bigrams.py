"""A page's vocabulary as character bigrams, for telling which article a
paragraph belongs to on an interleaved page (``extractors.segment``).

A bigram is a pair of adjacent Han characters or of adjacent Latin letters or
digits (what ``\\p{Han}{2,}|[A-Za-z0-9]{2,}`` runs hold). Each is coded as one
integer (the two code points side by side), so that a block's bigrams are a
sorted NumPy array: document frequencies, IDF weights and the overlap of a
paragraph with an article's vocabulary are then array operations, not a
Python step per bigram (sets of two-character strings cost ~40% of
segmentation).
"""
from __future__ import annotations

import math

import numpy as np
import regex

EMPTY = np.empty(0, dtype=np.int64)

_HAN = regex.compile(r"\p{Han}")
_LATIN_OR_DIGIT = regex.compile(r"[A-Za-z0-9]")
_CODE_POINT_BITS = 21  # every code point is below 2**21
_PAIR_BITS = 2 * _CODE_POINT_BITS  # a bigram's code; a page's block number goes above it
_PAIR_MASK = (1 << _PAIR_BITS) - 1
_UNKNOWN = 255
# code point -> 1 Han, 2 Latin/digit, 0 other, 255 not yet seen; grows with
# the corpus, so a page's characters are classed by one array lookup
_char_class = np.full(0x10000, _UNKNOWN, dtype=np.uint8)


def _classes(cp: np.ndarray) -> np.ndarray:
    global _char_class
    top = int(cp.max())
    if top >= len(_char_class):
        grown = np.full(top + 1, _UNKNOWN, dtype=np.uint8)
        grown[: len(_char_class)] = _char_class
        _char_class = grown
    classes = _char_class[cp]
    unseen = classes == _UNKNOWN
    if unseen.any():
        for c in np.unique(cp[unseen]).tolist():
            ch = chr(c)
            _char_class[c] = 1 if _HAN.match(ch) else 2 if _LATIN_OR_DIGIT.match(ch) else 0
        classes = _char_class[cp]
    return classes


def _code_points(text: str) -> np.ndarray:
    # surrogatepass: a lone surrogate (from a lossy decode) is a code point too
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)


def union(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Two vocabularies (sorted unique codes) as one."""
    if not len(b):
        return a
    if not len(a):
        return b
    return np.union1d(a, b)


def union_all(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    if not parts:
        return EMPTY
    return parts[0] if len(parts) == 1 else np.unique(np.concatenate(parts))


class PageBigrams:
    """The bigrams of each block of a page, and their squared IDF over the
    page's blocks (topic words such as names and places outweigh the shared
    newsroom vocabulary)."""

    def __init__(self, text: str, block_spans: list[tuple[int, int]]):
        """``block_spans``: where each block lies in ``text``, in order."""
        starts = np.array([a for a, _ in block_spans], dtype=np.int64)
        ends = np.array([b for _, b in block_spans], dtype=np.int64)
        cp = _code_points(text)
        if len(cp) >= 2 and len(block_spans):
            classes = _classes(cp)
            # a pair counts when both characters are of the same kind (Han
            # with Han, Latin/digit with Latin/digit) and inside one block
            paired = (classes[:-1] == classes[1:]) & (classes[:-1] != 0)
            at = np.flatnonzero(paired)
            block = np.searchsorted(starts, at, side="right") - 1
            inside = (block >= 0) & (at + 1 < ends[np.maximum(block, 0)])
            at, block = at[inside], block[inside]
            codes = (cp[at] << _CODE_POINT_BITS) | cp[at + 1]
            # one sort for the whole page: (block, bigram) keys, duplicates dropped
            keys = np.unique((block << _PAIR_BITS) | codes)
            self._codes = keys & _PAIR_MASK
            bounds = np.searchsorted(keys >> _PAIR_BITS, np.arange(len(block_spans) + 1))
        else:
            self._codes = EMPTY
            bounds = np.zeros(len(block_spans) + 1, dtype=np.int64)
        # per block: its bigram codes, sorted, unique (views into one array)
        self.blocks: list[np.ndarray] = [self._codes[lo:hi] for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist())]
        self._page_codes: np.ndarray | None = None
        self._page_weights: np.ndarray | None = None
        self._weights: dict[int, tuple[np.ndarray, float]] = {}

    def _idf(self) -> tuple[np.ndarray, np.ndarray]:
        """Every bigram of the page (sorted) and its weight; computed when a
        paragraph first has two articles to choose from."""
        if self._page_codes is None:
            codes, counts = np.unique(self._codes, return_counts=True)
            n = max(len(self.blocks), 1)
            # one log per distinct count, math.log as before (not NumPy's own log)
            weight = np.array([0.0] + [math.log((n + 1) / c) ** 2 for c in range(1, len(self.blocks) + 1)])
            self._page_codes, self._page_weights = codes, weight[counts]
        return self._page_codes, self._page_weights

    def _block_weights(self, i: int) -> tuple[np.ndarray, float]:
        """Block i's bigram weights (aligned with its codes) and their total."""
        found = self._weights.get(i)
        if found is None:
            codes, weights = self._idf()
            own = weights[codes.searchsorted(self.blocks[i])]
            found = self._weights[i] = (own, float(own.sum()))
        return found

    def affinity(self, i: int, *vocabularies: np.ndarray) -> float:
        """Share of block i's IDF-weighted bigrams found in any of the
        vocabularies (sorted unique codes)."""
        weights, total = self._block_weights(i)
        if not total:
            return 0.0
        own = self.blocks[i]
        found = None
        for vocabulary in vocabularies:
            if not len(vocabulary):
                continue
            at = vocabulary.searchsorted(own)
            at[at == len(vocabulary)] = 0
            hit = vocabulary[at] == own
            found = hit if found is None else found | hit
        if found is None:
            return 0.0
        return float(weights[found].sum()) / total
