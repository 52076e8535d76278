"""Context indicators (population share, …) are described, not assessed: the checks panel never
calls them unconnected for lacking a goal, and lists them apart as context."""

import datetime

from django.urls import reverse

from kompass.indicators.models import IndicatorKind
from kompass.plan.checks import SMART_CRITERIA, context_indicators, version_checks
from kompass.plan.tree import load_version_tree

from ..factories import IndicatorFactory


def _orphans(version):
    return [f.obj for f in version_checks(load_version_tree(version)) if f.category == "orphan"]


def test_a_context_indicator_without_goal_or_field_is_no_orphan(world):
    share = IndicatorFactory(
        field=world.field, name="Anteil der Bevölkerung mit Migrationsgeschichte"
    )
    share.field = None
    share.kind = IndicatorKind.CONTEXT
    share.save()
    goal_indicator = IndicatorFactory(field=world.field, name="Übergangsquote")
    goal_indicator.field = None
    goal_indicator.save()

    orphans = _orphans(world.version)

    assert share not in orphans
    assert goal_indicator in orphans  # an ordinary indicator without goal still is one
    assert context_indicators(load_version_tree(world.version)) == [share]


def test_a_context_indicator_does_not_make_a_goal_measurable(world):
    world.indicator.goals.clear()
    world.indicator.kind = IndicatorKind.CONTEXT
    world.indicator.save()
    context = IndicatorFactory(
        field=world.field, goals=[world.operative_goal], kind=IndicatorKind.CONTEXT
    )
    context.target_value = 50
    context.target_date = datetime.date(2030, 12, 31)
    context.save()

    findings = version_checks(load_version_tree(world.version))

    smart = [f for f in findings if f.category == "smart" and f.obj == world.operative_goal]
    assert smart and SMART_CRITERIA["measurable"] in smart[0].missing


def test_the_checks_panel_lists_context_indicators_as_context(world, login):
    share = IndicatorFactory(
        field=world.field, name="Anteil ausländischer Einwohner*innen", kind=IndicatorKind.CONTEXT
    )
    share.field = None
    share.save()
    client = login(world.users["coordination"])

    for name in ("version_checks", "version_overview"):
        response = client.get(reverse(name, args=[world.town.slug, world.version.pk]))
        html = response.content.decode()
        panel = html[html.index('id="checks"') :]
        panel = panel[: panel.index("</section>")]
        context_part = panel[panel.index("context-indicators") :]
        assert "Anteil ausländischer Einwohner*innen" in context_part
        before = panel[: panel.index("context-indicators")]
        assert "Anteil ausländischer Einwohner*innen" not in before
