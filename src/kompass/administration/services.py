"""Changes that take their data from the municipality directory: a new tenant's fields and
a Landkreis's districts (its Gemeinden)."""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.text import slugify

from kompass.analysis.models import District
from kompass.core.imports import CREATE, UNCHANGED, UPDATE
from kompass.regions.selectors import MunicipalityFacts, gemeinden_of_county
from kompass.tenancy.models import RESERVED_SLUGS, Municipality, MunicipalityKind

_UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


def propose_slug(name: str) -> str:
    """A free address for a new municipality: "Landkreis Offenbach" → ``landkreis-offenbach``."""
    base = slugify(name.translate(_UMLAUTS))[:70].strip("-") or "kommune"
    taken = set(Municipality.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken or slug in RESERVED_SLUGS:
        slug, number = f"{base}-{number}", number + 1
    return slug


def municipality_initial(facts: MunicipalityFacts) -> dict:
    """The new municipality's form values from the directory (the person may still change them)."""
    county = None
    if facts.county_key:
        county = Municipality.objects.filter(
            kind=MunicipalityKind.LANDKREIS, ags=facts.county_key + "000"
        ).first()
    return {
        "name": facts.name,
        "slug": propose_slug(facts.name),
        "kind": facts.kind,
        "ags": facts.ags,
        "ars": facts.ars,
        "land": facts.land,
        "population": facts.population,
        "parent_county": county.pk if county else None,
    }


def county_key_of(municipality) -> str:
    """The 5-digit Kreis key of a Landkreis tenant (stored as its key + ``000``), else ''."""
    if municipality.kind != MunicipalityKind.LANDKREIS or len(municipality.ags or "") != 8:
        return ""
    return municipality.ags[:5]


@dataclass
class DistrictRow:
    code: str
    name: str
    population: int | None
    action: str
    district: District | None = None


@dataclass
class CountyDistrictsPlan:
    county_key: str
    rows: list[DistrictRow] = field(default_factory=list)
    others: int = 0  # districts with other codes: left as they are

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys((CREATE, UPDATE, UNCHANGED), 0)
        for row in self.rows:
            counts[row.action] += 1
        return counts

    @property
    def has_changes(self) -> bool:
        return any(row.action != UNCHANGED for row in self.rows)


def county_districts_plan(municipality) -> CountyDistrictsPlan:
    """One district per current Gemeinde of the Landkreis: code = its AGS, name, population."""
    plan = CountyDistrictsPlan(county_key=county_key_of(municipality))
    if not plan.county_key:
        return plan
    existing = {d.code: d for d in District.objects.filter(municipality=municipality)}
    codes = set()
    for gemeinde in gemeinden_of_county(plan.county_key):
        district = existing.get(gemeinde.key)
        codes.add(gemeinde.key)
        if district is None:
            action = CREATE
        elif (district.name, district.population) != (gemeinde.name, gemeinde.population):
            action = UPDATE
        else:
            action = UNCHANGED
        plan.rows.append(
            DistrictRow(gemeinde.key, gemeinde.name, gemeinde.population, action, district)
        )
    plan.others = len(set(existing) - codes)
    return plan


@transaction.atomic
def county_districts_apply(*, municipality, acting_user) -> dict[str, int]:
    """Create or update the Landkreis's districts from the directory; never deletes one and never
    duplicates a code (the plan is made again inside the transaction)."""
    District.objects.select_for_update().filter(municipality=municipality).exists()
    plan = county_districts_plan(municipality)
    created, changed = [], []
    for row in plan.rows:
        if row.action == CREATE:
            district = District(
                municipality=municipality, code=row.code, name=row.name, population=row.population
            )
            district.full_clean(validate_unique=False, validate_constraints=False)
            created.append(district)
        elif row.action == UPDATE:
            row.district.name, row.district.population = row.name, row.population
            row.district.full_clean(validate_unique=False, validate_constraints=False)
            changed.append(row.district)
    District.objects.bulk_create(created)
    District.objects.bulk_update(changed, ["name", "population"])
    return plan.counts
