"""The status rules, table by table (edge cases: no baseline, target reached early,
lower-is-better, missing years, descriptive indicators, overdue measures, rollups)."""

import datetime
from decimal import Decimal as D

import pytest
from django.utils import translation

from kompass.concepts.verdicts import Status, Verdict
from kompass.indicators.status import indicator_status
from kompass.measures.status import measure_status
from kompass.monitoring.status import rollup

HIGHER, LOWER, NEUTRAL = "higher", "lower", "neutral"
T2030 = datetime.date(2030, 12, 31)


@pytest.fixture(autouse=True)
def german():
    with translation.override("de"):
        yield


# direction, values, baseline (value, year), target (value, date), tolerance, expected status
INDICATOR_CASES = [
    # on the straight path from 10 (2020) to 20 (2030): 2025 expects 15
    ("on path", HIGHER, {2025: D(15)}, (D(10), 2020), (D(20), T2030), 10, Status.ON_TRACK),
    ("ahead of path", HIGHER, {2025: D(17)}, (D(10), 2020), (D(20), T2030), 10, Status.ON_TRACK),
    # 14.5 is 0.5 behind 15 = 5 % of the planned change 10 → within 10 % tolerance
    (
        "slightly behind",
        HIGHER,
        {2025: D("14.5")},
        (D(10), 2020),
        (D(20), T2030),
        10,
        Status.AT_RISK,
    ),
    ("far behind", HIGHER, {2025: D(12)}, (D(10), 2020), (D(20), T2030), 10, Status.OFF_TRACK),
    # a tighter tolerance turns "at risk" into "off track"
    (
        "tight tolerance",
        HIGHER,
        {2025: D("14.5")},
        (D(10), 2020),
        (D(20), T2030),
        2,
        Status.OFF_TRACK,
    ),
    (
        "target reached early",
        HIGHER,
        {2022: D(21)},
        (D(10), 2020),
        (D(20), T2030),
        10,
        Status.ON_TRACK,
    ),
    # lower is better: from 10 down to 5; 2025 expects 7.5
    ("lower on path", LOWER, {2025: D("7.4")}, (D(10), 2020), (D(5), T2030), 10, Status.ON_TRACK),
    ("lower behind", LOWER, {2025: D(9)}, (D(10), 2020), (D(5), T2030), 10, Status.OFF_TRACK),
    (
        "lower slightly behind",
        LOWER,
        {2025: D("7.8")},
        (D(10), 2020),
        (D(5), T2030),
        10,
        Status.AT_RISK,
    ),
    ("lower reached", LOWER, {2023: D("4.9")}, (D(10), 2020), (D(5), T2030), 10, Status.ON_TRACK),
    # without a baseline the first value is the start: 10 (2020) → 20 (2030)
    (
        "no baseline",
        HIGHER,
        {2020: D(10), 2025: D(15)},
        (None, None),
        (D(20), T2030),
        10,
        Status.ON_TRACK,
    ),
    (
        "no baseline behind",
        HIGHER,
        {2020: D(10), 2025: D(11)},
        (None, None),
        (D(20), T2030),
        10,
        Status.OFF_TRACK,
    ),
    # missing years: the latest available value counts, empty (secret) years are skipped
    (
        "missing years",
        HIGHER,
        {2021: D(11), 2023: None, 2025: D(15)},
        (D(10), 2020),
        (D(20), T2030),
        10,
        Status.ON_TRACK,
    ),
    ("only secret values", HIGHER, {2024: None}, (D(10), 2020), (D(20), T2030), 10, Status.NO_DATA),
    ("no values", HIGHER, {}, (D(10), 2020), (D(20), T2030), 10, Status.NO_DATA),
    ("no target", HIGHER, {2025: D(15)}, (D(10), 2020), (None, None), 10, Status.NOT_RATED),
    ("descriptive", NEUTRAL, {2025: D(15)}, (D(10), 2020), (D(20), T2030), 10, Status.NOT_RATED),
    # target date passed: only reaching the target (or nearly) counts
    (
        "deadline passed, missed",
        HIGHER,
        {2031: D(18)},
        (D(10), 2020),
        (D(20), T2030),
        10,
        Status.OFF_TRACK,
    ),
    (
        "deadline passed, nearly",
        HIGHER,
        {2031: D("19.5")},
        (D(10), 2020),
        (D(20), T2030),
        10,
        Status.AT_RISK,
    ),
    # keep a level (target = baseline): falling below is measured against the level itself
    ("keep level", HIGHER, {2025: D(99)}, (D(100), 2020), (D(100), T2030), 10, Status.AT_RISK),
    (
        "keep level far below",
        HIGHER,
        {2025: D(80)},
        (D(100), 2020),
        (D(100), T2030),
        10,
        Status.OFF_TRACK,
    ),
    # a value before the baseline year expects the baseline itself
    ("before baseline", HIGHER, {2018: D(10)}, (D(10), 2020), (D(20), T2030), 10, Status.ON_TRACK),
]


