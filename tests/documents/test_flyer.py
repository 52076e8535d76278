"""The one-page summary (flyer): one tagged A4 page with the data, whatever the concept's size."""

import shutil
import subprocess

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from kompass.concepts.models import Concept, ConceptVersion, FieldOfAction, Vision
from kompass.demo.synthetic import generate_concept
from kompass.documents.flyer import (
    LEVELS,
    contrast,
    readable_on_white,
    render_flyer,
    render_flyer_html,
    text_colour_on,
)
from kompass.documents.summary import build_summary, shorten
from kompass.measures.models import Measure

from ..factories import BudgetLineFactory, GoalFactory, MeasureFactory
from .publication_data import furnish

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdfinfo") and shutil.which("pdftotext")), reason="poppler-utils missing"
)


def pdf_info(pdf: bytes, tmp_path) -> dict:
    path = tmp_path / "flyer.pdf"
    path.write_bytes(pdf)
    output = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return {
        key.strip(): value.strip()
        for key, _, value in (line.partition(":") for line in output.stdout.splitlines())
    }


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "flyer.pdf"
    path.write_bytes(pdf)
    output = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(output.stdout.split())


def flyer_url(world, municipality=None):
    return reverse("version_flyer_pdf", args=[(municipality or world.town).slug, world.version.pk])


@needs_poppler
def test_flyer_is_one_tagged_a4_page_with_the_data(world, client, tmp_path):
    # given
    furnish(world)
    client.force_login(world.users["council"])
    # when
    response = client.get(flyer_url(world))
    # then
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    info = pdf_info(response.content, tmp_path)
    assert info["Pages"] == "1"
    assert info["Tagged"] == "yes"
    assert info["Page size"].endswith("(A4)")
    assert "Integrationskonzept Musterstadt" in info["Title"]
    assert info["Author"] == "Musterstadt"
    text = pdf_text(response.content, tmp_path)
    for expected in [
        "MUSTERSTADT",
        "Integrationskonzept Musterstadt",
        "2024–2030",
        "Stadtverordnetenversammlung",
        "Beschluss-Nr. 2024/117",
        "Vielfalt ist Stärke.",
        "Bildung",  # the field of action
        world.measure.title,  # an example measure
        "64",  # participants
        "/oeffentlich/musterstadt/konzept/",
        "Stabsstelle Integration und Vielfalt",
    ]:
        assert expected in text, expected


def test_flyer_html_declares_language_and_title_for_the_pdf_metadata(world):
    furnish(world)
    with translation.override("en"):
        html = render_flyer_html(build_summary(world.version))
    assert '<html lang="en">' in html
    assert "<title>Integrationskonzept Musterstadt – Summary</title>" in html
    assert 'alt="' not in html or 'alt="Logo of Musterstadt"' in html
    assert "Adopted on 21 March 2024" in html
    assert "38 yes, 4 no, 3 abstentions" in html


def test_a_draft_says_it_is_not_adopted_yet(world):
    furnish(world, adopt=False)
    with translation.override("en"):
        html = render_flyer_html(build_summary(world.version))
    assert "Draft – not yet adopted" in html
    assert "38 yes" not in html


def _huge_concept():
    """300 measures in 10 fields, with every text at its longest."""
    version = generate_concept(
        slug="riesenstadt",
        fields=10,
        strategic_per_field=2,
        operative_per_strategic=3,
        measures_per_operative=5,
        indicators_per_field=0,
        years=2,
    )
    Concept.objects.filter(pk=version.concept_id).update(title="Langer Titel " * 23)
    ConceptVersion.objects.filter(pk=version.pk).update(period_start=2025, period_end=2035)
    FieldOfAction.objects.filter(version=version).update(name="Handlungsfeld mit Namen " * 8)
    Measure.objects.filter(version=version).update(title="Eine sehr ausführliche Maßnahme " * 9)
    Vision.objects.filter(version=version).update(text="Vielfalt ist unsere Stärke. " * 180)
    municipality = version.municipality
    municipality.responsible_office = "Amt für Integration " * 15
    municipality.save(update_fields=["responsible_office"])
    version.refresh_from_db()
    return version


