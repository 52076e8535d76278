"""Reading actors and offers: filtered lists and the gap matrix, in a fixed number of queries."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q

from kompass.analysis.models import District
from kompass.concepts.models import FieldCatalogueEntry, FieldOfAction, VersionStatus
from kompass.tenancy.access import scoped

from .models import Actor, Offer

LIST_PREFETCH = ("fields", "districts", "target_groups")


def actors_filtered(municipality, filters: dict):
    """The municipality's actors matching a list filter (text, type, field, district, target group)."""
    actors = scoped(Actor, municipality).prefetch_related(*LIST_PREFETCH)
    if text := filters.get("q"):
        actors = actors.filter(Q(name__icontains=text) | Q(description__icontains=text))
    if actor_type := filters.get("actor_type"):
        actors = actors.filter(actor_type=actor_type)
    if entry := filters.get("field"):
        actors = actors.filter(fields=entry)
    if district := filters.get("district"):
        actors = actors.filter(districts=district)
    if group := filters.get("target_group"):
        actors = actors.filter(target_groups=group)
    return actors.distinct()


def offers_filtered(municipality, filters: dict):
    """The municipality's offers matching a list filter.

    The district filter includes offers without districts: they are open to the whole town.
    """
    offers = scoped(Offer, municipality).select_related("provider").prefetch_related(*LIST_PREFETCH)
    if text := filters.get("q"):
        offers = offers.filter(
            Q(title__icontains=text)
            | Q(description__icontains=text)
            | Q(provider__name__icontains=text)
        )
    if entry := filters.get("field"):
        offers = offers.filter(fields=entry)
    if district := filters.get("district"):
        offers = offers.filter(Q(districts=district) | Q(districts__isnull=True))
    if group := filters.get("target_group"):
        offers = offers.filter(target_groups=group)
    if filters.get("free_only"):
        offers = offers.filter(free_of_charge=True)
    return offers.distinct()


@dataclass
class GapRow:
    entry: FieldCatalogueEntry
    cells: list[tuple[District, int]] = field(default_factory=list)
    total: int = 0

    @property
    def gaps(self) -> int:
        return sum(1 for _d, count in self.cells if count == 0)


@dataclass
class GapMatrix:
    districts: list[District]
    rows: list[GapRow]
    column_totals: list[int]
    total: int
    citywide: int
    uses_concept_fields: bool

    @property
    def gap_count(self) -> int:
        return sum(row.gaps for row in self.rows)


def concept_catalogue_entries(municipality):
    """The catalogue fields that the municipality's current concept versions work on."""
    used = FieldOfAction.objects.filter(
        municipality=municipality, catalogue_entry__isnull=False
    ).exclude(version__status=VersionStatus.SUPERSEDED)
    return FieldCatalogueEntry.objects.filter(pk__in=used.values("catalogue_entry"))


def offer_gap_matrix(municipality, *, target_group=None, concept_fields_only=True) -> GapMatrix:
    """Active offers per field of action and district.

    An offer without districts counts for every district; an offer without target groups
    is open to all and counts for every target group. Totals count each offer once.
    """
    entries = []
    uses_concept = False
    if concept_fields_only:
        entries = list(concept_catalogue_entries(municipality))
        uses_concept = bool(entries)
    if not entries:
        entries = list(FieldCatalogueEntry.objects.available_to(municipality))
    districts = list(scoped(District, municipality))

    offers = scoped(Offer, municipality).filter(active=True)
    if target_group is not None:
        offers = offers.filter(Q(target_groups=target_group) | Q(target_groups__isnull=True))
    offer_ids = offers.values("pk")  # a subquery, not a list of ids
    fields_of = defaultdict(set)
    for offer_id, entry_id in Offer.fields.through.objects.filter(offer__in=offer_ids).values_list(
        "offer_id", "fieldcatalogueentry_id"
    ):
        fields_of[offer_id].add(entry_id)
    districts_of = defaultdict(set)
    for offer_id, district_id in Offer.districts.through.objects.filter(
        offer__in=offer_ids
    ).values_list("offer_id", "district_id"):
        districts_of[offer_id].add(district_id)
    all_district_ids = {d.pk for d in districts}

    def reach(offer_id):  # the districts an offer serves
        return districts_of.get(offer_id) or all_district_ids

    rows = []
    in_shown_fields = set()
    shown = {e.pk for e in entries}
    for offer_id, entry_ids in fields_of.items():
        if entry_ids & shown:
            in_shown_fields.add(offer_id)
    for entry in entries:
        in_field = [o for o, entry_ids in fields_of.items() if entry.pk in entry_ids]
        row = GapRow(entry=entry, total=len(in_field))
        for district in districts:
            row.cells.append((district, sum(1 for o in in_field if district.pk in reach(o))))
        rows.append(row)
    column_totals = [
        sum(1 for o in in_shown_fields if district.pk in reach(o)) for district in districts
    ]
    return GapMatrix(
        districts=districts,
        rows=rows,
        column_totals=column_totals,
        total=len(in_shown_fields),
        citywide=sum(1 for o in in_shown_fields if not districts_of.get(o)),
        uses_concept_fields=uses_concept,
    )
