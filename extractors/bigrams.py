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
import threading
from functools import lru_cache

import numpy as np
import regex

EMPTY = np.empty(0, dtype=np.int64)

_HAN = regex.compile(r"\p{Han}")
_LATIN_OR_DIGIT = regex.compile(r"[A-Za-z0-9]")
_CODE_POINT_BITS = 21  # every code point is below 2**21
_PAIR_BITS = 2 * _CODE_POINT_BITS  # a bigram's code
_BLOCK_BITS = 63 - _PAIR_BITS  # a page's block number goes below the code, in an int64
_BLOCK_MASK = (1 << _BLOCK_BITS) - 1
_UNKNOWN = 255
# code point -> 1 Han, 2 Latin/digit, 0 other, 255 not yet seen; grows with
# the corpus, so a page's characters are classed by one array lookup. Entries
# never change once set; new ones are written under the lock into a table
# that replaces the old one whole, so readers need no lock.
_char_class = np.full(0x10000, _UNKNOWN, dtype=np.uint8)
_char_class_lock = threading.Lock()


def _classes(cp: np.ndarray) -> np.ndarray:
    global _char_class
    table = _char_class
    if int(cp.max()) < len(table):
        classes = table[cp]
        if not (classes == _UNKNOWN).any():
            return classes
    with _char_class_lock:
        table = _char_class
        top = int(cp.max())
        if top >= len(table):
            grown = np.full(top + 1, _UNKNOWN, dtype=np.uint8)
            grown[: len(table)] = table
            table = grown
        else:
            table = table.copy()
        unseen = table[cp] == _UNKNOWN
        for c in np.unique(cp[unseen]).tolist():
            ch = chr(c)
            table[c] = 1 if _HAN.match(ch) else 2 if _LATIN_OR_DIGIT.match(ch) else 0
        _char_class = table
        return table[cp]


# ndarray.sum without its Python wrapper (same ufunc reduction, same result):
# called for every paragraph and open article of a page
_sum = np.add.reduce


def _sorted_unique(values: np.ndarray) -> np.ndarray:
    """np.unique by sorting: NumPy 2's default hashes first, slower here."""
    values = np.sort(values)
    if len(values) < 2:
        return values
    keep = np.empty(len(values), dtype=bool)
    keep[0] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


@lru_cache(maxsize=1024)
def _weight_of_df(blocks: int) -> np.ndarray:
    """Squared IDF by document frequency (index) over a page of ``blocks``
    blocks: one math.log per count (not NumPy's own log), made once per
    page size (pages have a few dozen sizes)."""
    n = max(blocks, 1)
    table = np.array([0.0] + [math.log((n + 1) / c) ** 2 for c in range(1, blocks + 1)])
    table.flags.writeable = False  # shared by every page of that size
    return table


def _block_dtype(blocks: int) -> type:
    """The smallest integer type for block numbers: NumPy's stable sort of
    16-bit integers is a radix sort."""
    return np.int16 if blocks < 2 ** 15 else np.int64


def _code_points(text: str) -> np.ndarray:
    # surrogatepass: a lone surrogate (from a lossy decode) is a code point too
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)


class PageBigrams:
    """The bigrams of each block of a page, with their squared IDF over the
    page's blocks (topic words such as names and places outweigh the shared
    newsroom vocabulary), and vocabularies of several blocks as masks over
    the page's bigrams."""

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
            # the block of each position: how many blocks start at or before
            # it, less one (a running count: ~3x cheaper than a searchsorted
            # of every pair's position)
            block = np.cumsum(np.bincount(starts, minlength=len(cp)))[at] - 1
            inside = (block >= 0) & (at + 1 < ends[np.maximum(block, 0)])
            at, block = at[inside], block[inside]
            codes = (cp[at] << _CODE_POINT_BITS) | cp[at + 1]
            # one sort for the whole page, by bigram then block: the distinct
            # (bigram, block) pairs, grouped by bigram
            pairs = _sorted_unique((codes << _BLOCK_BITS) | block)
        else:
            pairs = EMPTY
        if len(pairs):
            code_of, block_of = pairs >> _BLOCK_BITS, pairs & _BLOCK_MASK
            first = np.empty(len(pairs), dtype=bool)
            first[0] = True
            np.not_equal(code_of[1:], code_of[:-1], out=first[1:])
            # a bigram's id is its rank among the page's distinct bigrams; the
            # number of blocks holding it (its pairs) is its document frequency
            id_of = np.cumsum(first) - 1
            id_starts = np.flatnonzero(first)
            df = np.diff(np.append(id_starts, len(pairs)))
            # block by block, ids ascending within a block: a stable sort by
            # block keeps the bigram order (a radix sort for a small dtype)
            order = np.argsort(block_of.astype(_block_dtype(len(block_spans))), kind="stable")
            ids = id_of[order]
            bounds = np.searchsorted(block_of[order], np.arange(len(block_spans) + 1))
            weights = _weight_of_df(len(block_spans))[df][ids]
            self.size = len(id_starts)
        else:
            ids, weights = EMPTY, np.empty(0)
            bounds = np.zeros(len(block_spans) + 1, dtype=np.int64)
            self.size = 0
        # block by block, sorted by bigram: the page's bigram ids and their
        # weights; a block's share is cut out when a rule first reads it
        # (most blocks never are: slicing them all cost a tenth of the build)
        self._ids, self._weights = ids, weights
        self._bounds: list[int] = bounds.tolist()
        self._blocks: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self._totals: dict[int, float] = {}

    def block(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        """Block i's bigram ids and their weights (views), sorted by bigram."""
        found = self._blocks.get(i)
        if found is None:
            k = i + len(self._bounds) - 1 if i < 0 else i  # from the end, as a list would
            if not 0 <= k < len(self._bounds) - 1:
                raise IndexError(f"block {i} of {len(self._bounds) - 1}")
            lo, hi = self._bounds[k], self._bounds[k + 1]
            found = self._blocks[i] = (self._ids[lo:hi], self._weights[lo:hi])
        return found

    def vocabulary(self) -> np.ndarray:
        """An empty vocabulary: a mask over the page's bigrams."""
        return np.zeros(self.size, dtype=bool)

    def add(self, vocabulary: np.ndarray, block: int) -> None:
        """Block ``block``'s bigrams into ``vocabulary``."""
        vocabulary[self.block(block)[0]] = True

    def total(self, i: int) -> float:
        found = self._totals.get(i)
        if found is None:
            found = self._totals[i] = float(_sum(self.block(i)[1]))
        return found

    def affinity(self, i: int, vocabulary: np.ndarray, also: int | None = None) -> float:
        """Share of block i's IDF-weighted bigrams found in ``vocabulary``
        (or in block ``also``)."""
        total = self.total(i)
        if not total:
            return 0.0
        ids, weights = self.block(i)
        found = vocabulary[ids]
        if also is not None:
            extra = self.vocabulary()
            self.add(extra, also)
            found |= extra[ids]
        return float(_sum(weights[found])) / total

    def affinities(self, i: int, vocabularies: list[np.ndarray]) -> list[float]:
        """``affinity(i, v)`` for each vocabulary, with block i read once."""
        total = self.total(i)
        if not total:
            return [0.0] * len(vocabularies)
        ids, weights = self.block(i)
        return [float(_sum(weights[v[ids]])) / total for v in vocabularies]
