from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import IndicatorCatalogueEntry


@admin.register(IndicatorCatalogueEntry)
class IndicatorCatalogueEntryAdmin(admin.ModelAdmin):
    """The shared indicator catalogue, kept by the instance admin."""

    list_display = ["name", "code", "topic_area", "unit", "direction", "periodicity", "position"]
    list_filter = ["topic_area", "direction", "periodicity"]
    search_fields = ["name", "code", "definition", "data_source"]
    ordering = ["position", "name"]
    fieldsets = [
        (None, {"fields": ["code", "name", "topic_area", "position"]}),
        (
            _("What is measured"),
            {"fields": ["definition", "unit", "numerator", "denominator", "direction"]},
        ),
        (_("Where it comes from"), {"fields": ["data_source", "periodicity", "disaggregations"]}),
        (_("Notes"), {"fields": ["notes"]}),
    ]

    def get_readonly_fields(self, request, obj=None):
        # Adopted indicators carry the code as a copy; renaming it would cut that tie.
        return ["code"] if obj is not None else []
