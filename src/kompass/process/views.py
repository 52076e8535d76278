"""Process pages: the timeline with steps, milestones, tasks, budget and contract; starting a
process from a template; editing its parts; the communication plan."""

import datetime
from dataclasses import dataclass

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kompass.concepts.access import get_version
from kompass.core.history import history_entries
from kompass.core.views import confirm_delete, render_form, save_form
from kompass.tenancy.access import get_object_in_municipality, municipality_view, require

from . import forms, selectors, services
from .catalogue import TEMPLATES
from .models import (
    CommunicationGoal,
    CommunicationItem,
    FacilitatorContract,
    Process,
    ProcessBudgetLine,
    ProcessMilestone,
    ProcessPhase,
    ProcessStep,
    ProcessTask,
)

EDIT_PROCESS = "kompass.edit_process"
EDIT_STEPS = "kompass.edit_process_steps"
UPDATE_TASK = "kompass.update_process_task"


def timeline_url(municipality, version_pk, anchor="") -> str:
    url = reverse("process_timeline", args=[municipality.slug, version_pk])
    return f"{url}#{anchor}" if anchor else url


def get_version_process(municipality, version_pk) -> Process:
    """The process of a version of the municipality; 404 if there is none (or it is foreign)."""
    version = get_version(municipality, version_pk)
    process = Process.objects.filter(version=version).select_related("version__concept").first()
    if process is None:
        raise Http404
    return process


@municipality_view()
def process_timeline(request, municipality, pk):
    version = get_version(municipality, pk)
    process = selectors.get_process(version)
    context = {
        "municipality": municipality,
        "version": version,
        "process": process,
        "can_edit": request.user.has_perm(EDIT_PROCESS, municipality),
        "can_edit_steps": request.user.has_perm(EDIT_STEPS, municipality),
    }
    if process is None:
        context["templates"] = TEMPLATES.values()
        return render(request, "process/process_empty.html", context)
    today = timezone.localdate()
    chart, current = selectors.process_timeline(process, today)
    context.update(
        {
            "today": today,
            "chart": chart,
            "current": current,
            "template": TEMPLATES.get(process.template),
            "task_groups": selectors.task_groups(process),
            "task_counts": selectors.task_counts(process, today),
            "budget": selectors.budget_summary(process),
            "contract": selectors.get_contract(process),
            "factors": process.factors.all(),
            "soon": today + datetime.timedelta(days=7),
        }
    )
    return render(request, "process/process_timeline.html", context)


@municipality_view(EDIT_PROCESS)
def process_start(request, municipality, pk):
    version = get_version(municipality, pk)
    if Process.objects.filter(version=version).exists():
        messages.info(request, _("This version already has a process."))
        return redirect(timeline_url(municipality, version.pk))
    initial = {"template": request.GET.get("vorlage", "twelve_steps")}
    if initial["template"] in TEMPLATES:
        initial["duration_months"] = TEMPLATES[initial["template"]].default_months
    form = forms.ProcessStartForm(request.POST or None, initial=initial)
    if request.method == "POST":
        process = save_form(
            request,
            form,
            lambda f: services.process_start(
                version=version,
                template_key=f.cleaned_data["template"],
                start_date=f.cleaned_data["start_date"],
                duration_months=f.cleaned_data["duration_months"],
                budget_total=f.cleaned_data["budget_total"],
                acting_user=request.user,
            ),
            success_message=_(
                "The process has been planned from the template. Adapt it as needed."
            ),
        )
        if process:
            return redirect(timeline_url(municipality, version.pk))
    return render_form(
        request,
        form=form,
        title=_("Plan the process"),
        intro=_(
            "Choose a template, the start and the duration. The steps get planned dates spread "
            "over the duration; milestones and tasks come with them."
        ),
        cancel_url=timeline_url(municipality, version.pk),
        obj=version.concept,
    )


@municipality_view(EDIT_PROCESS)
def process_edit(request, municipality, pk):
    process = get_version_process(municipality, pk)
    form = forms.ProcessForm(request.POST or None, instance=process, process=process)
    if request.method == "POST" and save_form(
        request,
        form,
        success_message=_("Saved."),
    ):
        return redirect(timeline_url(municipality, pk))
    return render_form(
        request,
        form=form,
        title=_("Edit process"),
        cancel_url=timeline_url(municipality, pk),
        obj=process,
        history=history_entries(process),
    )


@municipality_view(EDIT_PROCESS)
def process_delete(request, municipality, pk):
    process = get_version_process(municipality, pk)
    return confirm_delete(
        request,
        obj=process,
        cancel_url=timeline_url(municipality, pk),
        success_url=timeline_url(municipality, pk),
        extra_warning=_(
            "All phases, steps, milestones, tasks, budget lines, the facilitator contract and "
            "the communication plan of the process are deleted with it."
        ),
    )


@municipality_view(EDIT_PROCESS)
def contract_edit(request, municipality, pk):
    process = get_version_process(municipality, pk)
    contract = selectors.get_contract(process) or FacilitatorContract(
        process=process, municipality=municipality
    )
    form = forms.ContractForm(request.POST or None, instance=contract, process=process)
    if request.method == "POST" and save_form(
        request,
        form,
        success_message=_("Saved."),
    ):
        return redirect(timeline_url(municipality, pk, "prozessbegleitung"))
    return render_form(
        request,
        form=form,
        title=_("Facilitator contract"),
        cancel_url=timeline_url(municipality, pk, "prozessbegleitung"),
        obj=contract if contract.pk else None,
        history=history_entries(contract) if contract.pk else None,
    )


