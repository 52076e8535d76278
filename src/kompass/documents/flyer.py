"""The one-page summary of a concept version as a tagged PDF (WeasyPrint, A4 portrait).

However large the concept, the flyer is exactly one page: it is laid out at the most
detailed level first (up to eight fields of action with two example measures each), and
if that runs over, at ever shorter levels – fewer fields with “… and N more”, one example
or none, a shorter vision – until it fits. The last level is short enough for any data,
since every text on it is cut to a fixed length.
"""

import hashlib
import re
from dataclasses import dataclass

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language

from .content import DEFAULT_COLOUR
from .summary import Summary, shorten

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
WHITE = "#ffffff"
BLACK = "#000000"
# Tagged for screen readers, with language and title in the metadata (PDF/UA-1).
PDF_OPTIONS = {"pdf_variant": "pdf/ua-1"}
CACHE_SECONDS = 24 * 3600
# WCAG 2.1 AA for normal text.
AA_CONTRAST = 4.5


@dataclass(frozen=True)
class Detail:
    """How much the flyer shows: fields, examples per field and the length of texts."""

    fields: int
    examples: int
    vision_chars: int
    field_chars: int = 90
    example_chars: int = 110


# From the most detailed to the shortest; the last one fits one page with any data.
LEVELS = [
    Detail(fields=8, examples=2, vision_chars=460),
    Detail(fields=8, examples=1, vision_chars=360),
    Detail(fields=6, examples=1, vision_chars=260, example_chars=90),
    Detail(fields=4, examples=0, vision_chars=200, field_chars=70),
]


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """Relative luminance of a ``#rrggbb`` colour (WCAG 2.1)."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_colour_on(background: str) -> str:
    """White or black, whichever contrasts more with ``background`` (at least 4.58:1)."""
    return WHITE if contrast(WHITE, background) >= contrast(BLACK, background) else BLACK


def readable_on_white(colour: str) -> str:
    """``colour`` itself if it is readable on white (AA), else the same hue darkened until it is."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    for step in range(21):
        factor = 1 - step / 20
        candidate = f"#{round(r * factor):02x}{round(g * factor):02x}{round(b * factor):02x}"
        if contrast(WHITE, candidate) >= AA_CONTRAST:
            return candidate
    return BLACK


@dataclass
class FlyerField:
    number: int
    name: str
    goal_count: int
    measure_count: int
    examples: list[str]
    more_measures: int


def flyer_context(summary: Summary, detail: Detail) -> dict:
    """What the template shows at ``detail``: shortened texts and the “… and N more” counts."""
    colour = summary.brand_colour if HEX_COLOUR.match(summary.brand_colour or "") else ""
    colour = colour or DEFAULT_COLOUR
    fields = [
        FlyerField(
            number=f.number,
            name=shorten(f.name, detail.field_chars),
            goal_count=f.goal_count,
            measure_count=f.measure_count,
            examples=[shorten(e, detail.example_chars) for e in f.examples[: detail.examples]],
            more_measures=max(f.measure_count - min(len(f.examples), detail.examples), 0),
        )
        for f in summary.fields[: detail.fields]
    ]
    return {
        "s": summary,
        "language": get_language() or "de",
        "title": shorten(summary.title, 140),
        "municipality_name": shorten(summary.municipality.name, 80),
        "vision": shorten(summary.vision, detail.vision_chars),
        "fields": fields,
        "more_fields": max(len(summary.fields) - detail.fields, 0),
        "resolution": shorten(summary.adopting_resolution, 160),
        "office": shorten(summary.office, 90),
        "colour": colour,
        "on_colour": text_colour_on(colour),
        "accent": readable_on_white(colour),
        "detail": detail,
        "today": timezone.localdate(),
    }


def render_flyer_html(summary: Summary, detail: Detail = LEVELS[0]) -> str:
    context = flyer_context(summary, detail)
    context["css"] = render_to_string("documents/flyer.css", context)
    return render_to_string("documents/flyer.html", context)


def render_flyer(summary: Summary) -> tuple[bytes, Detail]:
    """The flyer as a tagged PDF (PDF/UA-1) of one page, and the level of detail it fits at.

    The most detailed page determines every shorter one, so the finished PDF is kept in the
    cache under the hash of that page for a day: downloading it again costs no layout, and
    any change of the data gives a new key.
    """
    from weasyprint import HTML

    first = render_flyer_html(summary, LEVELS[0])
    key = "documents:flyer:" + hashlib.sha256(first.encode()).hexdigest()
    cached = cache.get(key)
    if cached is not None:
        return cached
    for detail in LEVELS:
        html = first if detail == LEVELS[0] else render_flyer_html(summary, detail)
        document = HTML(string=html).render(**PDF_OPTIONS)
        if len(document.pages) == 1:
            break
    else:
        # Cannot happen with the texts cut as they are; never hand out a second page.
        document = document.copy(document.pages[:1])
    result = (document.write_pdf(**PDF_OPTIONS), detail)
    cache.set(key, result, CACHE_SECONDS)
    return result
