"""The concept document as HTML (browser and file) and PDF, from one template and stylesheet."""

import re

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from kompass.core.languages import GERMAN, LANGUAGES

from .content import DEFAULT_COLOUR, ConceptDocument, layout_language
from .models import SectionKey

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def css_string(text: str) -> str:
    """``text`` as a quoted CSS string: letters and a few signs as they are, the rest escaped."""
    safe = " -–.,:;()/&'"
    escaped = "".join(
        char if char.isalnum() or char in safe else f"\\{ord(char):x} " for char in str(text)
    )
    return f'"{escaped}"'


def css_context(doc: ConceptDocument) -> dict:
    colour = doc.brand_colour if HEX_COLOUR.match(doc.brand_colour or "") else DEFAULT_COLOUR
    language = layout_language(getattr(doc, "language", None) or LANGUAGES[GERMAN])
    return {
        "rtl": language.rtl,
        "direction": language.direction,
        # the physical sides of the page margin boxes for the start and end of a line
        "start": "right" if language.rtl else "left",
        "end": "left" if language.rtl else "right",
        "title": mark_safe(css_string(doc.title)),  # noqa: S308 – escaped above
        "municipality": mark_safe(css_string(doc.municipality.name)),  # noqa: S308
        "page": mark_safe(css_string(_("Page") + " ")),  # noqa: S308
        "of": mark_safe(css_string(" " + _("of") + " ")),  # noqa: S308
        "colour": colour,
    }


def headings(doc: ConceptDocument) -> dict:
    """The heading of every narrative chapter: the municipality's own or the standard one."""
    result = {key: str(label) for key, label in SectionKey.choices}
    result.update({key: n.heading for key, n in doc.narratives.items()})
    return result


GERMAN_ATTRS = mark_safe(' lang="de" dir="ltr"')  # noqa: S308 – a constant


def heading_attrs(doc: ConceptDocument) -> dict:
    """``lang``/``dir`` of the chapter headings the municipality wrote: German where nobody
    translated them, the content language where it runs against the page (Persian)."""
    result = {}
    for key, narrative in doc.narratives.items():
        source = narrative.source
        if source is None or not source.title:
            result[key] = ""
        else:
            result[key] = text_attrs(doc, source, "title")
    return result


def text_attrs(doc, obj, field: str) -> str:
    """``lang``/``dir`` for a translatable text of ``doc``: see ``lang_attr`` of translations.

    German where the text fell back to German; the content language where the page is
    laid out in another direction (a Persian text on a page with German labels).
    """
    if obj is None:
        return ""
    if field in getattr(obj, "untranslated_fields", ()):
        return GERMAN_ATTRS
    language = getattr(doc, "language", None)
    if language is None or not getattr(obj, "display_language", None):
        return ""
    if layout_language(language).direction == language.direction:
        return ""
    return format_html(' lang="{}" dir="{}"', language.html_lang, language.direction)


def german_attrs(doc: ConceptDocument) -> str:
    """``lang="de" dir="ltr"`` for data that exists only in German (names of districts ...).

    In table cells it goes on an inner ``span``: the cell keeps the alignment of the
    document's direction, the German words keep their own (a trailing comma stays behind
    the word it belongs to).
    """
    language = getattr(doc, "language", None)
    if language is None or layout_language(language).html_lang.startswith(GERMAN):
        return ""
    return GERMAN_ATTRS


def ui_language(doc) -> str:
    """The catalogue for the headings and labels of ``doc`` (German for a stand-in)."""
    language = getattr(doc, "language", None)
    return language.ui_language if language else GERMAN


def render_css(doc: ConceptDocument) -> str:
    with translation.override(ui_language(doc)):
        return render_to_string("documents/document.css", {"doc": doc, "css": css_context(doc)})


def render_html(
    doc: ConceptDocument, *, stylesheet_url: str = "", back_url: str = "", raster_charts=False
) -> str:
    """The document as one HTML page; without ``stylesheet_url`` the CSS is embedded.

    Headings and labels are in the interface language of the document's content language,
    whatever language the caller has active. ``raster_charts`` embeds the charts as PNG
    images (for the PDF of right-to-left documents, see ``chart_markup``).
    """
    with translation.override(ui_language(doc)):
        return render_to_string(
            "documents/document.html",
            {
                "doc": doc,
                "html_lang": doc.layout.html_lang,
                "direction": doc.layout.direction,
                "css": css_context(doc),
                "headings": headings(doc),
                "heading_attrs": heading_attrs(doc),
                "de_lang": german_attrs(doc),
                "stylesheet_url": stylesheet_url,
                "back_url": back_url,
                "raster_charts": raster_charts,
            },
        )


def pdf_document(doc: ConceptDocument):
    """The laid-out WeasyPrint document (``.pages`` tells the page count)."""
    from weasyprint import HTML

    return HTML(string=render_html(doc, raster_charts=doc.language.rtl)).render()


def render_pdf(doc: ConceptDocument) -> tuple[bytes, int]:
    """The PDF and its number of pages."""
    document = pdf_document(doc)
    return document.write_pdf(), len(document.pages)
