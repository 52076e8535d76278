"""Reads of participation: coverage, triage lists, response tables and the reach report."""

from dataclasses import dataclass

from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q

from .models import (
    Contribution,
    ContributionDecision,
    EventReach,
    ParticipationEvent,
    ParticipationLevel,
    VersionParticipation,
)

# Public output never shows counts small enough to identify people (DOMAIN.md).
SMALL_COUNT = 5


def _has_decision():
    return Exists(ContributionDecision.objects.filter(contribution=OuterRef("pk")))


def answerable(version):
    """The contributions of a version that need an answer: all but the merged duplicates."""
    return Contribution.objects.filter(version=version, merged_into__isnull=True)


def open_contributions(version):
    """Contributions of the version still without a decision (the adoption guard counts them)."""
    return answerable(version).filter(~_has_decision())


@dataclass
class Coverage:
    total: int
    decided: int

    @property
    def open(self) -> int:
        return self.total - self.decided

    @property
    def percent(self) -> int | None:
        """Share of contributions with a decision, in whole percent (None without contributions)."""
        if not self.total:
            return None
        return round(100 * self.decided / self.total)


def version_coverage(version) -> Coverage:
    counts = answerable(version).aggregate(
        total=Count("pk"), decided=Count("pk", filter=_has_decision())
    )
    return Coverage(total=counts["total"], decided=counts["decided"])


def events_with_coverage(version):
    """The events of a version with their format and coverage figures (one query)."""
    base = Q(contributions__merged_into__isnull=True)
    decided = Q(contributions__decisions__isnull=False)
    events = (
        ParticipationEvent.objects.filter(version=version)
        .select_related("format")
        .annotate(
            contribution_total=Count("contributions", filter=base, distinct=True),
            contribution_decided=Count("contributions", filter=base & decided, distinct=True),
        )
    )
    for event in events:
        event.coverage = Coverage(event.contribution_total, event.contribution_decided)
        yield event


def decision_prefetch():
    return Prefetch(
        "decisions",
        queryset=ContributionDecision.objects.select_related("goal", "measure", "decided_by"),
    )


def contributions_for_response(version, *, event=None, public=False):
    """The rows of a response table: each answerable contribution with its decisions.

    The public table lists only contributions that have an answer: online texts are read
    by staff before anything of them is shown.
    """
    queryset = (
        answerable(version)
        .select_related("event", "field")
        .prefetch_related(decision_prefetch(), "merged")
        .order_by(F("event__starts_at").asc(nulls_last=True), "event_id", "position", "pk")
    )
    if event is not None:
        queryset = queryset.filter(event=event)
    if public:
        queryset = queryset.filter(_has_decision())
    return queryset


def shaping_contributions(*, goal=None, measure=None):
    """Contributions whose decisions name this goal or measure (for its page)."""
    decisions = ContributionDecision.objects.filter(goal=goal) if goal else None
    if measure is not None:
        decisions = ContributionDecision.objects.filter(measure=measure)
    return list(
        decisions.select_related("contribution__event").order_by(
            "contribution__event__starts_at", "contribution_id"
        )
    )


@dataclass
class ReachRow:
    group: object
    cells: list  # (event, invited: bool, count or None) per event
    invited_total: int
    reached_total: int

    @property
    def gap(self) -> bool:
        """Invited somewhere, reached nowhere."""
        return self.invited_total > 0 and self.reached_total == 0


def reach_report(version):
    """Target groups × events: invited and reached counts, gaps, and the ladder summary."""
    events = list(
        ParticipationEvent.objects.filter(version=version)
        .select_related("format")
        .prefetch_related(
            "invited_target_groups",
            Prefetch("reach", queryset=EventReach.objects.select_related("target_group")),
        )
    )
    groups = {}
    for event in events:
        for group in event.invited_target_groups.all():
            groups[group.pk] = group
        for reach in event.reach.all():
            groups[reach.target_group_id] = reach.target_group
    rows = []
    for group in sorted(groups.values(), key=lambda g: (g.category, g.name)):
        cells, invited, reached = [], 0, 0
        for event in events:
            is_invited = any(g.pk == group.pk for g in event.invited_target_groups.all())
            count = next(
                (r.count for r in event.reach.all() if r.target_group_id == group.pk), None
            )
            invited += is_invited
            reached += count or 0
            cells.append((event, is_invited, count))
        rows.append(
            ReachRow(group=group, cells=cells, invited_total=invited, reached_total=reached)
        )
    ladder = [
        (level, [e for e in events if e.level == level.value])
        for level in reversed(ParticipationLevel)
    ]
    documented = [e for e in events if e.level is not None]
    all_below = bool(documented) and all(
        e.level < ParticipationLevel.CODETERMINATION for e in documented
    )
    return {
        "events": events,
        "rows": rows,
        "gaps": [row for row in rows if row.gap],
        "ladder": ladder,
        "all_below_codetermination": all_below,
        "undocumented": [e for e in events if e.level is None],
    }


def public_count(value) -> str:
    """A count for the public: small numbers are shown as “< 5”."""
    if value is None:
        return "—"
    return f"< {SMALL_COUNT}" if value < SMALL_COUNT else str(value)


def participation_settings(version) -> VersionParticipation:
    """The participation settings of a version for reading (unsaved defaults if none yet)."""
    found = VersionParticipation.objects.filter(version=version).first()
    return found or VersionParticipation(version=version, municipality_id=version.municipality_id)
