"""Situation analysis: strengths, weaknesses, opportunities, risks and process factors (the
population structure and the district map are pages of ``indicators.analysis_views``)."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from kompass.core.history import history_entries
from kompass.core.views import confirm_delete, render_form, save_form
from kompass.tenancy.access import get_object_in_municipality, municipality_view, scoped

from . import services
from .forms import AnalysisItemForm, SuggestionForm
from .models import AnalysisItem, AnalysisKind
from .suggestions import BY_KIND

EDIT = "kompass.edit_analysis"
HEADINGS = {
    "strength": gettext_lazy("Strengths"),
    "weakness": gettext_lazy("Weaknesses"),
    "opportunity": gettext_lazy("Opportunities"),
    "risk": gettext_lazy("Risks"),
    "supporting": gettext_lazy("Supporting factors"),
    "hindering": gettext_lazy("Hindering factors"),
}


def _suggestion_choices(kind, used_titles):
    return [(title, title) for title, _note in BY_KIND[kind] if title not in used_titles]


@municipality_view()
def analysis_overview(request, municipality):
    items = list(scoped(AnalysisItem, municipality).prefetch_related("fields"))
    by_kind = {kind: [i for i in items if i.kind == kind] for kind in AnalysisKind.values}
    used = {i.title for i in items}
    suggestion_forms = {
        kind: SuggestionForm(choices=_suggestion_choices(kind, used), prefix=kind)
        for kind in BY_KIND
    }
    return render(
        request,
        "analysis/overview.html",
        {
            "municipality": municipality,
            "swot": [
                (HEADINGS[k], k, by_kind[k])
                for k in ("strength", "weakness", "opportunity", "risk")
            ],
            "factors": [
                (HEADINGS[k], k, by_kind[k], suggestion_forms[k])
                for k in ("supporting", "hindering")
            ],
            "can_edit": request.user.has_perm(EDIT, municipality),
        },
    )


@municipality_view(EDIT)
def analysis_item_edit(request, municipality, pk=None):
    item = get_object_in_municipality(AnalysisItem, municipality, pk=pk) if pk else None
    initial = (
        {"kind": request.GET["kind"]} if request.GET.get("kind") in AnalysisKind.values else None
    )
    form = AnalysisItemForm(
        request.POST or None, instance=item, municipality=municipality, initial=initial
    )
    back = reverse("analysis_overview", args=[municipality.slug])

    if request.method == "POST" and save_form(
        request,
        form,
        success_message=_("Saved."),
    ):
        return redirect(back)
    return render_form(
        request,
        form=form,
        title=_("Edit finding") if item else _("New finding"),
        cancel_url=back,
        obj=item,
        history=history_entries(item) if item else None,
    )


@municipality_view(EDIT)
def analysis_item_delete(request, municipality, pk):
    item = get_object_in_municipality(AnalysisItem, municipality, pk=pk)
    back = reverse("analysis_overview", args=[municipality.slug])
    return confirm_delete(request, obj=item, cancel_url=back, success_url=back)


@require_POST
@municipality_view(EDIT)
def analysis_adopt_suggestions(request, municipality, kind):
    back = reverse("analysis_overview", args=[municipality.slug])
    if kind not in BY_KIND:
        return redirect(back)
    used = set(scoped(AnalysisItem, municipality).values_list("title", flat=True))
    form = SuggestionForm(request.POST, choices=_suggestion_choices(kind, used), prefix=kind)
    if not form.is_valid():
        messages.error(
            request, _("Please choose at least one suggestion that is not yet in the list.")
        )
        return redirect(back)
    services.analysis_suggestions_adopt(
        municipality=municipality,
        kind=kind,
        titles=form.cleaned_data["picked"],
        acting_user=request.user,
    )
    messages.success(
        request, _("%(n)s factors have been added.") % {"n": len(form.cleaned_data["picked"])}
    )
    return redirect(back + f"#{kind}")
