"""What the one-page summary (flyer) and the press release say about a version (step 12).

``build_summary`` reads a version in a fixed number of queries, whatever its size: the
fields of action with their counts, the first measures of each field as examples, the
totals, the adopting resolution with its vote and the figures of the participation.
The flyer (``flyer.py``) and the press release (``press.py``) read only from it.
"""

import datetime
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.db.models import Count, Exists, F, OuterRef, Q, Sum, Window
from django.db.models.functions import RowNumber
from django.urls import reverse

from kompass.concepts.models import ConceptVersion, FieldOfAction, Goal, Vision, unquoted
from kompass.measures.budget import BudgetSum, summarize_version
from kompass.measures.models import Measure

from .content import DEFAULT_COLOUR, logo_data_uri

# How many measures of each field are read as examples (the flyer shows one or two).
EXAMPLES_PER_FIELD = 2


@dataclass
class FieldSummary:
    number: int
    name: str
    goal_count: int
    measure_count: int
    examples: list[str] = field(default_factory=list)


@dataclass
class Adoption:
    """The adopting resolution: who decided, when, with which votes."""

    body: str
    date: datetime.date
    reference: str
    votes_yes: int | None
    votes_no: int | None
    votes_abstain: int | None

    @property
    def has_votes(self) -> bool:
        return self.votes_yes is not None


@dataclass
class ParticipationFigures:
    events: int
    participants: int
    contributions: int
    taken_up: int  # contributions adopted fully or in part into goals or measures


@dataclass
class Summary:
    version: ConceptVersion
    municipality: object
    title: str  # the concept's title: the name of the concept in every text
    kind_label: str
    period: str  # "2024–2030", "from 2007", or ""
    is_adopted: bool
    adopted_on: datetime.date | None
    adopting_resolution: str  # the citation the version carries
    adoption: Adoption | None  # the recorded resolution, if the bodies app has one
    vision: str
    fields: list[FieldSummary]
    goal_total: int
    measure_total: int
    budget_total: BudgetSum
    participation: ParticipationFigures | None
    public_url: str
    office: str
    brand_colour: str
    logo_data_uri: str
    label: str = ""  # the version's own label or state ("Version 2.2 – Stand 15. Mai 2007")
    period_is_range: bool = False  # start and end year are both known

    @property
    def example_measures(self) -> list[tuple[str, str]]:
        """One measure from each of the first fields: (measure, field) pairs for the press."""
        return [(f.examples[0], f.name) for f in self.fields if f.examples]


def public_concept_url(municipality) -> str:
    """Where the public reads the whole concept (the public site of the municipality)."""
    path = reverse("public_concept", kwargs={"municipality": municipality.slug})
    return f"{settings.KOMPASS_BASE_URL.rstrip('/')}{path}"


def shorten(text: str, length: int) -> str:
    """``text`` on one line and at most ``length`` characters long.

    A longer text ends after its last whole sentence that fits, if that keeps at least
    half of it; otherwise after the last whole word, with “…”.
    """
    text = " ".join((text or "").split())
    if len(text) <= length:
        return text
    head = text[: length - 1]
    sentence_end = max(head.rfind(". "), head.rfind("! "), head.rfind("? "))
    if sentence_end >= length // 2:
        return head[: sentence_end + 1]
    space = head.rfind(" ")
    if space >= length // 2:
        head = head[:space]
    return head.rstrip(" ,;:–-") + "…"


def _fields(version) -> list[FieldSummary]:
    fields = FieldOfAction.objects.filter(version=version).annotate(
        goal_count=Count("goals", distinct=True), measure_count=Count("measures", distinct=True)
    )
    examples = (
        Measure.objects.filter(version=version, field__isnull=False)
        .annotate(
            rank=Window(RowNumber(), partition_by=F("field_id"), order_by=[F("position"), F("pk")])
        )
        .filter(rank__lte=EXAMPLES_PER_FIELD)
        .order_by("field_id", "rank")
        .values_list("field_id", "title")
    )
    by_field = {}
    for field_id, title in examples:
        by_field.setdefault(field_id, []).append(title)
    return [
        FieldSummary(
            number=number,
            name=f.name,
            goal_count=f.goal_count,
            measure_count=f.measure_count,
            examples=by_field.get(f.pk, []),
        )
        for number, f in enumerate(fields, start=1)
    ]


def _adoption(version) -> Adoption | None:
    if not apps.is_installed("kompass.bodies"):
        return None
    from kompass.bodies.models import Outcome, Resolution, ResolutionKind

    resolution = (
        Resolution.objects.filter(
            concept_version=version, kind=ResolutionKind.ADOPTION, outcome=Outcome.ADOPTED
        )
        .select_related("body")
        .order_by("-date", "-pk")
        .first()
    )
    if resolution is None:
        return None
    return Adoption(
        body=resolution.body.name,
        date=resolution.date,
        reference=resolution.reference,
        votes_yes=resolution.votes_yes,
        votes_no=resolution.votes_no,
        votes_abstain=resolution.votes_abstain,
    )


def _participation(version) -> ParticipationFigures | None:
    """Events, participants, contributions and how many were taken up (None without events)."""
    if not apps.is_installed("kompass.participation"):
        return None
    from kompass.participation.models import ContributionDecision, Outcome, ParticipationEvent
    from kompass.participation.selectors import answerable

    events = ParticipationEvent.objects.filter(version=version).aggregate(
        n=Count("pk"), people=Sum("participant_count")
    )
    taken_up = Exists(
        ContributionDecision.objects.filter(
            contribution=OuterRef("pk"), outcome__in=[Outcome.ADOPTED, Outcome.PARTLY]
        )
    )
    contributions = answerable(version).aggregate(
        total=Count("pk"), taken_up=Count("pk", filter=Q(taken_up))
    )
    if not events["n"] and not contributions["total"]:
        return None
    return ParticipationFigures(
        events=events["n"],
        participants=events["people"] or 0,
        contributions=contributions["total"],
        taken_up=contributions["taken_up"],
    )


def build_summary(version: ConceptVersion) -> Summary:
    """The summary of ``version``; the number of queries does not grow with its size."""
    municipality = version.municipality
    vision = Vision.objects.filter(version=version).only("text").first()
    is_adopted = version.is_locked  # adopted, or superseded by a later adoption
    return Summary(
        version=version,
        municipality=municipality,
        # The concept's title names the concept; the version's label is added where it helps.
        title=unquoted(version.concept.title),
        label=version.label,
        period_is_range=version.has_period_range,
        kind_label=version.concept.kind_label,
        period=version.period_label,
        is_adopted=is_adopted,
        adopted_on=version.adopted_on,
        adopting_resolution=version.adopting_resolution,
        adoption=_adoption(version) if is_adopted else None,
        vision=" ".join(vision.text.split()) if vision else "",
        fields=_fields(version),
        goal_total=Goal.objects.filter(version=version).count(),
        measure_total=Measure.objects.filter(version=version).count(),
        budget_total=summarize_version(version),
        participation=_participation(version),
        public_url=public_concept_url(municipality),
        office=municipality.responsible_office.strip(),
        brand_colour=municipality.brand_colour or DEFAULT_COLOUR,
        logo_data_uri=logo_data_uri(municipality),
    )