@pytest.mark.parametrize(
    ("name", "direction", "values", "baseline", "target", "tolerance", "expected"),
    INDICATOR_CASES,
    ids=[case[0] for case in INDICATOR_CASES],
)
def test_indicator_status(name, direction, values, baseline, target, tolerance, expected):
    verdict = indicator_status(
        direction=direction,
        values=values,
        baseline_value=baseline[0],
        baseline_year=baseline[1],
        target_value=target[0],
        target_date=target[1],
        tolerance_percent=D(tolerance),
        unit="%",
    )
    assert verdict.status == expected, verdict.reason
    assert verdict.reason


def test_the_reason_names_target_expectation_and_actual_value():
    verdict = indicator_status(
        direction=LOWER,
        values={2025: D("15.2")},
        baseline_value=D(16),
        baseline_year=2023,
        target_value=D(12),
        target_date=datetime.date(2027, 12, 31),
        unit="%",
    )
    assert verdict.status == Status.OFF_TRACK
    assert verdict.reason == "Zielwert 2027: 12 %, erwartet 2025: 14 %, Ist 2025: 15,2 %."
    assert (verdict.expected, verdict.actual, verdict.year) == (D(14), D("15.2"), 2025)


TODAY = datetime.date(2026, 6, 30)
START, END = datetime.date(2026, 1, 1), datetime.date(2026, 12, 31)  # half the year elapsed

# status, start, end, progress, expected
MEASURE_CASES = [
    ("done", "done", START, END, 100, Status.ON_TRACK),
    ("done after its end", "done", START, datetime.date(2026, 3, 1), 100, Status.ON_TRACK),
    ("cancelled", "cancelled", START, END, 10, Status.NOT_RATED),
    ("overdue", "in_progress", START, datetime.date(2026, 6, 1), 80, Status.OFF_TRACK),
    ("overdue planned", "planned", START, datetime.date(2026, 6, 1), 0, Status.OFF_TRACK),
    ("ends today is not overdue", "in_progress", START, TODAY, 90, Status.ON_TRACK),
    ("in time", "in_progress", START, END, 45, Status.ON_TRACK),
    ("lagging", "in_progress", START, END, 20, Status.AT_RISK),
    ("lagging at the edge", "in_progress", START, END, 25, Status.ON_TRACK),
    ("paused", "paused", START, END, 40, Status.AT_RISK),
    ("start missed", "planned", datetime.date(2026, 3, 1), END, 0, Status.AT_RISK),
    ("starts later", "planned", datetime.date(2026, 9, 1), END, 0, Status.ON_TRACK),
    ("no end date", "in_progress", START, None, 50, Status.NO_DATA),
    ("no dates at all", "planned", None, None, 0, Status.NO_DATA),
]


@pytest.mark.parametrize(
    ("name", "status", "start", "end", "progress", "expected"),
    MEASURE_CASES,
    ids=[case[0] for case in MEASURE_CASES],
)
def test_measure_status(name, status, start, end, progress, expected):
    verdict = measure_status(
        status=status, start_date=start, end_date=end, progress=progress, today=TODAY
    )
    assert verdict.status == expected, verdict.reason


def test_overdue_reason_in_german():
    verdict = measure_status(
        status="in_progress",
        start_date=START,
        end_date=datetime.date(2026, 6, 1),
        progress=80,
        today=TODAY,
    )
    assert verdict.reason == "Überfällig: geplantes Ende 01.06.2026, Fortschritt 80 %."


def v(status):
    return Verdict(status, "")


ROLLUP_CASES = [
    ("nothing", [], Status.NO_DATA),
    ("only unrated", [v(Status.NO_DATA), v(Status.NOT_RATED)], Status.NO_DATA),
    ("all on track", [v(Status.ON_TRACK)] * 3 + [v(Status.NO_DATA)], Status.ON_TRACK),
    ("one at risk", [v(Status.ON_TRACK)] * 3 + [v(Status.AT_RISK)], Status.AT_RISK),
    ("one of four off", [v(Status.ON_TRACK)] * 3 + [v(Status.OFF_TRACK)], Status.AT_RISK),
    ("a third off", [v(Status.ON_TRACK)] * 2 + [v(Status.OFF_TRACK)], Status.OFF_TRACK),
    ("unrated do not dilute", [v(Status.OFF_TRACK)] + [v(Status.NO_DATA)] * 5, Status.OFF_TRACK),
]


@pytest.mark.parametrize(
    ("name", "verdicts", "expected"), ROLLUP_CASES, ids=[c[0] for c in ROLLUP_CASES]
)
def test_rollup(name, verdicts, expected):
    assert rollup(verdicts).status == expected


def test_rollup_reason_counts():
    verdict = rollup([v(Status.ON_TRACK), v(Status.OFF_TRACK), v(Status.NO_DATA)])
    assert verdict.reason == "1 im Plan, 0 gefährdet, 1 nicht im Plan, 1 ohne Bewertung."
