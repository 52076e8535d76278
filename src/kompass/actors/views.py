"""Actors register and offers inventory: lists with filters, details, editing, the gap view."""

from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from kompass.core.history import history_entries
from kompass.core.views import confirm_delete, render_form, save_form
from kompass.tenancy.access import get_object_in_municipality, municipality_view, scoped

from .forms import ActorFilterForm, ActorForm, GapFilterForm, OfferFilterForm, OfferForm
from .models import Actor, ActorRelation, Offer
from .selectors import LIST_PREFETCH, actors_filtered, offer_gap_matrix, offers_filtered

EDIT = "kompass.edit_analysis"
PAGE_SIZE = 50


def _list_page(request, queryset):
    return Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("seite"))


def _query_without_page(request) -> str:
    query = request.GET.copy()
    query.pop("seite", None)
    return query.urlencode()


@municipality_view()
def actor_list(request, municipality):
    form = ActorFilterForm(request.GET or None, municipality=municipality)
    page = _list_page(request, actors_filtered(municipality, form.filters()))
    return render(
        request,
        "actors/actor_list.html",
        {
            "municipality": municipality,
            "form": form,
            "page": page,
            "query": _query_without_page(request),
            "can_edit": request.user.has_perm(EDIT, municipality),
        },
    )


@municipality_view()
def actor_detail(request, municipality, pk):
    actor = get_object_in_municipality(
        Actor.objects.prefetch_related(*LIST_PREFETCH), municipality, pk=pk
    )
    offers = actor.offers.prefetch_related("fields", "districts")
    return render(
        request,
        "actors/actor_detail.html",
        {
            "municipality": municipality,
            "actor": actor,
            "offers": offers,
            "history": history_entries(actor),
            "can_edit": request.user.has_perm(EDIT, municipality),
        },
    )


def _edit(request, municipality, *, model, form_class, pk, list_name, titles, initial=None):
    """Create or edit an actor or an offer; back to its detail page (or the list when new)."""
    obj = get_object_in_municipality(model, municipality, pk=pk) if pk else None
    form = form_class(
        request.POST or None, instance=obj, municipality=municipality, initial=initial
    )
    detail_name = list_name.replace("_list", "_detail")
    back = (
        reverse(detail_name, args=[municipality.slug, obj.pk])
        if obj
        else reverse(list_name, args=[municipality.slug])
    )
    if request.method == "POST":
        saved = save_form(
            request,
            form,
            success_message=_("Saved."),
        )
        if saved:
            return redirect(detail_name, municipality=municipality.slug, pk=saved.pk)
    return render_form(
        request,
        form=form,
        title=titles[1] if obj else titles[0],
        cancel_url=back,
        obj=obj,
        history=history_entries(obj) if obj else None,
    )


@municipality_view(EDIT)
def actor_edit(request, municipality, pk=None):
    return _edit(
        request,
        municipality,
        model=Actor,
        form_class=ActorForm,
        pk=pk,
        list_name="actor_list",
        titles=(_("New actor"), _("Edit actor")),
    )


@municipality_view(EDIT)
def actor_delete(request, municipality, pk):
    actor = get_object_in_municipality(Actor, municipality, pk=pk)
    offers = [_("Offer “%(title)s”") % {"title": o.title} for o in actor.offers.all()[:5]]
    relations = ActorRelation.objects.filter(
        Q(source=actor) | Q(target=actor), municipality=municipality
    )
    surveys = sorted(set(relations.values_list("survey__title", flat=True)))
    warning = ""
    if surveys:
        warning = _(
            "The actor's %(count)s relations in the network surveys %(surveys)s are deleted "
            "with it, which changes those past network pictures. To keep them, mark the actor "
            "as inactive instead."
        ) % {"count": relations.count(), "surveys": ", ".join(f"„{t}“" for t in surveys)}
    return confirm_delete(
        request,
        obj=actor,
        cancel_url=reverse("actor_detail", args=[municipality.slug, actor.pk]),
        success_url=reverse("actor_list", args=[municipality.slug]),
        in_use=offers,
        extra_warning=warning,
    )


@municipality_view()
def offer_list(request, municipality):
    form = OfferFilterForm(request.GET or None, municipality=municipality)
    page = _list_page(request, offers_filtered(municipality, form.filters()))
    return render(
        request,
        "actors/offer_list.html",
        {
            "municipality": municipality,
            "form": form,
            "page": page,
            "query": _query_without_page(request),
            "can_edit": request.user.has_perm(EDIT, municipality),
        },
    )


@municipality_view()
def offer_detail(request, municipality, pk):
    offer = get_object_in_municipality(
        Offer.objects.select_related("provider").prefetch_related(*LIST_PREFETCH),
        municipality,
        pk=pk,
    )
    return render(
        request,
        "actors/offer_detail.html",
        {
            "municipality": municipality,
            "offer": offer,
            "history": history_entries(offer),
            "can_edit": request.user.has_perm(EDIT, municipality),
        },
    )


@municipality_view(EDIT)
def offer_edit(request, municipality, pk=None):
    initial = None
    provider = request.GET.get("traeger", "")
    if not pk and provider.isdigit():
        initial = {"provider": scoped(Actor, municipality).filter(pk=provider).first()}
    return _edit(
        request,
        municipality,
        model=Offer,
        form_class=OfferForm,
        pk=pk,
        list_name="offer_list",
        titles=(_("New offer"), _("Edit offer")),
        initial=initial,
    )


@municipality_view(EDIT)
def offer_delete(request, municipality, pk):
    offer = get_object_in_municipality(Offer, municipality, pk=pk)
    return confirm_delete(
        request,
        obj=offer,
        cancel_url=reverse("offer_detail", args=[municipality.slug, offer.pk]),
        success_url=reverse("offer_list", args=[municipality.slug]),
    )


@municipality_view()
def offer_gaps(request, municipality):
    form = GapFilterForm(request.GET or None, municipality=municipality)
    target_group, concept_only = None, True
    if form.is_valid():
        target_group = form.cleaned_data["target_group"]
        concept_only = form.cleaned_data["rows"] != "all"
    matrix = offer_gap_matrix(
        municipality, target_group=target_group, concept_fields_only=concept_only
    )
    return render(
        request,
        "actors/offer_gaps.html",
        {
            "municipality": municipality,
            "form": form,
            "matrix": matrix,
            "target_group": target_group,
        },
    )
