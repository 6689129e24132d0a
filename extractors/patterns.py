"""Fast forms of the vocabulary's regular expressions, with the same matches.

The ``regex`` module tries every branch of an alternation at every position
of a search: an alternation of 80 exclusion words costs ~80 attempts per
character of a clause. Two rewrites keep what a pattern finds and make the
scan cheap (measured on the seeds: exclusion search per clause 8.2 -> 1.6 us;
the numeral-run scan 15 -> 10 ms per 125k chars):

- a *first-character guard* ``(?=[…])`` in front of a pattern whose every
  branch opens with a plain character: a position that cannot start a match
  is rejected by one set lookup;
- for a search asked only *whether* there is a match (``bool(p.search(…))``),
  a branch's leading ``\\p{Han}{0,n}`` can go: whenever the branch matches,
  its tail matches too (the Han run may be empty), and the tail's match lies
  inside the branch's, so inside the searched range.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick
import regex

# characters with a meaning in a pattern: a branch opening with one of them
# (or with an escape) has no plain first character
_SPECIAL = frozenset("\\.^$*+?{}[]|()")
# a quantifier right after the first character may make it optional
_OPTIONAL_AFTER = ("?", "*", "{0")
_LEADING_HAN_RUN = regex.compile(r"\\p\{Han\}\{0,\d+\}")


def _outside_escapes_and_sets(pattern: str, start: int = 0):
    """(index, character, group depth before it) of each character of
    ``pattern`` from ``start`` that is neither escaped nor inside a [set]."""
    depth, in_set, i = 0, False, start
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_set:
            in_set = c != "]"
        elif c == "[":
            in_set = True
        else:
            yield i, c, depth
            if c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
        i += 1


def _closing_paren(branch: str, at: int) -> int:
    """Index of the ``)`` closing the group opened at ``branch[at]``, or -1."""
    return next((i for i, c, depth in _outside_escapes_and_sets(branch, at) if c == ")" and depth == 1), -1)


def _top_level_branches(pattern: str) -> list[str]:
    """``pattern`` split at the | outside any group or set."""
    cuts = [i for i, c, depth in _outside_escapes_and_sets(pattern) if c == "|" and depth == 0]
    bounds = [-1, *cuts, len(pattern)]
    return [pattern[a + 1:b] for a, b in zip(bounds, bounds[1:])]


# escapes that stand for one character of a class: usable inside a guard's set
_CLASS_ESCAPES = ("\\d",)


def _first_chars_of_all(branches: list[str]) -> set[str] | None:
    """The characters any of ``branches`` can open with; None when one is not plain."""
    found: set[str] = set()
    for b in branches:
        items = first_chars(b)
        if items is None:
            return None
        found |= items
    return found


def first_chars(branch: str) -> set[str] | None:
    """What every match of the regex ``branch`` starts with, as items of a
    character set (plain characters, escaped; or a class escape such as
    ``\\d``), when the pattern's opening makes that plain: a character or
    class escape that is not optional, a group of such alternatives, after
    any lookbehind (it consumes nothing). None when it is not plain."""
    branches = _top_level_branches(branch)
    if len(branches) > 1:
        return _first_chars_of_all(branches)
    if not branch:
        return None
    if branch.startswith(("(?<!", "(?<=")):  # zero width: the match starts after it
        close = _closing_paren(branch, 0)
        return first_chars(branch[close + 1:]) if close > 0 else None
    if branch.startswith("(?:"):
        close = _closing_paren(branch, 0)
        if close < 0 or branch[close + 1:].startswith(_OPTIONAL_AFTER):
            return None
        return first_chars(branch[3:close])
    escape = next((e for e in _CLASS_ESCAPES if branch.startswith(e)), None)
    if branch[0] == "[":
        # a set of plain characters ([他她], [镇乡县市区]): its content is
        # itself an item of the guard's set; a negated set or one holding an
        # escape or a nested set is not plain
        close = branch.find("]", 1)
        content = branch[1:close] if close > 1 else ""
        if not content or content[0] in "^-" or content[-1] == "-" or "\\" in content or "[" in content:
            return None
        items, rest = {content}, branch[close + 1:]
    elif escape is not None:
        items, rest = {escape}, branch[len(escape):]
    elif branch[0] == "\\" and len(branch) > 1 and not branch[1].isalnum():
        items, rest = {regex.escape(branch[1])}, branch[2:]  # an escaped mark: \+ is +
    elif branch[0] in _SPECIAL:
        return None
    else:
        items, rest = {regex.escape(branch[0])}, branch[1:]
    return None if rest.startswith(_OPTIONAL_AFTER) else items


def char_guard(first_chars: Iterable[str]) -> str:
    """A lookahead that lets a match start only at one of ``first_chars``:
    put it in front of a pattern whose matches all start with one of them."""
    return f"(?=[{regex.escape(''.join(sorted(set(first_chars))))}])"


def _guard_of_items(items: Iterable[str]) -> str:
    return f"(?=[{''.join(sorted(items))}])"


def guarded(branches: Iterable[str], group_each: bool = False) -> str:
    """The alternation of ``branches`` (regex sources, in the order given;
    each in a group of its own with ``group_each``), behind a first-character
    guard when every branch opens plainly (``first_chars``); the bare
    alternation otherwise."""
    branches = list(branches)
    alternation = "|".join(f"(?:{b})" if group_each else b for b in branches)
    items = _first_chars_of_all(branches)
    if items is None:
        return alternation
    return f"{_guard_of_items(items)}(?:{alternation})" if items else alternation


def existence_form(branch: str) -> str:
    """``branch`` without a leading ``\\p{Han}{0,n}``: it matches somewhere
    in a range exactly when ``branch`` does (for searches asked whether,
    never where)."""
    m = _LEADING_HAN_RUN.match(branch)
    if not m or m.end() == len(branch) or branch[m.end()] in "?+*{|" or len(_top_level_branches(branch)) > 1:
        return branch
    return branch[m.end():]


def compile_guarded(branches: Iterable[str], group_each: bool = False) -> regex.Pattern:
    """``guarded`` compiled: the same matches as the plain alternation."""
    return compile_fast(guarded(branches, group_each))


def compile_existence(branches: Iterable[str]) -> regex.Pattern:
    """A pattern for ``bool(p.search(text, pos, endpos))`` only: the branches
    in their existence form, guarded. Its matches' spans may differ from the
    plain alternation's; whether there is one does not."""
    return compile_fast(guarded(existence_form(b) for b in branches))


