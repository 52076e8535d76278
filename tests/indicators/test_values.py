"""Indicator values entered by hand: flags instead of zeros, no duplicates, own indicators only."""

import datetime
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from kompass.concepts.verdicts import Status
from kompass.indicators.charts import time_series_chart
from kompass.indicators.models import ComparisonValue, Direction, IndicatorValue, ValueFlag
from kompass.indicators.status import indicator_verdict, latest_known, yearly_values

from ..factories import IndicatorValueFactory


def test_unit_enters_a_value_for_its_indicator(world, client):
    client.force_login(world.users["responsible_unit"])
    response = client.post(
        reverse("value_create", args=[world.town.slug, world.indicator.pk]),
        {"year": "2025", "value": "13,4", "flag": "provisional", "source": "Schulamt"},
    )
    assert response.status_code == 302, response.content.decode()
    value = IndicatorValue.objects.get(indicator=world.indicator, year=2025)
    assert str(value.value) == "13.400"
    assert value.entered_by == world.users["responsible_unit"]


def test_a_secret_value_stays_empty(world, client):
    client.force_login(world.users["coordination"])
    url = reverse("value_create", args=[world.town.slug, world.indicator.pk])
    response = client.post(url, {"year": "2023", "value": "4", "flag": "secret"})
    assert response.status_code == 200
    assert not IndicatorValue.objects.filter(year=2023).exists()
    response = client.post(url, {"year": "2023", "value": "", "flag": "secret"})
    assert response.status_code == 302
    assert IndicatorValue.objects.get(year=2023).value is None


def test_missing_value_without_reason_is_refused(world, client):
    client.force_login(world.users["coordination"])
    response = client.post(
        reverse("value_create", args=[world.town.slug, world.indicator.pk]),
        {"year": "2022", "value": ""},
    )
    assert response.status_code == 200
    assert not IndicatorValue.objects.filter(year=2022).exists()


def test_duplicate_period_is_refused(world, client):
    client.force_login(world.users["coordination"])
    response = client.post(
        reverse("value_create", args=[world.town.slug, world.indicator.pk]),
        {"year": "2024", "value": "1"},
    )
    assert response.status_code == 200
    assert IndicatorValue.objects.filter(indicator=world.indicator, year=2024).count() == 1


def test_district_of_another_municipality_is_not_offered(world, client):
    from ..factories import DistrictFactory

    foreign = DistrictFactory(municipality=world.other_town, name="Fremdviertel")
    client.force_login(world.users["coordination"])
    url = reverse("value_create", args=[world.town.slug, world.indicator.pk])
    assert "Fremdviertel" not in client.get(url).content.decode()
    response = client.post(url, {"year": "2020", "value": "1", "district": foreign.pk})
    assert response.status_code == 200
    assert not IndicatorValue.objects.filter(year=2020).exists()


def test_unit_cannot_enter_values_of_another_units_indicator(world, client):
    client.force_login(world.users["responsible_unit"])
    response = client.post(
        reverse("value_create", args=[world.town.slug, world.foreign_indicator.pk]),
        {"year": "2025", "value": "1"},
    )
    assert response.status_code == 403
    assert not IndicatorValue.objects.filter(indicator=world.foreign_indicator).exists()


# --- "nothing there" and "no value published": a true zero and a gap -----------------------


def _post_value(client, world, **data):
    return client.post(reverse("value_create", args=[world.town.slug, world.indicator.pk]), data)


def test_nothing_there_fills_in_its_zero(world, client):
    client.force_login(world.users["coordination"])
    response = _post_value(client, world, year="2021", value="", flag="nothing")
    assert response.status_code == 302, response.content.decode()
    value = IndicatorValue.objects.get(indicator=world.indicator, year=2021)
    assert value.value == 0
    assert value.flag == ValueFlag.NOTHING


def test_nothing_there_refuses_another_number(world, client):
    client.force_login(world.users["coordination"])
    response = _post_value(client, world, year="2021", value="3", flag="nothing")
    assert response.status_code == 200
    assert "value" in response.context["form"].errors
    assert not IndicatorValue.objects.filter(indicator=world.indicator, year=2021).exists()


