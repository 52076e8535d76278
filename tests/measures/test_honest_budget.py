"""Honest money: a budget line may state no amount, and no total turns that into 0 €."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from kompass.bodies.models import Body, BodyKind, ResolutionKind
from kompass.bodies.submission import build_submission, contract_sentence
from kompass.documents.press import build_press_release
from kompass.documents.summary import build_summary
from kompass.measures.budget import summarize_rows, summarize_version
from kompass.measures.forms import BudgetLineForm
from kompass.measures.models import AmountKind, BudgetLine
from kompass.plan.checks import version_checks
from kompass.plan.tree import load_version_tree
from kompass.process.models import FacilitatorContract
from kompass.process.services import process_start

from ..factories import BudgetLineFactory, MeasureFactory

STATED, NOT_STATED, EXISTING = AmountKind.STATED, AmountKind.NOT_STATED, AmountKind.EXISTING


def english(func, *args):
    with translation.override("en"):
        return func(*args)


@pytest.mark.parametrize(
    ("measure_ids", "rows", "text"),
    [
        ([1, 2], [(1, STATED, Decimal("12000")), (2, STATED, Decimal("500"))], "12,500 €"),
        (
            [1, 2, 3, 4],
            [(1, STATED, Decimal("12000")), (2, NOT_STATED, None), (3, EXISTING, None)],
            "at least 12,000 €, plus 3 measures without an amount",
        ),
        ([1, 2], [(1, NOT_STATED, None), (2, EXISTING, None)], "no stated amount"),
        ([1, 2], [], "no stated amount"),
        ([1], [(1, STATED, Decimal("0"))], "0 €"),  # 0 € stated is a statement
    ],
)
def test_totals_say_what_was_stated(measure_ids, rows, text):
    total = english(lambda: summarize_rows(measure_ids, rows).text)
    assert total.replace(".", ",") == text


def test_a_measure_with_a_stated_and_an_unstated_line_is_a_lower_bound():
    rows = [(1, STATED, Decimal("800")), (1, NOT_STATED, None)]
    budget = summarize_rows([1], rows)
    assert not budget.is_complete
    assert english(lambda: budget.row_text).startswith("at least 800")
    only_existing = summarize_rows([1], [(1, EXISTING, None)])
    assert english(lambda: only_existing.row_text) == "From existing funds or staff"


def form(**values):
    data = {"year": "2025", "funding_source": "own", "amount_kind": STATED, "planned_amount": ""}
    data.update(values)
    return BudgetLineForm(data=data)


@pytest.mark.django_db
def test_the_form_asks_for_an_amount_only_when_it_is_stated():
    missing = form()
    assert not missing.is_valid()
    assert list(missing.errors) == ["planned_amount"]
    contradiction = form(amount_kind=NOT_STATED, planned_amount="100")
    assert not contradiction.is_valid()
    assert list(contradiction.errors) == ["planned_amount"]
    assert form(amount_kind=NOT_STATED).is_valid()
    assert form(amount_kind=EXISTING).is_valid()
    assert form(planned_amount="0").is_valid()


def test_existing_lines_stay_stated(world):
    line = BudgetLine.objects.get(pk=world.budget_line.pk)
    assert line.amount_kind == STATED and line.has_amount


def test_checks_tell_a_missing_line_from_an_amount_not_stated(world):
    BudgetLineFactory(measure=world.foreign_measure, amount_kind=NOT_STATED, planned_amount=None)
    bare = MeasureFactory(field=world.field, goals=[world.operative_goal])
    findings = version_checks(load_version_tree(world.version))
    by_measure = {}
    for finding in findings:
        by_measure.setdefault(finding.obj, []).append(finding)
    foreign = by_measure[world.foreign_measure]
    assert "budget_hint" in [f.category for f in foreign]
    with translation.override("en"):
        missing_foreign = [str(m) for f in foreign for m in f.missing]
        missing_bare = [str(m) for f in by_measure[bare] for m in f.missing]
    assert "budget line" not in missing_foreign
    assert "budget line" in missing_bare
    assert "budget_hint" not in [f.category for f in by_measure[bare]]


def test_no_text_turns_an_unstated_amount_into_zero(world):
    BudgetLine.objects.filter(pk=world.budget_line.pk).update(
        amount_kind=NOT_STATED, planned_amount=None
    )
    BudgetLineFactory(measure=world.foreign_measure, amount_kind=EXISTING, planned_amount=None)
    assert not summarize_version(world.version).has_stated
    with translation.override("en"):
        summary = build_summary(world.version)
        press = build_press_release(summary, today=datetime.date(2025, 1, 1)).as_text()
        submission = build_submission(
            municipality=world.town, occasion=ResolutionKind.ADOPTION, version=world.version
        )
    assert "0 €" not in press and "A total of" not in press
    finance = " ".join(submission.finance.paragraphs)
    cells = [cell for table in submission.finance.tables for row in table.rows for cell in row]
    assert "0 €" not in finance and "0 €" not in " ".join(cells)
    assert "states no amount" in finance
    assert "Amount not stated" in cells and "no stated amount" in cells


def contract(world, **values):
    process = process_start(
        version=world.version,
        template_key="twelve_steps",
        start_date=datetime.date(2025, 1, 1),
        duration_months=12,
        acting_user=world.users["coordination"],
    )
    return FacilitatorContract.objects.create(
        process=process,
        municipality=world.town,
        provider="Büro Beispiel",
        scope="Moderation der Workshops.",
        period_start=datetime.date(2025, 1, 1),
        period_end=datetime.date(2025, 12, 31),
        **values,
    )


def test_the_contract_sentence_names_only_what_the_contract_states(world):
    bare = english(contract_sentence, contract(world))
    assert bare == "External facilitation: Büro Beispiel – Moderation der Workshops."
    full = FacilitatorContract(
        provider="Büro Beispiel",
        scope="Moderation",
        days=Decimal("10"),
        day_rate=Decimal("900"),
    )
    text = english(contract_sentence, full)
    assert "10 days" in text and "900 € per day" in text and "9,000 € in total" in text


def test_the_submission_claims_no_steering_group_that_does_not_exist(world):
    with translation.override("en"):
        without = build_submission(
            municipality=world.town, occasion=ResolutionKind.START, version=world.version
        )
        Body.objects.create(
            municipality=world.town, name="Lenkungsgruppe Integration", kind=BodyKind.STEERING_GROUP
        )
        with_group = build_submission(
            municipality=world.town, occasion=ResolutionKind.START, version=world.version
        )
    text = " ".join(p for s in without.sections for p in s.paragraphs)
    assert "steering group" not in text.lower()
    text = " ".join(p for s in with_group.sections for p in s.paragraphs)
    assert "The steering group Lenkungsgruppe Integration guides the process." in text


def test_the_measure_page_shows_a_lower_bound_not_a_sum(client, world):
    BudgetLineFactory(measure=world.measure, year=2026, amount_kind=NOT_STATED, planned_amount=None)
    client.force_login(world.users["coordination"])
    url = reverse(
        "measure_detail", kwargs={"municipality": world.town.slug, "pk": world.measure.pk}
    )
    with translation.override("en"):
        page = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Amount not stated" in page or "nicht beziffert" in page.lower()
    assert "10.000 €" in page or "10,000 €" in page  # the stated line
    total = page.split("<tfoot>")[1].split("</tfoot>")[0]
    assert "10" in total and ("at least" in total or "mindestens" in total)


@pytest.mark.django_db
def test_a_form_without_the_kind_states_the_amount_as_before():
    bound = BudgetLineForm(data={"year": "2025", "funding_source": "own", "planned_amount": "5"})
    assert bound.is_valid(), bound.errors
    assert bound.cleaned_data["amount_kind"] == STATED
    assert not BudgetLineForm(data={"year": "2025", "funding_source": "own"}).is_valid()
