"""The status badge: text and an icon shape (never colour alone), the reason one click away."""

from django import template

from kompass.monitoring.status import ORDER

register = template.Library()


@register.inclusion_tag("monitoring/_status_badge.html", takes_context=True)
def status_badge(context, verdict, show="details"):
    """A verdict as a badge. ``show``: "details" (reason in an expandable <details>), "line"
    (reason as a line of text with the link to the help page), "reason" (the same without
    the link) or "badge" (the badge alone)."""
    return {"verdict": verdict, "show": show, "municipality": context.get("municipality")}


@register.filter
def verdict_of(version_status, obj):
    """``{{ status|verdict_of:goal }}``: the verdict of a goal, measure, indicator or field."""
    return version_status.of(obj) if version_status else None


@register.inclusion_tag("monitoring/_status_legend.html", takes_context=True)
def status_legend(context):
    """What the badges mean, worst first, with the link to the help page."""
    return {
        "status_choices": [(status.value, status.label) for status in ORDER],
        "municipality": context.get("municipality"),
    }