def test_no_value_published_must_stay_empty(world, client):
    client.force_login(world.users["coordination"])
    response = _post_value(client, world, year="2021", value="0", flag="not_published")
    assert response.status_code == 200
    assert "value" in response.context["form"].errors
    assert not IndicatorValue.objects.filter(indicator=world.indicator, year=2021).exists()
    response = _post_value(client, world, year="2021", value="", flag="not_published")
    assert response.status_code == 302
    assert IndicatorValue.objects.get(indicator=world.indicator, year=2021).value is None


def test_the_entry_form_offers_both_new_notes(world, client):
    client.force_login(world.users["coordination"])
    content = client.get(
        reverse("value_create", args=[world.town.slug, world.indicator.pk])
    ).content.decode()
    assert 'value="nothing"' in content
    assert 'value="not_published"' in content


SVG = "{http://www.w3.org/2000/svg}"


def _svg(chart):
    return ET.fromstring(str(chart.svg))


def _classed(root, css_class):
    return [e for e in root.iter() if css_class in (e.get("class") or "").split()]


def _series_values(world, *pairs):
    """Town-level values of world.indicator: (year, value, flag)."""
    IndicatorValue.objects.filter(indicator=world.indicator).delete()
    for year, value, flag in pairs:
        IndicatorValueFactory(indicator=world.indicator, year=year, value=value, flag=flag)
    return list(IndicatorValue.objects.filter(indicator=world.indicator))


def test_a_year_without_published_value_is_a_gap_not_a_zero(world):
    values = _series_values(
        world,
        (2021, Decimal("10"), ""),
        (2022, None, ValueFlag.NOT_PUBLISHED),
        (2023, Decimal("14"), ""),
    )
    with translation.override("de"):
        chart = time_series_chart(world.indicator, values, chart_id="t")
        root = _svg(chart)
        # two points, one gap mark, and no line through the missing year
        assert len(_classed(root, "chart__point")) == 2
        gaps = _classed(root, "chart__gap")
        assert len(gaps) == 1
        assert "2022" in gaps[0].find(f"{SVG}title").text
        assert str(ValueFlag.NOT_PUBLISHED.label) in gaps[0].find(f"{SVG}title").text
        assert all(path.get("d").count("L") == 0 for path in _classed(root, "chart__line"))
        rows = dict(chart.table.body_rows())
        assert rows["2022"][0][0] == "—"
        assert rows["2022"][1][0] == str(ValueFlag.NOT_PUBLISHED.label)


def test_a_withheld_flag_is_a_gap_even_with_a_stored_number(world):
    """A value written around the model check (e.g. by a bulk import) still draws no point."""
    values = _series_values(world, (2021, Decimal("10"), ""), (2022, Decimal("0"), ""))
    IndicatorValue.objects.filter(year=2022).update(flag=ValueFlag.NOT_PUBLISHED)
    values = list(IndicatorValue.objects.filter(indicator=world.indicator))
    root = _svg(time_series_chart(world.indicator, values, chart_id="t"))
    assert len(_classed(root, "chart__point")) == 1
    assert len(_classed(root, "chart__gap")) == 1
    assert yearly_values(values) == {2021: Decimal("10"), 2022: None}


def test_nothing_there_is_drawn_as_zero_with_its_note(world):
    values = _series_values(
        world, (2021, Decimal("4"), ""), (2022, Decimal("0"), ValueFlag.NOTHING)
    )
    with translation.override("de"):
        chart = time_series_chart(world.indicator, values, chart_id="t")
        root = _svg(chart)
        points = _classed(root, "chart__point")
        assert len(points) == 2
        assert not _classed(root, "chart__gap")
        assert str(ValueFlag.NOTHING.label) in points[1].find(f"{SVG}title").text
        rows = dict(chart.table.body_rows())
        assert rows["2022"][0][0] == "0"
        assert rows["2022"][1][0] == str(ValueFlag.NOTHING.label)


def test_status_skips_a_year_without_published_value_and_says_so(world):
    indicator = world.indicator
    indicator.baseline_value, indicator.baseline_year = Decimal("10"), 2020
    indicator.target_value, indicator.target_date = Decimal("20"), datetime.date(2030, 12, 31)
    values = _series_values(
        world,
        (2021, Decimal("11"), ""),
        (2022, Decimal("12"), ""),
        (2023, None, ValueFlag.NOT_PUBLISHED),
    )
    verdict = indicator_verdict(indicator, values)
    assert verdict.year == 2022
    assert verdict.actual == Decimal("12")
    assert verdict.status == Status.ON_TRACK
    assert "2023" in verdict.reason
    assert verdict.reason.startswith(
        _("No current value: %(years)s without a value; the status rests on %(year)s.")
        % {"years": "2023", "year": 2022}
    )


