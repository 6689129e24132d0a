"""union-metrics extraction library: pure functions, no I/O, no Dagster.

Public API (interface.md): ``parse_number``, ``find_quantities``, ``extract_facts``.
The steps behind them, one module each:

    decode      bytes -> DecodedText
    repair      raw text -> MappedText (layout artifacts removed, offset map kept)
    segment/    MappedText -> [Article], a package:
      layout       the layout table and its compiled patterns
      headlines    single lines: headline groups, bylines, mastheads, datelines
      block_cuts   blocks cut where a head, lead or brief item stands inside
      block_kinds  the kinds of block; classify
      units        the article, caption or contents being built
      page         the page's blocks, kinds and page-wide marks
      stitching    which article an interleaved paragraph continues
      assemble     items of digests and columns; units -> Article records
      __init__     segment_page: the page read block by block
    numbers     number expression -> value
    quantities  text -> [Quantity]
    facts/      articles + quantities -> [Fact], a package:
      sentences     spans, sentences, paragraphs, clause breaks, table cells and columns
      context       the context vocabulary (fact_context.toml), loaded and compiled
      metrics       reading a quantity as a metric: nearness, scores, readings
      exclusions    what is no fact
      attributes    what a fact counts, its period, whether it is a plan
      attribution   who and where: bodies, the page's place, subject, region, commentary
      restatements  one fact per statistic: summaries and restated figures
      __init__      facts_of_article, facts_of_page: the layer
    document    the whole chain for one document
"""
from extractors.numbers import parse_number
from extractors.quantities import find_quantities
from extractors.document import analyze_document, extract_facts

__all__ = ["parse_number", "find_quantities", "extract_facts", "analyze_document"]
