"""Charts as server-rendered SVG, each with the data table it owes its readers.

Pure Python, no JavaScript and no chart library: the same markup serves the web page,
the PDF and later the DOCX. Every chart

- is an image with an accessible name and description (``role="img"``, ``<title>``,
  ``<desc>``, ``aria-labelledby``) and scales through its ``viewBox``;
- tells series and classes apart by marker shape, pattern or direct labels as well as
  by colour, with colours that keep WCAG AA contrast against white;
- never draws a missing or secret value as zero: it leaves a gap and says why;
- comes with a :class:`DataTable` that ``core/_chart.html`` shows next to it;
- formats numbers for the active language (decimal comma in German).

Presentation attributes (``fill``, ``stroke``, ``font-size``) keep the SVG
self-contained for documents; the content security policy forbids ``style`` attributes.
"""

from .bars import Bar, bar_chart, grouped_bar_chart
from .base import Chart, Column, DataTable, Row, format_value, nice_scale
from .lines import Point, Reference, Series, line_chart
from .maps import Area, choropleth, class_breaks, classify, project
from .timeline import TimelineBand, TimelineBar, TimelineMarker, timeline_chart

__all__ = [
    "Area",
    "Bar",
    "Chart",
    "Column",
    "DataTable",
    "Point",
    "Reference",
    "Row",
    "Series",
    "TimelineBand",
    "TimelineBar",
    "TimelineMarker",
    "bar_chart",
    "choropleth",
    "class_breaks",
    "classify",
    "format_value",
    "grouped_bar_chart",
    "line_chart",
    "nice_scale",
    "project",
    "timeline_chart",
]
