"""Bodies with their members, resolutions, the OParl link and the draft council submission."""

import datetime

from django import forms
from django.contrib import messages
from django.core import signing
from django.db.models import Count, Prefetch
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from kompass.core.forms import formset_rows, model_form_values
from kompass.core.history import history_entries
from kompass.core.views import confirm_delete, render_form, save_form
from kompass.tenancy.access import get_object_in_municipality, municipality_view, scoped

from . import services
from .documents import submission_docx, submission_pdf
from .forms import BodyForm, MembershipFormSet, OParlForm, ResolutionForm, SubmissionForm
from .models import Body, BodyKind, BodyMembership, Resolution
from .oparl import OParlError, Paper, fetch_paper
from .selectors import resolution_can_adopt_version
from .submission import build_submission, default_decision

EDIT = "kompass.edit_bodies"
SUBMISSION = "kompass.draft_council_submission"
PAPER_SALT = "kompass.bodies.oparl-paper"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _resolutions(municipality):
    return scoped(Resolution, municipality).select_related("body", "concept_version__concept")


@municipality_view()
def body_list(request, municipality):
    bodies = scoped(Body, municipality).annotate(member_count=Count("memberships"))
    return render(
        request,
        "bodies/body_list.html",
        {
            "municipality": municipality,
            # council first, then committees, advisory council, steering and working groups
            "bodies": sorted(
                bodies, key=lambda b: (BodyKind.values.index(b.kind), b.name.casefold())
            ),
            "resolutions": _resolutions(municipality)[:50],
            "can_edit": request.user.has_perm(EDIT, municipality),
            "can_draft": request.user.has_perm(SUBMISSION, municipality),
        },
    )


@municipality_view()
def body_detail(request, municipality, pk):
    members = BodyMembership.objects.select_related("user", "actor").order_by(
        "until", "person_name", "pk"
    )
    body = get_object_in_municipality(
        Body.objects.prefetch_related(Prefetch("memberships", queryset=members)),
        municipality,
        pk=pk,
    )
    return render(
        request,
        "bodies/body_detail.html",
        {
            "municipality": municipality,
            "body": body,
            "resolutions": _resolutions(municipality).filter(body=body),
            "history": history_entries(body),
            "can_edit": request.user.has_perm(EDIT, municipality),
        },
    )


@municipality_view(EDIT)
def body_edit(request, municipality, pk=None):
    body = get_object_in_municipality(Body, municipality, pk=pk) if pk else None
    form = BodyForm(request.POST or None, instance=body, municipality=municipality)
    formset = MembershipFormSet(
        request.POST or None,
        instance=body or Body(municipality=municipality),
        municipality=municipality,
        prefix="members",
    )
    if request.method == "POST" and formset.is_valid():
        saved = save_form(
            request,
            form,
            lambda f: services.body_save(
                **model_form_values(f, "body"),
                members=formset_rows(formset),
                acting_user=request.user,
            ),
            success_message=_("Saved."),
        )
        if saved:
            return redirect("body_detail", municipality=municipality.slug, pk=saved.pk)
    elif request.method == "POST":
        form.is_valid()  # show the errors of both
    cancel = (
        reverse("body_detail", args=[municipality.slug, body.pk])
        if body
        else reverse("body_list", args=[municipality.slug])
    )
    return render_form(
        request,
        form=form,
        title=_("Edit body") if body else _("New body"),
        intro=_(
            "Members of public bodies are recorded with their name, function and organisation "
            "only – no private contact data."
        ),
        formsets=[(_("Members"), formset)],
        cancel_url=cancel,
        obj=body,
    )


@municipality_view(EDIT)
def body_delete(request, municipality, pk):
    body = get_object_in_municipality(Body, municipality, pk=pk)
    in_use = [
        _("Resolution “%(subject)s”") % {"subject": r.subject} for r in body.resolutions.all()[:5]
    ]
    return confirm_delete(
        request,
        obj=body,
        cancel_url=reverse("body_detail", args=[municipality.slug, body.pk]),
        success_url=reverse("body_list", args=[municipality.slug]),
        in_use=in_use,
    )


@municipality_view()
def resolution_detail(request, municipality, pk):
    resolution = get_object_in_municipality(_resolutions(municipality), municipality, pk=pk)
    return render(
        request,
        "bodies/resolution_detail.html",
        {
            "municipality": municipality,
            "resolution": resolution,
            "history": history_entries(resolution),
            "can_edit": request.user.has_perm(EDIT, municipality),
            "can_adopt": request.user.has_perm("kompass.edit_concept", municipality)
            and resolution_can_adopt_version(resolution),
        },
    )


@municipality_view(EDIT)
def resolution_edit(request, municipality, pk=None):
    resolution = get_object_in_municipality(Resolution, municipality, pk=pk) if pk else None
    initial = {}
    if resolution is None and (body := request.GET.get("gremium", "")).isdigit():
        initial["body"] = scoped(Body, municipality).filter(pk=body).first()
    form = ResolutionForm(
        request.POST or None, instance=resolution, municipality=municipality, initial=initial
    )
    if request.method == "POST":
        saved = save_form(
            request,
            form,
            success_message=_("Saved."),
        )
        if saved:
            return redirect("resolution_detail", municipality=municipality.slug, pk=saved.pk)
    cancel = (
        reverse("resolution_detail", args=[municipality.slug, resolution.pk])
        if resolution
        else reverse("body_list", args=[municipality.slug])
    )
    return render_form(
        request,
        form=form,
        title=_("Edit resolution") if resolution else _("New resolution"),
        cancel_url=cancel,
        obj=resolution,
        history=history_entries(resolution) if resolution else None,
    )


