"""Template pieces of participation that other apps' pages include."""

from django import template

from ..selectors import public_count as _public_count
from ..selectors import shaping_contributions

register = template.Library()


@register.inclusion_tag("participation/_shaping_contributions.html", takes_context=True)
def contributions_that_shaped(context, obj, kind="goal"):
    """The contributions whose decisions name this goal or measure (one query)."""
    decisions = (
        shaping_contributions(goal=obj) if kind == "goal" else shaping_contributions(measure=obj)
    )
    return {"decisions": decisions, "municipality": context.get("municipality")}


@register.filter
def public_count(value) -> str:
    return _public_count(value)
