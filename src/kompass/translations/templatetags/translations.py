from django import template
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def lang_attr(obj, field: str):
    """` lang="de" dir="ltr"` where ``field`` of an overlaid object kept its German text."""
    if field in getattr(obj, "untranslated_fields", ()):
        return mark_safe(' lang="de" dir="ltr"')  # a constant: nothing to escape
    return ""
