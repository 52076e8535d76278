from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kompass.regions.selectors import municipality_facts

from .models import Membership, Municipality, MunicipalityKind, OrgUnit, Programme


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
    actions = ["fill_from_directory"]

    @admin.action(description=gettext_lazy("Fill empty fields from the municipality directory"))
    def fill_from_directory(self, request, queryset):
        """ARS, population and county where they are empty, from the directory entry of the AGS
        (a Landkreis: its county key); what is filled in already stays as it is."""
        filled, unknown = [], []
        for municipality in queryset:
            facts = municipality_facts(municipality.ags) if municipality.ags else None
            if facts is None:
                unknown.append(municipality.name)
                continue
            changed = []
            if not municipality.ars and facts.ars:
                municipality.ars = facts.ars
                changed.append("ars")
            if municipality.population is None and facts.population is not None:
                municipality.population = facts.population
                changed.append("population")
            if municipality.parent_county_id is None and facts.county_key:
                county = Municipality.objects.filter(
                    kind=MunicipalityKind.LANDKREIS, ags=facts.county_key + "000"
                ).first()
                if county and county.pk != municipality.pk:
                    municipality.parent_county = county
                    changed.append("parent_county")
            if changed:
                try:
                    municipality.full_clean()
                except ValidationError as error:
                    self.message_user(
                        request, f"{municipality}: {' '.join(error.messages)}", messages.ERROR
                    )
                    continue
                municipality.save(update_fields=changed)
                filled.append(municipality.name)
        if filled:
            self.message_user(
                request, _("Filled from the directory: %(names)s") % {"names": ", ".join(filled)}
            )
        if unknown:
            self.message_user(
                request,
                _("Not in the municipality directory (check the AGS): %(names)s")
                % {"names": ", ".join(unknown)},
                messages.WARNING,
            )


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
