"""The comparison of two concept versions lists what a revision added, removed and changed."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from kompass.concepts import services
from kompass.concepts.compare import word_diff
from kompass.concepts.models import Goal, GoalLevel
from kompass.measures.models import BudgetLine, Measure
from kompass.plan.compare import compare_versions

from ..factories import (
    BudgetLineFactory,
    GoalFactory,
    MeasureFactory,
    MilestoneFactory,
    VersionFactory,
)


def adopt(version):
    services.concept_version_adopt(
        version=version,
        adopted_on=datetime.date(2025, 3, 1),
        adopting_resolution="Rat 1/2025",
        acting_user=None,
    )


def revise(version):
    adopt(version)
    return services.concept_version_start_revision(version=version, acting_user=None)


def copy_of(model, original, version):
    return model.objects.get(version=version, predecessor=original)


def summary(comparison):
    """{kind: (added titles, removed titles, changed titles)} for kinds with differences."""
    return {
        kind.key: (
            sorted(str(o) for o in kind.added),
            sorted(str(o) for o in kind.removed),
            sorted(str(c.after) for c in kind.changed),
        )
        for kind in comparison.kinds
        if kind
    }


def compare_url(world, version, other=None):
    url = reverse("version_compare", args=[world.town.slug, version.pk])
    return url if other is None else f"{url}?mit={other.pk}"


def test_two_changed_measures_and_a_deleted_goal_are_exactly_the_differences(world, client):
    # given an adopted version with a goal nothing depends on, and its revision
    spare_goal = GoalFactory(field=world.field, level=GoalLevel.STRATEGIC, title="Elternarbeit")
    new = revise(world.version)
    renamed = copy_of(Measure, world.measure, new)
    relinked = copy_of(Measure, world.foreign_measure, new)
    # when one measure is renamed and gets more money, the other one a further goal,
    # and the goal is deleted
    renamed.title = "Sprachcafé für Eltern"
    renamed.save()
    line = BudgetLine.objects.get(measure=renamed)
    line.planned_amount = Decimal("12500")
    line.save()
    relinked.goals.add(copy_of(Goal, world.goal, new))
    copy_of(Goal, spare_goal, new).delete()

    # then the comparison lists exactly that
    comparison = compare_versions(world.version, new)
    assert summary(comparison) == {
        "goal": ([], ["Elternarbeit"], []),
        "measure": ([], [], sorted(["Sprachcafé für Eltern", relinked.title])),
    }
    changes = {str(c.after): c for c in comparison.kind("measure").changed}
    title_change = changes["Sprachcafé für Eltern"]
    assert len(title_change.changes) == 1
    assert (title_change.changes[0].before, title_change.changes[0].after) == (
        world.measure.title,
        "Sprachcafé für Eltern",
    )
    [budget] = title_change.children
    assert (budget.added, budget.removed) == ([], [])
    [line_change] = budget.changed
    [amount] = line_change.changes
    assert (amount.before, amount.after) == (Decimal("10000.00"), Decimal("12500.00"))
    goal_change = changes[relinked.title].changes
    assert len(goal_change) == 1
    assert goal_change[0].added == [world.goal.title]
    assert goal_change[0].removed == []
    assert goal_change[0].kept == [world.operative_goal.title]
    assert changes[relinked.title].children == []

    # and the page shows it, with the text change marked word by word
    client.force_login(world.users["council"])
    page = client.get(compare_url(world, new, world.version)).content.decode()
    assert "Elternarbeit" in page
    assert '<ins><span class="visually-hidden">eingefügt: </span>Sprachcafé' in page or (
        '<ins><span class="visually-hidden">inserted: </span>Sprachcafé' in page
    )
    assert "12.500 €" in page and "10.000 €" in page
    assert world.indicator.name not in page


def test_a_renamed_goal_is_changed_not_removed_and_added(world):
    new = revise(world.version)
    goal = copy_of(Goal, world.operative_goal, new)
    goal.title = "Sprachförderung in allen Kitas ausbauen"
    goal.save()

    comparison = compare_versions(new, world.version)

    # the older version is always "before", whichever is asked from which
    assert (comparison.before, comparison.after) == (world.version, new)
    assert summary(comparison) == {"goal": ([], [], [goal.title])}
    [change] = comparison.kind("goal").changed
    [title] = change.changes
    assert [(s.op, s.text) for s in title.after_words] == [
        ("", "Sprachförderung "),
        ("ins", "in allen Kitas"),
        ("", " ausbauen"),
    ]
    # measures and indicators still point to the same goal: no change there
    assert not comparison.kind("measure") and not comparison.kind("indicator")


def test_added_objects_target_groups_districts_and_milestones(world):
    new = revise(world.version)
    measure = copy_of(Measure, world.measure, new)
    measure.districts.add(world.district)
    measure.milestones.all().delete()
    MilestoneFactory(measure=measure, title="Abschluss", due_date=datetime.date(2026, 6, 1))
    BudgetLineFactory(measure=measure, year=2026, planned_amount=Decimal("5000"))
    MeasureFactory(field=copy_of(type(world.field), world.field, new), title="Neue Maßnahme")

    comparison = compare_versions(world.version, new)

    measures = comparison.kind("measure")
    assert [m.title for m in measures.added] == ["Neue Maßnahme"]
    [change] = measures.changed
    [districts] = change.changes
    assert districts.added == [str(world.district)]
    budget, milestones = change.children
    assert [str(line.year) for line in budget.added] == ["2026"]
    assert ([m.title for m in milestones.added], [m.title for m in milestones.removed]) == (
        ["Abschluss"],
        ["Auftakt"],
    )


def test_deleting_a_linked_goal_also_shows_the_lost_links(world):
    new = revise(world.version)
    copy_of(Goal, world.operative_goal, new).delete()

    comparison = compare_versions(world.version, new)

    result = summary(comparison)
    assert result["goal"] == ([], [world.operative_goal.title], [])
    assert result["measure"][2] == sorted([world.measure.title, world.foreign_measure.title])
    assert result["indicator"][2] == [world.indicator.name]


def test_word_diff_marks_deleted_and_inserted_words():
    before, after = word_diff("Kurse für Eltern  und Kinder", "Kurse für Väter und Kinder")
    assert [(s.op, s.text) for s in before] == [
        ("", "Kurse für "),
        ("del", "Eltern"),
        ("", "  und Kinder"),
    ]
    assert [(s.op, s.text) for s in after] == [
        ("", "Kurse für "),
        ("ins", "Väter"),
        ("", " und Kinder"),
    ]


def test_a_version_compared_with_itself_shows_nothing(world, client):
    assert compare_versions(world.version, world.version).is_empty
    client.force_login(world.users["coordination"])
    response = client.get(compare_url(world, world.version, world.version))
    assert response.status_code == 200
    assert response.context["comparison"].is_empty


def test_non_adjacent_versions_are_matched_through_the_chain(world):
    second = revise(world.version)
    measure = copy_of(Measure, world.measure, second)
    measure.title = "Zweite Fassung"
    measure.save()
    third = revise(second)
    measure = copy_of(Measure, measure, third)
    measure.title = "Dritte Fassung"
    measure.save()

    comparison = compare_versions(third, world.version)

    assert summary(comparison) == {"measure": ([], [], ["Dritte Fassung"])}
    [title] = comparison.kind("measure").changed[0].changes
    assert (title.before, title.after) == (world.measure.title, "Dritte Fassung")


def test_the_page_compares_with_the_predecessor_by_default(world, client):
    new = revise(world.version)
    client.force_login(world.users["steering_group"])
    response = client.get(compare_url(world, new))
    assert response.status_code == 200
    assert response.context["other"] == world.version
    page = response.content.decode()
    assert 'name="mit"' in page and 'for="compare-with"' in page
    # the overview links to the comparison
    overview = client.get(reverse("version_overview", args=[world.town.slug, new.pk]))
    assert compare_url(world, new, world.version) in overview.content.decode()


def test_versions_of_other_concepts_and_towns_are_not_found(world, client):
    new = revise(world.version)
    foreign = VersionFactory(concept__municipality=world.other_town)
    other_concept = VersionFactory(concept__municipality=world.town)
    client.force_login(world.users["coordination"])
    assert client.get(compare_url(world, new, foreign)).status_code == 404
    assert client.get(compare_url(world, new, other_concept)).status_code == 404
    assert client.get(compare_url(world, new) + "?mit=abc").status_code == 404
    client.force_login(world.users["foreign_coordinator"])
    assert client.get(compare_url(world, new, world.version)).status_code == 404


def grow(version, field, count):
    for n in range(count):
        goal = GoalFactory(field=field, level=GoalLevel.STRATEGIC, title=f"Mehr Ziel {n}")
        measure = MeasureFactory(field=field, goals=[goal], title=f"Mehr Maßnahme {n}")
        BudgetLineFactory(measure=measure)
        MilestoneFactory(measure=measure)


@pytest.mark.parametrize("extra", [0, 6])
def test_query_count_does_not_grow_with_the_tree(world, django_assert_num_queries, extra):
    grow(world.version, world.field, extra)
    new = revise(world.version)
    for measure in Measure.objects.filter(version=new):
        measure.title += " (neu)"
        measure.save()
    third_party = BudgetLine.objects.filter(measure__version=new).first()
    third_party.planned_amount += 1
    third_party.save()
    # versions, vision, guidelines, fields, goals (+2), measures (+5), indicators (+1)
    with django_assert_num_queries(15):
        comparison = compare_versions(world.version, new)
    assert len(comparison.kind("measure").changed) == 2 + extra


def test_query_count_across_an_intermediate_version_is_fixed(world, django_assert_num_queries):
    second = revise(world.version)
    third = revise(second)
    # plus one query per kind for the links of the version in between
    with django_assert_num_queries(15 + 8):
        assert compare_versions(world.version, third).is_empty
