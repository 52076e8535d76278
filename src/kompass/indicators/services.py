"""Operations on indicators that touch several objects; each runs in one transaction."""

from dataclasses import dataclass
from dataclasses import field as dataclass_field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from kompass.concepts.locking import VersionLocked
from kompass.concepts.revision import copies_by_original, copy_object
from kompass.core.services import object_save

from .models import (
    ComparisonValue,
    Indicator,
    IndicatorCatalogueEntry,
    IndicatorKind,
    IndicatorValue,
)
from .selectors import catalogue_indicators_in_version


@dataclass
class CatalogueAdoption:
    """What adopting catalogue entries did: the new indicators and the entries left out."""

    created: list[Indicator] = dataclass_field(default_factory=list)
    skipped: list[IndicatorCatalogueEntry] = dataclass_field(default_factory=list)


def _check_scope(version, field, goal) -> None:
    errors = {}
    if field is not None and field.version_id != version.pk:
        errors["field"] = _("The field of action belongs to another concept version.")
    if goal is not None:
        if goal.version_id != version.pk:
            errors["goal"] = _("The goal belongs to another concept version.")
        elif field is not None and goal.field_id != field.pk:
            errors["goal"] = _("The goal belongs to another field of action.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def indicator_adopt_from_catalogue(
    *, version, entries, field=None, goal=None, acting_user
) -> CatalogueAdoption:
    """Copy catalogue indicators into a concept version, linked to their catalogue entry.

    An entry the version already uses (linked or carrying its code) is skipped, not copied
    twice. The copies are context indicators unless a goal is given; then they measure
    that goal. An adopted version refuses the whole operation.
    """
    if version.is_locked:
        raise VersionLocked()
    _check_scope(version, field, goal)
    if goal is not None and field is None:
        field = goal.field
    used = catalogue_indicators_in_version(version)
    adoption = CatalogueAdoption()
    for entry in sorted(set(entries), key=lambda e: (e.position, e.name)):
        if entry.pk in used.by_entry or entry.code in used.by_code:
            adoption.skipped.append(entry)
            continue
        indicator = Indicator(
            version=version,
            municipality_id=version.municipality_id,
            field=field,
            kind=IndicatorKind.GOAL if goal is not None else IndicatorKind.CONTEXT,
            catalogue_entry=entry,
            catalogue_code=entry.code,
            name=entry.name,
            definition=entry.definition,
            unit=entry.unit,
            numerator=entry.numerator,
            denominator=entry.denominator,
            direction=entry.direction,
            data_source=entry.data_source,
            periodicity=entry.periodicity,
            disaggregations=entry.disaggregations,
        )
        indicator.full_clean()
        indicator._history_user = acting_user
        indicator.save()
        if goal is not None:
            indicator.goals.add(goal)
        adoption.created.append(indicator)
    return adoption


def indicator_value_save(*, value: IndicatorValue, acting_user) -> IndicatorValue:
    """Create or change a value of an indicator; whoever saves it last is named as its author."""
    value.entered_by = acting_user
    return object_save(value, acting_user=acting_user)


@transaction.atomic
def comparison_region_delete(*, indicator: Indicator, region_key: str, acting_user) -> int:
    """Delete every comparison value of one region for ``indicator`` (all years and groups);
    returns how many there were. The indicator's own values stay untouched."""
    deleted, _counts = ComparisonValue.objects.filter(
        indicator=indicator, region_key=region_key
    ).delete()
    return deleted


def indicators_copy(*, source, target, acting_user) -> None:
    """Revision step: copy the indicators of ``source`` with their values.

    The copies serve the copied goals and belong to the copied fields of action. Values are
    data, not plan: their copies keep no link to the original.
    """
    fields = copies_by_original(target.fields.all())
    goals = copies_by_original(target.goals.all())
    for indicator in Indicator.objects.filter(version=source).prefetch_related("goals", "values"):
        indicator_goals, values = list(indicator.goals.all()), list(indicator.values.all())
        copy = copy_object(
            indicator, acting_user=acting_user, version=target, field=fields.get(indicator.field_id)
        )
        copy.goals.set([goals[g.pk] for g in indicator_goals])
        for value in values:
            value.pk = None
            value.indicator = copy
            # the copy is not part of the import that brought the original: undoing that
            # import must leave the new version alone (the source text still names the file)
            value.import_batch = None
        IndicatorValue.objects.bulk_create(values, batch_size=1000)
