"""Reads of the indicator catalogue that need care: grouping and what a version already uses."""

from dataclasses import dataclass, field

from django.db.models import Q

from .models import Indicator, IndicatorCatalogueEntry, TopicArea


@dataclass
class CatalogueUse:
    """The indicators of one version that come from the catalogue, by entry and by code."""

    by_entry: dict[int, list[Indicator]] = field(default_factory=dict)
    by_code: dict[str, list[Indicator]] = field(default_factory=dict)

    def indicators_for(self, entry) -> list[Indicator]:
        found = {
            i.pk: i for i in self.by_entry.get(entry.pk, []) + self.by_code.get(entry.code, [])
        }
        return sorted(found.values(), key=lambda i: (i.name, i.pk))


def catalogue_indicators_in_version(version) -> CatalogueUse:
    """A version uses an entry when one of its indicators links to it or carries its code.

    The code counts too, because indicators typed in by hand (or shipped with the demo)
    name their catalogue entry only by code.
    """
    use = CatalogueUse()
    indicators = (
        Indicator.objects.filter(version=version)
        .filter(Q(catalogue_entry__isnull=False) | ~Q(catalogue_code=""))
        .only("pk", "name", "catalogue_entry_id", "catalogue_code")
    )
    for indicator in indicators:
        if indicator.catalogue_entry_id:
            use.by_entry.setdefault(indicator.catalogue_entry_id, []).append(indicator)
        if indicator.catalogue_code:
            use.by_code.setdefault(indicator.catalogue_code, []).append(indicator)
    return use


@dataclass
class CatalogueRow:
    entry: IndicatorCatalogueEntry
    used_by: list[Indicator]


@dataclass
class TopicGroup:
    topic_area: str
    label: str
    rows: list[CatalogueRow]


def catalogue_for_version(version) -> list[TopicGroup]:
    """The whole catalogue grouped by topic area, each entry with the version's indicators using it."""
    use = catalogue_indicators_in_version(version)
    groups = {value: TopicGroup(value, label, []) for value, label in TopicArea.choices}
    for entry in IndicatorCatalogueEntry.objects.all():
        groups[entry.topic_area].rows.append(CatalogueRow(entry, use.indicators_for(entry)))
    return [group for group in groups.values() if group.rows]
