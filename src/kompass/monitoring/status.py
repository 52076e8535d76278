"""How monitoring rolls verdicts up (the vocabulary is in ``concepts.verdicts``; the rules for
one indicator and one measure are in ``indicators.status`` and ``measures.status``).

Goal and field of action – rolled up from the rated verdicts below them (a goal's
indicators and measures, a field's goals): none rated → *no data*; at least a third
off track → *off track*; any off track or at risk → *at risk*; otherwise *on track*.
"""

from decimal import Decimal

from django.utils.translation import gettext as _

from kompass.concepts.verdicts import Status, Verdict

OFF_TRACK_SHARE = Decimal(1) / 3

# Worst first: the order of tables and legends.
ORDER = [Status.OFF_TRACK, Status.AT_RISK, Status.ON_TRACK, Status.NO_DATA, Status.NOT_RATED]


def rollup(verdicts) -> Verdict:
    """The status of a goal or field from the verdicts below it, with the counts as reason."""
    counts = dict.fromkeys(Status, 0)
    for verdict in verdicts:
        counts[verdict.status] += 1
    rated = counts[Status.ON_TRACK] + counts[Status.AT_RISK] + counts[Status.OFF_TRACK]
    unrated = counts[Status.NO_DATA] + counts[Status.NOT_RATED]
    reason = _("%(on)s on track, %(risk)s at risk, %(off)s off track, %(none)s without rating.") % {
        "on": counts[Status.ON_TRACK],
        "risk": counts[Status.AT_RISK],
        "off": counts[Status.OFF_TRACK],
        "none": unrated,
    }
    if not rated:
        return Verdict(Status.NO_DATA, reason)
    if Decimal(counts[Status.OFF_TRACK]) / rated >= OFF_TRACK_SHARE:
        return Verdict(Status.OFF_TRACK, reason)
    if counts[Status.OFF_TRACK] or counts[Status.AT_RISK]:
        return Verdict(Status.AT_RISK, reason)
    return Verdict(Status.ON_TRACK, reason)
