"""Query counts that do not grow with the concept, small counts as "< 5", and the cached
concept document that follows translations and the municipality's look."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kompass.concepts.models import VersionStatus
from kompass.indicators.models import IndicatorValue
from kompass.public.progress import is_count_unit, shown_value
from kompass.translations import services as translation_services

from ..factories import (
    BudgetLineFactory,
    DistrictFactory,
    GoalFactory,
    IndicatorFactory,
    IndicatorValueFactory,
    MeasureFactory,
)
from .conftest import public_url

START_MAX_QUERIES = 12
PROGRESS_MAX_QUERIES = 18
CONCEPT_CACHED_MAX_QUERIES = 6


def _grow(world, site, n):
    """Add goals, measures and chosen indicators to the adopted version (data, not planning:
    the model layer locks an adopted version, so the rows go in through the test factories
    while it is briefly a draft)."""
    from kompass.concepts.models import ConceptVersion

    ConceptVersion.objects.filter(pk=world.version.pk).update(status=VersionStatus.DRAFT)
    world.version.refresh_from_db()
    for i in range(n):
        goal = GoalFactory(field=world.field, level=3, parent=world.goal, title=f"Ziel {i}")
        measure = MeasureFactory(field=world.field, goals=[goal], title=f"Wachstum {i}")
        BudgetLineFactory(measure=measure)
        indicator = IndicatorFactory(field=world.field, goals=[goal], name=f"Kennzahl {i}")
        IndicatorValueFactory(indicator=indicator)
        site.indicators.add(indicator)
    ConceptVersion.objects.filter(pk=world.version.pk).update(status=VersionStatus.ADOPTED)
    world.version.refresh_from_db()


def _count(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize(
    ("name", "limit"),
    [("public_start", START_MAX_QUERIES), ("public_progress", PROGRESS_MAX_QUERIES)],
)
def test_query_count_is_pinned_and_does_not_grow(world, site, client, name, limit):
    url = public_url(name, world.town)
    _grow(world, site, 2)
    small = _count(client, url)
    _grow(world, site, 20)
    large = _count(client, url)
    assert small == large
    assert large <= limit


def test_the_concept_page_is_cached_and_its_queries_do_not_grow(world, site, client):
    url = public_url("public_concept", world.town)
    _grow(world, site, 2)
    cold_small = _count(client, url)
    warm = _count(client, url)
    assert warm < cold_small and warm <= CONCEPT_CACHED_MAX_QUERIES
    _grow(world, site, 20)  # new indicator values: a new stamp, so the document is built again
    cold_large = _count(client, url)
    assert cold_large == cold_small
    assert "Wachstum 19" in client.get(url).content.decode()


def test_a_new_translation_or_look_renews_the_cached_document(world, site, client):
    entry = translation_services.version_language_add(version=world.version, language="en")
    translation_services.version_language_publish(entry=entry, publish=True)
    url = public_url("public_concept", world.town, sprache="en")
    assert "Shaping diversity 2030" not in client.get(url).content.decode()
    translation_services.translations_save(
        version=world.version,
        language="en",
        changes=[
            (world.version.concept, "title", "Shaping diversity 2030", world.version.concept.title)
        ],
        acting_user=world.users["coordination"],
    )
    assert "Shaping diversity 2030" in client.get(url).content.decode()
    css_url = public_url("public_concept_css", world.town, world.version.pk)
    assert "#0f5670" not in client.get(css_url).content.decode()
    world.town.brand_colour = "#0f5670"
    world.town.save()
    assert "#0f5670" in client.get(css_url).content.decode()


def test_the_pdf_link_names_size_and_pages_of_the_latest_pdf_in_the_language(world, site, client):
    from django.core.files.base import ContentFile

    from kompass.documents.models import GeneratedDocument

    url = public_url("public_concept", world.town)
    assert public_url("public_concept_pdf", world.town, world.version.pk) not in (
        client.get(url).content.decode()
    )
    document = GeneratedDocument(
        municipality=world.town, version=world.version, format="pdf", state="done", language="de"
    )
    document.file.save("konzept.pdf", ContentFile(b"%PDF-1.7 " + b"x" * 2048), save=False)
    document.size, document.pages = 2057, 34
    document.save()
    GeneratedDocument.objects.create(
        municipality=world.town, version=world.version, format="pdf", state="running"
    )
    page = client.get(url).content.decode()
    assert public_url("public_concept_pdf", world.town, world.version.pk) in page
    assert "34" in page and "2,0" in page
    download = client.get(public_url("public_concept_pdf", world.town, world.version.pk))
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    # English is published, but there is no English PDF: no link, 404 for the address
    english = public_url("public_concept_pdf", world.town, world.version.pk, sprache="en")
    entry = translation_services.version_language_add(version=world.version, language="en")
    translation_services.version_language_publish(entry=entry, publish=True)
    assert client.get(english).status_code == 404
    english_page = public_url("public_concept", world.town, sprache="en")
    assert "pdf/" not in client.get(english_page).content.decode().split("<main")[0]


@pytest.mark.parametrize(
    ("unit", "counts"),
    [
        ("Personen", True),
        ("Kontakte", True),
        ("", True),
        ("%", False),
        ("Auszubildende je 100 Beschäftigte", False),
        ("je 1.000 Einwohner", False),
        ("Quote", False),
    ],
)
def test_which_units_count_people(unit, counts):
    assert is_count_unit(unit) is counts


def test_small_counts_are_shown_as_less_than_five():
    def value(number, flag=""):
        return IndicatorValue(value=None if number is None else Decimal(number), flag=flag)

    assert shown_value(value("3"), "Personen") == "< 5"
    assert shown_value(value("0"), "Personen") == "0"
    assert shown_value(value("5"), "Personen") == "5"
    assert shown_value(value("3.5"), "%") == "3,5"
    assert shown_value(value(None, "secret"), "Personen") == "geheim"


def test_disaggregated_small_counts_on_the_progress_page(world, site, client):
    from kompass.indicators.models import Indicator

    Indicator.objects.filter(pk=world.indicator.pk).update(unit="Personen")
    north = DistrictFactory(municipality=world.town, name="Nordviertel", code="01")
    south = DistrictFactory(municipality=world.town, name="Südviertel", code="02")
    IndicatorValueFactory(indicator=world.indicator, year=2024, district=north, value=3)
    IndicatorValueFactory(indicator=world.indicator, year=2024, district=south, value=17)
    IndicatorValueFactory(indicator=world.indicator, year=2024, group="Frauen", value=2)
    page = client.get(public_url("public_progress", world.town)).content.decode()
    assert "Nordviertel" in page and "Südviertel" in page and "Frauen" in page
    assert page.count("&lt; 5") >= 2
    assert ">17<" in page
    assert ">3<" not in page and ">2<" not in page
