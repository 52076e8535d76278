"""The actor network: metrics on a hand-computed graph, gaps, comparison, the SVG and the pages."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kompass.actors.models import Actor, ActorRelation, ActorType, NetworkSurvey, RelationKind
from kompass.actors.network import compare_networks, load_network, uncovered_by_actors
from kompass.actors.network_svg import WIDTH, network_chart, spring_layout
from kompass.concepts.models import FieldCatalogueEntry, TargetGroup

COOP, FUND, INFO = RelationKind.COOPERATION, RelationKind.FUNDING, RelationKind.INFORMATION


def survey(town, title="Erhebung 2025", day=datetime.date(2025, 5, 7)):
    return NetworkSurvey.objects.create(municipality=town, title=title, surveyed_on=day)


def relate(s, a, b, kind=COOP, strength=2):
    return ActorRelation.objects.create(
        municipality=s.municipality, survey=s, source=a, target=b, kind=kind, strength=strength
    )


@pytest.fixture
def small(world):
    """A–B, B–C, C–D, B–E, and F without any relation (hand-computed below)."""
    town = world.town
    actors = {
        name: Actor.objects.create(municipality=town, name=name, actor_type=kind)
        for name, kind in [
            ("A", ActorType.CLUB),
            ("B", ActorType.WELFARE_ASSOCIATION),
            ("C", ActorType.SCHOOL),
            ("D", ActorType.COMPANY),
            ("E", ActorType.MIGRANT_ORGANISATION),
            ("F", ActorType.INITIATIVE),
        ]
    }
    s = survey(town)
    relate(s, actors["A"], actors["B"], COOP, 1)
    relate(s, actors["B"], actors["A"], FUND, 3)  # a second relation of the same pair
    relate(s, actors["B"], actors["C"])
    relate(s, actors["C"], actors["D"], INFO, 1)
    relate(s, actors["B"], actors["E"])
    return s, actors


def test_degree_and_betweenness_on_a_known_graph(small):
    # given
    s, actors = small
    # when
    network = load_network(s.municipality, s)
    metrics = {m.actor.name: m for m in network.metrics}
    # then: degrees counted by distinct neighbours
    assert {name: m.degree for name, m in metrics.items()} == {
        "A": 1, "B": 3, "C": 2, "D": 1, "E": 1, "F": 0
    }  # fmt: skip
    assert metrics["B"].degree_centrality == pytest.approx(3 / 5)
    # B lies on the shortest paths A–C, A–D, A–E, C–E, D–E: 5 of (6-1)(6-2)/2 = 10 pairs
    assert metrics["B"].betweenness == pytest.approx(0.5)
    # C lies on B–D, A–D, E–D
    assert metrics["C"].betweenness == pytest.approx(0.3)
    assert metrics["A"].betweenness == 0
    # the two relations of A and B are one edge with the stronger strength
    assert network.graph.edges[actors["A"].pk, actors["B"].pk]["strength"] == 3
    assert metrics["B"].weighted_degree == 3 + 2 + 2
    assert [m.actor.name for m in network.most_central] == ["B"]
    assert [m.actor.name for m in network.metrics][:2] == ["B", "C"]
    assert network.isolated == [actors["F"]]
    assert network.edge_count == 4


def test_inactive_actors_count_only_while_they_have_relations(small):
    s, actors = small
    Actor.objects.filter(pk=actors["F"].pk).update(active=False)
    Actor.objects.filter(pk=actors["D"].pk).update(active=False)
    names = [a.name for a in load_network(s.municipality, s).actors]
    assert "F" not in names and "D" in names


def test_fields_and_target_groups_nobody_serves(world):
    sport = FieldCatalogueEntry.objects.get(code="sport")
    women = TargetGroup.objects.get(municipality=None, name="Frauen")
    young = TargetGroup.objects.get(municipality=None, name="junge Menschen")
    club = Actor.objects.create(municipality=world.town, name="TSV")
    club.fields.add(sport)
    club.target_groups.add(young)
    gone = Actor.objects.create(municipality=world.town, name="Aufgelöst", active=False)
    gone.target_groups.add(women)
    uncovered = uncovered_by_actors(world.town)
    assert not uncovered.uses_concept_fields  # the test concept has no catalogue fields
    assert sport not in uncovered.fields
    assert FieldCatalogueEntry.objects.get(code="gesundheit") in uncovered.fields
    assert young not in uncovered.target_groups
    assert women in uncovered.population_groups  # only an inactive actor serves it


def test_comparison_finds_new_lost_and_changed_relations(small):
    # given: a later survey where A–B is weaker as cooperation, C–D is gone, D–F is new
    s, actors = small
    later = survey(s.municipality, "Erhebung 2027", datetime.date(2027, 5, 1))
    relate(later, actors["B"], actors["A"], COOP, 3)  # same symmetric relation, reversed
    relate(later, actors["B"], actors["A"], FUND, 3)
    relate(later, actors["B"], actors["C"])
    relate(later, actors["B"], actors["E"])
    relate(later, actors["D"], actors["F"], INFO, 1)
    # when
    result = compare_networks(load_network(s.municipality, s), load_network(s.municipality, later))
    # then
    assert [(c.source.name, c.target.name, c.before, c.after) for c in result.new] == [
        ("D", "F", None, 1)
    ]
    assert [(c.source.name, c.target.name) for c in result.lost] == [("C", "D")]
    assert [(c.source.name, c.target.name, c.before, c.after) for c in result.changed] == [
        ("A", "B", 1, 3)
    ]
    assert result.no_longer_isolated == [actors["F"]]
    changes = {c.actor.name: c for c in result.centrality}
    assert changes["C"].betweenness_before == pytest.approx(0.3)
    assert changes["C"].betweenness_after == 0
    assert changes["D"].degree_change == 0  # lost C, gained F


def test_svg_is_valid_xml_with_one_node_per_actor(small):
    s, actors = small
    chart = network_chart(load_network(s.municipality, s))
    root = ET.fromstring(str(chart.svg))
    nodes = root.findall(".//{http://www.w3.org/2000/svg}g[@class='network-node']")
    assert sorted(int(n.get("data-actor")) for n in nodes) == sorted(a.pk for a in actors.values())
    assert len(root.findall(".//{http://www.w3.org/2000/svg}line")) >= 4
    assert len(chart.table.rows) == 6


def test_svg_is_as_wide_as_the_layout_it_draws(small):
    """The network is laid out 960 wide, wider than other charts; its viewBox must say so."""
    s, _actors = small
    root = ET.fromstring(str(network_chart(load_network(s.municipality, s)).svg))
    assert root.get("viewBox").split()[:3] == ["0", "0", str(WIDTH)]
    lines = root.findall(".//{http://www.w3.org/2000/svg}line")
    assert max(float(line.get("x2")) for line in lines) <= WIDTH


def test_layout_is_deterministic_and_inside_the_box():
    edges = [(1, 2, 1), (2, 3, 2), (3, 1, 3), (3, 4, 1)]
    first = spring_layout([1, 2, 3, 4], edges)
    assert first == spring_layout([4, 3, 2, 1], edges)
    assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in first.values())


def test_network_page_names_the_most_central_and_the_isolated(small, client, world):
    s, actors = small
    client.force_login(world.users["council"])
    response = client.get(reverse("network", args=[world.town.slug]))
    content = response.content.decode()
    assert response.status_code == 200
    summary = content.split('id="summary-heading"')[1].split("</section>")[0]
    assert ">B</a>" in summary and ">F</a>" in summary
    assert "<svg" in content


def test_network_page_compares_two_surveys(small, client, world):
    s, actors = small
    earlier = survey(world.town, "Erhebung 2023", datetime.date(2023, 1, 1))
    relate(earlier, actors["A"], actors["F"])
    client.force_login(world.users["coordination"])
    url = reverse("network", args=[world.town.slug])
    content = client.get(url, {"erhebung": s.pk, "vergleich": earlier.pk}).content.decode()
    assert 'id="comparison-heading"' in content
    assert "Erhebung 2023" in content


def _grow(town, s, count, offset):
    actors = [
        Actor.objects.create(municipality=town, name=f"Akteur {offset + i}") for i in range(count)
    ]
    for a, b in zip(actors, actors[1:], strict=False):
        relate(s, a, b)
    for actor in actors[::3]:
        actor.fields.add(FieldCatalogueEntry.objects.get(code="sport"))


def test_network_page_query_count_does_not_grow_with_actors(world, client):
    s = survey(world.town)
    survey(world.town, "Erhebung 2023", datetime.date(2023, 1, 1))
    client.force_login(world.users["coordination"])
    url = reverse("network", args=[world.town.slug])
    _grow(world.town, s, 10, 0)

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    small = count()
    _grow(world.town, s, 30, 100)
    assert count() == small
    assert small <= 20


def test_relations_are_entered_in_rows_all_or_nothing(small, client, world):
    s, actors = small
    client.force_login(world.users["facilitator"])
    url = reverse("network_survey_relations", args=[world.town.slug, s.pk])
    page = client.get(url)
    assert page.status_code == 200
    existing = list(s.relations.order_by("pk"))
    data = {
        "relations-TOTAL_FORMS": str(len(existing) + 2),
        "relations-INITIAL_FORMS": str(len(existing)),
    }
    for i, r in enumerate(existing):
        data |= {
            f"relations-{i}-id": r.pk,
            f"relations-{i}-source": r.source_id,
            f"relations-{i}-target": r.target_id,
            f"relations-{i}-kind": r.kind,
            f"relations-{i}-strength": r.strength,
        }
    n = len(existing)
    data |= {
        f"relations-{n}-source": actors["F"].pk,
        f"relations-{n}-target": actors["A"].pk,
        f"relations-{n}-kind": COOP,
        f"relations-{n}-strength": 2,
        # the same cooperation in the other direction: refused, nothing saved
        f"relations-{n + 1}-source": actors["A"].pk,
        f"relations-{n + 1}-target": actors["F"].pk,
        f"relations-{n + 1}-kind": COOP,
        f"relations-{n + 1}-strength": 1,
    }
    response = client.post(url, data)
    assert response.status_code == 200
    assert f"Zeile {n + 2}" in response.content.decode() or f"Row {n + 2}" in (
        response.content.decode()
    )
    assert s.relations.count() == len(existing)
    # without the repeated row it is saved, recorded on the survey's date
    for key in ("source", "target", "kind", "strength"):
        data.pop(f"relations-{n + 1}-{key}")
    data[f"relations-{n + 1}-strength"] = 2  # what the browser sends for an untouched row
    response = client.post(url, data)
    assert response.status_code == 302
    new = s.relations.get(source=actors["F"])
    assert new.recorded_on == s.surveyed_on and new.target == actors["A"]


def test_relation_to_itself_is_refused(small, client, world):
    s, actors = small
    client.force_login(world.users["coordination"])
    url = reverse("network_survey_relations", args=[world.town.slug, s.pk])
    response = client.post(
        url,
        {
            "relations-TOTAL_FORMS": "1",
            "relations-INITIAL_FORMS": "0",
            "relations-0-source": actors["A"].pk,
            "relations-0-target": actors["A"].pk,
            "relations-0-kind": COOP,
            "relations-0-strength": 2,
        },
    )
    assert response.status_code == 200
    assert s.relations.count() == 5


def test_foreign_actors_cannot_be_chosen(small, client, world):
    s, actors = small
    foreign = Actor.objects.create(municipality=world.other_town, name="Fremd")
    client.force_login(world.users["coordination"])
    url = reverse("network_survey_relations", args=[world.town.slug, s.pk])
    client.post(
        url,
        {
            "relations-TOTAL_FORMS": "1",
            "relations-INITIAL_FORMS": "0",
            "relations-0-source": actors["A"].pk,
            "relations-0-target": foreign.pk,
            "relations-0-kind": COOP,
            "relations-0-strength": 2,
        },
    )
    assert not ActorRelation.objects.filter(target=foreign).exists()


def test_new_survey_can_start_from_an_earlier_one(small, client, world):
    s, actors = small
    client.force_login(world.users["coordination"])
    response = client.post(
        reverse("network_survey_create", args=[world.town.slug]),
        {"title": "Workshop 2027", "surveyed_on": "2027-03-01", "copy_from": s.pk},
    )
    assert response.status_code == 302
    copy = NetworkSurvey.objects.get(title="Workshop 2027")
    assert copy.relations.count() == 5
    assert {r.recorded_on for r in copy.relations.all()} == {datetime.date(2027, 3, 1)}
    assert copy.relations.first().history.count() == 1
