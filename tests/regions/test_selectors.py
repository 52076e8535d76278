"""What other apps ask the directory: names of keys and population, with fixed queries."""

import pytest

from kompass.regions import selectors
from kompass.regions.services import directory_import

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory(small_2017):
    directory_import(data=small_2017, file_name="GV100AD_311217.ASC")


def test_names_of_keys_at_every_level_in_one_query(directory, django_assert_num_queries):
    keys = ["10", "10041", "100410100", "10041100", "100410100100", "10041100100", "DG", "99999"]
    with django_assert_num_queries(1):
        names = selectors.region_names(keys)
    assert names == {
        "10": "Saarland",
        "10041": "Regionalverband Saarbrücken",
        "100410100": "Saarbrücken, Landeshauptstadt",
        "10041100": "Saarbrücken, Landeshauptstadt",
        "100410100100": "Saarbrücken, Landeshauptstadt",
        "10041100100": "Saarbrücken, Landeshauptstadt",
    }


def test_population_of_a_gemeinde_a_county_and_a_land(directory):
    assert selectors.population_of("10041100") == 180966
    gemeinden = selectors.gemeinden_of_county("10041")
    assert len(gemeinden) == 10
    assert selectors.population_of("10041") == sum(g.population for g in gemeinden)
    assert selectors.populations(["04", "10"])["04"] == 568006 + 113026
    assert selectors.population_of("06413000") is None


def test_municipality_facts_and_short_names(directory):
    assert selectors.municipality_facts("10046") is not None
    assert selectors.municipality_facts("10046").name == "Landkreis St. Wendel"
    assert selectors.municipality_facts("10041000").name == "Regionalverband Saarbrücken"
    assert selectors.municipality_facts("10041100").kind == "stadt"
    assert selectors.municipality_facts("1004110") is None
