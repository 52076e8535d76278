"""The timeline chart on its own: well-formed, escaped, honest about today and missing dates."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import translation

from kompass.core.charts import TimelineBand, TimelineBar, TimelineMarker, timeline_chart

D = datetime.date
NASTY = 'Süd <Viertel> & "Co"'


@pytest.fixture(autouse=True)
def german():
    with translation.override("de"):
        yield


TODAY = D(2025, 3, 1)


def chart(today=TODAY, bars=None):
    return timeline_chart(
        chart_id="t",
        title="Zeitplan",
        description="Beschreibung",
        bands=[
            TimelineBand(NASTY, D(2025, 1, 1), D(2025, 2, 28)),
            TimelineBand("Leer", None, None),
        ],
        bars=bars
        if bars is not None
        else [
            TimelineBar("1. Start", D(2025, 1, 1), D(2025, 1, 31), "done", "Erledigt", NASTY),
            TimelineBar(
                "2. Weiter", D(2025, 2, 1), D(2025, 2, 28), "in_progress", "In Arbeit", current=True
            ),
            TimelineBar("3. Ohne Datum", None, None, "open", "Offen"),
        ],
        markers=[
            TimelineMarker("Beschluss", D(2025, 1, 31), True, 0),
            TimelineMarker("Lose", D(2025, 2, 15), False, None),
        ],
        today=today,
    )


def classes(result):
    root = ET.fromstring(str(result.svg))
    return [e.get("class") or "" for e in root.iter()], root


def test_chart_is_well_formed_and_escaped():
    result = chart()
    found, root = classes(result)
    assert root.get("role") == "img" and root.get("aria-labelledby") == "t-title"
    assert NASTY in "".join(root.itertext())
    assert sum("chart__band" in c for c in found) == 1  # the band without dates is left out
    assert sum("chart__milestone" in c for c in found) == 2
    assert sum("chart__today" in c for c in found) == 1
    assert "chart__step--in_progress" in " ".join(found)


def test_table_lists_bands_steps_and_milestones_with_german_dates():
    result = chart()
    headers = [row.header for row in result.table.rows]
    assert headers == [NASTY, "Leer", "1. Start", "2. Weiter", "3. Ohne Datum", "Beschluss", "Lose"]
    start = result.table.rows[2]
    assert start.cells[2:4] == ("01.01.2025", "31.01.2025")
    assert result.table.rows[4].cells[2] == "—"


def test_today_outside_the_range_is_said_not_drawn():
    result = chart(today=D(2030, 1, 1))
    found, _root = classes(result)
    assert not any("chart__today" in c for c in found)
    assert any("01.01.2030" in note for note in result.notes)


def test_chart_without_dates_says_so():
    result = timeline_chart(
        chart_id="e",
        title="Leer",
        description="",
        bands=[],
        bars=[],
        markers=[],
        today=D(2025, 1, 1),
    )
    ET.fromstring(str(result.svg))
    assert result.notes