def test_status_without_any_number_is_no_data_and_names_the_years(world):
    values = _series_values(
        world, (2022, None, ValueFlag.NOT_PUBLISHED), (2023, None, ValueFlag.SECRET)
    )
    verdict = indicator_verdict(world.indicator, values)
    assert verdict.status == Status.NO_DATA
    assert verdict.reason == _("No value available: %(years)s without a value.") % {
        "years": "2022, 2023"
    }


def test_nothing_there_counts_as_zero_for_the_status(world):
    """A lower-is-better indicator that reached zero has reached its target."""
    indicator = world.indicator
    indicator.direction = Direction.LOWER_IS_BETTER
    indicator.baseline_value, indicator.baseline_year = Decimal("8"), 2020
    indicator.target_value, indicator.target_date = Decimal("2"), datetime.date(2030, 12, 31)
    values = _series_values(
        world, (2021, Decimal("7"), ""), (2022, Decimal("0"), ValueFlag.NOTHING)
    )
    verdict = indicator_verdict(indicator, values)
    assert verdict.year == 2022
    assert verdict.actual == 0
    assert verdict.status == Status.ON_TRACK
    assert latest_known(values).flag == ValueFlag.NOTHING


# --- comparison lines: the Land and Germany beside the municipality ------------------------


def _compare(indicator, key, name, year, value, *, flag="", group="", group_code=""):
    return ComparisonValue.objects.create(
        indicator=indicator,
        municipality=indicator.municipality,
        region_key=key,
        region_name=name,
        year=year,
        value=value,
        flag=flag,
        group=group,
        group_code=group_code,
        source="Regionaldatenbank 12411-03-03-4",
    )


@pytest.fixture
def compared(world):
    """world.indicator (unit %) 2022–2023, Hessen and Germany beside it, one group row."""
    _series_values(world, (2022, Decimal("12.5"), ""), (2023, Decimal("13"), ""))
    for year, land, germany in ((2022, "14.1", "15.0"), (2023, "14.6", "15.2")):
        _compare(world.indicator, "DG", "Deutschland", year, Decimal(germany))
        _compare(world.indicator, "06", "Hessen", year, Decimal(land))
    _compare(
        world.indicator, "06", "Hessen", 2023, Decimal("40"), group="weiblich", group_code="GES=W"
    )
    _compare(world.indicator, "06", "Hessen", 2021, None, flag=ValueFlag.NOT_PUBLISHED)
    return world.indicator


def _chart(indicator):
    values = list(indicator.values.all())
    return time_series_chart(
        indicator, values, chart_id="t", comparisons=list(indicator.comparisons.all())
    )


def test_shares_get_a_comparison_line_per_region(compared):
    with translation.override("de"):
        chart = _chart(compared)
        root = _svg(chart)
        lines = _classed(root, "chart__series")
        assert len(lines) == 3
        # own line solid; the comparison lines dashed, each differently (not by colour alone)
        dashes = [
            (paths[0].get("stroke-dasharray") if (paths := _classed(g, "chart__line")) else None)
            for g in lines
        ]
        assert dashes[0] is None
        assert dashes[1] and dashes[2] and dashes[1] != dashes[2]
        legend = [t.text for t in root.iter(f"{SVG}text")]
        assert "Hessen" in legend and "Deutschland" in legend
        # the nearest region first: the Land before Germany; a column per region
        labels = [c.label for c in chart.table.columns]
        assert labels[1:4] == [
            f"{_('whole municipality')} (%)",
            "Hessen (%)",
            "Deutschland (%)",
        ]
        rows = dict(chart.table.body_rows())
        assert [cell for cell, _numeric in rows["2023"][:3]] == ["13,0", "14,6", "15,2"]
        # the group value of the Land is no total: not in its line
        tips = [t.text for t in root.iter(f"{SVG}title")]
        assert "Hessen 2023: 14,6 %" in tips
        assert not [tip for tip in tips if "40" in tip]
        # the Land's unpublished year is a gap in its line, named in the table
        assert rows["2021"][0][0] == "—"
        assert str(ValueFlag.NOT_PUBLISHED.label) in rows["2021"][3][0]
        assert "Hessen" in chart.svg and "Deutschland" in str(chart.svg)


