"""The concept document in another content language: translations, right-to-left, Word, queries."""

import io
import re
import shutil
import subprocess

import docx
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kompass.core.charts import rasterize
from kompass.demo.synthetic import generate_concept
from kompass.documents import services
from kompass.documents.content import build_document
from kompass.documents.docx_builder import render_docx
from kompass.documents.models import GeneratedDocument, GenerationState, SectionKey
from kompass.documents.render import pdf_document, render_html
from kompass.translations.selectors import version_objects
from kompass.translations.services import translations_save, version_language_add

from ..factories import MembershipFactory

TITLE_AR = "خطة الاندماج التجريبية"
FIELD_AR = "مجال التعليم والتدريب"
PREFACE_AR = "<p>عزيزاتي وأعزائي السكان، يسعدنا أن نقدم هذه الخطة.</p>"
DEFINITION_AR = "عدد الأشخاص المشاركين في البرنامج"


def _version(slug, **sizes):
    version = generate_concept(
        slug=slug,
        **{
            "fields": 2,
            "strategic_per_field": 1,
            "operative_per_strategic": 1,
            "measures_per_operative": 1,
            "indicators_per_field": 1,
            "years": 4,
            **sizes,
        },
    )
    services.narrative_save(
        version=version,
        key=SectionKey.PREFACE,
        title="Vorwort",
        body="<p>Liebe Bürgerinnen und Bürger,</p><p>willkommen.</p>",
        expected_lock_version=None,
        acting_user=None,
    )
    return version


def _translate(version, language="ar", *, everything=False):
    """Arabic for the title, the first field, the preface and (optionally) every other text."""
    version_language_add(version=version, language=language)
    objects = version_objects(version)
    chosen = {
        ("concepts.Concept", "title"): TITLE_AR,
        ("documents.NarrativeSection", "body"): PREFACE_AR,
    }
    changes = []
    first_field = next(o for o in objects if o._meta.label == "concepts.FieldOfAction")
    changes.append((first_field, "name", FIELD_AR, first_field.name))
    for obj in objects:
        for field in ("title", "body", "name", "text", "description", "definition"):
            german = getattr(obj, field, None)
            if not german or (obj is first_field and field == "name"):
                continue
            text = chosen.get((obj._meta.label, field))
            if text is None and everything:
                text = f"ترجمة {obj.pk} {field}"
            if text is not None:
                changes.append((obj, field, text, german))
    translations_save(version=version, language=language, changes=changes, acting_user=None)


@pytest.fixture
def version(db):
    version = _version("arabischstadt")
    _translate(version)
    return version


def test_arabic_html_is_right_to_left_with_translations_and_marked_fallbacks(version):
    doc = build_document(version, language="ar")
    html = render_html(doc)
    assert 'lang="ar" dir="rtl">' in html
    assert TITLE_AR in html and FIELD_AR in html
    assert "يسعدنا أن نقدم هذه الخطة" in html
    assert "willkommen" not in html  # the preface is translated
    # The second field has no translation: German, marked for screen readers and the layout.
    assert '<h3 id="field-' in html
    assert re.search(r'class="field__title" lang="de" dir="ltr">5\.2 Handlungsfeld 1<', html)
    assert re.search(r'class="field__title">5\.1 ' + FIELD_AR, html)
    # The German original is never changed by the overlay.
    version.concept.refresh_from_db()
    assert version.concept.title == "Konzept arabischstadt"


def test_german_document_is_left_to_right_without_marks(version):
    html = render_html(build_document(version))
    assert 'lang="de" dir="ltr">' in html
    assert TITLE_AR not in html
    assert html.count('lang="de" dir="ltr"') == 1  # only the html element
    assert "willkommen." in html


def test_persian_with_german_labels_keeps_a_left_to_right_page(version):
    # Persian has no catalogue of its own: German labels, so the page runs left to right
    # and the Persian texts are right-to-left blocks inside it.
    _translate(version, "fa")
    html = render_html(build_document(version, language="fa"))
    assert 'lang="de" dir="ltr">' in html.split("\n", 2)[1]
    assert re.search(r'class="field__title" lang="fa" dir="rtl">5\.1 ' + FIELD_AR, html)
    assert re.search(r'class="field__title" lang="de" dir="ltr">5\.2 Handlungsfeld 1<', html)
    assert "@top-left { content: " in html
    assert "Handlungsfelder, Ziele und Maßnahmen" in html


