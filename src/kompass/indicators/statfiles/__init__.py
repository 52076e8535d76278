"""Readers for the statistics files municipalities bring (GENESIS, Regionaldatenbank, Zensus).

Each reader turns a file into ``ParsedValue`` rows and ``Problem`` messages (``core.imports``)
that name file row and column; nothing here touches the database. See DATA-SOURCES.md for formats.
"""

from .common import ParsedValue, ParseResult, Problem, parse_cell, region_ags
from .detect import read_statistics_file

__all__ = [
    "Problem",
    "ParseResult",
    "ParsedValue",
    "parse_cell",
    "read_statistics_file",
    "region_ags",
]
