"""Benchmark scripts: each ``bench_*.py`` prints its figures (``make bench``)."""
