"""The private calendar feed: valid iCalendar (RFC 5545) and access by token only."""

import datetime
import re

import pytest
from django.urls import reverse

from kompass.process.ical import escape_text, fold
from kompass.process.models import CalendarFeed, ProcessMilestone, ProcessTask, TaskStatus
from kompass.process.services import process_start

from ..factories import MeasureFactory, MilestoneFactory, VersionFactory


def parse_ical(data: bytes) -> list[dict]:
    """A tiny RFC 5545 reader for the tests: checks line endings and folding, unfolds, and
    returns the components as dicts of property name → list of (parameters, value)."""
    text = data.decode("utf-8")
    assert text.endswith("\r\n")
    physical = text[:-2].split("\r\n")
    for line in physical:
        assert "\n" not in line and "\r" not in line, "bare LF or CR inside a line"
        assert len(line.encode("utf-8")) <= 75, f"line longer than 75 octets: {line!r}"
    logical = []
    for line in physical:
        if line.startswith((" ", "\t")):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    components, stack = [], []
    for line in logical:
        match = re.match(r"^([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$", line)
        assert match, f"not a content line: {line!r}"
        name, params, value = match.group(1).upper(), match.group(2), match.group(3)
        if name == "BEGIN":
            stack.append({"_type": value})
        elif name == "END":
            component = stack.pop()
            assert component["_type"] == value
            components.append(component)
        else:
            stack[-1].setdefault(name, []).append((params, value))
    assert stack == []
    return components


def unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def events(components):
    return [c for c in components if c["_type"] == "VEVENT"]


def feed_url(token):
    return reverse("calendar_feed", args=[token])


@pytest.fixture
def feed(process_world):
    user = process_world.users["steering_group"]
    return user, CalendarFeed.regenerate(user)


def test_feed_is_valid_icalendar_with_stable_uids(process_world, client, feed):
    _user, token = feed
    ProcessTask.objects.filter(pk=process_world.task.pk).update(
        title="Workshop; Räume, Technik \\ Catering – mit einem sehr langen Titel, der gefaltet werden muss",
        description="Zeile eins\nZeile zwei",
    )
    response = client.get(feed_url(token))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    components = parse_ical(response.content)
    calendar = components[-1]
    assert calendar["_type"] == "VCALENDAR"
    assert calendar["VERSION"] == [("", "2.0")]
    assert calendar["PRODID"]
    found = events(components)
    assert found
    for event in found:
        for required in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            assert len(event[required]) == 1, required
        assert re.fullmatch(r"\d{8}T\d{6}Z", event["DTSTAMP"][0][1])
        params, value = event["DTSTART"][0]
        assert params == ";VALUE=DATE" and re.fullmatch(r"\d{8}", value)
    uids = [e["UID"][0][1] for e in found]
    assert len(uids) == len(set(uids))
    task_event = next(
        e for e in found if e["UID"][0][1].startswith(f"process-task-{process_world.task.pk}@")
    )
    summary = task_event["SUMMARY"][0][1]
    assert "\\;" in summary and "\\," in summary and "\\\\" in summary
    assert unescape(summary).endswith(
        "Workshop; Räume, Technik \\ Catering – mit einem sehr langen Titel, der gefaltet werden muss"
    )
    assert "Zeile eins\nZeile zwei" in unescape(task_event["DESCRIPTION"][0][1])
    assert task_event["DTSTART"][0][1] == "20250101"
    assert task_event["DTEND"][0][1] == "20250102"
    # the same object keeps its UID in the next download
    again = events(parse_ical(client.get(feed_url(token)).content))
    assert sorted(e["UID"][0][1] for e in again) == sorted(uids)


def test_feed_contains_process_milestones_open_tasks_and_measure_milestones(
    process_world, client, feed
):
    _user, token = feed
    ProcessTask.objects.filter(pk=process_world.other_task.pk).update(status=TaskStatus.DONE)
    found = events(parse_ical(client.get(feed_url(token)).content))
    uids = {e["UID"][0][1].split("@")[0] for e in found}
    milestone_ids = ProcessMilestone.objects.filter(process=process_world.process).values_list(
        "pk", flat=True
    )
    assert {f"process-milestone-{pk}" for pk in milestone_ids} <= uids
    assert f"process-task-{process_world.task.pk}" in uids
    assert f"process-task-{process_world.other_task.pk}" not in uids  # done
    assert f"measure-milestone-{process_world.milestone.pk}" in uids


def test_wrong_token_is_not_found(process_world, client, feed):
    assert client.get(feed_url("falsch")).status_code == 404
    assert client.get(feed_url(feed[1][:-1] + "x")).status_code == 404


def test_regenerated_token_invalidates_the_old_one(process_world, client, feed):
    user, old = feed
    new = CalendarFeed.regenerate(user)
    assert new != old
    assert client.get(feed_url(old)).status_code == 404
    assert client.get(feed_url(new)).status_code == 200


def test_only_a_hash_of_the_token_is_stored(feed):
    user, token = feed
    stored = CalendarFeed.objects.get(user=user).token_hash
    assert token not in stored and len(stored) == 64
    assert len(token) >= 40


