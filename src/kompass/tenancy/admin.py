from django.contrib import admin

from .models import Membership, Municipality, OrgUnit, Programme


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user", "org_unit"]


class OrgUnitInline(admin.TabularInline):
    model = OrgUnit
    extra = 0


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "land", "ags", "population"]
    list_filter = ["land", "kind", "programmes"]
    search_fields = ["name", "ags", "ars", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent_county"]
    inlines = [OrgUnitInline, MembershipInline]


@admin.register(Programme)
class ProgrammeAdmin(admin.ModelAdmin):
    list_display = ["name", "funder", "start_year"]
    search_fields = ["name"]
    filter_horizontal = ["municipalities", "coordinators"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(OrgUnit)
class OrgUnitAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "kind", "municipality"]
    list_filter = ["municipality"]
    search_fields = ["name", "short_name"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "municipality", "role", "org_unit"]
    list_filter = ["role", "municipality"]
    search_fields = ["user__username", "user__last_name", "municipality__name"]
    autocomplete_fields = ["user", "municipality", "org_unit"]
