"""Reads of the statistical part of the situation analysis, each in a fixed number of queries."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q

from kompass.analysis.models import District
from kompass.concepts.models import Concept, ConceptVersion
from kompass.concepts.selectors import current_version
from kompass.tenancy.access import scoped

from .models import Indicator, IndicatorCatalogueEntry, IndicatorKind, IndicatorValue, TopicArea

# Units that count people, as typed in German or English (compared case-insensitively).
PERSON_UNITS = (
    "Personen",
    "Person",
    "persons",
    "people",
    "Einwohnerinnen und Einwohner",
    "Einwohner",
)


def analysis_version(municipality) -> ConceptVersion | None:
    """The version whose indicators the analysis pages show: the version in force (adopted,
    else the newest) of the municipality's most recently created concept."""
    concept = scoped(Concept, municipality).prefetch_related("versions").first()
    return current_version(concept) if concept else None


def population_indicators(version: ConceptVersion) -> list[Indicator]:
    """The indicators of the population structure in a version.

    Rule: an indicator belongs to the population structure when its catalogue indicator
    (linked, or named by code) is in the topic area "Population"; an indicator without
    any catalogue reference belongs to it when it is a context indicator counted in
    persons (e.g. inhabitants typed in by hand).
    """
    population_codes = IndicatorCatalogueEntry.objects.filter(
        topic_area=TopicArea.POPULATION
    ).values("code")
    counted_in_persons = Q()
    for unit in PERSON_UNITS:
        counted_in_persons |= Q(unit__iexact=unit)
    return list(
        Indicator.objects.filter(version=version)
        .filter(
            Q(catalogue_entry__topic_area=TopicArea.POPULATION)
            | Q(catalogue_entry__isnull=True, catalogue_code__in=population_codes)
            | (
                Q(catalogue_entry__isnull=True, catalogue_code="", kind=IndicatorKind.CONTEXT)
                & counted_in_persons
            )
        )
        .select_related("catalogue_entry")
        .order_by("catalogue_entry__position", "name", "pk")
    )


def population_catalogue() -> list[IndicatorCatalogueEntry]:
    """The catalogue indicators of the topic area "Population", to suggest when none is used."""
    return list(IndicatorCatalogueEntry.objects.filter(topic_area=TopicArea.POPULATION))


def values_by_indicator(indicators) -> dict[int, list[IndicatorValue]]:
    """All values of the given indicators in one query, per indicator, oldest first."""
    found = defaultdict(list)
    for value in IndicatorValue.objects.filter(indicator__in=[i.pk for i in indicators]).order_by(
        "year", "reference_date", "pk"
    ):
        found[value.indicator_id].append(value)
    return found


def districts_of(municipality) -> list[District]:
    return list(scoped(District, municipality))


@dataclass
class MappableIndicators:
    """The indicators of a version that have district values, with the years they cover."""

    indicators: list[Indicator] = field(default_factory=list)
    years: dict[int, list[int]] = field(default_factory=dict)

    def all_years(self) -> list[int]:
        return sorted({year for years in self.years.values() for year in years}, reverse=True)


def mappable_indicators(version: ConceptVersion) -> MappableIndicators:
    """Indicators with at least one district value (without group), and those years; two queries."""
    pairs = (
        IndicatorValue.objects.filter(indicator__version=version, district__isnull=False, group="")
        .values_list("indicator_id", "year")
        .distinct()
    )
    years = defaultdict(set)
    for indicator_id, year in pairs:
        years[indicator_id].add(year)
    indicators = list(Indicator.objects.filter(pk__in=years.keys()).order_by("name", "pk"))
    return MappableIndicators(
        indicators=indicators, years={pk: sorted(found) for pk, found in years.items()}
    )


def district_values(indicator: Indicator, year: int) -> list[IndicatorValue]:
    """The district values (without group) of one indicator in one year."""
    return list(
        IndicatorValue.objects.filter(
            indicator=indicator, year=year, district__isnull=False, group=""
        ).order_by("reference_date", "pk")
    )
