"""The test world (the healthchecks habit): two municipalities, every role in the first, and
people who must never see the first municipality's data."""

from dataclasses import dataclass

import pytest

from kompass.tenancy.models import Role

from .factories import (
    BudgetLineFactory,
    DistrictFactory,
    EvaluationFactory,
    FieldFactory,
    GoalFactory,
    GuidelineFactory,
    IndicatorFactory,
    IndicatorValueFactory,
    MeasureFactory,
    MembershipFactory,
    MilestoneFactory,
    MunicipalityFactory,
    OrgUnitFactory,
    ProgrammeFactory,
    UserFactory,
    VersionFactory,
    VisionFactory,
)


@dataclass
class World:
    town: object
    other_town: object
    version: object
    field: object
    goal: object
    operative_goal: object
    guideline: object
    measure: object
    foreign_measure: object
    indicator: object
    foreign_indicator: object
    value: object
    budget_line: object
    milestone: object
    school_office: object
    youth_office: object
    district: object
    users: dict
    evaluation: object = None


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def private_cache(settings):
    """Every test gets its own empty in-memory cache: rate limits, progress and layouts
    cached by one test (or by an earlier run, in the file cache) must not leak into another."""
    from django.core.cache import cache

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def immediate_tasks(settings):
    """Background tasks run at once in tests; tests of the queue itself override this."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def world(db):
    town = MunicipalityFactory(name="Musterstadt", slug="musterstadt")
    other_town = MunicipalityFactory(name="Anderstadt", slug="anderstadt")
    school_office = OrgUnitFactory(municipality=town, name="Schulamt")
    youth_office = OrgUnitFactory(municipality=town, name="Jugendamt")
    version = VersionFactory(concept__municipality=town)
    VisionFactory(version=version)
    guideline = GuidelineFactory(version=version)
    field = FieldFactory(version=version, name="Bildung")
    goal = GoalFactory(field=field, level=2, title="Bildungserfolg stärken")
    operative_goal = GoalFactory(
        field=field, level=3, parent=goal, title="Sprachförderung ausbauen"
    )
    measure = MeasureFactory(field=field, goals=[operative_goal], responsible_unit=school_office)
    foreign_measure = MeasureFactory(
        field=field, goals=[operative_goal], responsible_unit=youth_office
    )
    indicator = IndicatorFactory(
        field=field, goals=[operative_goal], responsible_unit=school_office
    )
    foreign_indicator = IndicatorFactory(field=field, responsible_unit=youth_office)
    value = IndicatorValueFactory(indicator=indicator)
    budget_line = BudgetLineFactory(measure=measure)
    milestone = MilestoneFactory(measure=measure)
    district = DistrictFactory(municipality=town)

    users = {
        "coordination": MembershipFactory(municipality=town, role=Role.COORDINATION).user,
        "responsible_unit": MembershipFactory(
            municipality=town, role=Role.RESPONSIBLE_UNIT, org_unit=school_office
        ).user,
        "steering_group": MembershipFactory(municipality=town, role=Role.STEERING_GROUP).user,
        "facilitator": MembershipFactory(municipality=town, role=Role.FACILITATOR).user,
        "council": MembershipFactory(municipality=town, role=Role.COUNCIL).user,
        "programme_coordinator": UserFactory(),
        "instance_admin": UserFactory(is_superuser=True, is_staff=True),
        "foreign_coordinator": MembershipFactory(
            municipality=other_town, role=Role.COORDINATION
        ).user,
        "foreign_programme_coordinator": UserFactory(),
        "no_membership": UserFactory(),
    }
    programme = ProgrammeFactory()
    programme.municipalities.add(town)
    programme.coordinators.add(users["programme_coordinator"])
    other_programme = ProgrammeFactory()
    other_programme.municipalities.add(other_town)
    other_programme.coordinators.add(users["foreign_programme_coordinator"])
    evaluation = EvaluationFactory(measure=measure)
    return World(
        evaluation=evaluation,
        town=town,
        other_town=other_town,
        version=version,
        field=field,
        goal=goal,
        operative_goal=operative_goal,
        guideline=guideline,
        measure=measure,
        foreign_measure=foreign_measure,
        indicator=indicator,
        foreign_indicator=foreign_indicator,
        value=value,
        budget_line=budget_line,
        milestone=milestone,
        school_office=school_office,
        youth_office=youth_office,
        district=district,
        users=users,
    )


@pytest.fixture
def login(client):
    def _login(user):
        client.force_login(user)
        return client

    return _login
