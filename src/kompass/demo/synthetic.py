"""A generator of large synthetic concepts for benchmarks ("Land scale"), using bulk inserts.

The data is meaningless but structurally realistic: every field has a guiding goal,
strategic goals under it, operative goals under those, measures with budget lines and
milestones, and indicators with a value series.
"""

import datetime
import random
from decimal import Decimal

from django.db import transaction

from kompass.concepts.models import Concept, ConceptVersion, FieldOfAction, Goal, GoalLevel, Vision
from kompass.indicators.models import Indicator, IndicatorValue
from kompass.measures.models import BudgetLine, Measure, MeasureStatus, Milestone
from kompass.tenancy.models import Municipality, OrgUnit


@transaction.atomic
def generate_concept(
    *,
    slug: str,
    fields: int = 12,
    strategic_per_field: int = 3,
    operative_per_strategic: int = 3,
    measures_per_operative: int = 3,
    indicators_per_field: int = 8,
    years: int = 10,
    seed: int = 1,
) -> ConceptVersion:
    """Create a municipality ``slug`` with one draft concept of the given size; return its version."""
    rng = random.Random(seed)
    municipality = Municipality.objects.create(
        name=f"Synthetik {slug}", slug=slug, kind="stadt", land="06"
    )
    units = OrgUnit.objects.bulk_create(
        [OrgUnit(municipality=municipality, name=f"Amt {i}", short_name=f"A{i}") for i in range(15)]
    )
    concept = Concept.objects.create(municipality=municipality, title=f"Konzept {slug}")
    version = ConceptVersion.objects.create(concept=concept, municipality=municipality, number=1)
    Vision.objects.create(version=version, municipality=municipality, text="Vielfalt gestalten.")
    common = {"version": version, "municipality": municipality}

    field_objs = FieldOfAction.objects.bulk_create(
        [FieldOfAction(name=f"Handlungsfeld {f}", position=f, **common) for f in range(fields)]
    )
    guiding = Goal.objects.bulk_create(
        [
            Goal(field=f, level=GoalLevel.GUIDING, title=f"Leitziel {f.name}", **common)
            for f in field_objs
        ]
    )
    strategic = Goal.objects.bulk_create(
        [
            Goal(
                field=g.field,
                parent=g,
                level=GoalLevel.STRATEGIC,
                title=f"Strategisches Ziel {i}",
                **common,
            )
            for g in guiding
            for i in range(strategic_per_field)
        ]
    )
    target = datetime.date(2030, 12, 31)
    operative = Goal.objects.bulk_create(
        [
            Goal(
                field=g.field,
                parent=g,
                level=GoalLevel.OPERATIVE,
                title=f"Operatives Ziel {i}",
                target_date=target,
                **common,
            )
            for g in strategic
            for i in range(operative_per_strategic)
        ]
    )
    statuses = list(MeasureStatus.values)
    measures = Measure.objects.bulk_create(
        [
            Measure(
                field=g.field,
                title=f"Maßnahme {g.pk}-{i}",
                responsible_unit=rng.choice(units),
                start_date=datetime.date(2025, 1, 1),
                end_date=datetime.date(2028, 12, 31),
                status=rng.choice(statuses),
                progress=rng.randint(0, 100),
                **common,
            )
            for g in operative
            for i in range(measures_per_operative)
        ]
    )
    measure_goals = Measure.goals.through
    measure_goals.objects.bulk_create(
        [
            measure_goals(measure_id=m.pk, goal_id=g.pk)
            for g, chunk in zip(operative, _chunks(measures, measures_per_operative), strict=True)
            for m in chunk
        ]
    )
    BudgetLine.objects.bulk_create(
        [
            BudgetLine(
                measure=m,
                year=year,
                funding_source="own",
                planned_amount=Decimal(rng.randint(1, 90) * 500),
            )
            for m in measures
            for year in (2025, 2026)
        ],
        batch_size=2000,
    )
    Milestone.objects.bulk_create(
        [
            Milestone(measure=m, title="Zwischenstand", due_date=datetime.date(2026, 6, 30))
            for m in measures
        ],
        batch_size=2000,
    )
    indicators = Indicator.objects.bulk_create(
        [
            Indicator(
                field=f,
                name=f"Indikator {f.position}-{i}",
                unit="%",
                baseline_value=Decimal("10"),
                baseline_year=2024,
                target_value=Decimal("20"),
                target_date=target,
                **common,
            )
            for f in field_objs
            for i in range(indicators_per_field)
        ]
    )
    operative_by_field = {}
    for goal in operative:
        operative_by_field.setdefault(goal.field_id, []).append(goal)
    indicator_goals = Indicator.goals.through
    indicator_goals.objects.bulk_create(
        [
            indicator_goals(
                indicator_id=i.pk, goal_id=rng.choice(operative_by_field[i.field_id]).pk
            )
            for i in indicators
        ]
    )
    IndicatorValue.objects.bulk_create(
        [
            IndicatorValue(
                indicator=i,
                municipality=municipality,
                year=2025 - years + y,
                value=Decimal(rng.randint(50, 250)) / 10,
            )
            for i in indicators
            for y in range(years)
        ],
        batch_size=2000,
    )
    return version


def _chunks(items, size):
    return [items[i : i + size] for i in range(0, len(items), size)]