def test_inactive_users_have_no_feed(process_world, client, feed):
    user, token = feed
    user.is_active = False
    user.save()
    assert client.get(feed_url(token)).status_code == 404


def test_a_user_sees_only_the_processes_of_their_municipalities(process_world, client):
    # given: a process and a measure milestone in the other town
    foreign_version = VersionFactory(concept__municipality=process_world.other_town)
    foreign = process_start(
        version=foreign_version,
        template_key="four_steps",
        start_date=datetime.date(2025, 1, 1),
        duration_months=6,
        acting_user=process_world.users["foreign_coordinator"],
    )
    foreign_measure_milestone = MilestoneFactory(
        measure=MeasureFactory(field__version=foreign_version)
    )
    foreign_uids = {f"process-milestone-{m.pk}" for m in foreign.milestones.all()}
    foreign_uids.add(f"measure-milestone-{foreign_measure_milestone.pk}")
    own_uids = {f"process-milestone-{m.pk}" for m in process_world.process.milestones.all()}
    # when / then: a member of Musterstadt sees only Musterstadt's dates …
    token = CalendarFeed.regenerate(process_world.users["council"])
    uids = {
        e["UID"][0][1].split("@")[0]
        for e in events(parse_ical(client.get(feed_url(token)).content))
    }
    assert own_uids <= uids and not (foreign_uids & uids)
    # … the foreign coordinator only the other town's, a person without membership nothing
    token = CalendarFeed.regenerate(process_world.users["foreign_coordinator"])
    uids = {
        e["UID"][0][1].split("@")[0]
        for e in events(parse_ical(client.get(feed_url(token)).content))
    }
    assert foreign_uids <= uids and not (own_uids & uids)
    token = CalendarFeed.regenerate(process_world.users["no_membership"])
    assert events(parse_ical(client.get(feed_url(token)).content)) == []


def test_settings_page_shows_a_new_address_once_and_can_switch_it_off(process_world, client):
    user = process_world.users["council"]
    client.force_login(user)
    url = reverse("account_notifications")
    assert client.get(url).status_code == 200
    response = client.post(url, {"action": "calendar_new"}, follow=True)
    shown = response.context["feed_url"]
    assert "/kalender/" in shown and shown.endswith(".ics")
    token = shown.rsplit("/", 1)[1].removesuffix(".ics")
    assert client.get(feed_url(token)).status_code == 200
    assert client.get(url).context["feed_url"] == ""  # not shown again
    client.post(url, {"action": "calendar_off"})
    assert client.get(feed_url(token)).status_code == 404


def test_settings_page_needs_a_login(client, db):
    response = client.get(reverse("account_notifications"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_settings_page_passes_the_page_audit(process_world, client):
    from ..core.test_pages import audit

    client.force_login(process_world.users["council"])
    response = client.post(
        reverse("account_notifications"), {"action": "calendar_new"}, follow=True
    )
    page = audit(response)
    assert page.html_lang == "de"
    assert len(page.title.strip()) > len("Integrationskompass")
    assert all(aria or wrapped or cid in page.label_for for cid, aria, wrapped, _n in page.controls)


def test_folding_never_splits_a_character_and_escaping_covers_the_specials():
    line = "SUMMARY:" + "Ä" * 100
    folded = fold(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode()) <= 75 for p in parts)
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == line
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


def test_feed_contains_meetings_of_bodies_and_participation_events(process_world, client, feed):
    """Sessions of bodies (one per body and day, listing its resolutions) and events."""
    from kompass.bodies.models import Body, BodyKind, Outcome, Resolution, ResolutionKind

    from ..participation.conftest import make_event

    _user, token = feed
    town = process_world.town
    council = Body.objects.create(municipality=town, kind=BodyKind.COUNCIL, name="Stadtrat")
    for subject in ("Start des Prozesses", "Haushalt"):
        Resolution.objects.create(
            municipality=town,
            body=council,
            date=datetime.date(2024, 3, 21),
            subject=subject,
            kind=ResolutionKind.OTHER,
            outcome=Outcome.ADOPTED,
        )
    event = make_event(process_world.version, title="Beteiligungscafé Nord")
    foreign_body = Body.objects.create(
        municipality=process_world.other_town, kind=BodyKind.COUNCIL, name="Fremder Rat"
    )
    Resolution.objects.create(
        municipality=process_world.other_town,
        body=foreign_body,
        date=datetime.date(2024, 3, 21),
        subject="Fremd",
        kind=ResolutionKind.OTHER,
        outcome=Outcome.ADOPTED,
    )
    found = {
        e["UID"][0][1].split("@")[0]: e
        for e in events(parse_ical(client.get(feed_url(token)).content))
    }
    session = found[f"body-session-{council.pk}-20240321"]
    assert unescape(session["SUMMARY"][0][1]).endswith("Stadtrat")
    description = unescape(session["DESCRIPTION"][0][1])
    assert "Start des Prozesses" in description and "Haushalt" in description
    assert found[f"participation-event-{event.pk}"]["DTSTART"][0][1] == "20240305"
    assert f"body-session-{foreign_body.pk}-20240321" not in found
