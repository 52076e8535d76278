"""The concept document on the public site: the documents app's HTML in the public frame.

The document is one HTML page made for screen and print (``documents.render``) with its
own stylesheet; the public site adds its header (name, sections, languages), the PDF
download and its footer around the document's body rather than restyling it. Rendering
the document is the expensive part, so its HTML and CSS are cached per version and
language under a stamp that changes with the translations, the municipality's look and
the indicator values (``selectors.document_stamp``); the rest of an adopted version is
frozen, and the entry expires after ``CACHE_SECONDS`` for the municipality-wide parts
(districts, actors, participation).
"""

import re

from django.core.cache import cache
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html

from kompass.documents.content import build_document
from kompass.documents.render import render_css, render_html

from .selectors import document_stamp

CACHE_SECONDS = 60 * 60
BODY_START = re.compile(r"<body\b[^>]*>")
HTML_START = re.compile(r"<html\b[^>]*>")


def _css_url(version, language) -> str:
    url = reverse("public_concept_css", args=[version.municipality.slug, version.pk])
    return url + (f"?sprache={language.code}" if language.code != "de" else "")


def rendered_document(version, language) -> tuple[str, str]:
    """(HTML, CSS) of the version's document in ``language``, from the cache if current."""
    key = f"public:concept:{version.pk}:{language.code}:{document_stamp(version, language.code)}"
    found = cache.get(key)
    if found is None:
        doc = build_document(version, language=language.code)
        found = (
            render_html(doc, stylesheet_url=_css_url(version, language), back_url=""),
            render_css(doc),
        )
        cache.set(key, found, CACHE_SECONDS)
    return found


def document_css(version, language) -> str:
    return rendered_document(version, language)[1]


def _insert(html: str, *, head: str, top: str, bottom: str, language) -> str:
    """Put the public frame around the document's body; the page language on <html>."""
    html = HTML_START.sub(
        format_html('<html lang="{}" dir="{}">', language.html_lang, language.direction),
        html,
        count=1,
    )
    html = html.replace("</head>", head + "</head>", 1)
    match = BODY_START.search(html)
    if match is None:
        raise ValueError("The concept document has no <body>.")
    html = html[: match.end()] + top + html[match.end() :]
    # the skip link lands on the document's cover (its title), after the site's header
    html = html.replace(
        '<header class="cover">', '<header class="cover" id="main" tabindex="-1">', 1
    )
    head_end = html.rfind("</body>")
    return html[:head_end] + bottom + html[head_end:]


def framed_document(request, version, language, *, pdf, current) -> str:
    """The public concept page: the document with the site's header, download and footer."""
    html, _css = rendered_document(version, language)
    context = {
        "municipality": version.municipality,
        "version": version,
        "pdf": pdf,
        "current": current,
    }
    # the icon too: without it browsers ask for /favicon.ico, whose 404 page sets a cookie
    head = format_html(
        '<link rel="stylesheet" href="{}"><link rel="icon" href="{}" type="image/svg+xml">',
        static("kompass/public.css"),
        static("kompass/favicon.svg"),
    )
    top = render_to_string("public/_concept_top.html", context, request=request)
    bottom = render_to_string("core/_public_footer.html", context, request=request)
    return _insert(html, head=head, top=top, bottom=bottom, language=language)
