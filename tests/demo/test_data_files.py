"""The demo's data files: they load, they are strict about their keys, and the loaded demo
holds every field of action, goal, measure and indicator they describe."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from kompass.concepts.models import FieldOfAction, Goal, GoalLevel
from kompass.demo import content, translations
from kompass.indicators.models import Indicator
from kompass.measures.models import Measure

CONCEPTS = {
    "musterstadt": content.MUSTERSTADT_CONCEPT,
    "beispielheim": content.BEISPIELHEIM_CONCEPT,
}


def goal_titles(goals):
    for goal in goals:
        yield goal["title"]
        yield from goal_titles(goal["children"])


def test_a_measure_gets_the_defaults_its_file_leaves_out():
    measure = content.complete(
        {"key": "x-M1", "title": "T", "goals": [], "unit": "U", "start": None, "end": None},
        content.MEASURE_REQUIRED,
        content.MEASURE_DEFAULTS,
        file="test/measures",
    )
    assert measure["status"] == "planned"
    assert measure["budget"] == [] and measure["progress"] == 0


def test_an_unknown_or_missing_key_in_a_data_file_is_refused():
    spec = {"key": "x-M1", "title": "T", "goals": [], "unit": "U", "start": None, "staf_hours": 5}
    with pytest.raises(
        ValueError, match=r"demo/data/test/measures.yaml, x-M1: missing end; unknown staf_hours"
    ):
        content.complete(
            spec, content.MEASURE_REQUIRED, content.MEASURE_DEFAULTS, file="test/measures"
        )


def test_goal_levels_are_read_as_words():
    guiding = content.MUSTERSTADT_CONCEPT["fields"][0]["goals"][0]
    assert guiding["level"] == GoalLevel.GUIDING
    assert guiding["children"][0]["level"] == GoalLevel.STRATEGIC


def test_the_district_outlines_are_closed_polygons_for_every_district():
    for code, _name, _population in content.DISTRICTS:
        ring = json.loads(content.district_shape(code))["coordinates"][0]
        assert ring[0] == ring[-1] and len(ring) >= 4


@pytest.mark.django_db
def test_the_loaded_demo_holds_everything_the_files_describe():
    call_command("load_demo", stdout=StringIO())
    for slug, spec in CONCEPTS.items():
        in_town = {"municipality__slug": slug}
        fields = FieldOfAction.objects.filter(**in_town)
        assert sorted(fields.values_list("name", flat=True)) == sorted(
            field["name"] for field in spec["fields"]
        ), slug
        titles = [title for field in spec["fields"] for title in goal_titles(field["goals"])]
        assert sorted(Goal.objects.filter(**in_town).values_list("title", flat=True)) == sorted(
            titles
        )
        measures = [m for specs in spec["measures"].values() for m in specs]
        stored = {m.title: m for m in Measure.objects.filter(**in_town)}
        assert sorted(stored) == sorted(m["title"] for m in measures)
        for measure in measures:
            assert stored[measure["title"]].responsible_unit.name == measure["unit"], measure["key"]
            assert stored[measure["title"]].budget_lines.count() == len(measure["budget"])
        indicators = Indicator.objects.filter(**in_town)
        assert sorted(indicators.values_list("name", flat=True)) == sorted(
            i["name"] for i in spec["indicators"]
        )


def test_the_translation_glossaries_match_the_german_texts_of_the_concepts():
    musterstadt = translations.MUSTERSTADT
    for field in content.MUSTERSTADT_CONCEPT["fields"]:
        assert field["description"] in musterstadt["ls"], field["key"]
        assert field["description"] in musterstadt["en"], field["key"]
    for guideline in content.BEISPIELHEIM_CONCEPT["guidelines"]:
        assert set(translations.BEISPIELHEIM["texts"][guideline["text"]]) == {"ar", "en"}
    assert set(translations.BEISPIELHEIM["chapters"]) == set(
        content.BEISPIELHEIM_CONCEPT["narratives"]
    )


@pytest.mark.django_db
def test_the_loaded_demo_holds_every_entry_of_the_module_files():
    from kompass.actors.models import Actor, ActorRelation, Offer
    from kompass.bodies.models import Body, Resolution
    from kompass.demo import (
        monitoring,
        network,
        participation,
        process,
        reporting,
        surveys,
        wir_programme,
    )
    from kompass.monitoring.models import Evaluation
    from kompass.participation.models import ParticipationEvent
    from kompass.process.models import CommunicationItem, ProcessBudgetLine
    from kompass.public.models import PublicSite
    from kompass.reporting.models import ReportingCycle
    from kompass.surveys.models import Question
    from kompass.tenancy.models import Programme

    call_command("load_demo", stdout=StringIO())
    in_town = {"municipality__slug": "musterstadt"}
    for spec in surveys.SURVEYS.values():
        texts = set(
            Question.objects.filter(survey__title=spec["title"]).values_list("text", flat=True)
        )
        assert texts == {question["text"] for question in spec["questions"]}
    assert {e["title"] for e in participation.PARTICIPATION["events"]} == set(
        ParticipationEvent.objects.filter(**in_town).values_list("title", flat=True)
    )
    assert ProcessBudgetLine.objects.filter(**in_town).count() == len(process.PROCESS["budget"])
    assert {c["title"] for c in process.PROCESS["communication"]} == set(
        CommunicationItem.objects.filter(**in_town).values_list("title", flat=True)
    )
    first, second = network.NETWORK["surveys"]
    relations = ActorRelation.objects.filter(**in_town)
    assert relations.filter(survey__title=first["title"]).count() == len(first["relations"])
    assert relations.filter(survey__title=second["title"]).count() == (
        len(first["relations"]) - len(second["lost"]) + len(second["relations"])
    )
    assert set(Body.objects.filter(**in_town).values_list("name", flat=True)) == {
        body["name"] for body in network.NETWORK["bodies"].values()
    }
    assert Resolution.objects.filter(**in_town).count() == len(network.NETWORK["resolutions"])
    assert set(network.NETWORK["actors"].values()) <= set(
        Actor.objects.filter(**in_town).values_list("name", flat=True)
    )
    actor_lines = (content.DATA_DIR / "musterstadt" / "actors.csv").read_text().splitlines()
    offer_lines = (content.DATA_DIR / "musterstadt" / "offers.csv").read_text().splitlines()
    assert Actor.objects.filter(**in_town).count() == len(actor_lines) - 1
    assert Offer.objects.filter(**in_town).count() == len(offer_lines) - 1
    assert set(Evaluation.objects.filter(**in_town).values_list("title", flat=True)) == {
        e["title"] for e in monitoring.MONITORING["evaluations"]
    }
    cycles = [*reporting.CYCLES["closed"], reporting.CYCLES["open"]]
    assert dict(ReportingCycle.objects.filter(**in_town).values_list("title", "summary")) == {
        cycle["title"]: cycle["summary"] for cycle in cycles
    }
    for slug in ("musterstadt", "beispielheim"):
        spec = content.read(f"{slug}/public")["settings"]
        site = PublicSite.objects.get(municipality__slug=slug)
        assert {name: getattr(site, name) for name in spec} == spec
    programme = Programme.objects.get(slug=wir_programme.PROGRAMME["slug"])
    assert set(wir_programme.MUNICIPALITY_SLUGS) < set(
        programme.municipalities.values_list("slug", flat=True)
    )
    assert programme.municipalities.get(slug="rodgau").project_name == (
        "Mein Rodgau ist … – Stadtgesellschaft gemeinsam gestalten"
    )
