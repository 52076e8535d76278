"""``{% current_process_step version %}``: the one line about the process on the concept overview."""

from django import template
from django.utils import timezone

from ..models import ProcessStep
from ..schedule import current_step

register = template.Library()


@register.inclusion_tag("process/_current_step.html", takes_context=True)
def current_process_step(context, version):
    """The current step of the version's process, with a link to the timeline (one query)."""
    steps = list(ProcessStep.objects.filter(process__version=version).order_by("position", "pk"))
    return {
        "municipality": context["municipality"],
        "version": version,
        "step": current_step(steps, timezone.localdate()),
        "has_steps": bool(steps),
    }