# What a pattern may use to be compiled by `re` (``compile_fast``): escapes
# that mean the same in `re` and `regex` (\d is a Unicode decimal digit in
# both; \s, \w and \b are not the same sets, \p is regex's alone), the
# groups both read alike, and no brace that regex could read as fuzzy
# matching where re reads a literal.
_SAME_IN_RE_ESCAPES = frozenset("dDntrfvxuU")
_LETTER_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\([A-Za-z])")
_GROUP_OPENING = re.compile(r"(?<!\\)(?:\\\\)*\(\?(?![:=!>]|<[=!]|P<|P=)")
_NOT_A_QUANTIFIER = re.compile(r"(?<!\\)(?:\\\\)*\{(?!\d+(?:,\d*)?\}|,\d+\})")


def same_in_re(source: str) -> bool:
    """``source`` uses nothing whose meaning differs between ``re`` and
    ``regex`` (what re cannot parse at all is told by re.compile failing)."""
    if any(m.group(1) not in _SAME_IN_RE_ESCAPES for m in _LETTER_ESCAPE.finditer(source)):
        return False
    if "[:" in source or "[[" in source:  # POSIX classes and nested sets are regex's
        return False
    return not _GROUP_OPENING.search(source) and not _NOT_A_QUANTIFIER.search(source)


def compile_fast(source: str) -> re.Pattern | regex.Pattern:
    """``source`` compiled by the standard ``re`` when it means the same
    there (``same_in_re``), else by ``regex``. For patterns asked at a
    position or over a line or a sentence: ``re`` answers such a call in
    about half the time (a `regex` call costs ~150 ns before any matching,
    a `re` call ~65). Not for scans of a whole page for a rare pattern,
    where regex's literal search is faster."""
    if same_in_re(source):
        try:
            return re.compile(source)
        except re.error:  # regex syntax (\p{Han}, variable lookbehind, (?r) ...)
            pass
    return regex.compile(source)


def compile_words(words: Iterable[str]) -> re.Pattern:
    """An alternation of plain ``words`` (not patterns), longest first so
    that the longest word at a position wins, guarded. Compiled by the
    standard ``re``: a list of literal words uses no feature where it and
    ``regex`` differ, and ``re`` scans it 2.5x faster (breaker words: 7 ->
    18 M chars/s) and answers a call in half the time."""
    ordered = sorted(dict.fromkeys(words), key=len, reverse=True)
    return re.compile(guarded(re.escape(w) for w in ordered))


def _is_literal(branch: str) -> bool:
    return not any(c in _SPECIAL for c in branch)


class AnyOf:
    """Whether any of the regex ``branches`` matches inside a range: the
    plain words among them (most exclusion words) by one Aho-Corasick pass
    over the range, the rest by their existence form, guarded. A word found
    inside the range is a match of its branch there, and the other branches
    keep their regex: the answer is the alternation's (~3x faster on a
    clause: 5.3 -> 1.7 us for the exclusion words)."""

    def __init__(self, branches: Iterable[str]):
        forms = [existence_form(b) for b in branches]
        words = [f for f in forms if f and _is_literal(f)]
        others = [f for f in forms if not (f and _is_literal(f))]
        self.automaton = None
        if words:
            self.automaton = ahocorasick.Automaton()
            for w in words:
                self.automaton.add_word(w, w)
            self.automaton.make_automaton()
        self.rest = compile_existence(sorted(others, key=len, reverse=True)) if others else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """True when some branch matches inside ``text[pos:endpos]``."""
        if self.automaton is not None:
            # a slice: the automaton converts the whole string it is given
            for _ in self.automaton.iter(text[pos:endpos]):
                return True
        if self.rest is None:
            return False
        return bool(self.rest.search(text, pos, len(text) if endpos is None else endpos))
