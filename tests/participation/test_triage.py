"""Triage, coverage, merging and the adoption guard."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from kompass.concepts import services as concept_services
from kompass.concepts.models import VersionStatus
from kompass.participation.models import AdoptionOverride, ContributionDecision
from kompass.participation.selectors import version_coverage
from kompass.participation.services import contribution_decide, contribution_merge

from .conftest import add_contributions, make_event


def test_decision_from_the_triage_page_is_recorded_with_who_and_when(pworld, client):
    client.force_login(pworld.users["coordination"])
    c = pworld.contribution
    url = reverse("decision_add", args=[pworld.town.slug, c.pk])
    triage = reverse("contribution_triage", args=[pworld.town.slug, pworld.version.pk])
    response = client.post(
        url,
        {
            "prefix": f"c{c.pk}",
            f"c{c.pk}-outcome": "partly",
            f"c{c.pk}-target": f"m{pworld.measure.pk}",
            f"c{c.pk}-reason": "Teilweise in die Maßnahme übernommen.",
            "next": triage + "?offen=1",
        },
    )
    assert response.status_code == 302 and response["Location"].startswith(triage)
    decision = ContributionDecision.objects.get(contribution=c)
    assert (
        decision.measure == pworld.measure and decision.decided_by == pworld.users["coordination"]
    )
    assert decision.history.first().history_user == pworld.users["coordination"]
    assert version_coverage(pworld.version).percent == 100


def test_adopted_needs_a_target_and_every_decision_a_reason(pworld):
    user = pworld.users["coordination"]
    with pytest.raises(ValidationError) as error:
        contribution_decide(
            contribution=pworld.contribution, outcome="adopted", reason="x", acting_user=user
        )
    assert "target" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        contribution_decide(
            contribution=pworld.contribution, outcome="not_adopted", reason=" ", acting_user=user
        )
    assert "reason" in error.value.message_dict
    decision = contribution_decide(
        contribution=pworld.contribution,
        outcome="not_adopted",
        reason="Liegt nicht in kommunaler Zuständigkeit.",
        acting_user=user,
    )
    assert decision.target is None


def test_coverage_per_event_and_version_ignores_merged_duplicates(pworld, client):
    extra = add_contributions(pworld.version, pworld.event, 3, start=10)
    contribution_merge(duplicate=extra[0], into=pworld.contribution, acting_user=None)
    # answerable: contribution, extra[1], extra[2], online (decided) -> 1 of 4
    coverage = version_coverage(pworld.version)
    assert (coverage.total, coverage.decided, coverage.percent) == (4, 1, 25)
    client.force_login(pworld.users["council"])
    page = client.get(reverse("participation_overview", args=[pworld.town.slug, pworld.version.pk]))
    assert "25 %" in page.content.decode()


def test_merge_keeps_the_link_and_shares_the_answer(pworld, client):
    dup = add_contributions(pworld.version, pworld.event, 1, start=5)[0]
    client.force_login(pworld.users["coordination"])
    url = reverse("contribution_merge", args=[pworld.town.slug, dup.pk])
    client.post(url, {"into": pworld.online.pk})
    dup.refresh_from_db()
    assert dup.merged_into == pworld.online
    with pytest.raises(ValidationError, match="mit sich selbst zusammengeführt"):
        contribution_merge(duplicate=pworld.online, into=dup, acting_user=None)


def _adopt(version, **extra):
    return concept_services.concept_version_adopt(
        version=version,
        adopted_on=datetime.date(2025, 3, 1),
        adopting_resolution="Rat, Vorlage 1",
        acting_user=None,
        **extra,
    )


def test_adoption_is_refused_while_contributions_have_no_decision(pworld):
    with pytest.raises(ValidationError, match="1"):
        _adopt(pworld.version)
    pworld.version.refresh_from_db()
    assert pworld.version.status == VersionStatus.DRAFT
    with pytest.raises(ValidationError, match="trotz offener Beiträge"):
        _adopt(pworld.version, override_open_contributions=True, override_reason="  ")
    assert not AdoptionOverride.objects.exists()


def test_adoption_override_is_logged(pworld, client):
    client.force_login(pworld.users["coordination"])
    url = reverse("version_adopt", args=[pworld.town.slug, pworld.version.pk])
    page = client.get(url).content.decode()
    assert "override_open_contributions" in page
    data = {"adopted_on": "2025-03-01", "adopting_resolution": "Rat, Vorlage 1"}
    refused = client.post(url, data)
    assert refused.status_code == 200
    pworld.version.refresh_from_db()
    assert pworld.version.status == VersionStatus.DRAFT
    response = client.post(
        url,
        {
            **data,
            "override_open_contributions": "on",
            "override_reason": "Ratsbeschluss vor der Sommerpause nötig.",
        },
    )
    assert response.status_code == 302
    pworld.version.refresh_from_db()
    assert pworld.version.status == VersionStatus.ADOPTED
    override = AdoptionOverride.objects.get()
    assert override.acting_user == pworld.users["coordination"]
    assert override.open_contributions == 1 and override.reason.startswith("Ratsbeschluss")


def test_adoption_passes_once_every_contribution_is_answered(pworld):
    contribution_decide(
        contribution=pworld.contribution,
        outcome="adopted",
        goal=pworld.goal,
        reason="Übernommen.",
        acting_user=None,
    )
    _adopt(pworld.version)
    pworld.version.refresh_from_db()
    assert pworld.version.status == VersionStatus.ADOPTED
    assert not AdoptionOverride.objects.exists()


def test_goal_and_measure_pages_show_the_contributions_that_shaped_them(pworld, client):
    client.force_login(pworld.users["council"])
    page = client.get(reverse("goal_detail", args=[pworld.town.slug, pworld.goal.pk]))
    assert "Bitte mehr Informationen in einfacher Sprache." in page.content.decode()


def test_triage_filters(pworld, client):
    other = make_event(pworld.version, code="zukunftswerkstatt", title="Werkstatt")
    add_contributions(pworld.version, other, 2, start=50)
    client.force_login(pworld.users["council"])
    url = reverse("contribution_triage", args=[pworld.town.slug, pworld.version.pk])
    content = client.get(url, {"offen": "1", "veranstaltung": other.pk}).content.decode()
    assert "Karte 50" in content and "Karte 0" not in content and "einfacher Sprache" not in content
    content = client.get(url, {"veranstaltung": "online"}).content.decode()
    assert "einfacher Sprache" in content and "Karte 50" not in content
    assert '<form method="post"' not in content  # readers see no decision forms


def test_a_concept_with_events_and_contributions_can_be_deleted(pworld):
    from kompass.participation.models import Contribution

    pworld.version.concept.delete()
    assert not Contribution.objects.filter(version=pworld.version).exists()