def test_stylesheet_mirrors_the_page_boxes_for_right_to_left(version):
    html = render_html(build_document(version, language="ar"))
    assert "@top-right { content: " in html  # the title at the start side of an Arabic page
    assert "@bottom-left { content: " in html and "counter(pages)" in html
    german = render_html(build_document(version))
    assert "@top-left { content: " in german


@pytest.mark.skipif(not rasterize.available(), reason="librsvg not installed")
def test_arabic_pdf_embeds_charts_as_images(version):
    # WeasyPrint would draw the Arabic chart labels letter by letter; librsvg shapes them.
    doc = build_document(version, language="ar")
    printed = render_html(doc, raster_charts=True)
    assert '<img class="chart__png" src="data:image/png;base64,' in printed
    assert "<svg" not in printed
    assert "<svg" in render_html(doc)  # the browser keeps the vector charts


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_arabic_pdf_renders_with_extractable_arabic_text(version):
    rendered = pdf_document(build_document(version, language="ar"))
    assert len(rendered.pages) > 1
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=rendered.write_pdf(), capture_output=True, check=True
    ).stdout.decode()
    # pdftotext gives Arabic in logical order (lam-alef ligatures come out split, so the
    # words checked here have none).
    assert "التجريبية" in text and "يسعدنا" in text


def test_word_document_has_bidi_paragraphs_rtl_runs_and_mirrored_tables(version):
    data = render_docx(build_document(version, language="ar"))
    document = docx.Document(io.BytesIO(data))
    body = document.element.body.xml
    assert "<w:bidi/>" in body and "<w:bidiVisual/>" in body
    arabic_runs = [r for p in document.paragraphs for r in p.runs if TITLE_AR in r.text]
    assert arabic_runs
    assert "<w:rtl/>" in arabic_runs[0]._r.xml and 'w:bidi="ar"' in arabic_runs[0]._r.xml
    assert document.core_properties.language == "ar"
    german = docx.Document(io.BytesIO(render_docx(build_document(version))))
    assert "<w:bidi/>" not in german.element.body.xml


def test_build_document_queries_do_not_grow_with_translated_objects(db):
    small = _version("klein-ar")
    large = _version(
        "gross-ar",
        fields=5,
        strategic_per_field=2,
        operative_per_strategic=2,
        indicators_per_field=2,
    )
    counts = []
    for version in (small, large):
        _translate(version, everything=True)
        with CaptureQueriesContext(connection) as queries:
            build_document(version, language="ar")
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_generating_in_a_language_stores_it(version, client, django_capture_on_commit_callbacks):
    client.force_login(MembershipFactory(municipality=version.municipality).user)
    url = reverse("document_generate", args=[version.municipality.slug, version.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"format": "html", "language": "ar"})
    document = GeneratedDocument.objects.get(version=version)
    assert (document.language, document.state) == ("ar", GenerationState.DONE)
    assert 'lang="ar" dir="rtl">' in document.file.read().decode()
    assert services.file_name(document).endswith("-ar.html")
    # A language the version is not translated into is refused.
    client.post(url, {"format": "html", "language": "tr"})
    assert GeneratedDocument.objects.filter(version=version).count() == 1


def test_overview_offers_the_languages_and_lists_them(version, client):
    client.force_login(MembershipFactory(municipality=version.municipality).user)
    slug = version.municipality.slug
    GeneratedDocument.objects.create(
        municipality=version.municipality, version=version, format="pdf", language="ar"
    )
    page = client.get(reverse("documents_overview", args=[slug, version.pk])).content.decode()
    assert 'name="language"' in page and 'value="ar"' in page
    assert "العربية" in page
    assert "/dokument/?sprache=ar" in page


def test_html_view_shows_a_language_and_refuses_others(version, client):
    client.force_login(MembershipFactory(municipality=version.municipality, role="council").user)
    url = reverse("document_html", args=[version.municipality.slug, version.pk])
    response = client.get(url, {"sprache": "ar"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'dir="rtl"' in html and TITLE_AR in html and "stil.css?sprache=ar" in html
    css = client.get(
        reverse("document_css", args=[version.municipality.slug, version.pk]), {"sprache": "ar"}
    )
    assert "@top-right { content: " in css.content.decode()
    assert client.get(url, {"sprache": "uk"}).status_code == 404
    assert client.get(url, {"sprache": "xx"}).status_code == 404
