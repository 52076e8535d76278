"""The vocabulary of monitoring: five statuses, and a verdict that carries its reason in words.

Every verdict says why ("Zielwert 2027: 12 %, erwartet 2025: 14 %, Ist 2025: 15,2 %"), so
that nobody has to trust a coloured dot. Each rule that gives a verdict lives once, with
what it judges: ``indicators.status`` (an indicator), ``measures.status`` (a measure) and
``monitoring.status`` (goals and fields of action rolled up); all of them are explained on
the help page, ``monitoring/templates/monitoring/status_help.html``.
"""

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from django.utils.translation import gettext_lazy


class Status(StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    NO_DATA = "no_data"
    NOT_RATED = "not_rated"

    @property
    def label(self) -> str:
        return str(LABELS[self])

    @property
    def rated(self) -> bool:
        return self in (Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK)


LABELS = {
    Status.ON_TRACK: gettext_lazy("on track"),
    Status.AT_RISK: gettext_lazy("at risk"),
    Status.OFF_TRACK: gettext_lazy("off track"),
    Status.NO_DATA: gettext_lazy("no data"),
    Status.NOT_RATED: gettext_lazy("not rated"),
}


@dataclass(frozen=True)
class Verdict:
    status: Status
    reason: str
    expected: Decimal | None = None
    actual: Decimal | None = None
    year: int | None = None

    @property
    def label(self) -> str:
        return self.status.label
