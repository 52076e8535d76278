"""The public progress page: the measures' states per field of action and chosen indicators.

The verdicts come from the monitoring rules (``monitoring.status`` through
``monitoring.selectors.version_status``), so the public sees the same status and the same
reason as the administration. Left out on purpose: internal status notes, money spent,
responsible persons. Disaggregated counts (by district or group) below the small-count
threshold are shown as "< 5", so that nobody can be identified.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Q
from django.utils.translation import gettext as _

from kompass.concepts.verdicts import Verdict
from kompass.core.charts import format_value
from kompass.documents.content import SMALL_COUNT
from kompass.indicators.charts import is_rate_unit, time_series_chart
from kompass.indicators.models import IndicatorValue, ValueFlag
from kompass.monitoring.selectors import measure_state_counts, status_counts, version_status
from kompass.plan.tree import load_version_tree

from .selectors import overlay, selected_indicator_ids

# Units that measure a share or a rate, not a number of people: never suppressed.


@dataclass
class MeasureRow:
    measure: object
    state_label: str
    verdict: Verdict


@dataclass
class FieldProgress:
    field: object | None
    states: list  # (state value, label, count), only states that occur
    statuses: list  # (Status, count) worst first, only those that occur
    rows: list = field(default_factory=list)


@dataclass
class Breakdown:
    caption: str
    heading: str
    rows: list  # (label, shown value)


@dataclass
class IndicatorPanel:
    indicator: object
    verdict: Verdict
    chart: object
    breakdowns: list


@dataclass
class ProgressPage:
    version: object
    today: datetime.date
    show_measures: bool
    fields: list
    states: list  # over all measures
    measure_total: int
    indicators: list


def is_count_unit(unit: str) -> bool:
    """Whether values in ``unit`` count people or cases (rather than a share or a rate)."""
    return not is_rate_unit(unit)


def shown_value(value: IndicatorValue, unit: str) -> str:
    """A disaggregated value for the public: small counts as "< 5", withheld ones as their note."""
    if value.value is None:
        return value.get_flag_display() or "—"
    number = Decimal(value.value)
    if is_count_unit(unit) and 0 < number < SMALL_COUNT:
        return f"< {SMALL_COUNT}"
    if value.flag == ValueFlag.NOTHING:  # a true zero, said with its note
        return f"{format_value(number)} ({value.get_flag_display()})"
    return format_value(number)


def _states(measures) -> list:
    """(state, label, count) of the states that occur, in the order of the choices."""
    return [state for state in measure_state_counts(measures) if state[2]]


def _breakdowns(indicator, values) -> list[Breakdown]:
    """The latest year with district or group values, as tables (districts, then groups)."""
    if not values:
        return []
    year = max(v.year for v in values)
    latest = {}
    for value in sorted(values, key=lambda v: (v.reference_date or datetime.date.min, v.pk)):
        if value.year == year:
            latest[(value.district_id, value.group)] = value
    districts = sorted(
        (v for (district, _g), v in latest.items() if district is not None),
        key=lambda v: (v.district.code, v.district.name),
    )
    groups = [v for (district, _g), v in latest.items() if district is None]
    result = []
    unit = f" ({indicator.unit})" if indicator.unit else ""
    if districts:
        result.append(
            Breakdown(
                caption=_("%(name)s by district, %(year)s") % {"name": indicator.name, "year": year}
                + unit,
                heading=_("District"),
                rows=[(v.district.name, shown_value(v, indicator.unit)) for v in districts],
            )
        )
    if groups:
        result.append(
            Breakdown(
                caption=_("%(name)s by group, %(year)s") % {"name": indicator.name, "year": year}
                + unit,
                heading=_("Group"),
                rows=[(v.group, shown_value(v, indicator.unit)) for v in groups],
            )
        )
    return result


def progress_page(version, site, language_code: str, *, today: datetime.date) -> ProgressPage:
    """Everything the public progress page shows, in a fixed number of queries."""
    tree = load_version_tree(version)
    chosen = selected_indicator_ids(site, version)
    indicators = [i for i in tree.indicators if i.pk in chosen]
    show_measures = bool(site and site.show_measures)
    measures = tree.measures if show_measures else []
    overlay([*tree.fields, *measures, *indicators], language_code)
    status = version_status(version, today=today, tree=tree)

    fields = []
    if show_measures:
        by_field: dict = {}
        for measure in sorted(measures, key=lambda m: (m.position, m.pk)):
            by_field.setdefault(measure.field_id, []).append(measure)
        for field_of_action in [*tree.fields, None]:
            own = by_field.get(field_of_action.pk if field_of_action else None, [])
            if not own:
                continue
            verdicts = [status.measures[m.pk] for m in own]
            fields.append(
                FieldProgress(
                    field=field_of_action,
                    states=_states(own),
                    statuses=[(s, n) for s, n in status_counts(verdicts) if n],
                    rows=[
                        MeasureRow(m, m.get_status_display(), status.measures[m.pk]) for m in own
                    ],
                )
            )

    disaggregated: dict = {}
    if indicators:
        for value in IndicatorValue.objects.filter(
            Q(district__isnull=False) | ~Q(group=""), indicator_id__in=[i.pk for i in indicators]
        ).select_related("district"):
            disaggregated.setdefault(value.indicator_id, []).append(value)
    panels = [
        IndicatorPanel(
            indicator=indicator,
            verdict=status.indicators[indicator.pk],
            chart=time_series_chart(
                indicator, status.values.get(indicator.pk, []), chart_id=f"indikator-{indicator.pk}"
            ),
            breakdowns=_breakdowns(indicator, disaggregated.get(indicator.pk, [])),
        )
        for indicator in sorted(indicators, key=lambda i: (i.field_id or 0, i.name))
    ]
    return ProgressPage(
        version=version,
        today=today,
        show_measures=show_measures,
        fields=fields,
        states=_states(measures),
        measure_total=len(measures),
        indicators=panels,
    )
