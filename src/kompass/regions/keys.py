"""Official region keys at every level: what a key denotes and which keys name a municipality.

Keys are compared as they are written in the file, never shortened: a Gemeindeverband key
and a Gemeinde key can share their first and last digits. See DATA-SOURCES.md "Region keys".

=========  ===========================================================  ==============
length     meaning                                                      example
=========  ===========================================================  ==============
``DG``     Germany (also an empty key in a flat file's region column)   ``DG``
2          Land                                                         ``06``
3          Regierungsbezirk (or statistical region)                     ``064``
5          Kreis: Landkreis or kreisfreie Stadt                         ``06413``
8          Gemeinde (AGS)                                               ``06413000``
9          Gemeindeverband (Kreis + 4-digit association)                ``064320008``
12         Gemeinde (ARS: Kreis + association + Gemeinde)               ``064320008008``
=========  ===========================================================  ==============

The classic Regionaldatenbank tables ("regionale Tiefe: Gemeinden, Samt-/Verbandsgemeinden")
also carry keys of 7, 10 and 11 digits; checked against real downloads (13211-01-03-5,
12411-01-01-5):

=========  ===========================================================  ==============
7          Rhineland-Palatinate Verbandsgemeinde: Kreis + 2 digits      ``0713101``
           ("Adenau, Verbandsgem.")
8          Gemeinde (AGS); in Lower Saxony also a Samtgemeinde: Kreis   ``03151401``
           + 3-digit association number ("Boldecker Land, Samtgemeinde")
           — the length alone cannot tell them apart, the name can
10         Gemeinde in Rhineland-Palatinate: Kreis + Verbandsgemeinde   ``0713101001``
           (2) + Gemeinde (3), ``00`` for a verbandsfreie Gemeinde
11         Gemeinde of a Lower-Saxony Samtgemeinde: Kreis +             ``03151401002``
           association (3) + Gemeinde (3)
=========  ===========================================================  ==============

The AGS of a 10-, 11- or 12-digit Gemeinde key is ``key[:5] + key[-3:]`` (``gemeinde_ags``);
``level_of`` names each length as in the table above (8 digits: Gemeinde).
"""

import re
from enum import StrEnum

GERMANY = "DG"
_DIGITS = re.compile(r"^\d+$")


class RegionLevel(StrEnum):
    COUNTRY = "country"
    LAND = "land"
    REGBEZ = "regbez"
    KREIS = "kreis"
    GEMEINDEVERBAND = "gemeindeverband"
    GEMEINDE = "gemeinde"


_BY_LENGTH = {
    2: RegionLevel.LAND,
    3: RegionLevel.REGBEZ,
    5: RegionLevel.KREIS,
    7: RegionLevel.GEMEINDEVERBAND,
    8: RegionLevel.GEMEINDE,
    9: RegionLevel.GEMEINDEVERBAND,
    10: RegionLevel.GEMEINDE,
    11: RegionLevel.GEMEINDE,
    12: RegionLevel.GEMEINDE,
}

# Municipality kinds (tenancy.models.MunicipalityKind values) that are a Kreis of their own
# and so appear in county tables with their 5-digit key.
COUNTY_LEVEL_KINDS = frozenset({"kreisfreie_stadt", "landkreis"})


def normalise(key: str) -> str:
    """The key as written, without blanks; ``DG`` for Germany."""
    key = re.sub(r"\s+", "", key or "")
    return GERMANY if key.upper() == GERMANY else key


def level_of(key: str) -> RegionLevel | None:
    """The administrative level a key denotes, or None if it is no official key."""
    key = normalise(key)
    if key == GERMANY:
        return RegionLevel.COUNTRY
    if not _DIGITS.match(key):
        return None
    return _BY_LENGTH.get(len(key))


def land_of(key: str) -> str:
    """The 2-digit Land key of any key below Germany, else ''."""
    key = normalise(key)
    return key[:2] if key != GERMANY and _DIGITS.match(key) and len(key) >= 2 else ""


def county_of(key: str) -> str:
    """The 5-digit Kreis key of a Kreis, Gemeindeverband or Gemeinde key, else ''."""
    key = normalise(key)
    return key[:5] if _DIGITS.match(key) and len(key) >= 5 else ""


def own_keys(*, ags: str, ars: str = "", kind: str = "") -> frozenset[str]:
    """Every key under which official files name this municipality itself.

    Its AGS and ARS; a kreisfreie Stadt or a Landkreis also its 5-digit Kreis key, the only
    key county tables carry. An ARS of 12 digits also appears in classic tables as the AGS
    plus association (``key[:5] + key[-3:]`` equals the AGS) — that is the ARS itself.
    Berlin and Hamburg are Land, Kreis and Gemeinde at once (AGS ``11000000``, ``02000000``):
    Land tables name them by their 2-digit key.
    """
    keys = {normalise(ags), normalise(ars)}
    if kind in COUNTY_LEVEL_KINDS and ags:
        keys.add(county_of(ags))
    if len(ags) == 8 and ags.endswith("000000"):
        keys.add(land_of(ags))
    keys.discard("")
    return frozenset(keys)


def gemeinde_ags(key: str) -> str:
    """The 8-digit AGS a Gemeinde key stands for ('' for other levels).

    12-digit ARS and the 10/11-digit keys of classic tables carry the association in the
    middle: the AGS is ``key[:5] + key[-3:]``. Use it to *find* a Gemeinde, never as the
    identity of a row (two association keys can give the same AGS in one file).
    """
    key = normalise(key)
    if level_of(key) != RegionLevel.GEMEINDE:
        return ""
    return key if len(key) == 8 else key[:5] + key[-3:]
