"""Only published data on the public site: drafts, versions in consultation, unpublished
languages, surveys, consultations, events and response tables, measures and indicators not
chosen, internal notes, money spent, staff names and other municipalities never appear."""

import datetime
import re

import pytest
from django.utils import timezone

from kompass.measures.models import Measure
from kompass.participation.models import Consultation, ParticipationEvent, VersionParticipation
from kompass.surveys.models import Survey, SurveyStatus
from kompass.translations import services as translation_services

from ..participation.conftest import make_event
from ..surveys.conftest import make_survey
from .conftest import PERSON, SECRET_NOTE, public_url, site_pages


def contents(client, urls):
    pages = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        pages[url] = response.content.decode()
    return pages


def assert_absent(pages, *needles):
    for url, page in pages.items():
        for needle in needles:
            assert needle not in page, f"{needle!r} leaked on {url}"


def test_drafts_and_versions_in_consultation_never_appear(world, site, draft, client):
    new, in_consultation = draft
    pages = contents(client, site_pages(world.town, world.version.pk))
    assert_absent(
        pages, "Entwurfs-Maßnahme-Neu", "Konzept-in-Konsultation", "Konsultations-Handlungsfeld"
    )
    for version in (new, in_consultation):
        for name in ("public_concept_version", "public_concept_css", "public_concept_pdf"):
            assert client.get(public_url(name, world.town, version.pk)).status_code == 404


def test_only_a_draft_means_no_concept_and_no_progress(world, client):
    from kompass.public.models import PublicSite

    PublicSite.objects.create(
        municipality=world.town,
        enabled=True,
        imprint_url="https://www.musterstadt.example/impressum",
        privacy_url="https://www.musterstadt.example/datenschutz",
    )
    Measure.objects.filter(pk=world.measure.pk).update(title="Maßnahme-nur-im-Entwurf")
    assert client.get(public_url("public_concept", world.town)).status_code == 404
    assert client.get(public_url("public_progress", world.town)).status_code == 404
    assert (
        client.get(public_url("public_concept_version", world.town, world.version.pk)).status_code
        == 404
    )
    pages = contents(
        client,
        [public_url("public_start", world.town), public_url("public_accessibility", world.town)],
    )
    assert_absent(pages, "Maßnahme-nur-im-Entwurf", world.field.name)


def test_another_municipality_never_appears(world, site, foreign, client):
    pages = contents(client, site_pages(world.town, world.version.pk))
    assert_absent(
        pages,
        "Anderstadt-Plan",
        "Anderstadt-Handlungsfeld",
        "Anderstadt-Maßnahme",
        "Anderstadt-Indikator",
        "Anderstadt-Amt",
        "anderstadt.example",
    )
    # its version under Musterstadt's address is not found, in neither direction
    for name in ("public_concept_version", "public_concept_css", "public_concept_pdf"):
        assert client.get(public_url(name, world.town, foreign.pk)).status_code == 404
        assert client.get(public_url(name, world.other_town, world.version.pk)).status_code == 404
    # and its own site shows its own data
    other = client.get(public_url("public_progress", world.other_town)).content.decode()
    assert "Anderstadt-Indikator" in other and "Gewählter Indikator" not in other


def test_internal_notes_money_spent_and_staff_names_never_appear(world, site, client):
    pages = contents(client, site_pages(world.town, world.version.pk))
    assert_absent(pages, SECRET_NOTE, PERSON, "98.765", "98765")
    progress = pages[public_url("public_progress", world.town)]
    assert world.measure.title in progress  # the measure itself is public


def test_measures_are_shown_only_when_chosen(world, site, client):
    url = public_url("public_progress", world.town)
    page = client.get(url).content.decode()
    assert world.measure.title in page and "40 %" in page
    site.show_measures = False
    site.save()
    page = client.get(url).content.decode()
    assert world.measure.title not in page and world.foreign_measure.title not in page


