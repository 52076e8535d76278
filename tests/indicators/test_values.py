"""Indicator values entered by hand: flags instead of zeros, no duplicates, own indicators only."""

from django.urls import reverse

from kompass.indicators.models import IndicatorValue


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
