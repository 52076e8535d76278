import datetime
from decimal import Decimal

from kompass.process.models import (
    CommunicationItem,
    FacilitatorContract,
    ProcessBudgetLine,
    ProcessTask,
)
from kompass.process.services import process_start

from ..factories import VersionFactory

START = datetime.date(2025, 1, 1)


def add_process(world):
    """The test world with a 12-step process for its version, a task owned by the school
    office, a budget line, a facilitator contract and a communication item."""
    coordinator = world.users["coordination"]
    process = process_start(
        version=world.version,
        template_key="twelve_steps",
        start_date=START,
        duration_months=18,
        budget_total=Decimal("40000"),
        acting_user=coordinator,
    )
    world.process = process
    world.step = process.steps.get(position=1)
    world.phase = process.phases.get(position=1)
    world.process_milestone = process.milestones.first()
    world.task = ProcessTask.objects.create(
        process=process,
        municipality=world.town,
        step=world.step,
        title="Sprachcafé-Träger ansprechen",
        owner_unit=world.school_office,
        due_date=START,
    )
    world.other_task = ProcessTask.objects.create(
        process=process,
        municipality=world.town,
        step=world.step,
        title="Einladungen verschicken",
        owner_unit=world.youth_office,
        due_date=START,
    )
    world.process_budget_line = ProcessBudgetLine.objects.create(
        process=process,
        municipality=world.town,
        item="Moderation",
        year=2025,
        amount=Decimal("12000"),
        funding="land",
    )
    world.contract = FacilitatorContract.objects.create(
        process=process,
        municipality=world.town,
        provider="Büro Beispiel",
        scope="Moderation von drei Workshops",
        days=Decimal("10"),
        day_rate=Decimal("1000"),
        total_cost=Decimal("10000"),
        period_start=START,
        period_end=datetime.date(2025, 12, 31),
    )
    world.communication_item = CommunicationItem.objects.create(
        process=process,
        municipality=world.town,
        title="Pressemitteilung zum Start",
        goal="information",
        audience="Stadtbevölkerung",
        channel="Pressemitteilung",
        date=datetime.date(2025, 2, 1),
    )
    # a version without a process, for the page that starts one
    world.spare_version = VersionFactory(concept__municipality=world.town)
    return world
