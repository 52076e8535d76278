from django.contrib import admin

from .models import FieldCatalogueEntry, TargetGroup


@admin.register(TargetGroup)
class TargetGroupAdmin(admin.ModelAdmin):
    list_display = ["name", "category", "often_hard_to_reach", "municipality"]
    list_filter = ["category", "municipality"]
    search_fields = ["name"]


@admin.register(FieldCatalogueEntry)
class FieldCatalogueEntryAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "municipality"]
    search_fields = ["name", "code"]
