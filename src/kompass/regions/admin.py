from django.contrib import admin

from .models import DirectoryImport, Region


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    """The directory is read from the official file (``import_gv100``), not typed in."""

    list_display = [
        "key",
        "name",
        "level",
        "text_code",
        "population",
        "reference_date",
        "is_current",
    ]
    list_filter = ["level", "is_current", "land_key"]
    search_fields = ["key", "ars", "name"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(DirectoryImport)
class DirectoryImportAdmin(admin.ModelAdmin):
    list_display = ["file_name", "reference_date", "status", "created_at", "applied_at"]
    exclude = ["data"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
