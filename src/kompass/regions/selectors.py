"""Reads of the municipality directory for every app: names of keys, population, what a key is.

Keys are looked up as written (``keys.normalise``); a 12-digit ARS finds its Gemeinde by its
ARS, the 10- and 11-digit Gemeinde keys of classic tables by the AGS inside them. Current
units are preferred; a unit no longer current still answers (old statistics name it).
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import Q, QuerySet

from .keys import GERMANY, RegionLevel, gemeinde_ags, level_of, normalise
from .models import Level, Region, TextCode

# The tenancy MunicipalityKind values (regions may not import tenancy): by Textkennzeichen.
KIND_BY_TEXT_CODE = {
    TextCode.KREISFREIE_STADT: "kreisfreie_stadt",
    TextCode.STADTKREIS: "kreisfreie_stadt",
    TextCode.KREIS: "landkreis",
    TextCode.LANDKREIS: "landkreis",
    TextCode.REGIONALVERBAND: "landkreis",
    TextCode.KREISFREIE_STADT_GEMEINDE: "kreisfreie_stadt",
    TextCode.STADTKREIS_GEMEINDE: "kreisfreie_stadt",
    TextCode.STADT: "stadt",
    TextCode.GROSSE_KREISSTADT: "stadt",
    TextCode.MARKT: "gemeinde",
    TextCode.GEMEINDE: "gemeinde",
}
COUNTY_TEXT_CODES = {TextCode.KREIS, TextCode.LANDKREIS, TextCode.REGIONALVERBAND}
CITY_COUNTY_TEXT_CODES = {TextCode.KREISFREIE_STADT, TextCode.STADTKREIS}
# What official names put after the comma ("Heide, Stadt", "Kiel, Landeshauptstadt").
_COUNTY_PREFIXES = ("Kreis", "Landkreis", "Region", "Regionalverband", "Städteregion")


def _lookup_key(key: str) -> tuple[str, str]:
    """(field, value) under which a key is stored: 12-digit ARS by ARS, 10/11 digits by AGS."""
    key = normalise(key)
    if len(key) == 12:
        return "ars", key
    if len(key) in (10, 11) and level_of(key) == RegionLevel.GEMEINDE:
        return "key", gemeinde_ags(key)
    return "key", key


def regions_by_key(keys) -> dict[str, Region]:
    """The directory's unit for each key given (one query); keys it lacks are left out."""
    wanted = {key: _lookup_key(key) for key in keys if key and normalise(key) != GERMANY}
    if not wanted:
        return {}
    by_key = {value for field_name, value in wanted.values() if field_name == "key"}
    by_ars = {value for field_name, value in wanted.values() if field_name == "ars"}
    found_key, found_ars = {}, {}
    # Current units last, so that they win over an older unit with the same ARS.
    for region in Region.objects.filter(Q(key__in=by_key) | Q(ars__in=by_ars)).order_by(
        "is_current", "reference_date"
    ):
        found_key[region.key] = region
        if region.ars:
            found_ars[region.ars] = region
    result = {}
    for key, (field_name, value) in wanted.items():
        region = (found_ars if field_name == "ars" else found_key).get(value)
        if region is not None:
            result[key] = region
    return result


def region_names(keys) -> dict[str, str]:
    """``{key: official name}`` for the keys the directory knows (one query)."""
    return {key: region.name for key, region in regions_by_key(keys).items()}


def populations(keys) -> dict[str, int]:
    """``{key: population}`` for the keys the directory knows with a population (one query)."""
    return {
        key: region.population
        for key, region in regions_by_key(keys).items()
        if region.population is not None
    }


def population_of(key: str) -> int | None:
    return populations([key]).get(key)


def region_of(key: str) -> Region | None:
    return regions_by_key([key]).get(key)


def gemeinden_of_county(county_key: str) -> QuerySet:
    """The current Gemeinden of a Kreis (5-digit key), by key."""
    return Region.objects.filter(
        level=Level.GEMEINDE, kreis_key=county_key, is_current=True
    ).order_by("key")


