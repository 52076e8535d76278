from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kompass.regions.selectors import municipality_facts

from .models import Invitation, Membership, Municipality, MunicipalityKind, OrgUnit, Programme


class UnitChoiceField(forms.ModelChoiceField):
    """A unit named with its municipality, so that a list of several municipalities' units is
    unambiguous."""

    def label_from_instance(self, obj):
        return f"{obj.municipality} – {obj}"


def _scoped_unit_field(db_field, municipality_id, **kwargs):
    """The unit field of a membership: only the units of its municipality (none while the
    municipality is not yet known); Membership.clean refuses a foreign unit in any case."""
    queryset = OrgUnit.objects.select_related("municipality")
    if municipality_id is not None:
        queryset = queryset.filter(municipality_id=municipality_id)
    return db_field.formfield(
        form_class=UnitChoiceField, queryset=queryset, required=False, **kwargs
    )


class MembershipAdminForm(forms.ModelForm):
    """An existing membership offers only its municipality's units."""

    class Meta:
        model = Membership
        fields = ["user", "municipality", "role", "org_unit"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        unit = self.fields.get("org_unit")
        if unit is not None and self.instance.municipality_id:
            unit.queryset = unit.queryset.filter(municipality_id=self.instance.municipality_id)


class MembershipInline(admin.TabularInline):
    """The people of one municipality; the unit list holds only this municipality's units."""

    model = Membership
    extra = 0
    autocomplete_fields = ["user"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "org_unit":
            object_id = request.resolver_match.kwargs.get("object_id")
            try:
                municipality_id = int(object_id) if object_id else 0
            except (TypeError, ValueError):
                municipality_id = 0
            return _scoped_unit_field(db_field, municipality_id, **kwargs)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


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
    autocomplete_fields = ["user", "municipality"]

    form = MembershipAdminForm

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "org_unit":
            return _scoped_unit_field(db_field, None, **kwargs)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "municipality", "role", "sent_at", "expires_at", "accepted_at"]
    list_filter = ["role", "municipality"]
    search_fields = ["email", "name", "municipality__name"]
    readonly_fields = [
        "municipality",
        "email",
        "name",
        "role",
        "org_unit",
        "invited_by",
        "created_at",
        "sent_at",
        "expires_at",
        "accepted_at",
        "accepted_by",
        "withdrawn_at",
    ]

    def has_add_permission(self, request):
        return False  # invitations are sent from the municipality's people page
