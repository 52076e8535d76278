"""Staff pages of participation: format catalogue, events, documentation, cards, contributions."""

import mimetypes

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kompass.concepts.models import ConceptVersion, TargetGroup
from kompass.core.history import history_entries
from kompass.core.views import confirm_delete, render_form, save_form
from kompass.tenancy.access import get_object_in_municipality, municipality_view, scoped

from . import services
from .cards import field_codes, parse_cards, short_code
from .forms import (
    CardsForm,
    ContributionForm,
    EventDocumentationForm,
    EventDocumentForm,
    EventForm,
)
from .models import (
    CaptureStructure,
    Contribution,
    ContributionSource,
    EventDocument,
    EventReach,
    ParticipationEvent,
    ParticipationFormat,
)
from .selectors import events_with_coverage, participation_settings, version_coverage

EDIT = "kompass.edit_participation"
TRIAGE = "kompass.triage_contributions"
PUBLISH = "kompass.publish_participation"


def get_version(municipality, pk):
    return get_object_in_municipality(
        ConceptVersion.objects.select_related("concept", "municipality"), municipality, pk=pk
    )


def get_event(municipality, pk):
    return get_object_in_municipality(
        ParticipationEvent.objects.select_related("format", "version__concept"),
        municipality,
        pk=pk,
    )


def overview_url(version):
    return reverse("participation_overview", args=[version.municipality.slug, version.pk])


def event_url(event):
    return reverse("event_detail", args=[event.version.municipality.slug, event.pk])


@municipality_view()
def format_catalogue(request, municipality):
    formats = ParticipationFormat.objects.filter(
        municipality__isnull=True
    ) | ParticipationFormat.objects.filter(municipality=municipality)
    return render(
        request,
        "participation/format_catalogue.html",
        {"municipality": municipality, "formats": formats.order_by("position", "name")},
    )


@municipality_view()
def participation_overview(request, municipality, pk):
    """The participation of one concept version: events, coverage, links to triage and reports."""
    version = get_version(municipality, pk)
    return render(
        request,
        "participation/overview.html",
        {
            "municipality": municipality,
            "version": version,
            "events": list(events_with_coverage(version)),
            "coverage": version_coverage(version),
            "settings": participation_settings(version),
            "online": scoped(Contribution, municipality)
            .filter(version=version, event__isnull=True)
            .count(),
            "can_edit": request.user.has_perm(EDIT, municipality),
            "can_publish": request.user.has_perm(PUBLISH, municipality),
            "consultations": version.consultations.all(),
        },
    )


@municipality_view(EDIT)
def event_edit(request, municipality, pk=None, version_pk=None):
    """Plan an event (new for a version, or edit an existing one)."""
    event = get_event(municipality, pk) if pk else None
    version = event.version if event else get_version(municipality, version_pk)
    form = EventForm(
        request.POST or None,
        instance=event or ParticipationEvent(municipality=municipality, version=version),
        municipality=municipality,
    )
    if request.method == "POST":
        saved = save_form(request, form, success_message=_("Saved."))
        if saved:
            return redirect("event_detail", municipality=municipality.slug, pk=saved.pk)
    return render_form(
        request,
        form=form,
        title=_("Edit event") if event else _("Plan an event"),
        intro=_(
            "Plan the format, date, place and its accessibility, languages, childcare and the "
            "invitation. After the event, document it on its page."
        ),
        cancel_url=event_url(event) if event else overview_url(version),
        obj=event,
        history=history_entries(event) if event else None,
    )


@municipality_view()
def event_detail(request, municipality, pk):
    event = get_object_in_municipality(
        ParticipationEvent.objects.select_related("format", "version__concept").prefetch_related(
            "invited_target_groups",
            Prefetch("reach", queryset=EventReach.objects.select_related("target_group")),
            "documents",
        ),
        municipality,
        pk=pk,
    )
    contributions = (
        event.contributions.select_related("field", "merged_into")
        .prefetch_related("decisions")
        .order_by("position", "pk")
    )
    coverage = next(
        (e.coverage for e in events_with_coverage(event.version) if e.pk == event.pk), None
    )
    return render(
        request,
        "participation/event_detail.html",
        {
            "municipality": municipality,
            "version": event.version,
            "event": event,
            "contributions": contributions,
            "coverage": coverage,
            "history": history_entries(event),
            "can_edit": request.user.has_perm(EDIT, municipality),
            "can_triage": request.user.has_perm(TRIAGE, municipality),
            "can_publish": request.user.has_perm(PUBLISH, municipality),
        },
    )


@municipality_view(EDIT)
def event_document(request, municipality, pk):
    """Document an event: participants, level and anonymous counts per target group."""
    event = get_object_in_municipality(
        ParticipationEvent.objects.select_related("version").prefetch_related(
            "invited_target_groups", "reach"
        ),
        municipality,
        pk=pk,
    )
    invited = {g.pk for g in event.invited_target_groups.all()}
    groups = sorted(
        TargetGroup.objects.available_to(municipality),
        key=lambda g: (g.pk not in invited, g.category, g.name),
    )
    form = EventDocumentationForm(request.POST or None, event=event, groups=groups)
    if request.method == "POST":

        def save(f):
            from kompass.core.services import claim_lock_version

            claim_lock_version(event, f.cleaned_data.get("lock_version"))
            return services.event_document(
                event=event,
                counts=f.counts(),
                participant_count=f.cleaned_data["participant_count"],
                level=f.cleaned_data["level"],
                documentation=f.cleaned_data["documentation"],
                acting_user=request.user,
            )

        if save_form(request, form, save, success_message=_("The documentation has been saved.")):
            return redirect(event_url(event))
    return render(
        request,
        "participation/event_document.html",
        {"municipality": municipality, "version": event.version, "event": event, "form": form},
    )


