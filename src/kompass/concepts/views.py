"""Concept, version, vision, guideline, field of action and goal pages."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kompass.core.history import history_entries
from kompass.core.views import (
    confirm_delete,
    planning_form_view,
    refuse_locked,
    render_form,
    save_form,
)
from kompass.tenancy.access import get_object_in_municipality, municipality_view, scoped

from . import services
from .access import get_version
from .adoption import adoption_open_items
from .forms import (
    AdoptForm,
    ConceptCreateForm,
    FieldOfActionForm,
    GoalForm,
    GuidelineForm,
    VersionForm,
    VisionForm,
)
from .models import Concept, FieldOfAction, Goal, Guideline, Vision
from .selectors import current_version

EDIT = "kompass.edit_concept"


@municipality_view()
def municipality_home(request, municipality):
    concepts = scoped(Concept, municipality).prefetch_related("versions")
    rows = [(concept, current_version(concept)) for concept in concepts]
    return render(
        request, "concepts/municipality_home.html", {"municipality": municipality, "rows": rows}
    )


@municipality_view(EDIT)
def concept_create(request, municipality):
    form = ConceptCreateForm(request.POST or None)
    if request.method == "POST":
        concept = save_form(
            request,
            form,
            lambda f: services.concept_create(
                municipality=municipality,
                title=f.cleaned_data["title"],
                kind_label=f.cleaned_data["kind_label"],
                acting_user=request.user,
            ),
            success_message=_("The concept has been created."),
        )
        if concept:
            return redirect(concept.versions.get())
    return render_form(
        request,
        form=form,
        title=_("New concept"),
        cancel_url=reverse("municipality_home", args=[municipality.slug]),
    )


@municipality_view(EDIT)
def version_edit(request, municipality, pk):
    version = get_version(municipality, pk)
    if version.is_locked:
        return refuse_locked(request, version)
    form = VersionForm(request.POST or None, instance=version)
    if request.method == "POST" and save_form(request, form, success_message=_("Saved.")):
        return redirect(version.get_absolute_url())
    return render_form(
        request, form=form, title=_("Edit version details"), cancel_url=version.get_absolute_url()
    )


@require_POST
@municipality_view(EDIT)
def version_set_status(request, municipality, pk):
    version = get_version(municipality, pk)
    try:
        with transaction.atomic():
            services.concept_version_set_status(
                version=version, status=request.POST.get("status", ""), acting_user=request.user
            )
    except (ValueError, services.ValidationError) as error:
        messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
    else:
        messages.success(
            request,
            _("The version is now “%(status)s”.") % {"status": version.get_status_display()},
        )
    return redirect(version.get_absolute_url())


@require_POST
@municipality_view(EDIT)
def version_start_revision(request, municipality, pk):
    version = get_version(municipality, pk)
    try:
        new = services.concept_version_start_revision(version=version, acting_user=request.user)
    except services.ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(version.get_absolute_url())
    messages.success(
        request,
        _(
            "Version %(number)s has been started as a copy of version %(old)s, with a process of "
            "its own planned from the revision template. You can now change it."
        )
        % {"number": new.number, "old": version.number},
    )
    return redirect(new.get_absolute_url())


@municipality_view(EDIT)
def version_adopt(request, municipality, pk):
    version = get_version(municipality, pk)
    open_count = adoption_open_items(version)
    form = AdoptForm(request.POST or None, open_contributions=open_count)
    if request.method == "POST":
        adopted = save_form(
            request,
            form,
            lambda f: services.concept_version_adopt(
                version=version, acting_user=request.user, **f.cleaned_data
            ),
            success_message=_("The version has been adopted. It is now read-only."),
        )
        if adopted:
            return redirect(version.get_absolute_url())
    return render_form(
        request,
        form=form,
        title=_("Record adoption"),
        intro=_(
            "After adoption this version can no longer be changed; only the implementation "
            "(status, progress, spending, indicator values) is recorded. Changes go into a new version."
        )
        + (
            " "
            + _(
                "%(count)s contributions of this version have no decision yet: answer them in "
                "the triage first, or confirm the adoption anyway with a reason."
            )
            % {"count": open_count}
            if open_count
            else ""
        ),
        cancel_url=version.get_absolute_url(),
    )


@municipality_view()
def vision_detail(request, municipality, pk):
    """The vision and the guidelines of a version, each with its change history."""
    version = get_version(municipality, pk)
    vision = Vision.objects.filter(version=version).first()
    guidelines = list(Guideline.objects.filter(version=version))
    return render(
        request,
        "concepts/vision_detail.html",
        {
            "municipality": municipality,
            "version": version,
            "vision": vision,
            "history": history_entries(vision) if vision else [],
            "guidelines": [(guideline, history_entries(guideline)) for guideline in guidelines],
            "can_edit": request.user.has_perm(EDIT, municipality) and not version.is_locked,
        },
    )


@municipality_view(EDIT)
def vision_edit(request, municipality, pk):
    version = get_version(municipality, pk)
    if version.is_locked:
        return refuse_locked(request, version)
    instance = Vision.objects.filter(version=version).first()
    form = VisionForm(request.POST or None, instance=instance, version=version)
    if request.method == "POST" and save_form(
        request,
        form,
        success_message=_("Saved."),
    ):
        return redirect(version.get_absolute_url() + "#leitbild")
    return render_form(
        request, form=form, title=_("Vision"), cancel_url=version.get_absolute_url(), obj=instance
    )


# Guidelines -----------------------------------------------------------------------------


@municipality_view(EDIT)
def guideline_create(request, municipality, pk):
    version = get_version(municipality, pk)
    return planning_form_view(
        request,
        municipality,
        form_class=GuidelineForm,
        version=version,
        instance=None,
        title=_("New guideline"),
        success_url=lambda obj: version.get_absolute_url() + "#leitbild",
    )


@municipality_view(EDIT)
def guideline_edit(request, municipality, pk):
    guideline = get_object_in_municipality(
        Guideline.objects.select_related("version"), municipality, pk=pk
    )
    return planning_form_view(
        request,
        municipality,
        form_class=GuidelineForm,
        version=guideline.version,
        instance=guideline,
        title=_("Edit guideline"),
        success_url=lambda obj: obj.version.get_absolute_url() + "#leitbild",
    )


@municipality_view(EDIT)
def guideline_delete(request, municipality, pk):
    guideline = get_object_in_municipality(
        Guideline.objects.select_related("version"), municipality, pk=pk
    )
    url = guideline.version.get_absolute_url()
    return confirm_delete(request, obj=guideline, cancel_url=url, success_url=url)


# Fields of action -----------------------------------------------------------------------


@municipality_view(EDIT)
def field_create(request, municipality, pk):
    version = get_version(municipality, pk)
    return planning_form_view(
        request,
        municipality,
        form_class=FieldOfActionForm,
        version=version,
        instance=None,
        title=_("New field of action"),
        success_url=lambda obj: reverse("field_detail", args=[municipality.slug, obj.pk]),
    )


@municipality_view(EDIT)
def field_edit(request, municipality, pk):
    field = get_object_in_municipality(
        FieldOfAction.objects.select_related("version"), municipality, pk=pk
    )
    return planning_form_view(
        request,
        municipality,
        form_class=FieldOfActionForm,
        version=field.version,
        instance=field,
        title=_("Edit field of action"),
        success_url=lambda obj: reverse("field_detail", args=[municipality.slug, obj.pk]),
        cancel_url=reverse("field_detail", args=[municipality.slug, pk]),
    )


@municipality_view(EDIT)
def field_delete(request, municipality, pk):
    field = get_object_in_municipality(
        FieldOfAction.objects.select_related("version"), municipality, pk=pk
    )
    return confirm_delete(
        request,
        obj=field,
        cancel_url=reverse("field_detail", args=[municipality.slug, pk]),
        success_url=field.version.get_absolute_url(),
        extra_warning=_(
            "Its goals, measures and indicators stay in the concept without a field of action."
        ),
    )


# Goals ----------------------------------------------------------------------------------


@municipality_view(EDIT)
def goal_create(request, municipality, pk):
    version = get_version(municipality, pk)
    initial = {
        key: request.GET[key] for key in ("field", "parent", "level") if request.GET.get(key)
    }
    return planning_form_view(
        request,
        municipality,
        form_class=GoalForm,
        version=version,
        instance=None,
        initial=initial,
        title=_("New goal"),
        success_url=lambda obj: reverse("goal_detail", args=[municipality.slug, obj.pk]),
    )


@municipality_view(EDIT)
def goal_edit(request, municipality, pk):
    goal = get_object_in_municipality(Goal.objects.select_related("version"), municipality, pk=pk)
    return planning_form_view(
        request,
        municipality,
        form_class=GoalForm,
        version=goal.version,
        instance=goal,
        title=_("Edit goal"),
        success_url=lambda obj: reverse("goal_detail", args=[municipality.slug, obj.pk]),
        cancel_url=reverse("goal_detail", args=[municipality.slug, pk]),
    )


@municipality_view(EDIT)
def goal_delete(request, municipality, pk):
    goal = get_object_in_municipality(Goal.objects.select_related("version"), municipality, pk=pk)
    return confirm_delete(
        request,
        obj=goal,
        cancel_url=reverse("goal_detail", args=[municipality.slug, pk]),
        success_url=goal.version.get_absolute_url(),
        extra_warning=_(
            "Sub-goals, measures and indicators stay in the concept and lose the link to this goal."
        ),
    )