def test_counts_of_larger_regions_stay_in_the_table(compared):
    compared.unit = "Personen"
    with translation.override("de"):
        chart = _chart(compared)
        root = _svg(chart)
        assert len(_classed(root, "chart__series")) == 1
        assert "Hessen" not in [t.text for t in root.iter(f"{SVG}text")]
        assert [c.label for c in chart.table.columns][2:4] == [
            "Hessen (Personen)",
            "Deutschland (Personen)",
        ]
        assert any("Hessen, Deutschland" in note for note in chart.notes)
        # the axis is the municipality's: the Land's counts do not stretch it
        assert "15,2" not in [t.text for t in root.iter(f"{SVG}text")]


def test_comparisons_never_count_for_the_status(world, compared):
    compared.baseline_value, compared.baseline_year = Decimal("10"), 2020
    compared.target_value, compared.target_date = Decimal("14"), datetime.date(2024, 12, 31)
    verdict = indicator_verdict(compared, list(compared.values.all()))
    assert verdict.actual == Decimal("13")


def test_indicator_page_lists_comparison_values(world, client, compared):
    client.force_login(world.users["steering_group"])
    response = client.get(reverse("indicator_detail", args=[world.town.slug, compared.pk]))
    content = response.content.decode()
    assert 'id="vergleichswerte"' in content
    assert content.count("Regionaldatenbank 12411-03-03-4") == 6
    assert "weiblich" in content
    delete_url = reverse("comparison_delete", args=[world.town.slug, compared.pk, "06"])
    assert delete_url not in content  # only coordinators delete
    client.force_login(world.users["coordination"])
    content = client.get(
        reverse("indicator_detail", args=[world.town.slug, compared.pk])
    ).content.decode()
    assert delete_url in content


def test_coordinator_deletes_one_regions_comparison_values_after_confirming(
    world, client, compared
):
    client.force_login(world.users["coordination"])
    url = reverse("comparison_delete", args=[world.town.slug, compared.pk, "06"])
    response = client.get(url)
    assert response.status_code == 200
    assert "Hessen" in response.content.decode()
    assert ComparisonValue.objects.filter(region_key="06").count() == 4
    response = client.post(url)
    assert response.status_code == 302
    assert not ComparisonValue.objects.filter(region_key="06").exists()
    assert ComparisonValue.objects.filter(region_key="DG").count() == 2
    assert IndicatorValue.objects.filter(indicator=compared).count() == 2


@pytest.mark.parametrize(
    ("user", "expected"),
    [("responsible_unit", 403), ("steering_group", 403), ("foreign_coordinator", 404)],
)
def test_only_coordinators_of_the_municipality_delete_comparison_values(
    world, client, compared, user, expected
):
    client.force_login(world.users[user])
    url = reverse("comparison_delete", args=[world.town.slug, compared.pk, "06"])
    assert client.post(url).status_code == expected
    assert ComparisonValue.objects.filter(region_key="06").count() == 4


def test_deleting_an_unknown_region_is_not_found(world, client, compared):
    client.force_login(world.users["coordination"])
    response = client.post(reverse("comparison_delete", args=[world.town.slug, compared.pk, "09"]))
    assert response.status_code == 404
    assert ComparisonValue.objects.count() == 6


def _page_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_indicator_page_queries_do_not_grow_with_values_or_comparisons(world, client, compared):
    client.force_login(world.users["coordination"])
    url = reverse("indicator_detail", args=[world.town.slug, compared.pk])
    small = _page_queries(client, url)
    for year in range(2000, 2020):
        IndicatorValueFactory(indicator=compared, year=year, value=Decimal(year - 1990))
        for key, name in (("DG", "Deutschland"), ("06", "Hessen"), ("06413", "Offenbach")):
            _compare(compared, key, name, year, Decimal("1.5"))
    large = _page_queries(client, url)
    assert small == large
    # session, user, municipality, memberships, programmes, indicator (with whether it has
    # comparisons), values, comparisons, history (3), goals (2), menu, definition changes
    assert large <= 15
