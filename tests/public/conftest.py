"""The public site's test world: Musterstadt's version adopted and its site switched on,
with distinctive strings for everything that must never appear on a public page."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from kompass.concepts.models import VersionStatus
from kompass.concepts.services import concept_version_adopt
from kompass.measures.models import Measure
from kompass.public.models import PublicSite

from ..factories import (
    BudgetLineFactory,
    FieldFactory,
    IndicatorFactory,
    IndicatorValueFactory,
    MeasureFactory,
    VersionFactory,
)

SECRET_NOTE = "INTERNE-NOTIZ-7731"
SPENT = Decimal("98765.43")
PERSON = "Ottilie Verwaltungsintern"


def adopt(version, user, day=datetime.date(2025, 3, 1)):
    return concept_version_adopt(
        version=version,
        adopted_on=day,
        adopting_resolution="Stadtrat, Beschluss 2025/17",
        acting_user=user,
    )


def public_url(name, municipality, *args, sprache=None):
    url = reverse(name, args=[municipality.slug, *args])
    return f"{url}?sprache={sprache}" if sprache else url


@pytest.fixture
def site(world):
    """Musterstadt: its version adopted, the public site on, one indicator chosen."""
    coordinator = world.users["coordination"]
    coordinator.first_name, coordinator.last_name = PERSON.split(" ")
    coordinator.save()
    concept = world.version.concept
    concept.title = "Vielfalt gestalten 2030"
    concept.save()
    world.indicator.name = "Gewählter Indikator Sprachkurse"
    world.indicator.save()
    world.foreign_indicator.name = "Nicht gewählter Indikator Wohnen"
    world.foreign_indicator.save()
    IndicatorValueFactory(indicator=world.indicator, year=2023, value=Decimal("10"))
    world.budget_line.spent_amount = SPENT
    world.budget_line.save()
    adopt(world.version, coordinator)
    Measure.objects.filter(pk=world.measure.pk).update(
        status_note=SECRET_NOTE, status="in_progress", progress=40
    )
    site = PublicSite.objects.create(
        municipality=world.town,
        enabled=True,
        contact_office="Stabsstelle Integration",
        contact_email="integration@musterstadt.example",
        imprint_url="https://www.musterstadt.example/impressum",
        privacy_url="https://www.musterstadt.example/datenschutz",
        barriers="Diagramme sind nur eingeschränkt zugänglich.",
        show_measures=True,
        indicators_version=world.version,
    )
    site.indicators.add(world.indicator)
    world.site = site
    return site


@pytest.fixture
def foreign(world, site):
    """Anderstadt: its own adopted concept and public site, with distinctive names."""
    version = VersionFactory(
        concept__municipality=world.other_town, concept__title="Anderstadt-Plan"
    )
    field = FieldFactory(version=version, name="Anderstadt-Handlungsfeld")
    measure = MeasureFactory(field=field, title="Anderstadt-Maßnahme")
    indicator = IndicatorFactory(field=field, name="Anderstadt-Indikator")
    IndicatorValueFactory(indicator=indicator)
    BudgetLineFactory(measure=measure)
    adopt(version, world.users["foreign_coordinator"])
    other_site = PublicSite.objects.create(
        municipality=world.other_town,
        enabled=True,
        contact_office="Anderstadt-Amt",
        imprint_url="https://www.anderstadt.example/impressum",
        privacy_url="https://www.anderstadt.example/datenschutz",
    )
    other_site.indicators.add(indicator)
    return version


@pytest.fixture
def draft(world, site):
    """A revision of Musterstadt's concept in progress (draft) with a renamed measure, and a
    second concept in consultation."""
    from kompass.concepts.services import concept_version_start_revision

    new = concept_version_start_revision(
        version=world.version, acting_user=world.users["coordination"]
    )
    Measure.objects.filter(version=new, predecessor=world.measure).update(
        title="Entwurfs-Maßnahme-Neu"
    )
    in_consultation = VersionFactory(
        concept__municipality=world.town,
        concept__title="Konzept-in-Konsultation",
        status=VersionStatus.CONSULTATION,
    )
    FieldFactory(version=in_consultation, name="Konsultations-Handlungsfeld")
    return new, in_consultation


def site_pages(municipality, version_pk, sprache=None):
    """Every page of the public site (without the PDF, which exists only when generated)."""
    return [
        public_url("public_start", municipality, sprache=sprache),
        public_url("public_concept", municipality, sprache=sprache),
        public_url("public_concept_version", municipality, version_pk, sprache=sprache),
        public_url("public_concept_css", municipality, version_pk, sprache=sprache),
        public_url("public_progress", municipality, sprache=sprache),
        public_url("public_accessibility", municipality, sprache=sprache),
    ]