@needs_poppler
def test_a_300_measure_concept_still_gives_exactly_one_page(db, tmp_path):
    version = _huge_concept()
    summary = build_summary(version)
    assert summary.measure_total == 300
    pdf, detail = render_flyer(summary)
    assert pdf_info(pdf, tmp_path)["Pages"] == "1"
    text = pdf_text(pdf, tmp_path)
    with translation.override("en"):
        html = render_flyer_html(summary, detail)
    # shortened gracefully: fields and measures left out are counted, not cut off silently
    assert "more fields of action" in html
    assert "more measures" in html or detail.examples == 0
    assert "300" in text
    # the footer is still on the page: where to read the concept and whom to ask
    assert "/oeffentlich/riesenstadt/konzept/" in text
    assert "Amt für Integration" in text


def test_the_shortest_level_fits_one_page_with_any_data(db):
    """The last level is the guarantee: it must fit even if nothing else does."""
    from weasyprint import HTML

    summary = build_summary(_huge_concept())
    document = HTML(string=render_flyer_html(summary, LEVELS[-1])).render()
    assert len(document.pages) == 1


def test_shorten_cuts_after_a_sentence_or_a_word():
    assert shorten("Kurz.", 20) == "Kurz."
    assert shorten("Erster Satz ist da. Zweiter Satz ist lang genug", 30) == "Erster Satz ist da."
    assert shorten("Ein sehr langes Wort Ende", 18) == "Ein sehr langes…"
    assert len(shorten("x" * 500, 100)) <= 100


@given(st.integers(min_value=0, max_value=0xFFFFFF))
def test_text_on_any_brand_colour_meets_wcag_aa(value):
    colour = f"#{value:06x}"
    assert contrast(text_colour_on(colour), colour) >= 4.5
    assert contrast("#ffffff", readable_on_white(colour)) >= 4.5


def test_brand_colour_examples():
    assert text_colour_on("#0f5670") == "#ffffff"
    assert text_colour_on("#ffcc00") == "#000000"
    assert readable_on_white("#0f5670") == "#0f5670"  # dark enough already
    assert readable_on_white("#ffcc00") != "#ffcc00"


def test_foreign_municipality_gets_404(world, client):
    client.force_login(world.users["foreign_coordinator"])
    assert client.get(flyer_url(world)).status_code == 404
    assert client.get(flyer_url(world, world.other_town)).status_code == 404
    assert client.get(flyer_url(world)).status_code == 404


def _count(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


# session, user, municipality and access (4), the version (1), the summary (9)
FLYER_MAX_QUERIES = 14


def test_flyer_query_count_is_pinned_and_does_not_grow(world, client):
    furnish(world, adopt=False)
    client.force_login(world.users["coordination"])
    small = _count(client, flyer_url(world))
    for i in range(20):
        goal = GoalFactory(field=world.field, title=f"Ziel {i}")
        measure = MeasureFactory(field=world.field, goals=[goal])
        BudgetLineFactory(measure=measure)
    large = _count(client, flyer_url(world))
    assert small == large
    assert large <= FLYER_MAX_QUERIES, large


@needs_poppler
def test_a_change_of_the_data_gives_a_new_flyer_despite_the_cache(world, tmp_path):
    furnish(world, adopt=False)
    first, _ = render_flyer(build_summary(world.version))
    assert render_flyer(build_summary(world.version))[0] == first  # from the cache
    world.field.name = "Bildung und Sprache"
    world.field.save(update_fields=["name"])
    second, _ = render_flyer(build_summary(world.version))
    assert "Bildung und Sprache" in pdf_text(second, tmp_path)
