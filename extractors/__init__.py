"""union-metrics extraction library: pure functions, no I/O, no Dagster.

Public API (interface.md): ``parse_number``, ``find_quantities``, ``extract_facts``.
The steps behind them, one module each:

    decode      bytes -> DecodedText
    repair      raw text -> MappedText (layout artifacts removed, offset map kept)
    segment     MappedText -> [Article]
    numbers     number expression -> value
    quantities  text -> [Quantity]
    facts       articles + quantities -> [Fact]
    document    the whole chain for one document
"""
from extractors.numbers import parse_number
from extractors.quantities import find_quantities
from extractors.document import analyze_document, extract_facts

__all__ = ["parse_number", "find_quantities", "extract_facts", "analyze_document"]