def directory_search(*, query: str = "", level: str = "", land: str = "", current=True) -> QuerySet:
    """The directory filtered by a key prefix or part of a name, level and Land."""
    regions = Region.objects.all()
    if current:
        regions = regions.filter(is_current=True)
    query = (query or "").strip()
    if query:
        digits = normalise(query)
        regions = (
            regions.filter(Q(key__startswith=digits) | Q(ars=digits))
            if digits.isdigit()
            else regions.filter(name__icontains=query)
        )
    if level:
        regions = regions.filter(level=level)
    if land:
        regions = regions.filter(Q(land_key=land) | Q(level=Level.LAND, key=land))
    return regions.order_by("key")


def directory_date() -> date | None:
    """The reference date of the stored directory, or None before the first import."""
    latest = Region.objects.filter(is_current=True).order_by("-reference_date").first()
    return latest.reference_date if latest else None


@dataclass(frozen=True)
class MunicipalityFacts:
    """What the directory says about a (future) tenant: an AGS or a Kreis key entered."""

    key: str
    ags: str
    ars: str
    name: str
    official_name: str
    kind: str  # a tenancy MunicipalityKind value
    land: str
    county_key: str  # the Kreis of a Gemeinde, "" for kreisfreie Städte and Landkreise
    population: int | None
    reference_date: date
    text_code: str


def short_name(region: Region) -> str:
    """The name a tenant carries: "Heide" for "Heide, Stadt", "Landkreis Offenbach" for the
    Landkreis "Offenbach"."""
    if region.level == Level.KREIS and region.text_code in COUNTY_TEXT_CODES:
        if region.name.split(" ")[0] in _COUNTY_PREFIXES or region.name.lower().endswith("kreis"):
            return region.name
        prefix = "Kreis" if region.text_code == TextCode.KREIS else "Landkreis"
        if region.text_code == TextCode.REGIONALVERBAND:
            prefix = "Regionalverband"
        return f"{prefix} {region.name}"
    return region.name.split(", ")[0]


def municipality_facts(key: str) -> MunicipalityFacts | None:
    """The directory's facts for a tenant's AGS (8 digits) or Kreis key (5 digits).

    A Landkreis is stored as its Kreis key plus ``000`` (it has no Gemeinde AGS) and has no
    ARS; a kreisfreie Stadt found by its Kreis key is its Gemeinde ``<key>000``. None when the
    key is unknown, no Gemeinde or Kreis, or a Gemeinde that is no municipality of its own
    (unincorporated area).
    """
    key = normalise(key)
    if not key.isdigit() or len(key) not in (5, 8):
        return None
    county = None
    if len(key) == 5 or key.endswith("000"):
        county = regions_by_key([key[:5]]).get(key[:5])
    if county is not None and county.text_code in COUNTY_TEXT_CODES:
        return MunicipalityFacts(
            key=county.key,
            ags=county.key + "000",
            ars="",
            name=short_name(county),
            official_name=county.name,
            kind="landkreis",
            land=county.land_key,
            county_key="",
            population=county.population,
            reference_date=county.reference_date,
            text_code=county.text_code,
        )
    ags = key if len(key) == 8 else key + "000"
    gemeinde = regions_by_key([ags]).get(ags)
    if gemeinde is None or gemeinde.level != Level.GEMEINDE:
        return None
    kind = KIND_BY_TEXT_CODE.get(gemeinde.text_code)
    if kind is None:
        return None
    return MunicipalityFacts(
        key=gemeinde.key,
        ags=gemeinde.key,
        ars=gemeinde.ars,
        name=short_name(gemeinde),
        official_name=gemeinde.name,
        kind=kind,
        land=gemeinde.land_key,
        county_key="" if kind == "kreisfreie_stadt" else gemeinde.kreis_key,
        population=gemeinde.population,
        reference_date=gemeinde.reference_date,
        text_code=gemeinde.text_code,
    )
