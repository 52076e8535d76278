"""The municipality's own lists: organisational units, districts, its own target groups."""

from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kompass.analysis.models import District
from kompass.concepts.models import TargetGroup
from kompass.core.views import confirm_delete, render_form, save_form
from kompass.tenancy.access import get_object_in_municipality, municipality_view, scoped
from kompass.tenancy.models import OrgUnit

from .forms import DistrictForm, OrgUnitForm, TargetGroupForm
from .selectors import where_used

EDIT = "kompass.edit_concept"

# kind in the URL → (model, form, title when creating, title when editing)
KINDS = {
    "einheiten": (
        OrgUnit,
        OrgUnitForm,
        gettext_lazy("New organisational unit"),
        gettext_lazy("Edit organisational unit"),
    ),
    "sozialraeume": (
        District,
        DistrictForm,
        gettext_lazy("New district"),
        gettext_lazy("Edit district"),
    ),
    "zielgruppen": (
        TargetGroup,
        TargetGroupForm,
        gettext_lazy("New target group"),
        gettext_lazy("Edit target group"),
    ),
}


def _kind(kind):
    if kind not in KINDS:
        raise Http404
    return KINDS[kind]


@municipality_view()
def municipality_settings(request, municipality):
    return render(
        request,
        "administration/settings.html",
        {
            "municipality": municipality,
            "org_units": scoped(OrgUnit, municipality),
            "districts": scoped(District, municipality),
            "own_target_groups": scoped(TargetGroup, municipality),
            "shipped_target_groups": TargetGroup.objects.filter(municipality__isnull=True),
            "memberships": municipality.memberships.select_related("user", "org_unit").order_by(
                "role"
            ),
            "can_edit": request.user.has_perm(EDIT, municipality),
        },
    )


@municipality_view(EDIT)
def owned_object_edit(request, municipality, kind, pk=None):
    model, form_class, create_title, edit_title = _kind(kind)
    instance = get_object_in_municipality(model, municipality, pk=pk) if pk else None
    form = form_class(
        request.POST or None, request.FILES or None, instance=instance, municipality=municipality
    )
    back = reverse("municipality_settings", args=[municipality.slug]) + f"#{kind}"
    if request.method == "POST" and save_form(request, form, success_message=_("Saved.")):
        return redirect(back)
    return render_form(
        request, form=form, title=edit_title if pk else create_title, cancel_url=back, obj=instance
    )


@municipality_view(EDIT)
def owned_object_delete(request, municipality, kind, pk):
    model = _kind(kind)[0]
    instance = get_object_in_municipality(model, municipality, pk=pk)
    back = reverse("municipality_settings", args=[municipality.slug]) + f"#{kind}"
    return confirm_delete(
        request,
        obj=instance,
        cancel_url=back,
        success_url=back,
        in_use=where_used(instance),
    )
