"""Reads for the concept document pages."""

from django.utils.text import slugify

from kompass.core.languages import GERMAN, LANGUAGES, ContentLanguage

from .models import DocumentFormat


def document_languages(version) -> list[ContentLanguage]:
    """German first, then every language the version is being translated into.

    Unpublished languages are included: the coordination checks a translation in the
    document before publishing it (the public site offers only the published ones).
    """
    from kompass.translations.models import VersionLanguage

    codes = set(VersionLanguage.objects.filter(version=version).values_list("language", flat=True))
    return [LANGUAGES[GERMAN]] + [
        language for code, language in LANGUAGES.items() if code in codes and code != GERMAN
    ]


def rendered_document(
    version, format: str, *, language: str = GERMAN, progress=None
) -> tuple[bytes, int | None]:
    """The document of ``version`` in ``format`` and content ``language`` as bytes (and pages for PDF)."""
    from .content import build_document
    from .docx_builder import render_docx
    from .render import render_html, render_pdf

    doc = build_document(version, language=language, reporter=progress)
    if progress:
        progress(4, 6)
    if format == DocumentFormat.PDF:
        return render_pdf(doc)
    if format == DocumentFormat.DOCX:
        return render_docx(doc), None
    return render_html(doc).encode(), None


def file_name(document) -> str:
    """The download name of ``document``: concept title, version number, language."""
    version = document.version
    base = slugify(f"{version.concept.title} {version.number}") or "konzept"
    if document.language and document.language != GERMAN:
        base = f"{base}-{document.language}"
    return f"{base}.{document.format}"
