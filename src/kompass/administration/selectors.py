"""Rules for the municipality's own lists (units, districts, target groups)."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from kompass.analysis.models import District
from kompass.concepts.models import FieldOfAction, Goal, TargetGroup
from kompass.indicators.models import Indicator, IndicatorValue
from kompass.measures.models import Measure
from kompass.tenancy.models import OrgUnit

SHOWN = 5


def where_used(obj) -> list[str]:
    """Everything that still refers to a unit, district or target group, in words.

    Deleting such an object would silently change concepts (also adopted ones) or drop
    indicator values, so it may only be deleted when this list is empty.
    """
    if isinstance(obj, OrgUnit):
        named = [
            *Measure.objects.filter(responsible_unit=obj),
            *Indicator.objects.filter(responsible_unit=obj),
            *FieldOfAction.objects.filter(lead_unit=obj),
        ]
        people = obj.memberships.count()
        extra = (
            [ngettext("%(n)s person's role", "%(n)s people's roles", people) % {"n": people}]
            if people
            else []
        )
    elif isinstance(obj, District):
        named = list(Measure.objects.filter(districts=obj))
        values = IndicatorValue.objects.filter(district=obj).count()
        extra = (
            [ngettext("%(n)s indicator value", "%(n)s indicator values", values) % {"n": values}]
            if values
            else []
        )
    elif isinstance(obj, TargetGroup):
        named = [
            *Goal.objects.filter(target_groups=obj),
            *Measure.objects.filter(target_groups=obj),
        ]
        extra = []
    else:
        return []
    names = [f"{item._meta.verbose_name} „{item}“" for item in named[:SHOWN]]
    if len(named) > SHOWN:
        names.append(_("and %(n)s more") % {"n": len(named) - SHOWN})
    return names + extra