@municipality_view(EDIT)
def event_delete(request, municipality, pk):
    event = get_event(municipality, pk)
    in_use = [_("contributions")] if event.contributions.exists() else ()
    return confirm_delete(
        request,
        obj=event,
        cancel_url=event_url(event),
        success_url=overview_url(event.version),
        in_use=in_use,
    )


@municipality_view(EDIT)
def event_file_create(request, municipality, pk):
    event = get_event(municipality, pk)
    form = EventDocumentForm(
        request.POST or None,
        request.FILES or None,
        instance=EventDocument(event=event, municipality=municipality, uploaded_by=request.user),
    )
    if request.method == "POST" and save_form(
        request, form, success_message=_("The file has been attached.")
    ):
        return redirect(event_url(event) + "#dateien")
    return render_form(
        request, form=form, title=_("Attach a protocol or photo"), cancel_url=event_url(event)
    )


def get_document(municipality, pk):
    return get_object_in_municipality(
        EventDocument.objects.select_related("event__version"), municipality, pk=pk
    )


@municipality_view()
def event_file_download(request, municipality, pk):
    """The file of a protocol or photo, only for members (never a public media URL)."""
    document = get_document(municipality, pk)
    try:
        handle = document.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    name = document.filename
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return FileResponse(handle, as_attachment=True, filename=name, content_type=content_type)


@municipality_view(EDIT)
def event_file_delete(request, municipality, pk):
    document = get_document(municipality, pk)
    url = event_url(document.event) + "#dateien"
    return confirm_delete(request, obj=document, cancel_url=url, success_url=url)


@municipality_view(EDIT)
def card_entry(request, municipality, pk):
    """Bulk entry of cards: type, preview with errors per line, then save all or nothing."""
    event = get_event(municipality, pk)
    fields = list(event.version.fields.select_related("catalogue_entry"))
    codes = field_codes(fields)
    form = CardsForm(request.POST or None)
    parsed = None
    if request.method == "POST" and form.is_valid():
        parsed = parse_cards(form.cleaned_data["text"], capture=event.format.capture, fields=fields)
        if "save" in request.POST and parsed.ok:
            try:
                created = services.cards_save(event=event, parsed=parsed, acting_user=request.user)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(
                    request,
                    _("%(count)s cards have been saved.") % {"count": len(created)},
                )
                return redirect(event_url(event) + "#beitraege")
    return render(
        request,
        "participation/card_entry.html",
        {
            "municipality": municipality,
            "version": event.version,
            "event": event,
            "form": form,
            "parsed": parsed,
            "field_codes": [(short_code(f, codes), f) for f in fields],
            "capture": event.format.capture,
            "Capture": CaptureStructure,
        },
    )


@municipality_view(EDIT)
def contribution_create(request, municipality, pk):
    """Staff enter an online contribution (from an e-mail, a letter, a phone call)."""
    version = get_version(municipality, pk)
    form = ContributionForm(request.POST or None, version=version)
    if request.method == "POST":
        saved = save_form(
            request,
            form,
            lambda f: services.contribution_create(
                version=version,
                source=ContributionSource.ONLINE,
                acting_user=request.user,
                event=f.cleaned_data["event"],
                kind=f.cleaned_data["kind"],
                field=f.cleaned_data["field"],
                text=f.cleaned_data["text"],
                with_reference_code=True,
            ),
            success_message=_("The contribution has been saved."),
        )
        if saved:
            messages.info(
                request,
                _("Reference code for the person who sent it: %(code)s")
                % {"code": saved.reference_code},
            )
            return redirect("contribution_detail", municipality=municipality.slug, pk=saved.pk)
    return render_form(
        request,
        form=form,
        title=_("Enter an online contribution"),
        intro=_(
            "The contribution gets a reference code; pass it on so that the person can look up "
            "what became of it."
        ),
        cancel_url=overview_url(version),
    )


@require_POST
@municipality_view(PUBLISH)
def publish_toggle(request, municipality, pk, what):
    """Publish or withdraw a response table; open or close a public form (event or version)."""
    on = request.POST.get("on") == "1"
    if what.startswith("event-"):
        event = get_event(municipality, pk)
        target, back = {"event": event}, event_url(event)
    else:
        version = get_version(municipality, pk)
        target, back = {"version": version}, overview_url(version)
    if what.endswith("response"):
        services.response_publish(acting_user=request.user, publish=on, **target)
        messages.success(
            request,
            _("The response table has been published.")
            if on
            else _("The response table has been withdrawn."),
        )
    elif what.endswith("form"):
        services.online_form_switch(acting_user=request.user, accept=on, **target)
        messages.success(
            request,
            _("The public form is open.") if on else _("The public form is closed."),
        )
    else:
        raise Http404
    return redirect(back)
