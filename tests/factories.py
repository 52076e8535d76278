"""factory_boy factories for the planning objects; every object lands in one municipality."""

import datetime
from decimal import Decimal

import factory
from django.contrib.auth import get_user_model

from kompass.analysis.models import District
from kompass.concepts.models import (
    Concept,
    ConceptVersion,
    FieldOfAction,
    Goal,
    GoalLevel,
    Guideline,
    TargetGroup,
    Vision,
)
from kompass.indicators.models import Indicator, IndicatorValue
from kompass.measures.models import BudgetLine, Measure, Milestone
from kompass.monitoring.models import Evaluation
from kompass.tenancy.models import Membership, Municipality, OrgUnit, Programme, Role

PASSWORD = "Test-Passwort-2026!"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        if create:
            instance.save()


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality

    name = factory.Sequence(lambda n: f"Teststadt {n}")
    slug = factory.Sequence(lambda n: f"teststadt-{n}")
    kind = "stadt"
    land = "06"
    population = 30000


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Programme

    name = factory.Sequence(lambda n: f"Programm {n}")
    slug = factory.Sequence(lambda n: f"programm-{n}")


class OrgUnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OrgUnit

    municipality = factory.SubFactory(MunicipalityFactory)
    name = factory.Sequence(lambda n: f"Amt {n}")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    municipality = factory.SubFactory(MunicipalityFactory)
    role = Role.COORDINATION


class ConceptFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Concept

    municipality = factory.SubFactory(MunicipalityFactory)
    title = "Integrationskonzept"


class VersionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ConceptVersion

    concept = factory.SubFactory(ConceptFactory)
    municipality = factory.SelfAttribute("concept.municipality")
    number = 1


class VisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Vision

    version = factory.SubFactory(VersionFactory)
    municipality = factory.SelfAttribute("version.municipality")
    text = "Vielfalt ist Stärke."


class GuidelineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Guideline

    version = factory.SubFactory(VersionFactory)
    municipality = factory.SelfAttribute("version.municipality")
    title = factory.Sequence(lambda n: f"Leitlinie {n}")


class FieldFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FieldOfAction

    version = factory.SubFactory(VersionFactory)
    municipality = factory.SelfAttribute("version.municipality")
    name = factory.Sequence(lambda n: f"Handlungsfeld {n}")


class GoalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Goal

    field = factory.SubFactory(FieldFactory)
    version = factory.SelfAttribute("field.version")
    municipality = factory.SelfAttribute("field.municipality")
    level = GoalLevel.STRATEGIC
    title = factory.Sequence(lambda n: f"Ziel {n}")


class MeasureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Measure
        skip_postgeneration_save = True

    field = factory.SubFactory(FieldFactory)
    version = factory.SelfAttribute("field.version")
    municipality = factory.SelfAttribute("field.municipality")
    title = factory.Sequence(lambda n: f"Maßnahme {n}")
    start_date = datetime.date(2025, 1, 1)
    end_date = datetime.date(2026, 12, 31)

    @factory.post_generation
    def goals(self, create, extracted, **kwargs):
        if create and extracted:
            self.goals.set(extracted)


class BudgetLineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BudgetLine

    measure = factory.SubFactory(MeasureFactory)
    year = 2025
    funding_source = "own"
    planned_amount = Decimal("10000")


class MilestoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Milestone

    measure = factory.SubFactory(MeasureFactory)
    title = "Auftakt"
    due_date = datetime.date(2025, 6, 1)


class IndicatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Indicator
        skip_postgeneration_save = True

    field = factory.SubFactory(FieldFactory)
    version = factory.SelfAttribute("field.version")
    municipality = factory.SelfAttribute("field.municipality")
    name = factory.Sequence(lambda n: f"Indikator {n}")
    unit = "%"

    @factory.post_generation
    def goals(self, create, extracted, **kwargs):
        if create and extracted:
            self.goals.set(extracted)


class IndicatorValueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IndicatorValue

    indicator = factory.SubFactory(IndicatorFactory)
    municipality = factory.SelfAttribute("indicator.municipality")
    year = 2024
    value = Decimal("12.5")


class DistrictFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = District

    municipality = factory.SubFactory(MunicipalityFactory)
    code = factory.Sequence(lambda n: f"D{n}")
    name = factory.Sequence(lambda n: f"Stadtteil {n}")


class TargetGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TargetGroup

    name = factory.Sequence(lambda n: f"Zielgruppe {n}")
    category = "institution"


class EvaluationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Evaluation

    measure = factory.SubFactory(MeasureFactory)
    municipality = factory.SelfAttribute("measure.municipality")
    title = factory.Sequence(lambda n: f"Evaluation {n}")
    method = "self"
    period_start = datetime.date(2025, 1, 1)
    period_end = datetime.date(2025, 12, 31)
    result = "Die Maßnahme erreicht ihre Zielgruppe."
    goal_achievement = "partly"
    recommendation = "continue"
