"""Region keys of every length, as the real downloads in tests/data/statistics/ write them."""

import pytest

from kompass.regions.keys import (
    RegionLevel,
    county_of,
    gemeinde_ags,
    land_of,
    level_of,
    normalise,
    own_keys,
)


@pytest.mark.parametrize(
    ("key", "level", "ags"),
    [
        ("DG", RegionLevel.COUNTRY, ""),
        ("03", RegionLevel.LAND, ""),
        ("031", RegionLevel.REGBEZ, ""),  # "Braunschweig, Stat. Region"
        ("03151", RegionLevel.KREIS, ""),
        ("0713101", RegionLevel.GEMEINDEVERBAND, ""),  # "Adenau, Verbandsgem."
        ("06411000", RegionLevel.GEMEINDE, "06411000"),
        ("0713101001", RegionLevel.GEMEINDE, "07131001"),  # Adenau
        ("0713100007", RegionLevel.GEMEINDE, "07131007"),  # verbandsfreie Gemeinde
        ("03151401002", RegionLevel.GEMEINDE, "03151002"),  # Barwedel in a Samtgemeinde
        ("064320005005", RegionLevel.GEMEINDE, "06432005"),  # Zensus 2022 ARS (GEOGM4)
        ("064320008", RegionLevel.GEMEINDEVERBAND, ""),
        ("2016", None, ""),  # a year, never a key
        ("Darmstadt", None, ""),
    ],
)
def test_levels_and_gemeinde_ags_of_real_keys(key, level, ags):
    assert level_of(key) == level
    assert gemeinde_ags(key) == ags


def test_keys_are_kept_whole():
    assert normalise(" 0643200 08008 ") == "064320008008"
    assert normalise("dg") == "DG"
    assert (land_of("0713101001"), county_of("0713101001")) == ("07", "07131")
    assert county_of("064") == ""


def test_a_county_level_municipality_is_also_named_by_its_county_key():
    assert own_keys(ags="06411000", ars="064110000000", kind="kreisfreie_stadt") == {
        "06411000",
        "064110000000",
        "06411",
    }
    assert "06432" not in own_keys(ags="06432008", ars="064320008008", kind="gemeinde")
