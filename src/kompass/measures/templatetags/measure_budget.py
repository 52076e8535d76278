"""Honest budget totals in templates: ``{{ measure|budget_text }}``."""

from django import template

from kompass.measures.budget import summarize_measures

register = template.Library()


@register.filter
def budget_text(measure) -> str:
    """The budget of one measure in words, e.g. "mindestens 800 €" or "nicht beziffert"."""
    budget = summarize_measures([measure])
    return budget.row_text if not budget.is_complete else budget.text