@municipality_view(EDIT_PROCESS)
def contract_delete(request, municipality, pk):
    process = get_version_process(municipality, pk)
    contract = selectors.get_contract(process)
    if contract is None:
        raise Http404
    return confirm_delete(
        request,
        obj=contract,
        cancel_url=timeline_url(municipality, pk, "prozessbegleitung"),
        success_url=timeline_url(municipality, pk, "prozessbegleitung"),
    )


# -- the parts of a process: one set of views, described per kind --------------------


@dataclass(frozen=True)
class Part:
    model: type
    form: type
    perm: str
    new_title: Promise
    edit_title: Promise
    anchor: str


PARTS = {
    "phasen": Part(
        ProcessPhase,
        forms.PhaseForm,
        EDIT_PROCESS,
        gettext_lazy("New phase"),
        gettext_lazy("Edit phase"),
        "schritte",
    ),
    "schritte": Part(
        ProcessStep,
        forms.StepForm,
        EDIT_STEPS,
        gettext_lazy("New step"),
        gettext_lazy("Edit step"),
        "schritte",
    ),
    "meilensteine": Part(
        ProcessMilestone,
        forms.MilestoneForm,
        EDIT_PROCESS,
        gettext_lazy("New milestone"),
        gettext_lazy("Edit milestone"),
        "meilensteine",
    ),
    "aufgaben": Part(
        ProcessTask,
        forms.TaskForm,
        EDIT_STEPS,
        gettext_lazy("New task"),
        gettext_lazy("Edit task"),
        "aufgaben",
    ),
    "budget": Part(
        ProcessBudgetLine,
        forms.BudgetLineForm,
        EDIT_PROCESS,
        gettext_lazy("New budget line"),
        gettext_lazy("Edit budget line"),
        "budget",
    ),
    "kommunikation": Part(
        CommunicationItem,
        forms.CommunicationForm,
        EDIT_PROCESS,
        gettext_lazy("New entry in the communication plan"),
        gettext_lazy("Edit entry of the communication plan"),
        "",
    ),
}


def _part(kind) -> Part:
    if kind not in PARTS:
        raise Http404
    return PARTS[kind]


def _back(municipality, kind, version_pk) -> str:
    if kind == "kommunikation":
        return reverse("communication_plan", args=[municipality.slug, version_pk])
    return timeline_url(municipality, version_pk, PARTS[kind].anchor)


def _part_form_page(request, municipality, *, kind, instance, process, title):
    part = PARTS[kind]
    back = _back(municipality, kind, process.version_id)
    initial = {}
    if not instance.pk and kind in {"aufgaben", "meilensteine"} and request.GET.get("schritt"):
        initial["step"] = request.GET["schritt"]
    form = part.form(request.POST or None, instance=instance, process=process, initial=initial)
    if request.method == "POST" and save_form(
        request,
        form,
        success_message=_("Saved."),
    ):
        return redirect(back)
    return render_form(
        request,
        form=form,
        title=title,
        cancel_url=back,
        obj=instance if instance.pk else None,
        history=history_entries(instance) if instance.pk else None,
    )


@municipality_view()
def part_create(request, municipality, pk, kind):
    part = _part(kind)
    require(request, part.perm, municipality)
    process = get_version_process(municipality, pk)
    instance = part.model(process=process, municipality=municipality)
    return _part_form_page(
        request, municipality, kind=kind, instance=instance, process=process, title=part.new_title
    )


def _get_part(municipality, part, pk):
    return get_object_in_municipality(
        part.model.objects.select_related("process__version"), municipality, pk=pk
    )


@municipality_view()
def part_edit(request, municipality, kind, pk):
    part = _part(kind)
    require(request, part.perm, municipality)
    instance = _get_part(municipality, part, pk)
    return _part_form_page(
        request,
        municipality,
        kind=kind,
        instance=instance,
        process=instance.process,
        title=part.edit_title,
    )


@municipality_view()
def part_delete(request, municipality, kind, pk):
    part = _part(kind)
    require(request, part.perm, municipality)
    instance = _get_part(municipality, part, pk)
    back = _back(municipality, kind, instance.process.version_id)
    return confirm_delete(request, obj=instance, cancel_url=back, success_url=back)


@municipality_view()
def task_status(request, municipality, pk):
    """The owner of a task (or coordination, or the facilitator) records its status."""
    task = get_object_in_municipality(
        ProcessTask.objects.select_related("process__version"), municipality, pk=pk
    )
    require(request, UPDATE_TASK, task)
    back = timeline_url(municipality, task.process.version_id, f"aufgabe-{task.pk}")
    form = forms.TaskStatusForm(request.POST or None, instance=task)
    if request.method == "POST" and save_form(
        request,
        form,
        lambda f: services.process_task_set_status(
            task=task,
            status=f.cleaned_data["status"],
            expected_lock_version=f.cleaned_data.get("lock_version"),
            acting_user=request.user,
        ),
        success_message=_("The status of the task has been saved."),
    ):
        return redirect(back)
    return render_form(
        request,
        form=form,
        title=_("Status of the task"),
        cancel_url=back,
        obj=task,
        history=history_entries(task),
    )


@municipality_view()
def communication_plan(request, municipality, pk):
    version = get_version(municipality, pk)
    process = Process.objects.filter(version=version).first()
    if process is None:
        return redirect(timeline_url(municipality, version.pk))
    months = selectors.communication_by_month(process)
    used = {item.goal for _month, items in months for item in items}
    return render(
        request,
        "process/communication_plan.html",
        {
            "municipality": municipality,
            "version": version,
            "process": process,
            "months": months,
            "goal_counts": [
                (label, sum(1 for _m, items in months for i in items if i.goal == value))
                for value, label in CommunicationGoal.choices
            ],
            "unused_goals": [
                label for value, label in CommunicationGoal.choices if value not in used
            ],
            "can_edit": request.user.has_perm(EDIT_PROCESS, municipality),
        },
    )
