"""The public progress page tells a value that was not published from a true zero: the
missing year is a gap with its note and the status says it has no current value; "nothing
there" is shown as 0 with its note."""

import html
from decimal import Decimal

from django.utils import translation
from django.utils.translation import gettext as _

from kompass.indicators.models import ValueFlag

from ..factories import DistrictFactory, IndicatorValueFactory
from .conftest import public_url


def test_a_year_without_published_value_is_a_gap_with_its_note(world, site, client):
    IndicatorValueFactory(
        indicator=world.indicator, year=2025, value=None, flag=ValueFlag.NOT_PUBLISHED
    )
    page = html.unescape(client.get(public_url("public_progress", world.town)).content.decode())
    with translation.override("de"):
        note = str(ValueFlag.NOT_PUBLISHED.label)
        no_current = _(
            "No current value: %(years)s without a value; the status rests on %(year)s."
        ) % {"years": "2025", "year": 2024}
    assert f'<th scope="row">2025</th><td class="num">—</td><td>{note}</td>' in page
    assert no_current in page
    # the chart has a gap mark for 2025 and no point there
    assert f"2025: {note}" in page
    assert "2025: 0" not in page


def test_nothing_there_is_shown_as_zero_with_its_note(world, site, client):
    north = DistrictFactory(municipality=world.town, name="Nordviertel", code="01")
    south = DistrictFactory(municipality=world.town, name="Südviertel", code="02")
    IndicatorValueFactory(
        indicator=world.indicator, year=2024, district=north, value=0, flag=ValueFlag.NOTHING
    )
    IndicatorValueFactory(indicator=world.indicator, year=2024, district=south, value=Decimal(7))
    page = html.unescape(client.get(public_url("public_progress", world.town)).content.decode())
    with translation.override("de"):
        note = str(ValueFlag.NOTHING.label)
    assert f"0 ({note})" in page
