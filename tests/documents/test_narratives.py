"""Editing the narrative chapters: sanitised, optimistic locking, frozen on adoption."""

import datetime

import pytest
from django.urls import reverse

from kompass.concepts.locking import VersionLocked
from kompass.concepts.services import concept_version_adopt
from kompass.documents import services
from kompass.documents.models import NarrativeSection


def _url(world, key="preface"):
    return reverse("narrative_edit", args=[world.town.slug, world.version.pk, key])


def test_coordination_writes_a_chapter_and_the_markup_is_sanitised(world, client):
    client.force_login(world.users["coordination"])
    response = client.post(
        _url(world),
        {
            "title": "Grußwort",
            "body": '<p onclick="x">Liebe Leute<script>alert(1)</script></p>'
            '<a href="javascript:alert(1)">hier</a>',
        },
    )
    assert response.status_code == 302
    section = NarrativeSection.objects.get(version=world.version, key="preface")
    assert section.body == "<p>Liebe Leute</p>hier"
    assert section.heading == "Grußwort"
    assert section.history.count() == 1
    page = client.get(reverse("documents_overview", args=[world.town.slug, world.version.pk]))
    assert "Grußwort" in page.content.decode()


def test_a_concurrent_change_is_not_overwritten(world, client):
    section = services.narrative_save(
        version=world.version,
        key="preface",
        title="",
        body="Erste Fassung",
        expected_lock_version=None,
        acting_user=None,
    )
    seen = section.lock_version
    services.narrative_save(
        version=world.version,
        key="preface",
        title="",
        body="Zweite Fassung",
        expected_lock_version=seen,
        acting_user=None,
    )
    client.force_login(world.users["coordination"])
    response = client.post(
        _url(world), {"title": "", "body": "Dritte Fassung", "lock_version": str(seen)}
    )
    assert response.status_code == 200
    assert "Jemand anderes hat diesen Eintrag geändert" in response.content.decode()
    assert NarrativeSection.objects.get(pk=section.pk).body == "<p>Zweite Fassung</p>"


def test_unknown_chapters_are_not_found(world, client):
    client.force_login(world.users["coordination"])
    assert client.get(_url(world, key="unbekannt")).status_code == 404


def _adopt(world):
    concept_version_adopt(
        version=world.version,
        adopted_on=datetime.date(2025, 3, 1),
        adopting_resolution="Rat, 1. März 2025",
        acting_user=world.users["coordination"],
    )


def test_adopted_versions_keep_their_texts(world, client):
    services.narrative_save(
        version=world.version,
        key="preface",
        title="",
        body="Beschlossen",
        expected_lock_version=None,
        acting_user=None,
    )
    _adopt(world)
    world.version.refresh_from_db()
    # model layer
    section = NarrativeSection.objects.get(version=world.version, key="preface")
    section.body = "geändert"
    with pytest.raises(VersionLocked):
        section.save()
    with pytest.raises(VersionLocked):
        NarrativeSection(
            version=world.version, municipality=world.town, key="sources", body="neu"
        ).save()
    # views
    client.force_login(world.users["coordination"])
    response = client.post(_url(world), {"title": "", "body": "geändert", "lock_version": "0"})
    assert response.status_code == 302
    assert NarrativeSection.objects.get(pk=section.pk).body == "<p>Beschlossen</p>"
    page = client.get(reverse("documents_overview", args=[world.town.slug, world.version.pk]))
    assert _url(world) not in page.content.decode()


def test_narratives_are_copied_into_a_revision(world):
    services.narrative_save(
        version=world.version,
        key="glossary",
        title="Glossar",
        body="<ul><li>AGS</li></ul>",
        expected_lock_version=None,
        acting_user=None,
    )
    from ..factories import VersionFactory

    successor = VersionFactory(concept=world.version.concept, number=2)
    assert services.narratives_copy(source=world.version, target=successor, acting_user=None) == 1
    copy = NarrativeSection.objects.get(version=successor)
    assert (copy.key, copy.title, copy.body) == ("glossary", "Glossar", "<ul><li>AGS</li></ul>")


READERS = ["responsible_unit", "steering_group", "facilitator", "council", "programme_coordinator"]
OUTSIDERS = ["foreign_coordinator", "foreign_programme_coordinator", "no_membership"]


@pytest.mark.parametrize(
    ("user_key", "status"),
    [("coordination", 200), ("instance_admin", 200)]
    + [(u, 403) for u in READERS]
    + [(u, 404) for u in OUTSIDERS],
)
def test_narrative_edit_and_generation_matrix(world, client, user_key, status):
    client.force_login(world.users[user_key])
    assert client.get(_url(world)).status_code == status
    generate = reverse("document_generate", args=[world.town.slug, world.version.pk])
    response = client.post(generate, {"format": "html"})
    assert response.status_code == (302 if status == 200 else status)


def test_narrative_edit_is_not_found_under_another_municipality(world, client):
    client.force_login(world.users["foreign_coordinator"])
    url = reverse("narrative_edit", args=[world.other_town.slug, world.version.pk, "preface"])
    assert client.get(url).status_code == 404


def test_narrative_page_passes_the_page_audit(world, client):
    from ..core.test_pages import audit

    client.force_login(world.users["coordination"])
    page = audit(client.get(_url(world)))
    assert page.html_lang == "de" and "Integrationskompass" in page.title
    assert all(
        aria or wrapped or (cid and cid in page.label_for)
        for cid, aria, wrapped, _name in page.controls
    )


def test_starting_a_revision_takes_the_chapters_along(world):
    from kompass.concepts.services import concept_version_start_revision

    services.narrative_save(
        version=world.version,
        key="preface",
        title="",
        body="Vorwort der Bürgermeisterin",
        expected_lock_version=None,
        acting_user=None,
    )
    _adopt(world)
    world.version.refresh_from_db()
    revision = concept_version_start_revision(version=world.version, acting_user=None)
    copy = NarrativeSection.objects.get(version=revision, key="preface")
    assert copy.body == "<p>Vorwort der Bürgermeisterin</p>"
