"""Coordination sets up the public site: switch, legal pages, statement, progress page; the
choice of indicators follows a revision."""

import datetime

from django.urls import reverse

from kompass.concepts.services import concept_version_start_revision
from kompass.indicators.models import Indicator
from kompass.public.models import PublicSite
from kompass.public.selectors import selected_indicator_ids

from .conftest import adopt, public_url


def settings_url(world):
    return reverse("public_site_settings", args=[world.town.slug])


def form_data(world, site=None, **changes):
    data = {
        "enabled": "on",
        "contact_office": "Stabsstelle Integration",
        "contact_person": "",
        "contact_email": "integration@musterstadt.example",
        "contact_phone": "06123 45-6789",
        "contact_address": "Rathausplatz 1\n12345 Musterstadt",
        "imprint_url": "https://www.musterstadt.example/impressum",
        "privacy_url": "https://www.musterstadt.example/datenschutz",
        "conformity": "partial",
        "barriers": "PDF noch nicht barrierefrei",
        "alternatives": "",
        "statement_prepared_on": "2026-03-16",
        "statement_reviewed_on": "",
        "assessment_method": "self",
        "feedback_contact": "",
        "enforcement_body": "",
        "show_measures": "on",
        "indicators": [str(world.indicator.pk)],
    }
    if site is not None:
        data["lock_version"] = str(site.lock_version)
    data.update(changes)
    return data


def test_coordination_switches_the_site_on(world, login):
    adopt(world.version, world.users["coordination"])
    client = login(world.users["coordination"])
    page = client.get(settings_url(world))
    assert page.status_code == 200
    assert world.indicator.name in page.content.decode()
    response = client.post(settings_url(world), form_data(world))
    assert response.status_code == 302
    site = PublicSite.objects.get(municipality=world.town)
    assert site.enabled and site.indicators_version == world.version
    assert list(site.indicators.all()) == [world.indicator]
    assert site.history.count() == 1
    client.logout()
    assert client.get(public_url("public_start", world.town)).status_code == 200


def test_the_legal_pages_are_required_while_the_site_is_on(world, login):
    client = login(world.users["coordination"])
    # (no version adopted yet: there are no indicators to choose)
    data = form_data(world, imprint_url="", privacy_url="", indicators=[])
    response = client.post(settings_url(world), data)
    assert response.status_code == 200
    assert not PublicSite.objects.exists()
    assert response.context["form"].errors.keys() >= {"imprint_url", "privacy_url"}
    # switched off, they may stay empty for now
    del data["enabled"]
    assert client.post(settings_url(world), data).status_code == 302


def test_a_concurrent_change_is_not_overwritten(world, site, login):
    client = login(world.users["coordination"])
    stale = form_data(world, site, contact_office="Erste Änderung")
    assert client.post(settings_url(world), stale).status_code == 302
    response = client.post(settings_url(world), dict(stale, contact_office="Zweite Änderung"))
    assert response.status_code == 200
    site.refresh_from_db()
    assert site.contact_office == "Erste Änderung"


def test_indicators_of_other_versions_cannot_be_chosen(world, site, foreign, login):
    client = login(world.users["coordination"])
    other = foreign.indicators.get()
    response = client.post(settings_url(world), form_data(world, site, indicators=[str(other.pk)]))
    assert response.status_code == 200
    assert list(site.indicators.all()) == [world.indicator]


def test_the_choice_follows_a_revision_through_the_predecessor_links(world, site, client):
    new = concept_version_start_revision(
        version=world.version, acting_user=world.users["coordination"]
    )
    copy = Indicator.objects.get(version=new, predecessor=world.indicator)
    Indicator.objects.filter(pk=copy.pk).update(name="Sprachkurse (neu definiert)")
    not_chosen = Indicator.objects.get(version=new, predecessor=world.foreign_indicator)
    adopt(new, world.users["coordination"], day=datetime.date(2027, 1, 15))
    assert selected_indicator_ids(site, new) == {copy.pk}
    page = client.get(public_url("public_progress", world.town)).content.decode()
    assert "Sprachkurse (neu definiert)" in page
    assert not_chosen.name not in page
    # a second revision: still found, two links back
    newer = concept_version_start_revision(version=new, acting_user=world.users["coordination"])
    adopt(newer, world.users["coordination"], day=datetime.date(2029, 1, 15))
    assert selected_indicator_ids(site, newer) == {
        Indicator.objects.get(version=newer, predecessor=copy).pk
    }


def test_the_settings_form_shows_the_carried_choice(world, site, login):
    new = concept_version_start_revision(
        version=world.version, acting_user=world.users["coordination"]
    )
    adopt(new, world.users["coordination"], day=datetime.date(2027, 1, 15))
    copy = Indicator.objects.get(version=new, predecessor=world.indicator)
    client = login(world.users["coordination"])
    form = client.get(settings_url(world)).context["form"]
    assert form.initial["indicators"] == [copy.pk]
    assert client.post(settings_url(world), form_data(world, site, indicators=[copy.pk]))
    site.refresh_from_db()
    assert site.indicators_version == new and list(site.indicators.all()) == [copy]


def test_the_settings_page_is_linked_from_the_administration_page(world, login):
    client = login(world.users["coordination"])
    page = client.get(reverse("municipality_settings", args=[world.town.slug])).content.decode()
    assert settings_url(world) in page
    council = login(world.users["council"])
    page = council.get(reverse("municipality_settings", args=[world.town.slug])).content.decode()
    assert settings_url(world) not in page
