from decimal import Decimal

from django import template
from django.contrib.humanize.templatetags.humanize import intcomma
from django.urls import reverse
from django.utils.formats import number_format

register = template.Library()

DETAIL_VIEWS = {
    "goal": "goal_detail",
    "measure": "measure_detail",
    "indicator": "indicator_detail",
    "fieldofaction": "field_detail",
    "conceptversion": "version_overview",
}


@register.simple_tag
def object_url(obj, municipality) -> str:
    """The detail page of a planning object inside its municipality's workspace."""
    return reverse(DETAIL_VIEWS[obj._meta.model_name], args=[municipality.slug, obj.pk])


@register.filter
def kind(obj) -> str:
    """What an object is, in words: a goal says its level."""
    if hasattr(obj, "get_level_display"):
        return obj.get_level_display()
    return obj._meta.verbose_name


@register.filter
def euro(amount) -> str:
    """An amount in whole euros in the locale's format, e.g. ``12.500 €``."""
    if amount in (None, ""):
        return "—"
    return f"{intcomma(int(Decimal(amount).quantize(Decimal('1'))))} €"


@register.filter
def number(value, decimals=None) -> str:
    """A number in the locale's format, without trailing zeros unless ``decimals`` is given."""
    if value in (None, ""):
        return "—"
    value = Decimal(value)
    if decimals is None:
        value = value.normalize()
        exponent = value.as_tuple().exponent
        decimals = max(0, -exponent) if isinstance(exponent, int) else 0
    return number_format(value, decimal_pos=int(decimals), use_l10n=True, force_grouping=True)


@register.simple_tag
def column_letter(index) -> str:
    """Spreadsheet column name of a 0-based index: 0 → A, 26 → AA."""
    from kompass.core.tabular import column_letter as letter

    return letter(int(index))
