"""The fact layer's context vocabulary (``data/fact_context.toml``), loaded
once and compiled into its fast patterns.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

import regex

from extractors.patterns import AnyOf, compile_existence, compile_fast, compile_guarded, compile_words
from extractors.vocabulary import load_table


# ---------------------------------------------------------------- vocabulary

@lru_cache(maxsize=1)
def _context() -> dict:
    return load_table("fact_context")


@lru_cache(maxsize=1)
def _compiled() -> dict[str, Any]:  # regex.Pattern, or AnyOf for existence-only tables
    """The context tables as patterns, in their fast forms (``patterns``):
    guarded alternations, and existence forms for the ones only asked
    whether they occur (exclusions, commentary markers)."""
    c = _context()

    def longest_first(words) -> list[str]:
        return sorted(words, key=len, reverse=True)

    def alt(words):
        return compile_guarded(longest_first(words))

    def any_of(words):  # only ever asked bool(search(...))
        return compile_existence(longest_first(words))

    return {
        "period": compile_guarded(c["period"]["patterns"], group_each=True),
        "plan": alt(c["plan"]["cues"]),
        "done": compile_words(c["plan"]["done"]),
        "exclude_clause": AnyOf(c["exclude"]["clause"]),
        "exclude_sentence": AnyOf(c["exclude"]["sentence"]),
        "economy_sentence": any_of(c["exclude"]["economy_sentence"]),
        "economy_program_clause": AnyOf(c["exclude"]["economy_program_clause"]),
        "rule_clause": any_of(c["exclude"]["rule_clause"]),
        "body_speech": any_of(c["exclude"]["body_speech"]),
        "threshold_after": alt(c["exclude"]["threshold_after"]),
        "difference_before": compile_fast("(?:" + "|".join(f"(?:{p})" for p in c["exclude"]["difference_before"]) + ")$"),
        "exclude_object": compile_words(c["exclude"]["objects"]),
        "grouping_then_items": regex.compile(c["exclude"]["grouping_then_items"]),
        "partner_object": compile_fast("|".join(f"(?:{p})" for p in c["exclude"]["partner_objects"])),
        "partner_cue": alt(c["grammar"]["partner_cues"]),
        "partner_exempt": compile_fast("|".join(f"(?:{p})" for p in c["grammar"]["partner_exempt_objects"])),
        "partner_verb": compile_words(c["grammar"]["partner_verbs"]),
        "part_cue": compile_words(c["grammar"]["part_cues"]),
        "contingent_link": compile_fast(c["grammar"]["contingent_link"]),
        "contingent_union_bodies": compile_fast(c["grammar"]["contingent_union_bodies"]),
        "item_head": regex.compile(c["grammar"]["item_head"]),
        "column_word": compile_words(c["commentary"]["column_words"]),
        "op_ed_marker": compile_words(c["commentary"]["byline_markers"]),
        "box_header": compile_fast("|".join(f"(?:{p})" for p in c["restatement"]["box_headers"])),
        "venue_per_place_before": regex.compile(c["grammar"]["venue_per_place_before"]),
        "venue_per_place_after": regex.compile(c["grammar"]["venue_per_place_after"]),
    }
