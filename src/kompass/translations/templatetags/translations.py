from django import template
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def lang_attr(obj, field: str):
    """` lang="de" dir="ltr"` where ``field`` of an overlaid object kept its German text."""
    if field in getattr(obj, "untranslated_fields", ()):
        return format_html(' lang="de" dir="ltr"')
    return ""