def test_only_chosen_indicators_appear_on_the_progress_page(world, site, client):
    page = client.get(public_url("public_progress", world.town)).content.decode()
    assert "Gewählter Indikator Sprachkurse" in page
    assert "Nicht gewählter Indikator Wohnen" not in page
    site.indicators.clear()
    page = client.get(public_url("public_progress", world.town)).content.decode()
    assert "Gewählter Indikator Sprachkurse" not in page


def test_a_chosen_indicator_of_another_version_or_town_is_never_shown(world, site, foreign, client):
    # a stray choice of another municipality's indicator changes nothing
    site.indicators.add(*foreign.indicators.all())
    page = client.get(public_url("public_progress", world.town)).content.decode()
    assert "Anderstadt-Indikator" not in page


def _arabic(world, *, publish):
    entry = translation_services.version_language_add(version=world.version, language="ar")
    translation_services.translations_save(
        version=world.version,
        language="ar",
        changes=[
            (world.version.concept, "title", "تشكيل التنوع 2030", world.version.concept.title),
            (world.field, "name", "التعليم", world.field.name),
            (world.measure, "title", "دورات لغة للأهالي", world.measure.title),
            (world.indicator, "name", "مؤشر دورات اللغة", world.indicator.name),
        ],
        acting_user=world.users["coordination"],
    )
    if publish:
        translation_services.version_language_publish(entry=entry, publish=True)


def test_an_unpublished_language_is_neither_offered_nor_shown(world, site, client):
    _arabic(world, publish=False)
    pages = contents(client, site_pages(world.town, world.version.pk, sprache="ar"))
    assert_absent(pages, "تشكيل التنوع", "التعليم", "دورات لغة", "مؤشر دورات اللغة", "العربية")
    for url, page in pages.items():
        if "stil.css" not in url:
            assert '<html lang="de" dir="ltr">' in page, url


def test_a_published_language_is_offered_and_shown_right_to_left(world, site, client):
    _arabic(world, publish=True)
    german = client.get(public_url("public_start", world.town)).content.decode()
    assert 'hreflang="ar"' in german and "العربية" in german
    start = client.get(public_url("public_start", world.town, sprache="ar"))
    page = start.content.decode()
    assert start["Content-Language"] == "ar"
    assert '<html lang="ar" dir="rtl">' in page
    assert "تشكيل التنوع 2030" in page and "التعليم" in page
    # the guideline has no translation: shown in German, marked as such
    assert f'lang="de" dir="ltr">{world.guideline.title}' in page
    assert 'aria-current="true">العربية' in page
    progress = client.get(public_url("public_progress", world.town, sprache="ar")).content.decode()
    assert '<html lang="ar" dir="rtl">' in progress
    assert "دورات لغة للأهالي" in progress and "مؤشر دورات اللغة" in progress
    concept = client.get(public_url("public_concept", world.town, sprache="ar")).content.decode()
    assert '<html lang="ar" dir="rtl">' in concept
    assert "تشكيل التنوع 2030" in concept
    # links between the pages keep the language
    assert public_url("public_progress", world.town, sprache="ar") in page


def survey(municipality, title, **extra):
    made = make_survey(municipality, **extra)
    Survey.objects.filter(pk=made.pk).update(title=title)
    return made


def test_unpublished_surveys_never_appear_on_the_start_page(world, site, client):
    today = timezone.localdate()
    make_survey = survey
    make_survey(world.town, "Umfrage-Entwurf", status=SurveyStatus.DRAFT)
    make_survey(world.town, "Umfrage-Geschlossen", status=SurveyStatus.CLOSED)
    make_survey(world.town, "Umfrage-Abgelaufen", closes_on=today - datetime.timedelta(days=1))
    make_survey(world.town, "Umfrage-Später", opens_on=today + datetime.timedelta(days=3))
    make_survey(world.other_town, "Umfrage-Anderstadt")
    make_survey(world.town, "Umfrage-Offen", closes_on=today + datetime.timedelta(days=3))
    page = client.get(public_url("public_start", world.town)).content.decode()
    assert "Umfrage-Offen" in page
    for title in (
        "Umfrage-Entwurf",
        "Umfrage-Geschlossen",
        "Umfrage-Abgelaufen",
        "Umfrage-Später",
        "Umfrage-Anderstadt",
    ):
        assert title not in page