@municipality_view(EDIT)
def resolution_delete(request, municipality, pk):
    resolution = get_object_in_municipality(Resolution, municipality, pk=pk)
    return confirm_delete(
        request,
        obj=resolution,
        cancel_url=reverse("resolution_detail", args=[municipality.slug, resolution.pk]),
        success_url=reverse("body_list", args=[municipality.slug]),
    )


@municipality_view(EDIT)
def resolution_oparl(request, municipality, pk):
    """Read a paper from the council information system; the user confirms before it is used.

    The fetched values travel signed through the confirmation page, so the confirmed values
    are exactly those that were shown, and nothing is saved before the confirmation.
    """
    resolution = get_object_in_municipality(_resolutions(municipality), municipality, pk=pk)
    back = reverse("resolution_detail", args=[municipality.slug, resolution.pk])
    paper = None
    token = ""
    if request.method == "POST" and "confirm" in request.POST:
        try:
            data = signing.loads(request.POST.get("paper", ""), salt=PAPER_SALT, max_age=3600)
            paper = Paper(
                url=data["url"],
                name=data["name"],
                reference=data["reference"],
                date=_parse_date(data["date"]),
            )
            lock_version = int(request.POST.get("lock_version", ""))
        except (signing.BadSignature, KeyError, ValueError):
            messages.error(request, _("The confirmation has expired. Please read the paper again."))
            return redirect("resolution_oparl", municipality=municipality.slug, pk=resolution.pk)
        if data.get("resolution") != resolution.pk:
            messages.error(request, _("The confirmation belongs to another resolution."))
            return redirect(back)
        saved = save_form(
            request,
            forms.Form({}),
            lambda f: services.resolution_apply_paper(
                resolution=resolution,
                paper=paper,
                lock_version=lock_version,
                acting_user=request.user,
            ),
            success_message=_("The data of the paper have been taken over."),
        )
        if saved:
            return redirect(back)
        messages.error(request, _("The data could not be taken over; nothing has been changed."))
        return redirect(back)
    form = OParlForm(
        request.POST or None,
        initial={"url": resolution.paper_url} if resolution.paper_url else None,
    )
    if request.method == "POST" and form.is_valid():
        try:
            paper = fetch_paper(form.cleaned_data["url"])
        except OParlError as error:
            form.add_error("url", str(error))
        else:
            token = signing.dumps(
                {
                    "resolution": resolution.pk,
                    "url": paper.url,
                    "name": paper.name,
                    "reference": paper.reference,
                    "date": paper.date.isoformat() if paper.date else "",
                },
                salt=PAPER_SALT,
            )
    return render(
        request,
        "bodies/resolution_oparl.html",
        {
            "municipality": municipality,
            "resolution": resolution,
            "form": form,
            "paper": paper,
            "token": token,
            "back": back,
        },
    )


def _parse_date(value):
    return datetime.date.fromisoformat(value) if value else None


@municipality_view("kompass.edit_concept")
def resolution_adopt_version(request, municipality, pk):
    resolution = get_object_in_municipality(_resolutions(municipality), municipality, pk=pk)
    back = reverse("resolution_detail", args=[municipality.slug, resolution.pk])
    if not resolution_can_adopt_version(resolution):
        messages.info(request, _("This resolution cannot adopt a version."))
        return redirect(back)
    if request.method == "POST":
        form = forms.Form({})
        adopted = save_form(
            request,
            form,
            lambda f: services.resolution_adopt_version(
                resolution=resolution, acting_user=request.user
            ),
            success_message=_("The version has been adopted. It is now read-only."),
        )
        if not adopted:
            # e.g. the adoption guard: contributions without an answer
            messages.error(request, " ".join(form.non_field_errors()))
        return redirect(back)
    return render(
        request,
        "bodies/resolution_adopt.html",
        {"municipality": municipality, "resolution": resolution, "back": back},
    )


@municipality_view(SUBMISSION)
def submission(request, municipality):
    """Choose occasion, version and body, edit the requested decision, download DOCX or PDF."""
    data = request.POST if request.method == "POST" else (request.GET or None)
    form = SubmissionForm(data, municipality=municipality)
    if form.is_valid():
        values = form.cleaned_data
        if request.method == "POST" and request.POST.get("format") in {"docx", "pdf"}:
            draft = build_submission(
                municipality=municipality,
                occasion=values["occasion"],
                version=values["version"],
                body=values["body"],
                decision=values["decision"],
            )
            if request.POST["format"] == "docx":
                response = HttpResponse(submission_docx(draft), content_type=DOCX)
                name = f"{draft.file_stem}.docx"
            else:
                response = HttpResponse(submission_pdf(draft), content_type="application/pdf")
                name = f"{draft.file_stem}.pdf"
            response["Content-Disposition"] = f'attachment; filename="{name}"'
            return response
        if not values["decision"]:
            proposal = default_decision(
                occasion=values["occasion"], version=values["version"], body=values["body"]
            )
            form = SubmissionForm(
                {
                    **{k: data.get(k, "") for k in ("occasion", "version", "body")},
                    "decision": proposal,
                },
                municipality=municipality,
            )
            form.is_valid()
    return render(
        request,
        "bodies/submission.html",
        {"municipality": municipality, "form": form, "ready": form.is_bound and form.is_valid()},
    )