def test_only_open_public_consultations_appear(world, site, draft, client):
    new, _in_consultation = draft
    today = timezone.localdate()

    def consultation(title, municipality=world.town, version=new, **extra):
        values = {"opens_on": today - datetime.timedelta(days=1), "is_public": True} | extra
        return Consultation.objects.create(
            municipality=municipality, version=version, title=title, **values
        )

    consultation("Konsultation-Offen")
    consultation("Konsultation-Intern", is_public=False)
    consultation("Konsultation-Später", opens_on=today + datetime.timedelta(days=2))
    consultation("Konsultation-Vorbei", closes_on=today - datetime.timedelta(days=1))
    consultation("Konsultation-Geschlossen", closed_at=timezone.now())
    page = client.get(public_url("public_start", world.town)).content.decode()
    assert "Konsultation-Offen" in page
    for title in (
        "Konsultation-Intern",
        "Konsultation-Später",
        "Konsultation-Vorbei",
        "Konsultation-Geschlossen",
    ):
        assert title not in page


def test_unpublished_events_and_response_tables_never_appear(world, site, client):
    soon = timezone.now() + datetime.timedelta(days=7)
    make_event(world.version, title="Veranstaltung-Öffentlich", published=True)
    make_event(world.version, title="Veranstaltung-Intern", published=False)
    make_event(world.version, title="Veranstaltung-Vergangen", published=True)
    ParticipationEvent.objects.exclude(title="Veranstaltung-Vergangen").update(starts_at=soon)
    url = public_url("public_start", world.town)
    page = client.get(url).content.decode()
    assert "Veranstaltung-Öffentlich" in page
    assert "Veranstaltung-Intern" not in page and "Veranstaltung-Vergangen" not in page
    answers = public_url("public_responses", world.town, world.version.pk)
    VersionParticipation.objects.create(municipality=world.town, version=world.version)
    assert answers not in client.get(url).content.decode()
    VersionParticipation.objects.update(response_published_at=timezone.now())
    assert answers in client.get(url).content.decode()


@pytest.mark.parametrize("name", ["public_concept", "public_progress", "public_start"])
def test_superseded_versions_are_archived_and_drafts_are_not(world, site, draft, client, name):
    from .conftest import adopt

    new, _in_consultation = draft
    adopt(new, world.users["coordination"], day=datetime.date(2027, 2, 1))
    page = client.get(public_url(name, world.town)).content.decode()
    assert "Entwurfs-Maßnahme-Neu" in page or name == "public_start"
    start = client.get(public_url("public_start", world.town)).content.decode()
    assert public_url("public_concept_version", world.town, world.version.pk) in start
    old = client.get(public_url("public_concept_version", world.town, world.version.pk))
    assert old.status_code == 200
    assert public_url("public_concept", world.town) in old.content.decode()


def test_leichte_sprache_pages_keep_german_labels_marked_as_german(world, site, client):
    entry = translation_services.version_language_add(version=world.version, language="ls")
    translation_services.version_language_publish(entry=entry, publish=True)
    page = client.get(public_url("public_start", world.town, sprache="ls")).content.decode()
    assert '<html lang="de-x-ls" dir="ltr">' in page
    # the header's labels come from the German catalogue: marked as German
    assert re.search(r'<nav class="public-nav" aria-label="[^"]+" lang="de" dir="ltr">', page)
    assert re.search(r'<footer class="public-footer" lang="de" dir="ltr">', page)
    assert public_url("public_progress", world.town, sprache="ls") in page


def test_an_unknown_language_gives_the_german_page(world, site, client):
    response = client.get(public_url("public_start", world.town, sprache="xx"))
    assert response.status_code == 200
    assert '<html lang="de" dir="ltr">' in response.content.decode()
    assert response["Content-Language"] == "de"
